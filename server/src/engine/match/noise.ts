/**
 * The "dense" view of folded text for terms people disguise (`noise: true` on a trigger): noise
 * (spaces, punctuation, symbols, emoji) between two characters that stand side by side in such a
 * term is dropped, so 微@信, 退 款, 加-v and 微❤信 read 微信, 退款, 加v, 微信; runs of one character collapse
 * (微微信信 → 微信) where a term's data allows it (`repeats: true`). Every dense unit keeps the
 * folded range it stands for, so a hit maps back to the original characters plus what was inserted.
 *
 * Lazy: the view exists only when something was dropped or collapsed; otherwise there is nothing a
 * plain scan has not seen already, and the matcher skips the second scan.
 */

import type { Segment } from './pattern';

export interface DenseView {
  text: string;
  /** dense index → first folded index it stands for */
  from: Int32Array;
  /** dense index → folded index just past what it stands for */
  to: Int32Array;
}

/** Longest noise run (UTF-16 units) skipped between two term characters. */
export const MAX_NOISE_RUN = 4;

/** Per BMP unit: 0 = not classified yet, 1 = noise, 2 = not noise. */
const NOISE = new Uint8Array(0x10000);
const NOISE_RE = /[\p{P}\p{S}\p{Zs}\t\u4e36\ufe0f\u20e3]/u;

function noiseUnit(c: number): boolean {
  let t = NOISE[c];
  if (t === 0) {
    // line breaks separate messages; surrogates are judged as pairs by the caller
    t = c === 10 || c === 13 || (c >= 0xd800 && c <= 0xdfff) ? 2 : NOISE_RE.test(String.fromCharCode(c)) ? 1 : 2;
    NOISE[c] = t;
  }
  return t === 1;
}

/** Width of the noise at text[i] (1, 2 for an emoji or pictograph outside the BMP), or 0. */
export function noiseAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd83c && c <= 0xd83e) {
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff ? 2 : 0; // U+1F000–U+1FBFF: emoji, pictographs, enclosed symbols
  }
  return noiseUnit(c) ? 1 : 0;
}

// scratch buffers (scanning is synchronous)
let dUnits = new Uint16Array(256);
let dFrom = new Int32Array(256);
let dTo = new Int32Array(256);

function ensure(n: number): void {
  if (dUnits.length >= n) return;
  let size = dUnits.length;
  while (size < n) size *= 2;
  dUnits = new Uint16Array(size); dFrom = new Int32Array(size); dTo = new Int32Array(size);
}

export interface NoiseData { empty: boolean; pairs: number[]; rep: number[] }

export class NoiseIndex {
  /**
   * Pairs of units (left << 16 | right) that stand next to each other in a noise-skipping term: inside
   * a literal, or across two adjacent segments of its pattern (好评|返现). Noise is dropped only between
   * such a pair, so it never joins two units no term puts side by side.
   */
  private readonly pairs = new Set<number>();
  /** Units that may repeat (literals of `repeats: true` terms without a doubled character). */
  private readonly rep = new Uint8Array(0x10000);
  empty = true;

  /** As plain numbers: the pairs and the units that may repeat (see `fromData`). */
  data(): NoiseData {
    const rep: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (this.rep[c]) rep.push(c);
    return { empty: this.empty, pairs: [...this.pairs].sort((a, b) => a - b), rep };
  }

  static fromData(d: NoiseData): NoiseIndex {
    const n = new NoiseIndex();
    for (const p of d.pairs) n.pairs.add(p);
    for (const c of d.rep) n.rep[c] = 1;
    n.empty = d.empty;
    return n;
  }

  /** Registers the segments of a noise-skipping pattern. */
  addPattern(segments: Segment[], repeats: boolean): void {
    for (let i = 0; i < segments.length; i++) {
      const seg = segments[i];
      if (seg.kind !== 'alt') continue;
      for (const a of seg.alts) this.add(a, repeats);
      // the next alt segments this one can stand beside (optional ones and gaps may be empty)
      for (let j = i + 1; j < segments.length; j++) {
        const next = segments[j];
        if (next.kind !== 'alt') continue;
        for (const a of seg.alts) for (const b of next.alts) if (a && b) this.pairs.add((a.charCodeAt(a.length - 1) << 16) | b.charCodeAt(0));
        if (!next.optional) break;
      }
    }
  }

