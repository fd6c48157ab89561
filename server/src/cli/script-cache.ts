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
 * What an entry keeps per script (`StoredScriptLints`) besides what it keeps anyway (each
 * script's id and span, in `scripts`): the digest of its text, and its findings as indexes into
 * the entry's findings (a finding the file's step dropped or changed — one a directive
 * suppressed, one the config gave another severity — is kept whole in `own`). Numbers and digests
 * are packed in base64, so a cached run that does not need them (the file did not change) parses a
 * few long strings, not a list of numbers per script.
 */
import { activeTiming } from '../engine';
import type { EffectiveConfig, Finding, Library, ScriptBase } from '../engine';
import { READS_SHOP, READS_VARIABLES, shiftFinding } from '../engine/lint';
import type { MemoedLint, ScriptLints } from '../engine/lint';
import { crypto } from '../node/digest';
import { decodeFindings, findingPieces, type JsonPieces, type StoredFindings } from './lint-cache';

/** What one file's entry keeps of its scripts' lints. */
export interface StoredScriptLints {
  /** The header the scripts were linted after (`headOf`). */
  head: string;
  /** The SHA-1 of each script's source text (20 bytes each), one after another, in base64 (scripts in the order of the entry's `scripts`). */
  digests: string;
  /** Per script, its number of findings (32-bit little-endian integers, base64). */
  counts: string;
  /** Per finding of the scripts in order (32-bit, base64): its index in the entry's findings, or -1 - k for the k-th of `own`. */
  refs: string;
  /** The scripts' findings that the file's findings do not hold as they are. */
  own: StoredFindings;
  /** Per script, what its lint read of the header's shop and variables (`READS_SHOP` | `READS_VARIABLES`): a byte each, base64. */
  reads: string;
}

const DIGEST = 20;
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

/** SHA-1 of a script's source text (the file's text is valid UTF-8, so no lone surrogate makes two texts one). */
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

/** 32-bit little-endian integers from base64; throws unless the bytes are whole integers. */
function intsOf(s: unknown): Int32Array {
  if (typeof s !== 'string') throw new Error('bad column');
  const b = Buffer.from(s, 'base64');
  if (b.length % 4) throw new Error('bad column');
  const out = new Int32Array(b.length / 4);
  for (let k = 0; k < out.length; k++) out[k] = b.readInt32LE(k * 4);
  return out;
}

/** The lints an entry kept, read back: checked whole before the first is used. */
interface Kept {
  head: string;
  /** Per script: its id (null for none), its span (start, end, head start, head end: four per script). */
  ids: readonly (string | null)[];
  spans: readonly number[];
  digests: Uint8Array;
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
}

/**
 * What a cache entry gives the memo: its scripts' lints, the findings they refer to (made when
 * first needed), its scripts' ids and spans (`StoredEntry.scripts`), the cache file's string table.
 */
