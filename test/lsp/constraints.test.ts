/**
 * What the protocol and its clients require of every answer, checked on the samples and on
 * libraries of every layout: ranges inside the document (UTF-16 columns), a range's end not before
 * its start, a symbol's selection and children inside its range and its siblings not overlapping
 * it, names that are not empty (VS Code's client refuses a symbol without one), folding ranges
 * that span lines, semantic tokens on one line each, in order, without overlap, of the legend's
 * types, and hovers and completion edits that hold the position they were asked at; and the
 * preview's answer (`huashu/documentScripts`): its ranges, every script's findings once, and each
 * finding's place in its message's text.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { CodeAction, DocumentSymbol, Position, Range, TextEdit } from 'vscode-languageserver-protocol/node';
import { EffectiveConfig } from '../../server/src/engine';
import { Analysis, DocumentAnalyzer } from '../../server/src/engine/incremental';
import { TOKEN_MODIFIERS, TOKEN_TYPES, codeActions, codeLenses, completion, documentScripts, documentSymbols, foldingRanges, hover, semanticTokens } from '../../server/src/lsp/features';
import { textsFor } from '../../server/src/lsp/i18n';
import { diagnosticsFor } from '../../server/src/lsp/server';

const CONFIG: EffectiveConfig = { rules: {}, phrases: [{ pattern: '亲爱的', kind: 'forbidden', replacement: '您' }], allow: [] };
const SAMPLES = path.resolve(__dirname, '../../../samples');

function generated(n: number): string {
  const L = ['huashu: 1', 'shop: 尚米坊', 'platform: taobao', 'variables:', '  顾客: 买家昵称', 'scripts:'];
  for (let i = 0; i < n; i++) {
    L.push(`  - id: s${i}`);
    if (i % 4) L.push(`    title: 话术 ${i}`);
    if (i % 5) L.push(`    scenario: ${['after-sales', 'logistics', 'complaint'][i % 3]}`);
    if (i % 7 === 0) L.push('    reply: |', '      亲爱的{顾客}，快递弄丢了😀', '      # 不是注释', '');
    else if (i % 7 === 1) L.push('    reply:', '      - "是快递给发错地方了哦"', '      - 您好 # huashu-disable-line');
    else if (i % 7 === 2) L.push('    # huashu-disable-next-line no-blame-courier', '    reply: 快递弄坏了不关我们的事');
    else L.push(`    reply: "亲爱的{顾客}，是快递给发错地方了哦 ${i}"`);
  }
  return L.join('\n') + '\n';
}

/** Libraries of every layout: the samples, CRLF, a BOM, JSON, flow style on one line, YAML errors, an open quote, next to nothing. */
function libraries(): [string, string][] {
  const out: [string, string][] = [];
  for (const f of fs.readdirSync(SAMPLES).filter((x) => x.endsWith('.huashu.yaml')).sort()) out.push([f, fs.readFileSync(path.join(SAMPLES, f), 'utf8')]);
  const g = generated(40);
  out.push(['generated', g], ['CRLF', g.replace(/\n/g, '\r\n')], ['BOM', `\ufeff${g}`]);
  out.push(['JSON', JSON.stringify({ huashu: 1, platform: 'jd', scripts: Array.from({ length: 12 }, (_, i) => ({ id: `j${i}`, scenario: i % 2 ? 'complaint' : 'logistics', reply: `亲爱的，快递弄丢了 ${i}` })) }, null, 2)]);
  out.push(['flow on one line', `huashu: 1\nplatform: jd\nscripts: [${Array.from({ length: 9 }, (_, i) => `{id: f${i}, scenario: ${i % 2 ? 'complaint' : 'logistics'}, reply: 亲爱的快递弄丢了}`).join(', ')}]`]);
  out.push(['YAML error', g.replace('    title: 话术 5\n', '    title: 注意: 待改\n')]);
  out.push(['open quote', g.replace('"亲爱的{顾客}，是快递给发错地方了哦 10"', '"亲爱的{顾客}，是快递给发错地方了哦 10')]);
  out.push(['no id, no scenario', 'huashu: 1\nplatform: jd\nscripts:\n  - reply: 亲爱的\n  - title: ""\n    reply: 好的\n']);
  out.push(['header only', 'huashu: 1\nplatform: jd\n'], ['empty', ''], ['not a map', '- 1\n- 2\n'], ['tabs', 'huashu: 1\n\tplatform: jd\n']);
  return out;
}

