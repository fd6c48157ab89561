/**
 * `huashu lint --cache`: the findings of each file, kept in a cache file between runs, so that a
 * run re-lints only the files whose content, config or neighbours changed (ESLint's `--cache`
 * with its `content` strategy, which the research notes recommend: checkouts on CI reset file
 * times, so a file is known by a hash of its text, never by its time).
 *
 * An entry is used only when all of these are the same as when it was written: the tool (version
 * and build), the file's text (SHA-1), its effective config (a hash of the resolved rules,
 * phrases, allow list and platform), and the ids that other files of the run define (what
 * `duplicate-id` reported across files). The report is then made from the stored findings by the
 * same code as after a lint (`scoredScripts`, `toMessage`), so output is byte-identical (tested).
 * Files read from standard input, files with a rule failure and files a fix changed are never
 * stored; `--fix` and `--fix-dry-run` lint every file and store the results.
 *
 * An entry also keeps each script's lint (`lints`, script-cache.ts): when the file changed, a lint
 * of it under the same config takes the lints of the scripts whose text did not change, and only
 * the others are linted.
 *
 * The file is JSON in lines (format 4, `FORMAT`): a first line that names the format and the tool,
 * a line per file, and the string table (rule ids, messages) last. A file's line is its key (its
 * path relative to the cache file's folder: a cache restored on another checkout of the
 * repository still fits), the entry's head (`StoredEntry`: what a report made from it reads), its
 * scripts (`StoredScripts`: indexes, ids and spans, which JUnit's cases read) and the rest
 * (`StoredRest`: the scripts' titles, scenarios and stages, and their lints, which only a changed
 * file or a report of the scripts' results reads), separated by tabs (JSON text has none). A run
 * decodes and parses the heads only and reads the other fields from the file when they are needed
 * (`CacheSource`); an entry written again unchanged is copied as it was, its string indexes still
 * right (the table only grows, and starts afresh past `MAX_STRINGS`). A cache that cannot be read
 * or is of another tool or format is ignored and written anew, never fatal.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { EffectiveConfig, Finding, Fix, ScriptBase, Severity } from '../engine';
import { listed, SCENARIOS, STAGES } from '../engine/types';
import { sha1 } from '../node/digest';
import { isAscii } from 'buffer';
import { readPieces, readUtf8 } from '../node/utf8';
import { writeFileAtomic } from './fix-writer';
import { casesOf, type ScriptCases } from './report';
import { RUN, ScriptCache, type StoredScriptLints } from './script-cache';
import { VERSION } from './version';

export const DEFAULT_CACHE_FILE = '.huashucache';
/**
 * 2 since 2026-12-05: the columns of numbers (rule and message indexes, severities, offsets, lines,
 * spans) are 32-bit integers in base64, not JSON lists (a cached run parsed 200,000 numbers per
 * 30,000-script library, and writing them allocated a string per number).
 * 3 since 2026-12-05 (evening): each finding's start and end as lines and characters too
 * (`positions`), so that a report made from an entry needs neither the file's text nor its line
 * index (lint-files.ts, `cachedText`), and the file's score (`score`).
 * 4 since 2026-12-06: a line per file, its scripts' columns and lints apart from its head and read
 * only when needed, each finding's script in the head (`places`). A cached run at 30,000 scripts
 * parsed 6 MB of JSON, 3.5 MB of it those (120,000 strings), for a report that reads none.
 */
const FORMAT = 4;
/** The string table only grows (entries are copied as they are); past this many strings it starts afresh, without the entries it held. */
const MAX_STRINGS = 1 << 16;
/**
 * The cache file is written in pieces of about this many UTF-16 units: small enough that a
 * piece's short strings die in the young generation (a piece of 64K units outlived a scavenge
 * and was promoted; the old generation then grew by 20 MB at 100,000 scripts).
 */
const PIECE = 1 << 12;

/** What a file's report is made from when its entry is used. */
export interface CachedLint {
  findings: Finding[];
  scripts: ScriptBase[];
  /** The file's script ids, each with the 1-based line of its first definition (for the other files). */
  ids: Map<string, number>;
  /** The other files' definitions of this file's ids that its lint saw: id → "path:line". */
  external: Map<string, string>;
  /**
   * Where each finding starts and ends, four numbers per finding (start line, start character,
   * end line, end character; 0-based, UTF-16 units; report.ts `findingPositions`): a report made
   * from the entry needs neither the file's text nor its line index.
   */
  positions: Int32Array;
  /**
   * The file's score as its lint gave it: a report made from the entry without the scripts'
   * results (the lint command's) takes it instead of scoring the stored findings script by script
   * again (about 30 ms of a cached run at 100,000 scripts).
   */
  score: number;
  /** The file's size in bytes (`LintCache.mayTake`; undefined: unknown). */
  bytes?: number;
  /**
   * What each finding's message reads of the script it is in (`FindingPlaces`): made with the
   * positions, for the entry and the report alike. An entry read back gives its report's messages
   * these, and its `scripts` are made from the entry's rest only when read (a report of the
   * scripts' results, or of their cases).
   */
  places: FindingPlaces;
  /** An entry read back: its scripts' cases (JUnit), read from the entry without the rest. */
  cases?: () => ScriptCases;
}

