/**
 * Compiles every phrase the engine knows (rule triggers, lexicons, allow lists, team phrases)
 * into Aho-Corasick automata (the built-in data's made at build time, a config's own phrases
 * beside them), and turns a scan of folded text into verified, filtered hits per owner.
 */
import { Automaton, AutomatonData } from './automaton';
import { bitHas, CompiledPattern, compilePattern, PatternData, patternData, patternFromData, preparePattern, PreparedPattern, work } from './pattern';
import type { Hit, Trigger } from '../rules/api';
import { inSpans, negatedBefore, onWordBoundaries, quotedSpans, spansPhraseEnd } from '../text/context';
import { NoiseData, NoiseIndex, noisyHitOk } from './noise';

/**
 * Owner of an empty hit list that marks a scan which ran out of its verification budget (only
 * pathological team phrases get there: one anchor for many phrases, with many gaps).
 */
export const OVER_BUDGET = '!budget';
/** Positions a scan may try while verifying anchor hits: a fraction of a second. */
export const SCAN_BUDGET = 30_000_000;

/** Owner of allow phrases: they only mask, never report. `!allow@jd`: allowed on that platform only. */
export const ALLOW = '!allow';

/**
 * One trigger of one owner. Its pattern is compiled when first needed: a matcher made from its
 * data (`MatcherData`) compiles only the patterns whose anchors are met.
 */
class Entry {
  private prep?: PreparedPattern;
  private exceptPrep?: PreparedPattern[];

  /**
   * `compiled`, `excepts`: the trigger's pattern and exceptions when already compiled; `presence`:
   * its owner's hits are read only for whether there are any (PhraseSource.presence); `stored`:
   * the pattern and exceptions compiled at build time (`PatternData[]` as JSON), read when first
   * needed.
   */
  constructor(readonly id: number, readonly owner: string, readonly trigger: Trigger, readonly presence: boolean, private compiled?: CompiledPattern, private excepts?: CompiledPattern[], private stored?: string) {}

  private storedData?: PatternData[];
  private get fromBuild(): PatternData[] | undefined {
    if (this.stored !== undefined) { this.storedData = JSON.parse(this.stored) as PatternData[]; this.stored = undefined; }
    return this.storedData;
  }

  get pattern(): CompiledPattern {
    const d = this.fromBuild;
    return (this.compiled ??= d ? patternFromData(this.trigger.pattern, d[0]) : compilePattern(this.trigger.pattern));
  }

  /** The trigger's exceptions, compiled. */
  get exceptPatterns(): CompiledPattern[] {
    const d = this.fromBuild;
    return (this.excepts ??= (this.trigger.except ?? []).map((x, k) => (d ? patternFromData(x, d[k + 1]) : compilePattern(x))));
  }

  get prepared(): PreparedPattern { return (this.prep ??= preparePattern(this.pattern)); }

  /** Exception `k` of the trigger, prepared for verification around its anchor. */
  exceptPrepared(k: number): PreparedPattern {
    this.exceptPrep ??= this.exceptPatterns.map(preparePattern);
    return this.exceptPrep[k];
  }
}

const FULL = new WeakMap<Trigger, Trigger>();

/**
 * `t` with every field of a trigger, absent ones undefined, in one order: the phrase data's
 * triggers come in some twenty shapes (each literal with the fields it needs), and a field read
 * on hits of many rules (`t.boundary` in `scan`, `h.trigger.tag` in the rules) was a megamorphic
 * look-up per hit (V8's inline-cache log); on objects of one shape it is one load. One copy per
 * trigger, so that hits of the same trigger still share it (dropOverlaps compares them).
 */
export function fullTrigger(t: Trigger): Trigger {
  let f = FULL.get(t);
  // (a trigger changed in place since its copy was made gets a new copy)
  if (f === undefined || !sameFields(f, t)) {
    f = {
      pattern: t.pattern, message: t.message, replacement: t.replacement, severity: t.severity, boundary: t.boundary,
      negatable: t.negatable, inQuotes: t.inQuotes, except: t.except, tag: t.tag, noise: t.noise, repeats: t.repeats,
    };
    FULL.set(t, f);
  }
  return f;
}

