/**
 * Shared text knowledge applied to folded agent text: clause limits, quoted customer speech,
 * negation windows and word boundaries (Intl.Segmenter on a small window only: segmenting
 * whole replies costs more than all the matching; see research/tech-notes.md).
 */

/** Characters that end a clause: matching gaps and negation windows never cross them. */
export const CLAUSE_END = /[。!?;~\n.…]/;
const CLAUSE_END_CODES = new Set([...'。!?;~\n…'].map((c) => c.charCodeAt(0)));
/** Softer boundaries: a negation does not reach across a comma. */
const PHRASE_END_CODES = new Set([...',、:'].map((c) => c.charCodeAt(0)));

export function isClauseEnd(code: number): boolean { return CLAUSE_END_CODES.has(code); }
/** A comma, enumeration comma or colon (folded text): the end of a phrase within a clause. */
export function isPhraseEnd(code: number): boolean { return PHRASE_END_CODES.has(code); }
/** Whether text[from, to) holds the end of a phrase (isPhraseEnd). */
export function spansPhraseEnd(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (PHRASE_END_CODES.has(text.charCodeAt(k))) return true;
  return false;
}

/**
 * True when any of the words occurs in `text`: the rules' word-list test (one function for all
 * of them). An empty text (most scripts have no customer line) contains none, without a pass
 * over the list.
 */
export function hasAny(text: string, words: readonly string[]): boolean {
  if (text.length === 0) return false;
  for (let k = 0; k < words.length; k++) if (text.includes(words[k])) return true;
  return false;
}

/** The units /\s/ matches, by code: hot loops test codes instead of one-unit strings, which allocate for CJK text. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** [start, end) of the clause that contains index i. */
export function clauseAt(text: string, i: number): [number, number] {
  let s = i;
  while (s > 0 && !CLAUSE_END_CODES.has(text.charCodeAt(s - 1))) s--;
  let e = i;
  while (e < text.length && !CLAUSE_END_CODES.has(text.charCodeAt(e))) e++;
  return [s, e];
}

const OPEN_CLOSE: Record<string, string> = { '“': '”', '「': '」', '『': '』', '"': '"', '‘': '’' };
const REPORTED = /(?<![帮给为替])(您说|您刚才说|您提到|您反映|顾客说|客户说|买家说|您问)/g;

/**
 * Spans of quoted speech: text inside “…” 「…」 "…" and what follows 您说/顾客说 … up to the end of
 * that clause. Agents quoting a customer must not be flagged for the customer's words.
 */
const MAY_QUOTE = /[“「『"‘说提反问]/;

export function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!MAY_QUOTE.test(text)) return spans;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // “ 「 『 " ‘ : a code test first, no one-character string per unit
    if (c !== 0x201c && c !== 0x300c && c !== 0x300e && c !== 0x22 && c !== 0x2018) continue;
    const close = OPEN_CLOSE[text[i]];
    if (!close) continue;
    const j = text.indexOf(close, i + 1);
    if (j < 0 || j - i > 120) continue;
    spans.push([i + 1, j]);
    i = j;
  }
  // an exec loop, not matchAll: no iterator for the many texts that have 说/问 but no reported speech
  REPORTED.lastIndex = 0;
  for (let m = REPORTED.exec(text); m !== null; m = REPORTED.exec(text)) {
    const s = m.index + m[0].length;
    let e = s;
    while (e < text.length && !CLAUSE_END_CODES.has(text.charCodeAt(e)) && text[e] !== ',') e++;
    // "您说的对/您说得对" agrees with the customer rather than quoting them
    const next = s < text.length ? text.charCodeAt(s) : -1;
    if (next === 0x7684 /* 的 */ || next === 0x5f97 /* 得 */) continue;
    spans.push([s, e]);
  }
  return spans;
}

export function inSpans(spans: [number, number][], a: number, b: number): boolean {
  // indexed, not `for (const [s, e] of spans)`: until V8 optimises it, that makes two iterators
  // and their result objects per span (a cold start's first lint runs it unoptimised)
  for (let k = 0; k < spans.length; k++) { const sp = spans[k]; if (a >= sp[0] && b <= sp[1]) return true; }
  return false;
}

const NEGATORS = ['不用', '不会', '无需', '不必', '不需要', '别', '不', '没有', '没', '无', '未', '非', '免'];

/**
 * True when the words just before `start` (same phrase, within `window` units) negate what
 * follows: 不用您补运费, 不是您的问题.
 */
export function negatedBefore(text: string, start: number, window = 4): boolean {
  let s = start;
  const min = Math.max(0, start - window);
  while (s > min && !CLAUSE_END_CODES.has(text.charCodeAt(s - 1)) && !PHRASE_END_CODES.has(text.charCodeAt(s - 1))) s--;
  const before = text.slice(s, start);
  return NEGATORS.some((n) => before.includes(n));
}

let segmenter: Intl.Segmenter | undefined;
const WINDOW = 6;

function isAsciiAlnum(c: number): boolean { return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90); }

/**
 * Whether a hit's edge unit `inner` (an ASCII letter or digit) and its neighbour `outer` have a
 * word boundary between them, where Unicode's word-break rules (which ICU follows) leave no
 * doubt: none between two ASCII letters or digits, always one against a CJK ideograph, white
 * space or 、。「」『』. Undefined otherwise (punctuation such as . ' , _ : can join words).
 */
function asciiEdge(inner: number, outer: number): boolean | undefined {
  if (!isAsciiAlnum(inner)) return undefined;
  if (isAsciiAlnum(outer)) return false;
  if ((outer >= 0x4e00 && outer <= 0x9fff) || isSpace(outer) || outer === 0x3001 || outer === 0x3002 || (outer >= 0x300c && outer <= 0x300f)) return true;
  return undefined;
}

/**
 * True when [a, b) starts and ends on word boundaries, judged in a ±6-unit window. The edges of
 * Latin terms (qq, vx) are judged without the segmenter where the rules are plain (asciiEdge);
 * making the segmenter costs about 10 ms, a twentieth of the language server's cold start, and
 * the first lint of a library rarely needs it for anything else.
 */
export function onWordBoundaries(text: string, a: number, b: number): boolean {
  const start = a === 0 ? true : asciiEdge(text.charCodeAt(a), text.charCodeAt(a - 1));
  if (start === false) return false;
  const end = b === text.length ? true : asciiEdge(text.charCodeAt(b - 1), text.charCodeAt(b));
  if (end === false) return false;
  if (start && end) return true;
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const ws = Math.max(0, a - WINDOW);
  const we = Math.min(text.length, b + WINDOW);
  // a unit starts a word when the segment containing it starts there: asked of the two edges alone,
  // without a segment object per word of the window (2-3 times faster than walking them all)
  const segments = segmenter.segment(text.slice(ws, we));
  if (a !== ws && segments.containing(a - ws)!.index !== a - ws) return false;
  return b === we || segments.containing(b - ws)!.index === b - ws;
}