/**
 * Per finding, the script its message names (report.ts, `scriptIn`): that script's `index`
 * (-1: none), and its id for the findings that have none of their own (by finding).
 */
export interface FindingPlaces { script: Int32Array; ids: ReadonlyMap<number, string> }

/**
 * One file's entry in the cache file, its head, in columns (a list per field, not an object or list
 * per finding or script: a library of 30,000 scripts read back as tens of thousands of small lists
 * cost more in garbage collection than everything else of a cached run).
 */
interface StoredEntry {
  /** SHA-1 of the file's text (BOM included) and of its effective config. */
  hash: string;
  config: string;
  /** The file's size in bytes (`CachedLint.bytes`; absent: unknown). */
  bytes?: number;
  /** Script ids, and the 1-based line of each one's first definition (32-bit integers, base64). */
  ids: string[];
  idLines: string;
  /** The other files' definitions of this file's ids that its lint saw: ids, "path:line". */
  external: string[];
  externalAt: string[];
  findings: StoredFindings;
  /** Each finding's start and end as lines and characters (`CachedLint.positions`): 32-bit integers, base64. */
  positions: string;
  /** The file's score (`CachedLint.score`). */
  score: number;
  /** The findings' scripts (`CachedLint.places`): 32-bit integers, base64; [finding, id] pairs. */
  places: { script: string; ids: [number, string][] };
}

/** A file's scripts' indexes, ids and spans: what a report of their cases (JUnit) reads. */
interface StoredScripts {
  /** 32-bit integers, base64. */
  index: string; id: (string | null)[];
  /** Span start, end, head start, head end: four per script (32-bit integers, base64). */
  spans: string;
}

/** The rest of a file's entry: its scripts' titles, scenarios and stages, and their lints. */
interface StoredRest {
  title: (string | null)[]; scenario: (string | null)[]; stage: (string | null)[];
  /** Each script's lint (script-cache.ts): when the file changes, its unchanged scripts are not linted again. */
  lints?: StoredScriptLints;
}

/** An entry of the cache file as read: its head, and where its line, its scripts and its rest lie in the file. */
interface OldEntry { head: StoredEntry; line: number; scripts: number; rest: number; end: number }

/** Findings in columns (a list per field), as an entry keeps them. */
export interface StoredFindings {
  /** Rule id and message: indexes into the file's string table; the severity's index; offsets: each a column of 32-bit integers in base64. */
  rule: string; severity: string; message: string; start: string; end: string;
  scriptId: (string | null)[];
  /** Per finding with any: [finding, fix [start, end, text] | null, suggestions [title, start, end, text][] | null, tags | null]. */
  extra: unknown[][];
}

