/**
 * The safe phrase-pattern syntax used by built-in phrase data and by teams' own phrases.
 * It cannot express anything that needs backtracking, so matching is linear in the text:
 *
 *   快递            literal text (matched after folding: width, case, traditional → simplified)
 *   (丢|压坏|弄丢)   one of several literal alternatives; `(a|)` may also be empty
 *   (公司|员)?       an optional group
 *   …   or  …{12}   a gap of 0–8 (or 0–N, N ≤ 20) characters inside the same clause
 *   \(  \|  \…      a literal special character
 *
 * A pattern compiles to segments. One required segment becomes the anchor whose literals go into
 * the shared Aho-Corasick automaton; the rest is verified around each anchor hit with position
 * sets, which is bounded by the clause.
 */
import { isClauseEnd, isPhraseEnd, spansPhraseEnd } from '../text/context';
import { segmentRarity } from './rarity';

export type Segment =
  | { kind: 'alt'; alts: string[]; optional: boolean }
  | { kind: 'gap'; max: number };

export interface CompiledPattern {
  source: string;
  segments: Segment[];
  /** Index of the anchor segment (an `alt` segment that is not optional and has no empty alternative). */
  anchor: number;
}

export class PatternError extends Error {}

/** Limits for teams' own phrases (config); built-in phrase data is reviewed code and gets more room. */
export const PATTERN_LIMITS = { maxLength: 200, maxGroups: 12, maxAlternatives: 64, maxGap: 20 };
export const BUILTIN_LIMITS = { maxLength: 4000, maxGroups: 32, maxAlternatives: 512, maxGap: 20 };
type Limits = typeof PATTERN_LIMITS;
const DEFAULT_GAP = 8;

/** Parses a pattern; throws PatternError with a Chinese message on invalid input. */
export function compilePattern(source: string, limits: Limits = BUILTIN_LIMITS): CompiledPattern {
  if (source.length > limits.maxLength) throw new PatternError(`短语模式过长（最多 ${limits.maxLength} 个字符）`);
  const segments: Segment[] = [];
  let lit = '';
  let groups = 0;
  const flush = (): void => { if (lit) { segments.push({ kind: 'alt', alts: [lit], optional: false }); lit = ''; } };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { lit += source[i + 1] ?? ''; i++; continue; }
    if (c === '…') {
      flush();
      let max = DEFAULT_GAP;
      const m = /^\{(\d{1,2})\}/.exec(source.slice(i + 1));
      if (m) { max = Number(m[1]); i += m[0].length; }
      if (max > limits.maxGap) throw new PatternError(`间隔最多 ${limits.maxGap} 个字`);
      segments.push({ kind: 'gap', max });
      continue;
    }
    if (c === '(') {
      flush();
      if (++groups > limits.maxGroups) throw new PatternError(`分组过多（最多 ${limits.maxGroups} 个）`);
      const alts: string[] = [''];
      let j = i + 1;
      for (; j < source.length && source[j] !== ')'; j++) {
        const d = source[j];
        if (d === '\\') { alts[alts.length - 1] += source[j + 1] ?? ''; j++; } else if (d === '|') alts.push('');
        else if (d === '(' || d === '…') throw new PatternError('分组里不能再嵌套分组或间隔');
        else alts[alts.length - 1] += d;
      }
      if (j >= source.length) throw new PatternError(`缺少右括号：${source}`);
      if (alts.length > limits.maxAlternatives) throw new PatternError('分组里的候选项过多');
      i = j;
      const optional = source[i + 1] === '?';
      if (optional) i++;
      segments.push({ kind: 'alt', alts: alts.map(foldLiteral), optional: optional || alts.includes('') });
      continue;
    }
    if (c === ')' || c === '|') throw new PatternError(`“${c}” 只能出现在分组 (…|…) 里，字面量请写成 \\${c}`);
    lit += c;
  }
  flush();
  while (segments.length && segments[0].kind === 'gap') segments.shift();
  while (segments.length && segments[segments.length - 1].kind === 'gap') segments.pop();
  for (const s of segments) if (s.kind === 'alt' && s.alts.length === 1) s.alts[0] = foldLiteral(s.alts[0]);
  // the anchor is the rarest required segment (rarity.ts): each of its occurrences is verified
  let anchor = -1;
  let best = Infinity;
  segments.forEach((s, k) => {
    if (s.kind !== 'alt' || s.optional) return;
    const cost = segmentRarity(s.alts);
    if (cost < best) { best = cost; anchor = k; }
  });
  if (anchor < 0) throw new PatternError(`短语模式必须包含至少一段必需的文字：${source}`);
  return { source, segments, anchor };
}

