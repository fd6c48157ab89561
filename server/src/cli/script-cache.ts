/**
 * `huashu lint --cache`, script by script: when a file changed since the cache was written, its
 * entry still holds each script's lint from the last run, and a script whose source text is the
 * same is not linted again; only the scripts that changed are, and the file's own step (its
 * structure, ids, library rules, directives, scores) runs on the whole file as always. A lead's
 * pull request that edits a few scripts of a library of thousands is linted in the time of
 * reading the file, not of linting it all.
 *
 * This is the engine's memo of scripts' lints (engine/lint.ts, `ScriptLints`: what the language
 * server's `ScriptMemo` keeps in memory between keystrokes) kept in the cache file. The same
 * rests on the same ground: a script's lint reads nothing of the file but the script itself, the
 * header's version, platform, shop and variables' names, and the config. The entry is used only
 * when the config and the tool are the same (the cache checks both for every entry) and the header
 * has the same version and platform (`headOf`); a script is found by its key (its id) and then by
 * the SHA-1 of its source text and its length, and its findings are moved to where the script now
 * starts. Each script's entry notes whether its lint read the shop or the variables' names (the
 * lint records it, `trackHeader`, as the language server's does): a header whose shop or
 * variables changed lints again only the scripts that read them (a greeting that names the shop,
 * a reply with a placeholder), as the language server's memo does between keystrokes.
 *
 * In the block layout a script is known by its item's chunk (fast-scan.ts, `ItemChunk`: its
 * dash's line to the next item's), whose text holds the script's; and a chunk that another item
 * follows is taken before it is read at all (`take`): its script as the lint keeps it (id, title,
 * scenario, stage, spans), its parse issues and its lint, moved to where the chunk now starts.
 * The scanner then goes on at the next item, so a changed library is parsed only where it
 * changed. Elsewhere (JSON, the full parser's path, a text that may hold directives) a script is
 * known by its own text and read as always.
 *
 * The chunks are checked a run at a time: the entry keeps a digest per run of 64 scripts whose
 * chunks lie end to end (`runs`), and a run whose text is the same vouches for its chunks, each
 * taken where the one before it ended without a digest of its own; a run with a change in it is
 * checked chunk by chunk.
 *
 * What an entry keeps per script (`StoredScriptLints`) besides what it keeps anyway (each
 * script's id, title, scenario, stage and spans, in `scripts`): the digest of its chunk or text,
 * where that lies around the script, its id's span, its parse issues, its findings as indexes
 * into the entry's findings (a finding the file's step dropped or changed — one a directive
 * suppressed, one the config gave another severity — is kept whole in `own`). Numbers and digests
 * are packed in base64, so a cached run that does not need them (the file did not change) parses a
 * few long strings, not a list of numbers per script.
 */
import { timed } from '../engine';
import type { EffectiveConfig, Finding, Library } from '../engine';
import { READS_SHOP, READS_VARIABLES, shiftFinding } from '../engine/lint';
import type { MemoedLint, ScriptLints, TakenScript } from '../engine/lint';
import type { ItemChunk } from '../engine/parse/fast-scan';
import { skeleton, type StructuralIssue } from '../engine/parse/library';
import { listed, SCENARIOS, STAGES, type Scenario, type Stage } from '../engine/types';
import { crypto } from '../node/digest';
import { base64Pieces, decodeFindings, findingPieces, int32Pieces, intsOf, type JsonPieces, type StoredFindings } from './lint-cache';

