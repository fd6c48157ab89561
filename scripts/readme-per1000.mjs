// Rewrites the README's "Findings per 1,000 real replies" tables from eval/results.json
// (written by `node out/scripts/eval-accuracy.js`). Usage: node scripts/readme-per1000.mjs [results.json]
import { readFileSync, writeFileSync } from 'node:fs';

const results = JSON.parse(readFileSync(process.argv[2] ?? 'eval/results.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const fmt = (v) => (v === 0 ? '–' : v >= 1 ? v.toFixed(1) : v.toFixed(2));

// the rules table: rows with a footnote keep it
const head = '| rule | default | all | error | warning | info |\n|---|---|---|---|---|---|\n';
const at = readme.indexOf(head);
if (at < 0) throw new Error('README: the per-1000 rules table was not found');
const end = readme.indexOf('\n\n', at + head.length);
const old = readme.slice(at + head.length, end).split('\n');
const note = new Map(old.map((row) => { const m = /^\| `([^`]+)`( [¹²³])?/.exec(row); return [m?.[1], m?.[2] ?? '']; }));
const rows = Object.entries(results.per1000)
  .filter(([, r]) => r.all > 0)
  .sort((a, b) => b[1].all - a[1].all)
  .map(([id, r]) => `| \`${id}\`${note.get(id) ?? ''} | ${r.default} | ${fmt(r.all)} | ${fmt(r.error)} | ${fmt(r.warning)} | ${fmt(r.info)} |`);
let out = readme.slice(0, at + head.length) + rows.join('\n') + readme.slice(end);

// the sources table: scored (warning and error) findings per 1,000 replies, a reply once per rule
const sources = { 'JD 2018': 'jddc2018_baseline_agent.txt', 'JD 2019 chat': 'jddc2019_chat_agent.txt', 'JD 2019 dev': 'jddc2019_dev_agent.txt', 'Weibo helpdesk': 'stc3_weibo_helpdesk_agent.txt', 'Taobao ECD': 'ecd_taobao_agent.txt' };
for (const [name, file] of Object.entries(sources)) {
  let scored = 0;
  for (const r of Object.values(results.per1000)) scored += r.scoredByFile?.[file] ?? 0;
  const rate = Math.round((scored / results.fileReplies[file]) * 1000);
  const re = new RegExp(`^\\| ${name} \\| \\d+ \\|`, 'm');
  if (!re.test(out)) throw new Error(`README: no row for ${name} in the sources table`);
  out = out.replace(re, `| ${name} | ${rate} |`);
  console.log(`${name}: ${rate} scored per 1,000`);
}
let sums = { error: 0, warning: 0, info: 0 };
for (const r of Object.values(results.per1000)) for (const k of Object.keys(sums)) sums[k] += r[k];
console.log(`per 1,000 replies: ${sums.error.toFixed(1)} errors, ${sums.warning.toFixed(1)} warnings, ${sums.info.toFixed(1)} info`);
writeFileSync('README.md', out);