/** Whether the copy `f` still has every field of `t` (the copy's keys are every field). */
function sameFields(f: Trigger, t: Trigger): boolean {
  for (const k in f) if (f[k as keyof Trigger] !== t[k as keyof Trigger]) return false;
  return true;
}

/**
 * An anchor word's owner: the entry, and which of its exceptions (-1: the phrase itself); `prep`,
 * that phrase prepared, is kept here on its first hit (one read per hit instead of three).
 */
interface AnchorOf { entry: Entry; except: number; prep: PreparedPattern | undefined }

function anchorOf(entry: Entry, except: number): AnchorOf { return { entry, except, prep: undefined }; }

export interface PhraseSource {
  owner: string;
  triggers: Trigger[];
  /**
   * Whoever reads this owner's hits asks only whether there are any (rule-gating.ts,
   * PRESENCE_ONLY): a scan asked for it keeps the first hit that passes the filters, not every one.
   */
  presence?: boolean;
}

/**
 * A matcher's automata and noise index as plain numbers, for the sources it was made from (their
 * trigger count and a hash of their patterns tell stale data): what `Matcher.data` gives and the
 * constructor takes, so that the built-in phrase data is compiled at build time
 * (`builtin-data.ts`, made by `scripts/gen-matcher.mjs`), not at every start.
 */
export interface MatcherData {
  /** The sources': how many triggers, and a hash of their owners and patterns. */
  triggers: number;
  hash: number;
  ac: AutomatonData;
  noisyAc: AutomatonData;
  noise: NoiseData;
  /**
   * Per entry, its pattern and then its exceptions, compiled (`PatternData[]` as JSON, read when
   * the entry is first met: parsed all at once, they took longer to load than to compile). A
   * first lint compiled some 900 of them as their anchors were met: 13–16 ms of a cold lint of
   * 1,000 scripts.
   */
  patterns: string[];
}

export class Matcher {
  private readonly ac: Automaton<AnchorOf>;
  private readonly entries: Entry[] = [];
  /** Each trigger's place among all triggers: breaks ties between equal hits. */
  private readonly rank = new Map<Trigger, number>();
  /** Entries of `noise: true` triggers (and every allow phrase), scanned over the dense view (noise.ts). */
  private readonly noisyAc: Automaton<AnchorOf>;
  private readonly noise: NoiseIndex;
  /** Phrases that did not compile (skipped, never fatal): owner and message. */
  readonly errors: { owner: string; pattern: string; message: string }[] = [];
  /** Whether the automata came from data (the patterns are then compiled as their anchors are met). */
  readonly fromData: boolean;

  /**
   * The config's own phrases and allow entries, when the built-in ones came from data: in automata
   * of their own, scanned after the built-in ones (a hit list per owner is put in order and rid of
   * overlaps after the scan, so the order of the scans does not show).
   */
  private extraAc?: Automaton<AnchorOf>;
  private extraNoisyAc?: Automaton<AnchorOf>;

  /**
   * `data`: the automata of these same `sources`, made before (used when it fits them, else
   * ignored); `extra`: more sources (a config's phrases and allow entries), compiled here;
   * `dataCurrent`: `data` was made from these sources by the same build (see `fits`).
   */
  constructor(private readonly sources: PhraseSource[], data?: MatcherData, private readonly extra: PhraseSource[] = [], dataCurrent = false) {
    if (data && fits(sources, data, dataCurrent) && !(data.noise.empty && extra.some((src) => src.triggers.some((t) => t.noise)))) {
      for (const src of sources) for (const trigger of src.triggers) this.addEntry(src.owner, trigger, !!src.presence, undefined, undefined, data.patterns[this.entries.length]);
      const valueOf = (id: number): AnchorOf => anchorOf(this.entries[id >> 8], (id & 0xff) - 1);
      this.ac = Automaton.fromData(data.ac, valueOf);
      this.noisyAc = Automaton.fromData(data.noisyAc, valueOf);
      this.noise = NoiseIndex.fromData(data.noise);
      this.fromData = true;
      if (extra.length) {
        this.extraAc = new Automaton<AnchorOf>();
        this.extraNoisyAc = new Automaton<AnchorOf>();
        this.compileSources(extra, this.extraAc, this.extraNoisyAc);
      }
      return;
    }
    this.fromData = false;
    this.ac = new Automaton<AnchorOf>();
    this.noisyAc = new Automaton<AnchorOf>();
    this.noise = new NoiseIndex();
    this.compileSources([...sources, ...extra], this.ac, this.noisyAc);
  }

