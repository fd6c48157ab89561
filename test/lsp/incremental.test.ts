/**
 * The incremental analysis (per-script cache) must give exactly what a full lint gives, for
 * random edits anywhere in a library.
 */
import * as assert from 'assert';
import { lintText, EffectiveConfig, LineIndex } from '../../server/src/engine';
import { DocumentAnalyzer, splitLibrary } from '../../server/src/lsp/analysis';

const CONFIG: EffectiveConfig = { rules: {}, phrases: [{ pattern: '亲爱的', kind: 'forbidden', replacement: '您' }], allow: [] };

function gen(n: number, seed: number): string {
  const L = ['huashu: 1', 'shop: 尚米坊', 'platform: taobao', 'variables:', '  顾客: 买家昵称', '  单号: 订单号', 'scripts:'];
  for (let i = 0; i < n; i++) {
    const k = (i + seed) % 17;
    if (k === 3) L.push('  # huashu-disable-next-line no-blame-courier');
    L.push(`  - id: s${k === 5 ? 1 : i}`, `    title: 话术 ${i}`, `    scenario: ${k % 2 ? 'after-sales' : 'logistics'}`);
    if (k % 4 === 0) L.push(`    stage: ${['opening', 'handling', 'closing'][k % 3]}`);
    L.push('    customer: 我的快递怎么还没到');
    if (k % 3 === 0) L.push('    reply:', '      - 亲,快递弄丢了', '      - |', '        好的 {单号}', '        # 不是注释', '');
    else L.push(`    reply: "亲爱的{顾客},是快递给发错地方了哦{客户}"`);
    L.push(k % 5 === 0 ? '    repyl: x' : '    notes: n');
  }
  return L.join('\n') + '\n';
}

const PIECES = ['x', '\n', '  - id: new\n    reply: 快递的问题\n', '"', 'id', ' ', '快递弄坏了', '{顾客}', '# huashu-disable-next-line\n', '\n  - ', ':',
  'reply: 是快递弄丢了', '\n    alternatives:\n      - 哦', '  ', '- ', '#', '\n    stage: closing', 's1', '亲爱的', '\n    scenario: complaint'];

const SAFE = ['好', '快递弄丢了', '{顾客}', '{客户}', '亲爱的', 's1', '非常抱歉,我马上为您补发', 'x', '您好', '\u4e86'];

describe('incremental analysis', () => {
  it('splits a library into header and items', () => {
    const text = 'huashu: 1\nscripts:\n  # c\n  - id: a\n    reply: x\n\n  # huashu-disable-next-line\n  - id: b\n';
    const s = splitLibrary(text)!;
    assert.strictEqual(text.slice(0, s.headerEnd), 'huashu: 1\nscripts:\n');
    assert.deepStrictEqual(s.chunks.map((c) => text.slice(c.start, c.end)), ['  # c\n  - id: a\n    reply: x\n\n', '  # huashu-disable-next-line\n  - id: b\n']);
    assert.strictEqual(splitLibrary('huashu: 1\nscripts: [a]\n'), undefined);
    assert.strictEqual(splitLibrary('huashu: 1\nscripts:\n  - id: a\nshop: x\n'), undefined);
  });

  it('equals a full lint after random edits', () => {
    let seed = 7;
    const rnd = (n: number): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    // two streams: typing inside values (stays valid YAML) and arbitrary edits (breaks layout and syntax)
    const streams = [{ an: new DocumentAnalyzer(), text: gen(12, 0), typing: true }, { an: new DocumentAnalyzer(), text: gen(12, 3), typing: false }];
    let incremental = 0;
    for (let it = 0; it < 240; it++) {
      const st = streams[it % 2];
      if (st.typing ? it % 60 === 58 : it % 8 === 7) st.text = gen(4 + rnd(12), rnd(17));
      let text = st.text;
      const piece = st.typing ? SAFE[rnd(SAFE.length)] : rnd(3) ? PIECES[rnd(PIECES.length)] : '';
      let at = rnd(text.length + 1);
      if (st.typing) {
        const values = [...text.matchAll(/: (?=\S)/g)];
        if (values.length) at = values[rnd(values.length)].index! + 3;
      } else if (piece.includes('\n') && rnd(4)) { const e = text.indexOf('\n', at); at = e < 0 ? text.length : e; }
      const del = !st.typing && rnd(4) === 0 ? rnd(10) : 0;
      text = text.slice(0, at) + piece + text.slice(at + del);
      st.text = text;
      const a = st.an.analyze(text, { config: CONFIG });
      if (a.mode === 'incremental') incremental++;
      const f = lintText(text, { config: CONFIG });
      assert.deepStrictEqual(a.findings, f.findings, `findings differ after edit ${it}`);
      assert.deepStrictEqual(a.scripts, f.scripts, `scripts differ after edit ${it}`);
      assert.strictEqual(a.score, f.score);
      const li = new LineIndex(text);
      assert.strictEqual(a.lines.lineCount, li.lineCount, `line count differs after edit ${it}`);
      for (let q = 0; q < 20; q++) { const o = rnd(text.length + 1); assert.deepStrictEqual(a.lines.positionAt(o), li.positionAt(o)); }
      assert.deepStrictEqual(a.ruleErrors.map((e) => e.ruleId), f.ruleErrors.map((e) => e.ruleId));
    }
    assert.ok(incremental > 80, `only ${incremental} edits took the incremental path`);
  });

  it('re-lints only the script an edit touches', () => {
    const an = new DocumentAnalyzer();
    const text = gen(200, 1).replace(/  # huashu-disable-next-line no-blame-courier\n/g, '');
    const first = an.analyze(text, { config: CONFIG });
    assert.strictEqual(first.mode, 'incremental');
    const before = an.lintCount;
    const at = text.indexOf('话术 100');
    const edited = text.slice(0, at) + '新' + text.slice(at);
    const a = an.analyze(edited, { config: CONFIG });
    assert.strictEqual(a.mode, 'incremental');
    assert.strictEqual(an.lintCount - before, 1);
    assert.deepStrictEqual(a.findings, lintText(edited, { config: CONFIG }).findings);
  });
});
