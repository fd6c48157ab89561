/**
 * `--changed-since <ref>`: the lines each file changed since the merge base of <ref> and HEAD
 * (the working tree included), so a pull request shows only what it introduced. Untracked
 * files count as changed throughout.
 */
import type * as ChildProcess from 'child_process';
import * as path from 'path';
import { indexLists } from './git-index';
import { UsageError } from './io';

/** absolute path → changed 1-based line numbers, or 'all'. Files absent are unchanged. */
export type ChangedLines = Map<string, Set<number> | 'all'>;

/** Runs git with paths unquoted; throws on a non-zero exit (stderr in the error). */
export function git(cwd: string, args: string[]): string {
  // (loaded when git is first run: a lint without --cache or --changed-since never runs it, and
  // child_process brings net and dgram with it, a few milliseconds of every start)
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { execFileSync } = require('child_process') as typeof ChildProcess;
  return execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
    cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The first line of a git failure, in Chinese when git itself is missing. */
export function firstLine(e: unknown): string {
  const err = e as { stderr?: string; message?: string; code?: string };
  if (err.code === 'ENOENT') return '找不到 git 命令';
  return String(err.stderr || err.message || e).trim().split('\n')[0];
}

export function changedLines(cwd: string, ref: string): ChangedLines {
  let top: string;
  try { top = git(cwd, ['rev-parse', '--show-toplevel']).trim(); } catch (e) {
    throw new UsageError(`--changed-since 需要在 git 仓库里运行：${firstLine(e)}`);
  }
  let base = ref;
  try {
    git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new UsageError(`--changed-since：找不到 git 提交 “${ref}”（CI 中请先 fetch 这个分支，例如 actions/checkout 设 fetch-depth: 0）`);
  }
  try { base = git(cwd, ['merge-base', ref, 'HEAD']).trim() || ref; } catch { base = ref; }
  let diff: string;
  try {
    diff = git(top, ['diff', '--no-color', '--no-ext-diff', '--unified=0', '--src-prefix=a/', '--dst-prefix=b/', '-M', base, '--']);
  } catch (e) {
    throw new UsageError(`--changed-since：git diff 失败：${firstLine(e)}`);
  }
  const out = parseDiff(diff, top);
  try {
    const untracked = git(top, ['ls-files', '--others', '--exclude-standard', '-z']);
    for (const f of untracked.split('\0')) if (f) out.set(path.resolve(top, f), 'all');
  } catch { /* no untracked files then */ }
  return out;
}

/** Parses `git diff --unified=0` output: added/changed lines of the new side, by file. */
export function parseDiff(diff: string, top: string): ChangedLines {
  const out: ChangedLines = new Map();
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const name = unquote(line.slice(4));
      if (name === '/dev/null') { current = undefined; continue; }
      const rel = name.startsWith('b/') ? name.slice(2) : name;
      current = new Set();
      out.set(path.resolve(top, rel), current);
      continue;
    }
    const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (m && current) {
      const start = Number(m[1]);
      const count = m[2] === undefined ? 1 : Number(m[2]);
      for (let i = 0; i < count; i++) current.add(start + i);
    }
  }
  return out;
}

/** Undoes git's C-style quoting of unusual file names ("b/a\tb" → b/a<TAB>b). */
export function unquote(s: string): string {
  s = s.replace(/\t$/, '');
  if (!s.startsWith('"') || !s.endsWith('"')) return s;
  const body = s.slice(1, -1);
  const bytes: number[] = [];
  const esc: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') { bytes.push(...Buffer.from(c, 'utf8')); continue; }
    const n = body[i + 1];
    if (/[0-7]/.test(n)) { bytes.push(parseInt(body.slice(i + 1, i + 4), 8)); i += 3; } else { bytes.push(esc[n] ?? n.charCodeAt(0)); i++; }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Keeps a finding when any line it covers changed. */
export function touchesChanged(changed: ChangedLines, file: string, line: number, endLine: number): boolean {
  const c = changed.get(file);
  if (!c) return false;
  if (c === 'all') return true;
  for (let l = line; l <= Math.max(line, endLine); l++) if (c.has(l)) return true;
  return false;
}

/**
 * Whether git tracks the file (it is in the index of the repository around it). False outside a
 * repository and for an untracked file; where the index cannot be read directly, git is asked,
 * and git missing then answers false.
 */
export function isTracked(file: string): boolean {
  // the index read directly where that gives git's answer (git-index.ts): starting git cost 20 ms of a cached run
  const listed = indexLists(file);
  if (listed !== undefined) return listed;
  try {
    git(path.dirname(file), ['ls-files', '--error-unmatch', '--', path.basename(file)]);
    return true;
  } catch {
    return false;
  }
}
