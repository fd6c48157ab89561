/**
 * Inline directives in YAML comments (the ESLint habit):
 *   # huashu-disable-next-line [ids] [-- reason]   the next line, or the whole value that starts there
 *   # huashu-disable [ids] / # huashu-enable [ids]   a region, until enable or end of file
 *   # huashu-disable-file [ids]
 * A directive that suppresses nothing is reported as `unused-directive`.
 */
import type { Finding, Span } from './types';
import { LineIndex } from './line-index';
import { SpanList } from './parse/span-list';

export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids; empty means every rule. */
  ids: string[];
  /** The comment's span in the file. */
  span: Span;
  /** Offsets the directive covers (for enable: none). */
  from: number;
  to: number;
  /**
   * Rule ids (or '*') this directive actually suppressed: until it suppresses one, the shared
   * empty set `NO_USE` (a set per directive was about 130 bytes: 13 MB for 100,000 directives that
   * suppress nothing); `markUsed` adds to it.
   */
  used: Set<string>;
}

/** The `used` of a directive that has suppressed nothing (never added to: `markUsed` replaces it). */
export const NO_USE: ReadonlySet<string> = new Set<string>();

/** Marks directive `d` used with rule id `id` ('*' for a directive without ids). */
export function markUsed(d: Directive, id: string): void {
  if (d.used === NO_USE) d.used = new Set();
  d.used.add(id);
}

const RE = /#\s*huashu-(disable-next-line|disable-file|disable|enable)\b([^\n\r]*)/g;
const ONE = new RegExp(RE.source);

/** The rule ids the rest of a directive's comment (after its kind) names, each with where it starts in it; the reason after ` -- ` is not read. */
function namedIds(rest: string, each: (id: string, at: number) => void): void {
  for (const m of rest.split(/\s--\s|\s--$/)[0].matchAll(/[a-z0-9][a-z0-9-]*/g)) each(m[0], m.index!);
}

/**
 * The span in `text` (the text `d` was read from) where directive `d` names rule `id` (the last
 * time, if twice), or its whole comment's when it does not: for an `unused-directive` finding.
 * Read again from the comment rather than kept for every directive.
 */
export function idSpan(text: string, d: Directive, id: string): Span {
  const m = ONE.exec(text.slice(d.span.start, d.span.end));
  let at = -1;
  if (m) namedIds(m[2], (x, i) => { if (x === id) at = i + m[0].length - m[2].length; });
  return at < 0 ? d.span : { start: d.span.start + at, end: d.span.start + at + id.length };
}

/** False when the text certainly has no directive (then nothing a directive needs is kept). */
export function mayHaveDirectives(text: string): boolean {
  return text.indexOf('huashu-') >= 0;
}