  /** Compiles sources into entries and the anchors of the given automata (allow phrases into the noisy one too). */
  private compileSources(sources: PhraseSource[], ac: Automaton<AnchorOf>, noisyAc: Automaton<AnchorOf>): void {
    const first = this.entries.length;
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
        const entry = this.addEntry(src.owner, trigger, !!src.presence, pattern, excepts);
        this.addAnchor(ac, entry, pattern, -1);
        excepts.forEach((ex, k) => this.addAnchor(ac, entry, ex, k));
        if (trigger.noise) {
          this.noise.addPattern(pattern.segments, !!trigger.repeats);
          this.addAnchor(noisyAc, entry, pattern, -1);
          excepts.forEach((ex, k) => this.addAnchor(noisyAc, entry, ex, k));
        }
      }
    }
    if (!this.noise.empty) {
      for (let k = first; k < this.entries.length; k++) {
        const e = this.entries[k];
        if (e.owner.charCodeAt(0) === 33 /* ! */) this.addAnchor(noisyAc, e, e.pattern, -1);
      }
    }
  }

  private addEntry(owner: string, source: Trigger, presence: boolean, pattern?: CompiledPattern, excepts?: CompiledPattern[], stored?: string): Entry {
    const trigger = fullTrigger(source);
    const entry = new Entry(this.entries.length, owner, trigger, presence, pattern, excepts, stored);
    if (!this.rank.has(trigger)) this.rank.set(trigger, entry.id);
    this.entries.push(entry);
    return entry;
  }

  private addAnchor(ac: Automaton<AnchorOf>, entry: Entry, pattern: CompiledPattern, except: number): void {
    const anchor = pattern.segments[pattern.anchor];
    if (anchor.kind === 'alt') for (const a of anchor.alts) ac.add(a, anchorOf(entry, except));
  }

  /**
   * The automata and noise index as plain numbers, for a matcher made later from the same sources.
   * Undefined when a phrase did not compile (its entry would be missing) or an entry has more
   * exceptions than an id holds.
   */
  data(): MatcherData | undefined {
    if (this.errors.length || this.fromData || this.extra.length) return undefined;
    for (const e of this.entries) if ((e.trigger.except?.length ?? 0) >= 0xff) return undefined;
    const idOf = (v: AnchorOf): number => (v.entry.id << 8) | (v.except + 1);
    return {
      ...fingerprint(this.sources), ac: this.ac.data(idOf), noisyAc: this.noisyAc.data(idOf), noise: this.noise.data(),
      patterns: this.entries.map((e) => JSON.stringify([patternData(e.pattern), ...e.exceptPatterns.map(patternData)])),
    };
  }

  /**
   * Hits of noise-skipping triggers that only the dense view shows (微@信, 微微信信), in folded
   * units covering the inserted noise; allow and exception spans found there too.
   */
  private scanNoisy(text: string, allowOwner: string): Map<Entry, [number, number][]> | undefined {
    const dv = this.noise.dense(text);
    if (!dv) return undefined;
    const dt = dv.text;
    let excepts: Map<Entry, [number, number][]> | undefined;
    const found = new Set<string>();
    const onHit = (hs: number, he: number, { entry, except }: AnchorOf): void => {
      const m = (except < 0 ? entry.prepared : entry.exceptPrepared(except)).verify(dt, hs, he);
      if (!m) return;
      const ss = dv.from[m[0]];
      const se = dv.to[m[1] - 1];
      if (entry.owner.charCodeAt(0) === 33) { if (entry.owner === ALLOW || entry.owner === allowOwner) this.addAllow(ss, se); return; }
      if (except >= 0) {
        excepts ??= new Map();
        const list = excepts.get(entry) ?? [];
        list.push([ss, se]);
        excepts.set(entry, list);
        return;
      }
      if (se - ss === m[1] - m[0]) return; // nothing skipped: the plain scan has it
      if (!entry.trigger.repeats) for (let k = m[0]; k < m[1]; k++) if (dv.to[k] - dv.from[k] > 1) return;
      if (!noisyHitOk(dt, m[0], m[1])) return;
      const key = `${entry.id}:${ss}:${se}`;
      if (found.has(key)) return;
      found.add(key);
      this.addMatch(entry, ss, se);
    };
    this.noisyAc.each(dt, onHit);
    if (this.extraNoisyAc) this.extraNoisyAc.each(dt, onHit);
    return excepts;
  }

  /**
   * One scan's matches (entry, start, end), in buffers that every scan reuses (scans do not nest):
   * an object per match was the largest share of what a lint allocates (about 25 anchor hits per
   * reply, most of them kept until the filters below).
   */
  private mEntry: Entry[] = [];
  private mStart: Int32Array = new Int32Array(64);
  private mEnd: Int32Array = new Int32Array(64);
  private mCount = 0;

  private addMatch(entry: Entry, start: number, end: number): void {
    const k = this.mCount++;
    if (k === this.mStart.length) {
      const grow = (a: Int32Array): Int32Array => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
      this.mStart = grow(this.mStart);
      this.mEnd = grow(this.mEnd);
    }
    this.mEntry[k] = entry;
    this.mStart[k] = start;
    this.mEnd[k] = end;
  }

  /**
   * The state of the scan under way, in fields rather than in a closure: a closure and its
   * context per scan were a tenth of what a scan allocated.
   */
  private sText = '';
  private sAllowOwner = '';
  /** Allowed stretches as start, end pairs (the first `sAllowCount` numbers; reused, never shrunk). */
  private sAllow: number[] = [];
  private sAllowCount = 0;
  private sExcept: Map<Entry, [number, number][]> | undefined;
  /** Past 32 matches, the ones so far as keys: duplicates (same entry, same range) are dropped. */
  private sSeen: Set<string> | undefined;
  private sOver = false;
  /** `onHit` for the automata, made once. */
  private readonly hitFn = (hs: number, he: number, a: AnchorOf): void => this.onHit(hs, he, a);

  private addAllow(start: number, end: number): void {
    this.sAllow[this.sAllowCount++] = start;
    this.sAllow[this.sAllowCount++] = end;
  }

  private onHit(hs: number, he: number, a: AnchorOf): void {
    if (this.sOver || (++work.steps > SCAN_BUDGET && (this.sOver = true))) return;
    const { entry, except } = a;
    // a bare literal (a fifth of the hits) is its anchor hit: no verification, no array
    let ms = hs;
    let me = he;
    const prepared = a.prep ?? (a.prep = except < 0 ? entry.prepared : entry.exceptPrepared(except));
    if (!prepared.single) {
      // nine in ten of the other hits fail, most at the unit next to the anchor: one bit decides
      const text = this.sText;
      const rb = prepared.rightBits;
      // a reply's end has no unit after it (read past the end, V8 threw this function's optimised code away)
      if (rb !== undefined && (he >= text.length || !bitHas(rb, text.charCodeAt(he)))) return;
      const lb = prepared.leftBits;
      if (lb !== undefined && (hs === 0 || !bitHas(lb, text.charCodeAt(hs - 1)))) return;
      if (prepared.mayMatch !== undefined && !prepared.mayMatch(text)) return;
      const m = prepared.verify(text, hs, he);
      if (!m) return;
      ms = m[0];
      me = m[1];
    }
    if (except >= 0) {
      this.sExcept ??= new Map();
      const list = this.sExcept.get(entry) ?? [];
      list.push([ms, me]);
      this.sExcept.set(entry, list);
      return;
    }
    if (entry.owner.charCodeAt(0) === 33 /* ! */) { if (entry.owner === ALLOW || entry.owner === this.sAllowOwner) this.addAllow(ms, me); return; }
    const n = this.mCount;
    if (this.sSeen) {
      const key = `${entry.id}:${ms}:${me}`;
      if (this.sSeen.has(key)) return;
      this.sSeen.add(key);
    } else {
      const { mEntry, mStart, mEnd } = this;
      for (let k = 0; k < n; k++) if (mEntry[k].id === entry.id && mStart[k] === ms && mEnd[k] === me) return;
      if (n >= 32) {
        const seen = (this.sSeen = new Set());
        for (let k = 0; k < n; k++) seen.add(`${mEntry[k].id}:${mStart[k]}:${mEnd[k]}`);
        seen.add(`${entry.id}:${ms}:${me}`);
      }
    }
    this.addMatch(entry, ms, me);
  }

  /**
   * Scans folded text: hits grouped by owner, after allow lists, exceptions, quotes, negation and
   * boundaries. `presence`: owners marked so (PhraseSource.presence) get their first hit only
   * (courtesy-vocabulary's 您, 亲, 呢, 哦 were 43 % of the hits kept on 30,000 corpus replies).
   */
  scan(text: string, platform?: string, presence = false): Map<string, Hit[]> {
    const allowOwner = platform ? allowOwnerOf(platform) : ALLOW;
    this.mCount = 0;
    this.sText = text;
    this.sAllowOwner = allowOwner;
    this.sAllowCount = 0;
    this.sExcept = undefined;
    this.sSeen = undefined;
    this.sOver = false;
    work.steps = 0;
    this.ac.each(text, this.hitFn);
    if (this.extraAc) this.extraAc.each(text, this.hitFn);
    let exceptSpans = this.sExcept as Map<Entry, [number, number][]> | undefined;
    if (!this.noise.empty) {
      const ex = this.scanNoisy(text, allowOwner);
      if (ex) for (const [e, list] of ex) { exceptSpans ??= new Map(); exceptSpans.set(e, [...(exceptSpans.get(e) ?? []), ...list]); }
    }
    const over = this.sOver;
    const allowSpans = this.sAllow;
    const allowCount = this.sAllowCount;
    this.sSeen = undefined;
    this.sExcept = undefined;
    const out = new Map<string, Hit[]>();
    if (over) out.set(OVER_BUDGET, []);
    const { mEntry, mStart, mEnd, mCount } = this;
    if (!mCount) return out;
    let quotes: [number, number][] | undefined;
    for (let k = 0; k < mCount; k++) {
      const entry = mEntry[k];
      const start = mStart[k];
      const end = mEnd[k];
      const t = entry.trigger;
      const isRule = entry.owner.charCodeAt(0) !== 64; /* '@' */
      if (isRule && allowCount && inFlatSpans(allowSpans, allowCount, start, end)) continue;
      const ex = exceptSpans?.get(entry);
      if (ex && inSpans(ex, start, end)) continue;
      if (!t.inQuotes && inSpans((quotes ??= quotedSpans(text)), start, end)) continue;
      if (t.negatable && negatedBefore(text, start)) continue;
      if (t.boundary && !onWordBoundaries(text, start, end)) continue;
      const list = out.get(entry.owner);
      if (list) { if (!(presence && entry.presence)) list.push({ start, end, trigger: t, owner: entry.owner }); }
      else out.set(entry.owner, [{ start, end, trigger: t, owner: entry.owner }]);
    }
    out.forEach((list) => { if (list.length > 1) dropOverlaps(list, this.rank, text); });
    return out;
  }
}