/**
 * A compiled pattern as plain data, for patterns compiled at build time (builtin-data.ts): the
 * anchor's index and the segments, an alternative as its folded literals and whether it is
 * optional (1), a gap as its width.
 */
export type PatternData = [anchor: number, segments: ([alts: string[], optional: 0 | 1] | number)[]];

export function patternData(p: CompiledPattern): PatternData {
  return [p.anchor, p.segments.map((s) => (s.kind === 'gap' ? s.max : [s.alts, s.optional ? 1 : 0]))];
}

/** The pattern `patternData` gave for `source`, without parsing or folding it again. */
export function patternFromData(source: string, d: PatternData): CompiledPattern {
  const segs = d[1];
  const segments: Segment[] = new Array(segs.length);
  for (let k = 0; k < segs.length; k++) {
    const s = segs[k];
    segments[k] = typeof s === 'number' ? { kind: 'gap', max: s } : { kind: 'alt', alts: s[0], optional: s[1] === 1 };
  }
  return { source, segments, anchor: d[0] };
}

/** Literals are stored folded the same way as text (lower case, NFKC). */
function foldLiteral(s: string): string { return s.normalize('NFKC').toLowerCase(); }

interface Sides {
  right: Segment[];
  left: Segment[];
  /** Units the right side must start with (see edgeUnits). */
  rightFirst: Edge | undefined;
  /** Units the left side must end with. */
  leftLast: Edge | undefined;
  /** Whether each side has a gap (which may cross a comma). */
  rightGap: boolean;
  leftGap: boolean;
}

/** Segments after the anchor and, reversed, before it: computed once per compiled pattern. */
const SIDES = new WeakMap<CompiledPattern, Sides>();

/**
 * The units a successful walk over `segs` can consume first (first units going right, last units
 * going left): those of every segment up to and including the first required one. Undefined when
 * the walk may consume nothing or starts with a gap (no filter).
 */
function edgeUnits(segs: Segment[], last: boolean): Edge | undefined {
  const set = new Set<number>();
  for (let k = 0; k < segs.length; k++) {
    const seg = segs[k];
    if (seg.kind !== 'alt') return undefined;
    for (let j = 0; j < seg.alts.length; j++) { const a = seg.alts[j]; if (a) set.add(a.charCodeAt(last ? a.length - 1 : 0)); }
    if (!seg.optional) return edgeFrom(set);
  }
  return undefined;
}

function sidesOf(p: CompiledPattern): Sides {
  let s = SIDES.get(p);
  if (!s) {
    const right = p.segments.slice(p.anchor + 1);
    const left = p.segments.slice(0, p.anchor).reverse();
    const gap = (segs: Segment[]): boolean => segs.some((g) => g.kind === 'gap');
    s = { right, left, rightFirst: edgeUnits(right, false), leftLast: edgeUnits(left, true), rightGap: gap(right), leftGap: gap(left) };
    SIDES.set(p, s);
  }
  return s;
}

/** Extends an anchor hit [s, e) to a full match, or returns undefined. */
export function verifyAround(p: CompiledPattern, text: string, s: number, e: number): [number, number] | undefined {
  if (p.segments.length === 1) return [s, e]; // a bare literal (most phrases): the hit is the match
  return verifySides(sidesOf(p), text, s, e);
}

/** A compiled pattern with its verification data, for callers that verify it many times. */
export interface PreparedPattern {
  /** A bare literal: every anchor hit is a match as it stands. */
  single: boolean;
  verify(text: string, s: number, e: number): [number, number] | undefined;
  /**
   * 256-bit filters (bit `unit & 255`) of the units that may follow the anchor and precede it
   * (undefined: no such filter). A hit whose neighbour's bit is clear cannot match, so callers
   * with many hits test this before `verify`, which tests it again exactly.
   */
  rightBits: Uint32Array | undefined;
  leftBits: Uint32Array | undefined;
  /**
   * Whether every other required part of the phrase occurs somewhere in `text` (undefined: the
   * phrase has none worth testing). Remembered for the last text asked about, so a reply with
   * many hits of a common anchor (联系, 处理) tests it once per phrase, and a reply without the
   * phrase's other words fails every hit at once instead of walking around each.
   */
  mayMatch: ((text: string) => boolean) | undefined;
}