interface StoredFirstLine { huashu: 'lint-cache'; format: number; tool: string }

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
/** The start of a cache file of format 3 or before (one JSON text), with its format. */
const OLDER = /^\{"huashu":"lint-cache","format":(\d+),/;

/** Resolves `--cache-location` (a file, or a folder for `.huashucache`) against the working folder. */
export function cacheFileOf(cwd: string, location: string | undefined): string {
  if (location === undefined) return path.join(cwd, DEFAULT_CACHE_FILE);
  const abs = path.resolve(cwd, location);
  let dir = /[\\/]$/.test(location);
  if (!dir) try { dir = fs.statSync(abs).isDirectory(); } catch { /* a file to create */ }
  return dir ? path.join(abs, DEFAULT_CACHE_FILE) : abs;
}

/** A hash of the sources the bundle was built from (scripts/build.mjs); absent when run from tsc's output (tests). */
declare const __HUASHU_BUILD__: string | undefined;

/**
 * The running tool: its version and its build (the hash of its sources; without one, the size and
 * time of this module's file). npm gives every installed file the same time, so the time alone
 * would not tell two builds apart.
 */
function toolKey(): string {
  if (typeof __HUASHU_BUILD__ === 'string') return `${VERSION}:${__HUASHU_BUILD__}`;
  let build = '';
  try { const st = fs.statSync(__filename); build = `${st.size}:${Math.floor(st.mtimeMs)}`; } catch { /* no file: version only */ }
  return `${VERSION}:${build}`;
}

export class LintCache {
  private readonly dir: string;
  /** The cache file as read: the entries' scripts and rest are read from it when needed, and entries written again unchanged copied from it. */
  private source: CacheSource | undefined;
  private readonly old = new Map<string, OldEntry>();
  private readonly oldStrings: string[];
  private readonly fresh = new Map<string, { hash: string; config: string; lint: CachedLint; scripts?: ScriptCache }>();
  /** Entries used this run, read back, with where their line lies in the file (written again as it was). */
  private readonly reused = new Map<string, { lint: CachedLint; old: OldEntry }>();
  private readonly configKeys = new WeakMap<EffectiveConfig, string>();
  /** Why the cache file was not used (it existed but could not be read or was damaged), for a warning. */
  readonly problem?: string;
  /** Files this run took from the cache, and files it linted (stored or not). */
  hits = 0;
  misses = 0;
  /** In the files it linted: scripts whose lint it took from the cache (of them, `scriptsTaken` before they were read), and scripts it linted. */
  scriptHits = 0;
  scriptsTaken = 0;
  scriptMisses = 0;
  /** Of the scripts taken, those their run's digest vouched for (script-cache.ts, `StoredScriptLints.runs`). */
  scriptsByRun = 0;
  /** Of the files taken from the cache, those reported without their text being read (lint-files.ts, `cachedText`). */
  textless = 0;

  /**
   * `tool`: the running tool's key (tests: another build); `runSize`: scripts per run of the
   * entries written (script-cache.ts, `RUN`; tests: runs in small libraries).
   */
  constructor(readonly file: string, private readonly tool = toolKey(), private readonly runSize = RUN) {
    this.dir = path.dirname(file);
    let strings: string[] = [];
    let source: CacheSource | undefined;
    try { source = CacheSource.read(file, (start) => { const m = OLDER.exec(start); return !!m && Number(m[1]) !== FORMAT; }); } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') this.problem = `无法读取（${(e as Error).message}）`;
    }
    if (source !== undefined) {
      try {
        strings = this.read(source);
        this.source = source;
        source.release();
      } catch (e) {
        this.old.clear();
        this.problem = e instanceof ForeignFile ? '不是 huashu 的缓存文件' : '内容已损坏';
      }
    }
    this.oldStrings = strings;
  }

  /**
   * Reads the cache file's lines: the first (format and tool), each file's (its head parsed, its
   * rest left in the file), the string table (returned). A file of another format or tool gives no
   * entries; throws `ForeignFile` for a file that is not a cache's, anything else for a damaged one.
   */
  private read(source: CacheSource): string[] {
    const lines = source.lines;
    // an older format's file (one JSON text) was known by its start and not read (`OLDER`)
    if (source.older) return [];
    if (!lines.length) throw new ForeignFile();
    let head: Partial<StoredFirstLine>;
    try { head = JSON.parse(lines[0].text) as Partial<StoredFirstLine>; } catch { throw new ForeignFile(); }
    if (head?.huashu !== 'lint-cache' || typeof head.format !== 'number') throw new ForeignFile();
    // another version or build of the tool: its findings may differ, start afresh (no warning)
    if (head.format !== FORMAT || head.tool !== this.tool) return [];
    // the string table: the last line, ended by a newline as every line is
    if (!source.ended) throw new Error('cut short');
    if (lines.length < 2) throw new Error('no string table');
    const strings = JSON.parse(lines[lines.length - 1].text) as unknown;
    if (!Array.isArray(strings)) throw new Error('no string table');
    for (let k = 1; k < lines.length - 1; k++) {
      const { text, at, tabs, end } = lines[k];
      const t1 = text.indexOf('\t');
      if (t1 < 0 || tabs.length !== 2) throw new Error('bad line');
      const key = JSON.parse(text.slice(0, t1)) as unknown;
      const entry = JSON.parse(text.slice(t1 + 1)) as StoredEntry;
      if (typeof key !== 'string' || typeof entry !== 'object' || entry === null) throw new Error('bad line');
      this.old.set(key, { head: entry, line: at, scripts: tabs[0] + 1, rest: tabs[1] + 1, end });
    }
    return strings as string[];
  }

  /** An entry's scripts (`StoredScripts`), parsed; throws when they do not read back. */
  private scriptsOf(o: OldEntry): StoredScripts {
    const scripts = JSON.parse(this.source!.slice(o.scripts, o.rest - 1)) as StoredScripts;
    if (typeof scripts !== 'object' || scripts === null) throw new Error('bad scripts');
    return scripts;
  }

  /** An entry's scripts and its rest, parsed; throws when they do not read back. */
  private restOf(o: OldEntry): StoredScripts & StoredRest {
    const [scripts, more] = [...this.source!.ranges([[o.scripts, o.rest - 1], [o.rest, o.end]])];
    if (more === undefined) throw new Error('the cache file changed');
    const rest = JSON.parse(more) as StoredRest;
    if (typeof rest !== 'object' || rest === null) throw new Error('bad rest');
    return { ...(JSON.parse(scripts) as StoredScripts), ...rest };
  }

  /** The key of a file: its path relative to the cache's folder, with '/'. */
  private keyOf(absPath: string): string { return path.relative(this.dir, absPath).split(path.sep).join('/'); }

  configKey(config: EffectiveConfig): string {
    let k = this.configKeys.get(config);
    if (k === undefined) this.configKeys.set(config, (k = sha1(JSON.stringify(config))));
    return k;
  }

  /**
   * Whether the cache has an entry for the file of this size in bytes, which `lookup` may then
   * give (its digest decides): a file whose size changed is not hashed first for nothing
   * (lint-files.ts, `cachedText`).
   */
  mayTake(absPath: string, bytes: number): boolean {
    const o = this.old.get(this.keyOf(absPath));
    return !!o && o.head.bytes === bytes;
  }

  /**
   * The stored lint of a file with this text hash and config, if there is one and it reads back
   * whole. `whole`: its `scripts` are read (a report of the scripts' results); otherwise they are
   * made from the entry's rest when first read. `cases`: its scripts' cases are read (JUnit).
   */
  lookup(absPath: string, hash: string, config: EffectiveConfig, whole = true, cases = false): CachedLint | undefined {
    const key = this.keyOf(absPath);
    const o = this.old.get(key);
    if (!o || o.head.hash !== hash || o.head.config !== this.configKey(config)) return undefined;
    let lint: CachedLint;
    try {
      lint = decode(o.head, this.oldStrings, () => this.scriptsOf(o), () => this.restOf(o));
      if (whole) void lint.scripts;
      else if (cases) lint.cases!();
    } catch {
      return undefined; // a damaged entry: the file is linted
    }
    this.old.delete(key);
    this.reused.set(key, { lint, old: o });
    return lint;
  }

  /**
   * The memo of a file's scripts' lints for a lint of it (engine `ScriptLints`): it gives back the
   * lints the file's entry kept of scripts whose text is the same, when the entry was written under
   * this config, and records this lint's for `store`.
   */
  scriptsFor(absPath: string, config: EffectiveConfig): ScriptCache {
    const key = this.keyOf(absPath);
    const strings = this.oldStrings;
    // an entry used this run whose file is linted after all (another file's ids changed)
    const r = this.reused.get(key);
    const o = r ? r.old : this.old.get(key);
    if (!o || o.head.config !== this.configKey(config)) return new ScriptCache(undefined, this.runSize);
    let rest: StoredScripts & StoredRest;
    try { rest = this.restOf(o); } catch { return new ScriptCache(undefined, this.runSize); }
    if (typeof rest.lints !== 'object' || rest.lints === null) return new ScriptCache(undefined, this.runSize);
    // the entry is the file's lint's alone now: let go with it (this run stores the file anew)
    if (!r) this.old.delete(key);
    return new ScriptCache({
      lints: rest.lints, strings,
      findings: r ? () => r.lint.findings : () => decodeFindings(o.head.findings, strings),
      scripts: { id: rest.id, title: rest.title, scenario: rest.scenario, stage: rest.stage, spans: rest.spans },
    }, this.runSize);
  }

  /** Records a file's lint for the next run, with its scripts' lints when `done` made them (`scriptsFor`). */
  store(absPath: string, hash: string, config: EffectiveConfig, lint: CachedLint, scripts?: ScriptCache): void {
    this.fresh.set(this.keyOf(absPath), { hash, config: this.configKey(config), lint, scripts: scripts?.storable ? scripts : undefined });
  }

  /**
   * Writes the cache file (atomically): this run's files, and the entries of earlier runs for
   * files that still exist and were not part of this run (a run over one folder keeps the rest).
   * Once, at the end of a run: this run's entries are let go once written. `beforeWrite` runs
   * when the file is about to be written (not when it stays as it is); `piece`: for tests.
   */
  save(beforeWrite?: () => void, piece = PIECE): boolean {
    const kept: OldEntry[] = [];
    let dropped = false;
    for (const [key, o] of this.old) {
      if (this.fresh.has(key)) continue;
      if (fs.existsSync(path.resolve(this.dir, key))) kept.push(o);
      else dropped = true;
    }
    // a run that used every entry it met changes nothing: the file stays as it is
    if (!this.fresh.size && !dropped && this.problem === undefined) return false;
    beforeWrite?.();
    fs.mkdirSync(this.dir, { recursive: true });
    writeFileAtomic(this.file, asciiPieces(this.pieces(kept, piece)));
    // written: what only the cache held (the files' id maps, the old file's lines) can go before the report is made
    this.fresh.clear();
    this.reused.clear();
    this.old.clear();
    this.source = undefined;
    return true;
  }

  /**
   * The cache file's lines in pieces of about `piece` units, made as they are written: this run's
   * entries straight from their lints, not first as columns and then as one string beside them
   * (at 100,000 scripts those were 60–90 MB more than the run's report needed); earlier entries
   * (those of files outside the run, and those used unchanged) copied from the old text. The string
   * table comes last, once every entry has named its strings: the old table, and after it the
   * strings this run's entries added.
   */
  private *pieces(kept: OldEntry[], piece: number): Generator<string> {
    // a table grown too large starts afresh, and the entries that index into it are left out
    const afresh = this.oldStrings.length > MAX_STRINGS;
    const strings: string[] = afresh ? [] : this.oldStrings.slice();
    let index: Map<string, number> | undefined;
    const str = (s: string): number => {
      if (!index) {
        index = new Map();
        for (let k = strings.length - 1; k >= 0; k--) if (typeof strings[k] === 'string') index.set(strings[k], k);
      }
      let k = index.get(s);
      if (k === undefined) { index.set(s, (k = strings.length)); strings.push(s); }
      return k;
    };
    const j = new JsonPieces(piece);
    j.add(`${JSON.stringify({ huashu: 'lint-cache', format: FORMAT, tool: this.tool } satisfies StoredFirstLine)}\n`);
    // earlier entries as they are: their string indexes are the same in this file's table (none
    // when the old file is no longer the one read: another run wrote it since)
    const copied = afresh ? [] : [...kept, ...[...this.reused].filter(([k]) => !this.fresh.has(k)).map(([, r]) => r.old)];
    const lines = copied.length && this.source ? this.source.ranges(copied.map((o): [number, number] => [o.line, o.end])) : [];
    for (const line of lines) {
      j.add(`${line}\n`);
      if (j.full) yield j.take();
    }
    for (const [k, e] of this.fresh) {
      j.add(`${JSON.stringify(k)}\t`);
      yield* entryPieces(j, e.hash, e.config, e.lint, str, e.scripts);
      j.add('\n');
    }
    j.add('[');
    for (let k = 0; k < strings.length; k++) {
      j.add(k ? `,${JSON.stringify(strings[k])}` : JSON.stringify(strings[k]));
      if (j.full) yield j.take();
    }
    j.add(']\n');
    yield j.take();
  }
}