const ALLOW_OWNERS = new Map<string, string>();

/** The owner of a platform's allow phrases (`!allow@jd`), one string per platform. */
function allowOwnerOf(platform: string): string {
  let o = ALLOW_OWNERS.get(platform);
  if (o === undefined) ALLOW_OWNERS.set(platform, (o = `${ALLOW}@${platform}`));
  return o;
}

/** Whether [a, b) lies inside one of the stretches of a flat list of start, end pairs (its first `count` numbers). */
function inFlatSpans(spans: number[], count: number, a: number, b: number): boolean {
  for (let k = 0; k < count; k += 2) if (a >= spans[k] && b <= spans[k + 1]) return true;
  return false;
}

/** FNV-1a over the owners, patterns and exceptions of the sources, in order, and their count. */
function fingerprint(sources: PhraseSource[]): { triggers: number; hash: number } {
  let h = 0x811c9dc5;
  let triggers = 0;
  const mix = (s: string): void => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
    h = Math.imul(h ^ 0xffff, 16777619);
  };
  for (const src of sources) {
    mix(src.owner);
    for (const t of src.triggers) {
      triggers++;
      mix(t.pattern);
      for (const x of t.except ?? []) mix(x);
      h = Math.imul(h ^ (t.noise ? 2 : 1), 16777619);
    }
  }
  return { triggers, hash: h >>> 0 };
}

