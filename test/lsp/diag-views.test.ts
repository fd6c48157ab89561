/**
 * Diagnostic views (engine/diag-view.ts, lsp/diag-views.ts): after an edit that adds or removes
 * lines, an incremental analysis gives the later scripts' diagnostics as their objects from before
 * with the lines they moved, made when read. What a view gives must be, entry for entry, what a full
 * lint gives; comparing views without making their moved entries must answer as comparing the
 * made diagnostics does.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import type { Diagnostic, TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { EffectiveConfig } from '../../server/src/engine';
import { DiagView, moveDiag } from '../../server/src/engine/diag-view';
import { Analysis, DocumentAnalyzer } from '../../server/src/engine/incremental';
import { diagnosticsOf, keepsDiagnostics } from '../../server/src/lsp/features';
import { type Diags, isMovedBy, sameDiags, subView } from '../../server/src/lsp/diag-views';
import { movedDiagnostic, sameButRange, sameItems } from '../../server/src/lsp/json-encoder';
import { diagnosticViewFor } from '../../server/src/lsp/server';

const CONFIG: EffectiveConfig = { rules: {}, phrases: [], allow: [] };

function library(n: number): string {
  const L = ['huashu: 1', 'platform: taobao', 'scripts:'];
  for (let i = 0; i < n; i++) {
    L.push(`  - id: s${i}`, `    scenario: ${i % 2 ? 'after-sales' : 'logistics'}`, `    notes: 备注${i}`);
    L.push(i % 3 ? `    reply: 是快递的问题，您等等${i}` : `    reply: 您好，这边马上为您查询，请您稍等，谢谢您的耐心${i}`);
  }
  return L.join('\n') + '\n';
}

/** A library being edited: its analyzer, text and last analysis. */
class Doc {
  readonly an = new DocumentAnalyzer();
  a: Analysis;
  constructor(public text: string) { this.a = this.an.analyze(text, { config: CONFIG }); }
  /** Replaces [at, at + removed) with `piece`. */
  edit(at: number, removed: number, piece: string): Analysis {
    this.text = this.text.slice(0, at) + piece + this.text.slice(at + removed);
    this.a = this.an.analyze(this.text, { config: CONFIG, edit: { start: at, oldEnd: at + removed, newEnd: at + piece.length } });
    assert.strictEqual(this.a.mode, 'incremental');
    return this.a;
  }
  full(): Diagnostic[] { return diagnosticsOf(new DocumentAnalyzer().analyze(this.text, { config: CONFIG, incremental: false })); }
  end(line: string): number { const i = this.text.indexOf(line); assert.ok(i >= 0, line); return i + line.length; }
}

/** How many entries of a view moved (without making them). */
function movedCount(v: Diags): number {
  let n = 0;
  for (let i = 0; i < v.length; i++) if (v.linesAt(i)) n++;
  return n;
}

/** How many entries of a view moved and are not made yet. */
function unmadeCount(v: Diags): number {
  let n = 0;
  for (let i = 0; i < v.length; i++) if (v.madeIfAny(i) === undefined) n++;
  return n;
}