/** Thrown for a cache file that is not one of huashu's. */
class ForeignFile extends Error {}

/**
 * A line of the cache file as read: its text up to its second tab (the key and the head, with the
 * tab between them; the whole line when it has fewer tabs), where it starts, where its tabs after
 * the first lie (the second and third: where the entry's scripts and rest start, after them), and
 * where it ends (its newline, or the file's end).
 */
interface SourceLine { text: string; at: number; tabs: number[]; end: number }

/**
 * The cache file's lines (`SourceLine`), and their parts read again later: from the file itself
 * while it is the one read (same inode, size and times; a run replaces the file by renaming a new
 * one over it) and in ASCII (as written: a character per byte), so that the entries' rests are
 * neither decoded when the file is read nor kept (at 100,000 scripts 12 of its 18 MB, on top of a
 * changed file's lint); from the text kept otherwise.
 */
class CacheSource {
  /** `older`: the file is of an older format, not read (no lines); `ended`: it ends with a newline. */
  private constructor(readonly file: string, readonly lines: SourceLine[], readonly ended: boolean, private readonly text: string | undefined, private readonly stamp: string | undefined, readonly older = false) {}

  /**
   * Reads the file's lines a piece at a time; `older(start)`, given the file's first bytes: the
   * file is of an older format, not read further (no lines).
   */
  static read(file: string, older: (start: string) => boolean): CacheSource {
    const before = stampOf(fs.statSync(file));
    const lines: SourceLine[] = [];
    let parts: string[] = [];
    let tabs = 0;
    let at = 0;
    let marks: number[] = [];
    let bytes = 0;
    let ascii = true;
    let skipped = false;
    const finish = (end: number): void => {
      lines.push({ text: parts.join(''), at, tabs: marks, end });
      parts = [];
      tabs = 0;
      at = end + 1;
      marks = [];
    };
    readPieces(file, (piece) => {
      if (skipped || !ascii) return;
      const b = piece as Buffer;
      if (!bytes && older(b.toString('latin1', 0, Math.min(b.length, 64)))) { skipped = true; return; }
      if (!isAscii(b)) { ascii = false; return; }
      const base = bytes;
      bytes += b.length;
      for (let p = 0; p < b.length;) {
        const nl = b.indexOf(10, p);
        const tab = b.indexOf(9, p);
        if (tabs >= 2) {
          // the entry's scripts and rest: skipped to the line's end, their tabs noted
          if (tab >= 0 && (nl < 0 || tab < nl)) {
            tabs++;
            marks.push(base + tab);
            p = tab + 1;
          } else if (nl >= 0) {
            finish(base + nl);
            p = nl + 1;
          } else break;
          continue;
        }
        if (tab >= 0 && (nl < 0 || tab < nl)) {
          tabs++;
          if (tabs === 2) marks.push(base + tab);
          parts.push(b.toString('latin1', p, tabs === 2 ? tab : tab + 1));
          p = tab + 1;
        } else if (nl >= 0) {
          parts.push(b.toString('latin1', p, nl));
          finish(base + nl);
          p = nl + 1;
        } else {
          parts.push(b.toString('latin1', p));
          break;
        }
      }
    });
    if (skipped) return new CacheSource(file, [], true, undefined, undefined, true);
    if (!ascii) return CacheSource.fromText(file, readUtf8(file));
    if (parts.length || tabs || at < bytes) finish(bytes);
    const ended = lines.length > 0 && lines[lines.length - 1].end === bytes - 1;
    const after = stampOf(fs.statSync(file));
    // a file changed while it was read: its lines kept as text, read whole again
    if (before !== after) return CacheSource.fromText(file, readUtf8(file));
    return new CacheSource(file, lines, ended, undefined, after);
  }

