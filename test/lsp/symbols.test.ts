/**
 * Document symbols: scripts under their scenario, in groups that never overlap (editors find the
 * symbol at the cursor by the first range that holds it: breadcrumbs, the outline).
 */
import * as assert from 'assert';
import type { DocumentSymbol, Position, Range } from 'vscode-languageserver-protocol/node';
import { EffectiveConfig } from '../../server/src/engine';
import { DocumentAnalyzer } from '../../server/src/engine/incremental';
import { documentSymbols } from '../../server/src/lsp/features';
import { textsFor } from '../../server/src/lsp/i18n';

const CONFIG: EffectiveConfig = { rules: {}, phrases: [], allow: [] };

function library(scenarios: (string | undefined)[]): string {
  const L = ['huashu: 1', 'platform: taobao', 'scripts:'];
  scenarios.forEach((sc, i) => {
    L.push(`  - id: s${i}`, `    title: 话术 ${i}`);
    if (sc) L.push(`    scenario: ${sc}`);
    L.push('    reply: 您好，请稍等');
  });
  return L.join('\n') + '\n';
}

const at = (p: Position): number => p.line * 1e6 + p.character;
const holds = (r: Range, p: Position): boolean => at(r.start) <= at(p) && at(p) <= at(r.end);
const inside = (inner: Range, outer: Range): boolean => holds(outer, inner.start) && holds(outer, inner.end);

/** The symbol path an editor shows at `p`: the first symbol whose range holds it, then its first child that does, … */
function pathAt(symbols: DocumentSymbol[], p: Position): string[] {
  const s = symbols.find((x) => holds(x.range, p));
  return s ? [s.name, ...pathAt(s.children ?? [], p)] : [];
}

function symbolsOf(text: string): DocumentSymbol[] {
  return documentSymbols(new DocumentAnalyzer().analyze(text, { config: CONFIG }), textsFor('zh'));
}

describe('document symbols', () => {
  it('one group per scenario in a library sorted by scenario', () => {
    const symbols = symbolsOf(library(['pre-sales', 'pre-sales', 'logistics', 'logistics', 'logistics']));
    assert.deepStrictEqual(symbols.map((g) => [g.name, g.children!.map((c) => `${c.name}:${c.detail}`)]), [
      ['pre-sales（售前）', ['s0:话术 0', 's1:话术 1']],
      ['logistics（物流）', ['s2:话术 2', 's3:话术 3', 's4:话术 4']],
    ]);
  });

  it('a group per run of a scenario where scenarios alternate: no group spans another group\'s scripts', () => {
    const scenarios = ['pre-sales', 'logistics', 'pre-sales', 'pre-sales', undefined, 'logistics', 'complaint'];
    const symbols = symbolsOf(library(scenarios));
    assert.deepStrictEqual(symbols.map((g) => [g.name, g.children!.map((c) => c.name)]), [
      ['pre-sales（售前）', ['s0']], ['logistics（物流）', ['s1']], ['pre-sales（售前）', ['s2', 's3']],
      ['未分类', ['s4']], ['logistics（物流）', ['s5']], ['complaint（投诉）', ['s6']],
    ]);
    for (let k = 0; k < symbols.length; k++) {
      const g = symbols[k];
      assert.ok(inside(g.selectionRange, g.range), g.name);
      for (const c of g.children!) assert.ok(inside(c.range, g.range), `${c.name} in ${g.name}`);
      if (k > 0) assert.ok(at(symbols[k - 1].range.end) <= at(g.range.start), `${symbols[k - 1].name} overlaps ${g.name}`);
    }
    // the path at each script's reply line names that script's own scenario
    scenarios.forEach((sc, i) => {
      const script = symbols.flatMap((g) => g.children!).find((c) => c.name === `s${i}`)!;
      const p = { line: script.range.start.line + (sc ? 3 : 2), character: 6 };
      assert.deepStrictEqual(pathAt(symbols, p).slice(1), [`s${i}`]);
      assert.strictEqual(pathAt(symbols, p)[0].split('（')[0], sc ?? '未分类');
    });
  });

  it('the groups of scripts an edit did not touch are the objects of the last answer (the encoder keeps their bytes)', () => {
    const scenarios = Array.from({ length: 90 }, (_, i) => ['pre-sales', 'logistics', 'complaint'][i % 3]);
    let text = library(scenarios);
    const analyzer = new DocumentAnalyzer();
    const t = textsFor('zh');
    const before = documentSymbols(analyzer.analyze(text, { config: CONFIG }), t);
    assert.strictEqual(before.length, 90);
    const edited = text.replace(/(- id: s40\n(?: {4}.*\n)*? {4}reply: 您好，请稍等)/, '$1一下');
    assert.notStrictEqual(edited, text);
    text = edited;
    const after = documentSymbols(analyzer.analyze(text, { config: CONFIG }), t);
    assert.deepStrictEqual(after, before);
    const kept = after.filter((g, k) => g === before[k]).length;
    assert.strictEqual(kept, 89, 'every group but the edited script\'s');
    assert.notStrictEqual(after[40], before[40]);
  });
});
