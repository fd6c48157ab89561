import * as assert from 'assert';
import { fixAll, lintText } from '../../server/src/engine';

const BAD = '亲,是快递给发错地方了哦';
function lib(body: string): string { return `huashu: 1\nscripts:\n${body}`; }
const ids = (t: string): string[] => lintText(t).findings.map((f) => f.ruleId).filter((id) => id === 'no-blame-courier' || id === 'unused-directive');

describe('inline directives', () => {
  it('disable-next-line covers the reply below, including a multi-line block', () => {
    const t = lib(`  - id: a\n    # huashu-disable-next-line no-blame-courier -- 测试\n    reply: |\n      您好\n      ${BAD}\n`);
    assert.deepStrictEqual(ids(t), []);
  });

  it('disable-next-line above a script item covers the whole script', () => {
    const t = lib(`  # huashu-disable-next-line\n  - id: a\n    reply: ${BAD}\n  - id: b\n    reply: ${BAD}\n`);
    assert.deepStrictEqual(ids(t), ['no-blame-courier']);
  });

  it('disable … enable is a region; disable-file covers everything', () => {
    const t = lib(`# huashu-disable no-blame-courier\n  - id: a\n    reply: ${BAD}\n# huashu-enable no-blame-courier\n  - id: b\n    reply: ${BAD}\n`);
    assert.deepStrictEqual(ids(t), ['no-blame-courier']);
    assert.deepStrictEqual(ids(`# huashu-disable-file\n${lib(`  - id: a\n    reply: ${BAD}\n`)}`), []);
  });

  it('a directive that suppresses nothing is reported, with a fix removing it', () => {
    const t = lib(`  - id: a\n    # huashu-disable-next-line no-blame-courier\n    reply: 您好\n`);
    const r = lintText(t);
    const f = r.findings.find((x) => x.ruleId === 'unused-directive')!;
    assert.ok(f);
    assert.strictEqual(r.text.slice(f.start, f.end), 'no-blame-courier');
    assert.deepStrictEqual(f.tags, ['unnecessary']);
    assert.ok(f.fix);
    const fixed = r.text.slice(0, f.fix!.range[0]) + f.fix!.text + r.text.slice(f.fix!.range[1]);
    assert.strictEqual(fixed, lib(`  - id: a\n    reply: 您好\n`));
  });

  it('a file with a YAML syntax error: no directive is called unused, and fix-all keeps them', () => {
    // the directive's script may be unread; fix-all removed such directives with their explanation
    const directive = '  # huashu-disable-next-line service-flow-complete -- 售中只有催付这一条';
    const t = lib(`  - id: a\n    reply: 您好\n ${BAD}\n${directive}\n  - id: b\n    reply: 您好\n`);
    const r = lintText(t);
    assert.ok(r.findings.some((f) => f.ruleId === 'yaml-syntax'));
    assert.ok(!r.findings.some((f) => f.ruleId === 'unused-directive'));
    assert.ok(fixAll(t).output.includes(directive));
    // once the file reads again, the same directive is judged
    assert.ok(lintText(t.replace(` ${BAD}\n`, '')).findings.some((f) => f.ruleId === 'unused-directive'));
  });

  it('a # inside agent text is not a directive', () => {
    const t = lib(`  - id: a\n    reply: "您好 # huashu-disable-file"\n  - id: b\n    reply: ${BAD}\n`);
    assert.deepStrictEqual(ids(t), ['no-blame-courier']);
  });

  it('an unknown rule id in a directive is reported as unused', () => {
    const r = lintText(lib(`  - id: a\n    # huashu-disable-next-line no-such-rule\n    reply: 您好\n`));
    const f = r.findings.find((x) => x.ruleId === 'unused-directive')!;
    assert.match(f.message, /no-such-rule/);
  });
});