  add(literal: string, repeats: boolean): void {
    // a literal with a doubled character (扣扣, 绿泡泡) never lends its characters to collapsing
    let doubled = false;
    for (let i = 1; i < literal.length; i++) if (literal.charCodeAt(i) === literal.charCodeAt(i - 1)) doubled = true;
    for (let i = 0; i < literal.length; i++) {
      const c = literal.charCodeAt(i);
      if (i > 0) this.pairs.add((literal.charCodeAt(i - 1) << 16) | c);
      if (repeats && !doubled) this.rep[c] = 1;
    }
    this.empty = false;
  }

  /**
   * Whether the dense view of `text` differs from it: the loop of `dense` without writing its
   * buffers. Until the first change the view is the text itself (its last unit so far is the
   * text's previous unit and ends where the current one starts), so the tests read the text.
   * Most replies hold no disguised term: one read-only pass, no view.
   */
  private changes(text: string): boolean {
    const { pairs, rep } = this;
    const len = text.length;
    for (let i = 0; i < len;) {
      const w = noiseAt(text, i);
      if (w > 0) {
        let j = i + w;
        while (j < len) { const x = noiseAt(text, j); if (x === 0) break; j += x; }
        if (i > 0 && j < len && j - i <= MAX_NOISE_RUN && pairs.has((text.charCodeAt(i - 1) << 16) | text.charCodeAt(j))) return true;
        i = j;
        continue;
      }
      const c = text.charCodeAt(i);
      if (i > 0 && rep[c] === 1 && text.charCodeAt(i - 1) === c) return true;
      i++;
    }
    return false;
  }

  /** The dense view of folded `text`, or undefined when nothing is dropped or collapsed. */
  dense(text: string): DenseView | undefined {
    if (!this.changes(text)) return undefined;
    const { pairs, rep } = this;
    const len = text.length;
    ensure(len + 1);
    let n = 0;
    let changed = false;
    for (let i = 0; i < len;) {
      const w = noiseAt(text, i);
      if (w > 0) {
        // a noise run: dropped when it is short and stands between two term characters
        let j = i + w;
        while (j < len) { const x = noiseAt(text, j); if (x === 0) break; j += x; }
        const drop = n > 0 && j < len && j - i <= MAX_NOISE_RUN && dTo[n - 1] === i
          && pairs.has((dUnits[n - 1] << 16) | text.charCodeAt(j));
        if (drop) { changed = true; i = j; continue; }
        for (let k = i; k < j; k++) { dUnits[n] = text.charCodeAt(k); dFrom[n] = k; dTo[n] = k + 1; n++; }
        i = j;
        continue;
      }
      const c = text.charCodeAt(i);
      if (n > 0 && rep[c] === 1 && dUnits[n - 1] === c) { dTo[n - 1] = i + 1; changed = true; i++; continue; }
      dUnits[n] = c; dFrom[n] = i; dTo[n] = i + 1; n++;
      i++;
    }
    if (!changed) return undefined;
    let s = '';
    for (let k = 0; k < n; k += 8192) s += String.fromCharCode.apply(null, dUnits.subarray(k, Math.min(n, k + 8192)) as unknown as number[]);
    return { text: s, from: dFrom.slice(0, n), to: dTo.slice(0, n) };
  }
}

function alnum(c: number): boolean { return (c >= 48 && c <= 57) || (c >= 97 && c <= 122); }

let segmenter: Intl.Segmenter | undefined;

/**
 * Judges a hit [a, b) of the dense view that skipped noise. Rejected when a Latin or digit edge
 * runs on into more letters (tv x → tvx ∌ vx), and when the hit is glued to a longer word on both
 * sides: then the noise separated two words and did not disguise one (稍微，信息 ∌ 微信).
 */
export function noisyHitOk(dense: string, a: number, b: number): boolean {
  if (alnum(dense.charCodeAt(a)) && a > 0 && alnum(dense.charCodeAt(a - 1))) return false;
  if (alnum(dense.charCodeAt(b - 1)) && b < dense.length && alnum(dense.charCodeAt(b))) return false;
  if (a === 0 || b === dense.length) return true;
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const ws = Math.max(0, a - 6);
  const we = Math.min(dense.length, b + 6);
  const bounds = new Set<number>();
  for (const seg of segmenter.segment(dense.slice(ws, we))) bounds.add(ws + seg.index);
  return bounds.has(a) || bounds.has(b);
}
