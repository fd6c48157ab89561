/**
 * Folds agent text before matching, keeping for every folded unit the index of the original
 * unit it came from: NFKC (full-width → half-width), lower case, zero-width and bidi controls
 * dropped, NBSP as space, traditional → simplified (OpenCC's table, see scripts/gen-t2s.cjs).
 */
import t2sData from '../data/t2s.json';

const T2S = new Map<number, number>();
for (let i = 0; i < t2sData.from.length; i++) T2S.set(t2sData.from.charCodeAt(i), t2sData.to.charCodeAt(i));

export interface Folded {
  text: string;
  /** folded index → index of the first original unit it came from */
  toOrig: Int32Array;
  /** folded index → index just past the original units it came from */
  toOrigEnd: Int32Array;
}

function dropped(cp: number): boolean {
  return (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x2064)
    || (cp >= 0x2066 && cp <= 0x2069) || cp === 0xfeff || cp === 0x00ad || cp === 0x180e;
}

/** Folds `text`; the result maps back to `text` indices. */
export function fold(text: string): Folded {
  const out: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    if (!dropped(cp)) {
      if (cp < 0x80) {
        out.push(cp >= 65 && cp <= 90 ? cp + 32 : cp); from.push(i); to.push(i + w);
      } else if (cp >= 0x4e00 && cp <= 0x9fff) {
        out.push(T2S.get(cp) ?? cp); from.push(i); to.push(i + w);
      } else if (cp === 0xa0 || cp === 0x3000) {
        out.push(32); from.push(i); to.push(i + w);
      } else {
        const n = String.fromCodePoint(cp).normalize('NFKC').toLowerCase();
        for (let k = 0; k < n.length; k++) {
          const c = n.charCodeAt(k);
          out.push(T2S.get(c) ?? c); from.push(i); to.push(i + w);
        }
      }
    }
    i += w;
  }
  let s = '';
  for (let k = 0; k < out.length; k += 8192) s += String.fromCharCode(...out.slice(k, k + 8192));
  return { text: s, toOrig: Int32Array.from(from), toOrigEnd: Int32Array.from(to) };
}

/** Original range of folded units [a, b). */
export function origRange(f: Folded, a: number, b: number): [number, number] {
  if (f.text.length === 0) return [0, 0];
  const s = f.toOrig[Math.min(a, f.text.length - 1)];
  const e = b > a ? f.toOrigEnd[Math.min(b, f.text.length) - 1] : s;
  return [s, e];
}