/** What one file's entry keeps of its scripts' lints. */
export interface StoredScriptLints {
  /** The header the scripts were linted after (`headOf`). */
  head: string;
  /** The SHA-1 of each script's region (`regions`; 20 bytes each), one after another, in base64 (scripts in the order of the entry's `scripts`). */
  digests: string;
  /**
   * Per script four 32-bit integers (base64): where its region starts before the script (`lead`;
   * -1: the region is the script's own text), the region's length (-1 - length when the chunk
   * may not be taken before it is read: `ItemChunk.next`), its id's span from the script's start
   * (-1 -1 without one).
   */
  regions: string;
  /** The scripts' parse issues, in script order: each one's script (32-bit, base64), and the issues as findings. */
  issues: { at: string; list: StoredFindings };
  /** Per script, its number of findings (32-bit little-endian integers, base64). */
  counts: string;
  /** Per finding of the scripts in order (32-bit, base64): its index in the entry's findings, or -1 - k for the k-th of `own`. */
  refs: string;
  /** The scripts' findings that the file's findings do not hold as they are. */
  own: StoredFindings;
  /** Per script, what its lint read of the header's shop and variables (`READS_SHOP` | `READS_VARIABLES`): a byte each, base64. */
  reads: string;
  /**
   * The scripts in runs of `size` (the last one shorter), in script order: per run the SHA-1 of its
   * text (20 bytes each, base64), from its first script's chunk to the end of its last one's, where
   * every script of the run has a chunk to take and each chunk starts where the one before it
   * ends, and that text's length (32-bit integers, base64), or -1 and 20 zero bytes for a run
   * without. One digest then vouches for a run's chunks, not one per chunk (absent: no runs).
   */
  runs?: { size: number; digests: string; lens: string };
}

const DIGEST = 20;
/**
 * Scripts per run (`StoredScriptLints.runs`) as this tool writes them. A digest costs the same few
 * microseconds of call for a chunk as for 64 of them: a changed library's unchanged scripts are
 * checked a run at a time (30,000 scripts: 30,000 digests of their chunks took 40-55 ms, 470 of
 * their runs 7 ms).
 */
export const RUN = 64;
/** The header reads kept per script: a lint that did not record them (`READS_ANY`) read all of these. */
const READS_KNOWN = READS_SHOP | READS_VARIABLES;
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);
const NO_ERRORS: MemoedLint['errors'] = Object.freeze([]) as unknown as MemoedLint['errors'];

/** What a script's lint may read of the header: its version, platform, shop and variables' names. */
export function headOf(lib: Library): string {
  return JSON.stringify([lib.version, lib.platform, lib.shop ?? null, [...lib.variables.keys()]]);
}

/**
 * What a header (`now`, from `headOf`) changed since the one the stored lints were made after
 * (`was`): the fields (`READS_SHOP` | `READS_VARIABLES`) whose readers must be linted again; -1
 * when every script must (another version or platform, which every lint reads, or a stored
 * header that does not read back).
 */
export function headerChange(was: unknown, now: string): number {
  if (was === now) return 0;
  if (typeof was !== 'string') return -1;
  let a: unknown;
  try { a = JSON.parse(was); } catch { return -1; }
  const b = JSON.parse(now) as unknown[];
  if (!Array.isArray(a) || a.length !== 4 || JSON.stringify(a[0]) !== JSON.stringify(b[0]) || a[1] !== b[1]) return -1;
  return (a[2] !== b[2] ? READS_SHOP : 0) | (JSON.stringify(a[3]) !== JSON.stringify(b[3]) ? READS_VARIABLES : 0);
}

type HashFn = (algorithm: string, data: string, encoding: 'buffer') => Buffer;

/** SHA-1 of a script's region, its chunk or its own text (the file's text is valid UTF-8, so no lone surrogate makes two texts one). */
function digestOf(s: string): Uint8Array {
  const c = crypto() as ReturnType<typeof crypto> & { hash?: HashFn };
  return c.hash ? c.hash('sha1', s, 'buffer') : c.createHash('sha1').update(s).digest();
}

/** A list of 32-bit integers that grows as it is written. */
class IntList {
  data = new Int32Array(256);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) { const d = new Int32Array(this.data.length * 2); d.set(this.data); this.data = d; }
    this.data[this.length++] = v;
  }
}

/** The lints an entry kept, read back: checked whole before the first is used. */
interface Kept {
  head: string;
  /** Per script: its id (null for none), title, scenario, stage, its span (start, end, head start, head end: four per script). */
  ids: readonly (string | null)[];
  titles: readonly (string | null)[];
  scenarios: readonly (Scenario | undefined)[];
  stages: readonly (Stage | undefined)[];
  spans: Int32Array;
  digests: Uint8Array;
  /** Scripts per run, and per run its digest (`StoredScriptLints.runs`) and its text's length (-1: none). */
  runSize: number;
  runs: Uint8Array;
  runLens: Int32Array;
  /** Per script: lead, region length (signed), id start and end (`StoredScriptLints.regions`). */
  regions: Int32Array;
  counts: Int32Array;
  /** Per script, what its lint read of the shop and the variables. */
  reads: Uint8Array;
  /** Where each script's refs start. */
  from: Int32Array;
  refs: Int32Array;
  /** Per key, its first script; `next` chains the scripts of one key (made when a script is not where the last one leads to expect it). */
  first?: Map<string, number>;
  next?: Int32Array;
  findings: Finding[];
  own: Finding[];
  /** The scripts' parse issues, those of script i at [issueFrom[i], issueFrom[i + 1]). */
  issues: Finding[];
  issueFrom: Int32Array;
}

