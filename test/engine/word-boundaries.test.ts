/**
 * onWordBoundaries answers the edges of Latin terms without the segmenter where Unicode's
 * word-break rules leave no doubt; everywhere it answers, it must agree with the segmenter.
 */
import * as assert from 'assert';
import { onWordBoundaries } from '../../server/src/engine/text/context';

/** The reference: the segmenter on the ±6-unit window, as onWordBoundaries always did before. */
const seg = new Intl.Segmenter('zh', { granularity: 'word' });
function reference(text: string, a: number, b: number): boolean {
  const ws = Math.max(0, a - 6);
  const we = Math.min(text.length, b + 6);
  const bounds = new Set<number>([we]);
  for (const s of seg.segment(text.slice(ws, we))) bounds.add(ws + s.index);
  return (a === ws || bounds.has(a)) && (b === we || bounds.has(b));
}

/** A small deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['q', 'Q', 'v', 'x', 'us', '1', '9', '微', '信', '加', '的', '擦', ' ', '\n', '。', '、', '「', '」', ',', '.', "'", '_', ':', '-', '@', '😀', 'é', 'а', 'ー', 'カ'];

describe('word boundaries', () => {
  it('agrees with the segmenter on 20,000 random terms in random text', () => {
    const r = rng(20261201);
    let fast = 0;
    for (let k = 0; k < 20000; k++) {
      let text = '';
      const n = 1 + Math.floor(r() * 14);
      for (let i = 0; i < n; i++) text += PIECES[Math.floor(r() * PIECES.length)];
      const a = Math.floor(r() * text.length);
      const b = a + 1 + Math.floor(r() * Math.min(4, text.length - a));
      if (b > text.length) continue;
      const want = reference(text, a, b);
      assert.strictEqual(onWordBoundaries(text, a, b), want, `${JSON.stringify(text)} [${a}, ${b})`);
      if (/^[0-9a-z]/i.test(text[a]) && /[0-9a-z]$/i.test(text[b - 1])) fast++;
    }
    assert.ok(fast > 2000, `only ${fast} Latin terms drawn`);
  });

  it('judges the usual cases of a Latin term', () => {
    assert.strictEqual(onWordBoundaries('加我qq好吗', 2, 4), true);
    assert.strictEqual(onWordBoundaries('加我 qq 好吗', 3, 5), true);
    assert.strictEqual(onWordBoundaries('status', 4, 6), false);
    assert.strictEqual(onWordBoundaries('qq2', 0, 2), false);
    assert.strictEqual(onWordBoundaries('qq', 0, 2), true);
  });
});
