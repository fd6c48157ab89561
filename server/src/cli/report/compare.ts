/**
 * `--compare`: the previous numbers of the library, from a git ref (the same files, read with
 * `git show <ref>:<path>` and linted together with today's config, so only the scripts' changes
 * count), from a previous report (its HTML with the embedded data, or the data as JSON), or from
 * the output of `huashu lint --format json`. Then the changes against the current report.
 */
import * as fs from 'fs';
import * as path from 'path';
import { UsageError } from '../io';
import { readUtf8 } from '../../node/utf8';
import { git, firstLine } from '../git';
import type { LintInput } from '../lint-files';
import {
  Comparison, ComparisonRow, penaltyOf, REPORT_SCHEMA, ReportData, scriptKey, Summary,
} from './model';

export const DATA_ELEMENT_ID = 'huashu-report-data';

/** The previous state of the library, as far as the source tells it. */
export interface Snapshot {
  label: string;
  kind: Comparison['kind'];
  generatedAt?: string;
  summary: { [K in keyof Summary]: number | null };
  rules: Map<string, number>;
  files: Map<string, number>;
  /** Script scores by scriptKey, when known. */
  scripts?: Map<string, number>;
  /** Rule titles and script labels known from the source. */
  labels: Map<string, string>;
}

export function snapshotOfReport(data: ReportData, label: string, kind: Comparison['kind'] = 'report'): Snapshot {
  const rules = new Map(data.rules.map((r) => [r.id, r.count]));
  const files = new Map<string, number>();
  for (const f of data.files) if (f.fatal === undefined) files.set(f.path, f.score);
  const scripts = new Map<string, number>();
  const labels = new Map<string, string>();
  for (const r of data.rules) labels.set(`rule:${r.id}`, r.title);
  for (const s of data.scripts) {
    const file = data.files[s.file]?.path ?? '';
    const key = scriptKey(file, s);
    scripts.set(key, s.score);
    labels.set(`script:${key}`, s.title ?? s.id ?? `第 ${s.index + 1} 条`);
  }
  return { label, kind, generatedAt: kind === 'git' ? undefined : data.generatedAt, summary: { ...data.summary }, rules, files, scripts, labels };
}

interface LintJsonFile { filePath: string; messages: { ruleId: string | null; severity: string; fatal?: boolean; fix?: unknown }[]; score: number }

function isLintJson(x: unknown): x is LintJsonFile[] {
  return Array.isArray(x) && x.every((f) => f && typeof f === 'object' && typeof (f as LintJsonFile).filePath === 'string'
    && Array.isArray((f as LintJsonFile).messages) && typeof (f as LintJsonFile).score === 'number');
}

function isReportData(x: unknown): x is ReportData {
  const d = x as ReportData;
  return !!d && typeof d === 'object' && d.kind === 'library-report' && typeof d.schema === 'number'
    && !!d.summary && Array.isArray(d.files) && Array.isArray(d.scripts) && Array.isArray(d.rules);
}

/** The output of `huashu lint --format json`: file scores and counts, no script scores. */
export function snapshotOfLintJson(files: LintJsonFile[], label: string): Snapshot {
  const rules = new Map<string, number>();
  const scores = new Map<string, number>();
  let errors = 0, warnings = 0, infos = 0, fixable = 0, penalty = 0;
  const readable: number[] = [];
  for (const f of files) {
    const fatal = f.messages.some((m) => m.fatal);
    if (!fatal) { scores.set(f.filePath, f.score); readable.push(f.score); }
    for (const m of f.messages) {
      if (m.severity === 'error') errors++; else if (m.severity === 'warning') warnings++; else infos++;
      if (m.fix) fixable++;
      if (m.ruleId !== null) rules.set(m.ruleId, (rules.get(m.ruleId) ?? 0) + 1);
      penalty += penaltyOf(m.ruleId);
    }
  }
  const score = readable.length ? Math.round(readable.reduce((a, b) => a + b, 0) / readable.length) : 100;
  return {
    label, kind: 'lint-json',
    summary: { score, files: files.length, scripts: null, findings: errors + warnings + infos, errors, warnings, infos, fixable, penalty, scriptMean: null },
    rules, files: scores, labels: new Map(),
  };
}

