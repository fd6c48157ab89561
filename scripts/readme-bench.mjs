// Rewrites the measured part of the README's "Performance" section (between the
// <!-- bench:begin --> and <!-- bench:end --> markers) from bench/results/latest.json, so that the
// README shows one run's figures, its machine and its goals as `npm run bench` wrote them, never
// numbers copied by hand from several runs. `npm run bench` runs it after bench/run.mjs.
//   node scripts/readme-bench.mjs [RESULTS.json] [README.md]
import { readFileSync, writeFileSync } from 'node:fs';

const resultsFile = process.argv[2] ?? 'bench/results/latest.json';
const readmeFile = process.argv[3] ?? 'README.md';
const BEGIN = '<!-- bench:begin -->';
const END = '<!-- bench:end -->';

const r = JSON.parse(readFileSync(resultsFile, 'utf8'));
const n = (x) => x.toLocaleString('en');
const s = (x) => `${x.toFixed(2)} s`;
const ms = (x) => `${x.toFixed(1)} ms`;

const m = r.machine;
const when = `${m.date.slice(0, 10)} ${m.date.slice(11, 16)}Z`;
const out = [];
out.push(`<!-- written by scripts/readme-bench.mjs from ${resultsFile}; run \`npm run bench\` to renew it -->`);
out.push(`Latest \`${r.command.replace('node bench/run.mjs', 'npm run bench')}\` run: ${when}, ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}; ` +
  `load average ${m.loadavgAtStart[0]} → ${m.loadavgAtEnd?.[0] ?? '?'}; calibration ${m.calibrationMs.join(' → ')} ms ` +
  '(a fixed piece of JavaScript timed at the start and the end: about 90–120 ms when the machine is quiet; a higher figure ' +
  `means a busy hour, every row slower alike). Wall time from spawn to exit, median of ${r.runs} runs after a warm-up, ` +
  `the jobs of each size run interleaved${m.envRemoved?.length ? `, without ${m.envRemoved.join(', ')} (set on this machine for its npm proxy)` : ''}.`);
out.push('');

// ---- the CLI and its peers
const sizes = [...new Set(r.rows.map((row) => row.scripts))].sort((a, b) => a - b);
const [small, mid, big] = sizes;
const jobs = [...new Set(r.rows.map((row) => row.job))];
const row = (job, size) => r.rows.find((x) => x.job === job && x.scripts === size);
out.push(`| job | ${n(small)} scripts | ${n(mid)} scripts | × floor | ${n(big)} scripts | × floor | peak RSS at ${n(big)} |`);
out.push('|---|---|---|---|---|---|---|');
for (const job of jobs) {
  const a = row(job, small); const b = row(job, mid); const c = row(job, big);
  out.push(`| ${job} | ${a ? s(a.wall) : '—'} | ${b ? s(b.wall) : '—'} | ${b ? b.xFloor.toFixed(1) : '—'} | ${c ? s(c.wall) : '—'} | ${c ? c.xFloor.toFixed(1) : '—'} | ${c ? `${Math.round(c.rssMB)} MB` : '—'} |`);
}
out.push('');

// ---- the language server
const WHERE = {
  reply: 'in a reply',
  finding: 'before a finding',
  directives: 'in a reply, under a file directive and a region',
  'yaml-error': 'in a reply, with a YAML error in another script',
  'open-quote': 'in a reply, after a quote left open at its start',
  shop: "at the end of the shop's name in the header",
  json: 'in a reply of the library written as JSON',
  id: "at the end of a script's id",
  newline: 'a line break typed and deleted',
};
out.push('| scripts | server on | client | typing | diagnostics | cold start: first diagnostics | … all | p50 | p95 | p99 | answered in full |');
out.push('|---|---|---|---|---|---|---|---|---|---|---|');
for (const l of r.lsp) {
  out.push(`| ${n(l.scripts)} | Node ${l.node.replace(/^v/, '').split('.')[0]} | ${l.client} | ${WHERE[l.where] ?? l.where} | ${n(l.diagnostics)} | ${n(Math.round(l.coldMs))} ms | ${l.coldAllMs == null ? '—' : `${n(Math.round(l.coldAllMs))} ms`} | ${ms(l.p50)} | ${ms(l.p95)} | ${ms(l.p99)} | ${l.fullKeys} of ${l.keys} |`);
}
out.push('');
const w = r.workspace;
if (w) {
  out.push(`Workspace diagnostics (${w.files} files, ${n(w.scripts)} scripts; VS Code's client pulls them every two seconds): ` +
    `${w.pulls.map((p) => `${p.pull} ${n(Math.round(p.ms))} ms${p.partials && p.firstMs != null ? ` (its first findings after ${n(Math.round(p.firstMs))} ms, in partial results)` : ''}`).join(', ')}; the server's peak RSS ${Math.round(w.serverPeakRssMB)} MB.`);
  out.push('');
}

// ---- the goals
out.push('| goal of the performance issue | limit | this run | |');
out.push('|---|---|---|---|');
for (const g of r.goals) {
  const name = g.goal.replace(/^\s*… /, '… ');
  const unit = (x) => (g.unit === '×' ? `${x}×` : `${x} ${g.unit}`);
  const val = g.value === null ? 'not measured' : unit(g.unit === 'MB' ? Math.round(g.value) : g.value.toFixed(1));
  out.push(`| ${name} | ${unit(g.limit)} | ${val} | ${g.status} |`);
}

const readme = readFileSync(readmeFile, 'utf8');
const at = readme.indexOf(BEGIN);
const end = readme.indexOf(END);
if (at < 0 || end < at) throw new Error(`${readmeFile}: the ${BEGIN} … ${END} markers were not found`);
writeFileSync(readmeFile, `${readme.slice(0, at + BEGIN.length)}\n${out.join('\n')}\n${readme.slice(end)}`);
console.log(`${readmeFile}: performance tables written from ${resultsFile} (${when})`);