/** The length of each line of the document as the client holds it (a byte order mark kept is its first character). */
function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

function checkRange(r: Range, lens: number[], what: string): void {
  for (const p of [r.start, r.end]) {
    assert.ok(Number.isInteger(p.line) && p.line >= 0 && p.line < lens.length, `${what}: line ${p.line} of ${lens.length}`);
    assert.ok(Number.isInteger(p.character) && p.character >= 0 && p.character <= lens[p.line], `${what}: column ${p.character} past line ${p.line} (${lens[p.line]})`);
  }
  assert.ok(!after(r.start, r.end), `${what}: ends before it starts ${JSON.stringify(r)}`);
}

const after = (x: Position, y: Position): boolean => x.line > y.line || (x.line === y.line && x.character > y.character);
const inside = (inner: Range, outer: Range): boolean => !after(outer.start, inner.start) && !after(inner.end, outer.end);
const holds = (r: Range, p: Position): boolean => !after(r.start, p) && !after(p, r.end);

function checkSymbols(list: DocumentSymbol[], lens: number[], parent: Range | undefined, what: string): void {
  list.forEach((s, k) => {
    const w = `${what}: symbol ${s.name}`;
    assert.ok(typeof s.name === 'string' && s.name.trim() !== '', `${w}: a name`);
    checkRange(s.range, lens, w);
    checkRange(s.selectionRange, lens, `${w} (selection)`);
    assert.ok(inside(s.selectionRange, s.range), `${w}: selection outside its range`);
    if (parent) assert.ok(inside(s.range, parent), `${w}: outside its parent`);
    if (k > 0) assert.ok(!after(list[k - 1].range.end, s.range.start), `${w}: overlaps ${list[k - 1].name}`);
    checkSymbols(s.children ?? [], lens, s.range, what);
  });
}

function checkTokens(data: number[], lens: number[], what: string): void {
  assert.strictEqual(data.length % 5, 0, `${what}: tokens in fives`);
  let line = 0;
  let char = 0;
  let end = -1;
  for (let i = 0; i < data.length; i += 5) {
    const [dl, dc, len, type, mods] = data.slice(i, i + 5);
    assert.ok(dl >= 0 && dc >= 0 && len > 0, `${what}: token ${i / 5} ${data.slice(i, i + 5)}`);
    if (dl > 0) { line += dl; char = dc; end = -1; } else char += dc;
    assert.ok(line < lens.length && char + len <= lens[line], `${what}: token ${i / 5} past line ${line}`);
    assert.ok(char >= end, `${what}: token ${i / 5} overlaps the one before`);
    end = char + len;
    assert.ok(type < TOKEN_TYPES.length && mods < 1 << TOKEN_MODIFIERS.length, `${what}: token ${i / 5} of no legend type`);
  }
}