/** Reads a previous report (HTML with embedded data, or JSON) or a `huashu lint --format json` file. */
export function readPrevious(file: string, shownAs: string): Snapshot {
  let text: string;
  try { text = readUtf8(file); } catch (e) {
    throw new UsageError(`--compare：无法读取 ${shownAs}：${(e as Error).message}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let json = text;
  if (!/^\s*[[{]/.test(text)) {
    const data = extractEmbedded(text);
    if (data === undefined) throw new UsageError(`--compare：${shownAs} 里没有报告数据（只能与 huashu report 生成的 HTML 或 JSON、或 huashu lint --format json 的输出比较）`);
    json = data;
  }
  let parsed: unknown;
  try { parsed = JSON.parse(json); } catch (e) {
    throw new UsageError(`--compare：${shownAs} 不是合法的 JSON：${(e as Error).message}`);
  }
  if (isReportData(parsed)) {
    if (parsed.schema > REPORT_SCHEMA) throw new UsageError(`--compare：${shownAs} 由更新版本的 huashu 生成（数据版本 ${parsed.schema}），请升级后再比较`);
    return snapshotOfReport(parsed, shownAs, 'report');
  }
  if (isLintJson(parsed)) return snapshotOfLintJson(parsed, shownAs);
  throw new UsageError(`--compare：${shownAs} 不是 huashu 报告数据，也不是 huashu lint --format json 的输出`);
}

/** The JSON text of the data element of a report's HTML, if any. */
export function extractEmbedded(html: string): string | undefined {
  const m = new RegExp(`<script[^>]*\\bid="${DATA_ELEMENT_ID}"[^>]*>([\\s\\S]*?)</script>`).exec(html);
  return m ? m[1] : undefined;
}

/**
 * The given files as they were at a git ref: inputs for lintFiles with the text of
 * `git show <ref>:<path>`. Files the ref does not have are left out (they are new).
 */
export function filesAtRef(cwd: string, ref: string, absPaths: readonly string[]): { inputs: LintInput[]; commit: string } {
  let top: string;
  try { top = git(cwd, ['rev-parse', '--show-toplevel']).trim(); } catch (e) {
    throw new UsageError(`--compare ${ref}：这里不是 git 仓库（${firstLine(e)}）；也可以给出一份旧报告的文件名`);
  }
  let commit: string;
  try { commit = git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).trim(); } catch {
    throw new UsageError(`--compare：找不到 git 提交 “${ref}”，也没有叫这个名字的报告文件（CI 中请先 fetch 这个分支）`);
  }
  let realTop = top;
  try { realTop = fs.realpathSync(top); } catch { /* keep */ }
  const inputs: LintInput[] = [];
  for (const abs of absPaths) {
    let real = abs;
    try { real = fs.realpathSync(abs); } catch { /* a file that went away */ }
    const rel = path.relative(realTop, real);
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) continue;
    let text: string;
    try { text = git(realTop, ['show', `${commit}:${rel.split(path.sep).join('/')}`]); } catch { continue; }
    inputs.push({ absPath: abs, text });
  }
  return { inputs, commit };
}

const byKey = (a: ComparisonRow, b: ComparisonRow): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Rows of the keys whose value differs (a key on one side only is new or gone). */
function diffMaps(before: Map<string, number>, after: Map<string, number>, label: (key: string) => string): ComparisonRow[] {
  const rows: ComparisonRow[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(key) ?? null;
    const a = after.get(key) ?? null;
    if (a !== b) rows.push({ key, label: label(key), before: b, after: a });
  }
  return rows.sort(byKey);
}

/** The changes from a previous snapshot to the current report. */
export function compareWith(current: ReportData, before: Snapshot): Comparison {
  const now = snapshotOfReport(current, '', 'report');
  const label = (prefix: string) => (key: string): string => now.labels.get(`${prefix}:${key}`) ?? before.labels.get(`${prefix}:${key}`) ?? key;
  const delta = (r: ComparisonRow): number => (r.after ?? 0) - (r.before ?? 0);
  const rules = diffMaps(before.rules, now.rules, label('rule')).sort((x, y) => Math.abs(delta(y)) - Math.abs(delta(x)) || byKey(x, y));
  const files = diffMaps(before.files, now.files, (k) => k);
  const scripts = before.scripts ? diffMaps(before.scripts, now.scripts ?? new Map(), label('script')) : [];
  // worst changes first: drops, then new scripts by score, then gains
  scripts.sort((x, y) => rank(x) - rank(y) || byKey(x, y));
  return {
    label: before.label, kind: before.kind, ...(before.generatedAt ? { generatedAt: before.generatedAt } : {}),
    before: before.summary, rules, files, scripts, scriptScores: before.scripts !== undefined,
  };
}

function rank(r: ComparisonRow): number {
  if (r.before !== null && r.after !== null) return r.after - r.before; // drops (negative) first
  if (r.after !== null) return 1000 + r.after; // new
  return 2000; // gone
}
