/**
 * One table of CLI cases, each run in-process; the ones marked `sub` run again as a subprocess
 * of the bundled dist/cli.js and must behave the same (exit code, stdout, stderr).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { VERSION } from '../../server/src/cli/version';
import { CliResult, DIST_CLI, cleanTemps, makeLib, runCli, runDist, testConfig } from './helpers';

const BAD = '亲,是快递给发错地方了哦';
const WARN = '真的非常抱歉,快递耽误了那么久,给您带来了麻烦。';
const lib = (id: string, reply: string, extra = ''): string => `huashu: 1\n${extra}scripts:\n  - id: ${id}\n    reply: ${reply}\n`;
const CONFIG = { 'huashu.config.yaml': testConfig() };

interface Case {
  name: string;
  args: string[];
  files?: Record<string, string>;
  /** Merged over CONFIG unless null. */
  config?: Record<string, string> | null;
  stdin?: string;
  env?: Record<string, string>;
  isTTY?: boolean;
  code: number;
  stdout?: RegExp | string | ((s: string) => void);
  stderr?: RegExp | string;
  notStdout?: RegExp;
  sub?: boolean;
  after?: (dir: string, r: CliResult) => void;
}

const noStack = /\n\s+at /;

const CASES: Case[] = [
  { name: '--version', args: ['--version'], code: 0, stdout: `${VERSION}\n`, stderr: '', sub: true },
  { name: '-v', args: ['-v'], code: 0, stdout: `${VERSION}\n` },
  { name: '--help is bilingual usage', args: ['--help'], code: 0, stdout: /huashu lint[\s\S]*--format[\s\S]*退出码/, stderr: '', sub: true },
  { name: 'no arguments prints help', args: [], code: 0, stdout: /用法/ },
  { name: 'lint --help', args: ['lint', '--help'], code: 0, stdout: /用法/ },
  { name: 'unknown command', args: ['lnt'], code: 2, stdout: '', stderr: /^huashu：未知的命令 “lnt”.*\n$/, sub: true },
  { name: 'unknown option', args: ['lint', '--bogus'], code: 2, stdout: '', stderr: /^huashu：未知的选项 --bogus（huashu --help 查看用法）\n$/, sub: true },
  { name: 'unknown short option', args: ['lint', '-z'], code: 2, stderr: /未知的选项 -z/ },
  { name: 'unknown format', args: ['lint', '--format', 'xml'], code: 2, stderr: /^huashu：未知的输出格式 “xml”.*\n$/ },
  { name: 'missing option value', args: ['lint', '--format'], code: 2, stderr: /--format 需要一个值/ },
  { name: 'bad --max-warnings', args: ['lint', '--max-warnings', 'many'], code: 2, stderr: /--max-warnings 需要一个非负整数/ },
  { name: 'flag value after =', args: ['lint', '--format=json'], files: { 'a.huashu.yaml': lib('a', '您好') }, code: 0, stdout: /^\[\{"filePath":"a.huashu.yaml"/ },
  { name: '--fix with --fix-dry-run', args: ['lint', '--fix', '--fix-dry-run'], code: 2, stderr: /不能同时使用/ },
  { name: '--fix with --stdin', args: ['lint', '--fix', '--stdin'], stdin: '', code: 2, stderr: /--fix 不能与 --stdin 一起使用/ },
  { name: '--stdin-filename without --stdin', args: ['lint', '--stdin-filename', 'x.huashu.yaml'], code: 2, stderr: /只能与 --stdin 一起使用/ },
  { name: 'option of another command', args: ['rules', '--fix'], code: 2, stderr: /不能用于 huashu rules/ },

  { name: 'clean library exits 0', args: ['lint'], files: { 'a.huashu.yaml': lib('a.hello', '您好,请问有什么可以帮您?') }, code: 0, stdout: /✔ 没有发现问题（共检查 1 个文件，平均得分 100）/, stderr: '' },
  {
    name: 'an error exits 1 and prints the summary line', args: ['lint'], files: { 'a.huashu.yaml': lib('a.bad', BAD) }, code: 1,
    stdout: /✖ 1 个问题（1 个错误，0 个警告，0 个提示）/, stderr: '',
  },
  {
    name: 'json output on an error', args: ['lint', '--format', 'json'], files: { 'a.huashu.yaml': lib('a.bad', BAD) }, code: 1, sub: true, stderr: '',
    stdout: (s) => {
      const j = JSON.parse(s);
      assert.strictEqual(j.length, 1);
      assert.strictEqual(j[0].filePath, 'a.huashu.yaml');
      assert.deepStrictEqual(j[0].messages.map((m: { ruleId: string }) => m.ruleId), ['no-blame-courier']);
      assert.strictEqual(j[0].errorCount, 1);
      assert.strictEqual(typeof j[0].score, 'number');
    },
  },
  { name: 'warnings alone exit 0', args: ['lint'], files: { 'a.huashu.yaml': lib('a.w', WARN) }, code: 0, stdout: /1 个警告/ },
  { name: '--max-warnings 0 with a warning exits 1', args: ['lint', '--max-warnings', '0'], files: { 'a.huashu.yaml': lib('a.w', WARN) }, code: 1, stdout: /超过了 --max-warnings 的上限 0/ },
  { name: '--max-warnings 1 with a warning exits 0', args: ['lint', '--max-warnings', '1'], files: { 'a.huashu.yaml': lib('a.w', WARN) }, code: 0 },
  { name: '--max-warnings in json goes to stderr', args: ['lint', '--max-warnings', '0', '-f', 'json'], files: { 'a.huashu.yaml': lib('a.w', WARN) }, code: 1, stderr: /超过了 --max-warnings/ },
  { name: '--quiet hides warnings', args: ['lint', '--quiet'], files: { 'a.huashu.yaml': lib('a.w', WARN) }, code: 0, notStdout: /警告  /, stdout: /没有发现问题/ },
  { name: '--quiet keeps errors', args: ['lint', '-q'], files: { 'a.huashu.yaml': lib('a.bad', BAD), 'b.huashu.yaml': lib('b.w', WARN) }, code: 1, stdout: /✖ 1 个问题（1 个错误，0 个警告/ },

  {
    name: 'duplicate-id across files', args: ['lint', '-f', 'json'], code: 1,
    files: { 'a.huashu.yaml': lib('same.id', '您好'), 'sub/b.huashu.yml': lib('same.id', '您好') },
    stdout: (s) => {
      const j = JSON.parse(s);
      assert.match(j[0].messages[0].message, /另见 sub\/b\.huashu\.yml:3/);
      assert.match(j[1].messages[0].message, /另见 a\.huashu\.yaml:3/);
      assert.strictEqual(j[0].messages[0].ruleId, 'duplicate-id');
    },
  },
  {
    name: 'folders skip node_modules, .git and .gitignored files', args: ['lint', '-f', 'json'], code: 0,
    files: {
      'ok.huashu.yaml': lib('ok', '您好'), 'node_modules/x/a.huashu.yaml': lib('nm', BAD), '.git/b.huashu.yaml': lib('git', BAD),
      '.gitignore': 'build/\nsecret.huashu.yaml\n', 'build/c.huashu.yaml': lib('build', BAD), 'secret.huashu.yaml': lib('secret', BAD),
      'notes.yaml': 'not a library', 'deep/.gitignore': '*.huashu.yml\n', 'deep/d.huashu.yml': lib('d', BAD), 'deep/e.huashu.yaml': lib('e', '您好'),
    },
    stdout: (s) => assert.deepStrictEqual(JSON.parse(s).map((r: { filePath: string }) => r.filePath), ['deep/e.huashu.yaml', 'ok.huashu.yaml']),
  },
  {
    name: 'config ignore globs', args: ['lint', '-f', 'json'], code: 0,
    config: { 'huashu.config.yaml': testConfig('ignore:\n  - "drafts/**"\n') },
    files: { 'ok.huashu.yaml': lib('ok', '您好'), 'drafts/x.huashu.yaml': lib('x', BAD) },
    stdout: (s) => assert.deepStrictEqual(JSON.parse(s).map((r: { filePath: string }) => r.filePath), ['ok.huashu.yaml']),
  },
  {
    name: 'globs, folders and files together', args: ['lint', '-f', 'json', 'a/**/*.huashu.yaml', 'b', 'c.huashu.yaml', 'plain.yaml'], code: 0,
    files: { 'a/x/1.huashu.yaml': lib('a1', '您好'), 'a/2.huashu.yml': lib('a2', '您好'), 'b/3.huashu.yml': lib('b3', '您好'), 'c.huashu.yaml': lib('c', '您好'), 'plain.yaml': lib('plain', '您好'), 'd.huashu.yaml': lib('d', BAD) },
    stdout: (s) => assert.deepStrictEqual(JSON.parse(s).map((r: { filePath: string }) => r.filePath), ['a/x/1.huashu.yaml', 'b/3.huashu.yml', 'c.huashu.yaml', 'plain.yaml']),
  },
  { name: 'a path that does not exist', args: ['lint', 'nope.huashu.yaml'], code: 2, stderr: /^huashu：找不到匹配的文件：nope\.huashu\.yaml\n$/ },
  { name: 'a glob that matches nothing', args: ['lint', 'zzz/**/*.huashu.yaml'], code: 2, stderr: /找不到匹配的文件/ },
  { name: 'an empty folder is fine', args: ['lint'], files: { 'readme.txt': 'x' }, code: 0, stdout: /没有找到要检查的话术库文件/, stderr: '' },
  {
    name: 'a folder whose libraries .gitignore ignores: nothing linted, and the run says why', args: ['lint', 'build'], code: 0,
    files: { '.gitignore': 'build/\n', 'build/a.huashu.yaml': lib('a', BAD), 'build/z/b.huashu.yml': lib('b', BAD) },
    stdout: /没有找到要检查的话术库文件/, stderr: /^huashu：这里的话术库文件都被 \.gitignore 忽略了，没有检查（例如 build\/a\.huashu\.yaml）；要检查它们，请直接写出文件路径\n$/, sub: true,
  },
  {
    name: 'a glob that matches only files .gitignore ignores: the error says so', args: ['lint', '-f', 'json', 'gen/**/*.huashu.yaml'], code: 2,
    files: { '.gitignore': '*.huashu.yaml\n', 'gen/x/c.huashu.yaml': lib('c', BAD) },
    stdout: '', stderr: /^huashu：找不到匹配的文件：gen\/\*\*\/\*\.huashu\.yaml（匹配的文件被 \.gitignore 忽略了，例如 gen\/x\/c\.huashu\.yaml；要检查它，请直接写出文件路径）\n$/,
  },
  {
    name: 'libraries that the config ignores all: the run says so', args: ['lint'], code: 0,
    config: { 'huashu.config.yaml': testConfig('ignore:\n  - "drafts/**"\n') },
    files: { 'drafts/x.huashu.yaml': lib('x', BAD), 'drafts/y.huashu.yaml': lib('y', BAD) },
    stdout: /没有找到要检查的话术库文件/, stderr: /^huashu：找到的 2 个话术库文件都被配置的 ignore 排除了，没有检查\n$/,
  },
  {
    name: 'a file that cannot be read is reported and the run goes on', args: ['lint', '-f', 'json'], code: 1,
    files: { 'ok.huashu.yaml': lib('ok', BAD) },
    stdout: (s) => {
      const j = JSON.parse(s);
      assert.deepStrictEqual(j.map((r: { filePath: string }) => r.filePath), ['gone.huashu.yaml', 'ok.huashu.yaml']);
      assert.strictEqual(j[0].messages[0].ruleId, null);
      assert.strictEqual(j[0].messages[0].fatal, true);
      assert.match(j[0].messages[0].message, /无法读取文件/);
      assert.strictEqual(j[1].messages[0].ruleId, 'no-blame-courier');
    },
  },
  { name: 'a YAML syntax error is reported and the run goes on', args: ['lint'], code: 1, files: { 'a.huashu.yaml': 'huashu: 1\nscripts: [\n', 'b.huashu.yaml': lib('b', BAD) }, stdout: /yaml-syntax[\s\S]*no-blame-courier/ },

  { name: 'config error: one line, exit 2, no stack', args: ['lint'], config: { 'huashu.config.yaml': 'extends: huashu:recommended\nrulez: {}\n' }, files: { 'a.huashu.yaml': lib('a', '您好') }, code: 2, stdout: '', stderr: /^huashu：配置错误：huashu\.config\.yaml:2:1 未知的配置项 “rulez”，是不是想写 “rules”？\n$/, sub: true },
  { name: 'config YAML error', args: ['lint'], config: { 'huashu.config.yaml': 'extends: [\n' }, files: { 'a.huashu.yaml': lib('a', '您好') }, code: 2, stderr: /^huashu：配置错误：huashu\.config\.yaml:\d+:\d+ 配置文件 YAML 语法错误：左方括号“\[”没有闭合/ },
  { name: 'config warning: shown, run goes on', args: ['lint'], config: { 'huashu.config.yaml': testConfig().replace('rules:\n', 'rules:\n  no-such-rule: off\n') }, files: { 'a.huashu.yaml': lib('a', '您好') }, code: 0, stderr: /^huashu：配置警告：huashu\.config\.yaml:\d+:3 未知的规则 “no-such-rule”/ },
  { name: '--config that does not exist', args: ['lint', '--config', 'missing.yaml'], files: { 'a.huashu.yaml': lib('a', '您好') }, code: 2, stderr: /^huashu：配置错误：missing\.yaml 无法读取配置文件：文件不存在/ },
  { name: '--config picks the file', args: ['lint', '--config', 'other.yaml'], config: { 'huashu.config.yaml': 'bad: [\n', 'other.yaml': testConfig('', { 'no-blame-courier': 'warning' }) }, files: { 'a.huashu.yaml': lib('a', BAD) }, code: 0, stdout: /1 个警告/ },
  { name: '--no-config skips a broken config', args: ['lint', '--no-config', 'a.huashu.yaml'], config: { 'huashu.config.yaml': 'bad: [\n' }, files: { 'a.huashu.yaml': lib('a', '您好,请问有什么可以帮您?') }, code: 0 },
  { name: '--config with --no-config', args: ['lint', '--config', 'x', '--no-config'], code: 2, stderr: /不能同时使用/ },

  { name: '--stdin with --stdin-filename', args: ['lint', '--stdin', '--stdin-filename', 'in/x.huashu.yaml', '-f', 'json'], stdin: lib('s', BAD), code: 1, sub: true, stdout: /^\[\{"filePath":"in\/x\.huashu\.yaml","messages":\[\{"ruleId":"no-blame-courier"/ },
  { name: '--stdin without a name', args: ['lint', '--stdin', '-f', 'json'], stdin: lib('s', '您好'), code: 0, stdout: /^\[\{"filePath":"<stdin>"/ },
  { name: '--stdin with paths', args: ['lint', '--stdin', 'a.huashu.yaml'], stdin: '', code: 2, stderr: /不能再给出文件路径/ },
  {
    name: '--stdin --fix-dry-run prints the fixed text', args: ['lint', '--stdin', '--fix-dry-run'],
    config: { 'huashu.config.yaml': testConfig('phrases:\n  - {pattern: 亲爱的, replacement: 您}\n') },
    stdin: '\uFEFF' + lib('s', '亲爱的,您好'), code: 0, stdout: '\uFEFF' + lib('s', '您,您好'), sub: true,
  },
  {
    name: '--fix-dry-run with json adds output', args: ['lint', '--fix-dry-run', '-f', 'json'],
    config: { 'huashu.config.yaml': testConfig('phrases:\n  - {pattern: 亲爱的, replacement: 您}\n') },
    files: { 'a.huashu.yaml': lib('a', '亲爱的,您好') }, code: 0,
    stdout: (s) => assert.strictEqual(JSON.parse(s)[0].output, lib('a', '您,您好')),
    after: (dir) => assert.strictEqual(fs.readFileSync(path.join(dir, 'a.huashu.yaml'), 'utf8'), lib('a', '亲爱的,您好')),
  },
  {
    name: '--output-file', args: ['lint', '-f', 'json', '-o', 'reports/out.json'], files: { 'a.huashu.yaml': lib('a', BAD) }, code: 1, stdout: '',
    after: (dir) => assert.strictEqual(JSON.parse(fs.readFileSync(path.join(dir, 'reports/out.json'), 'utf8'))[0].errorCount, 1),
  },

  { name: 'colour on a terminal', args: ['lint'], files: { 'a.huashu.yaml': lib('a', BAD) }, isTTY: true, code: 1, stdout: /\x1b\[31m错误\x1b\[39m/ },
  { name: 'no colour in a pipe', args: ['lint'], files: { 'a.huashu.yaml': lib('a', BAD) }, code: 1, notStdout: /\x1b\[/ },
  { name: 'NO_COLOR', args: ['lint'], files: { 'a.huashu.yaml': lib('a', BAD) }, isTTY: true, env: { NO_COLOR: '1' }, code: 1, notStdout: /\x1b\[/ },
  { name: '--no-color beats FORCE_COLOR', args: ['lint', '--no-color'], files: { 'a.huashu.yaml': lib('a', BAD) }, env: { FORCE_COLOR: '1' }, code: 1, notStdout: /\x1b\[/ },
  { name: 'FORCE_COLOR in a pipe', args: ['lint'], files: { 'a.huashu.yaml': lib('a', BAD) }, env: { FORCE_COLOR: '1' }, code: 1, stdout: /\x1b\[31m/, sub: true },
  { name: '--color', args: ['lint', '--color'], files: { 'a.huashu.yaml': lib('a', BAD) }, code: 1, stdout: /\x1b\[31m/ },

  {
    name: 'rules --format json', args: ['rules', '--format', 'json'], config: null, code: 0, sub: true,
    stdout: (s) => {
      const rows = JSON.parse(s) as { id: string; category: string; severity: string; fixable: boolean; docs: string }[];
      const r = rows.find((x) => x.id === 'no-blame-courier')!;
      assert.deepStrictEqual({ ...r, title: undefined }, { id: 'no-blame-courier', category: 'A', severity: 'error', fixable: false, title: undefined, docs: 'https://github.com/huashu-dev/huashu/blob/main/docs/rules/no-blame-courier.md' });
      for (const id of ['yaml-syntax', 'unknown-key', 'duplicate-id', 'undeclared-variable', 'unsupported-version', 'unused-directive']) assert.ok(rows.some((x) => x.id === id), id);
    },
  },
  { name: 'rules table', args: ['rules'], config: null, code: 0, stdout: /^规则 id\s+分类\s+默认级别\s+可修复\s+说明\s+文档\n[\s\S]*no-blame-courier\s+A\s+错误[\s\S]*共 \d+ 条规则\n$/ },
  { name: 'rules with a path', args: ['rules', 'x'], config: null, code: 2, stderr: /不接受路径参数/ },
  {
    name: 'init writes a starter config that parses cleanly', args: ['init'], config: null, code: 0, stdout: /已创建 huashu\.config\.yaml/,
    after: (dir) => assert.match(fs.readFileSync(path.join(dir, 'huashu.config.yaml'), 'utf8'), /huashu:recommended/),
  },
  {
    name: 'init never overwrites', args: ['init'], config: { 'huashu.config.yaml': '# mine\n' }, code: 2, stderr: /^huashu：huashu\.config\.yaml 已经存在，未做任何修改/,
    after: (dir) => assert.strictEqual(fs.readFileSync(path.join(dir, 'huashu.config.yaml'), 'utf8'), '# mine\n'),
  },
  { name: '--debug shows a stack on usage errors', args: ['lint', 'missing.huashu.yaml', '--debug'], code: 2, stderr: /找不到匹配的文件[\s\S]*\n\s+at / },
];

describe('cli cases (in-process)', function () {
  this.timeout(20000);
  after(cleanTemps);
  for (const c of CASES) {
    it(c.name, async () => {
      const dir = setup(c);
      const r = await runCli(c.args, { cwd: dir, env: c.env, isTTY: c.isTTY, stdin: c.stdin });
      check(c, r, dir);
    });
  }
});

describe('cli cases (subprocess of dist/cli.js)', function () {
  this.timeout(20000);
  after(cleanTemps);
  before(() => { assert.ok(fs.existsSync(DIST_CLI), `${DIST_CLI} is missing: run node scripts/build.mjs (npm test does)`); });
  for (const c of CASES.filter((x) => x.sub)) {
    it(c.name, () => {
      const dir = setup(c);
      const r = runDist(c.args, { cwd: dir, env: c.env, stdin: c.stdin });
      check(c, r, dir);
    });
  }
});

function setup(c: Case): string {
  const files = { ...(c.config === null ? {} : { ...CONFIG, ...c.config }), ...c.files };
  const dir = makeLib(files);
  if (c.name.startsWith('a file that cannot be read')) fs.symlinkSync(path.join(dir, 'missing-target.huashu.yaml'), path.join(dir, 'gone.huashu.yaml'));
  return dir;
}

function check(c: Case, r: CliResult, dir: string): void {
  const info = `\nstdout: ${r.stdout}\nstderr: ${r.stderr}`;
  assert.strictEqual(r.code, c.code, `exit code${info}`);
  if (typeof c.stdout === 'string') assert.strictEqual(r.stdout, c.stdout, info);
  else if (c.stdout instanceof RegExp) assert.match(r.stdout, c.stdout, info);
  else if (c.stdout) c.stdout(r.stdout);
  if (c.notStdout) assert.doesNotMatch(r.stdout, c.notStdout);
  if (typeof c.stderr === 'string') assert.strictEqual(r.stderr, c.stderr, info);
  else if (c.stderr) assert.match(r.stderr, c.stderr, info);
  if (!c.args.includes('--debug')) assert.doesNotMatch(r.stderr, noStack, 'no stack trace without --debug');
  c.after?.(dir, r);
}