/**
 * What a cache entry gives the memo: its scripts' lints, the findings they refer to (made when
 * first needed), its scripts' columns (ids and spans from the entry's head, `StoredEntry.scripts`;
 * titles, scenarios and stages from its rest, `StoredRest`), the cache file's string table.
 */
export interface StoredLints {
  lints: StoredScriptLints;
  findings: () => Finding[];
  scripts: { id: unknown; title: unknown; scenario: unknown; stage: unknown; spans: unknown /* the entry's base64 column, or an Int32Array */ };
  strings: readonly string[];
}

/** Where a script's region lies: its lead before the script and its length, signed (`StoredScriptLints.regions`). */
interface Place { at: number; lead: number; len: number }

export class ScriptCache implements ScriptLints {
  private kept: Kept | undefined;
  /** What this lint's scripts read of the header (`headOf`). */
  private head = '';
  /** Whether the stored lints fit the header this lint began with. */
  private usable = false;
  /** What the header changed since the stored lints (`headerChange`): scripts that read it are linted again. */
  private drop = 0;
  /** Per stored script: taken by this lint. */
  private used: Uint8Array | undefined;
  /** The stored script expected next: the one after the last script looked up was expected at (scripts seldom move). */
  private expect = 0;
  /**
   * A stored run whose digest matched the text (`trusted`): its scripts below `trustTo` are taken
   * without a digest of their own while each chunk starts at `trustAt`, where the last one taken
   * ended (a script read in between, not taken, has text there: the run's next chunk is not where
   * it was in the run, and is checked by its own digest).
   */
  private trustTo = -1;
  private trustAt = -1;
  // this lint's scripts, in order: where each starts, its region, its findings, its digest when it was made
  private ats = new IntList();
  private leads = new IntList();
  private lens = new IntList();
  /** Each script's number of findings, and the findings of all, one after another (no list per script). */
  private counts = new IntList();
  /** Each script's reads of the header (`READS_SHOP` | `READS_VARIABLES`). */
  private reads = new IntList();
  private found: Finding[] = [];
  private digests: Uint8Array | undefined;
  /** The region of the script last looked up (`get`), and its digest when one was made: the script is then linted and set. */
  private place: Place = { at: -1, lead: -1, len: -1 };
  private last: { at: number; digest: Uint8Array } | undefined;
  /** What is written (`done`): the text, each script's id span from its start, its issues, the lint's findings. */
  private out: { text: string; idAt: Int32Array; issues: readonly StructuralIssue[]; findings: readonly Finding[] } | undefined;
  /** Scripts this lint took from the cache (`take`n before they were read, or found after), and scripts it linted. */
  hits = 0;
  taken = 0;
  misses = 0;
  /** Of the scripts taken, those whose chunk their run's digest vouched for (no digest of their own made). */
  byRun = 0;

  /**
   * `stored`: the entry's lints, with the findings they refer to (made when first needed) and the
   * cache file's string table; none for a file the cache does not know under this config.
   */
  constructor(private stored?: StoredLints, private readonly runSize = RUN) {}

  begin(header: Library, _config: EffectiveConfig): void {
    this.restart();
    this.usable = false;
    this.head = headOf(header);
    const drop = headerChange(this.kept ? this.kept.head : this.stored?.lints.head, this.head);
    if (drop < 0) return;
    if (!this.kept) {
      if (!this.stored) return;
      try {
        this.kept = this.read();
      } catch {
        this.stored = undefined;
        return; // a damaged entry: every script is linted
      }
    }
    this.drop = drop;
    this.usable = true;
    this.used = new Uint8Array(this.kept.ids.length);
  }

