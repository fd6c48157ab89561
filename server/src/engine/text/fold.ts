/**
 * Folds agent text before matching, keeping for every folded unit the index of the original
 * unit it came from: NFKC (full-width → half-width), lower case, zero-width and bidi controls
 * dropped, NBSP as space, traditional → simplified (OpenCC's table, see scripts/gen-t2s.cjs),
 * number forms to digits (①⑴⒈❶⁹, 壹 and 一三八… inside number runs), styled Latin (𝐯𝐱 Ⓥ 🅥) to plain
 * letters. Noise between a term's characters (微@信) is skipped later, per term (match/noise.ts).
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

/**
 * Per BMP unit, what folding makes of it, computed once: FOLD_SINGLE + code for one unit,
 * FOLD_DROP, FOLD_MULTI (several units, kept in MULTI), 0 = not computed yet. Surrogates are
 * always read as code points and never cached.
 */
const FOLD_DROP = -1;
const FOLD_MULTI = -2;
const FOLD_SINGLE = 1;
const TABLE = new Int32Array(0x10000);
const MULTI = new Map<number, string>();

/**
 * Number forms and styled letters that NFKC leaves alone (dingbat circled digits ❶➀➊⓫⓵⓿, negative
 * circled / squared letters 🅐🅰, regional indicators): the digit or plain letter they show.
 */
function styledForm(cp: number): string | undefined {
  if (cp >= 0x2776 && cp <= 0x2793) return String((cp - 0x2776) % 10 + 1);
  if (cp >= 0x24eb && cp <= 0x24f4) return String(cp - 0x24eb + 11);
  if (cp >= 0x24f5 && cp <= 0x24fe) return String(cp - 0x24f5 + 1);
  if (cp === 0x24ff) return '0';
  if (cp >= 0x1f150 && cp <= 0x1f169) return String.fromCharCode(97 + cp - 0x1f150);
  if (cp >= 0x1f170 && cp <= 0x1f189) return String.fromCharCode(97 + cp - 0x1f170);
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return String.fromCharCode(97 + cp - 0x1f1e6);
  return undefined;
}

/** NFKC's parenthesised and dotted forms (⑴ → "(1)", ⒈ → "1.", ㈤ → "(五)", ⒱ → "(v)"): the bare digit or letter. */
const WRAPPED = /^\(([0-9a-z]+|[一二三四五六七八九十])\)$|^([0-9]+)\.$/;

function foldUnitSlow(cp: number): string {
  if (dropped(cp)) return '';
  if (cp < 0x80) return String.fromCharCode(cp >= 65 && cp <= 90 ? cp + 32 : cp);
  if (cp >= 0x4e00 && cp <= 0x9fff) return String.fromCharCode(T2S.get(cp) ?? cp);
  if (cp === 0xa0 || cp === 0x3000) return ' ';
  const styled = styledForm(cp);
  if (styled !== undefined) return styled;
  let n = String.fromCodePoint(cp).normalize('NFKC').toLowerCase();
  const w = n.length > 1 ? WRAPPED.exec(n) : null;
  if (w) n = w[1] ?? w[2];
  let out = '';
  for (let k = 0; k < n.length; k++) { const c = n.charCodeAt(k); out += String.fromCharCode(T2S.get(c) ?? c); }
  return out;
}

function tableEntry(c: number): number {
  let t = TABLE[c];
  if (t !== 0) return t;
  const f = foldUnitSlow(c);
  if (f.length === 0) t = FOLD_DROP;
  else if (f.length === 1) t = FOLD_SINGLE + f.charCodeAt(0);
  else { t = FOLD_MULTI; MULTI.set(c, f); }
  TABLE[c] = t;
  return t;
}

/**
 * Chinese digits (一…九, 〇/零, 幺, 两, 壹…玖) → ASCII digit + 1 (0 = not a digit). They become digits only
 * inside a number run: at least NUM_RUN digits (Chinese or ASCII), apart by at most one space or dash,
 * so 一三八 一二三四 五六七八 is a phone number while 一两天 and 第一时间 keep their characters.
 */
const CJK_DIGIT = new Uint8Array(0x10000);
[...'〇零一二三四五六七八九'].forEach((c, k) => { CJK_DIGIT[c.charCodeAt(0)] = (k === 0 ? 0 : k - 1) + 1; });
[...'壹贰叁肆伍陆柒捌玖'].forEach((c, k) => { CJK_DIGIT[c.charCodeAt(0)] = k + 2; });
CJK_DIGIT['幺'.charCodeAt(0)] = 2;
CJK_DIGIT['两'.charCodeAt(0)] = 3;
const NUM_RUN = 5;

function isDigitUnit(u: number): boolean { return (u >= 48 && u <= 57) || CJK_DIGIT[u] !== 0; }

