/**
 * Whether git's index lists a file, read from the index file itself: `huashu lint --cache` asks
 * it of its cache file on every run (run.ts: a cache file that came from a commit is not trusted),
 * and asking git (`git ls-files --error-unmatch`) cost 20 ms of a cached run of 0.37 s: 7 ms to
 * load `child_process`, 13 ms to start git. Reading the index takes well under a millisecond.
 *
 * The reader answers only where it knows it gives git's answer, and says so by returning
 * undefined otherwise (the caller then asks git): a repository found the way git finds it (a
 * `.git` folder, or a `.git` file naming the folder, as a worktree or a submodule has), an index
 * of version 2, 3 or 4 with SHA-1 object names, without a split or sparse index. It leaves to git
 * any environment that changes where git looks (`GIT_DIR`, `GIT_INDEX_FILE`, …), a config with
 * `core.worktree`, `core.bare = true`, includes or another object format, and a path that matches
 * an entry only when case is ignored.
 *
 * Index format: git's Documentation/gitformat-index.txt.
 */
import * as fs from 'fs';
import * as path from 'path';

/** Variables that change which repository, work tree or index git uses. */
const GIT_ENV = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_COMMON_DIR', 'GIT_CEILING_DIRECTORIES', 'GIT_DISCOVERY_ACROSS_FILESYSTEM', 'GIT_OBJECT_DIRECTORY', 'GIT_CONFIG', 'GIT_CONFIG_GLOBAL', 'GIT_CONFIG_SYSTEM', 'GIT_CONFIG_COUNT', 'GIT_CONFIG_PARAMETERS'];
/** Config settings after which the reader does not answer (`core.ignorecase` is read apart). */
// (a boolean key alone on its line is true, as git reads it)
const UNSURE_CONFIG = /^\s*(?:worktree\s*=|objectformat\s*=|bare\s*(?:=\s*(?:true|yes|on|1)\s*)?$|\[\s*include)/im;
const IGNORE_CASE = /^\s*ignorecase\s*(?:=\s*(?:true|yes|on|1)\s*)?$/im;

/** The repository around a folder: its work tree's root and its git folder; undefined: not in one. */
function findRepository(dir: string): { root: string; gitDir: string } | undefined | null {
  for (let d = dir; ; ) {
    const dotGit = path.join(d, '.git');
    let st: fs.Stats | undefined;
    try { st = fs.statSync(dotGit); } catch { /* not here */ }
    if (st?.isDirectory()) return fs.existsSync(path.join(dotGit, 'HEAD')) ? { root: d, gitDir: dotGit } : null;
    if (st?.isFile()) {
      const m = /^gitdir: *(.+?)\s*$/m.exec(fs.readFileSync(dotGit, 'utf8'));
      return m ? { root: d, gitDir: path.resolve(d, m[1]) } : null;
    }
    const up = path.dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

/** The text of a file, or '' when it does not exist. */
function textOf(file: string): string {
  try { return fs.readFileSync(file, 'utf8'); } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw e;
  }
}

/**
 * Whether git's index lists `file` (an absolute path): true or false as `git ls-files
 * --error-unmatch` would answer, or undefined when this reader cannot be sure (see above).
 */
export function indexLists(file: string, env: NodeJS.ProcessEnv = process.env): boolean | undefined {
  if (GIT_ENV.some((v) => env[v] !== undefined)) return undefined;
  try {
    const dir = fs.realpathSync(path.dirname(file));
    const repo = findRepository(dir);
    if (repo === undefined) return false; // not in a repository: git answers no
    if (repo === null) return undefined;
    // the repository's config (a worktree's is its common folder's) and the worktree's own
    let config = `${textOf(path.join(repo.gitDir, 'config'))}\n${textOf(path.join(repo.gitDir, 'config.worktree'))}`;
    const common = textOf(path.join(repo.gitDir, 'commondir')).trim();
    if (common) config += `\n${textOf(path.join(path.resolve(repo.gitDir, common), 'config'))}`;
    if (UNSURE_CONFIG.test(config)) return undefined;
    const rel = path.relative(repo.root, path.join(dir, path.basename(file))).split(path.sep).join('/');
    if (rel.startsWith('../') || rel.startsWith('.git/')) return undefined;
    let index: Buffer;
    try { index = fs.readFileSync(path.join(repo.gitDir, 'index')); } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'ENOENT' ? false : undefined; // no index yet: nothing is tracked
    }
    const found = findEntry(index, Buffer.from(rel, 'utf8'));
    if (found === 'exact') return true;
    if (found === 'case' && IGNORE_CASE.test(config)) return undefined;
    return found === undefined ? undefined : false;
  } catch {
    return undefined;
  }
}

/**
 * Looks for `name` among the index's entries: 'exact', 'case' (an entry equal but for ASCII case),
 * 'none', or undefined for an index this reader does not read whole (another version, a split or
 * sparse index, a damaged file).
 */
export function findEntry(buf: Buffer, name: Buffer): 'exact' | 'case' | 'none' | undefined {
  const HASH = 20;
  if (buf.length < 12 + HASH || buf.toString('latin1', 0, 4) !== 'DIRC') return undefined;
  const version = buf.readUInt32BE(4);
  if (version < 2 || version > 4) return undefined;
  const count = buf.readUInt32BE(8);
  const end = buf.length - HASH;
  const lower = Buffer.from(name.toString('latin1').toLowerCase(), 'latin1');
  let found: 'exact' | 'case' | 'none' = 'none';
  let p = 12;
  let prev: Buffer = Buffer.alloc(0);
  for (let k = 0; k < count; k++) {
    // ctime, mtime (8 bytes each), dev, ino, mode, uid, gid, size (4 each), the object name, flags
    const flagsAt = p + 40 + HASH;
    if (flagsAt + 2 > end) return undefined;
    const flags = buf.readUInt16BE(flagsAt);
    let q = flagsAt + 2;
    if (flags & 0x4000) {
      if (version < 3) return undefined;
      q += 2; // extended flags
    }
    let entry: Buffer;
    if (version === 4) {
      // the path as the length to drop from the previous entry's path (a varint) and the rest, NUL-ended
      let c = buf[q++];
      let strip = c & 127;
      while (c & 128) {
        if (q >= end) return undefined;
        c = buf[q++];
        strip = ((strip + 1) << 7) | (c & 127);
      }
      const nul = buf.indexOf(0, q);
      if (nul < 0 || nul >= end || strip > prev.length) return undefined;
      entry = Buffer.concat([prev.subarray(0, prev.length - strip), buf.subarray(q, nul)]);
      p = nul + 1;
    } else {
      const len = flags & 0xfff;
      const nul = len < 0xfff ? q + len : buf.indexOf(0, q);
      if (nul < 0 || nul >= end || buf[nul] !== 0) return undefined;
      entry = buf.subarray(q, nul);
      // entries padded with 1-8 NULs to a multiple of 8 bytes
      p += ((q - p) + (nul - q) + 8) & ~7;
    }
    prev = entry;
    if (entry.equals(name)) found = 'exact';
    else if (found === 'none' && entry.length === lower.length && Buffer.from(entry.toString('latin1').toLowerCase(), 'latin1').equals(lower)) found = 'case';
  }
  // extensions: a split index ('link') keeps entries in another file, a sparse one ('sdir') folders for files
  while (p + 8 <= end) {
    const sig = buf.toString('latin1', p, p + 4);
    if (sig === 'link' || sig === 'sdir') return undefined;
    p += 8 + buf.readUInt32BE(p + 4);
  }
  return found;
}
