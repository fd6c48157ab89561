/**
 * Runs a CommonJS bundle through a V8 code cache kept per user: the bytecode V8 compiled for the
 * bundle, written once the process has done its first real work (the functions a lint runs are
 * compiled lazily, so a cache written then holds them too; two seconds later, or at exit if that
 * comes first; for the CLI, at exit) and read at the next start instead of compiling. The
 * language server's entry (`dist/server.js`) starts `dist/server-core.js` this way, and the CLI's
 * (`dist/cli.js`) `dist/cli-core.js`; VS Code and Chromium keep code caches of their own scripts
 * for the same reason.
 *
 * Measured on the benchmark machine (bench/README.md, "Ninth round"): compiling the 1.8 MB
 * server bundle 22–33 ms → 5–10 ms, and less compiling while the first document is linted.
 *
 * Safety: V8 checks a cache against the source's length, its own version and the flags in force,
 * and ignores one that does not match (`cachedDataRejected`); the cache is then written again. The
 * flags in force when the cache is written must therefore be set before compiling, by the entry:
 * the heap flags (heap-sizing.ts), and the tiering flags at V8's own values, where the warm-up
 * has put them back by then (V8 13.6 counts a flag set back to its default as changed; without
 * this, Node 24 refused every cache and wrote it again at every start). The cache's name carries the bundle's size and modification time, the
 * V8 version and the architecture. It lives in the user's cache folder (made private to the
 * user; a file owned by another user is not read) or in `HUASHU_CACHE_DIR`;
 * `HUASHU_CODE_CACHE=0` turns it off. Nothing here may stop the bundle from running: every
 * failure to read or write a cache only costs the time it would have saved.
 */
import * as fs from 'fs';
import Module from 'module';
import * as os from 'os';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';

/** The event the bundle emits on `process` once its first real work is done (first diagnostics). */
export const WARM_EVENT = 'huashu:warm';

export interface CodeCacheOptions {
  /** Folder of the cache (default: `HUASHU_CACHE_DIR`, else the platform's user cache folder + /huashu); null: no cache. */
  dir?: string | null;
  /** Milliseconds after {@link WARM_EVENT} until the cache is written (default 2,000: after the first answers). */
  delayMs?: number;
  /**
   * Written only when the process exits, once {@link WARM_EVENT} has been emitted (a command-line
   * run, whose work ends with it: no timer fires in the middle of writing its output).
   */
  atExit?: boolean;
}

export interface CodeCacheState {
  /** The cache file for this bundle, V8 and architecture (undefined: no cache). */
  file?: string;
  /** A cache was read and V8 took it. */
  used: boolean;
  /** A cache was read and V8 refused it (another V8, other flags, damaged). */
  rejected: boolean;
  /** Settles when a cache has been written (true) or could not be (false); undefined while none is due. */
  written?: Promise<boolean>;
}

/** The platform's cache folder for Huashu. */
export function defaultCacheDir(): string | undefined {
  if (process.env.HUASHU_CACHE_DIR) return process.env.HUASHU_CACHE_DIR;
  let home = '';
  try { home = os.homedir(); } catch { /* no home folder (a service account): no cache */ }
  if (process.platform === 'win32') return process.env.LOCALAPPDATA ? path.join(process.env.LOCALAPPDATA, 'huashu', 'Cache') : undefined;
  if (process.platform === 'darwin') return home ? path.join(home, 'Library', 'Caches', 'huashu') : undefined;
  // the XDG base directory specification: a relative XDG_CACHE_HOME is ignored
  const xdg = process.env.XDG_CACHE_HOME;
  const base = xdg && path.isAbsolute(xdg) ? xdg : home ? path.join(home, '.cache') : undefined;
  return base ? path.join(base, 'huashu') : undefined;
}

function cacheFileFor(bundle: string, stat: fs.Stats, dir: string): string {
  const v8 = process.versions.v8.replace(/[^0-9A-Za-z.]/g, '_');
  return path.join(dir, `${path.basename(bundle)}-${stat.size}-${Math.floor(stat.mtimeMs)}-v8-${v8}-${process.arch}.code-cache`);
}