/** Required segments with at most this many alternatives are tested by mayMatch. */
const MAY_MATCH_MAX_ALTS = 16;

/**
 * What the text mayMatch last read holds, as two sets of bits: its units (1,024 bits, by a unit's
 * low ten bits) and its pairs of adjacent units (4,096 bits, by a hash of the pair). An
 * alternative whose first unit, first pair or last pair is not in them is not in the text,
 * without a search: most tests fail so, and a search of a short two-byte text costs more than
 * the sets' one pass over it.
 */
const unitMask = new Uint32Array(32);
const pairMask = new Uint32Array(128);
let maskText: string | undefined;

function pairHash(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ b) & 4095;
}

function maskFor(text: string): void {
  if (text === maskText) return;
  unitMask.fill(0);
  pairMask.fill(0);
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    unitMask[(c >> 5) & 31] |= 1 << (c & 31);
    if (prev >= 0) {
      const h = pairHash(prev, c);
      pairMask[h >> 5] |= 1 << (h & 31);
    }
    prev = c;
  }
  maskText = text;
}

/** Whether `alt` may be in the mask's text (false: it is not); its sketch is from sketchOf. */
function mayHold(sketch: Int32Array, j: number): boolean {
  const u = sketch[3 * j];
  if (u < 0) return true;
  if ((unitMask[(u >> 5) & 31] & (1 << (u & 31))) === 0) return false;
  const p = sketch[3 * j + 1];
  if (p >= 0 && (pairMask[p >> 5] & (1 << (p & 31))) === 0) return false;
  const q = sketch[3 * j + 2];
  return q < 0 || (pairMask[q >> 5] & (1 << (q & 31))) !== 0;
}

/**
 * Per alternative, three numbers for mayHold: its first unit (-1: the empty alternative, in every
 * text), the hash of its first pair and of its last pair (-1: one unit long).
 */
function sketchOf(alts: readonly string[]): Int32Array {
  const out = new Int32Array(alts.length * 3).fill(-1);
  alts.forEach((a, j) => {
    if (!a) return;
    out[3 * j] = a.charCodeAt(0);
    if (a.length < 2) return;
    out[3 * j + 1] = pairHash(a.charCodeAt(0), a.charCodeAt(1));
    out[3 * j + 2] = pairHash(a.charCodeAt(a.length - 2), a.charCodeAt(a.length - 1));
  });
  return out;
}

function mayMatchOf(p: CompiledPattern): ((text: string) => boolean) | undefined {
  const parts: string[][] = [];
  p.segments.forEach((seg, k) => {
    if (k === p.anchor || seg.kind !== 'alt' || seg.optional || seg.alts.length > MAY_MATCH_MAX_ALTS) return;
    parts.push(seg.alts);
  });
  if (!parts.length) return undefined;
  const sketches = parts.map(sketchOf);
  let last: string | undefined;
  let lastOk = true;
  return (text) => {
    if (text === last) return lastOk;
    last = text;
    lastOk = true;
    maskFor(text);
    // indexed loops (here and in walk): a for-of loop makes an iterator and a result object per
    // step until V8 optimises the function, which a cold start's first lint runs without
    for (let k = 0; k < parts.length; k++) {
      const alts = parts[k];
      const sketch = sketches[k];
      let found = false;
      for (let j = 0; j < alts.length; j++) if (mayHold(sketch, j) && text.includes(alts[j])) { found = true; break; }
      if (!found) { lastOk = false; break; }
    }
    return lastOk;
  };
}

export function preparePattern(p: CompiledPattern): PreparedPattern {
  if (p.segments.length === 1) return { single: true, verify: (_text, s, e) => [s, e], rightBits: undefined, leftBits: undefined, mayMatch: undefined };
  const sides = sidesOf(p);
  return { single: false, verify: (text, s, e) => verifySides(sides, text, s, e), rightBits: sides.rightFirst?.bits, leftBits: sides.leftLast?.bits, mayMatch: mayMatchOf(p) };
}