  restart(): void {
    this.ats = new IntList();
    this.leads = new IntList();
    this.lens = new IntList();
    this.counts = new IntList();
    this.reads = new IntList();
    this.found = [];
    this.digests = undefined;
    this.last = undefined;
    this.used?.fill(0);
    this.expect = 0;
    this.trustTo = this.trustAt = -1;
    this.hits = this.taken = this.misses = this.byRun = 0;
  }

  /** The scripts are read: the stored lints are let go (a lint that starts again from its header lints every script). */
  end(): void {
    this.kept = undefined;
    this.stored = undefined;
    this.used = undefined;
    this.usable = false;
  }

  take(text: string, start: number, end: number, index: number): TakenScript | undefined {
    // (`--timing`: the look-up is the cache's time, not the parse's it runs inside)
    return this.usable ? timed('cache', () => this.takeChunk(text, start, end, index)) : undefined;
  }

  private takeChunk(text: string, start: number, end: number, index: number): TakenScript | undefined {
    const k = this.kept!;
    const R = k.regions;
    const len = end - start;
    // only where the last script leads to expect it: an item that is not there (added, moved, or
    // after one that was) is read, and its script found by its id (`get`), which sets where the
    // next one is expected
    const i = this.expect;
    if (i >= k.ids.length || this.used![i] || R[4 * i + 1] !== len) return undefined;
    // the stored digest when a run vouches for the chunk's text (its own digest otherwise)
    const vouched = (i < this.trustTo && start === this.trustAt) || (i % k.runSize === 0 && this.trusted(text, start, i));
    if (k.reads[i] & this.drop) {
      // the same script, but its lint read what the header changed: read and linted again (found
      // by its id, where it is expected), and the run goes on after it
      if (vouched) this.trustAt = end;
      return undefined;
    }
    let digest: Uint8Array;
    if (vouched) {
      digest = k.digests.subarray(i * DIGEST, (i + 1) * DIGEST);
      this.byRun++;
    } else {
      digest = digestOf(text.slice(start, end));
      if (!sameDigest(k.digests, i * DIGEST, digest)) return undefined;
    }
    this.trustAt = end;
    this.used![i] = 1;
    this.expect = i + 1;
    const sp = k.spans;
    const d = start - (sp[4 * i] - R[4 * i]);
    const span = { start: sp[4 * i] + d, end: sp[4 * i + 1] + d };
    const idSpan = R[4 * i + 2] >= 0 ? { start: span.start + R[4 * i + 2], end: span.start + R[4 * i + 3] } : undefined;
    const script = skeleton(index, k.ids[i] ?? undefined, idSpan, k.titles[i] ?? undefined, k.scenarios[i], k.stages[i], span, { start: sp[4 * i + 2] + d, end: sp[4 * i + 3] + d });
    let issues = NO_ISSUES;
    if (k.issueFrom[i + 1] > k.issueFrom[i]) {
      issues = [];
      for (let q = k.issueFrom[i]; q < k.issueFrom[i + 1]; q++) {
        const f = k.issues[q];
        issues.push({ ruleId: f.ruleId, message: f.message, start: f.start + d, end: f.end + d, scriptIndex: index });
      }
    }
    const findings = this.findingsOf(i, d);
    this.hits++;
    this.taken++;
    this.note(span.start, R[4 * i], R[4 * i + 1], findings, digest, k.reads[i]);
    return { script, issues, findings, reads: k.reads[i] };
  }

  /**
   * Whether the stored run that starts with script i has the text that starts at `start`: then the
   * run's scripts are taken by their stored digests while each chunk is where the last one ended
   * (and of the length stored: the chunks are the run's text, as it was).
   */
  private trusted(text: string, start: number, i: number): boolean {
    const k = this.kept!;
    const b = i / k.runSize;
    const len = k.runLens[b];
    if (len === undefined || len < 0 || start + len > text.length) return false;
    if (!sameDigest(k.runs, b * DIGEST, digestOf(text.slice(start, start + len)))) return false;
    this.trustTo = Math.min(i + k.runSize, k.ids.length);
    return true;
  }

  /** The stored script i's findings, moved by `d`. */
  private findingsOf(i: number, d: number): Finding[] {
    const k = this.kept!;
    const n = k.counts[i];
    if (!n) return NO_FINDINGS as Finding[];
    const findings = new Array<Finding>(n);
    for (let q = 0; q < n; q++) {
      const r = k.refs[k.from[i] + q];
      const f = r >= 0 ? k.findings[r] : k.own[-1 - r];
      findings[q] = d ? shiftFinding(f, d) : f;
    }
    return findings;
  }

