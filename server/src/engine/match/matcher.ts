/**
 * Compiles every phrase the engine knows (rule triggers, lexicons, allow lists, team phrases)
 * into one automaton, and turns a scan of folded text into verified, filtered hits per owner.
 */
import { Automaton } from './automaton';
import { CompiledPattern, compilePattern, verifyAround } from './pattern';
import type { Hit, Trigger } from '../rules/api';
import { inSpans, negatedBefore, onWordBoundaries, quotedSpans } from '../text/context';

/** Owner of allow phrases: they only mask, never report. */
export const ALLOW = '!allow';

interface Entry { id: number; owner: string; trigger: Trigger; pattern: CompiledPattern; excepts: CompiledPattern[] }

export interface PhraseSource { owner: string; triggers: Trigger[] }

export class Matcher {
  private readonly ac = new Automaton<{ entry: Entry; exceptOf?: Entry }>();
  private readonly entries: Entry[] = [];
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
        const entry: Entry = { id: this.entries.length, owner: src.owner, trigger, pattern, excepts };
        this.entries.push(entry);
        const anchor = pattern.segments[pattern.anchor];
        if (anchor.kind === 'alt') for (const a of anchor.alts) this.ac.add(a, { entry });
        for (const ex of entry.excepts) {
          const seg = ex.segments[ex.anchor];
          if (seg.kind === 'alt') for (const a of seg.alts) this.ac.add(a, { entry: { ...entry, pattern: ex }, exceptOf: entry });
        }
      }
    }
  }

  /** Scans folded text: hits grouped by owner, after allow lists, exceptions, quotes, negation and boundaries. */
  scan(text: string): Map<string, Hit[]> {
    const raw = this.ac.scan(text);
    const matches: { entry: Entry; start: number; end: number }[] = [];
    const allowSpans: [number, number][] = [];
    const exceptSpans = new Map<Entry, [number, number][]>();
    const seen = new Set<string>();
    for (const h of raw) {
      const { entry, exceptOf } = h.value;
      const m = verifyAround(entry.pattern, text, h.start, h.end);
      if (!m) continue;
      if (exceptOf) {
        const list = exceptSpans.get(exceptOf) ?? [];
        list.push(m);
        exceptSpans.set(exceptOf, list);
        continue;
      }
      if (entry.owner === ALLOW) { allowSpans.push(m); continue; }
      const key = `${entry.id}:${m[0]}:${m[1]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      matches.push({ entry, start: m[0], end: m[1] });
    }
    const quotes = matches.length ? quotedSpans(text) : [];
    const out = new Map<string, Hit[]>();
    for (const { entry, start, end } of matches) {
      const t = entry.trigger;
      const isRule = !entry.owner.startsWith('@');
      if (isRule && inSpans(allowSpans, start, end)) continue;
      const ex = exceptSpans.get(entry);
      if (ex && inSpans(ex, start, end)) continue;
      if (!t.inQuotes && inSpans(quotes, start, end)) continue;
      if (t.negatable && negatedBefore(text, start)) continue;
      if (t.boundary && !onWordBoundaries(text, start, end)) continue;
      const list = out.get(entry.owner) ?? [];
      list.push({ start, end, trigger: t, owner: entry.owner });
      out.set(entry.owner, list);
    }
    for (const [owner, list] of out) out.set(owner, dropOverlaps(list));
    return out;
  }
}

/** One hit per stretch of text: sorted by start, longer first; a hit overlapping a kept one goes. */
function dropOverlaps(list: Hit[]): Hit[] {
  list.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const h of list) {
    const last = kept[kept.length - 1];
    if (last && h.start < last.end) continue;
    kept.push(h);
  }
  return kept;
}
