/**
 * Compiles every phrase the engine knows (rule triggers, lexicons, allow lists, team phrases)
 * into one automaton, and turns a scan of folded text into verified, filtered hits per owner.
 */
import { Automaton } from './automaton';
import { CompiledPattern, compilePattern, preparePattern, PreparedPattern, work } from './pattern';
import type { Hit, Trigger } from '../rules/api';
import { inSpans, negatedBefore, onWordBoundaries, quotedSpans } from '../text/context';
import { NoiseIndex, noisyHitOk } from './noise';

/**
 * Owner of an empty hit list that marks a scan which ran out of its verification budget (only
 * pathological team phrases get there: one anchor for many phrases, with many gaps).
 */
export const OVER_BUDGET = '!budget';
/** Positions a scan may try while verifying anchor hits: a fraction of a second. */
export const SCAN_BUDGET = 30_000_000;

/** Owner of allow phrases: they only mask, never report. `!allow@jd`: allowed on that platform only. */
export const ALLOW = '!allow';

interface Entry { id: number; owner: string; trigger: Trigger; pattern: CompiledPattern; excepts: CompiledPattern[]; prepared: PreparedPattern }

export interface PhraseSource { owner: string; triggers: Trigger[] }

export class Matcher {
  private readonly ac = new Automaton<{ entry: Entry; exceptOf?: Entry }>();
  private readonly entries: Entry[] = [];
  /** Each trigger's place among all triggers: breaks ties between equal hits. */
  private readonly rank = new Map<Trigger, number>();
  /** Entries of `noise: true` triggers (and every allow phrase), scanned over the dense view (noise.ts). */
  private readonly noisyAc = new Automaton<{ entry: Entry; exceptOf?: Entry }>();
  private readonly noise = new NoiseIndex();
  /** Phrases that did not compile (skipped, never fatal): owner and message. */
  readonly errors: { owner: string; pattern: string; message: string }[] = [];

  constructor(sources: PhraseSource[]) {
    for (const src of sources) {
      for (const trigger of src.triggers) {
        let pattern: CompiledPattern;
        let excepts: CompiledPattern[];
        try {
          pattern = compilePattern(trigger.pattern);
          excepts = (trigger.except ?? []).map((x) => compilePattern(x));
        } catch (e) {
          this.errors.push({ owner: src.owner, pattern: trigger.pattern, message: (e as Error).message });
          continue;
        }
        const entry: Entry = { id: this.entries.length, owner: src.owner, trigger, pattern, excepts, prepared: preparePattern(pattern) };
        if (!this.rank.has(trigger)) this.rank.set(trigger, entry.id);
        this.entries.push(entry);
        const anchor = pattern.segments[pattern.anchor];
        if (anchor.kind === 'alt') for (const a of anchor.alts) this.ac.add(a, { entry });
        for (const ex of entry.excepts) {
          const seg = ex.segments[ex.anchor];
          if (seg.kind === 'alt') for (const a of seg.alts) this.ac.add(a, { entry: { ...entry, pattern: ex, prepared: preparePattern(ex) }, exceptOf: entry });
        }
        if (trigger.noise) this.addNoisy(entry);
      }
    }
    if (!this.noise.empty) for (const e of this.entries) if (e.owner.charCodeAt(0) === 33 /* ! */) this.addAnchor(this.noisyAc, e);
  }

  private addAnchor(ac: Automaton<{ entry: Entry; exceptOf?: Entry }>, entry: Entry, exceptOf?: Entry): void {
    const anchor = entry.pattern.segments[entry.pattern.anchor];
    if (anchor.kind === 'alt') for (const a of anchor.alts) ac.add(a, exceptOf ? { entry, exceptOf } : { entry });
  }

  private addNoisy(entry: Entry): void {
    this.noise.addPattern(entry.pattern.segments, !!entry.trigger.repeats);
    this.addAnchor(this.noisyAc, entry);
    for (const ex of entry.excepts) this.addAnchor(this.noisyAc, { ...entry, pattern: ex, prepared: preparePattern(ex) }, entry);
  }

  /**
   * Hits of noise-skipping triggers that only the dense view shows (微@信, 微微信信), in folded
   * units covering the inserted noise; allow and exception spans found there too.
   */
  private scanNoisy(text: string, allowOwner: string, matches: { entry: Entry; start: number; end: number }[], allowSpans: [number, number][]): Map<Entry, [number, number][]> | undefined {
    const dv = this.noise.dense(text);
    if (!dv) return undefined;
    const dt = dv.text;
    let excepts: Map<Entry, [number, number][]> | undefined;
    const found = new Set<string>();
    this.noisyAc.each(dt, (hs, he, { entry, exceptOf }) => {
      const m = entry.prepared.verify(dt, hs, he);
      if (!m) return;
      const span: [number, number] = [dv.from[m[0]], dv.to[m[1] - 1]];
      if (entry.owner.charCodeAt(0) === 33) { if (entry.owner === ALLOW || entry.owner === allowOwner) allowSpans.push(span); return; }
      if (exceptOf) {
        excepts ??= new Map();
        const list = excepts.get(exceptOf) ?? [];
        list.push(span);
        excepts.set(exceptOf, list);
        return;
      }
      if (span[1] - span[0] === m[1] - m[0]) return; // nothing skipped: the plain scan has it
      if (!entry.trigger.repeats) for (let k = m[0]; k < m[1]; k++) if (dv.to[k] - dv.from[k] > 1) return;
      if (!noisyHitOk(dt, m[0], m[1])) return;
      const key = `${entry.id}:${span[0]}:${span[1]}`;
      if (found.has(key)) return;
      found.add(key);
      matches.push({ entry, start: span[0], end: span[1] });
    });
    return excepts;
  }

