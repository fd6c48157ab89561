/**
 * ScriptMemo (lint.ts): a lint that takes the scripts' lints from the previous lints of the same
 * document must give exactly what a lint without it gives — findings (fixes included), per-script
 * results, scores, rule errors and what each script read of the header — whatever was edited:
 * replies, ids, the header's shop and variables, the config, the layout (block or JSON), lines
 * added above the scripts.
 */
import * as assert from 'assert';
import { ALL_RULES, EffectiveConfig, lintText, LintOptions, LintResult, RuleModule } from '../../server/src/engine';
import { READS_SHOP, READS_VARIABLES, ScriptMemo } from '../../server/src/engine/lint';

const A: EffectiveConfig = { rules: {}, phrases: [{ pattern: '亲爱的', kind: 'forbidden', replacement: '您' }], allow: [] };
const B: EffectiveConfig = { rules: { 'no-blame-courier': { severity: 'info' } }, phrases: [], allow: [] };
const REPLIES = ['亲爱的{顾客},是快递给发错地方了哦', '您好,尚米坊为您服务', '好的{单号}', '这个不归我们管', '非常抱歉,我马上为您补发', '您好,请问有什么可以帮您'];
const TYPED = ['好', '快递弄丢了', '{顾客}', '{单号}', '亲爱的', '尚米坊', '不行', '\n'];

function summary(r: LintResult): unknown {
  return { findings: r.findings, scripts: r.scripts, score: r.score, errors: r.ruleErrors.map((e) => e.ruleId), reads: r.headerReads && [...r.headerReads] };
}

