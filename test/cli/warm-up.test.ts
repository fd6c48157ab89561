/**
 * The CLI and the language server let V8 optimise later while a run is short
 * (server/src/node/warm-up.ts): with the module loaded, a hot function is optimised only after
 * several times as many calls as with V8's own budget, and once the warm-up ends the engine's
 * budget is back. Run in child processes, since the flag is process-wide, with the optimising
 * compiler on the main thread (--no-concurrent-recompilation) so that when a function is
 * optimised depends on the calls made, not on how busy the machine's other core is.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';

const MODULE = path.resolve(__dirname, '../../server/src/node/warm-up.js');
const DIST = path.resolve(__dirname, '../../../dist');
/** The engines whose default budget the module knows (it leaves any other alone). */
const KNOWN = ['11.3', '13.6'];

// a fresh function (its own source, so its own feedback) called until V8 has optimised it
const PROBE = `
const callsUntilOptimized = (tag) => {
  const f = new Function('a', 'let s = 0; for (let i = 0; i < 20; i++) s += a[i % a.length]; return s; // ' + tag);
  for (let n = 1; n <= 1000000; n++) { f([1, 2, 3]); if (n % 10 === 0 && (%GetOptimizationStatus(f) & 16)) return n; }
  return -1;
};
`;

function child(script: string): Record<string, unknown> {
  const r = spawnSync(process.execPath, ['--allow-natives-syntax', '--no-concurrent-recompilation', '-e', PROBE + script], { encoding: 'utf8', env: { ...process.env, M: MODULE }, timeout: 60000 });
  assert.strictEqual(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

describe('V8 warm-up of the CLI and server processes', function () {
  this.timeout(60000);
  const known = KNOWN.includes(process.versions.v8.split('.').slice(0, 2).join('.'));

  it('optimises hot functions later while warming up, and as V8 does once it ends', () => {
    const r = child(`
      const own = callsUntilOptimized('before the module');
      const w = require(process.env.M);
      const warming = w.isWarmingUp();
      const warm = callsUntilOptimized('warming up');
      w.endWarmUp();
      const after = callsUntilOptimized('after');
      process.stdout.write(JSON.stringify({ own, warming, warm, after, ended: !w.isWarmingUp() }));
    `) as { own: number; warming: boolean; warm: number; after: number; ended: boolean };
    assert.ok(r.own > 0 && r.after > 0 && r.warm > 0, JSON.stringify(r));
    assert.strictEqual(r.after, r.own, 'after the warm-up, the engine\'s own budget');
    assert.strictEqual(r.ended, true);
    if (known) {
      assert.strictEqual(r.warming, true);
      assert.ok(r.warm >= 4 * r.own, `warming up: optimised after ${r.warm} calls, against ${r.own}`);
    } else {
      assert.deepStrictEqual([r.warming, r.warm], [false, r.own], 'an engine the module does not know keeps its tiering');
    }
  });

  it('keeps the warm-up for a run of at most WARM_UP_BYTES and ends it for a larger one', () => {
    const r = child(`
      const w = require(process.env.M);
      const states = [w.isWarmingUp()];
      w.planRun(w.WARM_UP_BYTES); states.push(w.isWarmingUp());
      w.planRun(0); states.push(w.isWarmingUp());
      w.planRun(w.WARM_UP_BYTES + 1); states.push(w.isWarmingUp());
      w.planRun(0); states.push(w.isWarmingUp());
      w.endWarmUp(); states.push(w.isWarmingUp());
      process.stdout.write(JSON.stringify({ states, after: callsUntilOptimized('ended') }));
    `) as { states: boolean[]; after: number };
    assert.deepStrictEqual(r.states, known ? [true, true, true, false, false, false] : [false, false, false, false, false, false]);
    assert.ok(r.after > 0);
  });

  for (const bundle of ['cli-core.js', 'server-core.js']) {
    it(`is loaded before anything is linted in dist/${bundle}, right after the heap sizing (with its table of flags)`, () => {
      const src = fs.readFileSync(path.join(DIST, bundle), 'utf8');
      const own = [...src.matchAll(/^\/\/ (server\/src\/\S+)$/gm)].map((m) => m[1]);
      assert.deepStrictEqual(own.slice(0, 3), ['server/src/node/heap-sizing.ts', 'server/src/node/tiering.ts', 'server/src/node/warm-up.ts']);
      assert.ok(src.includes("'interrupt-budget'") || src.includes('"interrupt-budget"'), 'the tiering flags are in the bundle');
    });
  }
});