  get(key: string, text: string, at: number, end: number, _line: number, _col: number, chunk?: ItemChunk): MemoedLint | undefined {
    // the region the script is known by: its chunk when the scan gave one that holds it (but for
    // the spaces before the next item's dash, where an empty last value with a comment ends)
    const p = this.place;
    p.at = at;
    if (chunk && chunk.start <= at && at <= chunk.end && spacesOnly(text, chunk.end, end)) {
      p.lead = at - chunk.start;
      p.len = chunk.next ? chunk.end - chunk.start : -1 - (chunk.end - chunk.start);
    } else {
      p.lead = -1;
      p.len = -1 - (end - at);
    }
    this.last = undefined;
    return this.usable ? timed('cache', () => this.find(key, text, at, end)) : undefined;
  }

  private find(key: string, text: string, at: number, end: number): MemoedLint | undefined {
    const k = this.kept!;
    const n = k.ids.length;
    // where the last script leads to expect this one: the same key there, or a look-up by key
    const e = this.expect;
    let i = e < n && (k.ids[e] ?? '') === key ? e : this.firstOf(key);
    this.expect = i >= 0 ? i + 1 : e + 1;
    if (i < 0) return undefined;
    const { lead, len } = this.place;
    const size = len < 0 ? -1 - len : len;
    const digest = digestOf(text.slice(lead < 0 ? at : at - lead, (lead < 0 ? at : at - lead) + size));
    this.last = { at, digest };
    // a stored script known by another region (its own text, or its chunk, when the last lint read
    // the file with directives and this one without, or the other way): its region read here
    let other: { lead: number; size: number; digest: Uint8Array | undefined } | undefined;
    for (; i >= 0; i = k.next ? k.next[i] : -1) {
      const start = k.spans[4 * i];
      if (this.used![i] || k.spans[4 * i + 1] - start !== end - at) continue;
      const L = k.regions[4 * i];
      const stored = k.regions[4 * i + 1];
      const S = stored < 0 ? -1 - stored : stored;
      let d: Uint8Array | undefined = digest;
      if (L !== lead || S !== size) {
        if (!other || other.lead !== L || other.size !== S) other = { lead: L, size: S, digest: regionDigest(text, at, end, L, S) };
        d = other.digest;
      }
      if (!d || !sameDigest(k.digests, i * DIGEST, d)) continue;
      // the same script, but its lint read what the header changed: linted again
      if (k.reads[i] & this.drop) return undefined;
      this.used![i] = 1;
      this.expect = i + 1;
      const findings = this.findingsOf(i, at - start);
      this.hits++;
      this.note(at, lead, len, findings, digest, k.reads[i]);
      return { findings, errors: NO_ERRORS, reads: k.reads[i] };
    }
    return undefined;
  }

  set(_key: string, m: { source: string; findings: Finding[]; at: number; reads: number }): void {
    this.misses++;
    const p = this.place;
    // the region `get` found for this script; without one (a `set` with no `get` before it), its own text
    const known = p.at === m.at;
    this.note(m.at, known ? p.lead : -1, known ? p.len : -1 - m.source.length, m.findings, known && this.last?.at === m.at ? this.last.digest : undefined, m.reads & READS_KNOWN);
  }

  /**
   * Takes this lint's scripts for writing, with the file's text and its lint's library (the
   * skeletons' id spans and the parse issues) and findings (those the entry holds, with these
   * scripts: the scripts' findings are written as indexes into them); false when they cannot be
   * kept: the lint was not of these scripts (a lint made another way, a file fixed). What is
   * written is made when it is written (after the run's lint, its garbage collected: `pieces`).
   */
  done(text: string, library: Pick<Library, 'scripts' | 'issues'>, findings: readonly Finding[]): boolean {
    const scripts = library.scripts;
    const n = scripts.length;
    if (!this.head || n !== this.ats.length) return false;
    const idAt = new Int32Array(2 * n).fill(-1);
    for (let i = 0; i < n; i++) {
      const s = scripts[i];
      if (s.span.start !== this.ats.data[i]) return false;
      if (s.idSpan) { idAt[2 * i] = s.idSpan.start - s.span.start; idAt[2 * i + 1] = s.idSpan.end - s.span.start; }
    }
    // the scripts' issues in script order (the parse gives them so; a stable sort keeps any other order right)
    const issues = library.issues.filter((x) => x.scriptIndex !== undefined).sort((a, b) => a.scriptIndex! - b.scriptIndex!);
    this.out = { text, idAt, issues, findings };
    return true;
  }