function checkAll(a: Analysis, text: string, what: string): void {
  const lens = lineLengths(text);
  const diags = diagnosticsFor(a);
  for (const d of diags) {
    checkRange(d.range, lens, `${what}: diagnostic ${d.code}`);
    assert.ok(typeof d.message === 'string' && d.message.trim() !== '' && [1, 2, 3, 4].includes(d.severity!), `${what}: diagnostic ${d.code}`);
  }
  checkSymbols(documentSymbols(a, textsFor('zh')), lens, undefined, what);
  for (const f of foldingRanges(a)) assert.ok(f.startLine < f.endLine && f.endLine < lens.length, `${what}: folding ${JSON.stringify(f)}`);
  for (const l of codeLenses(a, textsFor('zh'))) { checkRange(l.range, lens, `${what}: code lens`); assert.ok(l.command?.title, `${what}: code lens title`); }
  checkTokens(semanticTokens(a), lens, what);
  // the code actions at every diagnostic: titles, and edits inside the document that do not overlap
  let edited = 0;
  for (const d of diags) {
    const actions = codeActions({ uri: 'file:///a.huashu.yaml', version: 1, analysis: a, texts: textsFor('zh'), lintOptions: { config: CONFIG }, eol: text.includes('\r\n') ? '\r\n' : '\n' }, d.range, [d]);
    for (const x of actions as CodeAction[]) {
      assert.ok(x.title.trim() !== '', `${what}: a code action without a title`);
      const edits = [...Object.values(x.edit?.changes ?? {}).flat()].sort((p, q) => (after(p.range.start, q.range.start) ? 1 : -1));
      edits.forEach((e, k) => {
        edited++;
        checkRange(e.range, lens, `${what}: ${x.title}`);
        if (k > 0) assert.ok(!after(edits[k - 1].range.end, e.range.start), `${what}: ${x.title}: edits overlap`);
      });
    }
  }
  // the preview: ranges, every script's findings once, a finding's place in its message's text
  const preview = documentScripts('file:///a.huashu.yaml', 1, a);
  assert.strictEqual(preview.scripts.length, a.scripts.length, `${what}: preview scripts`);
  const docLines = text.split(/\r\n|\r|\n/);
  preview.scripts.forEach((ps, k) => {
    const w = `${what}: preview of ${ps.id ?? k}`;
    checkRange(ps.range, lens, w);
    let shown = ps.findings.length;
    for (const f of ps.findings) checkRange(f.range, lens, `${w}: ${f.ruleId}`);
    for (const t of ps.turns) {
      for (const m of t.messages) {
        checkRange(m.range, lens, `${w}: a message`);
        assert.ok(inside(m.range, ps.range), `${w}: a message outside its script`);
        for (const f of m.findings) {
          shown++;
          checkRange(f.range, lens, `${w}: ${f.ruleId}`);
          assert.ok(inside(f.range, m.range), `${w}: ${f.ruleId} outside its message`);
          const [x, y] = f.textRange!;
          assert.ok(x >= 0 && x <= y && y <= m.text.length, `${w}: ${f.ruleId} textRange ${f.textRange} in ${m.text.length}`);
          // where the source is the text itself (one line, no escape), the two spans read the same
          const src = f.range.start.line === f.range.end.line ? docLines[f.range.start.line].slice(f.range.start.character, f.range.end.character) : undefined;
          if (src !== undefined && !/[\\'"]/.test(src)) assert.strictEqual(m.text.slice(x, y), src, `${w}: ${f.ruleId}`);
        }
      }
    }
    assert.strictEqual(shown, a.scripts[k].findings.length, `${w}: findings shown`);
  });
  // (every finding but a YAML syntax error can at least be disabled for its line)
  assert.ok(edited > 0 || !diags.some((d) => d.code !== 'yaml-syntax'), `${what}: no code action edits for ${diags.length} diagnostics`);
  // hovers and completions at the start of every diagnostic, and at a few places on every line
  const positions: Position[] = diags.map((d) => d.range.start);
  lens.forEach((n, line) => { for (const character of new Set([0, Math.min(n, 4), n >> 1, n])) positions.push({ line, character }); });
  for (const p of positions) {
    const h = hover(a, p, textsFor('zh'));
    if (h?.range) { checkRange(h.range, lens, `${what}: hover`); assert.ok(holds(h.range, p), `${what}: hover at ${JSON.stringify(p)} ranges ${JSON.stringify(h.range)}`); }
    for (const c of completion(a, p, CONFIG, textsFor('zh'))) {
      const e = c.textEdit as TextEdit | undefined;
      if (!e) continue;
      checkRange(e.range, lens, `${what}: completion ${c.label}`);
      assert.ok(e.range.start.line === e.range.end.line && holds(e.range, p), `${what}: completion ${c.label} at ${JSON.stringify(p)} edits ${JSON.stringify(e.range)}`);
    }
  }
}

describe('lsp: answers within the protocol\'s constraints', () => {
  for (const [name, text] of libraries()) {
    it(`${name}: diagnostics, symbols, folding, lenses, semantic tokens, hovers and completions`, () => {
      const analyzer = new DocumentAnalyzer();
      checkAll(analyzer.analyze(text, { config: CONFIG }), text, name);
      // and after an edit in the middle, incrementally
      const mid = text.indexOf('\n', text.length >> 1) + 1;
      if (mid > 0) {
        const edited = `${text.slice(0, mid)}# 注释\n${text.slice(mid)}`;
        checkAll(analyzer.analyze(edited, { config: CONFIG, edit: { start: mid, oldEnd: mid, newEnd: mid + 5 } }), edited, `${name}, edited`);
      }
    });
  }
});
