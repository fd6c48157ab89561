/**
 * Lints many files together, no library ever whole in memory: each file is read and its scripts
 * are linted as they are parsed, with the config that governs the file (engine startLean: a
 * skeleton of each script is kept); then, with the script ids of every file known, each file's
 * lint is finished, so that `duplicate-id` sees the ids of all the others (as "path:line"), and
 * the file is fixed. A file that cannot be read becomes a report with a fatal message.
 */
import * as fs from 'fs';
import { EffectiveConfig, ExternalIds, Finding, Library, LineIndex, LintResult, PendingLint, ScriptBase, activeTiming, fixAllWith, parseLibrary, scoredScripts, startLean, stripBom, timed } from '../engine';
import { Analysis, DocumentAnalyzer } from '../engine/incremental';
import type { ConfigResolver } from '../node/config-discovery';
import { InvalidUtf8Error, readSha1, readUtf8Strict, readUtf8StrictWithSha1 } from '../node/utf8';
import { ioErrorText } from '../node/io-error';
import { displayPath } from './files';
import { writeFileAtomic } from './fix-writer';
import { sha1 } from '../node/digest';
import { CachedLint, LintCache, type FindingPlaces } from './lint-cache';
import type { ScriptCache } from './script-cache';
import type { Progress } from './progress';
import { planRun, WARM_UP_BYTES } from '../node/warm-up';
import { WARM_EVENT } from '../node/code-cache';
import { FileReport, ScriptSpot, casesOf, fatalMessage, findingPositions, messageIn, scriptIn, toMessage } from './report';
import { collectIfLarge } from '../node/heap-sizing';

export interface LintInput { absPath: string; /** Given for standard input. */ text?: string }

export interface LintRunOptions {
  resolver: ConfigResolver;
  cwd: string;
  root: string;
  fix: 'none' | 'write' | 'dry-run';
  progress?: Progress;
  /** Engine rule failures, reported once per rule. */
  onRuleError?: (ruleId: string, error: string, file: string) => void;
  /** `--cache`: files whose entry fits are not linted, linted files are stored (saved by the caller). */
  cache?: LintCache;
  /**
   * false: the reports' `scripts` stay empty (`lint`, whose formats write no script's result; the
   * `report` command reads them). The scripts are scored all the same.
   */
  scriptResults?: boolean;
  /** Each report keeps its scripts' indexes and ids (`FileReport.cases`, which JUnit reads). */
  cases?: boolean;
  /**
   * false: a file the cache gives whole is read for its digest only, never decoded, and its report
   * holds no text or line index (the entry keeps each finding's line and character): for a run
   * whose format, baseline and fixes read no text (run.ts). A file the cache does not give whole
   * is read as always. At 100,000 scripts in one file, decoding it and indexing its lines were
   * about 210 ms and 50 MB of a cached run. Default true.
   */
  cachedText?: boolean;
}

/** A read file whose scripts are linted: `pending` (or the engine's failure) waits for the other files' ids. */
interface Loaded {
  input: LintInput; text: string; hadBom: boolean; lines: LineIndex;
  /** Taken from the cache without its text (`cachedText`): `text` is empty and `lines` indexes it, until `readText`. */
  textless?: boolean;
  /** With --cache: the file's size in bytes, as read. */
  bytes?: number;
  pending?: { config: EffectiveConfig; lint: PendingLint };
  /** With --cache: the hash of the file's text (BOM included), and its stored lint when the entry fits. */
  hash?: string;
  cached?: { config: EffectiveConfig; lint: CachedLint };
  /** With --cache, when the file is linted: its scripts' lints, those of the last run given back and this run's recorded. */
  scripts?: ScriptCache;
  /** Why the file could not be linted, and its scripts for the other files' `duplicate-id`, if it parses. */
  failure?: unknown; parsed?: Library;
  error?: undefined;
}
interface Failed { input: LintInput; error: string }
/**
 * What the run will read, in bytes, counted until it passes `limit` (a file that cannot be read
 * counts nothing: it is reported). The warm-up asks only whether a run is larger than its limit,
 * so a repository of many files is not stat-ed whole before it is read.
 */
