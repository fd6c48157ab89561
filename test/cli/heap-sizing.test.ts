/**
 * The CLI and the language server size V8's heap for a lint (server/src/node/heap-sizing.ts):
 * - the young generation stays at its initial size: a process that keeps many objects alive
 *   across scavenges, as a lint does, grows it to 32 MB by default, and keeps it at 2 MB with
 *   the module loaded first;
 * - the old generation grows by half, not up to four times, between full collections: with
 *   objects that are promoted and then die (a lint's garbage, once the young generation is
 *   small), the old space peaks at about 3 times what lives at the end with the young
 *   generation's flag alone, and at about 1.8 times with the module. That child runs with
 *   V8's collectors on its own thread (--single-threaded-gc), so that when marking finishes
 *   depends on what it allocated, not on how busy the machine's other cores are.
 * Run in child processes, since the flags are process-wide. Also: both bundles load the module
 * before anything else.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';

const MODULE = path.resolve(__dirname, '../../server/src/node/heap-sizing.js');
const DIST = path.resolve(__dirname, '../../../dist');

const PRELUDE = `
if (process.env.WITH) require(process.env.WITH);
for (const f of (process.env.FLAGS || '').split(' ').filter(Boolean)) require('v8').setFlagsFromString(f);
const space = (name) => require('v8').getHeapSpaceStatistics().find((s) => s.space_name === name);
`;

// objects that live through a few scavenges each, then die: what makes V8 grow the young generation
const YOUNG = `${PRELUDE}
let keep = [];
for (let i = 0; i < 600000; i++) { keep.push({ i, s: 'x' + i }); if (keep.length > 60000) keep = keep.slice(30000); }
process.stdout.write(String(space('new_space').space_size));
`;

// data that lives to the end (about 57 MB) and, beside it, objects that are promoted and then die
const OLD = `${PRELUDE}
const keep = [];
let ring = new Array(50000), r = 0, peak = 0;
for (let i = 0; i < 200; i++) {
  const k = []; for (let j = 0; j < 4000; j++) k.push({ a: j, b: 'y' + j });
  keep.push(k);
  for (let j = 0; j < 20000; j++) { ring[r] = { a: j, b: 'x' + j }; r = (r + 1) % ring.length; }
  peak = Math.max(peak, space('old_space').space_size);
}
ring = null;
global.gc();
process.stdout.write(JSON.stringify({ peak, live: space('old_space').space_used_size, kept: keep.length }));
`;

function child(script: string, env: { WITH?: string; FLAGS?: string }, v8Flags: string[] = []): string {
  const r = spawnSync(process.execPath, ['--expose-gc', ...v8Flags, '-e', script], { encoding: 'utf8', env: { ...process.env, WITH: '', FLAGS: '', ...env }, timeout: 60000 });
  assert.strictEqual(r.status, 0, r.stderr);
  return r.stdout;
}

describe('the heap of the CLI and server processes', function () {
  this.timeout(60000);
  const MB = 1024 * 1024;

  it('young generation: grows without the module and stays at its initial size with it', () => {
    const grown = Number(child(YOUNG, {}));
    const kept = Number(child(YOUNG, { WITH: MODULE }));
    assert.ok(grown >= 8 * MB, `without the module the young generation grows (here ${grown / MB} MB)`);
    assert.ok(kept <= 4 * MB, `with it the young generation stays small (here ${kept / MB} MB)`);
  });

  it('old generation: grows by about half of what survived, not up to four times', () => {
    const ratio = (env: { WITH?: string; FLAGS?: string }): number => {
      const { peak, live, kept } = JSON.parse(child(OLD, env, ['--single-threaded-gc'])) as { peak: number; live: number; kept: number };
      assert.strictEqual(kept, 200);
      assert.ok(live > 40 * MB, `the kept data lives to the end (${live / MB} MB)`);
      return peak / live;
    };
    const youngOnly = ratio({ FLAGS: '--semi-space-growth-factor=1' });
    const sized = ratio({ WITH: MODULE });
    assert.ok(youngOnly >= 2.3, `V8's own growth lets garbage pile up (peak ${youngOnly.toFixed(2)} × live)`);
    assert.ok(sized <= 2.2 && sized <= 0.75 * youngOnly, `with the module the old space stays nearer what lives (peak ${sized.toFixed(2)} × live, against ${youngOnly.toFixed(2)})`);
  });

  // a process started without --expose-gc, as the CLI's: collectIfLarge finds V8's gc on its own
  const COLLECT = `
const { collectIfLarge } = require(process.env.WITH);
const v8 = require('v8'), vm = require('vm'), fs = require('fs');
const used = () => v8.getHeapStatistics().used_heap_size;
const src = 'function twice(x) { return 2 * x } twice(3);';
const script = new vm.Script(src); script.runInThisContext();
let junk = []; for (let i = 0; i < 300000; i++) junk.push({ i, s: 'g' + i }); junk = null;
const small = collectIfLarge(1024 * 1024 * 1024);
const before = used();
const collected = collectIfLarge(0);
const after = used();
fs.writeFileSync(process.env.CACHE, script.createCachedData());
process.stdout.write(JSON.stringify({ small, collected, before, after, exposed: typeof globalThis.gc, inNewContext: vm.runInNewContext('typeof gc'), again: collectIfLarge(0) }));
`;
  // what V8 makes of a code cache written after the collection, in a process started as the CLI's
  // (the module's heap flags set before compiling)
  const READ_CACHE = `
require(process.env.WITH);
const vm = require('vm'), fs = require('fs');
const script = new vm.Script('function twice(x) { return 2 * x } twice(3);', { cachedData: fs.readFileSync(process.env.CACHE) });
process.stdout.write(String(script.cachedDataRejected));
`;

  it('collectIfLarge: a full collection when the heap holds more than asked, without --expose-gc, and the flags set back', () => {
    const cache = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'huashu-gc-')), 'twice.cache');
    const r = spawnSync(process.execPath, ['-e', COLLECT], { encoding: 'utf8', env: { ...process.env, WITH: MODULE, CACHE: cache }, timeout: 60000 });
    assert.strictEqual(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { small: boolean; collected: boolean; before: number; after: number; exposed: string; inNewContext: string; again: boolean };
    assert.strictEqual(out.small, false, 'a heap under the limit is left alone');
    assert.strictEqual(out.collected, true);
    assert.strictEqual(out.again, true, 'and again: the function is kept');
    assert.ok(out.after < out.before - 5 * MB, `the garbage is gone (${(out.before / MB).toFixed(1)} → ${(out.after / MB).toFixed(1)} MB)`);
    assert.strictEqual(out.exposed, 'undefined', 'nothing is added to the global object');
    assert.strictEqual(out.inNewContext, 'undefined', '--expose-gc is set back');
    // the code cache the bundle runs through is written at exit: V8 must take it at the next start
    const read = spawnSync(process.execPath, ['-e', READ_CACHE], { encoding: 'utf8', env: { ...process.env, WITH: MODULE, CACHE: cache }, timeout: 60000 });
    assert.strictEqual(read.status, 0, read.stderr);
    assert.strictEqual(read.stdout, 'false', 'a code cache written after the collection is not rejected');
  });

  for (const bundle of ['cli.js', 'server-core.js']) {
    it(`is set before any other module of our own runs in dist/${bundle}`, () => {
      const src = fs.readFileSync(path.join(DIST, bundle), 'utf8');
      for (const flag of ['--semi-space-growth-factor=1', '--heap-growing-percent=50']) assert.ok(src.includes(`"${flag}"`), `${flag} is in the bundle`);
      // every module of our own source (after the dependencies' wrappers) starts with a "// server/src/..." comment
      const firstOwn = src.indexOf('\n// server/src/');
      assert.strictEqual(src.slice(firstOwn + 1, src.indexOf('\n', firstOwn + 1)), '// server/src/node/heap-sizing.ts');
    });
  }
});
