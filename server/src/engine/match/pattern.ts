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
import { isClauseEnd } from '../text/context';

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
  let anchor = -1;
  let best = 0;
  segments.forEach((s, k) => {
    if (s.kind !== 'alt' || s.optional) return;
    const min = Math.min(...s.alts.map((a) => a.length));
    if (min > best) { best = min; anchor = k; }
  });
  if (anchor < 0) throw new PatternError(`短语模式必须包含至少一段必需的文字：${source}`);
  return { source, segments, anchor };
}

/** Literals are stored folded the same way as text (lower case, NFKC). */
function foldLiteral(s: string): string { return s.normalize('NFKC').toLowerCase(); }

/** Extends an anchor hit [s, e) to a full match, or returns undefined. */
export function verifyAround(p: CompiledPattern, text: string, s: number, e: number): [number, number] | undefined {
  const right = walk(p.segments.slice(p.anchor + 1), text, e, +1);
  if (right === undefined) return undefined;
  const left = walk(p.segments.slice(0, p.anchor).reverse(), text, s, -1);
  if (left === undefined) return undefined;
  return [left, right];
}

/**
 * Walks segments from `pos` in direction `dir`; returns the farthest end reached, if any, so that
 * optional groups are taken when present. Patterns never end in a gap, so this stays tight.
 */
function walk(segs: Segment[], text: string, pos: number, dir: 1 | -1): number | undefined {
  let set = new Set<number>([pos]);
  for (const seg of segs) {
    const next = new Set<number>();
    for (const at of set) {
      if (seg.kind === 'gap') {
        next.add(at);
        for (let k = 1; k <= seg.max; k++) {
          const idx = dir > 0 ? at + k - 1 : at - k;
          if (idx < 0 || idx >= text.length || isClauseEnd(text.charCodeAt(idx))) break;
          next.add(dir > 0 ? at + k : at - k);
        }
      } else {
        if (seg.optional) next.add(at);
        for (const a of seg.alts) {
          if (!a) continue;
          if (dir > 0 ? text.startsWith(a, at) : at - a.length >= 0 && text.startsWith(a, at - a.length)) {
            next.add(at + dir * a.length);
          }
        }
      }
    }
    if (next.size === 0) return undefined;
    set = next;
  }
  let bestPos: number | undefined;
  for (const x of set) if (bestPos === undefined || (dir > 0 ? x > bestPos : x < bestPos)) bestPos = x;
  return bestPos;
}
