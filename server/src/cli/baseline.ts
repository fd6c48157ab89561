/**
 * Baselines for existing libraries: `huashu baseline` records today's findings, later runs of
 * `huashu lint` suppress exactly those (by file, rule, script and flagged text, not by line, so
 * edits elsewhere keep them suppressed) and report entries that no longer occur.
 */
import * as fs from 'fs';
import * as path from 'path';
import { UsageError } from './io';
import { readUtf8 } from '../node/utf8';
import { FileReport, findingKey } from './report';
import { writeFileAtomic } from './fix-writer';

export const DEFAULT_BASELINE = 'huashu-baseline.json';

export interface BaselineEntry { file: string; ruleId: string; scriptId?: string; hash: string; count: number; message?: string }
export interface BaselineFile { version: 1; tool: 'huashu'; entries: BaselineEntry[] }

const keyOf = (file: string, ruleId: string, scriptId: string | undefined, hash: string): string => `${file}\u0000${ruleId}\u0000${scriptId ?? ''}\u0000${hash}`;

export function readBaseline(file: string): BaselineFile {
  let text: string;
  try { text = readUtf8(file); } catch (e) {
    throw new UsageError(`无法读取基线文件 ${file}：${(e as Error).message}`);
  }
  let data: unknown;
  try { data = JSON.parse(text); } catch (e) {
    throw new UsageError(`基线文件 ${file} 不是合法的 JSON：${(e as Error).message}`);
  }
  const d = data as Partial<BaselineFile>;
  if (!d || d.version !== 1 || !Array.isArray(d.entries)) throw new UsageError(`基线文件 ${file} 的格式不对：需要 {"version": 1, "entries": [...]}（可用 huashu baseline 重新生成）`);
  for (const e of d.entries) {
    if (!e || typeof e.file !== 'string' || typeof e.ruleId !== 'string' || typeof e.hash !== 'string') throw new UsageError(`基线文件 ${file} 里有无效的记录（可用 huashu baseline 重新生成）`);
  }
  return d as BaselineFile;
}

/** The file path an entry uses: relative to the baseline file's folder, with '/'. */
function entryPath(baselineFile: string, abs: string): string {
  return path.relative(path.dirname(path.resolve(baselineFile)), abs).split(path.sep).join('/');
}

/** Entries for the findings of the given reports (fatal messages are never recorded). */
export function entriesOf(reports: readonly FileReport[], baselineFile: string): BaselineEntry[] {
  const map = new Map<string, BaselineEntry>();
  for (const r of reports) {
    const file = entryPath(baselineFile, r.absPath);
    for (const m of r.messages) {
      if (m.ruleId === null) continue;
      const hash = findingKey(m, r.text);
      const k = keyOf(file, m.ruleId, m.scriptId, hash);
      const e = map.get(k);
      if (e) e.count++;
      else map.set(k, { file, ruleId: m.ruleId, ...(m.scriptId !== undefined ? { scriptId: m.scriptId } : {}), hash, count: 1, message: m.message });
    }
  }
  return [...map.values()];
}

/**
 * Removes baselined findings from the reports (in place). Returns the number suppressed and the
 * entries of the linted files that no longer occur (fully or partly).
 */
export function applyBaseline(reports: FileReport[], baseline: BaselineFile, baselineFile: string): { suppressed: number; stale: BaselineEntry[] } {
  const left = new Map<string, BaselineEntry & { left: number }>();
  for (const e of baseline.entries) left.set(keyOf(e.file, e.ruleId, e.scriptId, e.hash), { ...e, left: Math.max(1, e.count ?? 1) });
  let suppressed = 0;
  const linted = new Set<string>();
  for (const r of reports) {
    const file = entryPath(baselineFile, r.absPath);
    linted.add(file);
    r.messages = r.messages.filter((m) => {
      if (m.ruleId === null) return true;
      const e = left.get(keyOf(file, m.ruleId, m.scriptId, findingKey(m, r.text)));
      if (!e || e.left <= 0) return true;
      e.left--;
      suppressed++;
      return false;
    });
  }
  const stale = [...left.values()].filter((e) => e.left > 0 && linted.has(e.file)).map(({ left: n, ...e }) => ({ ...e, count: n }));
  return { suppressed, stale };
}

/**
 * Writes a new baseline: the current findings of the linted files, plus the old entries of files
 * not linted this time that still exist. Returns what was written and how many old entries went.
 */
export function writeBaseline(baselineFile: string, reports: readonly FileReport[], previous?: BaselineFile): { entries: number; files: number; removed: number } {
  const fresh = entriesOf(reports, baselineFile);
  const linted = new Set(reports.map((r) => entryPath(baselineFile, r.absPath)));
  const dir = path.dirname(path.resolve(baselineFile));
  const kept = (previous?.entries ?? []).filter((e) => !linted.has(e.file) && fs.existsSync(path.resolve(dir, e.file)));
  const freshKeys = new Set(fresh.map((e) => keyOf(e.file, e.ruleId, e.scriptId, e.hash)));
  const removed = (previous?.entries ?? []).filter((e) => linted.has(e.file) && !freshKeys.has(keyOf(e.file, e.ruleId, e.scriptId, e.hash))).length
    + (previous?.entries ?? []).filter((e) => !linted.has(e.file) && !fs.existsSync(path.resolve(dir, e.file))).length;
  const entries = [...kept, ...fresh].sort((a, b) => cmp(a.file, b.file) || cmp(a.ruleId, b.ruleId) || cmp(a.scriptId ?? '', b.scriptId ?? '') || cmp(a.hash, b.hash));
  const data: BaselineFile = { version: 1, tool: 'huashu', entries };
  fs.mkdirSync(dir, { recursive: true });
  writeFileAtomic(path.resolve(baselineFile), JSON.stringify(data, null, 2) + '\n');
  return { entries: entries.reduce((n, e) => n + e.count, 0), files: new Set(entries.map((e) => e.file)).size, removed };
}

function cmp(a: string, b: string): number { return a < b ? -1 : a > b ? 1 : 0; }
