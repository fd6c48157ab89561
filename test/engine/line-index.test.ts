import { strict as assert } from 'assert';
import { LineIndex } from '../../server/src/engine/line-index';
import { seededRandom as rng } from '../../scripts/seeded-random';

/** Every line start of an index, read through its public API. */
function starts(li: LineIndex): number[] {
  const out: number[] = [];
  for (let l = 0; l < li.lineCount; l++) out.push(li.lineStart(l));
  return out;
}

/** The line starts by the definition: after every \r\n, lone \r and lone \n. */
function expected(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') { out.push(i + 2); i++; } else if (c === '\r' || c === '\n') out.push(i + 1);
  }
  return out;
}

const PIECES = ['a', '话', '术', ' ', '\n', '\r', '\r\n', '\n\n', 'reply: 亲'];

function randomText(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(r() * PIECES.length)];
  return s;
}

describe('LineIndex', () => {
  it('starts a line after every \\n, \\r\\n and lone \\r, with and without a CR in the text', () => {
    for (const text of ['', 'a', '\n', 'a\nb\n', '\r', '\r\n', 'a\r\nb\rc\nd', '\n\r', '\r\r\n\n', '话术\n亲\n', 'x'.repeat(50) + '\n'.repeat(3)]) {
      assert.deepEqual(starts(new LineIndex(text)), expected(text), JSON.stringify(text));
    }
    const r = rng(7);
    for (let k = 0; k < 200; k++) {
      const text = randomText(r, Math.floor(r() * 40));
      assert.deepEqual(starts(new LineIndex(text)), expected(text), JSON.stringify(text));
    }
  });

  it('gives positions and offsets that agree with the line starts', () => {
    const text = 'ab\r\ncd\ref\n\n话术';
    const li = new LineIndex(text);
    assert.deepEqual(li.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(li.positionAt(4), { line: 1, character: 0 });
    assert.deepEqual(li.positionAt(7), { line: 2, character: 0 });
    assert.deepEqual(li.positionAt(text.length), { line: 4, character: 2 });
    assert.equal(li.offsetAt({ line: 1, character: 99 }), 6, 'a character past the end stops before the line break');
    assert.equal(li.offsetAt({ line: 9, character: 0 }), text.length);
    assert.equal(li.lineEnd(0), 2);
    assert.equal(li.lineEnd(1), 6);
  });

  it('after an edit, is the index of the new text (edited reads only the edited region)', () => {
    const r = rng(2026);
    for (let k = 0; k < 3000; k++) {
      const before = randomText(r, 1 + Math.floor(r() * 30));
      const a = Math.floor(r() * (before.length + 1));
      const b = a + Math.floor(r() * (before.length - a + 1));
      const inserted = r() < 0.3 ? '' : randomText(r, 1 + Math.floor(r() * 4));
      const after = before.slice(0, a) + inserted + before.slice(b);
      const edited = LineIndex.edited(new LineIndex(before), after, a, before.length - b);
      const fresh = new LineIndex(after);
      const what = JSON.stringify({ before, a, b, inserted });
      assert.deepEqual(starts(edited), starts(fresh), what);
      assert.equal(edited.lineCount, fresh.lineCount, what);
      for (let o = 0; o <= after.length; o++) assert.deepEqual(edited.positionAt(o), fresh.positionAt(o), `${what} at ${o}`);
    }
  });

  it('edits one after another stay the index of the text', () => {
    const r = rng(11);
    let text = randomText(r, 60);
    let li = new LineIndex(text);
    for (let k = 0; k < 500; k++) {
      const a = Math.floor(r() * (text.length + 1));
      const b = Math.min(text.length, a + Math.floor(r() * 5));
      const inserted = r() < 0.4 ? '' : randomText(r, 1 + Math.floor(r() * 3));
      const next = text.slice(0, a) + inserted + text.slice(b);
      li = LineIndex.edited(li, next, a, text.length - b);
      text = next;
      assert.deepEqual(starts(li), expected(text), `edit ${k}`);
    }
  });
});