function verifySides(sd: Sides, text: string, s: number, e: number): [number, number] | undefined {
  // most anchor hits fail at the unit right next to them: one set look-up decides
  // (at the text's end there is no unit: tested before reading one, as a read past the end made
  // V8 drop the optimised code of the functions that did it and compile them again)
  if (sd.rightFirst && (e >= text.length || !edgeHas(sd.rightFirst, text.charCodeAt(e)))) return undefined;
  if (sd.leftLast && (s === 0 || !edgeHas(sd.leftLast, text.charCodeAt(s - 1)))) return undefined;
  let right = sd.right.length ? walk(sd.right, text, e, +1) : e;
  if (right === undefined) return undefined;
  let left = sd.left.length ? walk(sd.left, text, s, -1) : s;
  if (left === undefined) return undefined;
  // A gap may cross a comma (stopping it there lost matches), but where the phrase also matches
  // within the comma, the underline stays there: 需要您…(提供|预约)(一下)? in 需要您预约一下哦，提供
  // ends at 预约一下, not at the 提供 after the comma. The second walk runs only for a match whose
  // side spans a comma, a few per thousand hits.
  if (sd.rightGap && spansPhraseEnd(text, e, right)) right = withinPhrase(sd.right, text, e, +1) ?? right;
  if (sd.leftGap && spansPhraseEnd(text, left, s)) left = withinPhrase(sd.left, text, s, -1) ?? left;
  return [left, right];
}

/** While set, a gap stops at the end of a phrase too (a comma), not only of a clause. */
let phraseGaps = false;

function withinPhrase(segs: Segment[], text: string, pos: number, dir: 1 | -1): number | undefined {
  phraseGaps = true;
  try {
    return walk(segs, text, pos, dir);
  } finally {
    phraseGaps = false;
  }
}

/**
 * The units the alternatives of a segment can start with (going right) or end with (going left):
 * a 256-bit filter of them (bit `unit & 255`), which rules out most positions with one array
 * read, and the set itself for the positions that pass it.
 */
interface Edge { bits: Uint32Array; units: Set<number> }

/** Per alternative segment: its first and last units. */
const EDGES = new WeakMap<Segment, { first: Edge; last: Edge }>();

function edgeFrom(units: Set<number>): Edge {
  const bits = new Uint32Array(8);
  for (const u of units) bits[(u >> 5) & 7] |= 1 << (u & 31);
  return { bits, units };
}

/** The units an alternative of `seg` can start with (going right) or end with (going left). */
function edgeOf(seg: Segment & { kind: 'alt' }, dir: 1 | -1 = 1): Edge {
  let e = EDGES.get(seg);
  if (!e) {
    const alts = seg.alts.filter(Boolean);
    e = { first: edgeFrom(new Set(alts.map((a) => a.charCodeAt(0)))), last: edgeFrom(new Set(alts.map((a) => a.charCodeAt(a.length - 1)))) };
    EDGES.set(seg, e);
  }
  return dir > 0 ? e.first : e.last;
}

/**
 * Whether unit `c` may be in a 256-bit filter (bit `c mod 256`): false means it is not in the
 * set the filter was made from; true that it may be (units 256 apart share a bit).
 */
export function bitHas(bits: Uint32Array, c: number): boolean {
  return (bits[(c >> 5) & 7] & (1 << (c & 31))) !== 0;
}

/** Whether an alternative can start (or end) with unit `c`. */
function edgeHas(edge: Edge, c: number): boolean {
  return bitHas(edge.bits, c) && edge.units.has(c);
}

/**
 * Position sets without duplicates in O(1) per insertion: a stamp per text position, bumped for
 * every new set. (A linear look-up made each step quadratic in the set: a team phrase with many
 * gaps, `a…{20}a…{20}…`, took seconds on a few hundred characters.) The sets themselves live in
 * two buffers that walk() swaps between steps: a fresh array per step was 6 % of what a lint
 * allocates. A set holds distinct positions of the text, so at most its length + 1.
 */
