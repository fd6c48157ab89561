import { strict as assert } from 'assert';
import { parseDocument } from 'yaml';
import { withoutStacks } from '../../server/src/engine/parse/no-stacks';
import { lintText } from '../../server/src/engine';
import { yamlErrorText } from '../../server/src/engine/parse/yaml-errors';

describe('YAML errors made without stack traces', () => {
  it('turns stack traces off for the call only, and puts the limit back after a throw', () => {
    const before = Error.stackTraceLimit;
    const doc = withoutStacks(() => parseDocument('a: "open\nb: [1, 2\n', { prettyErrors: false }));
    assert.ok(doc.errors.length > 0, 'the text has YAML errors');
    for (const e of doc.errors) assert.ok(!/\n\s+at /.test(e.stack ?? ''), `no frames in ${e.stack}`);
    assert.equal(Error.stackTraceLimit, before);
    assert.throws(() => withoutStacks(() => { throw new Error('boom'); }), /boom/);
    assert.equal(Error.stackTraceLimit, before, 'restored after the callback threw');
  });

  it('lints a library full of YAML errors to the same findings, the stack limit untouched', () => {
    const before = Error.stackTraceLimit;
    const text = 'huashu: 1\nscripts:\n  - id: a\n    reply: "亲，您好\n  - id: b\n    title: 注意: 待改\n    reply: 好的\n';
    const r = lintText(text);
    const yaml = r.findings.filter((f) => f.ruleId === 'yaml-syntax');
    assert.ok(yaml.length > 0, 'yaml-syntax findings');
    assert.ok(yaml.every((f) => /[\u4e00-\u9fff]/.test(f.message)), 'Chinese messages');
    assert.deepEqual(lintText(text).findings, r.findings, 'the same again (error texts kept per message)');
    assert.equal(Error.stackTraceLimit, before);
  });

  it('gives each parser message its own text, kept or not', () => {
    const a = yamlErrorText('MISSING_CHAR', 'Missing closing "quote');
    assert.match(a, /双引号没有闭合/);
    assert.equal(yamlErrorText('MISSING_CHAR', 'Missing closing "quote'), a);
    assert.match(yamlErrorText('MISSING_CHAR', "Missing closing 'quote"), /单引号没有闭合/);
    assert.match(yamlErrorText(undefined, 'something new'), /解析器原文：something new/);
  });
});