describe('the whole-document lints\' memo', () => {
  it('edited at random, block and JSON libraries: a lint with the memo equals one without it', () => {
    let seed = Number(process.env.HUASHU_FUZZ_SEED ?? 17);
    const rnd = (n: number): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return (seed >>> 8) % n; };
    let found = 0;
    for (let round = 0; round < 12; round++) {
      const scripts = Array.from({ length: 4 + rnd(8) }, (_, i) => ({
        id: `s${rnd(5) ? i : 0}`, scenario: ['after-sales', 'complaint', 'logistics'][rnd(3)],
        ...(rnd(3) ? {} : { stage: 'opening' }), reply: REPLIES[rnd(REPLIES.length)],
      }));
      const json = round % 2 === 1;
      let text = json
        ? JSON.stringify({ huashu: 1, shop: '尚米坊', variables: { 顾客: '昵称' }, scripts }, null, 2) + '\n'
        : `huashu: 1\nshop: 尚米坊\nvariables:\n  顾客: 昵称\nscripts:\n${scripts.map((s) => `  - id: ${s.id}\n    scenario: ${s.scenario}\n${s.stage ? '    stage: opening\n' : ''}    reply: "${s.reply}"\n`).join('')}`;
      const memo = new ScriptMemo();
      let config = A;
      for (let step = 0; step < 25; step++) {
        const r = rnd(10);
        if (r < 5) {
          // typed into a reply, after its opening quote
          const quotes = [...text.matchAll(/reply"?: "/g)];
          const m = quotes[rnd(quotes.length)];
          const at = m.index! + m[0].length;
          const t = TYPED[rnd(TYPED.length)];
          text = text.slice(0, at) + (json && t === '\n' ? '\\n' : t === '\n' ? '' : t) + text.slice(at);
        } else if (r === 5) {
          text = text.replace(/尚米坊(官方店)?/, (x) => (x.length > 3 ? '尚米坊' : '尚米坊官方店'));
        } else if (r === 6) {
          text = json ? text.replace('"顾客": "昵称"', (x) => `${x}, "单号": "订单号"`) : text.replace('  顾客: 昵称\n', (x) => `${x}  单号: 订单号\n`);
        } else if (r === 7) {
          config = config === A ? B : A;
        } else if (r === 8) {
          // a line above the scripts: every script moves to another line
          text = json ? text.replace('"huashu": 1,', '"huashu": 1,\n  "platform": "jd",') : text.replace('huashu: 1\n', 'huashu: 1\nplatform: jd\n');
        } else {
          // an id changed
          const ids = [...text.matchAll(/"?id"?: "?s(\d+)/g)];
          const m = ids[rnd(ids.length)];
          const at = m.index! + m[0].length;
          text = text.slice(0, at) + String(rnd(10)) + text.slice(at);
        }
        const options: LintOptions = { config, trackHeader: true };
        const before = memo.found;
        const got = lintText(text, { ...options, memo });
        found += memo.found - before;
        assert.deepStrictEqual(summary(got), summary(lintText(text, options)), `round ${round}, step ${step}: ${JSON.stringify(text)}`);
      }
    }
    assert.ok(found > 500, `only ${found} scripts' lints were taken from the memo`);
  });

  it('a shop\'s name or a variable changed keeps the lints of the scripts that did not read it', () => {
    const scripts = Array.from({ length: 30 }, (_, i) => ({ id: `s${i}`, scenario: 'after-sales', ...(i % 5 ? {} : { stage: 'opening' }), reply: i % 3 ? REPLIES[i % REPLIES.length] : '您好,欢迎光临尚米坊,请问有什么可以帮您' }));
    let text = JSON.stringify({ huashu: 1, shop: '尚米坊', variables: { 顾客: '昵称', 单号: '订单号' }, scripts }, null, 2) + '\n';
    const memo = new ScriptMemo();
    const options: LintOptions = { config: A, trackHeader: true };
    const first = lintText(text, { ...options, memo });
    const readers = (bit: number): number => [...first.headerReads!].filter((r) => r & bit).length;
    assert.ok(readers(READS_SHOP) > 0 && readers(READS_SHOP) < 30 && readers(READS_VARIABLES) > 0 && readers(READS_VARIABLES) < 30, `${readers(READS_SHOP)} read the shop, ${readers(READS_VARIABLES)} the variables`);
    for (const [what, from, to, bit] of [['the shop', '尚米坊"', '尚米坊官方店"', READS_SHOP], ['a variable', '"单号": "订单号"', '"运单": "快递单号"', READS_VARIABLES]] as const) {
      text = text.replace(from, to);
      const before = memo.linted;
      const got = lintText(text, { ...options, memo });
      assert.deepStrictEqual(summary(got), summary(lintText(text, options)), what);
      assert.strictEqual(memo.linted - before, readers(bit), `${what} changed: only the scripts that read it linted again`);
    }
    // the platform: every script again
    text = text.replace('"huashu": 1,', '"huashu": 1,\n  "platform": "jd",');
    const before = memo.linted;
    assert.deepStrictEqual(summary(lintText(text, { ...options, memo })), summary(lintText(text, options)));
    assert.strictEqual(memo.linted - before, 30, 'the platform changed: every script linted again');
  });

  it('a rule that throws on a script: its error comes again with the script\'s kept lint', () => {
    const rule = ALL_RULES.find((r) => r.meta.id === 'concise-reply') as RuleModule;
    const saved = rule.check;
    rule.check = (ctx) => { if (ctx.turn.text.value.includes('炸')) throw new Error('injected'); return saved!.call(rule, ctx); };
    try {
      const text = 'huashu: 1\nscripts:\n  - id: a\n    reply: 快递炸了\n  - id: b\n    reply: 您好\n';
      const memo = new ScriptMemo();
      const first = lintText(text, { memo });
      assert.deepStrictEqual(first.ruleErrors.map((e) => e.ruleId), ['concise-reply']);
      // typed in the other script: the first one's lint (and its error) is the memo's
      const edited = text.replace('您好', '您好呀');
      const second = lintText(edited, { memo });
      assert.strictEqual(memo.found, 1);
      assert.deepStrictEqual(summary(second), summary(lintText(edited)));
    } finally {
      rule.check = saved;
    }
  });

  it('with trackHeader, a rule reads every field of the header as the library has it, and only the shop and the variables are noted as read', () => {
    const text = 'huashu: 1\nshop: 尚米坊\nplatform: jd\nvariables:\n  顾客: 昵称\nscripts:\n  - id: a\n    reply: 你好\n  - id: b\n    reply: 您好\n';
    // (the field list of the library the lint parsed, which may grow)
    const plain = lintText(text);
    const keys = Object.keys(plain.library);
    assert.ok(['version', 'shop', 'platform', 'variables', 'scripts', 'issues', 'scalarSpans', 'keySpans'].every((k) => keys.includes(k)), keys.join());
    const before = lintText(text, { trackHeader: true }).headerReads!;
    const rule = ALL_RULES.find((r) => r.meta.id === 'concise-reply') as RuleModule;
    const saved = rule.check;
    const seen: Record<string, unknown>[] = [];
    rule.check = (ctx) => {
      // the first script reads every field, the second every field but the shop and the variables
      const lib = ctx.library as unknown as Record<string, unknown>;
      const fields: Record<string, unknown> = {};
      for (const k of keys) if (ctx.turn.text.value === '你好' || (k !== 'shop' && k !== 'variables')) fields[k] = lib[k];
      seen.push(fields);
      return saved!.call(rule, ctx);
    };
    try {
      const tracked = lintText(text, { trackHeader: true });
      assert.strictEqual(seen.length, 2);
      for (const k of keys) assert.deepStrictEqual(seen[0][k], (plain.library as unknown as Record<string, unknown>)[k], k);
      assert.deepStrictEqual(Object.keys(seen[1]).sort(), keys.filter((k) => k !== 'shop' && k !== 'variables').sort());
      // only the shop and the variables are noted: the second script's reads are what the other rules read
      assert.deepStrictEqual([...tracked.headerReads!], [READS_SHOP | READS_VARIABLES | before[0], before[1]]);
      assert.notStrictEqual(before[0], READS_SHOP | READS_VARIABLES, 'the other rules alone read less of the first script\'s header');
      assert.deepStrictEqual({ ...(summary(tracked) as object), reads: undefined }, { ...(summary(plain) as object), reads: undefined });
    } finally {
      rule.check = saved;
    }
  });
});