/** The cache's bytes, if the file exists and belongs to this user. */
function readCache(file: string): Buffer | undefined {
  try {
    const st = fs.statSync(file);
    if (!st.isFile() || (typeof process.getuid === 'function' && st.uid !== process.getuid())) return undefined;
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes the cache next to its final name and renames it (two processes may write at once). */
function writeCache(file: string, data: Buffer): boolean {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    fs.writeFileSync(tmp, data, { mode: 0o600 });
    fs.renameSync(tmp, file);
  } catch {
    try { fs.unlinkSync(tmp); } catch { /* not there */ }
    return false;
  }
  removeStale(file);
  return true;
}

/** A cache of an earlier build left alone this long is removed when a new one is written. */
export const STALE_MS = 24 * 60 * 60 * 1000;

/**
 * Removes the caches of other builds of the same bundle for the same V8 and architecture (an
 * update or a rebuild leaves its predecessor's behind) that were written more than
 * {@link STALE_MS} ago: two installs used side by side keep theirs.
 */
function removeStale(file: string): void {
  const dir = path.dirname(file);
  const m = /^(.*)-\d+-\d+(-v8-.*\.code-cache)$/.exec(path.basename(file));
  if (!m) return;
  const [, bundle, runtime] = m;
  try {
    for (const name of fs.readdirSync(dir)) {
      if (name === path.basename(file) || !name.startsWith(`${bundle}-`) || !name.endsWith(runtime)) continue;
      if (!/^-\d+-\d+$/.test(name.slice(bundle.length, name.length - runtime.length))) continue;
      const p = path.join(dir, name);
      try { if (Date.now() - fs.statSync(p).mtimeMs > STALE_MS) fs.unlinkSync(p); } catch { /* gone or not ours */ }
    }
  } catch {
    // the folder cannot be listed: nothing removed
  }
}

/**
 * The first line of a bundle that scripts/build.mjs wrote inside CommonJS's wrapper (the cores the
 * entries run): such a text is compiled as it is read. Wrapping a bundle at run time
 * (`Module.wrap`) made a string of three parts, which V8 copied into one before compiling: 2.4–2.7
 * MB more memory to touch, on the benchmark machine, where a first write to a page of memory is
 * slow, about 8 ms of a start (bench/README.md, forty-sixth round).
 */
export const WRAPPED_HEAD = '(function (exports, require, module, __filename, __dirname) {\n';

/**
 * Loads `bundle` as the CommonJS module it is (its own `require`, `module`, `__filename`,
 * `__dirname`) through the code cache, and returns what happened to the cache.
 */
export function runWithCodeCache(bundle: string, options: CodeCacheOptions = {}): CodeCacheState {
  const off = process.env.HUASHU_CODE_CACHE === '0' || options.dir === null;
  const stat = fs.statSync(bundle);
  const dir = off ? undefined : options.dir ?? defaultCacheDir();
  const file = dir ? cacheFileFor(bundle, stat, dir) : undefined;
  // the bytes, then the text: Node 20's `readFileSync(file, 'utf8')` read the 2.7 MB server bundle
  // into a buffer it grew as it went, 9 MB of memory written against 5 (27 against 19 ms on the
  // benchmark machine, where a first write to a page is slow). (Read as Latin-1, the same text for
  // the 7-bit bundles, the string is an external one, and compiling the bundle's functions from it
  // cost more than the read saved.)
  const source = fs.readFileSync(bundle).toString('utf8');
  // a bundle built wrapped is compiled as it is; any other is wrapped here, a shebang line made a
  // comment of the same length (lines and columns stay the bundle's)
  const code = source.startsWith(WRAPPED_HEAD) ? source : Module.wrap(source.startsWith('#!') ? `//${source.slice(2)}` : source);
  const cachedData = file ? readCache(file) : undefined;
  let script: vm.Script;
  try {
    script = new vm.Script(code, { filename: bundle, cachedData });
  } catch (e) {
    if (!cachedData) throw e;
    script = new vm.Script(code, { filename: bundle });
  }
  const state: CodeCacheState = { file, used: !!cachedData && script.cachedDataRejected === false, rejected: !!cachedData && script.cachedDataRejected !== false };
  if (file && !state.used) {
    let settle: (ok: boolean) => void = () => undefined;
    state.written = new Promise((resolve) => { settle = resolve; });
    let done = false;
    const write = (): void => {
      if (done) return;
      done = true;
      let data: Buffer | undefined;
      try { data = script.createCachedData(); } catch { data = undefined; }
      settle(!!data && writeCache(file, data));
    };
    // written a little after the first real work, or at exit if the process ends before that
    process.once(WARM_EVENT, () => {
      if (!options.atExit) setTimeout(write, options.delayMs ?? 2000).unref();
      process.once('exit', write);
    });
  }
  const mod = new Module(bundle, require.main);
  mod.filename = bundle;
  const fn = script.runInThisContext({ displayErrors: true }) as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  fn.call(mod.exports, mod.exports, Module.createRequire(bundle), mod, bundle, path.dirname(bundle));
  mod.loaded = true;
  return state;
}

/**
 * Keeps the bytecode V8 compiled for the bundle (`--no-flush-bytecode`): by default V8 drops the
 * bytecode of a function not run for a few full collections, and the bundle's top-level code and
 * its modules' initialisers run once, at start-up. A cache written after the first lint then
 * lacked them, and V8 compiled the whole 1.9 MB bundle's top level again at every start (36 ms in
 * `runInThisContext` on the benchmark machine, against 0.3 ms with them in the cache). Set by the
 * entry before the bundle is compiled, like the other flags in force when the cache is written.
 */
export function keepBytecode(): void {
  try {
    v8.setFlagsFromString('--no-flush-bytecode');
  } catch {
    // not a V8 that knows the flag: it keeps its own flushing
  }
}