function inputBytes(inputs: readonly LintInput[], limit: number): number {
  let bytes = 0;
  for (let k = 0; k < inputs.length && bytes <= limit; k++) {
    const input = inputs[k];
    if (input.text !== undefined) bytes += Buffer.byteLength(input.text);
    else try { bytes += fs.statSync(input.absPath).size; } catch { /* reported when read */ }
  }
  return bytes;
}

const RELEASED: Failed = { input: { absPath: '' }, error: '' };

export function lintFiles(inputs: readonly LintInput[], o: LintRunOptions): FileReport[] {
  planRun(inputBytes(inputs, WARM_UP_BYTES));
  const tm = activeTiming();
  const loaded: (Loaded | Failed)[] = inputs.map((input, k) => timed('read', () => load(input, k)));
  function load(input: LintInput, k: number): Loaded | Failed {
    o.progress?.tick(k + 1, inputs.length, displayPath(input.absPath, o.cwd));
    if (o.cache && o.cachedText === false && o.fix === 'none' && input.text === undefined) {
      const taken = takeWithoutText(input, o.cache);
      if (taken) return taken;
    }
    let raw: string;
    // with --cache, the SHA-1 the cache knows the file by, of the bytes as they were read
    let digest: string | undefined;
    let bytes: number | undefined;
    try {
      if (input.text !== undefined) raw = input.text;
      else if (o.cache) ({ text: raw, sha1: digest, bytes } = readUtf8StrictWithSha1(input.absPath));
      else raw = readUtf8Strict(input.absPath);
    } catch (e) {
      if (e instanceof InvalidUtf8Error) return { input, error: e.message };
      return { input, error: `无法读取文件：${ioErrorText(e)}` };
    }
    const { text, hadBom } = stripBom(raw);
    const lines = new LineIndex(text);
    try {
      const config = o.resolver.effectiveFor(input.absPath);
      if (o.cache && input.text === undefined) {
        const cache = o.cache;
        const [hash, lint] = timed('cache', (): [string, CachedLint | undefined] => {
          const h = digest ?? sha1(raw);
          // a fix needs the lint itself: --fix and --fix-dry-run only store
          return [h, o.fix === 'none' ? cache.lookup(input.absPath, h, config, o.scriptResults ?? true, !!o.cases) : undefined];
        });
        if (lint) return { input, text, hadBom, lines, hash, bytes, cached: { config, lint } };
        const scripts = timed('cache', () => cache.scriptsFor(input.absPath, config));
        return { input, text, hadBom, lines, hash, bytes, scripts, pending: { config, lint: startLean(text, hadBom, { config, lines, memo: scripts, trackHeader: true, scriptResults: o.scriptResults }) } };
      }
      return { input, text, hadBom, lines, pending: { config, lint: startLean(text, hadBom, { config, lines, scriptResults: o.scriptResults }) } };
    } catch (e) {
      // the file becomes an internal-error report; its ids still count for the others
      let parsed: Library | undefined;
      try { parsed = parseLibrary(text); } catch { parsed = undefined; }
      return { input, text, hadBom, lines, failure: e, parsed };
    }
  }

  /**
   * A file the cache gives whole, known by its bytes' digest, its text not decoded (`cachedText`);
   * undefined when the cache does not have it (or it cannot be read, or its config not resolved:
   * the file is then read as always, which reports that).
   */
  function takeWithoutText(input: LintInput, cache: LintCache): Loaded | undefined {
    let sum: { sha1: string; bom: boolean };
    let config: EffectiveConfig;
    let bytes: number;
    try {
      // (a file of another size than its entry's is read as always, not hashed first for nothing)
      bytes = fs.statSync(input.absPath).size;
      if (!cache.mayTake(input.absPath, bytes)) return undefined;
      sum = readSha1(input.absPath);
      config = o.resolver.effectiveFor(input.absPath);
    } catch {
      return undefined;
    }
    const lint = timed('cache', () => cache.lookup(input.absPath, sum.sha1, config, o.scriptResults ?? true, !!o.cases));
    if (!lint) return undefined;
    cache.textless++;
    return { input, text: '', hadBom: sum.bom, lines: new LineIndex(''), hash: sum.sha1, bytes, cached: { config, lint }, textless: true };
  }

  const ids = new IdIndex(loaded.length);
  loaded.forEach((l, k) => {
    if (l.error !== undefined) return;
    if (l.cached) { ids.addIds(k, l.cached.lint.ids); return; }
    const library = l.pending?.lint.library ?? l.parsed;
    if (library) ids.addFile(k, library, l.lines);
  });

  // the lints' garbage collected before their last steps make the scripts' results and the
  // messages (heap-sizing.ts; only a large run): at 100,000 scripts those steps are where the
  // heap was largest, its garbage since the last full collection beside them. A run that takes
  // every file from the cache has no such step (its peak is reading the cache): nothing collected
  if (loaded.some((l) => l.error === undefined && l.pending !== undefined)) collectIfLarge();
  const reports: FileReport[] = [];
  let linted = false;
  // the reports' messages; the lints' last step and the fixes inside are steps of their own
  tm?.enter('report');
  for (let k = 0; k < loaded.length; k++) {
    const l = loaded[k];
    // a file's pending lint is needed only until its report is made: the reports keep what the
    // formatters read, so it goes before the next file and the output
    loaded[k] = RELEASED;
    const absPath = l.input.absPath;
    // fixing runs the lint again, twice or more per fixable file: the slow part of a --fix run
    if (o.fix !== 'none') o.progress?.tick(k + 1, loaded.length, displayPath(absPath, o.cwd), '修复中');
    const base = { absPath, filePath: displayPath(absPath, o.cwd), rootPath: displayPath(absPath, o.root) };
    if (l.error !== undefined) {
      reports.push({ ...base, text: '', hadBom: false, messages: [fatalMessage(l.error)], scripts: [], score: 0, fatal: l.error, fixCount: 0 });
      continue;
    }
    try {
      const shown = (j: number): string => displayPath(inputs[j].absPath, o.cwd);
      if (l.cached) {
        const report = cachedReport(l, l.cached.lint, k, base, ids, shown, o.scriptResults ?? true, o.cases);
        if (report) { o.cache!.hits++; reports.push(report); continue; }
        // another file now defines (or no longer defines) one of its ids: linted after all, its
        // scripts' lints taken from its entry (and its text read now, if it was not)
        if (l.textless) {
          const why = readText(l);
          if (why !== undefined) {
            reports.push({ ...base, text: '', hadBom: false, messages: [fatalMessage(why)], scripts: [], score: 0, fatal: why, fixCount: 0 });
            continue;
          }
        }
        l.scripts = o.cache!.scriptsFor(absPath, l.cached.config);
        l.pending = { config: l.cached.config, lint: startLean(l.text, l.hadBom, { config: l.cached.config, lines: l.lines, memo: l.scripts, trackHeader: true, scriptResults: o.scriptResults }) };
      }
      if (!l.pending) throw l.failure;
      linted = true;
      reports.push(lintOne(l, l.pending, k, base, ids, o, shown));
    } catch (e) {
      const message = `内部错误：检查这个文件时出错（${(e as Error)?.message ?? String(e)}）`;
      reports.push({ ...base, text: l.text, hadBom: l.hadBom, lines: l.lines, messages: [fatalMessage(message)], scripts: [], score: 0, fatal: message, internal: e, fixCount: 0 });
    }
  }
  tm?.leave();
  o.progress?.done();
  // the first real work is done (the entry writes the V8 code cache at exit once it is: a run that
  // linted nothing, `--version` say, would leave a cache without the lint's code in it)
  if (linted) (process as NodeJS.EventEmitter).emit(WARM_EVENT);
  return reports;
}

