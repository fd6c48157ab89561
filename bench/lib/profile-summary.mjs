// Summarises a .cpuprofile (node --cpu-prof): self time and inclusive time per function, top N.
// usage: node bench/lib/profile-summary.mjs file.cpuprofile [N]
import * as fs from 'node:fs';
const prof = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const N = Number(process.argv[3] ?? 30);
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = prof.timeDeltas;
for (let i = 0; i < prof.samples.length; i++) self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + (dt[i] ?? 0));
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
show(selfBy, 'self');
show(inclBy, 'inclusive');