  /** This lint's scripts as the entry's `lints` (the findings' strings named by `str`), made as they are written. */
  *pieces(j: JsonPieces, str: (s: string) => number): Generator<string> {
    const { text, idAt, issues, findings } = this.out!;
    const n = this.ats.length;
    const { ats, leads, lens } = this;
    j.add(`{"head":${JSON.stringify(this.head)},"digests":"`);
    const made = this.digests;
    yield* base64Pieces(j, n, DIGEST, (buf, i, q) => {
      const at = i * (DIGEST + 1);
      const known = made !== undefined && made.length > at + DIGEST && made[at + DIGEST] === 1;
      const from = ats.data[i] - Math.max(leads.data[i], 0);
      const len = lens.data[i];
      buf.set(known ? made.subarray(at, at + DIGEST) : digestOf(text.slice(from, from + (len < 0 ? -1 - len : len))), q);
    });
    this.digests = undefined;
    // each run's digest where its scripts' chunks can all be taken and lie end to end
    const size = this.runSize;
    const runLens = new Int32Array(Math.ceil(n / size));
    j.add(`","runs":{"size":${size},"digests":"`);
    yield* base64Pieces(j, runLens.length, DIGEST, (buf, b, q) => {
      const lo = b * size;
      const hi = Math.min(n, lo + size);
      const from = ats.data[lo] - Math.max(leads.data[lo], 0);
      let to = from;
      for (let i = lo; i < hi && to >= 0; i++) {
        to = lens.data[i] >= 0 && ats.data[i] - leads.data[i] === to ? to + lens.data[i] : -1;
      }
      runLens[b] = to < 0 ? -1 : to - from;
      if (to < 0) buf.fill(0, q, q + DIGEST); else buf.set(digestOf(text.slice(from, to)), q);
    });
    j.add('","lens":"');
    yield* int32Pieces(j, runLens.length, (b) => runLens[b]);
    j.add('"},"regions":"');
    yield* int32Pieces(j, 4 * n, (x) => {
      const i = x >> 2;
      const c = x & 3;
      return c === 0 ? leads.data[i] : c === 1 ? lens.data[i] : idAt[2 * i + c - 2];
    });
    j.add('","counts":"');
    yield* int32Pieces(j, n, (i) => this.counts.data[i]);
    j.add('","refs":"');
    const own: Finding[] = [];
    yield* int32Pieces(j, this.found.length, (q) => {
      const f = this.found[q];
      const k = indexIn(findings, f);
      if (k >= 0) return k;
      own.push(f);
      return -own.length;
    });
    j.add('","own":');
    yield* findingPieces(j, own, str);
    j.add(',"reads":"');
    yield* base64Pieces(j, n, 1, (buf, i, q) => { buf[q] = this.reads.data[i]; });
    j.add('","issues":{"at":"');
    yield* int32Pieces(j, issues.length, (q) => issues[q].scriptIndex!);
    j.add('","list":');
    yield* findingPieces(j, issues.map((x) => ({ ruleId: x.ruleId, severity: 'error' as const, message: x.message, start: x.start, end: x.end })), str);
    j.add('}}');
  }

  /** Whether `done` made something to write. */
  get storable(): boolean { return this.out !== undefined; }

  /** Notes a script of this lint: where it starts, its region, its findings, its digest when one was made (the rest are made by `pieces`). */
  private note(at: number, lead: number, len: number, findings: readonly Finding[], digest: Uint8Array | undefined, reads: number): void {
    const n = this.ats.length;
    this.ats.push(at);
    this.leads.push(lead);
    this.lens.push(len);
    this.counts.push(findings.length);
    this.reads.push(reads);
    for (let k = 0; k < findings.length; k++) this.found.push(findings[k]);
    if (!digest) return;
    // DIGEST bytes per script, then a byte that says the digest is there
    const size = (n + 1) * (DIGEST + 1);
    if (!this.digests || this.digests.length < size) {
      const d = new Uint8Array(Math.max(size, (this.digests?.length ?? 0) * 2, 64 * (DIGEST + 1)));
      if (this.digests) d.set(this.digests);
      this.digests = d;
    }
    this.digests.set(digest, n * (DIGEST + 1));
    this.digests[n * (DIGEST + 1) + DIGEST] = 1;
  }