export interface StoredLints {
  lints: StoredScriptLints;
  findings: () => Finding[];
  scripts: { id: unknown; spans: unknown };
  strings: readonly string[];
}

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
  // this lint's scripts, in order: where each starts, its findings, its digest when it was made
  private ats = new IntList();
  /** Each script's number of findings, and the findings of all, one after another (no list per script). */
  private counts = new IntList();
  /** Each script's reads of the header (`READS_SHOP` | `READS_VARIABLES`). */
  private reads = new IntList();
  private found: Finding[] = [];
  private digests: Uint8Array | undefined;
  /** The digest last made (a script looked up and not found is then linted and set). */
  private last: { at: number; end: number; digest: Uint8Array } | undefined;
  /** What is written (`done`). */
  private out: { text: string; scripts: readonly Pick<ScriptBase, 'span'>[]; findings: readonly Finding[] } | undefined;
  /** Scripts this lint took from the cache, and scripts it linted. */
  hits = 0;
  misses = 0;

  /**
   * `stored`: the entry's lints, with the findings they refer to (made when first needed) and the
   * cache file's string table; none for a file the cache does not know under this config.
   */
  constructor(private stored?: StoredLints) {}

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
    this.counts = new IntList();
    this.reads = new IntList();
    this.found = [];
    this.digests = undefined;
    this.last = undefined;
    this.used?.fill(0);
    this.expect = 0;
    this.hits = this.misses = 0;
  }

  /** The scripts are read: the stored lints are let go (a lint that starts again from its header lints every script). */
  end(): void {
    this.kept = undefined;
    this.stored = undefined;
    this.used = undefined;
    this.usable = false;
  }

  get(key: string, text: string, at: number, end: number): MemoedLint | undefined {
    if (!this.usable) return undefined;
    // (`--timing`: the look-up is the cache's time, not the parse's it runs inside)
    const tm = activeTiming();
    tm?.enter('cache');
    try {
      return this.find(key, text, at, end);
    } finally {
      tm?.leave();
    }
  }

  private find(key: string, text: string, at: number, end: number): MemoedLint | undefined {
    const k = this.kept!;
    const n = k.ids.length;
    // where the last script leads to expect this one: the same key there, or a look-up by key
    const e = this.expect;
    let i = e < n && (k.ids[e] ?? '') === key ? e : this.firstOf(key);
    this.expect = i >= 0 ? i + 1 : e + 1;
    if (i < 0) return undefined;
    const digest = digestOf(text.slice(at, end));
    this.last = { at, end, digest };
    for (; i >= 0; i = k.next ? k.next[i] : -1) {
      const start = k.spans[4 * i];
      if (this.used![i] || k.spans[4 * i + 1] - start !== end - at || !sameDigest(k.digests, i * DIGEST, digest)) continue;
      // the same script, but its lint read what the header changed: linted again
      if (k.reads[i] & this.drop) return undefined;
      this.used![i] = 1;
      this.expect = i + 1;
      const d = at - start;
      const n = k.counts[i];
      let findings = NO_FINDINGS as Finding[];
      if (n) {
        findings = new Array<Finding>(n);
        for (let q = 0; q < n; q++) {
          const r = k.refs[k.from[i] + q];
          const f = r >= 0 ? k.findings[r] : k.own[-1 - r];
          findings[q] = d ? shiftFinding(f, d) : f;
        }
      }
      this.hits++;
      this.note(at, findings, digest, k.reads[i]);
      return { findings, errors: NO_ERRORS, reads: k.reads[i] };
    }
    return undefined;
  }

  set(_key: string, m: { source: string; findings: Finding[]; at: number; reads: number }): void {
    this.misses++;
    const last = this.last;
    this.note(m.at, m.findings, last && last.at === m.at && last.end === m.at + m.source.length ? last.digest : undefined, m.reads & READS_KNOWN);
  }

  /**
   * Takes this lint's scripts for writing, with the file's text and its lint's scripts and
   * findings (those the entry holds, with these scripts: the scripts' findings are written as
   * indexes into them); false when they cannot be kept: the lint was not of these scripts (a lint
   * made another way, a file fixed). What is written is made when it is written (after the run's
   * lint, its garbage collected: `pieces`).
   */
  done(text: string, scripts: readonly Pick<ScriptBase, 'span'>[], findings: readonly Finding[]): boolean {
    const n = scripts.length;
    if (!this.head || n !== this.ats.length) return false;
    for (let i = 0; i < n; i++) if (scripts[i].span.start !== this.ats.data[i]) return false;
    this.out = { text, scripts, findings };
    this.ats = new IntList();
    return true;
  }

  /** This lint's scripts as the entry's `lints` (the findings' strings named by `str`), made as they are written. */
  *pieces(j: JsonPieces, str: (s: string) => number): Generator<string> {
    const { text, scripts, findings } = this.out!;
    const n = scripts.length;
    j.add(`{"head":${JSON.stringify(this.head)},"digests":"`);
    const made = this.digests;
    yield* base64Pieces(j, n, DIGEST, (buf, i, q) => {
      const at = i * (DIGEST + 1);
      const known = made !== undefined && made.length > at + DIGEST && made[at + DIGEST] === 1;
      const span = scripts[i].span;
      buf.set(known ? made.subarray(at, at + DIGEST) : digestOf(text.slice(span.start, span.end)), q);
    });
    this.digests = undefined;
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
    j.add('"}');
  }

  /** Whether `done` made something to write. */
  get storable(): boolean { return this.out !== undefined; }

  /** Notes a script of this lint; its digest when one was made (the rest are made by `pieces`). */
  private note(at: number, findings: readonly Finding[], digest: Uint8Array | undefined, reads: number): void {
    const n = this.ats.length;
    this.ats.push(at);
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
      const n = k.ids.length;
      const first = new Map<string, number>();
      const next = new Int32Array(n).fill(-1);
      const lastOf = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const name = k.ids[i] ?? '';
        const p = first.get(name);
        if (p === undefined) { first.set(name, i); lastOf[i] = i; } else { next[lastOf[p]] = i; lastOf[p] = i; }
      }
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
    const ids = scripts.id;
    const spans = scripts.spans;
    if (!Array.isArray(ids) || ids.length !== n || !Array.isArray(spans) || spans.length !== 4 * n) throw new Error('bad scripts');
    for (let i = 0; i < n; i++) {
      if (ids[i] !== null && typeof ids[i] !== 'string') throw new Error('bad id');
      const a = spans[4 * i];
      const b = spans[4 * i + 1];
      if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || a < 0 || b < a) throw new Error('bad span');
    }
    if (typeof lints.digests !== 'string') throw new Error('bad digests');
    if (typeof lints.reads !== 'string') throw new Error('bad reads');
    const reads = Buffer.from(lints.reads, 'base64');
    if (reads.length !== n) throw new Error('bad reads');
    const digests = Buffer.from(lints.digests, 'base64');
    if (digests.length !== n * DIGEST) throw new Error('bad digests');
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
    // read: what the entry kept besides is let go
    this.stored = undefined;
    return { head: lints.head, ids: ids as (string | null)[], spans: spans as number[], digests, counts, reads, from, refs, findings, own };
  }
}

/**
 * `n` values of `size` bytes each in base64 (`put(buf, k, at)` writes the k-th at byte `at` of
 * `buf`, asked in order), in runs of whole 3-byte groups, so that the runs make one string
 * without padding inside.
 */
function* base64Pieces(j: JsonPieces, n: number, size: number, put: (buf: Buffer, k: number, at: number) => void): Generator<string> {
  const RUN = 3 * 128;
  const buf = Buffer.alloc(RUN * size);
  for (let i = 0; i < n; i += RUN) {
    const m = Math.min(RUN, n - i);
    for (let q = 0; q < m; q++) put(buf, i + q, q * size);
    j.add(buf.toString('base64', 0, m * size));
    if (j.full) yield j.take();
  }
}

/** `n` 32-bit little-endian integers (`at(k)` the k-th, asked in order) in base64. */
function int32Pieces(j: JsonPieces, n: number, at: (k: number) => number): Generator<string> {
  return base64Pieces(j, n, 4, (buf, k, q) => { buf.writeInt32LE(at(k), q); });
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
