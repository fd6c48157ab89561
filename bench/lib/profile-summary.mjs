// Summarises a .cpuprofile (node --cpu-prof): self time and inclusive time per function, top N;
// with --by-source BUNDLE, self time per source file of an esbuild bundle (its "// path" comments);
// with --by-line BUNDLE, self time per line of the bundle, summed over every profile given and
// divided by their number (V8 counts samples per line where a function ran, inlined ones
// included: a slow line inside a hot function shows here, not only in the function's total).
// With --window FROM,TO only the samples taken FROM to TO ms after the profile's start count (a
// language server's keystrokes after its cold start, say: `node bench/lsp.mjs --pause 1000 --prof
// DIR`); --timeline MS prints the busy (not idle) milliseconds of each MS-long stretch, to find it.
// usage: node bench/lib/profile-summary.mjs file.cpuprofile [N] [--by-source dist/cli.js] [--window FROM,TO]
//        node bench/lib/profile-summary.mjs a.cpuprofile b.cpuprofile … [N] --by-line dist/cli-core.js
//        node bench/lib/profile-summary.mjs file.cpuprofile --timeline 100
import * as fs from 'node:fs';
import * as path from 'node:path';
const argv = process.argv.slice(2);
const bi = argv.indexOf('--by-source');
const bundle = bi >= 0 ? argv.splice(bi, 2)[1] : undefined;
const li = argv.indexOf('--by-line');
const lineBundle = li >= 0 ? argv.splice(li, 2)[1] : undefined;
const wi = argv.indexOf('--window');
const window = wi >= 0 ? argv.splice(wi, 2)[1].split(',').map(Number) : undefined;
const ti = argv.indexOf('--timeline');
const timeline = ti >= 0 ? Number(argv.splice(ti, 2)[1]) : undefined;
const files = argv.filter((a) => a.endsWith('.cpuprofile'));
const N = Number(argv.find((a) => /^\d+$/.test(a)) ?? 30);

/** The source file of every line of an esbuild bundle, from the section comments it writes. */
function sectionsOf(file) {
  const sections = [];
  let cur = '(bundle head)';
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^\/\/ (\S+\.(?:ts|js|mjs|cjs|json))$/.exec(line);
    if (m) cur = m[1];
    sections.push(cur);
  }
  return sections;
}

if (lineBundle) {
  const name = path.basename(lineBundle);
  const src = fs.readFileSync(lineBundle, 'utf8').split('\n');
  const sections = sectionsOf(lineBundle);
  const ms = new Map();
  for (const file of files) {
    const p = JSON.parse(fs.readFileSync(file, 'utf8'));
    // one sample's length: the profile's time over its samples
    const per = (p.endTime - p.startTime) / 1000 / p.samples.length / files.length;
    for (const n of p.nodes) {
      if (!n.callFrame.url.endsWith(`/${name}`)) continue;
      for (const t of n.positionTicks ?? []) ms.set(t.line, (ms.get(t.line) ?? 0) + t.ticks * per);
    }
  }
  console.log(`self time per line of ${name}, ms per profile (${files.length} profiles)`);
  for (const [line, t] of [...ms].sort((a, b) => b[1] - a[1]).slice(0, N)) {
    console.log(`${t.toFixed(1).padStart(8)}  ${String(line).padStart(6)}  ${(sections[line - 1] ?? '').replace(/^server\/src\//, '').padEnd(44).slice(0, 44)}  ${src[line - 1].trim().slice(0, 100)}`);
  }
  process.exit(0);
}

const prof = JSON.parse(fs.readFileSync(files[0], 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = prof.timeDeltas;
// each sample's time after the profile's start, in ms
const at = [];
for (let i = 0, t = 0; i < prof.samples.length; i++) { t += dt[i] ?? 0; at.push(t / 1000); }
if (timeline) {
  const busy = new Map();
  for (let i = 0; i < prof.samples.length; i++) {
    if (byId.get(prof.samples[i]).callFrame.functionName === '(idle)') continue;
    const b = Math.floor(at[i] / timeline) * timeline;
    busy.set(b, (busy.get(b) ?? 0) + (dt[i] ?? 0) / 1000);
  }
  console.log(`busy ms per ${timeline} ms (from the profile's start): ${[...busy].map(([b, t]) => `${b}:${t.toFixed(0)}`).join(' ')}`);
  process.exit(0);
}
for (let i = 0; i < prof.samples.length; i++) {
  if (window && (at[i] < window[0] || at[i] > window[1])) continue;
  self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + (dt[i] ?? 0));
}
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const key = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
const selfBy = new Map();
const inclBy = new Map();
let total = 0;
for (const [id, t] of self) {
  total += t;
  const n = byId.get(id);
  selfBy.set(key(n), (selfBy.get(key(n)) ?? 0) + t);
  const seen = new Set();
  for (let p = id; p !== undefined; p = parent.get(p)) {
    const k = key(byId.get(p));
    if (seen.has(k)) continue;
    seen.add(k);
    inclBy.set(k, (inclBy.get(k) ?? 0) + t);
  }
}
const show = (m, title) => {
  console.log(`\n${title} (total ${(total / 1000).toFixed(0)} ms)`);
  for (const [k, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, N)) console.log(`${(t / 1000).toFixed(1).padStart(9)} ms ${(100 * t / total).toFixed(1).padStart(5)}%  ${k}`);
};
if (bundle) {
  const sections = sectionsOf(bundle);
  const name = path.basename(bundle);
  const bySource = new Map();
  for (const [id, t] of self) {
    const f = byId.get(id).callFrame;
    const k = f.url.endsWith(`/${name}`) ? sections[f.lineNumber] ?? '(bundle)' : f.url ? `node: ${f.url.split('/').pop()}` : f.functionName || '(native)';
    bySource.set(k, (bySource.get(k) ?? 0) + t);
  }
  show(bySource, `self by source of ${name}`);
} else {
  show(selfBy, 'self');
  show(inclBy, 'inclusive');
}
