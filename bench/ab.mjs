#!/usr/bin/env node
/**
 * Before/after for one change: CLI builds run interleaved on the same library, so that a busy
 * moment of the machine falls on all of them alike. Prints each build's median and fastest wall
 * time, its median CPU time (all threads, bench/lib/cpu-at-exit.cjs), its peak RSS (median and
 * max, MB of 10^6 bytes), and whether their reports are byte-identical (a speed-up must not
 * change a finding).
 *   node bench/ab.mjs [--runs 11] [--size 30000] [--split | --json] BUILD.js [BUILD.js …]
 * A build is the cli.js of a copy of dist/ (made by `node scripts/build.mjs`; cli.js runs the
 * cli-core.js beside it), e.g. `cp -r dist /tmp/before` before the change and /tmp/before/cli.js;
 * with one build only, it is timed against itself.
 * --split: the library in 100 files; --json: the library written as JSON (bench/lib/corpus.mjs);
 * --format F: the report's format (default json); --cache: runs with `--cache`, each build with
 * its own cache file, written by a first run that is not timed (a CI run where nothing changed);
 * --first-cache: runs with `--cache` and no cache file (removed before each run: the first CI run);
 * --edited: runs with `--cache` on the library with one reply changed (bench/lib/corpus.mjs,
 * `editedLibrary`), each build's cache file written by an untimed run over the unchanged library
 * and copied before each run (a pull request that edits one reply); --edited-header: the same with
 * the header changed instead (a shop's name and a variable declared).
 */
import './lib/clean-env.mjs';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { editedLibrary, prepare, ROOT, WORK } from './lib/corpus.mjs';

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(`--${name}`); if (i < 0) return def; const v = args[i + 1]; args.splice(i, 2); return v; };
const runs = Number(opt('runs', '11'));
const size = Number(opt('size', '30000'));
const format = opt('format', 'json');
const split = args.includes('--split');
const asJson = args.includes('--json');
const firstCache = args.includes('--first-cache');
const edited = args.includes('--edited') ? editedLibrary(size) : args.includes('--edited-header') ? editedLibrary(size, 'header') : undefined;
const cached = args.includes('--cache') || firstCache || edited !== undefined;
const builds = args.filter((a) => !['--split', '--json', '--cache', '--first-cache', '--edited', '--edited-header'].includes(a)).map((b) => path.resolve(b));
if (!builds.length) { console.error('usage: node bench/ab.mjs [--runs 11] [--size 30000] [--split | --json] [--format F] [--cache | --first-cache | --edited | --edited-header] BUILD.js [BUILD.js …]'); process.exit(2); }
const inp = prepare(size);
const targets = edited ? [edited.file] : split ? inp.parts : asJson ? [inp.json] : [inp.one];
const times = builds.map(() => []);
const cpuFiles = builds.map((_b, k) => path.join(WORK, `ab-cpu-${k}.txt`));
for (const f of cpuFiles) fs.rmSync(f, { force: true });
const preload = path.join(ROOT, 'bench/lib/cpu-at-exit.cjs');
const outs = builds.map((_b, k) => path.join(WORK, `ab-${k}.out`));
const caches = builds.map((_b, k) => path.join(edited?.dir ?? WORK, `ab-${k}.huashucache`));
const seeds = builds.map((_b, k) => path.join(edited?.dir ?? WORK, `ab-seed-${k}.huashucache`));
const argsOf = (b, k) => [b, 'lint', '--no-config', '--no-progress', '--format', format, '--output-file', outs[k], ...(cached ? ['--cache', '--cache-location', caches[k]] : []), ...targets];
if (cached && !firstCache) {
  builds.forEach((b, k) => {
    fs.rmSync(caches[k], { force: true });
    const seed = () => {
      const p = spawnSync(process.execPath, argsOf(b, k), { cwd: ROOT, stdio: 'ignore' });
      if (p.status !== 0 && p.status !== 1) throw new Error(`${b} exited with ${p.status}`);
    };
    if (edited) { edited.withOriginal(seed); fs.renameSync(caches[k], seeds[k]); } else seed();
  });
}
for (let r = 0; r < runs; r++) {
  builds.forEach((b, k) => {
    if (firstCache) fs.rmSync(caches[k], { force: true });
    if (edited) fs.copyFileSync(seeds[k], caches[k]);
    const t = performance.now();
    const p = spawnSync(process.execPath, ['-r', preload, ...argsOf(b, k)], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, HUASHU_CPU_FILE: cpuFiles[k] } });
    if (p.status !== 0 && p.status !== 1) throw new Error(`${b} exited with ${p.status}`);
    times[k].push((performance.now() - t) / 1000);
  });
}
const first = fs.readFileSync(outs[0]);
console.log(`${size} scripts${split ? ' in 100 files' : asJson ? ' written as JSON' : ''}, --format ${format}${edited ? `, --cache after ${args.includes('--edited-header') ? 'the header' : 'one reply'} changed` : firstCache ? ', --cache without a cache file' : cached ? ', --cache with nothing changed' : ''}, ${runs} interleaved runs each`);
builds.forEach((b, k) => {
  const s = [...times[k]].sort((x, y) => x - y);
  const lines = fs.readFileSync(cpuFiles[k], 'utf8').trim().split('\n').map((l) => l.split(' ').map(Number));
  const cpu = lines.map((l) => l[0]).sort((x, y) => x - y);
  const rss = lines.map((l) => l[1]).sort((x, y) => x - y);
  const same = k === 0 ? '' : first.equals(fs.readFileSync(outs[k])) ? '  report identical to the first' : '  REPORT DIFFERS from the first';
  console.log(`${path.relative(process.cwd(), b).padEnd(28)} median ${s[s.length >> 1].toFixed(3)} s  fastest ${s[0].toFixed(3)} s  CPU median ${cpu[cpu.length >> 1].toFixed(3)} s  peak RSS median ${rss[rss.length >> 1].toFixed(1)} MB, max ${rss[rss.length - 1].toFixed(1)} MB${same}`);
});
