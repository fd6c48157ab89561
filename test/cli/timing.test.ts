/**
 * `huashu lint --timing`: the record's self times (engine/timing.ts), what the lint records (every
 * rule run, the team's phrases, the steps), and the table on standard error, which changes
 * nothing in the report and leaves timing off after the command.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_SEVERITIES, LintTiming, RULE_IDS, activeTiming, lintText, parseConfig, resolveConfig, startTiming, stopTiming } from '../../server/src/engine';
import { timingTable, TIMING_RULES_SHOWN } from '../../server/src/cli/timing-table';
import { REPO, cleanTemps, runCli, tempDir } from './helpers';

/** Busy-waits `ms` milliseconds (a step that takes a known time). */
function spin(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) { /* waiting */ }
}

const lib = (replies: string[]): string =>
  `huashu: 1\nscripts:\n${replies.map((r, k) => `  - id: s${k}\n    reply: ${r}\n`).join('')}`;

describe('lint timing', () => {
  after(cleanTemps);
  afterEach(() => stopTiming());

  describe('LintTiming', () => {
    it('counts a step without the steps measured inside it', () => {
      const t = new LintTiming();
      t.enter('parse');
      spin(4);
      t.enter('lint');
      spin(6);
      t.leave();
      t.enter('lint');
      spin(6);
      t.leave();
      t.leave();
      const rows = new Map(t.rows().map((r) => [r.key, r]));
      assert.strictEqual(rows.get('lint')!.calls, 2);
      assert.ok(rows.get('lint')!.ms >= 12 && rows.get('lint')!.ms < 12 + 8, `lint ${rows.get('lint')!.ms}`);
      assert.ok(rows.get('parse')!.ms >= 4 && rows.get('parse')!.ms < 4 + 8, `parse ${rows.get('parse')!.ms}`);
      assert.deepStrictEqual(t.rows().map((r) => r.key), ['lint', 'parse'], 'slowest first');
    });

    it('closes a step whose work throws, so the steps around it still add up', () => {
      const t = new LintTiming();
      t.enter('library');
      assert.throws(() => t.time('fix', () => { spin(3); throw new Error('boom'); }), /boom/);
      spin(3);
      t.leave();
      const rows = new Map(t.rows().map((r) => [r.key, r]));
      assert.strictEqual(rows.get('fix')!.calls, 1);
      assert.ok(rows.get('library')!.ms >= 3 && rows.get('library')!.ms < 3 + 6, `library ${rows.get('library')!.ms}`);
      // a leave with nothing open is ignored
      t.leave();
      assert.strictEqual(t.rows().length, 2);
    });
  });

  describe('what a lint records', () => {
    it('is off unless started, and records nothing then', () => {
      assert.strictEqual(activeTiming(), undefined);
      lintText(lib(['您好，请问有什么可以帮您？']));
      const t = startTiming();
      stopTiming();
      assert.strictEqual(activeTiming(), undefined);
      lintText(lib(['您好，请问有什么可以帮您？']));
      assert.deepStrictEqual(t.rows(), []);
    });

    it('every rule run once per reply, the steps of a lint, and the team phrases as their rule', () => {
      const replies = ['您好，请问有什么可以帮您？', '亲，这边马上为您处理哦，谢谢您的耐心等待', '不好意思，这个没货了', '快递的问题，我们不负责', '好的'];
      const { config, problems } = parseConfig('phrases:\n  - pattern: 没货\n    kind: forbidden\n', RULE_IDS);
      assert.deepStrictEqual(problems, []);
      const t = startTiming();
      const result = lintText(lib(replies), { config: resolveConfig(config, 'a.huashu.yaml', DEFAULT_SEVERITIES) });
      stopTiming();
      const rows = new Map(t.rows().map((r) => [r.key, r]));
      for (const step of ['parse', 'lint', 'fold', 'scan', 'library']) assert.ok(rows.has(step), `step ${step}`);
      assert.strictEqual(rows.get('lint')!.calls, replies.length, 'one lint step per script');
      // the customer's text is folded once per script that has one (none here), each reply once
      assert.strictEqual(rows.get('fold')!.calls, replies.length);
      // a rule with no phrases of its own runs on every reply
      assert.strictEqual(rows.get('thank-customer')!.calls, replies.length);
      assert.strictEqual(rows.get('team-forbidden-phrase')!.calls, replies.length);
      assert.ok(result.findings.some((f) => f.ruleId === 'team-forbidden-phrase'));
      // a rule gated on its own phrases runs only where they occur
      assert.ok((rows.get('no-blame-courier')?.calls ?? 0) < replies.length);
      for (const r of t.rows()) assert.ok(r.ms >= 0, `${r.key} ${r.ms}`);
    });
  });

  describe('the table', () => {
    it('lists the steps and the slowest rules, their shares adding up to the whole', () => {
      const rows = [
        { key: 'read', ms: 10, calls: 1 }, { key: 'parse', ms: 20, calls: 1 }, { key: 'scan', ms: 15, calls: 9 },
        ...Array.from({ length: 12 }, (_, k) => ({ key: ['thank-customer', 'emoticon-policy', 'no-blame-courier', 'apologize-on-complaint', 'greeting-self-identify', 'no-internet-slang', 'prefer-nin-over-ni', 'courtesy-vocabulary', 'no-deny-fault', 'no-condescension', 'no-leak-buyer-info', 'no-blanket-yes'][k], ms: 12 - k, calls: 9 })),
      ];
      const text = timingTable(rows, 200);
      const lines = text.trimEnd().split('\n');
      assert.match(lines[0], /耗时/);
      const row = (label: string): string[] => {
        const line = lines.find((l) => l.startsWith(label));
        assert.ok(line, `${label} in\n${text}`);
        return line.slice(label.length).trim().split(/\s+/);
      };
      assert.deepStrictEqual(row('读取文件与配置'), ['10.0', '5.0%']);
      // 12 + 11 + … + 1 = 78
      assert.deepStrictEqual(row('规则（见下表）'), ['78.0', '39.0%']);
      // 200 − (10 + 20 + 15 + 78)
      assert.deepStrictEqual(row('其他（查找文件、编号索引、基线）'), ['77.0', '38.5%']);
      assert.deepStrictEqual(row('合计（从命令开始）'), ['200.0', '100.0%']);
      assert.ok(!text.includes('修复'), 'steps not measured are not listed');
      assert.match(text, new RegExp(`用时最多的 ${TIMING_RULES_SHOWN} 条规则（共运行了 12 条）`));
      assert.deepStrictEqual(row('thank-customer'), ['12.0', '15.4%', '9']);
      assert.ok(!text.includes('no-leak-buyer-info'), 'the eleventh rule is not listed');
      // the columns line up in a terminal: every row of a table as wide as its header
      const widths = (from: number, to: number): Set<number> => new Set(lines.slice(from, to).map((l) => [...l].reduce((w, ch) => w + (ch.charCodeAt(0) >= 0x2e80 ? 2 : 1), 0)));
      const blank = lines.indexOf('');
      assert.strictEqual(widths(1, blank).size, 1, text);
      assert.strictEqual(widths(blank + 2, lines.length).size, 1, text);
    });
  });

  describe('huashu lint --timing', () => {
    it('prints the table on standard error and leaves the report as it was', async () => {
      const dir = tempDir();
      fs.cpSync(path.join(REPO, 'samples'), dir, { recursive: true });
      const plain = await runCli(['lint', '--format', 'json'], { cwd: dir });
      const timed = await runCli(['lint', '--format', 'json', '--timing'], { cwd: dir });
      assert.strictEqual(timed.code, plain.code);
      assert.strictEqual(timed.stdout, plain.stdout);
      assert.strictEqual(plain.stderr, '');
      for (const label of ['读取文件与配置', '解析话术库', '短语匹配', '规则', '整库检查', '生成报告并输出', '合计']) assert.ok(timed.stderr.includes(label), label);
      assert.match(timed.stderr, /用时最多的 10 条规则/);
      assert.strictEqual(activeTiming(), undefined, 'timing is off after the command');
    });

    it('with --cache, a row for the cache (read, checked, written); none without it', async () => {
      const dir = tempDir();
      fs.cpSync(path.join(REPO, 'samples'), dir, { recursive: true });
      const label = '结果缓存（--cache：读取、核对、写入）';
      const plain = await runCli(['lint', '--format', 'json', '--timing'], { cwd: dir });
      assert.ok(!plain.stderr.includes(label), plain.stderr);
      for (const run of ['writes', 'reads']) {
        const r = await runCli(['lint', '--format', 'json', '--timing', '--cache'], { cwd: dir });
        assert.strictEqual(r.stdout, plain.stdout, run);
        const row = r.stderr.split('\n').find((l) => l.startsWith(label));
        assert.ok(row, `${run}: ${r.stderr}`);
        assert.match(row!.slice(label.length), /^\s+\d+\.\d\s+\d+\.\d%$/, row);
        // every file from the cache: no rule ran, and the table says so instead of listing none
        if (run === 'reads') assert.match(r.stderr, /这次没有运行任何规则（例如每个文件的结果都来自 --cache）。\n$/);
        else assert.match(r.stderr, /用时最多的 10 条规则/);
      }
    });

    it('counts reading the config in the row of files and config', async () => {
      const dir = tempDir();
      fs.cpSync(path.join(REPO, 'samples'), dir, { recursive: true });
      // (the module the CLI's config loading calls it from, by property: wrapped for the test)
      const configModule = require('../../server/src/engine/config') as { parseConfig: typeof parseConfig };
      const original = configModule.parseConfig;
      const steps: (string | undefined)[] = [];
      configModule.parseConfig = (...args: Parameters<typeof parseConfig>) => { steps.push(activeTiming()?.step); return original(...args); };
      try {
        const r = await runCli(['lint', '--format', 'json', '--timing'], { cwd: dir });
        assert.ok(r.stderr.includes('读取文件与配置'), r.stderr);
      } finally {
        configModule.parseConfig = original;
      }
      assert.deepStrictEqual(steps, ['read'], 'the samples\' config read once, inside the "read" step');
    });

    it('times the fixes of a --fix-dry-run', async () => {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, 'a.huashu.yaml'), lib(['你好，晕，这个是快递的问题']));
      const r = await runCli(['lint', '--fix-dry-run', '--timing', '--no-config'], { cwd: dir });
      assert.match(r.stderr, /修复（不含其中的检查）/);
    });

    it('is an option of lint alone, and a usage error stops timing too', async () => {
      const dir = tempDir();
      const r = await runCli(['rules', '--timing'], { cwd: dir });
      assert.strictEqual(r.code, 2);
      const bad = await runCli(['lint', '--timing', 'missing/*.huashu.yaml'], { cwd: dir });
      assert.strictEqual(bad.code, 2);
      assert.strictEqual(activeTiming(), undefined);
    });
  });
});
