/**
 * --fix (atomic write, mode and BOM kept), the baseline, --changed-since on a real git
 * repository, the progress line, and the argument and diff parsers.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { parseArgs } from '../../server/src/cli/args';
import { parseDiff, unquote } from '../../server/src/cli/git';
import { Progress } from '../../server/src/cli/progress';
import { lintFiles } from '../../server/src/cli/lint-files';
import { toMessage } from '../../server/src/cli/report';
import { fixAll } from '../../server/src/engine';
import { ConfigResolver } from '../../server/src/node/config-discovery';
import { cleanTemps, makeLib, runCli, testConfig } from './helpers';

const BAD = '亲,是快递给发错地方了哦';
const WARN = '真的非常抱歉,快递耽误了那么久,给您带来了麻烦。';
const lib = (...scripts: [string, string][]): string => `huashu: 1\nscripts:\n${scripts.map(([id, r]) => `  - id: ${id}\n    reply: ${r}\n`).join('')}`;
const PHRASES = testConfig('phrases:\n  - {pattern: 亲爱的, replacement: 您}\n');

describe('cli --fix', function () {
  this.timeout(20000);
  after(cleanTemps);

  it('writes the fixed file atomically, keeping mode and BOM, and reports it', async () => {
    const dir = makeLib({ 'huashu.config.yaml': PHRASES, 'a.huashu.yaml': '\uFEFF' + lib(['a', '亲爱的,您好'], ['b', BAD]) });
    const file = path.join(dir, 'a.huashu.yaml');
    fs.chmodSync(file, 0o640);
    const r = await runCli(['lint', '--fix'], { cwd: dir });
    assert.strictEqual(r.code, 1, r.stderr);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '\uFEFF' + lib(['a', '您,您好'], ['b', BAD]));
    assert.strictEqual(fs.statSync(file).mode & 0o777, 0o640);
    assert.match(r.stdout, /✔ 已修复 1 处：a\.huashu\.yaml/);
    assert.match(r.stdout, /no-blame-courier/);
    assert.doesNotMatch(r.stdout, /team-forbidden-phrase/);
    assert.deepStrictEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
  });

  it('writes through a symbolic link and leaves the link', async () => {
    const dir = makeLib({ 'huashu.config.yaml': PHRASES, 'real/a.huashu.yaml': lib(['a', '亲爱的,您好']) });
    fs.symlinkSync(path.join(dir, 'real/a.huashu.yaml'), path.join(dir, 'link.huashu.yaml'));
    const r = await runCli(['lint', '--fix', 'link.huashu.yaml'], { cwd: dir });
    assert.strictEqual(r.code, 0, r.stdout + r.stderr);
    assert.ok(fs.lstatSync(path.join(dir, 'link.huashu.yaml')).isSymbolicLink());
    assert.strictEqual(fs.readFileSync(path.join(dir, 'real/a.huashu.yaml'), 'utf8'), lib(['a', '您,您好']));
  });

  it('fixes as the engine\'s fixAll does, in as many passes, and reports the fixed text\'s findings, scripts and score', () => {
    // two passes: 亲爱的 becomes 亲爱滴, which the second pass makes 您
    const chain = testConfig('phrases:\n  - {pattern: 亲爱的, replacement: 亲爱滴}\n  - {pattern: 亲爱滴, replacement: 您}\n');
    const scripts = Array.from({ length: 50 }, (_, i): [string, string] => [`s${i % 17 === 3 ? 1 : i}`, [`亲爱的,${BAD}`, '亲爱的您好,亲爱的', WARN, '您好'][i % 4]]);
    const text = lib(...scripts);
    const dir = makeLib({ 'huashu.config.yaml': chain, 'a.huashu.yaml': text, 'b.huashu.yaml': `\uFEFF${text.replace(/\n/g, '\r\n')}` });
    const resolver = new ConfigResolver({});
    for (const name of ['a.huashu.yaml', 'b.huashu.yaml']) {
      const absPath = path.join(dir, name);
      const [report] = lintFiles([{ absPath }], { resolver, cwd: dir, root: dir, fix: 'dry-run' });
      const expected = fixAll(fs.readFileSync(absPath, 'utf8'), { config: resolver.effectiveFor(absPath), externalIds: new Map() });
      assert.strictEqual(expected.passes, 2, name);
      assert.strictEqual(report.output, expected.output, name);
      assert.strictEqual(report.fixCount, expected.applied.length, name);
      const r = expected.result;
      assert.ok(r.findings.length > 10, name);
      assert.deepStrictEqual(report.messages, r.findings.map((f) => toMessage(f, r.lines, r.scripts)), name);
      assert.deepStrictEqual(report.scripts, r.scripts, name);
      assert.strictEqual(report.score, r.score, name);
    }
  });

  it('in json format the fix report goes to stderr', async () => {
    const dir = makeLib({ 'huashu.config.yaml': PHRASES, 'a.huashu.yaml': lib(['a', '亲爱的,您好']) });
    const r = await runCli(['lint', '--fix', '-f', 'json'], { cwd: dir });
    assert.strictEqual(r.code, 0);
    assert.strictEqual(JSON.parse(r.stdout)[0].messages.length, 0);
    assert.strictEqual(r.stderr, 'huashu：已修复 1 处：a.huashu.yaml\n');
  });

  it('leaves files without fixes untouched', async () => {
    const dir = makeLib({ 'huashu.config.yaml': PHRASES, 'a.huashu.yaml': lib(['a', BAD]) });
    const before = fs.statSync(path.join(dir, 'a.huashu.yaml')).mtimeMs;
    await runCli(['lint', '--fix'], { cwd: dir });
    assert.strictEqual(fs.statSync(path.join(dir, 'a.huashu.yaml')).mtimeMs, before);
  });
});

describe('cli baseline', function () {
  this.timeout(20000);
  after(cleanTemps);

  it('records findings, suppresses them later, reports new and vanished ones', async () => {
    const dir = makeLib({ 'huashu.config.yaml': testConfig(), 'a.huashu.yaml': lib(['a', BAD], ['b', WARN]), 'b.huashu.yaml': lib(['c', BAD]) });
    const b = await runCli(['baseline'], { cwd: dir });
    assert.strictEqual(b.code, 0, b.stderr);
    assert.match(b.stdout, /已把 3 个问题记入基线 huashu-baseline\.json（2 个文件）/);
    const data = JSON.parse(fs.readFileSync(path.join(dir, 'huashu-baseline.json'), 'utf8'));
    assert.strictEqual(data.version, 1);
    assert.strictEqual(data.entries.length, 3);

    let r = await runCli(['lint'], { cwd: dir });
    assert.strictEqual(r.code, 0, r.stdout);
    assert.match(r.stdout, /没有发现问题/);

    // moving a script down keeps it suppressed; a new problem is reported; a fixed one is stale
    fs.writeFileSync(path.join(dir, 'a.huashu.yaml'), lib(['new', BAD], ['a', BAD], ['b', '您好']));
    r = await runCli(['lint', '-f', 'json'], { cwd: dir });
    assert.strictEqual(r.code, 1);
    const j = JSON.parse(r.stdout);
    assert.deepStrictEqual(j[0].messages.map((m: { scriptId: string }) => m.scriptId), ['new']);
    assert.match(r.stderr, /基线 huashu-baseline\.json 中有 1 条记录已不再出现/);

    // --no-baseline shows everything
    r = await runCli(['lint', '--no-baseline', '-f', 'json'], { cwd: dir });
    assert.strictEqual(JSON.parse(r.stdout)[0].messages.length, 2);

    // re-recording removes the stale entry
    const again = await runCli(['baseline'], { cwd: dir });
    assert.match(again.stdout, /其中 1 条旧记录已不再出现，已从基线中移除/);
  });

  it('with --cache: the files it gives whole are read for their text, which the baseline\'s keys need', async () => {
    const dir = makeLib({ 'huashu.config.yaml': testConfig(), 'a.huashu.yaml': lib(['a', BAD], ['b', WARN]), 'b.huashu.yaml': lib(['c', BAD]) });
    // a baseline that records a's findings only: b's stay
    fs.writeFileSync(path.join(dir, 'b.huashu.yaml'), lib(['c', '您好']));
    assert.strictEqual((await runCli(['baseline'], { cwd: dir })).code, 0);
    fs.writeFileSync(path.join(dir, 'b.huashu.yaml'), lib(['c', BAD]));
    const plain = await runCli(['lint', '-f', 'json'], { cwd: dir });
    assert.deepStrictEqual(JSON.parse(plain.stdout).map((r: { messages: unknown[] }) => r.messages.length), [0, 1], 'a suppressed by the baseline, b not');
    for (const step of ['writing the cache', 'taking every file from it']) {
      const r = await runCli(['lint', '--cache', '-f', 'json'], { cwd: dir });
      assert.strictEqual(r.stdout, plain.stdout, step);
      assert.strictEqual(r.code, plain.code, step);
    }
  });

  it('an explicit baseline that is missing or broken is a usage error', async () => {
    const dir = makeLib({ 'huashu.config.yaml': testConfig(), 'a.huashu.yaml': lib(['a', BAD]), 'bad.json': '{"version": 2}' });
    let r = await runCli(['lint', '--baseline', 'none.json'], { cwd: dir });
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /^huashu：无法读取基线文件/);
    r = await runCli(['lint', '--baseline', 'bad.json'], { cwd: dir });
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /基线文件 .*bad\.json 的格式不对/);
  });

  it('an output file that cannot be written is a usage error naming it, in every format written in pieces', async () => {
    const dir = makeLib({ 'huashu.config.yaml': testConfig(), 'a.huashu.yaml': lib(['a', BAD]), 'plain-file': 'x' });
    for (const format of ['json', 'sarif', 'rdjson', 'stylish']) {
      const r = await runCli(['lint', '-f', format, '-o', 'plain-file/out.txt'], { cwd: dir });
      assert.strictEqual(r.code, 2, format);
      assert.match(r.stderr, /^huashu：无法写入输出文件 plain-file\/out\.txt：/, format);
    }
  });
});

describe('cli --changed-since', function () {
  this.timeout(20000);
  after(cleanTemps);
  const git = (dir: string, ...args: string[]): string => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });

  it('reports only findings on lines changed since the merge base, and untracked files', async function () {
    execFileSync('git', ['--version']); // git is required; a missing git fails the test
    const dir = makeLib({ 'huashu.config.yaml': testConfig(), 'a.huashu.yaml': lib(['old', BAD]) });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'base');
    git(dir, 'checkout', '-q', '-b', 'feature');
    fs.writeFileSync(path.join(dir, 'a.huashu.yaml'), lib(['old', BAD], ['new', BAD]));
    git(dir, 'commit', '-q', '-am', 'feature');
    fs.writeFileSync(path.join(dir, 'u.huashu.yaml'), lib(['untracked', BAD]));
    const r = await runCli(['lint', '--changed-since', 'main', '-f', 'json'], { cwd: dir });
    assert.strictEqual(r.code, 1, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.deepStrictEqual(j.map((f: { messages: { scriptId: string }[] }) => f.messages.map((m) => m.scriptId)), [['new'], ['untracked']]);
    // nothing changed since HEAD except the untracked file
    const h = JSON.parse((await runCli(['lint', '--changed-since', 'HEAD', '-f', 'json'], { cwd: dir })).stdout);
    assert.deepStrictEqual(h.map((f: { messages: unknown[] }) => f.messages.length), [0, 1]);
  });

  it('an unknown ref is a usage error', async function () {
    execFileSync('git', ['--version']); // git is required; a missing git fails the test
    const dir = makeLib({ 'huashu.config.yaml': testConfig(), 'a.huashu.yaml': lib(['a', BAD]) });
    git(dir, 'init', '-q');
    const r = await runCli(['lint', '--changed-since', 'nope'], { cwd: dir });
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /^huashu：--changed-since：找不到 git 提交 “nope”/);
  });

  it('parseDiff reads added lines; unquote undoes git quoting', () => {
    const diff = [
      'diff --git a/x.huashu.yaml b/x.huashu.yaml', '--- a/x.huashu.yaml', '+++ b/x.huashu.yaml',
      '@@ -3,0 +4,2 @@', '+a', '+b', '@@ -10 +12 @@', '-c', '+d',
      '--- a/gone.yaml', '+++ /dev/null', '@@ -1 +0,0 @@',
      '--- "a/\\350\\257\\235 a.huashu.yaml"', '+++ "b/\\350\\257\\235 a.huashu.yaml"', '@@ -1,0 +1 @@', '+x',
    ].join('\n');
    const m = parseDiff(diff, '/r');
    assert.deepStrictEqual([...(m.get('/r/x.huashu.yaml') as Set<number>)], [4, 5, 12]);
    assert.deepStrictEqual([...(m.get('/r/话 a.huashu.yaml') as Set<number>)], [1]);
    assert.strictEqual(m.size, 2);
    assert.strictEqual(unquote('"b/a\\tb\\"c"'), 'b/a\tb"c');
  });
});

describe('cli internals', function () {
  this.timeout(20000);
  after(cleanTemps);

  it('parseArgs', () => {
    const o = parseArgs(['lint', '-f', 'sarif', '--max-warnings=3', 'a', '--', '--b']);
    assert.strictEqual(o.format, 'sarif');
    assert.strictEqual(o.maxWarnings, 3);
    assert.deepStrictEqual(o.paths, ['a', '--b']);
    assert.throws(() => parseArgs(['lint', '--quiet=yes']), /不接受值/);
  });

  it('the progress line: only on a terminal, not in CI, only for stylish; erased at the end', () => {
    let err = '';
    const io = { stdout: () => undefined, stderr: (s: string) => { err += s; }, cwd: '/', env: {} as Record<string, string>, isTTY: true, stderrIsTTY: true };
    assert.strictEqual(Progress.enabledFor(io, 'stylish', true), true);
    assert.strictEqual(Progress.enabledFor(io, 'json', true), false);
    assert.strictEqual(Progress.enabledFor({ ...io, env: { CI: 'true' } }, 'stylish', true), false);
    assert.strictEqual(Progress.enabledFor({ ...io, stderrIsTTY: false }, 'stylish', true), false);
    assert.strictEqual(Progress.enabledFor(io, 'stylish', false), false);
    const p = new Progress(io, true, 0);
    p.tick(1, 10, 'a.huashu.yaml');
    p.done();
    assert.strictEqual(err, '\r\x1b[K检查中 1/10  a.huashu.yaml\r\x1b[K');
    err = '';
    const q = new Progress(io, true, 0);
    q.tick(3, 10, 'b.huashu.yaml', '修复中');
    assert.strictEqual(err, '\r\x1b[K修复中 3/10  b.huashu.yaml');
  });

  it('a tty run with many files stays clean on stdout', async () => {
    const files: Record<string, string> = { 'huashu.config.yaml': testConfig() };
    for (let i = 0; i < 30; i++) files[`f${i}.huashu.yaml`] = lib([`id${i}`, '您好']);
    const dir = makeLib(files);
    const r = await runCli(['lint'], { cwd: dir, isTTY: true });
    assert.strictEqual(r.code, 0);
    assert.doesNotMatch(r.stdout, /检查中/);
  });

  it('lintFiles reports a missing file and goes on', () => {
    const dir = makeLib({ 'a.huashu.yaml': lib(['a', BAD]) });
    const reports = lintFiles([{ absPath: path.join(dir, 'missing.huashu.yaml') }, { absPath: path.join(dir, 'a.huashu.yaml') }], { resolver: new ConfigResolver({ noConfig: true }), cwd: dir, root: dir, fix: 'none' });
    assert.strictEqual(reports[0].messages[0].message, '无法读取文件：文件不存在');
    assert.ok(reports[1].messages.some((m) => m.ruleId === 'no-blame-courier'));
  });

  it('VERSION equals package.json', () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.json'), 'utf8'));
    assert.strictEqual(require('../../server/src/cli/version').VERSION, pkg.version);
  });
});
