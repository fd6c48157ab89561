/**
 * `huashu lint --cache`: the same output as without it (first run and reuse, every format), only
 * changed files linted again, and every way an entry can go stale: the file, its config, another
 * file's ids, the tool; a damaged or foreign cache file, --fix, standard input.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { LintCache, DEFAULT_CACHE_FILE, asciiPieces, cacheFileOf } from '../../server/src/cli/lint-cache';
import { messageAt, messageIn, scriptIn } from '../../server/src/cli/report';
import type { Finding } from '../../server/src/engine';
import { lintFiles } from '../../server/src/cli/lint-files';
import { ConfigResolver } from '../../server/src/node/config-discovery';
import { VERSION } from '../../server/src/cli/version';
import { BOM_CRLF, REPO, cleanTemps, makeLib, readCacheData, runCli, runDist, tempDir, writeCacheData } from './helpers';

const lib = (...scripts: [string, string][]): string => `huashu: 1\nscripts:\n${scripts.map(([id, r]) => `  - id: ${id}\n    reply: ${r}\n`).join('')}`;

/** The bundled samples (many rules, fixes, suggestions, titles, scenarios, stages) plus a BOM + CRLF file and a directive. */
function sampleDir(): string {
  const dir = tempDir();
  fs.cpSync(path.join(REPO, 'samples'), dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'crlf.huashu.yaml'), BOM_CRLF);
  // an unused directive: a finding with the "unnecessary" tag
  fs.writeFileSync(path.join(dir, 'directive.huashu.yaml'), 'huashu: 1\nscripts:\n  - id: d.one\n    # huashu-disable-next-line no-blame-courier\n    reply: 您好，请问有什么可以帮您？\n');
  return dir;
}

function runLint(dir: string, files?: string[], cache?: LintCache, fix: 'none' | 'write' | 'dry-run' = 'none', scriptResults?: boolean) {
  const names = files ?? fs.readdirSync(dir).filter((f) => f.endsWith('.huashu.yaml')).sort();
  return lintFiles(names.map((n) => ({ absPath: path.join(dir, n) })), { resolver: new ConfigResolver({}), cwd: dir, root: dir, fix, cache, scriptResults });
}

/** What a run's reports say, in the JSON shape (with engine offsets and script results). */
function summary(reports: ReturnType<typeof runLint>): unknown {
  return reports.map((r) => ({
    file: r.filePath, score: r.score, fatal: r.fatal,
    messages: r.messages,
    scripts: r.scripts.map((s) => ({ index: s.index, id: s.id, title: s.title, scenario: s.scenario, stage: s.stage, span: s.span, headSpan: s.headSpan, card: s.card, findings: s.findings.length })),
  }));
}

describe('cli --cache: the file in ASCII', () => {
  it('escapes every other character, a surrogate pair as two escapes, and reads back as the same JSON', () => {
    const value = { text: '亲，非常抱歉😀 "引号" \\ 和 \u0085 与 \u2028', n: [1, 2] };
    const json = JSON.stringify(value);
    // split anywhere, even inside a pair: each piece is escaped unit by unit
    const pieces = [json.slice(0, 12), json.slice(12, json.indexOf('😀') + 1), json.slice(json.indexOf('😀') + 1)];
    const out = [...asciiPieces(pieces)].join('');
    assert.ok(/^[\x00-\x7f]*$/.test(out));
    assert.match(out, /\\ud83d\\ude00/);
    assert.deepStrictEqual(JSON.parse(out), value);
  });
});

describe('cli --cache: a message from the script an entry keeps for its finding', () => {
  it('is the message made by looking the script up, with and without the finding\'s own script id, inside a script or not', () => {
    const scripts = [
      { index: 0, id: 'a', span: { start: 10, end: 40 } },
      { index: 1, id: undefined, span: { start: 40, end: 70 } },
      { index: 2, id: 'c', span: { start: 70, end: 70 } },
    ];
    const findings: Finding[] = [
      { ruleId: 'r', severity: 'error', message: 'm', start: 12, end: 15, scriptId: 'a' },
      { ruleId: 'r', severity: 'warning', message: 'm', start: 20, end: 22 },
      { ruleId: 'r', severity: 'info', message: 'm', start: 45, end: 50, fix: { range: [45, 50], text: 'x' } },
      { ruleId: 'r', severity: 'info', message: 'm', start: 70, end: 70, suggestions: [{ title: 't', fix: { range: [70, 70], text: 'y' } }] },
      { ruleId: 'r', severity: 'error', message: 'm', start: 2, end: 4 },
      { ruleId: 'r', severity: 'error', message: 'm', start: 3, end: 5, scriptId: 'z' },
    ];
    for (const f of findings) {
      const s = scriptIn(f, scripts);
      const looked = messageAt(f, 1, 2, 3, 4, scripts);
      assert.deepStrictEqual(messageIn(f, 1, 2, 3, 4, s ? s.index : -1, f.scriptId === undefined ? s?.id : undefined), looked);
      assert.strictEqual(JSON.stringify(messageIn(f, 1, 2, 3, 4, s ? s.index : -1, f.scriptId === undefined ? s?.id : undefined)), JSON.stringify(looked), 'the same fields in the same order');
    }
    assert.strictEqual(messageAt(findings[1], 0, 0, 0, 0, scripts).scriptId, 'a', 'the script\'s id for a finding without its own');
    assert.strictEqual(messageAt(findings[4], 0, 0, 0, 0, scripts).scriptIndex, undefined, 'outside every script');
    assert.strictEqual(messageAt(findings[3], 0, 0, 0, 0, scripts).scriptIndex, 2, 'an empty script holds its start');
  });
});

