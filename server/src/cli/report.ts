/**
 * The CLI's view of a lint run: one report per file with 1-based UTF-16 positions, the shape
 * every formatter reads. Engine offsets (into the text without BOM) are kept for fingerprints,
 * fixes and script membership.
 */
import { sha256Hex } from '../node/digest';
import type { Finding, Fix, LineIndex, ScriptBase, ScriptResult, Severity } from '../engine';

export interface CliMessage {
  /** null for a file that could not be read. */
  ruleId: string | null;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  start: number;
  end: number;
  scriptId?: string;
  /** Index of the script the finding lies in, if any. */
  scriptIndex?: number;
  fix?: Fix;
  suggestions?: { title: string; fix: Fix }[];
  fatal?: boolean;
}

/**
 * A file's scripts as test cases: the index and the id (undefined: none) of each, in order. Two
 * arrays, not an object per script: at 100,000 scripts JUnit had kept every script's result (with
 * its findings and score card) for these two fields, about 20 MB of the run's peak.
 */
export interface ScriptCases {
  index: Int32Array;
  ids: (string | undefined)[];
}

/** What a message reads of the script a finding is in. */
export type ScriptSpot = Pick<ScriptBase, 'index' | 'id' | 'span'>;

/** The cases of these scripts. */
export function casesOf(scripts: readonly Pick<ScriptBase, 'index' | 'id'>[]): ScriptCases {
  const index = new Int32Array(scripts.length);
  const ids = new Array<string | undefined>(scripts.length);
  for (let k = 0; k < scripts.length; k++) { index[k] = scripts[k].index; ids[k] = scripts[k].id; }
  return { index, ids };
}

export interface FileReport {
  absPath: string;
  /** Relative to the working folder, with '/'. */
  filePath: string;
  /** Relative to the repository root (SARIF, GitHub), with '/'. */
  rootPath: string;
  /**
   * Text without BOM (after fixes, when fixes were applied); `lint` empties it, and drops `lines`,
   * before a format that does not read them (run.ts, `releaseUnread`).
   */
  text: string;
  hadBom: boolean;
  lines?: LineIndex;
  messages: CliMessage[];
  /** Every script's result; empty in `lint`'s reports for a format that does not read them (formatters/index.ts, `READS`). */
  scripts: ScriptResult[];
  /** Each script's index and id, in order, for a format that reads only those (JUnit's test cases; `READS`); absent for a file without scripts. */
  cases?: ScriptCases;
  score: number;
  /** Set when the file could not be read. */
  fatal?: string;
  /** The fixed text (without BOM) when --fix / --fix-dry-run changed something. */
  output?: string;
  /** The original text (without BOM) before fixes. */
  source?: string;
  /** The exception when linting the file failed inside the tool (exit code 2). */
  internal?: unknown;
  /** Number of fixes applied. */
  fixCount: number;
  /** Set when `--fix` could not write the file (the original is untouched; exit code 2). */
  writeError?: string;
}

export interface Counts { errors: number; warnings: number; infos: number; fixable: number }

export function countsOf(messages: readonly CliMessage[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0, fixable: 0 };
  for (let k = 0; k < messages.length; k++) {
    const m = messages[k];
    if (m.severity === 'error') c.errors++;
    else if (m.severity === 'warning') c.warnings++;
    else c.infos++;
    if (m.fix) c.fixable++;
  }
  return c;
}

export function totals(reports: readonly FileReport[]): Counts {
  const t: Counts = { errors: 0, warnings: 0, infos: 0, fixable: 0 };
  for (const r of reports) {
    const c = countsOf(r.messages);
    t.errors += c.errors; t.warnings += c.warnings; t.infos += c.infos; t.fixable += c.fixable;
  }
  return t;
}

/**
 * Where each finding starts and ends in the text of `lines`, four numbers per finding: start line,
 * start character, end line, end character (0-based, UTF-16 units), as `toMessage` finds them.
 * The `--cache` entry keeps them (lint-cache.ts, `CachedLint.positions`).
 */