/** What a file's report is made from: a lint result, or the analysis of its fixed text. */
type Linted = Pick<LintResult, 'findings' | 'scripts' | 'score' | 'lines' | 'ruleErrors'>;

/**
 * The engine's fix-all from the file's lint: its findings are the first pass's, and the fixed
 * texts are analysed by the language server's incremental analysis, which lints the first of
 * them whole and then only the scripts the next passes change. The engine's fixAll linted the
 * whole file at every pass: a --fix run on a library was three to four lints of it. Same
 * output, findings, scripts and score as `fixAll` (tested).
 */
function fixFile(text: string, first: Linted, options: { config: EffectiveConfig; externalIds: ExternalIds }): { output: string; applied: number; result: Linted } {
  const analyzer = new DocumentAnalyzer();
  const fixed = fixAllWith<{ findings: Finding[]; lint?: Linted; analysis?: Analysis }>(text, { findings: first.findings, lint: first }, (t) => {
    const analysis = analyzer.analyze(t, { config: options.config, externalIds: options.externalIds });
    return { findings: analysis.findings, analysis };
  });
  const a = fixed.result.analysis;
  const result: Linted = a
    ? { findings: a.findings, scripts: a.scripts, score: a.score, ruleErrors: a.ruleErrors, lines: new LineIndex(fixed.output) }
    : fixed.result.lint!;
  return { output: fixed.output, applied: fixed.applied.length, result };
}