  /** The lines of a text read whole (not ASCII, or changed while read), which is kept. */
  private static fromText(file: string, text: string): CacheSource {
    const lines: SourceLine[] = [];
    for (let at = 0; at < text.length;) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const all: number[] = [];
      for (let t = text.indexOf('\t', at); t >= 0 && t < end; t = text.indexOf('\t', t + 1)) all.push(t);
      lines.push({ text: text.slice(at, all.length >= 2 ? all[1] : end), at, tabs: all.slice(1), end });
      at = end + 1;
    }
    return new CacheSource(file, lines, text.endsWith('\n'), text, undefined);
  }

  /** Lets the lines' texts go (parsed). */
  release(): void {
    for (const l of this.lines) l.text = '';
  }

  /** The file's [from, to); throws when the file changed since. */
  slice(from: number, to: number): string {
    for (const s of this.ranges([[from, to]])) return s;
    throw new Error('the cache file changed');
  }

  /**
   * The file's ranges, in order, one at a time; none when the file changed since it was read (or
   * no more of them, when it cannot be read whole).
   */
  *ranges(ranges: [number, number][]): Generator<string> {
    if (this.text !== undefined) {
      for (const [a, b] of ranges) yield this.text.slice(a, b);
      return;
    }
    let fd: number;
    try { fd = fs.openSync(this.file, 'r'); } catch { return; }
    try {
      // (the descriptor reads the file it opened, even if another run renames a new one over it now)
      if (stampOf(fs.fstatSync(fd)) !== this.stamp) return;
      for (const [a, b] of ranges) {
        const buf = Buffer.allocUnsafe(b - a);
        let n = 0;
        while (n < buf.length) {
          const r = fs.readSync(fd, buf, n, buf.length - n, a + n);
          if (r === 0) return;
          n += r;
        }
        yield buf.toString('latin1');
      }
    } finally {
      fs.closeSync(fd);
    }
  }
}