let stamps = new Int32Array(1024);
const sets = [new Int32Array(64), new Int32Array(64)];
/** The set being filled: sets[fill], `filled` positions so far. */
let fill = 0;
let filled = 0;

/**
 * Work done by walk() (positions tried), reset by the matcher for every scan: a scan stops
 * verifying once it passes its budget, so no set of phrases can make one reply take long.
 */
export const work = { steps: 0 };
let epoch = 0;

/** Starts an empty set in sets[k] for positions of a text of this length. */
function newSet(k: number, textLength: number): void {
  if (stamps.length <= textLength) stamps = new Int32Array(Math.max(textLength + 1, stamps.length * 2));
  if (sets[k].length <= textLength) sets[k] = new Int32Array(Math.max(textLength + 1, sets[k].length * 2));
  if (++epoch >= 0x3fffffff) { stamps.fill(0); epoch = 1; }
  fill = k;
  filled = 0;
}

/** Adds x to the set started by the last newSet() unless it is there already. */
function addPos(x: number): void {
  if (stamps[x] === epoch) return;
  stamps[x] = epoch;
  sets[fill][filled++] = x;
}

/**
 * Walks segments from `pos` in direction `dir`; returns the farthest end reached, if any, so that
 * optional groups are taken when present. Patterns never end in a gap, so this stays tight.
 */
function walk(segs: Segment[], text: string, pos: number, dir: 1 | -1): number | undefined {
  // While the reachable positions are one position, walk without sets (most anchor hits fail
  // at the first neighbouring segment); switch to position sets at the first branch or gap.
  let i = 0;
  let one = pos;
  for (; i < segs.length; i++) {
    const seg = segs[i];
    if (seg.kind === 'gap') break;
    let found = -1;
    let count = 0;
    const alts = seg.alts;
    for (let j = 0; j < alts.length; j++) {
      const a = alts[j];
      if (!a) continue;
      if (dir > 0 ? text.startsWith(a, one) : one - a.length >= 0 && text.startsWith(a, one - a.length)) {
        const to = one + dir * a.length;
        if (count === 0) { found = to; count = 1; } else if (to !== found) { count = 2; break; }
      }
    }
    if (count === 0) {
      if (seg.optional) continue;
      return undefined;
    }
    if (count === 1 && !seg.optional) { one = found; continue; }
    break;
  }
  if (i === segs.length) return one;
  newSet(0, text.length);
  addPos(one);
  for (; i < segs.length; i++) {
    const seg = segs[i];
    const cur = fill;
    const size = filled;
    newSet(1 - cur, text.length);
    const set = sets[cur];
    work.steps += size * (seg.kind === 'gap' ? seg.max + 1 : seg.alts.length);
    // the segment's first (or last) units, looked up once per segment, not once per position
    const edge = seg.kind === 'alt' ? edgeOf(seg, dir) : undefined;
    for (let j = 0; j < size; j++) {
      const at = set[j];
      if (seg.kind === 'gap') {
        addPos(at);
        for (let k = 1; k <= seg.max; k++) {
          const idx = dir > 0 ? at + k - 1 : at - k;
          if (idx < 0 || idx >= text.length) break;
          const c = text.charCodeAt(idx);
          if (isClauseEnd(c) || (phraseGaps && isPhraseEnd(c))) break;
          addPos(dir > 0 ? at + k : at - k);
        }
      } else {
        if (seg.optional) addPos(at);
        // no alternative can match here (or no unit is left: the text's end or start)
        if (dir > 0 ? at >= text.length : at === 0) continue;
        if (!edgeHas(edge!, text.charCodeAt(dir > 0 ? at : at - 1))) continue;
        const alts = seg.alts;
        for (let q = 0; q < alts.length; q++) {
          const a = alts[q];
          if (!a) continue;
          if (dir > 0 ? text.startsWith(a, at) : at - a.length >= 0 && text.startsWith(a, at - a.length)) {
            addPos(at + dir * a.length);
          }
        }
      }
    }
    if (filled === 0) return undefined;
  }
  const set = sets[fill];
  let bestPos = set[0];
  for (let j = 1; j < filled; j++) if (dir > 0 ? set[j] > bestPos : set[j] < bestPos) bestPos = set[j];
  return bestPos;
}