/** Lints (and fixes) one loaded file; throws only on a failure inside the engine. */
function lintOne(l: Loaded, pending: NonNullable<Loaded['pending']>, k: number, base: Pick<FileReport, 'absPath' | 'filePath' | 'rootPath'>, ids: IdIndex, o: LintRunOptions, shown: (j: number) => string): FileReport {
  const absPath = l.input.absPath;
  const externalIds = ids.externalFor(k, pending.lint.library, shown);
  const options = { config: pending.config, externalIds };
  let result: Linted = pending.lint.finish(externalIds);
  // the scripts the findings are in (the results, when the lint keeps them, are these with more)
  let bases: readonly ScriptBase[] = pending.lint.library.scripts;
  // with --cache: the findings' positions and scripts, made for the entry (and then the messages)
  let positions: Int32Array | undefined;
  let places: FindingPlaces | undefined;
  const report: FileReport = { ...base, text: l.text, hadBom: l.hadBom, messages: [], scripts: [], score: 100, fixCount: 0 };
  if (o.fix !== 'none' && result.findings.some((f) => f.fix)) {
    const unfixed = result;
    const fixed = timed('fix', () => fixFile(l.text, result, options));
    if (fixed.output !== l.text) {
      report.source = l.text;
      report.output = fixed.output;
      report.fixCount = fixed.applied;
      result = fixed.result;
      bases = result.scripts;
      report.text = fixed.output;
      if (o.fix === 'write' && l.input.text === undefined) {
        try {
          // another program changed the file since it was read: never overwrite that change
          if (readUtf8Strict(absPath) !== (l.hadBom ? '\uFEFF' : '') + l.text) throw new Error('文件在检查期间被其他程序修改了，请重新运行');
          writeFileAtomic(absPath, (l.hadBom ? '\uFEFF' : '') + fixed.output);
        } catch (e) {
          // nothing was written: report the file as it is on disk
          result = unfixed;
          bases = pending.lint.library.scripts;
          report.text = l.text;
          report.output = undefined;
          report.source = undefined;
          report.fixCount = 0;
          const why = ioErrorText(e);
          report.messages.push(fatalMessage(`无法写回修复结果：${why}`));
          report.fatal = `无法写回修复结果：${why}`;
          report.writeError = why;
        }
      }
    }
  }
  for (const re of result.ruleErrors) o.onRuleError?.(re.ruleId, re.error, base.filePath);
  if (o.cache && l.hash !== undefined) {
    o.cache.misses++;
    if (l.scripts) { o.cache.scriptHits += l.scripts.hits; o.cache.scriptsTaken += l.scripts.taken; o.cache.scriptMisses += l.scripts.misses; o.cache.scriptsByRun += l.scripts.byRun; }
    // a rule that failed may not fail next time; a fixed file's findings are not of its old text
    if (!result.ruleErrors.length && report.output === undefined && report.fatal === undefined) {
      const cache = o.cache;
      const hash = l.hash;
      const scripts = l.scripts;
      positions = findingPositions(result.findings, result.lines);
      places = findingPlaces(result.findings, bases);
      const stored: CachedLint = { findings: result.findings, scripts: pending.lint.library.scripts, ids: ownIds(pending.lint.library, l.lines), external: externalIds, positions, score: result.score, bytes: l.bytes, places };
      timed('cache', () => cache.store(absPath, hash, pending.config, stored, scripts?.done(l.text, pending.lint.library, result.findings) ? scripts : undefined));
    }
  }
  // (a fixed file's result is its fixed text's analysis, which has them)
  if (o.scriptResults === false) result = { ...result, scripts: [] };
  return withMessages(report, result, bases, o.cases, positions, places);
}