  /** Scans folded text: hits grouped by owner, after allow lists, exceptions, quotes, negation and boundaries. */
  scan(text: string, platform?: string): Map<string, Hit[]> {
    const allowOwner = platform ? `${ALLOW}@${platform}` : ALLOW;
    const matches: { entry: Entry; start: number; end: number }[] = [];
    const allowSpans: [number, number][] = [];
    let exceptSpans: Map<Entry, [number, number][]> | undefined;
    // duplicates (same entry, same range) are found by a short linear look-up; a set past 32 matches
    let seen: Set<string> | undefined;
    let over = false;
    work.steps = 0;
    this.ac.each(text, (hs, he, { entry, exceptOf }) => {
      if (over || (++work.steps > SCAN_BUDGET && (over = true))) return;
      // a bare literal (most phrases) is its anchor hit: no verification, no array
      let ms = hs;
      let me = he;
      if (!entry.prepared.single) {
        const m = entry.prepared.verify(text, hs, he);
        if (!m) return;
        ms = m[0];
        me = m[1];
      }
      if (exceptOf) {
        exceptSpans ??= new Map();
        const list = exceptSpans.get(exceptOf) ?? [];
        list.push([ms, me]);
        exceptSpans.set(exceptOf, list);
        return;
      }
      if (entry.owner.charCodeAt(0) === 33 /* ! */) { if (entry.owner === ALLOW || entry.owner === allowOwner) allowSpans.push([ms, me]); return; }
      if (seen) {
        const key = `${entry.id}:${ms}:${me}`;
        if (seen.has(key)) return;
        seen.add(key);
      } else {
        for (let k = 0; k < matches.length; k++) {
          const x = matches[k];
          if (x.entry.id === entry.id && x.start === ms && x.end === me) return;
        }
        if (matches.length >= 32) {
          seen = new Set(matches.map((x) => `${x.entry.id}:${x.start}:${x.end}`));
          seen.add(`${entry.id}:${ms}:${me}`);
        }
      }
      matches.push({ entry, start: ms, end: me });
    });
    if (!this.noise.empty) {
      const ex = this.scanNoisy(text, allowOwner, matches, allowSpans);
      if (ex) for (const [e, list] of ex) { exceptSpans ??= new Map(); exceptSpans.set(e, [...(exceptSpans.get(e) ?? []), ...list]); }
    }
    const out = new Map<string, Hit[]>();
    if (over) out.set(OVER_BUDGET, []);
    if (!matches.length) return out;
    let quotes: [number, number][] | undefined;
    for (const { entry, start, end } of matches) {
      const t = entry.trigger;
      const isRule = entry.owner.charCodeAt(0) !== 64; /* '@' */
      if (isRule && allowSpans.length && inSpans(allowSpans, start, end)) continue;
      const ex = exceptSpans?.get(entry);
      if (ex && inSpans(ex, start, end)) continue;
      if (!t.inQuotes && inSpans((quotes ??= quotedSpans(text)), start, end)) continue;
      if (t.negatable && negatedBefore(text, start)) continue;
      if (t.boundary && !onWordBoundaries(text, start, end)) continue;
      const list = out.get(entry.owner);
      if (list) list.push({ start, end, trigger: t, owner: entry.owner });
      else out.set(entry.owner, [{ start, end, trigger: t, owner: entry.owner }]);
    }
    for (const [owner, list] of out) if (list.length > 1) out.set(owner, dropOverlaps(list, this.rank));
    return out;
  }
}

/**
 * One hit per stretch of text: sorted by start, longer first, then in the order of the owner's
 * triggers (not in the order their anchors were met); a hit overlapping a kept one goes.
 */
function dropOverlaps(list: Hit[], rank: Map<Trigger, number>): Hit[] {
  const order = (a: Hit, b: Hit): number => a.start - b.start || b.end - a.end || (rank.get(a.trigger) ?? 0) - (rank.get(b.trigger) ?? 0);
  // hits mostly come in order already; Array.prototype.sort allocates even then
  let sorted = true;
  for (let k = 1; k < list.length && sorted; k++) sorted = order(list[k - 1], list[k]) <= 0;
  if (!sorted) list.sort(order);
  const kept: Hit[] = [];
  for (const h of list) {
    const last = kept[kept.length - 1];
    if (last && h.start < last.end) continue;
    kept.push(h);
  }
  return kept;
}