describe('diagnostic views: moved diagnostics made when read', () => {
  it('a line added gives the later scripts\' diagnostics unmade, each made once when read, and all of them a full lint\'s', () => {
    const doc = new Doc(library(60));
    const before = diagnosticViewFor(doc.a).all();
    assert.ok(before.length > 60, `${before.length} diagnostics`);
    doc.edit(doc.end('    notes: 备注30') + 1, 0, '    # 注释\n');
    const v = diagnosticViewFor(doc.a);
    const comment = doc.text.split('\n').indexOf('    # 注释');
    const later = before.filter((d) => d.range.start.line >= comment).length;
    assert.ok(later > 20, `${later} diagnostics after the line`);
    assert.strictEqual(movedCount(v), later, 'the entries after the new line moved, the others not');
    for (let i = 0; i < v.length; i++) {
      if (v.linesAt(i)) {
        assert.strictEqual(v.linesAt(i), 1);
        assert.strictEqual(v.madeIfAny(i), undefined, 'not made before it is read');
        assert.strictEqual(v.startLine(i), v.madeAt(i).range.start.line + 1);
      } else {
        assert.strictEqual(v.madeIfAny(i), v.madeAt(i));
      }
    }
    const spans = v.lineSpans();
    assert.strictEqual(v.lineSpans(), spans, 'read once per view');
    for (let j = 0; j < v.length; j++) assert.deepStrictEqual([spans.starts[j], spans.ends[j]], [v.startLine(j), v.endLine(j)]);
    const i = v.length - 1;
    const d = v.at(i);
    assert.strictEqual(v.at(i), d, 'made once');
    assert.strictEqual(d.range.start.line, v.startLine(i));
    assert.ok(sameButRange(d, v.madeAt(i)), 'told to the encoder as moved (it reuses the bytes of the object it was moved from)');
    const all = v.all();
    assert.strictEqual(v.all(), all, 'the same list at every call');
    assert.strictEqual(all[i], d);
    assert.deepStrictEqual(all, doc.full());
  });

  it('an edit after a line break reuses the moved diagnostics that were read; those not read stay unmade', () => {
    const doc = new Doc(library(40));
    diagnosticViewFor(doc.a).all();
    doc.edit(doc.end('    notes: 备注10'), 0, '\n    # 一');
    const read = diagnosticViewFor(doc.a).all();
    // typing within a line of an earlier script: the later scripts' diagnostics are those read
    doc.edit(doc.end('    notes: 备注5'), 0, '二');
    const v = diagnosticViewFor(doc.a);
    assert.strictEqual(unmadeCount(v), 0, 'every moved entry was read before: none is unmade');
    const now = v.all();
    assert.deepStrictEqual(now, doc.full());
    const same = new Set(read);
    assert.ok(now.filter((d) => same.has(d)).length >= now.length - 3, 'the objects made before are kept');
    // another line break, not read, then typing: the entries stay unmade, moved from the same objects
    doc.edit(doc.end('    notes: 备注20'), 0, '\n    # 三');
    const w = diagnosticViewFor(doc.a);
    const unmade = unmadeCount(w);
    assert.ok(unmade > 10);
    doc.edit(doc.end('    notes: 备注5二'), 0, '四');
    const x = diagnosticViewFor(doc.a);
    assert.strictEqual(unmadeCount(x), unmade);
    assert.ok(sameDiags(w, x), 'the same diagnostics, compared without making them');
    assert.deepStrictEqual(x.all(), doc.full());
  });

  it('comparing views without making their entries answers as comparing the made diagnostics', () => {
    const doc = new Doc(library(50));
    let prev = diagnosticViewFor(doc.a);
    prev.all();
    // line breaks added and removed, text typed, a finding moved on its line
    const steps: { what: string; run: () => { endLine: number; delta: number } | undefined }[] = [
      { what: 'a line break in script 20', run: () => { const at = doc.end('    notes: 备注20'); const line = doc.text.slice(0, at).split('\n').length - 1; doc.edit(at, 0, '\n    # x'); return { endLine: line, delta: 1 }; } },
      { what: 'typed in script 3', run: () => { doc.edit(doc.end('    notes: 备注3'), 0, '好'); return undefined; } },
      { what: 'the line removed', run: () => { const at = doc.text.indexOf('\n    # x'); const line = doc.text.slice(0, at).split('\n').length - 1; doc.edit(at, '\n    # x'.length, ''); return { endLine: line + 1, delta: -1 }; } },
      { what: 'two lines in script 40', run: () => { const at = doc.end('    notes: 备注40'); const line = doc.text.slice(0, at).split('\n').length - 1; doc.edit(at, 0, '\n    # a\n    # b'); return { endLine: line, delta: 2 }; } },
      { what: 'typed before a finding of script 41', run: () => { const at = doc.text.indexOf('    reply: 是快递的问题，您等等41') + '    reply: '.length; doc.edit(at, 0, '嗯'); return undefined; } },
      { what: 'a line break in script 1', run: () => { const at = doc.end('    notes: 备注1'); const line = doc.text.slice(0, at).split('\n').length - 1; doc.edit(at, 0, '\n    # y'); return { endLine: line, delta: 1 }; } },
    ];
    for (const step of steps) {
      const move = step.run();
      const now = diagnosticViewFor(doc.a);
      // lazily first (nothing of `now` made), then on the made lists
      const same = sameDiags(prev, now);
      const moved = move ? isMovedBy(prev, now, move.endLine, move.delta) : undefined;
      // (the moved entries unmade while compared: the lazy path was the one taken)
      if (move) assert.ok(unmadeCount(now) > 0 && now.madeIfAny(now.length - 1) === undefined, `${step.what}: unmade`);
      else assert.strictEqual(unmadeCount(now), 0, `${step.what}: the entries read before are taken as made`);
      const a = prev.all();
      const b = now.all();
      assert.strictEqual(same, sameItems(a, b), `${step.what}: same`);
      if (move) {
        const expected = a.length === b.length && a.every((d, i) => {
          const dl = d.range.start.line > move.endLine ? move.delta : 0;
          const e = b[i];
          return e.range.start.line === d.range.start.line + dl && e.range.end.line === d.range.end.line + dl
            && e.range.start.character === d.range.start.character && e.range.end.character === d.range.end.character
            && JSON.stringify({ ...d, range: 0 }) === JSON.stringify({ ...e, range: 0 });
        });
        assert.strictEqual(moved, expected, `${step.what}: moved`);
        assert.strictEqual(moved, true, `${step.what}: a line move moves the later diagnostics and nothing else`);
      }
      assert.deepStrictEqual(b, doc.full(), step.what);
      prev = now;
    }
  });

  it('a part of a view gives its entries, made through the whole (once, for both)', () => {
    const doc = new Doc(library(30));
    diagnosticViewFor(doc.a).all();
    doc.edit(doc.end('    notes: 备注2'), 0, '\n    # 注释');
    const all = diagnosticViewFor(doc.a);
    const idx = [0, 5, all.length - 2, all.length - 1];
    const part = subView(all, idx);
    assert.strictEqual(part.length, idx.length);
    for (let j = 0; j < idx.length; j++) {
      assert.strictEqual(part.linesAt(j), all.linesAt(idx[j]));
      assert.strictEqual(part.madeAt(j), all.madeAt(idx[j]));
    }
    const last = part.at(idx.length - 1);
    assert.strictEqual(last, all.at(all.length - 1), 'the whole\'s object');
    assert.deepStrictEqual(part.all(), idx.map((i) => doc.full()[i]));
    const none = subView(all, []);
    assert.deepStrictEqual(none.all(), []);
  });

  it('keepsDiagnostics reads a view\'s moved lines as the made diagnostics\' lines', () => {
    const doc = new Doc(library(30));
    diagnosticViewFor(doc.a).all();
    doc.edit(doc.end('    notes: 备注3'), 0, '\n    # 注释');
    const v = diagnosticViewFor(doc.a);
    assert.ok(movedCount(v) > 0);
    const changes: TextDocumentContentChangeEvent[] = [];
    const lineCount = doc.text.split('\n').length;
    for (let line = 0; line < lineCount; line += 3) {
      for (const character of [0, 4, 12, 30]) {
        changes.push({ range: { start: { line, character }, end: { line, character } }, text: '好' });
        changes.push({ range: { start: { line, character }, end: { line, character } }, text: '\n' });
      }
    }
    // lazily first, then against the made list (a plain array)
    const lazy = changes.map((c) => keepsDiagnostics(v, c));
    const made = changes.map((c) => keepsDiagnostics(v.all(), c));
    assert.deepStrictEqual(lazy, made);
    assert.ok(lazy.includes(true) && lazy.includes(false));
  });

  it('a view of diagnostics none of which moved is its list', () => {
    const list: Diagnostic[] = [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } }, message: 'm' }];
    const v = DiagView.of(list);
    assert.strictEqual(v.all(), list);
    assert.strictEqual(v.at(0), list[0]);
    assert.strictEqual(v.linesAt(0), 0);
    assert.ok(sameDiags(v, DiagView.of<Diagnostic>([{ ...list[0], range: { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } } }])), 'equal copies');
    assert.ok(!sameDiags(v, DiagView.of<Diagnostic>([{ ...list[0], message: 'n' }])));
  });
});