/**
 * The report's scripts, score and messages from a lint result (or a cached one) and its scripts
 * (with `cases`, their indexes and ids too). `positions`: the findings' lines and characters as a
 * cache entry keeps them (`CachedLint.positions`), used instead of the line index; `places`: the
 * findings' scripts as it keeps them (`CachedLint.places`), used instead of looking in `bases`.
 */
function withMessages(report: FileReport, result: Omit<Linted, 'lines'> & { lines: LineIndex | undefined }, bases: readonly ScriptBase[], cases = false, positions?: Int32Array, places?: FindingPlaces): FileReport {
  report.lines = result.lines;
  report.scripts = result.scripts;
  if (cases && bases.length) report.cases = casesOf(bases);
  report.score = result.score;
  const findings = result.findings;
  if (positions && places) {
    for (let k = 0; k < findings.length; k++) report.messages.push(messageIn(findings[k], positions[4 * k], positions[4 * k + 1], positions[4 * k + 2], positions[4 * k + 3], places.script[k], places.ids.get(k)));
    return report;
  }
  const lines = result.lines;
  if (!lines) throw new Error('a report made without its findings\' positions');
  const scriptsOf = scriptLookup(bases);
  for (let k = 0; k < findings.length; k++) report.messages.push(toMessage(findings[k], lines, scriptsOf(findings[k].start)));
  return report;
}

/**
 * A file's report from its cache entry, made as after a lint; undefined when the other files'
 * definitions of its ids are not the ones its lint saw (`duplicate-id` would differ).
 */
function cachedReport(l: Loaded, lint: CachedLint, k: number, base: Pick<FileReport, 'absPath' | 'filePath' | 'rootPath'>, ids: IdIndex, shown: (j: number) => string, results: boolean, cases = false): FileReport | undefined {
  const external = ids.externalForIds(k, lint.ids.keys(), shown);
  if (external.size !== lint.external.size) return undefined;
  for (const [id, where] of external) if (lint.external.get(id) !== where) return undefined;
  // (the file's score as stored, when the scripts' results are not kept)
  const { scripts, score } = results ? scoredScripts(lint.scripts, lint.findings, results) : { scripts: [], score: lint.score };
  const report: FileReport = { ...base, text: l.text, hadBom: l.hadBom, messages: [], scripts: [], score: 100, fixCount: 0 };
  // (a file taken without its text has no line index: the report holds none, as `releaseUnread` leaves it;
  // the entry gives its messages their scripts, and its cases without its scripts)
  const out = withMessages(report, { findings: lint.findings, scripts, score, lines: l.textless ? undefined : l.lines, ruleErrors: [] }, [], false, lint.positions, lint.places);
  if (cases) {
    const c = lint.cases ? lint.cases() : casesOf(lint.scripts);
    if (c.index.length) out.cases = c;
  }
  return out;
}

/**
 * Reads the text of a file taken from the cache without it (`takeWithoutText`), to lint it after
 * all; the file's digest is taken again from the bytes read (a file changed since its digest was
 * taken is linted as it now is, and stored under its new digest). Returns why it could not be read.
 */
function readText(l: Loaded): string | undefined {
  let read: { text: string; sha1: string; bytes: number };
  try {
    read = readUtf8StrictWithSha1(l.input.absPath);
  } catch (e) {
    return e instanceof InvalidUtf8Error ? e.message : `无法读取文件：${ioErrorText(e)}`;
  }
  const { text, hadBom } = stripBom(read.text);
  l.text = text;
  l.hadBom = hadBom;
  l.lines = new LineIndex(text);
  l.hash = read.sha1;
  l.bytes = read.bytes;
  l.textless = false;
  return undefined;
}

/** A file's script ids, each with the 1-based line of its first definition. */
function ownIds(library: Pick<Library, 'scripts'>, lines: Pick<LineIndex, 'lineOf'>): Map<string, number> {
  const own = new Map<string, number>();
  for (const s of library.scripts) {
    if (!s.id || !s.idSpan || own.has(s.id)) continue;
    own.set(s.id, lines.lineOf(s.idSpan.start) + 1);
  }
  return own;
}

