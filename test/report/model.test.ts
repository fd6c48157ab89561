/**
 * The report's data against `huashu lint --format json` for the samples (scores, counts, rules),
 * its internal sums (scenarios, coverage, highlights), the JSON output, baselines, and
 * `--compare` with a git ref, a previous report (HTML or JSON) and lint JSON.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { parseLibrary, ruleMeta, STAGES } from '../../server/src/engine';
import { extractEmbedded } from '../../server/src/cli/report/index';
import { cleanTemps, makeLib, runCli, tempDir } from '../cli/helpers';
import { expected, lintJson, LintJsonFile, report, SAMPLES } from './helpers';

describe('report data (samples)', function () {
  this.timeout(60000);
  let json: LintJsonFile[];
  let data: Awaited<ReturnType<typeof report>>['data'];
  let stdout: string;
  before(async () => {
    json = await lintJson(SAMPLES);
    const r = await report(SAMPLES, path.join(tempDir(), 'samples.html'));
    data = r.data;
    stdout = r.stdout;
  });
  after(cleanTemps);

  it('has every file of huashu lint with the same score and counts', () => {
    assert.deepStrictEqual(data.files.map((f) => f.path), json.map((f) => f.filePath));
    data.files.forEach((f, k) => {
      const j = json[k];
      assert.deepStrictEqual([f.score, f.errors, f.warnings, f.infos, f.fixable], [j.score, j.errorCount, j.warningCount, j.infoCount, j.fixableCount], f.path);
    });
  });

  it('shows the overall score and totals of huashu lint', () => {
    const e = expected(json);
    const s = data.summary;
    assert.deepStrictEqual({ score: s.score, findings: s.findings, errors: s.errors, warnings: s.warnings, infos: s.infos }, { score: e.score, findings: e.findings, errors: e.errors, warnings: e.warnings, infos: e.infos });
    assert.ok(e.findings > 0 && e.score < 100, 'the samples have findings');
    assert.match(stdout, new RegExp(`总体得分 ${e.score}，5 个文件，${data.summary.scripts} 条话术，${e.findings} 个问题`));
  });

  it('counts the findings of each rule as huashu lint does', () => {
    const e = expected(json);
    assert.deepStrictEqual(new Map(data.rules.map((r) => [r.id, r.count])), e.rules);
    for (const r of data.rules) {
      assert.strictEqual(r.errors + r.warnings + r.infos, r.count, r.id);
      assert.strictEqual(r.title, ruleMeta(r.id)?.title ?? r.id);
    }
    const counts = data.rules.map((r) => r.count);
    assert.deepStrictEqual(counts, [...counts].sort((a, b) => b - a), 'most frequent rule first');
    assert.strictEqual(data.categories.reduce((n, c) => n + c.count, 0), e.findings);
  });

  it('has every script of the libraries, with its findings', () => {
    const files = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.huashu.yaml')).sort();
    const total = files.reduce((n, f) => n + parseLibrary(fs.readFileSync(path.join(SAMPLES, f), 'utf8')).scripts.length, 0);
    assert.strictEqual(data.summary.scripts, total);
    assert.strictEqual(data.scripts.length, total);
    const inScripts = data.scripts.reduce((n, s) => n + s.findings.length, 0) + data.files.reduce((n, f) => n + f.findings.length, 0);
    assert.strictEqual(inScripts, data.summary.findings, 'every finding is shown once');
    for (const f of json) {
      for (const m of f.messages.filter((x) => x.scriptId)) {
        const s = data.scripts.find((x) => x.id === m.scriptId && data.files[x.file].path === f.filePath);
        assert.ok(s, `script ${m.scriptId}`);
        assert.ok(s.findings.some((x) => x.ruleId === m.ruleId && x.line === m.line), `${m.ruleId} in ${m.scriptId}`);
      }
    }
    const perFile = new Map<number, number[]>();
    for (const s of data.scripts) perFile.set(s.file, [...(perFile.get(s.file) ?? []), s.score]);
    for (const [k, scores] of perFile) assert.strictEqual(Math.round(scores.reduce((a, b) => a + b, 0) / scores.length), data.files[k].score, 'file score = mean of its scripts');
  });

  it('adds up scenarios, score buckets and the flow coverage', () => {
    assert.strictEqual(data.scenarios.reduce((n, s) => n + s.scripts, 0), data.summary.scripts);
    for (const sc of data.scenarios) {
      const ss = data.scripts.filter((s) => (s.scenario ?? '(none)') === sc.id);
      assert.strictEqual(sc.buckets.reduce((a, b) => a + b, 0), sc.scripts, sc.id);
      assert.strictEqual(sc.stages.reduce((a, b) => a + b, 0) + sc.noStage, sc.scripts, sc.id);
      assert.strictEqual(sc.mean, Math.round(ss.reduce((a, s) => a + s.score, 0) / ss.length));
      STAGES.forEach((st, k) => assert.strictEqual(sc.stages[k], ss.filter((s) => s.stage === st).length));
    }
    assert.ok(data.scenarios.find((s) => s.id === 'pre-sales'));
  });

  it('puts the platform penalty points of every finding at risk', () => {
    let points = 0;
    for (const f of json) for (const m of f.messages) points += (m.ruleId && ruleMeta(m.ruleId)?.penalty) || 0;
    assert.strictEqual(data.summary.penalty, points);
    assert.ok(points > 0, 'the samples break platform rules');
  });

  it('highlights every finding of the reply text inside the text', () => {
    let marked = 0;
    for (const s of data.scripts) {
      const seen = new Set<number>();
      for (const t of s.turns) {
        for (const m of t.messages) {
          let at = 0;
          for (const mk of m.marks) {
            assert.ok(mk.start >= at && mk.end > mk.start && mk.end <= m.text.length, `${s.id}: mark in text`);
            at = mk.end;
            for (const k of mk.findings) { assert.ok(s.findings[k], 'mark points at a finding'); seen.add(k); }
          }
        }
      }
      s.findings.forEach((f, k) => {
        if (f.ruleId && ruleMeta(f.ruleId)?.scope === 'text') { assert.ok(seen.has(k), `${s.id}: ${f.ruleId} is highlighted`); marked++; }
      });
    }
    assert.ok(marked > 10);
  });

  it('writes the same data as JSON with an .json output or --format json', async () => {
    const dir = tempDir();
    const a = await report(SAMPLES, path.join(dir, 'r.json'));
    const b = await runCli(['report', '--format', 'json', '-o', '-'], { cwd: SAMPLES });
    assert.strictEqual(b.code, 0);
    const strip = (d: object): object => ({ ...d, generatedAt: '' });
    assert.deepStrictEqual(strip(a.data), strip(data));
    assert.deepStrictEqual(strip(JSON.parse(b.stdout)), strip(data));
  });

  it('writes huashu-report.html by default', async () => {
    const dir = makeLib({ 'a.huashu.yaml': 'huashu: 1\nscripts:\n  - id: a\n    reply: 亲,您好\n' });
    const r = await runCli(['report'], { cwd: dir });
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /^已生成报告 huashu-report\.html：总体得分 \d+，1 个文件，1 条话术/);
    assert.ok(extractEmbedded(fs.readFileSync(path.join(dir, 'huashu-report.html'), 'utf8')));
  });
});

const LIB_V1 = 'huashu: 1\nscripts:\n  - id: a\n    scenario: complaint\n    stage: handling\n    reply: 亲,是快递给发错地方了哦\n  - id: b\n    reply: 您好,请问有什么可以帮您?\n';
const LIB_V2 = 'huashu: 1\nscripts:\n  - id: a\n    scenario: complaint\n    stage: handling\n    reply: 非常抱歉给您添麻烦了,我马上为您补发,运费由我们承担。\n  - id: b\n    reply: 您好,请问有什么可以帮您?\n';

function gitRepo(files: Record<string, string>): string {
  const dir = makeLib(files);
  const g = (...args: string[]): void => { execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, stdio: 'ignore' }); };
  g('init', '-q');
  g('add', '-A');
  g('commit', '-q', '-m', 'v1');
  return dir;
}

describe('report --compare', function () {
  this.timeout(60000);
  after(cleanTemps);

  it('compares with the same files at a git ref, linted with today\'s config', async () => {
    const dir = gitRepo({ 'lib.huashu.yaml': LIB_V1 });
    fs.writeFileSync(path.join(dir, 'lib.huashu.yaml'), LIB_V2);
    fs.writeFileSync(path.join(dir, 'new.huashu.yaml'), 'huashu: 1\nscripts:\n  - id: n\n    reply: 亲,您好\n');
    const old = await lintJson(makeLib({ 'lib.huashu.yaml': LIB_V1 }));
    const { data, stdout } = await report(dir, 'r.html', ['--compare', 'HEAD']);
    const c = data.compare!;
    assert.strictEqual(c.kind, 'git');
    assert.strictEqual(c.label, 'HEAD');
    assert.strictEqual(c.before.score, expected(old).score);
    assert.strictEqual(c.before.findings, expected(old).findings);
    assert.strictEqual(c.before.files, 1, 'the new file did not exist at HEAD');
    assert.ok(data.summary.score > c.before.score!, 'the library got better');
    assert.match(stdout, /（比 HEAD 提高 \d+ 分）/);
    const a = c.scripts.find((r) => r.key === 'lib.huashu.yaml#a');
    assert.ok(a && a.before! < a.after!, 'script a improved');
    assert.deepStrictEqual(c.scripts.find((r) => r.key === 'new.huashu.yaml#n'), { key: 'new.huashu.yaml#n', label: 'n', before: null, after: data.scripts.find((s) => s.id === 'n')!.score });
    assert.ok(!c.scripts.some((r) => r.key === 'lib.huashu.yaml#b'), 'unchanged scripts are not listed');
    assert.ok(c.rules.some((r) => r.key === 'no-blame-courier' && r.before! > 0 && r.after === null));
  });

  it('compares with a previous report (HTML or JSON) and with huashu lint JSON', async () => {
    const dir = makeLib({ 'lib.huashu.yaml': LIB_V1 });
    const first = await report(dir, 'old.html');
    await report(dir, 'old.json');
    fs.writeFileSync(path.join(dir, 'lint.json'), JSON.stringify(await lintJson(dir)));
    fs.writeFileSync(path.join(dir, 'lib.huashu.yaml'), LIB_V2);
    for (const [file, kind] of [['old.html', 'report'], ['old.json', 'report'], ['lint.json', 'lint-json']] as const) {
      const { data } = await report(dir, 'new.html', ['--compare', file]);
      const c = data.compare!;
      assert.strictEqual(c.kind, kind, file);
      assert.strictEqual(c.label, file);
      assert.strictEqual(c.before.score, first.data.summary.score, file);
      assert.strictEqual(c.before.findings, first.data.summary.findings, file);
      assert.strictEqual(c.before.scripts, kind === 'report' ? 2 : null, file);
      assert.strictEqual(c.scriptScores, kind === 'report');
      assert.ok(c.files.length === 1 && c.files[0].after! > c.files[0].before!);
    }
  });

  it('is a usage error (exit 2) when there is nothing to compare with', async () => {
    const dir = makeLib({ 'lib.huashu.yaml': LIB_V1, 'bad.json': '{"x": 1}', 'page.html': '<p>hi</p>' });
    const cases: [string[], RegExp][] = [
      [['--compare', 'missing.html'], /^huashu：--compare：找不到文件 missing\.html\n$/],
      [['--compare', 'main'], /^huashu：--compare main：这里不是 git 仓库/],
      [['--compare', 'bad.json'], /不是 huashu 报告数据/],
      [['--compare', 'page.html'], /里没有报告数据/],
      [['--format', 'xml'], /^huashu：未知的输出格式 “xml”：huashu report 可用 html 或 json\n$/],
      [['--stdin'], /^huashu：选项 --stdin 不能用于 huashu report\n$/],
      [['--compare'], /^huashu：选项 --compare 需要一个值\n$/],
    ];
    for (const [args, err] of cases) {
      const r = await runCli(['report', '-o', 'r.html', ...args], { cwd: dir });
      assert.strictEqual(r.code, 2, args.join(' '));
      assert.match(r.stderr, err, args.join(' '));
    }
    const g = gitRepo({ 'lib.huashu.yaml': LIB_V1 });
    const r = await runCli(['report', '--compare', 'no-such-branch'], { cwd: g });
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /找不到 git 提交 “no-such-branch”/);
    const lint = await runCli(['lint', '--compare', 'x'], { cwd: g });
    assert.strictEqual(lint.code, 2, 'lint does not take --compare');
  });

  it('uses the baseline as huashu lint does, and says how many it hid', async () => {
    const dir = makeLib({ 'lib.huashu.yaml': LIB_V1 });
    assert.strictEqual((await runCli(['baseline'], { cwd: dir })).code, 0);
    const withBaseline = await lintJson(dir);
    const { data, html } = await report(dir, 'r.html');
    assert.strictEqual(data.summary.findings, expected(withBaseline).findings);
    assert.ok(data.baselineSuppressed > 0);
    assert.match(html, /另有 \d+ 个问题记在基线文件里/);
    const all = await report(dir, 'all.html', ['--no-baseline']);
    assert.strictEqual(all.data.summary.findings, expected(await lintJson(dir, ['--no-baseline'])).findings);
    assert.strictEqual(all.data.summary.findings, data.summary.findings + data.baselineSuppressed);
    assert.strictEqual(all.data.summary.score, data.summary.score, 'scores do not depend on the baseline');
  });
});