export function findingPositions(findings: readonly Finding[], lines: LineIndex): Int32Array {
  const out = new Int32Array(4 * findings.length);
  for (let k = 0; k < findings.length; k++) {
    const s = lines.positionAt(findings[k].start);
    const e = lines.positionAt(findings[k].end);
    out[4 * k] = s.line;
    out[4 * k + 1] = s.character;
    out[4 * k + 2] = e.line;
    out[4 * k + 3] = e.character;
  }
  return out;
}

export function toMessage(f: Finding, lines: LineIndex, scripts: readonly ScriptSpot[]): CliMessage {
  const s = lines.positionAt(f.start);
  const e = lines.positionAt(f.end);
  return messageAt(f, s.line, s.character, e.line, e.character, scripts);
}

/** The script a finding's message names: the first of `scripts` the finding starts in. */
export function scriptIn(f: Finding, scripts: readonly ScriptSpot[]): ScriptSpot | undefined {
  return scripts.find((x) => f.start >= x.span.start && f.start < Math.max(x.span.end, x.span.start + 1));
}

/**
 * `toMessage` with the finding's start and end given as 0-based lines and characters (UTF-16
 * units), as `toMessage` finds them in the text's line index: a report made from a cache entry,
 * which keeps them, needs neither the text nor its index.
 */
export function messageAt(f: Finding, sLine: number, sChar: number, eLine: number, eChar: number, scripts: readonly ScriptSpot[]): CliMessage {
  const script = scriptIn(f, scripts);
  return messageIn(f, sLine, sChar, eLine, eChar, script ? script.index : -1, script?.id);
}

/**
 * `messageAt` with the script the message names given: its index (-1: none) and its id (read
 * only when the finding has none of its own), as a cache entry keeps them per finding.
 */
export function messageIn(f: Finding, sLine: number, sChar: number, eLine: number, eChar: number, scriptIndex: number, idOfScript: string | undefined): CliMessage {
  const inScript = scriptIndex >= 0;
  const scriptId = f.scriptId ?? (inScript ? idOfScript : undefined);
  if (inScript && scriptId !== undefined && !f.suggestions?.length) {
    // a finding of a script with an id (nearly all): every field in one literal, none added later
    // outside the object (a report keeps a message per finding)
    return f.fix
      ? {
        ruleId: f.ruleId, severity: f.severity, message: f.message,
        line: sLine + 1, column: sChar + 1, endLine: eLine + 1, endColumn: eChar + 1,
        start: f.start, end: f.end, scriptId, scriptIndex, fix: f.fix,
      }
      : {
        ruleId: f.ruleId, severity: f.severity, message: f.message,
        line: sLine + 1, column: sChar + 1, endLine: eLine + 1, endColumn: eChar + 1,
        start: f.start, end: f.end, scriptId, scriptIndex,
      };
  }
  const m: CliMessage = {
    ruleId: f.ruleId, severity: f.severity, message: f.message,
    line: sLine + 1, column: sChar + 1, endLine: eLine + 1, endColumn: eChar + 1,
    start: f.start, end: f.end,
  };
  if (scriptId !== undefined) m.scriptId = scriptId;
  if (inScript) m.scriptIndex = scriptIndex;
  if (f.fix) m.fix = f.fix;
  if (f.suggestions?.length) m.suggestions = f.suggestions;
  return m;
}

export function fatalMessage(message: string): CliMessage {
  return { ruleId: null, severity: 'error', message, line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0, fatal: true };
}

/**
 * A stable identity of a finding, independent of its position: rule id + script id + a hash of
 * the flagged text. SARIF partial fingerprints and the baseline both use it.
 */
export function findingKey(m: CliMessage, text: string): string {
  const flagged = text.slice(m.start, m.end);
  return sha256Hex(`${m.ruleId ?? ''}\u0000${m.scriptId ?? ''}\u0000${flagged}`).slice(0, 16);
}

