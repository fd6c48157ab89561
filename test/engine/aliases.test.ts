/**
 * YAML anchors, aliases and merge keys: valid YAML the reader does not expand. An anchored value
 * is read (and linted) where it stands; an alias in its place, or a merge key, gets a finding that
 * says so, not one that calls the value the wrong type.
 */
import * as assert from 'assert';
import { lintText } from '../../server/src/engine';

const lint = (t: string) => lintText(t, { config: { rules: {}, phrases: [], allow: [] } });
const structural = (t: string) => lint(t).findings.filter((f) => f.ruleId === 'invalid-field' || f.ruleId === 'unknown-key' || f.ruleId === 'unsupported-version');

describe('YAML anchors, aliases and merge keys', () => {
  it('an alias in place of a value: a finding on the alias that names it and says to write the value there', () => {
    const t = 'huashu: 1\nshop: &s 尚米坊\nplatform: &p taobao\nscripts:\n'
      + '  - id: &i a\n    title: &t 标题\n    scenario: &sc after-sales\n    stage: &st handling\n    reply: &r 您好，请问有什么可以帮您？\n    alternatives: &alts\n      - &alt 您好，在的\n'
      + '  - id: *i\n    title: *t\n    scenario: *sc\n    stage: *st\n    reply: *r\n    alternatives: *alts\n'
      + '  - id: c\n    reply:\n      - 您好\n      - *r\n    alternatives:\n      - *alt\n'
      + '  - *alts\n';
    const got = structural(t).map((f) => [f.ruleId, t.slice(f.start, f.end), f.message]);
    const alias = (key: string, name: string): string => `“${key}” 用了 YAML 别名 *${name}：话术库不展开别名，请把内容直接写在这里（话术的每段文字都要写在它所在的位置，才能逐字检查）`;
    const want = [['id', 'i'], ['title', 't'], ['scenario', 'sc'], ['stage', 'st'], ['reply', 'r'], ['alternatives', 'alts'], ['reply', 'r'], ['alternatives', 'alt'], ['scripts', 'alts']]
      .map(([key, name]) => ['invalid-field', `*${name}`, alias(key, name)]);
    // (the second script has no id of its own: that is reported too, as for any script without one)
    assert.deepStrictEqual(got.filter((g) => !g[2].startsWith('话术缺少 id')), want);
  });

  it('an alias in the header: the same finding', () => {
    const t = 'huashu: &v 1\nshop: *v\nplatform: *v\nscripts: []\n';
    assert.deepStrictEqual(structural(t).map((f) => [t.slice(f.start, f.end), f.message.split('：')[0]]), [['*v', '“shop” 用了 YAML 别名 *v'], ['*v', '“platform” 用了 YAML 别名 *v']]);
    const u = 'huashu: *v\nscripts: []\n';
    assert.match(lint(u).findings.find((f) => f.ruleId === 'unsupported-version')!.message, /“huashu” 用了 YAML 别名 \*v/);
  });

  it('a merge key: a finding on it that says it is not merged, in a script and at the top', () => {
    const t = 'huashu: 1\nbase: &b\n  scenario: complaint\n<<: *b\nscripts:\n  - &base\n    id: a\n    scenario: after-sales\n    reply: 您好\n  - <<: *base\n    id: b\n    reply: 您好\n';
    const got = structural(t).filter((f) => t.slice(f.start, f.end) === '<<');
    assert.strictEqual(got.length, 2);
    for (const f of got) {
      assert.strictEqual(f.ruleId, 'unknown-key');
      assert.strictEqual(f.message, 'YAML 合并键 “<<” 不受支持：请把要共用的字段直接写进每条话术');
    }
    // (another unknown key keeps its own message)
    assert.ok(structural(t).some((f) => t.slice(f.start, f.end) === 'base' && f.message.startsWith('未知的键 “base”')));
  });

  it('an anchored value is read where it stands: no finding of its own, its text linted at its place', () => {
    const t = 'huashu: 1\nscripts:\n  - id: a\n    scenario: &sc after-sales\n    reply: &r 亲,是快递给发错地方了哦\n';
    const r = lint(t);
    assert.deepStrictEqual(structural(t), []);
    const f = r.findings.find((x) => x.ruleId === 'no-blame-courier')!;
    assert.ok(f && f.start > t.indexOf('&r 亲') + 3 && f.end <= t.length, 'the finding lies in the anchored text');
    assert.strictEqual(r.scripts[0].scenario, 'after-sales');
  });
});
