// Summarises a Linux `perf` profile of a Node process run with --perf-basic-prof (JIT code named
// "JS:*f" for TurboFan's code, "JS:^f" for the baseline compiler's, "JS:+f" for Maglev's; the
// interpreter shows as Builtins_InterpreterEntryTrampoline): for the process's main thread (the
// thread with the most samples), the share of each tier per 100 ms of the run, the leaf symbols
// with the most samples (V8's builtins and runtime functions, which --cpu-prof folds into the
// JavaScript that called them), and with --callers SYMBOL the JavaScript that the samples of a
// symbol were under. A sampled frameless builtin (a load's inline-cache handler) hides its
// caller: the frame shown above it is its caller's caller.
// usage: HUASHU_CODE_CACHE=0 perf record -F 2000 -g -o /tmp/perf.data node --perf-basic-prof \
//          dist/cli.js lint --no-config --format json -o /tmp/o.json .bench/lib-30000/one/all.huashu.yaml
//        perf script -i /tmp/perf.data -F tid,time,ip,sym > /tmp/perf.txt
//        node bench/lib/perf-summary.mjs /tmp/perf.txt [N] [--callers Builtins_LoadIC] [--after 1.2]
// --after S: only the samples from S seconds after the main thread's first (a language server's
// keystrokes after its cold start, say: node bench/lsp.mjs --node a wrapper that runs node with
// --perf-basic-prof, under perf record)
import * as fs from 'node:fs';

const argv = process.argv.slice(2);
const ci = argv.indexOf('--callers');
const callers = ci >= 0 ? new RegExp(argv.splice(ci, 2)[1]) : undefined;
const ai = argv.indexOf('--after');
const after = ai >= 0 ? Number(argv.splice(ai, 2)[1]) : 0;
const [file] = argv.filter((a) => !/^\d+$/.test(a));
const N = Number(argv.find((a) => /^\d+$/.test(a)) ?? 30);
if (!file) {
  console.error('usage: node bench/lib/perf-summary.mjs PERF-SCRIPT.txt [N] [--callers SYMBOL]');
  process.exit(2);
}

/** Samples as `perf script -F tid,time,ip,sym` prints them: a header line, then one frame per line. */
const samples = [];
for (const block of fs.readFileSync(file, 'utf8').split('\n\n')) {
  const rows = block.trim().split('\n');
  // (without the time field, every sample falls in the first 100 ms)
  const head = /^(\d+)(?:\s+([\d.]+):?)?$/.exec(rows[0].trim());
  if (!head) continue;
  const frames = rows.slice(1).map((r) => r.trim().replace(/^[0-9a-f]+ /, ''));
  if (frames.length) samples.push({ tid: head[1], time: Number(head[2] ?? 0), frames });
}
const perThread = new Map();
for (const s of samples) perThread.set(s.tid, (perThread.get(s.tid) ?? 0) + 1);
const [mainTid] = [...perThread].sort((a, b) => b[1] - a[1])[0] ?? [];
const ofMain = samples.filter((s) => s.tid === mainTid);
const main = after > 0 && ofMain.length ? ofMain.filter((s) => s.time - ofMain[0].time >= after) : ofMain;
if (!main.length) { console.error('no samples'); process.exit(1); }
const others = samples.length - ofMain.length;
console.log(`main thread ${mainTid}: ${main.length} samples; other threads (GC helpers, compilers): ${others}`);

const TIERS = ['TurboFan', 'Maglev', 'baseline', 'interpreter', 'other'];
function tierOf(frames) {
  const f = frames.find((x) => x.startsWith('JS:') || x.startsWith('Builtins_InterpreterEntryTrampoline'));
  if (!f) return 'other';
  if (f.startsWith('JS:*')) return 'TurboFan';
  if (f.startsWith('JS:+')) return 'Maglev';
  if (f.startsWith('JS:^')) return 'baseline';
  return 'interpreter';
}
const pct = (n, d) => `${((100 * n) / d).toFixed(1)}%`;
const total = Object.fromEntries(TIERS.map((t) => [t, 0]));
const buckets = new Map();
const t0 = ofMain[0].time;
for (const s of main) {
  const t = tierOf(s.frames);
  total[t]++;
  const b = Math.floor((s.time - t0) * 10);
  if (!buckets.has(b)) buckets.set(b, Object.fromEntries(TIERS.map((x) => [x, 0])));
  buckets.get(b)[t]++;
}
console.log('\ntier of the innermost JavaScript frame (the code running, or calling the builtin that runs)');
console.log(`${'whole run'.padEnd(10)} ${TIERS.map((t) => `${t} ${pct(total[t], main.length)}`).join('  ')}`);
for (const [b, c] of [...buckets].sort((x, y) => x[0] - y[0])) {
  const n = TIERS.reduce((a, t) => a + c[t], 0);
  console.log(`${`${(b / 10).toFixed(1)} s`.padEnd(10)} ${TIERS.map((t) => `${t} ${pct(c[t], n)}`).join('  ')}  (${n})`);
}

const count = (keyOf) => {
  const m = new Map();
  for (const s of main) { const k = keyOf(s); if (k !== undefined) m.set(k, (m.get(k) ?? 0) + 1); }
  return [...m].sort((a, b) => b[1] - a[1]).slice(0, N);
};
const short = (f) => f.replace(/ \/\S*\/dist\//, ' ').slice(0, 110);
if (callers) {
  console.log(`\nunder ${callers.source}: the JavaScript frames above it`);
  for (const [k, n] of count((s) => {
    const i = s.frames.findIndex((f) => callers.test(f));
    if (i < 0) return undefined;
    return s.frames.slice(i + 1).filter((f) => f.startsWith('JS:')).slice(0, 2).map(short).join(' < ') || '(none)';
  })) console.log(`${String(n).padStart(6)}  ${pct(n, main.length).padStart(6)}  ${k}`);
} else {
  console.log('\nleaf symbols (self samples)');
  for (const [k, n] of count((s) => s.frames[0])) console.log(`${String(n).padStart(6)}  ${pct(n, main.length).padStart(6)}  ${short(k)}`);
}