/**
 * Where each script id is defined among the files linted together, for `duplicate-id` across
 * files: the first file (in the order given) that defines it, the second one for ids defined in
 * more than one file, and per file the line of each id's first definition. Numbers, not a
 * "path:line" string and a list per id: at 100,000 scripts those were about 20 MB, built even
 * for a single file, where no id can be defined elsewhere.
 */
export class IdIndex {
  private readonly first = new Map<string, number>();
  private readonly second = new Map<string, number>();
  private readonly lines: (ReadonlyMap<string, number> | undefined)[];

  constructor(private readonly files: number) {
    this.lines = new Array(files).fill(undefined);
  }

  addFile(k: number, library: Pick<Library, 'scripts'>, lines: Pick<LineIndex, 'lineOf'>): void {
    if (this.files < 2) return;
    this.addIds(k, ownIds(library, lines));
  }

  /** File k's ids, each with the line of its first definition (from the file, or from the cache). */
  addIds(k: number, own: ReadonlyMap<string, number>): void {
    if (this.files < 2) return;
    own.forEach((_line, id) => {
      const f = this.first.get(id);
      if (f === undefined) this.first.set(id, k);
      else if (!this.second.has(id)) this.second.set(id, k);
    });
    this.lines[k] = own;
  }

  /** The ids of file k that other files define: id → "path:line" of the first such definition. */
  externalFor(k: number, library: Pick<Library, 'scripts'>, shown: (j: number) => string): Map<string, string> {
    const out = new Map<string, string>();
    // no id is defined in two files (the usual case): nothing to look up, script by script
    if (this.files < 2 || this.second.size === 0) return out;
    for (const s of library.scripts) if (s.id) this.addExternal(k, s.id, out, shown);
    return out;
  }

  /** The same for a file known by its ids (a cached one). */
  externalForIds(k: number, own: Iterable<string>, shown: (j: number) => string): Map<string, string> {
    const out = new Map<string, string>();
    if (this.files < 2 || this.second.size === 0) return out;
    for (const id of own) this.addExternal(k, id, out, shown);
    return out;
  }

  private addExternal(k: number, id: string, out: Map<string, string>, shown: (j: number) => string): void {
    if (out.has(id)) return;
    const f = this.first.get(id);
    const j = f !== k ? f : this.second.get(id);
    if (j === undefined) return;
    out.set(id, `${shown(j)}:${this.lines[j]!.get(id)}`);
  }
}

/**
 * For toMessage, which takes the first script whose span holds a finding: when the spans are in
 * order and apart (always, for a parsed library), the one candidate found by binary search, so
 * that a file with many findings and many scripts is not scanned once per finding. Otherwise
 * (never expected) every script, as before.
 */
function scriptLookup(scripts: readonly ScriptSpot[]): (offset: number) => readonly ScriptSpot[] {
  const end = (s: ScriptSpot): number => Math.max(s.span.end, s.span.start + 1);
  for (let k = 1; k < scripts.length; k++) if (scripts[k].span.start < end(scripts[k - 1])) return () => scripts;
  const none: readonly ScriptSpot[] = [];
  return (offset) => {
    let lo = 0;
    let hi = scripts.length - 1;
    if (hi < 0 || scripts[0].span.start > offset) return none;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (scripts[mid].span.start <= offset) lo = mid; else hi = mid - 1;
    }
    const s = scripts[lo];
    return offset >= s.span.start && offset < end(s) ? [s] : none;
  };
}

/** Per finding, the script its message names (`CachedLint.places`), found as `withMessages` finds it. */
function findingPlaces(findings: readonly Finding[], bases: readonly ScriptBase[]): FindingPlaces {
  const scriptsOf = scriptLookup(bases);
  const script = new Int32Array(findings.length);
  const ids = new Map<number, string>();
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k];
    const s = scriptIn(f, scriptsOf(f.start));
    script[k] = s ? s.index : -1;
    if (s && f.scriptId === undefined && s.id !== undefined) ids.set(k, s.id);
  }
  return { script, ids };
}
