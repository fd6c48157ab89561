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
  for (const p of patterns.length ? patterns : ['.']) {
    const before = out.size;
    const abs = path.resolve(cwd, p);
    let stat: fs.Stats | undefined;
    try { stat = fs.statSync(abs); } catch { stat = undefined; }
    if (stat?.isFile()) out.add(abs);
    else librariesIn(p, cwd, stat, git, (f) => { out.add(f); });
    // an empty folder is not an error
    if (out.size === before && !stat?.isDirectory()) unmatched.push(p);
  }
  return { files: [...out].sort(), unmatched };
}

/** Files the search for a git-ignored library looks at before it gives up (a repository's build output can be large). */
const IGNORED_SEARCH_FILES = 20_000;

/**
 * A library file that the folders and globs of `patterns` hold when .gitignore is not applied:
 * for a run that found nothing with it, one file to say why (the first, in name order), unless
 * none turns up among the first `maxFiles` files.
 */
export function firstGitIgnored(patterns: readonly string[], cwd: string, maxFiles = IGNORED_SEARCH_FILES): string | undefined {
  let found: string | undefined;
  const budget = { files: maxFiles };
  for (const p of patterns.length ? patterns : ['.']) {
    const abs = path.resolve(cwd, p);
    let stat: fs.Stats | undefined;
    try { stat = fs.statSync(abs); } catch { stat = undefined; }
    if (stat?.isFile()) continue;
    librariesIn(p, cwd, stat, undefined, (f) => { found = f; return true; }, budget);
    if (found || budget.files <= 0) return found;
  }
  return undefined;
}

/**
 * Visits the library files of pattern `p` (a folder whose `stat` is given, or a glob; relative to
 * `cwd`) in name order, with `git`'s .gitignore rules when given; stops when `visit` returns true
 * (and then returns true), or when `budget` has no files left.
 */
function librariesIn(p: string, cwd: string, stat: fs.Stats | undefined, git: GitIgnores | undefined, visit: (file: string) => boolean | void, budget?: { files: number }): boolean {
  if (stat?.isDirectory()) return walk(path.resolve(cwd, p), git, (f) => isLibraryFile(f) && visit(f), budget);
  if (!GLOB_CHARS.test(p)) return false;
  const { base, glob } = splitGlob(p.split(path.sep).join('/'));
  const baseAbs = path.resolve(cwd, base);
  const match = picomatch(glob, { dot: false });
  if (!fs.existsSync(baseAbs)) return false;
  return walk(baseAbs, git, (f) => isLibraryFile(f) && match(path.relative(baseAbs, f).split(path.sep).join('/')) && visit(f), budget);
}

/** Splits "a/b/**\/*.yaml" into the static folder "a/b" and the glob "**\/*.yaml". */
export function splitGlob(p: string): { base: string; glob: string } {
  const parts = p.split('/');
  const k = parts.findIndex((s) => GLOB_CHARS.test(s));
  const base = parts.slice(0, k).join('/') || (p.startsWith('/') ? '/' : '.');
  return { base, glob: parts.slice(k).join('/') };
}

/**
 * Visits the files under `dir` in name order, skipping node_modules, .git and (with `git`) what
 * .gitignore files ignore; stops when `visit` returns true (and then returns true) or when
 * `budget` has no files left (each file visited takes one).
 */
function walk(dir: string, git: GitIgnores | undefined, visit: (file: string) => boolean | void, budget?: { files: number }): boolean {
  let entries: fs.Dirent[];
  try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return false; }
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
      if (SKIP_DIRS.has(e.name) || git?.ignored(full, true)) continue;
      if (walk(full, git, visit, budget)) return true;
    } else if (isFile && !git?.ignored(full, false)) {
      if (budget && --budget.files < 0) return true;
      if (visit(full)) return true;
    }
  }
  return false;
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