/** What tells one version of a file from another: its inode, size and times. */
function stampOf(st: fs.Stats): string {
  return `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
}

const NON_ASCII = /[\u0080-\uffff]/g;
const escapeUnit = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * The cache file's JSON in 7-bit ASCII: every other character (in its strings: fix texts,
 * messages) written as a \u escape, which reads back as the same string. A file with any other
 * character is read into a string of two bytes per character: 34 MB for the 17 MB cache of a
 * 100,000-script library, against 17 MB in ASCII, on a machine where memory written for the
 * first time is slow (bench/README.md, forty-sixth round).
 */
export function* asciiPieces(pieces: Iterable<string>): Generator<string> {
  for (const p of pieces) yield p.replace(NON_ASCII, escapeUnit);
}

/** A piece of the cache file's text under way; handed out (`take`) once it holds `size` units. */
export class JsonPieces {
  private s = '';
  constructor(private readonly size: number) {}
  add(text: string): void { this.s += text; }
  get full(): boolean { return this.s.length >= this.size; }
  take(): string { const s = this.s; this.s = ''; return s; }
}

/** `"name":[…]` of `n` values, `at(k)` giving value k's JSON, the pieces handed out as they fill. */
function* column(j: JsonPieces, name: string, n: number, at: (k: number) => string): Generator<string> {
  j.add(`"${name}":[`);
  for (let k = 0; k < n; k++) {
    j.add(k ? `,${at(k)}` : at(k));
    if (j.full) yield j.take();
  }
  j.add(']');
}

/** A column: of JSON values, or (`int`) of 32-bit integers written as one base64 string. */
type Column = [name: string, n: number, at: (k: number) => string] | [name: string, n: number, at: (k: number) => number, kind: 'int'];

/** Columns one after another, separated by commas. */
function* columns(j: JsonPieces, list: Column[]): Generator<string> {
  for (let c = 0; c < list.length; c++) {
    if (c) j.add(',');
    const col = list[c];
    if (col.length === 4) {
      j.add(`"${col[0]}":"`);
      yield* int32Pieces(j, col[1], col[2]);
      j.add('"');
    } else yield* column(j, ...col);
  }
}

/**
 * `n` values of `size` bytes each in base64 (`put(buf, k, at)` writes the k-th at byte `at` of
 * `buf`, asked in order), in runs of whole 3-byte groups, so that the runs make one string
 * without padding inside.
 */
