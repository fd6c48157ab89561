/**
 * Which files `huashu lint` reads: paths, folders and globs (default: the current folder).
 * Folders and globs find `*.huashu.yaml` / `*.huashu.yml`, skip node_modules and .git, and
 * honour every `.gitignore` from the repository root down. A file named explicitly is always
 * linted (whatever its name); config `ignore` globs are applied later, per file's config.
 */
import * as fs from 'fs';
import * as path from 'path';
import ignore, { Ignore } from 'ignore';
import picomatch from 'picomatch';
import { isLibraryFile } from '../node/config-discovery';
import { UsageError } from './io';

const SKIP_DIRS = new Set(['node_modules', '.git']);
const GLOB_CHARS = /[*?[\]{}()!]/;

/** The folder holding `.git` at or above `from`, else undefined. */
export function findRepoRoot(from: string): string | undefined {
  let dir = path.resolve(from);
  for (;;) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

interface IgnoreLayer { base: string; ig: Ignore }

/** `.gitignore` rules in force for a folder: every .gitignore from `top` down to it. */
class GitIgnores {
  private readonly cache = new Map<string, IgnoreLayer | null>();
  constructor(private readonly top: string) {}

  private layer(dir: string): IgnoreLayer | null {
    let l = this.cache.get(dir);
    if (l !== undefined) return l;
    l = null;
    try {
      const text = fs.readFileSync(path.join(dir, '.gitignore'), 'utf8');
      l = { base: dir, ig: ignore().add(text) };
    } catch { /* no .gitignore here */ }
    this.cache.set(dir, l);
    return l;
  }

  /** True when `abs` (a file, or a folder when `isDir`) is git-ignored. */
  ignored(abs: string, isDir: boolean): boolean {
    const rel = path.relative(this.top, abs);
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return false;
    const parts = rel.split(path.sep);
    let dir = this.top;
    for (let i = 0; i < parts.length; i++) {
      const l = this.layer(dir);
      if (l) {
        const r = parts.slice(i).join('/') + (isDir ? '/' : '');
        if (l.ig.ignores(r)) return true;
      }
      dir = path.join(dir, parts[i]);
    }
    return false;
  }
}

export interface FoundFiles { files: string[]; /** patterns that matched nothing */ unmatched: string[] }

/**
 * Resolves the command-line patterns to absolute file paths, sorted and unique.
 * A pattern that names nothing that exists and matches nothing is listed in `unmatched`.
 */
export function findFiles(patterns: readonly string[], cwd: string): FoundFiles {
  const top = findRepoRoot(cwd) ?? cwd;
  const git = new GitIgnores(top);
  const out = new Set<string>();
  const unmatched: string[] = [];
  const list = patterns.length ? patterns : ['.'];
  for (const p of list) {
    const before = out.size;
    const abs = path.resolve(cwd, p);
    let stat: fs.Stats | undefined;
    try { stat = fs.statSync(abs); } catch { stat = undefined; }
    if (stat?.isFile()) {
      out.add(abs);
    } else if (stat?.isDirectory()) {
      walk(abs, git, (f) => { if (isLibraryFile(f)) out.add(f); });
      continue; // an empty folder is not an error
    } else if (GLOB_CHARS.test(p)) {
      const { base, glob } = splitGlob(p.split(path.sep).join('/'));
      const baseAbs = path.resolve(cwd, base);
      const match = picomatch(glob, { dot: false });
      if (fs.existsSync(baseAbs)) {
        walk(baseAbs, git, (f) => {
          const rel = path.relative(baseAbs, f).split(path.sep).join('/');
          if (isLibraryFile(f) && match(rel)) out.add(f);
        });
      }
    }
    if (out.size === before && !stat?.isDirectory()) unmatched.push(p);
  }
  return { files: [...out].sort(), unmatched };
}

/** Splits "a/b/**\/*.yaml" into the static folder "a/b" and the glob "**\/*.yaml". */
export function splitGlob(p: string): { base: string; glob: string } {
  const parts = p.split('/');
  const k = parts.findIndex((s) => GLOB_CHARS.test(s));
  const base = parts.slice(0, k).join('/') || (p.startsWith('/') ? '/' : '.');
  return { base, glob: parts.slice(k).join('/') };
}

function walk(dir: string, git: GitIgnores, visit: (file: string) => void): void {
  let entries: fs.Dirent[];
  try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      // never follow linked folders (no cycles); a broken link to a library is reported as unreadable
      try { isFile = fs.statSync(full).isFile(); } catch { isFile = true; }
      isDir = false;
    }
    if (isDir) {
      if (SKIP_DIRS.has(e.name) || git.ignored(full, true)) continue;
      walk(full, git, visit);
    } else if (isFile && !git.ignored(full, false)) {
      visit(full);
    }
  }
}

/** Path for display: relative to `from` with '/', or absolute when outside it. */
export function displayPath(abs: string, from: string): string {
  const rel = path.relative(from, abs);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return abs.split(path.sep).join('/');
  return rel.split(path.sep).join('/');
}

export function assertReadableConfig(file: string): void {
  if (!fs.existsSync(file)) throw new UsageError(`找不到配置文件：${file}`);
}