/**
 * Whether data was made from these sources: as many triggers, and the same hash of their owners,
 * patterns and exceptions. With `current` (data the same build made from these very sources) only
 * the counts are compared: hashing every pattern's characters took about 4 ms of a cold process,
 * in the interpreter (bench/README.md, forty-sixth round).
 */
function fits(sources: PhraseSource[], data: MatcherData, current = false): boolean {
  if (!Array.isArray(data.patterns)) return false;
  if (current) {
    let triggers = 0;
    for (const src of sources) triggers += src.triggers.length;
    return triggers === data.triggers && data.patterns.length === triggers;
  }
  const f = fingerprint(sources);
  return f.triggers === data.triggers && f.hash === data.hash && data.patterns.length === f.triggers;
}

/**
 * One hit per stretch of text: sorted by start, longer first, then in the order of the owner's
 * triggers (not in the order their anchors were met); a hit overlapping a kept one goes. First,
 * a hit that spans a comma goes when a hit of the same phrase within it does not: its gap crossed
 * a comma that the phrase did not need (需要您…(提供|预约) met at the 提供 after 需要您预约一下哦，
 * where it also matches 需要您预约).
 */
function dropOverlaps(list: Hit[], rank: Map<Trigger, number>, text: string): Hit[] {
  dropCrossing(list, text);
  // hits mostly come in order already; Array.prototype.sort allocates even then
  let sorted = true;
  for (let k = 1; k < list.length && sorted; k++) sorted = compareHits(list[k - 1], list[k], rank) <= 0;
  if (!sorted) list.sort((a, b) => compareHits(a, b, rank));
  // kept in place: the list is this scan's own
  let kept = 0;
  for (let k = 0; k < list.length; k++) {
    const h = list[k];
    if (kept > 0 && h.start < list[kept - 1].end) continue;
    list[kept++] = h;
  }
  list.length = kept;
  return list;
}

function dropCrossing(list: Hit[], text: string): void {
  let kept = 0;
  for (let k = 0; k < list.length; k++) {
    const a = list[k];
    let inner = false;
    if (spansPhraseEnd(text, a.start, a.end)) {
      // (entries before k may have moved down already: all of them kept ones, which is enough)
      for (let j = 0; j < list.length && !inner; j++) {
        const b = list[j];
        inner = b !== a && b.trigger === a.trigger && b.start >= a.start && b.end <= a.end && !spansPhraseEnd(text, b.start, b.end);
      }
    }
    if (!inner) list[kept++] = a;
  }
  list.length = kept;
}

function compareHits(a: Hit, b: Hit, rank: Map<Trigger, number>): number {
  return a.start - b.start || b.end - a.end || (rank.get(a.trigger) ?? 0) - (rank.get(b.trigger) ?? 0);
}