describe('moved diagnostics (moveDiag)', () => {
  const diag = (i: number, tags: boolean): Diagnostic => {
    const d: Diagnostic = { range: { start: { line: i, character: 1 }, end: { line: i + 1, character: 2 } }, severity: 2, code: 'no-argue', codeDescription: { href: 'https://x/no-argue' }, source: 'huashu', message: `m${i}` };
    if (tags) d.tags = [1];
    return d;
  };

  it('keeps every key of the diagnostic in its order, with the range moved', () => {
    for (const tags of [false, true]) {
      const d = diag(3, tags);
      const m = moveDiag(d, 5, movedDiagnostic);
      assert.deepStrictEqual(Object.keys(m), Object.keys(d));
      assert.strictEqual(JSON.stringify(m), JSON.stringify({ ...d, range: { start: { line: 8, character: 1 }, end: { line: 9, character: 2 } } }));
      assert.ok(sameButRange(m, d));
      const again = moveDiag(m, -2, movedDiagnostic);
      assert.strictEqual(JSON.stringify(again), JSON.stringify({ ...d, range: { start: { line: 6, character: 1 }, end: { line: 7, character: 2 } } }));
      assert.ok(sameButRange(again, d));
    }
  });

  it('gives diagnostics of one shape, moved, one shape (V8 maps, in a child process)', () => {
    // a spread ({ ...d, range }) given a property afterwards (the encoder's origin) made a map per
    // object: every read of a moved diagnostic missed V8's caches
    const built = path.resolve(__dirname, '../../server/src');
    const script = `
      const { moveDiag } = require(${JSON.stringify(path.join(built, 'engine/diag-view.js'))});
      const { movedDiagnostic } = require(${JSON.stringify(path.join(built, 'lsp/json-encoder.js'))});
      const made = [];
      for (let i = 0; i < 300; i++) made.push({ range: { start: { line: i, character: 0 }, end: { line: i, character: 2 } }, severity: 2, code: 'r' + (i % 7), source: 'huashu', message: 'm' + i });
      const moved = made.map((d) => moveDiag(d, 3, movedDiagnostic));
      const twice = moved.map((d) => moveDiag(d, 1, movedDiagnostic));
      const shapes = (list) => { const seen = []; for (const d of list) if (!seen.some((o) => %HaveSameMap(o, d))) seen.push(d); return seen.length; };
      console.log(JSON.stringify({ made: shapes(made), moved: shapes(moved), twice: shapes(twice) }));
    `;
    const r = spawnSync(process.execPath, ['--allow-natives-syntax', '-e', script], { encoding: 'utf8', timeout: 60000 });
    assert.strictEqual(r.status, 0, r.stderr);
    const got = JSON.parse(r.stdout) as { made: number; moved: number; twice: number };
    assert.deepStrictEqual(got, { made: 1, moved: 1, twice: 1 });
  });
});