/** Finds directives; `scalarSpans` are excluded so a `#` inside agent text is never a comment. */
export function readDirectives(text: string, lines: LineIndex, scalarSpans: Iterable<Span>, valueEndAt: (line: number) => number): Directive[] {
  const out: Directive[] = [];
  if (!mayHaveDirectives(text)) return out;
  // where each comment starts, and then each one read again where it is not in a scalar: the
  // matches themselves all kept until then were about 12 MB at 100,000 directives
  const found: number[] = [];
  RE.lastIndex = 0;
  for (let m; (m = RE.exec(text)); ) if (m.index === 0 || /[ \t\r\n]/.test(text[m.index - 1])) found.push(m.index);
  const inScalar = insideSpans(found, scalarSpans);
  const names = new Map<string, string>();
  for (let q = 0; q < found.length; q++) {
    if (inScalar[q]) continue;
    const at = found[q];
    RE.lastIndex = at;
    const m = RE.exec(text)!;
    const kind = m[1] as DirectiveKind;
    const ids: string[] = [];
    // (one string for an id named again: a slice of the comment's copy keeps the copy)
    namedIds(m[2], (id) => { let same = names.get(id); if (same === undefined) names.set(id, (same = id)); ids.push(same); });
    const span = { start: at, end: at + m[0].length };
    const line = lines.lineOf(at);
    let from = 0;
    let to = text.length;
    if (kind === 'disable-next-line') {
      let next = line + 1;
      while (next < lines.lineCount && /^\s*(#.*)?$/.test(text.slice(lines.lineStart(next), lines.lineEnd(next)))) next++;
      from = lines.lineStart(next);
      to = Math.max(lines.lineEnd(next), valueEndAt(next));
    } else if (kind === 'disable') {
      from = at;
    }
    // (a copy of the size it holds: an array grown by push keeps room for 17, about 150 bytes a
    // directive, 15 MB at 100,000 directives)
    out.push({ kind, ids: ids.slice(), span, from, to, used: NO_USE as Set<string> });
  }
  endRegions(out);
  return out;
}

/** Ends each `disable` region of `list` at the first `enable` after it that closes it (`closingEnables`). */
function endRegions(list: Directive[]): void {
  const closer = closingEnables(list);
  for (let i = 0; i < list.length; i++) if (closer[i] >= 0) list[i].to = list[closer[i]].span.start;
}

/**
 * For each `disable` of `list` (in the text's order), the index of the first directive after it
 * that `closes` it, or -1 (also for the other kinds): a bare `enable` closes every open region,
 * one with ids the regions that share an id and those without ids. In one pass, the open regions
 * kept by id, each closed once (each region looked for its enable among every directive after
 * it: 30,000 `disable`s never enabled took 2.8 s).
 */
export function closingEnables(list: readonly Pick<Directive, 'kind' | 'ids'>[]): Int32Array {
  const closer = new Int32Array(list.length).fill(-1);
  let open: number[] = [];
  let openAll: number[] = [];
  const openBy = new Map<string, number[]>();
  const close = (i: number, j: number): void => { if (closer[i] < 0) closer[i] = j; };
  for (let j = 0; j < list.length; j++) {
    const d = list[j];
    if (d.kind === 'disable') {
      open.push(j);
      if (!d.ids.length) openAll.push(j);
      for (const id of d.ids) { const l = openBy.get(id); if (l) l.push(j); else openBy.set(id, [j]); }
    } else if (d.kind === 'enable') {
      if (!d.ids.length) {
        for (const i of open) close(i, j);
        open = [];
        openBy.clear();
      } else {
        for (const id of d.ids) { const l = openBy.get(id); if (l) { for (const i of l) close(i, j); openBy.delete(id); } }
      }
      for (const i of openAll) close(i, j);
      openAll = [];
    }
  }
  return closer;
}

/** Whether directive `e` ends the `disable` region `d` (when it is the first such after it): the plain definition, which `closingEnables` follows in one pass. */
export function closes(e: Pick<Directive, 'kind' | 'ids'>, d: Pick<Directive, 'ids'>): boolean {
  return e.kind === 'enable' && (e.ids.length === 0 || d.ids.length === 0 || d.ids.some((id) => e.ids.includes(id)));
}

/** Whether `d` covers a finding of `ruleId` at `start` (as `suppressed` judges it). */
export function covers(d: Pick<Directive, 'kind' | 'ids' | 'from' | 'to'>, ruleId: string, start: number): boolean {
  return d.kind !== 'enable' && start >= d.from && start < d.to && (!d.ids.length || d.ids.includes(ruleId));
}

/**
 * For each of `points` (ascending), whether a span of `spans` holds it. The spans are walked once,
 * each looking up the points it may hold: a library's list of every scalar's span was copied into
 * an object per span and sorted for every lint with a directive (at 100,000 scripts, 600,000
 * objects: one directive took the CLI's peak from 176 to 232 MB).
 */
function insideSpans(points: readonly number[], spans: Iterable<Span>): Uint8Array {
  const inside = new Uint8Array(points.length);
  if (!points.length) return inside;
  const mark = (start: number, end: number): void => {
    // the first point at or after the span's start
    let lo = 0;
    let hi = points.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (points[mid] < start) lo = mid + 1; else hi = mid; }
    for (let k = lo; k < points.length && points[k] < end; k++) inside[k] = 1;
  };
  if (spans instanceof SpanList) for (let i = 0; i < spans.length; i++) mark(spans.start(i), spans.end(i));
  else for (const s of spans) mark(s.start, s.end);
  return inside;
}

/**
 * Which of `findings` the directives suppress (a byte per finding: 1 suppressed), each directive
 * that covers one marked used with its rule id ('*' for a directive without ids). `eligible(k)`:
 * whether finding k may be suppressed at all (not one the config turned off, not a YAML error).
 * The findings are taken in order of their start and the directives in order of where they
 * begin, with the directives that cover the current offset kept aside: a library with a
 * next-line directive above each of its 30,000 scripts was 25,000 findings times 30,000
 * directives, 2.7 s of its lint, when every finding looked at every directive.
 */
export function suppressedFindings(directives: readonly Directive[], findings: readonly Pick<Finding, 'ruleId' | 'start'>[], eligible: (k: number) => boolean): Uint8Array {
  const out = new Uint8Array(findings.length);
  if (!directives.length) return out;
  const order: number[] = [];
  for (let k = 0; k < findings.length; k++) if (eligible(k)) order.push(k);
  order.sort((a, b) => findings[a].start - findings[b].start || a - b);
  const byFrom = directives.filter((d) => d.kind !== 'enable' && d.from < d.to).sort((a, b) => a.from - b.from);
  const byTo = [...byFrom].sort((a, b) => a.to - b.to);
  // the directives that cover the current offset: how many for every rule (`all`) and per rule id,
  // and those not yet marked used with it (each is marked once per id: regions that all reach
  // the end of the file, 30,000 of them, were each looked at for every finding after them)
  let all = 0;
  const by = new Map<string, number>();
  let pendingAll: Directive[] = [];
  const pendingBy = new Map<string, Directive[]>();
  const gone = new Set<Directive>();
  let next = 0;
  let nextGone = 0;
  for (const k of order) {
    const { ruleId, start } = findings[k];
    for (; next < byFrom.length && byFrom[next].from <= start; next++) {
      const d = byFrom[next];
      if (!d.ids.length) { all++; pendingAll.push(d); continue; }
      for (const id of d.ids) {
        by.set(id, (by.get(id) ?? 0) + 1);
        const l = pendingBy.get(id);
        if (l) l.push(d); else pendingBy.set(id, [d]);
      }
    }
    // those whose reach ended before this finding are done (the findings come in order)
    for (; nextGone < byTo.length && byTo[nextGone].to <= start; nextGone++) {
      // (begun too: from < to <= start)
      const d = byTo[nextGone];
      gone.add(d);
      if (!d.ids.length) all--;
      else for (const id of d.ids) by.set(id, by.get(id)! - 1);
    }
    if (!all && !by.get(ruleId)) continue;
    out[k] = 1;
    if (all) { for (const d of pendingAll) if (!gone.has(d)) markUsed(d, '*'); pendingAll = []; }
    const l = pendingBy.get(ruleId);
    if (l) { for (const d of l) if (!gone.has(d)) markUsed(d, ruleId); pendingBy.delete(ruleId); }
  }
  return out;
}
