/**
 * The server's piece document must behave exactly as vscode-languageserver-textdocument's
 * TextDocument under any sequence of edits: text, line count, positions, offsets, line ranges.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PieceDocument, PieceText } from '../../server/src/lsp/piece-document';

const piece = fc.oneof(
  fc.constantFrom('\n', '\r\n', '\r', '  - id: s1\n', 'reply: 亲,您好😀\n', '好', 'a', '\r\r\n\n'),
  fc.string({ unit: fc.constantFrom('a', '好', '\n', '\r', ' ', '\ud83d', '\ude00'), maxLength: 12 }),
);
const textArb = fc.array(piece, { maxLength: 40 }).map((a) => a.join(''));
const posArb = fc.record({ line: fc.integer({ min: -2, max: 60 }), character: fc.integer({ min: -2, max: 40 }) });
const change = fc.oneof(
  { weight: 8, arbitrary: fc.record({ range: fc.record({ start: posArb, end: posArb }), text: textArb }) },
  { weight: 1, arbitrary: fc.record({ text: textArb }) },
);

function same(p: PieceDocument, t: TextDocument, probes: { line: number; character: number }[]): void {
  assert.strictEqual(p.lineCount, t.lineCount);
  assert.strictEqual(p.getText(), t.getText());
  assert.strictEqual(p.text.length, t.getText().length);
  for (let o = -1; o <= t.getText().length + 1; o++) assert.deepStrictEqual(p.positionAt(o), t.positionAt(o), `positionAt(${o})`);
  for (const q of probes) {
    assert.strictEqual(p.offsetAt(q), t.offsetAt(q), `offsetAt(${JSON.stringify(q)})`);
    assert.deepStrictEqual(p.getLineRange(q.line), t.getLineRange(q.line));
    assert.strictEqual(p.getEOLCharacters(q.line), t.getEOLCharacters(q.line));
  }
}

describe('lsp: piece document', () => {
  it('matches TextDocument under random edits (CRLF, lone CR, surrogates, full replacements)', () => {
    fc.assert(fc.property(textArb, fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 8 }), fc.array(posArb, { maxLength: 12 }), (initial, batches, probes) => {
      const t = TextDocument.create('file:///a', 'huashu', 1, initial);
      const p = new PieceDocument('file:///a', 'huashu', 1, initial);
      same(p, t, probes);
      let v = 1;
      for (const batch of batches) {
        // TextDocument keeps garbage line starts for ranges past the last line; compare on ranges
        // inside the text (a test below covers the others), each change applied in turn
        for (const ch of batch) {
          v++;
          const inside = 'range' in ch
            ? { ...ch, range: { start: { ...ch.range.start, line: Math.min(ch.range.start.line, t.lineCount - 1) }, end: { ...ch.range.end, line: Math.min(ch.range.end.line, t.lineCount - 1) } } }
            : ch;
          TextDocument.update(t, [inside], v);
          p.update([inside], v);
          assert.strictEqual(p.version, v);
          same(p, t, probes);
          // reading the joined text must not change what follows
          if (v % 2) p.getText();
        }
      }
    }), { numRuns: 400 });
  });

  it('an edit with lines past the end applies at the end, and the line starts stay right', () => {
    fc.assert(fc.property(textArb, fc.array(fc.record({ range: fc.record({ start: posArb, end: posArb }), text: textArb }), { maxLength: 6 }), (initial, changes) => {
      const p = new PieceDocument('file:///c', 'huashu', 1, initial);
      let ref = initial;
      for (const ch of changes) {
        let [x, y] = [p.offsetAt(ch.range.start), p.offsetAt(ch.range.end)];
        if (y < x) [x, y] = [y, x];
        p.update([ch], 2);
        ref = ref.slice(0, x) + ch.text + ref.slice(y);
        assert.strictEqual(p.getText(), ref);
        const fresh = TextDocument.create('file:///c', 'huashu', 1, ref);
        assert.strictEqual(p.lineCount, fresh.lineCount);
        for (let o = 0; o <= ref.length; o++) assert.deepStrictEqual(p.positionAt(o), fresh.positionAt(o));
      }
    }), { numRuns: 300 });
  });

  it('counts lines across piece boundaries (a CR at a piece\'s end, its LF in the next)', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', '\r', '\n', '好'), minLength: 8000, maxLength: 20000 }), (text) => {
      const p = new PieceDocument('file:///d', 'huashu', 1, text);
      const t = TextDocument.create('file:///d', 'huashu', 1, text);
      assert.strictEqual(p.lineCount, t.lineCount);
      for (let line = 0; line < t.lineCount; line++) assert.strictEqual(p.offsetAt({ line, character: 0 }), t.offsetAt({ line, character: 0 }));
    }), { numRuns: 40 });
    // a CRLF split exactly at the 4,096-character cut
    const text = `${'a'.repeat(4095)}\r\n${'b'.repeat(9000)}\r\nc`;
    const p = new PieceDocument('file:///e', 'huashu', 1, text);
    assert.deepStrictEqual([p.lineCount, p.offsetAt({ line: 1, character: 0 }), p.offsetAt({ line: 2, character: 0 })], [3, 4097, 13099]);
  });

  it('keeps a large document in pieces and edits one of them', () => {
    const L: string[] = [];
    for (let i = 0; i < 5000; i++) L.push(`  - id: s${i}\n    reply: "亲,您好,这是第 ${i} 条话术"\n`);
    const text = L.join('');
    const t = TextDocument.create('file:///b', 'huashu', 1, text);
    const p = new PieceDocument('file:///b', 'huashu', 1, text);
    let pieces = 0;
    p.text.forEachPiece(() => { pieces++; });
    assert.ok(pieces > 20, `expected the text in pieces, got ${pieces}`);
    for (let k = 0; k < 50; k++) {
      const line = 2 * ((k * 997) % 5000) + 1;
      const ch = k % 2 ? { range: { start: { line, character: 12 }, end: { line, character: 13 } }, text: '' } : { range: { start: { line, character: 12 }, end: { line, character: 12 } }, text: k % 4 ? '好' : '好\n  # 注释\n' };
      TextDocument.update(t, [ch], k + 2);
      p.update([ch], k + 2);
      const at = t.offsetAt({ line, character: 0 });
      assert.strictEqual(p.text.slice(at, at + 200), t.getText().slice(at, at + 200));
      assert.strictEqual(p.lineCount, t.lineCount);
    }
    assert.strictEqual(p.getText(), t.getText());
  });

  it('PieceText: slice and charCodeAt across pieces, splice at the ends', () => {
    fc.assert(fc.property(fc.string({ maxLength: 30000 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.string({ maxLength: 9000 })), { maxLength: 6 }), (s, edits) => {
      let p = PieceText.of(s);
      let ref = s;
      for (const [x, y, ins] of edits) {
        const a = x % (ref.length + 1);
        const b = a + (y % (ref.length - a + 1));
        const old = p;
        const oldRef = ref;
        p = p.splice(a, b, ins);
        // the old text is unchanged (an analysis may still hold it)
        assert.strictEqual(old.slice(0, oldRef.length), oldRef);
        ref = ref.slice(0, a) + ins + ref.slice(b);
        assert.strictEqual(p.length, ref.length);
        for (const [i, j] of [[0, ref.length], [a, b + 5], [Math.max(0, a - 4100), a + 4100], [b, b]]) assert.strictEqual(p.slice(i, j), ref.slice(i, j));
        for (const i of [0, a, b, ref.length - 1, ref.length]) assert.strictEqual(Number.isNaN(p.charCodeAt(i)) ? NaN : p.charCodeAt(i), ref.charCodeAt(i));
      }
      assert.strictEqual(p.toString(), ref);
    }), { numRuns: 150 });
  });
});