export function* base64Pieces(j: JsonPieces, n: number, size: number, put: (buf: Buffer, k: number, at: number) => void): Generator<string> {
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
export function int32Pieces(j: JsonPieces, n: number, at: (k: number) => number): Generator<string> {
  return base64Pieces(j, n, 4, (buf, k, q) => { buf.writeInt32LE(at(k), q); });
}

const LITTLE_ENDIAN = new Uint8Array(Int32Array.of(1).buffer)[0] === 1;

/** 32-bit little-endian integers from base64; throws unless the bytes are whole integers. */
export function intsOf(s: unknown): Int32Array {
  if (typeof s !== 'string') throw new Error('bad column');
  const b = Buffer.from(s, 'base64');
  if (b.length % 4) throw new Error('bad column');
  const out = new Int32Array(b.length / 4);
  // the bytes copied as they are where the machine is little-endian (one copy, not a read per integer)
  if (LITTLE_ENDIAN) new Uint8Array(out.buffer).set(b);
  else for (let k = 0; k < out.length; k++) out[k] = b.readInt32LE(k * 4);
  return out;
}

const orNull = (s: string | undefined): string => (s === undefined ? 'null' : JSON.stringify(s));

/** A list of findings as columns (`StoredFindings`), in pieces. */
export function* findingPieces(j: JsonPieces, F: readonly Finding[], str: (s: string) => number): Generator<string> {
  // per finding with any: [finding, fix [start, end, text] | null, suggestions [title, start, end, text][] | null, tags | null]
  const extra: number[] = [];
  for (let k = 0; k < F.length; k++) if (F[k].fix || F[k].suggestions?.length || F[k].tags?.length) extra.push(k);
  j.add('{');
  yield* columns(j, [
    ['rule', F.length, (k) => str(F[k].ruleId), 'int'],
    ['severity', F.length, (k) => SEVERITIES.indexOf(F[k].severity), 'int'],
    ['message', F.length, (k) => str(F[k].message), 'int'],
    ['start', F.length, (k) => F[k].start, 'int'],
    ['end', F.length, (k) => F[k].end, 'int'],
    ['scriptId', F.length, (k) => orNull(F[k].scriptId)],
    ['extra', extra.length, (x) => {
      const k = extra[x];
      const f = F[k];
      return JSON.stringify([
        k,
        f.fix ? [f.fix.range[0], f.fix.range[1], f.fix.text] : null,
        f.suggestions?.length ? f.suggestions.map((s) => [s.title, s.fix.range[0], s.fix.range[1], s.fix.text]) : null,
        f.tags?.length ? f.tags : null,
      ]);
    }],
  ]);
  j.add('}');
}

/** One file's entry as its line's head (`StoredEntry`) and rest (`StoredRest`), in pieces, straight from its lint. */
function* entryPieces(j: JsonPieces, hash: string, config: string, lint: CachedLint, str: (s: string) => number, lints?: ScriptCache): Generator<string> {
  const { positions, score, bytes, places } = lint;
  const F = lint.findings;
  const S = lint.scripts;
  const ids = [...lint.ids.keys()];
  const idLines = [...lint.ids.values()];
  const external = [...lint.external.keys()];
  const externalAt = [...lint.external.values()];
  j.add(`{"hash":${JSON.stringify(hash)},"config":${JSON.stringify(config)},${Number.isSafeInteger(bytes) ? `"bytes":${bytes},` : ''}`);
  yield* columns(j, [
    ['ids', ids.length, (k) => JSON.stringify(ids[k])],
    ['idLines', idLines.length, (k) => idLines[k], 'int'],
    ['external', external.length, (k) => JSON.stringify(external[k])],
    ['externalAt', externalAt.length, (k) => JSON.stringify(externalAt[k])],
  ]);
  j.add(',"findings":');
  yield* findingPieces(j, F, str);
  j.add(',"positions":"');
  yield* int32Pieces(j, positions.length, (x) => positions[x]);
  j.add(`","score":${score},"places":{"script":"`);
  yield* int32Pieces(j, places.script.length, (k) => places.script[k]);
  j.add(`","ids":${JSON.stringify([...places.ids])}}}`);
  // the scripts (`StoredScripts`), after a tab
  j.add('\t{');
  yield* columns(j, [
    ['index', S.length, (k) => S[k].index, 'int'],
    ['id', S.length, (k) => orNull(S[k].id)],
    // span start, end, head start, head end: four per script
    ['spans', 4 * S.length, (x) => {
      const s = S[x >> 2];
      const at = x & 3;
      return at === 0 ? s.span.start : at === 1 ? s.span.end : at === 2 ? s.headSpan.start : s.headSpan.end;
    }, 'int'],
  ]);
  // the rest (`StoredRest`), after another tab
  j.add('}\t{');
  yield* columns(j, [
    ['title', S.length, (k) => orNull(S[k].title)],
    ['scenario', S.length, (k) => orNull(S[k].scenario)],
    ['stage', S.length, (k) => orNull(S[k].stage)],
  ]);
  if (lints) {
    j.add(',"lints":');
    yield* lints.pieces(j, str);
  }
  j.add('}');
}

/** `value` as the list's own string; throws when the list does not have it. */
function known<T extends string>(list: readonly T[], value: string): T {
  const own = listed(list, value);
  if (own === undefined) throw new Error('bad enum');
  return own;
}

const int = (v: unknown): number => { if (!Number.isSafeInteger(v)) throw new Error('bad number'); return v as number; };
const text = (v: unknown): string => { if (typeof v !== 'string') throw new Error('bad string'); return v; };
const list = <T>(v: T[], n: number): T[] => { if (!Array.isArray(v) || v.length !== n) throw new Error('bad column'); return v; };
const fix = (a: unknown[], at: number): Fix => ({ range: [int(a[at]), int(a[at + 1])], text: text(a[at + 2]) });

/** Stored findings read back; throws on anything of the wrong shape. */
export function decodeFindings(F: StoredFindings, strings: readonly string[]): Finding[] {
  if (typeof F !== 'object' || F === null) throw new Error('bad findings');
  const table = (v: number): string => text(strings[v]);
  const rule = intsOf(F.rule);
  const n = rule.length;
  const ints = (v: unknown): Int32Array => { const a = intsOf(v); if (a.length !== n) throw new Error('bad column'); return a; };
  const [severity, message, start, end] = [ints(F.severity), ints(F.message), ints(F.start), ints(F.end)];
  const scriptId = list(F.scriptId, n);
  // each finding's fix read first, so that it is made in the finding's literal as a lint makes it
  // (a field added later is kept outside the object; a cached run keeps every finding)
  const fixes: (Fix | undefined)[] = new Array(n);
  for (const x of F.extra) {
    const k = int(x[0]);
    if (k < 0 || k >= n) throw new Error('bad finding index');
    if (x[1] !== null) fixes[k] = fix(x[1] as unknown[], 0);
  }
  const findings: Finding[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const sev = SEVERITIES[severity[k]];
    if (!sev) throw new Error('bad severity');
    const ruleId = table(rule[k]);
    const msg = table(message[k]);
    const a = start[k];
    const b = end[k];
    const sid = scriptId[k] === null ? undefined : text(scriptId[k]);
    const fx = fixes[k];
    findings[k] = fx
      ? { ruleId, severity: sev, message: msg, start: a, end: b, scriptId: sid, fix: fx }
      : { ruleId, severity: sev, message: msg, start: a, end: b, scriptId: sid };
  }
  for (const x of F.extra) {
    const f = findings[int(x[0])];
    if (x[2] !== null) f.suggestions = (x[2] as unknown[][]).map((s) => ({ title: text(s[0]), fix: fix(s, 1) }));
    if (x[3] !== null) f.tags = (x[3] as unknown[]).map((t) => { if (t !== 'unnecessary') throw new Error('bad tag'); return t; });
  }
  return findings;
}

/** An entry read back; throws on anything of the wrong shape in its head (the file is then linted); its `scripts` read `rest` when first read. */
function decode(e: StoredEntry, strings: readonly string[], spots: () => StoredScripts, rest: () => StoredScripts & StoredRest): CachedLint {
  const findings = decodeFindings(e.findings, strings);
  const n = findings.length;
  const positions = intsOf(e.positions);
  if (positions.length !== 4 * n) throw new Error('bad positions');
  for (let k = 0; k < positions.length; k++) if (positions[k] < 0) throw new Error('bad position');
  const score = e.score;
  if (typeof score !== 'number' || !Number.isFinite(score)) throw new Error('bad score');
  const P = e.places;
  if (typeof P !== 'object' || P === null) throw new Error('bad places');
  const script = intsOf(P.script);
  if (script.length !== n) throw new Error('bad places');
  for (let k = 0; k < n; k++) if (script[k] < -1) throw new Error('bad places');
  const placeIds = new Map<number, string>();
  for (const x of list(P.ids, P.ids?.length)) {
    const k = int(x?.[0]);
    if (k < 0 || k >= n || script[k] < 0) throw new Error('bad places');
    placeIds.set(k, text(x[1]));
  }
  const idLines = intsOf(e.idLines);
  list(e.ids, idLines.length);
  const ids = new Map<string, number>();
  for (let k = 0; k < idLines.length; k++) ids.set(text(e.ids[k]), idLines[k]);
  const externalAt = list(e.externalAt, list(e.external, e.external.length).length);
  const external = new Map<string, string>();
  for (let k = 0; k < externalAt.length; k++) external.set(text(e.external[k]), text(externalAt[k]));
  let scripts: ScriptBase[] | undefined;
  let cases: ScriptCases | undefined;
  return {
    findings, ids, external, positions, score, bytes: Number.isSafeInteger(e.bytes) ? e.bytes : undefined, places: { script, ids: placeIds },
    get scripts(): ScriptBase[] { return (scripts ??= decodeScripts(rest())); },
    cases: () => (cases ??= scripts ? casesOf(scripts) : casesOfStored(spots())),
  };
}

/** The cases of an entry's scripts (`StoredScripts`); throws on anything of the wrong shape. */
function casesOfStored(s: StoredScripts): ScriptCases {
  const index = intsOf(s.index);
  const ids = list(s.id, index.length).map((x) => (x === null ? undefined : text(x)));
  return { index, ids };
}

/** The scripts of an entry read back, from its scripts and its rest; throws on anything of the wrong shape. */
function decodeScripts(r: StoredScripts & StoredRest): ScriptBase[] {
  const index = intsOf(r.index);
  const m = index.length;
  const [id, title, scenario, stage] = [list(r.id, m), list(r.title, m), list(r.scenario, m), list(r.stage, m)];
  const spans = intsOf(r.spans);
  if (spans.length !== 4 * m) throw new Error('bad column');
  const scripts: ScriptBase[] = new Array(m);
  for (let k = 0; k < m; k++) {
    // one literal of every field, the scenario and stage the lists' own strings (as a lint reads them)
    scripts[k] = {
      index: index[k],
      id: id[k] === null ? undefined : text(id[k]),
      title: title[k] === null ? undefined : text(title[k]),
      scenario: scenario[k] === null ? undefined : known(SCENARIOS, text(scenario[k])),
      stage: stage[k] === null ? undefined : known(STAGES, text(stage[k])),
      span: { start: spans[4 * k], end: spans[4 * k + 1] },
      headSpan: { start: spans[4 * k + 2], end: spans[4 * k + 3] },
    };
  }
  return scripts;
}