/** Rewrites Chinese digits inside number runs of units[0, n) in place; true when something changed. */
function foldNumberRuns(n: number): boolean {
  let changed = false;
  for (let i = 0; i < n;) {
    if (!isDigitUnit(units[i])) { i++; continue; }
    let count = 0;
    let cjk = false;
    let j = i;
    let end = i;
    while (j < n) {
      const u = units[j];
      if (isDigitUnit(u)) { count++; if (u > 0x7f) cjk = true; end = ++j; continue; }
      if ((u === 32 || u === 45) && j + 1 < n && isDigitUnit(units[j + 1])) { j++; continue; }
      break;
    }
    if (cjk && count >= NUM_RUN) {
      for (let k = i; k < end; k++) { const d = CJK_DIGIT[units[k]]; if (units[k] > 0x7f && d !== 0) { units[k] = 47 + d; changed = true; } }
    }
    i = Math.max(end, i + 1);
  }
  return changed;
}

// scratch buffers, reused by every call (folding is synchronous)
let units = new Uint16Array(1024);
let fromBuf = new Int32Array(1024);
let toBuf = new Int32Array(1024);
/** IDENT[i] === i: the maps of a fold that kept every unit in place are views of it. */
let IDENT = new Int32Array(0);

function ensure(n: number): void {
  if (units.length >= n) return;
  let size = units.length;
  while (size < n) size *= 2;
  const u = new Uint16Array(size); u.set(units); units = u;
  const f = new Int32Array(size); f.set(fromBuf); fromBuf = f;
  const t = new Int32Array(size); t.set(toBuf); toBuf = t;
}

function identity(n: number): Int32Array {
  if (IDENT.length < n + 1) {
    let size = Math.max(1024, IDENT.length);
    while (size < n + 1) size *= 2;
    IDENT = new Int32Array(size);
    for (let i = 0; i < size; i++) IDENT[i] = i;
  }
  return IDENT;
}

function unitsToString(n: number): string {
  if (n <= 8192) return String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]);
  let s = '';
  for (let k = 0; k < n; k += 8192) s += String.fromCharCode.apply(null, units.subarray(k, Math.min(n, k + 8192)) as unknown as number[]);
  return s;
}

/** Folds `text`; the result maps back to `text` indices. */
export function fold(text: string): Folded {
  const len = text.length;
  ensure(len + 16);
  let n = 0;
  /** every folded unit is the original unit at the same index */
  let inPlace = true;
  /** and has the same code */
  let same = true;
  /** a Chinese digit was seen: look for number runs afterwards */
  let sawCjkDigit = false;
  for (let i = 0; i < len;) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      // a surrogate: read the code point as the reference does (astral or lone)
      const cp = text.codePointAt(i)!;
      const w = cp > 0xffff ? 2 : 1;
      const f = foldUnitSlow(cp);
      if (f.length !== w || w === 2) inPlace = false;
      ensure(n + f.length + 16);
      for (let k = 0; k < f.length; k++) {
        const u = f.charCodeAt(k);
        if (u !== text.charCodeAt(i + k)) same = false;
        units[n] = u; fromBuf[n] = i; toBuf[n] = i + w; n++;
      }
      if (f.length !== w) same = false;
      i += w;
      continue;
    }
    const t = TABLE[c] || tableEntry(c);
    if (t > 0) {
      const u = t - FOLD_SINGLE;
      if (u !== c) same = false;
      if (u >= 0x3007 && CJK_DIGIT[u] !== 0) sawCjkDigit = true;
      units[n] = u; fromBuf[n] = i; toBuf[n] = i + 1; n++;
    } else if (t === FOLD_DROP) {
      inPlace = false; same = false;
    } else {
      const f = MULTI.get(c)!;
      inPlace = false; same = false;
      ensure(n + f.length + 16);
      for (let k = 0; k < f.length; k++) { units[n] = f.charCodeAt(k); fromBuf[n] = i; toBuf[n] = i + 1; n++; }
    }
    i++;
  }
  if (sawCjkDigit && foldNumberRuns(n)) same = false;
  if (inPlace && n === len) {
    const id = identity(n);
    return { text: same ? text : unitsToString(n), toOrig: id.subarray(0, n), toOrigEnd: id.subarray(1, n + 1) };
  }
  return { text: unitsToString(n), toOrig: fromBuf.slice(0, n), toOrigEnd: toBuf.slice(0, n) };
}

/** Original range of folded units [a, b). */
export function origRange(f: Folded, a: number, b: number): [number, number] {
  if (f.text.length === 0) return [0, 0];
  const s = f.toOrig[Math.min(a, f.text.length - 1)];
  const e = b > a ? f.toOrigEnd[Math.min(b, f.text.length) - 1] : s;
  return [s, e];
}