describe('cli --cache', function () {
  this.timeout(30000);
  after(cleanTemps);

  it('gives byte-identical output in every format, on the run that writes the cache and on the runs that read it', async () => {
    const dir = sampleDir();
    for (const format of ['json', 'stylish', 'sarif', 'junit', 'github', 'rdjson']) {
      const plain = await runCli(['lint', '--format', format], { cwd: dir });
      fs.rmSync(path.join(dir, DEFAULT_CACHE_FILE), { force: true });
      const writing = await runCli(['lint', '--cache', '--format', format], { cwd: dir });
      assert.ok(fs.existsSync(path.join(dir, DEFAULT_CACHE_FILE)), 'the cache file is written');
      const reading = await runCli(['lint', '--cache', '--format', format], { cwd: dir });
      assert.ok(plain.stdout.length > 500, `${format}: a report with findings`);
      const files = fs.readdirSync(dir).filter((f) => f.endsWith('.huashu.yaml')).length;
      for (const [r, hits] of [[writing, 0], [reading, files]] as const) {
        assert.strictEqual(r.stdout, plain.stdout, format);
        assert.strictEqual(r.code, plain.code, format);
        // the terminal's format says what the cache did; machine formats add nothing
        const said = format === 'stylish' ? `huashu：缓存：${hits} 个文件沿用上次的结果，${files - hits} 个文件重新检查\n` : '';
        assert.strictEqual(r.stderr, plain.stderr + said, format);
      }
    }
  });

  it('without the scripts\' results (the lint command\'s reports), the same messages and scores, linted, cached, fixed', () => {
    const dir = sampleDir();
    const bare = (reports: ReturnType<typeof runLint>): unknown => reports.map((r) => {
      assert.deepStrictEqual(r.scripts, [], `${r.filePath}: no script's result kept`);
      return { file: r.filePath, score: r.score, fatal: r.fatal, messages: r.messages };
    });
    const full = runLint(dir);
    assert.ok(full.every((r) => r.scripts.length > 0) && full.some((r) => r.score < 100), 'the samples have scripts and lose points');
    const expected = bare(full.map((r) => ({ ...r, scripts: [] })));
    assert.deepStrictEqual(bare(runLint(dir, undefined, undefined, 'none', false)), expected);
    const file = path.join(dir, 'cache');
    const writing = new LintCache(file);
    assert.deepStrictEqual(bare(runLint(dir, undefined, writing, 'none', false)), expected);
    writing.save();
    const reading = new LintCache(file);
    assert.deepStrictEqual(bare(runLint(dir, undefined, reading, 'none', false)), expected);
    assert.ok(reading.hits > 0, 'the second run read its reports from the cache');
    // the cache written without results serves a run that keeps them (the report command's)
    assert.deepStrictEqual(summary(runLint(dir, undefined, new LintCache(file))), summary(full));
    // a fixed file's messages are those of its fixed text, found in the fixed text's scripts
    const fixed = runLint(dir, undefined, undefined, 'dry-run');
    assert.ok(fixed.some((r) => r.output !== undefined), 'a sample is fixable');
    assert.deepStrictEqual(bare(runLint(dir, undefined, undefined, 'dry-run', false)), bare(fixed.map((r) => ({ ...r, scripts: [] }))));
  });

  it('without decoding the files it gives whole when nothing reads their text: the same messages from the positions it keeps', () => {
    const dir = sampleDir();
    const names = fs.readdirSync(dir).filter((f) => f.endsWith('.huashu.yaml')).sort();
    const run = (cache: LintCache | undefined, cachedText: boolean) => lintFiles(names.map((n) => ({ absPath: path.join(dir, n) })), { resolver: new ConfigResolver({}), cwd: dir, root: dir, fix: 'none', cache, scriptResults: false, cachedText });
    const messages = (reports: ReturnType<typeof run>): unknown => reports.map((r) => ({ file: r.filePath, score: r.score, fatal: r.fatal, messages: r.messages }));
    const plain = run(undefined, false);
    assert.ok(plain.some((r) => r.messages.some((m) => m.line > 3 && m.column > 1)), 'findings past the first lines and columns');
    const file = path.join(dir, 'cache');
    const writing = new LintCache(file);
    assert.deepStrictEqual(messages(run(writing, false)), messages(plain));
    assert.strictEqual(writing.textless, 0, 'nothing to take on the first run');
    writing.save();
    // a format that reads the text: every file decoded, as before
    const withText = new LintCache(file);
    const read = run(withText, true);
    assert.deepStrictEqual(messages(read), messages(plain));
    assert.deepStrictEqual([withText.hits, withText.textless], [names.length, 0]);
    assert.ok(read.every((r) => r.lines !== undefined), 'each report with its line index');
    // one that does not: no file decoded, no text or line index in its report
    const without = new LintCache(file);
    const taken = run(without, false);
    assert.deepStrictEqual(messages(taken), messages(plain));
    assert.deepStrictEqual([without.hits, without.textless, without.misses], [names.length, names.length, 0]);
    assert.ok(taken.every((r) => r.text === '' && r.lines === undefined), 'no text kept');
    // the file's score is the one stored (not scored again) when the scripts' results are not kept;
    // a run that keeps them scores each script
    const data = readCacheData(file);
    const scored = plain.find((r) => r.score < 100)!;
    data.files[scored.filePath].score = 12.5;
    writeCacheData(file, data);
    assert.strictEqual(run(new LintCache(file), false).find((r) => r.filePath === scored.filePath)!.score, 12.5);
    assert.strictEqual(runLint(dir, undefined, new LintCache(file)).find((r) => r.filePath === scored.filePath)!.score, scored.score);
    delete data.files[scored.filePath].score;
    writeCacheData(file, data);
    const unscored = new LintCache(file);
    assert.deepStrictEqual(messages(run(unscored, false)), messages(plain));
    assert.strictEqual(unscored.misses, 1, 'an entry without its score is linted again');
    data.files[scored.filePath].score = scored.score;
    writeCacheData(file, data);
    // a changed file is read and linted as always; the rest are still taken without their text
    const changed = names.find((n) => n !== 'crlf.huashu.yaml')!;
    fs.appendFileSync(path.join(dir, changed), '  - id: added.one\n    reply: 是快递的问题\n');
    const after = new LintCache(file);
    const again = run(after, false);
    assert.deepStrictEqual(messages(again), messages(run(undefined, false)));
    assert.deepStrictEqual([after.hits, after.textless, after.misses], [names.length - 1, names.length - 1, 1]);
    after.save();
    // a change that keeps the file's size: its digest differs, and it is read and linted
    const text = fs.readFileSync(path.join(dir, changed), 'utf8');
    assert.ok(text.includes('快递'));
    fs.writeFileSync(path.join(dir, changed), text.replace('快递', '物流'));
    assert.strictEqual(fs.statSync(path.join(dir, changed)).size, Buffer.byteLength(text));
    const same = new LintCache(file);
    assert.deepStrictEqual(messages(run(same, false)), messages(run(undefined, false)));
    assert.deepStrictEqual([same.hits, same.textless, same.misses], [names.length - 1, names.length - 1, 1]);
  });

  it('reads the text of a file it took without it when another file now defines one of its ids, and lints it', () => {
    const dir = makeLib({ 'a.huashu.yaml': lib(['a.one', '是快递给发错地方了哦'], ['a.two', '您好']), 'b.huashu.yaml': lib(['b.one', '亲，您好']) });
    const names = ['a.huashu.yaml', 'b.huashu.yaml'];
    const run = (cache?: LintCache) => lintFiles(names.map((n) => ({ absPath: path.join(dir, n) })), { resolver: new ConfigResolver({}), cwd: dir, root: dir, fix: 'none', cache, cachedText: false });
    const file = path.join(dir, 'cache');
    const first = new LintCache(file);
    run(first);
    first.save();
    // b now defines a's second id: a's duplicate-id finding changes, so a is linted after all
    fs.writeFileSync(path.join(dir, 'b.huashu.yaml'), lib(['b.one', '亲，您好'], ['a.two', '在的']));
    const second = new LintCache(file);
    const got = run(second);
    assert.deepStrictEqual(summary(got), summary(run()));
    assert.ok(got[0].messages.some((m) => m.ruleId === 'duplicate-id' && m.line > 1), 'a\'s duplicate id, at its line');
    assert.deepStrictEqual([second.hits, second.textless, second.misses], [0, 1, 2]);
    assert.ok(got[0].lines !== undefined, 'the linted file\'s report has its line index');
  });

  it('reuses the entry of every unchanged file and lints only the changed one, whose new findings show', () => {
    const dir = sampleDir();
    const file = path.join(dir, DEFAULT_CACHE_FILE);
    const first = new LintCache(file);
    const before = runLint(dir, undefined, first);
    // what runs before a write (the CLI's collection) runs once, before the file is there
    const calls: boolean[] = [];
    assert.ok(first.save(() => calls.push(fs.existsSync(file))));
    assert.deepStrictEqual(calls, [false]);
    // written in 7-bit ASCII: the samples' fixes and messages (Chinese) as \u escapes, read back alike
    const bytes = fs.readFileSync(file);
    assert.ok(bytes.every((b) => b < 0x80), 'the cache file is 7-bit ASCII');
    assert.match(bytes.toString('latin1'), /\\u[0-9a-f]{4}/, 'other characters are escaped');
    const files = before.length;
    assert.strictEqual(first.misses, files);

    const second = new LintCache(file);
    const again = runLint(dir, undefined, second);
    assert.deepStrictEqual([second.hits, second.misses], [files, 0]);
    assert.deepStrictEqual(summary(again), summary(before));
    // nothing changed: the file is not written again
    const stamp = fs.statSync(file).mtimeMs;
    assert.strictEqual(second.save(() => calls.push(true)), false);
    assert.strictEqual(fs.statSync(file).mtimeMs, stamp);
    assert.deepStrictEqual(calls, [false], 'a run that writes nothing runs nothing before it');

    fs.appendFileSync(path.join(dir, 'invoice.huashu.yaml'), '  - id: added.courier\n    reply: 是快递给发错地方了哦\n');
    const third = new LintCache(file);
    const changed = runLint(dir, undefined, third);
    assert.deepStrictEqual([third.hits, third.misses], [files - 1, 1]);
    assert.deepStrictEqual(summary(changed), summary(runLint(dir)));
    assert.ok(changed.find((r) => r.filePath === 'invoice.huashu.yaml')!.messages.some((m) => m.scriptId === 'added.courier' && m.ruleId === 'no-blame-courier'));
    // the file written after that run holds the reused entries and the new one
    assert.ok(third.save());
    const fourth = new LintCache(file);
    assert.deepStrictEqual(summary(runLint(dir, undefined, fourth)), summary(changed));
    assert.deepStrictEqual([fourth.hits, fourth.misses], [files, 0]);
  });
  it('writes the same file whatever the size of the pieces it is written in, and reads it back whole', () => {
    const dir = sampleDir();
    // an earlier entry of a file outside the run is carried over as it was, next to this run's
    const outside = path.join(dir, 'outside');
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(outside, 'kept.huashu.yaml'), lib(['kept.one', '您好，是快递的问题哦']));
    const texts = [1, 7, 300, 1 << 20].map((size) => {
      const file = path.join(dir, `cache-${size}`);
      const seed = new LintCache(file);
      runLint(outside, ['kept.huashu.yaml'], seed);
      assert.ok(seed.save(undefined, size));
      const cache = new LintCache(file);
      runLint(dir, undefined, cache);
      assert.ok(cache.save(undefined, size));
      return fs.readFileSync(file, 'utf8');
    });
    for (const t of texts.slice(1)) assert.strictEqual(t, texts[0]);
    const data = readCacheData(path.join(dir, 'cache-1'));
    assert.ok(Object.keys(data.files).includes('outside/kept.huashu.yaml'), 'the entry of the file outside the run is kept');
    assert.ok(data.strings.includes('no-blame-courier'), 'rule ids in the string table');
    const reread = new LintCache(path.join(dir, 'cache-1'));
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.huashu.yaml')).length;
    assert.deepStrictEqual(summary(runLint(dir, undefined, reread)), summary(runLint(dir)));
    assert.deepStrictEqual([reread.hits, reread.misses], [files, 0]);
    const kept = new LintCache(path.join(dir, 'cache-7'));
    assert.deepStrictEqual(summary(runLint(outside, ['kept.huashu.yaml'], kept)), summary(runLint(outside, ['kept.huashu.yaml'])));
    assert.deepStrictEqual([kept.hits, kept.misses], [1, 0]);
  });


  it('lints again when the config changes', async () => {
    const dir = makeLib({ 'a.huashu.yaml': lib(['a', '是快递给发错地方了哦']) });
    const on = await runCli(['lint', '--cache', '--format', 'json'], { cwd: dir });
    assert.match(on.stdout, /no-blame-courier/);
    fs.writeFileSync(path.join(dir, 'huashu.config.yaml'), 'rules:\n  no-blame-courier: off\n');
    const off = await runCli(['lint', '--cache', '--format', 'json'], { cwd: dir });
    assert.doesNotMatch(off.stdout, /no-blame-courier/);
    assert.strictEqual(off.stdout, (await runCli(['lint', '--format', 'json'], { cwd: dir })).stdout);
  });

  it('lints a file again when another file starts or stops defining one of its ids (duplicate-id across files)', async () => {
    const dir = makeLib({ 'a.huashu.yaml': lib(['shared', '您好']), 'b.huashu.yaml': lib(['shared', '您好,在的']) });
    const both = await runCli(['lint', '--cache', '--format', 'json'], { cwd: dir });
    assert.match(both.stdout, /duplicate-id/);
    fs.writeFileSync(path.join(dir, 'b.huashu.yaml'), lib(['other', '您好,在的']));
    const after = await runCli(['lint', '--cache', '--format', 'json'], { cwd: dir });
    assert.doesNotMatch(after.stdout, /duplicate-id/);
    fs.writeFileSync(path.join(dir, 'b.huashu.yaml'), lib(['shared', '您好,在的']));
    const back = await runCli(['lint', '--cache', '--format', 'json'], { cwd: dir });
    assert.strictEqual(back.stdout, both.stdout);
  });

  it('ignores a cache file of an earlier format (format 3 was one JSON text, its entries whole), and writes its own', () => {
    const dir = makeLib({ 'a.huashu.yaml': lib(['a', '是快递给发错地方了哦']) });
    const file = path.join(dir, DEFAULT_CACHE_FILE);
    const first = new LintCache(file);
    runLint(dir, undefined, first);
    first.save();
    const data = readCacheData(file);
    assert.strictEqual(data.format, 4);
    const { huashu, tool, files, strings } = data;
    fs.writeFileSync(file, JSON.stringify({ huashu, format: 3, tool, files, strings }));
    const again = new LintCache(file);
    assert.strictEqual(again.problem, undefined, 'no warning: another format is not damage');
    assert.deepStrictEqual(summary(runLint(dir, undefined, again)), summary(runLint(dir)));
    assert.deepStrictEqual([again.hits, again.misses], [0, 1]);
    assert.ok(again.save());
    assert.strictEqual(readCacheData(file).format, 4);
  });

  it('ignores a cache of another build of the tool, and writes its own', () => {
    const dir = makeLib({ 'a.huashu.yaml': lib(['a', '是快递给发错地方了哦']) });
    const file = path.join(dir, DEFAULT_CACHE_FILE);
    const other = new LintCache(file, 'another-build');
    runLint(dir, undefined, other);
    other.save();
    const mine = new LintCache(file);
    assert.strictEqual(mine.problem, undefined);
    runLint(dir, undefined, mine);
    assert.deepStrictEqual([mine.hits, mine.misses], [0, 1]);
    assert.ok(mine.save());
    assert.notStrictEqual(readCacheData(file).tool, 'another-build');
  });

  it('says so and lints everything when the cache file is damaged, then writes a good one', async () => {
    const dir = makeLib({ 'a.huashu.yaml': lib(['a', '是快递给发错地方了哦']) });
    const plain = await runCli(['lint', '--format', 'json'], { cwd: dir });
    for (const damaged of ['{"huashu":"lint-cache","fo', '[1,2,3]']) {
      fs.writeFileSync(path.join(dir, DEFAULT_CACHE_FILE), damaged);
      const r = await runCli(['lint', '--cache', '--format', 'json'], { cwd: dir });
      assert.strictEqual(r.stdout, plain.stdout);
      assert.match(r.stderr, /缓存文件 \.huashucache (内容已损坏|不是 huashu 的缓存文件)，这次检查全部文件并重写缓存/);
      const again = await runCli(['lint', '--cache', '--format', 'json'], { cwd: dir });
      assert.strictEqual(again.stdout, plain.stdout);
      assert.strictEqual(again.stderr, '');
    }
  });

  it('lints a file whose entry has the wrong shape, and keeps the others', () => {
    const dir = makeLib({ 'a.huashu.yaml': lib(['a', '是快递给发错地方了哦']), 'b.huashu.yaml': lib(['b', '亲,您好']) });
    const file = path.join(dir, DEFAULT_CACHE_FILE);
    const first = new LintCache(file);
    const expected = summary(runLint(dir, undefined, first));
    first.save();
    const data = readCacheData(file);
    data.files['a.huashu.yaml'].findings.start = ['x'];
    writeCacheData(file, data);
    const second = new LintCache(file);
    assert.deepStrictEqual(summary(runLint(dir, undefined, second)), expected);
    assert.deepStrictEqual([second.hits, second.misses], [1, 1]);
  });

  it('reads an entry\'s rest (titles, scenarios, stages, lints) only when a report of the scripts\' results or a lint of the file needs it', () => {
    const dir = sampleDir();
    const names = fs.readdirSync(dir).filter((f) => f.endsWith('.huashu.yaml')).sort();
    const file = path.join(dir, 'cache');
    const first = new LintCache(file);
    const withResults = summary(runLint(dir, undefined, first));
    first.save();
    const target = names.find((n) => readCacheData(file).files[n].scripts.title.some((t: unknown) => t !== null))!;
    assert.ok(target, 'a sample with a title');
    const titles = readCacheData(file).files[target].scripts.title;
    // the target's rest no longer parses: its head is all a report without the scripts' results reads
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith(`${JSON.stringify(target)}\t`));
    lines[at] = `${lines[at].slice(0, lines[at].lastIndexOf('\t'))}\t{"title":[`;
    fs.writeFileSync(file, lines.join('\n'));
    const lean = new LintCache(file);
    const plain = runLint(dir, undefined, undefined, 'none', false);
    assert.deepStrictEqual(summary(runLint(dir, undefined, lean, 'none', false)), summary(plain));
    assert.deepStrictEqual([lean.hits, lean.misses], [names.length, 0], 'every file taken, the damaged rest never read');
    // JUnit's cases (each script's index and id) come from the entry's scripts, not its rest
    const withCases = (cache?: LintCache) => lintFiles(names.map((n) => ({ absPath: path.join(dir, n) })), { resolver: new ConfigResolver({}), cwd: dir, root: dir, fix: 'none', cache, scriptResults: false, cases: true });
    const cased = new LintCache(file);
    const casesOut = (reports: ReturnType<typeof withCases>) => reports.map((r) => ({ file: r.filePath, cases: r.cases && { index: [...r.cases.index], ids: r.cases.ids }, messages: r.messages }));
    const plainCases = casesOut(withCases());
    assert.ok(plainCases.some((r) => r.cases && r.cases.index.length > 1), 'cases made');
    assert.deepStrictEqual(casesOut(withCases(cased)), plainCases);
    assert.deepStrictEqual([cased.hits, cased.misses], [names.length, 0], 'cases without the rest');
    // one that keeps the scripts' results reads it, finds it damaged and lints that file alone
    const whole = new LintCache(file);
    assert.deepStrictEqual(summary(runLint(dir, undefined, whole)), withResults);
    assert.deepStrictEqual([whole.hits, whole.misses], [names.length - 1, 1]);
    assert.ok(whole.save());
    assert.deepStrictEqual(readCacheData(file).files[target].scripts.title, titles, 'its rest written anew');
    assert.ok(readCacheData(file).files[target].lints, 'its lints written anew');
  });

  it('copies the lines of entries it did not change as they were, their string indexes right in a table that only grows', () => {
    const dir = sampleDir();
    const file = path.join(dir, 'cache');
    const first = new LintCache(file);
    runLint(dir, undefined, first);
    first.save();
    const before = fs.readFileSync(file, 'utf8').split('\n');
    const beforeStrings = JSON.parse(before[before.length - 2]) as string[];
    // one file changed, with a finding whose message no entry had (its id twice): the others' lines are copied
    const changed = 'crlf.huashu.yaml';
    fs.appendFileSync(path.join(dir, changed), '  - id: crlf.one\r\n    reply: 这个你自己去问快递吧\r\n');
    const second = new LintCache(file);
    const expected = summary(runLint(dir));
    assert.deepStrictEqual(summary(runLint(dir, undefined, second)), expected);
    assert.ok(second.save());
    const after = fs.readFileSync(file, 'utf8').split('\n');
    const afterStrings = JSON.parse(after[after.length - 2]) as string[];
    assert.deepStrictEqual(afterStrings.slice(0, beforeStrings.length), beforeStrings, 'the old table first, as it was');
    assert.ok(afterStrings.length > beforeStrings.length, 'the changed file\'s new message added after it');
    const unchanged = before.slice(1, -2).filter((l) => !l.startsWith(`${JSON.stringify(changed)}\t`));
    for (const l of unchanged) assert.ok(after.includes(l), `copied: ${l.slice(0, 40)}`);
    assert.ok(!after.includes(before.find((l) => l.startsWith(`${JSON.stringify(changed)}\t`))!), 'the changed file\'s line is new');
    const third = new LintCache(file);
    assert.deepStrictEqual(summary(runLint(dir, undefined, third)), expected);
    assert.deepStrictEqual([third.hits, third.misses], [before.length - 3, 0]);
  });

  it('reads an entry\'s rest and the lines it copies from the file it read, and does without them when another run has written the file since', () => {
    const dir = makeLib({ 'a.huashu.yaml': lib(['a', '是快递给发错地方了哦'], ['b', '您好']), 'b.huashu.yaml': lib(['c', '您好,在的']) });
    const file = path.join(dir, DEFAULT_CACHE_FILE);
    const first = new LintCache(file);
    runLint(dir, undefined, first);
    first.save();
    const written = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(path.join(dir, 'a.huashu.yaml'), lib(['a', '是快递给发错地方了哦'], ['b', '您好呀']));
    const expected = summary(runLint(dir));
    // read from the file: one script taken from the entry's rest, the other file's line copied
    const second = new LintCache(file);
    assert.deepStrictEqual(summary(runLint(dir, undefined, second)), expected);
    assert.deepStrictEqual([second.hits, second.misses, second.scriptHits, second.scriptMisses], [1, 1, 1, 1]);
    assert.ok(second.save());
    const copied = written.split('\n').find((l) => l.startsWith('"b.huashu.yaml"\t'))!;
    assert.ok(fs.readFileSync(file, 'utf8').split('\n').includes(copied), 'the unchanged file\'s line copied');
    // the same, but another run writes the cache file after this one read it: nothing more is read from it
    fs.writeFileSync(file, written);
    const third = new LintCache(file);
    const other = path.join(dir, 'other');
    fs.writeFileSync(other, written);
    fs.renameSync(other, file);
    // (a report without the scripts' results: the unchanged file is taken from its head alone)
    assert.deepStrictEqual(summary(runLint(dir, undefined, third, 'none', false)), summary(runLint(dir, undefined, undefined, 'none', false)));
    assert.deepStrictEqual([third.hits, third.misses, third.scriptHits, third.scriptMisses], [1, 1, 0, 2], 'the changed file linted whole');
    assert.ok(third.save());
    assert.deepStrictEqual(Object.keys(readCacheData(file).files), ['a.huashu.yaml'], 'the other file\'s line not copied');
  });

  it('reads a cache file of many pieces a piece at a time: every line where it lies, whatever piece its tabs and newline fall in', () => {
    // 40 files of 60 scripts: a cache file of many 64 KB pieces, its lines across their boundaries
    const files: Record<string, string> = {};
    for (let f = 0; f < 40; f++) files[`f${f}.huashu.yaml`] = lib(...Array.from({ length: 60 }, (_, k): [string, string] => [`f${f}.s${k}`, k % 3 ? '您好，请问有什么可以帮您？' : '是快递给发错地方了哦']));
    const dir = makeLib(files);
    const file = path.join(dir, DEFAULT_CACHE_FILE);
    const first = new LintCache(file);
    runLint(dir, undefined, first);
    first.save();
    const before = fs.readFileSync(file, 'utf8');
    assert.ok(before.length > 5 * 64 * 1024, `a cache file of many pieces (${before.length})`);
    assert.ok(/^[\x00-\x7f]*$/.test(before), 'in ASCII: read from the file, not kept');
    fs.writeFileSync(path.join(dir, 'f17.huashu.yaml'), files['f17.huashu.yaml'].replace('f17.s30', 'f17.renamed'));
    const second = new LintCache(file);
    assert.deepStrictEqual(summary(runLint(dir, undefined, second)), summary(runLint(dir)));
    assert.deepStrictEqual([second.hits, second.misses, second.scriptHits, second.scriptMisses], [39, 1, 59, 1]);
    assert.ok(second.save());
    const after = fs.readFileSync(file, 'utf8').split('\n');
    for (const line of before.split('\n').slice(1, -2)) {
      if (!line.startsWith('"f17.huashu.yaml"\t')) assert.ok(after.includes(line), `copied as it was: ${line.slice(0, 30)}`);
    }
    const third = new LintCache(file);
    runLint(dir, undefined, third);
    assert.deepStrictEqual([third.hits, third.misses], [40, 0]);
  });

  it('starts the string table afresh once it has grown past its limit, without the entries that index into it', () => {
    const dir = makeLib({ 'a.huashu.yaml': lib(['a', '是快递给发错地方了哦']), 'b.huashu.yaml': lib(['b', '您好,在的']) });
    const file = path.join(dir, DEFAULT_CACHE_FILE);
    const first = new LintCache(file);
    runLint(dir, undefined, first);
    first.save();
    const data = readCacheData(file);
    for (let k = data.strings.length; k <= 1 << 16; k++) data.strings.push(`unused ${k}`);
    writeCacheData(file, data);
    fs.writeFileSync(path.join(dir, 'a.huashu.yaml'), lib(['a', '是快递给发错地方了']));
    const grown = new LintCache(file);
    runLint(dir, ['a.huashu.yaml'], grown);
    assert.ok(grown.save());
    const small = readCacheData(file);
    assert.deepStrictEqual(Object.keys(small.files), ['a.huashu.yaml'], 'the other file\'s entry left out');
    assert.ok(small.strings.length < 10 && !small.strings.some((s) => String(s).startsWith('unused')));
    const later = new LintCache(file);
    assert.deepStrictEqual(summary(runLint(dir, undefined, later)), summary(runLint(dir)));
    assert.deepStrictEqual([later.hits, later.misses], [1, 1]);
  });

  it('keeps the entries of files outside the run and drops those of deleted files', () => {
    const dir = makeLib({ 'a.huashu.yaml': lib(['a', '您好']), 'b.huashu.yaml': lib(['b', '您好,在的']), 'c.huashu.yaml': lib(['c', '好的']) });
    const file = path.join(dir, DEFAULT_CACHE_FILE);
    const all = new LintCache(file);
    runLint(dir, undefined, all);
    all.save();
    fs.rmSync(path.join(dir, 'c.huashu.yaml'));
    fs.writeFileSync(path.join(dir, 'a.huashu.yaml'), lib(['a', '您好呀']));
    const one = new LintCache(file);
    runLint(dir, ['a.huashu.yaml'], one);
    assert.ok(one.save());
    assert.deepStrictEqual(Object.keys(readCacheData(file).files).sort(), ['a.huashu.yaml', 'b.huashu.yaml']);
    const later = new LintCache(file);
    runLint(dir, ['b.huashu.yaml'], later);
    assert.deepStrictEqual([later.hits, later.misses], [1, 0]);
  });

  it('with --fix, stores no findings of the text before the fix', async () => {
    const dir = makeLib({
      'huashu.config.yaml': 'phrases:\n  - {pattern: 亲爱的, replacement: 您}\n',
      'a.huashu.yaml': lib(['a', '亲爱的,您好']),
    });
    await runCli(['lint', '--cache', '--fix'], { cwd: dir });
    assert.strictEqual(fs.readFileSync(path.join(dir, 'a.huashu.yaml'), 'utf8'), lib(['a', '您,您好']));
    const cached = await runCli(['lint', '--cache', '--format', 'json'], { cwd: dir });
    assert.strictEqual(cached.stdout, (await runCli(['lint', '--format', 'json'], { cwd: dir })).stdout);
    assert.doesNotMatch(cached.stdout, /team-forbidden-phrase/);
  });

  it('names the build in the bundled CLI\'s cache (a hash of its sources), and reuses it from run to run', () => {
    const dir = makeLib({ 'a.huashu.yaml': lib(['a', '是快递给发错地方了哦']) });
    const first = runDist(['lint', '--cache', '--format', 'json'], { cwd: dir });
    const file = path.join(dir, DEFAULT_CACHE_FILE);
    const { tool } = readCacheData(file);
    assert.match(tool, new RegExp(`^${VERSION.replace(/\./g, '\\.')}:[0-9a-f]{16}$`));
    const stamp = fs.statSync(file).mtimeMs;
    const second = runDist(['lint', '--cache', '--format', 'json'], { cwd: dir });
    assert.strictEqual(second.stdout, first.stdout);
    assert.strictEqual(fs.statSync(file).mtimeMs, stamp, 'every entry used: the file is not written again');
  });

  it('neither reads nor writes a cache file that git tracks (anyone could have committed its findings)', async () => {
    const dir = makeLib({ 'a.huashu.yaml': lib(['a', '是快递给发错地方了哦']) });
    const plain = await runCli(['lint', '--format', 'json'], { cwd: dir });
    await runCli(['lint', '--cache', '--format', 'json'], { cwd: dir });
    // a forged cache: the file's real hash, no findings
    const file = path.join(dir, DEFAULT_CACHE_FILE);
    const data = readCacheData(file);
    const entry = data.files['a.huashu.yaml'];
    entry.findings = { rule: '', severity: '', message: '', start: '', end: '', scriptId: [], extra: [] };
    entry.positions = '';
    entry.places = { script: '', ids: [] };
    writeCacheData(file, data);
    const forged = fs.readFileSync(file, 'utf8');
    assert.doesNotMatch((await runCli(['lint', '--cache', '--format', 'json'], { cwd: dir })).stdout, /no-blame-courier/, 'an untracked cache is trusted (it is the machine\'s own)');
    const gitIn = (...args: string[]): string => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, encoding: 'utf8' });
    gitIn('init', '-q');
    gitIn('add', '.');
    gitIn('commit', '-qm', 'forged cache');
    const r = await runCli(['lint', '--cache', '--format', 'json'], { cwd: dir });
    assert.strictEqual(r.stdout, plain.stdout);
    assert.match(r.stderr, /缓存文件 \.huashucache 被 git 跟踪（来自提交，内容不可信），这次不读也不写它/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), forged, 'not written either');
  });

  it('is not used for standard input', async () => {
    const dir = tempDir();
    const r = await runCli(['lint', '--cache', '--stdin', '--format', 'json'], { cwd: dir, stdin: lib(['a', '是快递给发错地方了哦']) });
    assert.match(r.stdout, /no-blame-courier/);
    assert.ok(!fs.existsSync(path.join(dir, DEFAULT_CACHE_FILE)));
  });

  it('takes --cache-location as a file or a folder, and only with --cache', async () => {
    const dir = makeLib({ 'a.huashu.yaml': lib(['a', '您好']) });
    fs.mkdirSync(path.join(dir, 'tmp'));
    assert.strictEqual(cacheFileOf(dir, undefined), path.join(dir, '.huashucache'));
    assert.strictEqual(cacheFileOf(dir, 'tmp'), path.join(dir, 'tmp', '.huashucache'));
    assert.strictEqual(cacheFileOf(dir, 'new/'), path.join(dir, 'new', '.huashucache'));
    assert.strictEqual(cacheFileOf(dir, 'ci/lint.cache'), path.join(dir, 'ci', 'lint.cache'));
    await runCli(['lint', '--cache', '--cache-location', 'ci/lint.cache'], { cwd: dir });
    assert.ok(fs.existsSync(path.join(dir, 'ci', 'lint.cache')));
    const r = await runCli(['lint', '--cache-location', 'x'], { cwd: dir });
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /--cache-location 只能与 --cache 一起使用/);
  });

  it('reports a cache it cannot write on stderr, and the lint itself stands', async () => {
    const dir = makeLib({ 'a.huashu.yaml': lib(['a', '是快递给发错地方了哦']) });
    fs.writeFileSync(path.join(dir, 'blocker'), '');
    const r = await runCli(['lint', '--cache', '--cache-location', 'blocker/x.cache', '--format', 'json'], { cwd: dir });
    assert.strictEqual(r.code, 1);
    assert.match(r.stdout, /no-blame-courier/);
    assert.match(r.stderr, /无法写入缓存文件 blocker\/x\.cache/);
  });
});
