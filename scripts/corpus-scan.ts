/**
 * Development aid: lints every real reply of ../shared/research/corpus (read at run time, never
 * copied) as a one-script library and prints, per rule, how many replies it flags and samples.
 *   npx tsc -p tsconfig.test.json && node out/scripts/corpus-scan.js [rule-id ...] [--samples N] [--scenario S]
 */
import * as fs from 'fs';
import * as path from 'path';
import { lintText } from '../server/src/engine';

const args = process.argv.slice(2);
const samples = Number(args[args.indexOf('--samples') + 1]) || 10;
const scenario = args.includes('--scenario') ? args[args.indexOf('--scenario') + 1] : undefined;
const ids = args.filter((a, i) => !a.startsWith('--') && !['--samples', '--scenario'].includes(args[i - 1]));
const dir = path.resolve(__dirname, '../../../shared/research/corpus');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt'));
const counts = new Map<string, number>();
const shown = new Map<string, string[]>();
let total = 0;
for (const f of files) {
  const lines = fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean);
  lines.forEach((line, n) => {
    total++;
    const lib = `huashu: 1\nscripts:\n  - id: x\n${scenario ? `    scenario: ${scenario}\n` : ''}    reply: ${JSON.stringify(line)}\n`;
    const r = lintText(lib);
    const seen = new Set<string>();
    for (const fd of r.findings) {
      if (ids.length && !ids.includes(fd.ruleId)) continue;
      if (seen.has(fd.ruleId)) continue;
      seen.add(fd.ruleId);
      counts.set(fd.ruleId, (counts.get(fd.ruleId) ?? 0) + 1);
      const list = shown.get(fd.ruleId) ?? [];
      if (list.length < samples) list.push(`${f}:${n + 1} [${fd.severity}] «${r.text.slice(fd.start, fd.end)}» ${line.slice(0, 120)}`);
      shown.set(fd.ruleId, list);
    }
  });
}
console.log(`${total} replies`);
for (const [id, c] of [...counts].sort((a, b) => b[1] - a[1])) {
  console.log(`\n${id}: ${c} (${((c / total) * 1000).toFixed(1)} per 1000)`);
  for (const s of shown.get(id) ?? []) console.log('   ', s);
}