  /**
   * The first stored script of key `key`, or -1; the index of keys is made the first time (only
   * when scripts moved: otherwise each is found where the last one leads to expect it).
   */
  private firstOf(key: string): number {
    const k = this.kept!;
    if (!k.first) {
      const { first, next } = chains(k.ids.length, (i) => k.ids[i] ?? '');
      k.first = first;
      k.next = next;
    }
    return k.first.get(key) ?? -1;
  }

  /** The entry's lints read back and checked: every number in range, every reference to a finding there is. */
  private read(): Kept {
    const { lints, strings, scripts } = this.stored!;
    const counts = intsOf(lints.counts);
    const n = counts.length;
    const { id: ids, title, scenario, stage } = scripts;
    // the entry's spans column (base64), or the spans of an entry read back this run
    const spans = typeof scripts.spans === 'string' ? intsOf(scripts.spans) : scripts.spans;
    const column = (c: unknown): unknown[] => { if (!Array.isArray(c) || c.length !== n) throw new Error('bad scripts'); return c; };
    column(ids);
    if (!(spans instanceof Int32Array) || spans.length !== 4 * n) throw new Error('bad scripts');
    // checked, and the scenarios and stages made the lists' own strings, in the entry's own columns (no copies kept beside them)
    const titles = column(title);
    for (const t of titles) if (t !== null && typeof t !== 'string') throw new Error('bad title');
    const scenarios = column(scenario);
    for (let i = 0; i < n; i++) scenarios[i] = scenarios[i] === null ? undefined : known(SCENARIOS, scenarios[i]);
    const stages = column(stage);
    for (let i = 0; i < n; i++) stages[i] = stages[i] === null ? undefined : known(STAGES, stages[i]);
    const regions = intsOf(lints.regions);
    if (regions.length !== 4 * n) throw new Error('bad regions');
    for (let i = 0; i < n; i++) {
      if ((ids as unknown[])[i] !== null && typeof (ids as unknown[])[i] !== 'string') throw new Error('bad id');
      const a = spans[4 * i];
      const b = spans[4 * i + 1];
      if (a < 0 || b < a) throw new Error('bad span');
      const lead = regions[4 * i];
      const len = regions[4 * i + 1];
      const size = len < 0 ? -1 - len : len;
      // a chunk to take lies around its script, from the start of its line; a region of its own text is the script's
      if (lead < -1 || lead > a || lead > size || (lead < 0 && (len >= 0 || size !== b - a))) throw new Error('bad region');
      const x = regions[4 * i + 2];
      const y = regions[4 * i + 3];
      if (!(x === -1 && y === -1) && !(x >= 0 && y >= x)) throw new Error('bad id span');
    }
    if (typeof lints.digests !== 'string') throw new Error('bad digests');
    if (typeof lints.reads !== 'string') throw new Error('bad reads');
    const reads = Buffer.from(lints.reads, 'base64');
    if (reads.length !== n) throw new Error('bad reads');
    const digests = Buffer.from(lints.digests, 'base64');
    if (digests.length !== n * DIGEST) throw new Error('bad digests');
    // the runs' digests (none in an entry without them): a run's text is its scripts' chunks, end to end
    const R = lints.runs;
    if (R !== undefined && (typeof R !== 'object' || R === null || !Number.isSafeInteger(R.size) || R.size < 1 || typeof R.digests !== 'string')) throw new Error('bad runs');
    const runSize = R ? R.size : n + 1;
    const blocks = Math.ceil(n / runSize);
    const runLens = R ? intsOf(R.lens) : new Int32Array(blocks).fill(-1);
    const runs = R ? Buffer.from(R.digests, 'base64') : new Uint8Array(blocks * DIGEST);
    if (runLens.length !== blocks || runs.length !== blocks * DIGEST) throw new Error('bad runs');
    for (let b = 0; b < blocks; b++) {
      if (runLens[b] < 0) continue;
      let sum = 0;
      for (let i = b * runSize; i < Math.min(n, (b + 1) * runSize); i++) {
        if (regions[4 * i + 1] < 0) throw new Error('bad runs');
        sum += regions[4 * i + 1];
      }
      if (sum !== runLens[b]) throw new Error('bad runs');
    }
    const refs = intsOf(lints.refs);
    const findings = this.stored!.findings();
    const own = decodeFindings(lints.own, strings);
    const from = new Int32Array(n);
    let r = 0;
    for (let i = 0; i < n; i++) {
      if (counts[i] < 0) throw new Error('bad number');
      from[i] = r;
      r += counts[i];
    }
    if (r !== refs.length) throw new Error('bad refs');
    for (const x of refs) if (x >= findings.length || -1 - x >= own.length) throw new Error('bad ref');
    if (typeof lints.issues !== 'object' || lints.issues === null) throw new Error('bad issues');
    const issueAt = intsOf(lints.issues.at);
    const issues = decodeFindings(lints.issues.list, strings);
    if (issues.length !== issueAt.length) throw new Error('bad issues');
    const issueFrom = new Int32Array(n + 1);
    for (let q = 0; q < issueAt.length; q++) {
      const i = issueAt[q];
      if (i < 0 || i >= n || (q && i < issueAt[q - 1])) throw new Error('bad issues');
      issueFrom[i + 1]++;
    }
    for (let i = 0; i < n; i++) issueFrom[i + 1] += issueFrom[i];
    // read: what the entry kept besides is let go
    this.stored = undefined;
    return {
      head: lints.head, ids: ids as (string | null)[], titles: titles as (string | null)[], scenarios: scenarios as (Scenario | undefined)[], stages: stages as (Stage | undefined)[],
      spans, digests, runSize, runs, runLens, regions, counts, reads, from, refs,
      findings, own, issues, issueFrom,
    };
  }
}

