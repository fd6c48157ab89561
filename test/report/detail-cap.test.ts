/**
 * A report of a large library shows the text and findings of the scripts that most need work
 * (DETAILED_SCRIPTS, worst first) and only the score and counts of the others, which still
 * count everywhere: summary, rules, scenarios, files and comparisons equal the uncapped data.
 */
import * as assert from 'assert';
import * as path from 'path';
import { buildReportData, extractEmbedded, readPrevious, renderReportHtml, ReportData } from '../../server/src/cli/report/index';
import { DETAILED_SCRIPTS, worstFirst } from '../../server/src/cli/report/model';
import { lintFiles } from '../../server/src/cli/lint-files';
import { ConfigResolver } from '../../server/src/node/config-discovery';
import { cleanTemps, makeLib, runCli } from '../cli/helpers';
import * as fs from 'fs';

const REPLIES = ['您好，很高兴为您服务', '亲，这个是快递的问题，不归我们管', '不能退', '好的', '抱歉给您带来不便，我马上为您处理，请您稍等', '你自己去问快递'];

function library(n: number, seed: number): string {
  const lines = ['huashu: 1', 'scripts:'];
  for (let k = 0; k < n; k++) {
    lines.push(`  - id: s${seed}-${k}`, `    scenario: ${['after-sales', 'complaint', 'pre-sales'][k % 3]}`, `    reply: ${REPLIES[(k * 7 + seed) % REPLIES.length]}`);
  }
  return lines.join('\n') + '\n';
}

function dataOf(dir: string, details?: number): ReportData {
  const files = ['a.huashu.yaml', 'b.huashu.yaml'].map((f) => ({ absPath: path.join(dir, f) }));
  const reports = lintFiles(files, { resolver: new ConfigResolver(), cwd: dir, root: dir, fix: 'none' });
  return buildReportData(reports, { generatedAt: new Date(0), details });
}

describe('report: details of the scripts that most need work', () => {
  let dir = '';
  before(() => { dir = makeLib({ 'a.huashu.yaml': library(40, 1), 'b.huashu.yaml': library(25, 2) }); });
  after(cleanTemps);

  it('the worst scripts in full, the others brief, every total unchanged', () => {
    const full = dataOf(dir, Infinity);
    const capped = dataOf(dir, 7);
    assert.strictEqual(capped.scripts.length, 65);
    assert.ok(full.scripts.every((s) => !s.brief));
    const worst = full.scripts.map((x, k) => ({ x, k })).sort(worstFirst).slice(0, 7).map(({ k }) => k).sort((a, b) => a - b);
    assert.deepStrictEqual(capped.scripts.flatMap((s, k) => (s.brief ? [] : [k])), worst);
    capped.scripts.forEach((s, k) => {
      if (s.brief) {
        const { brief: _b, ...rest } = s;
        assert.deepStrictEqual(rest, { ...full.scripts[k], customer: [], turns: [], findings: [] });
        assert.ok(full.scripts[k].score >= Math.max(...worst.map((j) => full.scripts[j].score)));
      } else {
        assert.deepStrictEqual(s, full.scripts[k]);
      }
    });
    for (const key of ['summary', 'files', 'rules', 'categories', 'scenarios'] as const) assert.deepStrictEqual(capped[key], full[key], key);
    assert.ok(capped.scripts.some((s) => s.brief && s.errors > 0), 'brief scripts keep their counts');
  });

  it('the page lists the detailed scripts, says how many more there are, and compares on all of them', () => {
    const capped = dataOf(dir, 7);
    const html = renderReportHtml(capped, { nonce: 'n' });
    assert.strictEqual((html.match(/<tr id="script-/g) ?? []).length, 7);
    assert.match(html, /共 65 条话术，这里列出最需要处理的 7 条；其余 58 条（得分不低于 \d+ 分）/);
    assert.match(html, /显示 <span id="shown-count">7<\/span> \/ 7 条/);
    const file = path.join(dir, 'old.html');
    fs.writeFileSync(file, html);
    const before = readPrevious(file, 'old.html');
    assert.strictEqual(before.scripts?.size, 65, 'every script\'s score is in the embedded data');
    assert.ok(extractEmbedded(html)!.includes('"brief":true'));
  });

  it(`huashu report caps the page at ${DETAILED_SCRIPTS} scripts and keeps every text in --format json`, async () => {
    const big = makeLib({ 'big.huashu.yaml': library(DETAILED_SCRIPTS + 30, 3) });
    const page = await runCli(['report', '-o', 'r.html'], { cwd: big });
    assert.strictEqual(page.code, 0, page.stderr);
    const html = fs.readFileSync(path.join(big, 'r.html'), 'utf8');
    assert.strictEqual((html.match(/<tr id="script-/g) ?? []).length, DETAILED_SCRIPTS);
    assert.match(html, new RegExp(`共 ${DETAILED_SCRIPTS + 30} 条话术，这里列出最需要处理的 ${DETAILED_SCRIPTS} 条；其余 30 条`));
    const json = await runCli(['report', '-o', 'r.json'], { cwd: big });
    assert.strictEqual(json.code, 0, json.stderr);
    const data = JSON.parse(fs.readFileSync(path.join(big, 'r.json'), 'utf8')) as ReportData;
    assert.strictEqual(data.scripts.length, DETAILED_SCRIPTS + 30);
    assert.ok(data.scripts.every((s) => !s.brief && s.turns.length === 1));
  });
});