const NO_ISSUES: StructuralIssue[] = Object.freeze([]) as unknown as StructuralIssue[];

/** `value` as the list's own string; throws when the list does not have it. */
function known<T extends string>(list: readonly T[], value: unknown): T {
  const own = typeof value === 'string' ? listed(list, value) : undefined;
  if (own === undefined) throw new Error('bad enum');
  return own;
}

/**
 * The digest of a script's region in `text` (the script at [at, end)) as a stored script of
 * region `lead`, `size` had it: its own text (lead -1), or the chunk around it, which must hold it
 * but for spaces after the chunk; undefined when the text has no such region.
 */
function regionDigest(text: string, at: number, end: number, lead: number, size: number): Uint8Array | undefined {
  if (lead < 0) return digestOf(text.slice(at, end));
  const from = at - lead;
  if (from < 0 || from + size > text.length || from + size < at || !spacesOnly(text, from + size, end)) return undefined;
  return digestOf(text.slice(from, from + size));
}

/** Whether text[from, to) is spaces only (or empty). */
function spacesOnly(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== 32) return false;
  return true;
}

/** Per key (undefined: none), its first index among n, and the next index of the same key after each (-1: none). */
function chains(n: number, keyOf: (i: number) => string | undefined): { first: Map<string, number>; next: Int32Array } {
  const first = new Map<string, number>();
  const next = new Int32Array(n).fill(-1);
  const lastOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const name = keyOf(i);
    if (name === undefined) continue;
    const p = first.get(name);
    if (p === undefined) { first.set(name, i); lastOf[i] = i; } else { next[lastOf[p]] = i; lastOf[p] = i; }
  }
  return { first, next };
}

/** The index of `f` itself in `findings` (sorted by offset, as a lint's are), or -1. */
function indexIn(findings: readonly Finding[], f: Finding): number {
  let lo = 0;
  let hi = findings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (findings[mid].start < f.start) lo = mid + 1; else hi = mid;
  }
  for (let k = lo; k < findings.length && findings[k].start === f.start; k++) if (findings[k] === f) return k;
  return -1;
}

function sameDigest(all: Uint8Array, at: number, d: Uint8Array): boolean {
  for (let k = 0; k < DIGEST; k++) if (all[at + k] !== d[k]) return false;
  return true;
}
