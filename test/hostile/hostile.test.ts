/**
 * Hostile inputs, linted by the bundled CLI (a subprocess with a time and heap bound) and by the
 * bundled language server (a subprocess over stdio, with a time bound per document, still alive
 * and answering afterwards). Small inputs are committed under test/hostile/corpus and
 * test/hostile/configs; large ones are generated here into a temporary folder (see README.md).
 *
 * Bounds (this runs on a 2-core shared machine):
 * - CLI, small input: 10 s wall clock, --max-old-space-size=256 (a heap overrun kills the process
 *   with a code that is not 0/1/2, which fails the test);
 * - CLI, large input (20,000-deep nesting, 3 MB line, 20,000 scripts, 100,000 keys): 60 s,
 *   --max-old-space-size=1024;
 * - server: diagnostics within 10 s (small) / 60 s (large) of didOpen, every other request
 *   answered within the same bound, heap limit 1024 MB, exit code 0 after shutdown.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { pathToFileURL } from 'url';
import { LIMITS } from '../../server/src/engine/config';
import { PATTERN_LIMITS } from '../../server/src/engine/match/pattern';
import { runCli } from '../cli/helpers';
import { DIST_CLI, REPO, ServerProcess } from '../reliability/server-process';

const HOSTILE = path.join(REPO, 'test/hostile');
const CORPUS = path.join(HOSTILE, 'corpus');
const CONFIGS = path.join(HOSTILE, 'configs');
const SMALL = { ms: 10000, heapMb: 256 };
const LARGE = { ms: 60000, heapMb: 1024 };
const CJK = /[\u4e00-\u9fff]/;

/** What a run must show, beyond an exit code of 0, 1 or 2 and a Chinese message. */
const EXPECT: Record<string, { code?: number; out?: RegExp }> = {
  'invalid-yaml.huashu.yaml': { code: 1, out: /yaml-syntax/ },
  'binary.huashu.yaml': { code: 1 },
  'png-header.huashu.yaml': { code: 1, out: /不是有效的 UTF-8/ },
  'nul-bytes.huashu.yaml': { code: 1, out: /控制字符 U\+0000/ },
  'invalid-utf8.huashu.yaml': { code: 1, out: /不是有效的 UTF-8/ },
  'utf16le.huashu.yaml': { code: 1, out: /不是有效的 UTF-8/ },
  'empty.huashu.yaml': { code: 1, out: /缺少格式版本/ },
  'bom-only.huashu.yaml': { code: 1, out: /缺少格式版本/ },
  'whitespace-only.huashu.yaml': { code: 1 },
  'alias-bomb.huashu.yaml': { code: 1, out: /invalid-field/ },
  'wrong-types.huashu.yaml': { code: 1, out: /invalid-field/ },
  'duplicate-keys.huashu.yaml': { code: 1, out: /同一层里的键重复了/ },
  'control-chars.huashu.yaml': { code: 1, out: /控制字符 U\+0007/ },
  'tags-and-directives.huashu.yaml': {},
};

function cjkMessage(s: string): boolean { return CJK.test(s); }

function tmp(prefix: string): string { return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix))); }

interface Run { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; ms: number; error?: Error }

/** `node --max-old-space-size=N dist/cli.js …` with a wall-clock bound. */
function cli(args: string[], cwd: string, bound: { ms: number; heapMb: number }): Run {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [`--max-old-space-size=${bound.heapMb}`, DIST_CLI, ...args], {
    cwd, encoding: 'utf8', timeout: bound.ms, killSignal: 'SIGKILL', maxBuffer: 256 * 1024 * 1024,
    env: { PATH: process.env.PATH ?? '', HOME: cwd },
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', ms: Date.now() - t0, error: r.error };
}

function assertRun(name: string, r: Run, bound: { ms: number }): void {
  assert.ok(r.signal === null && !r.error, `${name}: killed (${r.signal ?? r.error?.message}) after ${r.ms} ms — over the ${bound.ms} ms bound or out of heap\n${r.stderr.slice(-1000)}`);
  assert.ok(r.code === 0 || r.code === 1 || r.code === 2, `${name}: exit code ${r.code}\n${r.stderr.slice(-2000)}`);
  if (r.code !== 0) assert.ok(cjkMessage(r.stdout + r.stderr), `${name}: exit ${r.code} without a clear message\n${r.stdout.slice(0, 500)}${r.stderr.slice(0, 500)}`);
  assert.ok(!/内部错误|at .*\.js:\d+/.test(r.stderr), `${name}: internal error or stack trace\n${r.stderr.slice(0, 2000)}`);
}

/** Large inputs, generated at run time (they would bloat the repository). */
const GENERATED: Record<string, () => string> = {
  'deep-flow-seq.huashu.yaml': () => `huashu: 1\nscripts:\n  - id: deep\n    reply: ${'['.repeat(20000)}${']'.repeat(20000)}\n`,
  'deep-flow-map.huashu.yaml': () => `huashu: 1\nscripts:\n  - id: deep\n    reply: ${'{a: '.repeat(20000)}${'}'.repeat(20000)}\n`,
  'deep-block-seq.huashu.yaml': () => `huashu: 1\nscripts:\n  - ${'- '.repeat(20000)}x\n`,
  'deep-unclosed.huashu.yaml': () => `huashu: 1\nscripts: ${'[{'.repeat(10000)}\n`,
  'deep-indent.huashu.yaml': () => `huashu: 1\nscripts:\n${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(2 * i + 2)}- k:`).join('\n')}\n`,
  'line-3mb-reply.huashu.yaml': () => `huashu: 1\nscripts:\n  - id: long\n    reply: ${'亲，是快递的问题'.repeat(Math.ceil(3e6 / 24))}\n`,
  'line-3mb-qin.huashu.yaml': () => `huashu: 1\nscripts:\n  - id: long\n    customer: ${'亲'.repeat(1e6)}\n    reply: "${'亲'.repeat(1e6)}"\n`,
  'line-3mb-comment.huashu.yaml': () => `huashu: 1\n# ${'x'.repeat(3e6)}\nscripts:\n  - id: a\n    reply: 您好\n`,
  'line-3mb-flow.huashu.yaml': () => `huashu: 1\nscripts: [${Array.from({ length: 60000 }, (_, i) => `{id: s${i}, reply: 是快递的问题}`).join(', ')}]\n`,
  'scripts-20000.huashu.yaml': () => {
    const L = ['huashu: 1', 'platform: taobao', 'variables:', '  顾客: 昵称', 'scripts:'];
    for (let i = 0; i < 20000; i++) {
      L.push(`  - id: s${i % 19997}`, `    scenario: ${i % 3 ? 'logistics' : 'complaint'}`, `    customer: 我的快递怎么还没到${i}`);
      L.push(i % 2 ? `    reply: 亲，是快递给发错地方了哦{顾客}{未知${i % 7}}` : '    reply:\n      - 您好，非常抱歉给您添麻烦了\n      - 我马上为您补发，请稍等');
    }
    return L.join('\n') + '\n';
  },
  'keys-100000.huashu.yaml': () => `huashu: 1\n${Array.from({ length: 100000 }, (_, i) => `k${i % 99999}: v`).join('\n')}\n--- \n`,
  'anchors-20000.huashu.yaml': () => `huashu: 1\nscripts:\n${Array.from({ length: 20000 }, (_, i) => `  - {id: &i${i} s${i}, reply: ${i ? `*i${i - 1}` : '您好'}}`).join('\n')}\n`,
};

describe('hostile inputs: CLI (dist/cli.js subprocess, time and heap bounds)', function () {
  this.timeout(30 * 60 * 1000);
  let dir: string;
  const corpus = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.huashu.yaml')).sort();

  before(() => {
    assert.ok(fs.existsSync(DIST_CLI), 'dist/cli.js is built (node scripts/build.mjs)');
    dir = tmp('huashu-hostile-cli-');
  });
  after(() => { fs.rmSync(dir, { recursive: true, force: true }); fs.rmSync('/tmp/huashu-pwned', { force: true }); });

  it(`the committed corpus has the inputs the issue names (${corpus.length} files)`, () => {
    for (const f of ['invalid-yaml', 'binary', 'nul-bytes', 'invalid-utf8', 'empty', 'bom-only', 'alias-bomb', 'wrong-types']) {
      assert.ok(corpus.includes(`${f}.huashu.yaml`), f);
    }
  });

  for (const name of corpus) {
    it(`lints ${name}: exit 0/1/2, a clear message, within ${SMALL.ms} ms and ${SMALL.heapMb} MB of heap`, () => {
      fs.copyFileSync(path.join(CORPUS, name), path.join(dir, name));
      const r = cli(['lint', '--no-config', name], dir, SMALL);
      assertRun(name, r, SMALL);
      const e = EXPECT[name];
      if (e?.code !== undefined) assert.strictEqual(r.code, e.code, `${name}: exit code\n${r.stdout}${r.stderr}`);
      if (e?.out) assert.match(r.stdout + r.stderr, e.out, name);
    });
  }

  it('every output format survives every corpus file (in-process; JSON parses, XML has no forbidden characters)', async () => {
    const XML_BAD = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
    for (const name of corpus) {
      for (const format of ['stylish', 'json', 'sarif', 'github', 'rdjson', 'junit']) {
        const r = await runCli(['lint', '--no-config', '--format', format, name], { cwd: dir });
        assert.ok(r.code === 0 || r.code === 1, `${name} ${format}: exit ${r.code} ${r.stderr}`);
        if (format === 'json' || format === 'sarif' || format === 'rdjson') JSON.parse(r.stdout);
        if (format === 'junit') assert.ok(!XML_BAD.test(r.stdout), `${name}: junit output has a character XML 1.0 forbids`);
      }
    }
  });

  it('--fix never loses a byte: undecodable files are untouched, nothing is left behind', async () => {
    for (const name of corpus) {
      const sub = path.join(dir, `fix-${name}`);
      fs.mkdirSync(sub);
      const before = fs.readFileSync(path.join(CORPUS, name));
      fs.writeFileSync(path.join(sub, name), before);
      const r = await runCli(['lint', '--no-config', '--fix', name], { cwd: sub });
      assert.ok(r.code === 0 || r.code === 1, `${name}: exit ${r.code} ${r.stderr}`);
      const after = fs.readFileSync(path.join(sub, name));
      if (/不是有效的 UTF-8/.test(r.stdout)) assert.ok(after.equals(before), `${name}: an undecodable file was rewritten`);
      if (!after.equals(before)) {
        // a fixed file is still UTF-8, keeps its BOM and line ends, and has nothing fixable left
        assert.strictEqual(after.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), before.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), `${name}: BOM`);
        assert.strictEqual((after.toString().match(/\r\n/g) ?? []).length > 0, (before.toString().match(/\r\n/g) ?? []).length > 0, `${name}: line ends`);
        const again = await runCli(['lint', '--no-config', '--fix-dry-run', '--format', 'json', name], { cwd: sub });
        assert.ok(!JSON.parse(again.stdout).some((f: { output?: string }) => f.output !== undefined), `${name}: a second --fix would change it again`);
      }
      assert.deepStrictEqual(fs.readdirSync(sub), [name], `${name}: temporary files left behind`);
    }
    assert.ok(!fs.existsSync('/tmp/huashu-pwned'), 'a YAML tag executed something');
  });

  it('invalid UTF-8 on standard input is a clear error (exit 2), not a silent U+FFFD', () => {
    const r = spawnSync(process.execPath, [DIST_CLI, 'lint', '--stdin', '--fix-dry-run'], { cwd: dir, input: fs.readFileSync(path.join(CORPUS, 'invalid-utf8.huashu.yaml')), encoding: 'utf8', timeout: SMALL.ms });
    assert.strictEqual(r.status, 2, r.stderr);
    assert.match(r.stderr, /标准输入.*不是有效的 UTF-8/);
    assert.strictEqual(r.stdout, '');
  });

  for (const [name, make] of Object.entries(GENERATED)) {
    it(`lints generated ${name}: exit 0/1/2 within ${LARGE.ms} ms and ${LARGE.heapMb} MB of heap`, () => {
      fs.writeFileSync(path.join(dir, name), make());
      const r = cli(['lint', '--no-config', '--format', 'json', name], dir, LARGE);
      assertRun(name, r, LARGE);
      assert.notStrictEqual(r.code, 2, `${name}: ${r.stderr}`);
      const [report] = JSON.parse(r.stdout) as { messages: { message: string; ruleId: string }[] }[];
      if (name !== 'line-3mb-comment.huashu.yaml') assert.ok(report.messages.length > 0, `${name}: a hostile file yields at least one finding`);
      if (name.startsWith('line-3mb-reply') || name.startsWith('line-3mb-qin')) assert.ok(report.messages.some((m) => /超过了检查上限/.test(m.message)), 'over-long agent text is reported, not matched');
      if (name.startsWith('keys-')) assert.ok(report.messages.some((m) => /多个 YAML 文档|同一层里的键重复了/.test(m.message)));
      fs.rmSync(path.join(dir, name));
    });
  }

  it('all of it in one run (folder walk, cross-file duplicate ids) within 120 s', () => {
    const all = path.join(dir, 'all');
    fs.mkdirSync(all);
    for (const name of corpus) fs.copyFileSync(path.join(CORPUS, name), path.join(all, name));
    for (const name of ['scripts-20000.huashu.yaml', 'line-3mb-reply.huashu.yaml', 'deep-flow-seq.huashu.yaml']) fs.writeFileSync(path.join(all, name), GENERATED[name]());
    const r = cli(['lint', '--no-config', '.'], all, { ms: 120000, heapMb: 1536 });
    assertRun('folder', r, { ms: 120000 });
    assert.strictEqual(r.code, 1);
  });
});

describe('hostile configs: a config error (exit 2, one line), never a hang or a load of anything', function () {
  this.timeout(10 * 60 * 1000);
  const LIB = 'huashu: 1\nscripts:\n  - id: a\n    reply: 亲，是快递的问题\n';
  /** A file name long enough that a backtracking glob would take minutes on it. */
  const LONG_NAME = `${'a'.repeat(200)}.huashu.yaml`;
  const cases = fs.readdirSync(CONFIGS).filter((d) => fs.statSync(path.join(CONFIGS, d)).isDirectory()).sort();
  const EXPECT_CONFIG: Record<string, RegExp | undefined> = {
    'redos-globs': /通配符/,
    'extends-external': /只能继承内置预设/,
    'bad-patterns': /短语模式无效/,
    'long-pattern': /短语模式无效：短语模式过长/,
    'wrong-types': /配置错误/,
    'binary': /配置错误/,
    'alias-bomb': /配置错误/,
    'invalid-utf8': /配置错误/,
  };
  let dir: string;
  before(() => { dir = tmp('huashu-hostile-cfg-'); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const GENERATED_CONFIGS: Record<string, () => string> = {
    'too-many-phrases': () => `phrases:\n${Array.from({ length: LIMITS.phrases + 1 }, (_, i) => `  - 禁用语${i}`).join('\n')}\n`,
    'too-many-allow': () => `allow:\n${Array.from({ length: LIMITS.allow + 1 }, (_, i) => `  - 允许${i}`).join('\n')}\n`,
    'pattern-at-limit': () => `phrases:\n  - pattern: "${'(甲|乙)'.repeat(PATTERN_LIMITS.maxGroups)}…{20}丙"\n`,
    'deep-nesting': () => `rules: ${'['.repeat(20000)}${']'.repeat(20000)}\n`,
    'huge-globs': () => `ignore:\n${Array.from({ length: 600 }, (_, i) => `  - "**/*x${i}*"`).join('\n')}\noverrides:\n${Array.from({ length: 250 }, () => '  - files: ["**/*a*b*"]\n    rules: {no-blame-courier: off}').join('\n')}\n`,
  };
  const all = [...cases.map((c) => [c, undefined] as const), ...Object.entries(GENERATED_CONFIGS)];

  for (const [name, make] of all) {
    it(`config ${name}`, () => {
      const ws = path.join(dir, name);
      if (make) { fs.mkdirSync(ws); fs.writeFileSync(path.join(ws, 'huashu.config.yaml'), make()); } else fs.cpSync(path.join(CONFIGS, name), ws, { recursive: true });
      fs.writeFileSync(path.join(ws, LONG_NAME), LIB);
      const marker = path.join(ws, 'EXECUTED');
      const r = cli(['lint'], ws, SMALL);
      assertRun(name, r, SMALL);
      assert.ok(!fs.existsSync(marker), `${name}: something from the workspace was executed`);
      const want = EXPECT_CONFIG[name];
      if (want) {
        assert.strictEqual(r.code, 2, `${name}: ${r.stdout}${r.stderr}`);
        assert.match(r.stderr, want);
        const last = r.stderr.trim().split('\n').pop()!;
        assert.match(last, /^huashu：配置错误：\S+:\d+:\d+ /, 'the last line names the config file and position');
      }
      if (name === 'too-many-phrases' || name === 'too-many-allow' || name === 'huge-globs') {
        assert.strictEqual(r.code, 2);
        assert.match(r.stderr, /最多/);
      }
      if (name === 'pattern-at-limit') assert.strictEqual(r.code, 1, r.stderr);
    });
  }
});

describe('hostile inputs: language server (dist/server.js --stdio subprocess)', function () {
  this.timeout(30 * 60 * 1000);
  let ws: string;
  let server: ServerProcess;
  const corpus = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.huashu.yaml')).sort();

  before(async () => {
    ws = tmp('huashu-hostile-lsp-');
    fs.cpSync(CORPUS, ws, { recursive: true });
    // a config with ReDoS globs and bad phrases in the workspace root: reported, never a hang
    fs.cpSync(path.join(CONFIGS, 'redos-globs', 'huashu.config.yaml'), path.join(ws, 'huashu.config.yaml'));
    server = await ServerProcess.start({ rootUri: pathToFileURL(ws).href, nodeArgs: ['--max-old-space-size=1024'] });
  });
  after(async () => {
    const code = await server.stop();
    fs.rmSync(ws, { recursive: true, force: true });
    assert.strictEqual(code, 0, `server exit code after shutdown\n${server.stderr.slice(-2000)}`);
  });

  async function exercise(uri: string, text: string, ms: number): Promise<void> {
    await server.open(uri, text);
    const p = await server.diagnostics(uri, () => true, ms);
    assert.ok(Array.isArray(p.diagnostics));
    const lines = text.split(/\r\n|\r|\n/);
    for (const d of p.diagnostics) {
      assert.ok(d.range.start.line < lines.length && d.range.end.line < lines.length, `${uri}: diagnostic beyond the last line`);
      assert.ok(typeof d.message === 'string' && d.message.length > 0);
    }
    const doc = { textDocument: { uri } };
    const mid = { line: Math.floor(lines.length / 2), character: 0 };
    const full = { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } };
    await server.request('textDocument/hover', { ...doc, position: mid }, ms);
    await server.request('textDocument/completion', { ...doc, position: { line: 0, character: 0 } }, ms);
    await server.request('textDocument/documentSymbol', doc, ms);
    await server.request('textDocument/foldingRange', doc, ms);
    await server.request('textDocument/codeLens', doc, ms);
    await server.request('textDocument/semanticTokens/full', doc, ms);
    await server.request('textDocument/codeAction', { ...doc, range: full, context: { diagnostics: p.diagnostics, only: ['quickfix', 'source.fixAll'] } }, ms);
    await server.request('huashu/documentScripts', { uri }, ms);
    // an edit at the end still works
    await server.change(uri, [{ range: { start: full.end, end: full.end }, text: '\n# edited\n' }]);
    // (linted: published, or not sent again when the list is the one held, in place)
    await server.held(uri, 2, ms);
    await server.close(uri);
    assert.ok(server.alive, `${uri}: the server died`);
  }

  for (const name of corpus) {
    it(`opens ${name}: diagnostics and every request answered within ${SMALL.ms} ms`, async () => {
      // what an editor sends: the file decoded as UTF-8 (invalid bytes become U+FFFD)
      const text = fs.readFileSync(path.join(ws, name)).toString('utf8');
      await exercise(pathToFileURL(path.join(ws, name)).href, text, SMALL.ms);
    });
  }

  for (const name of Object.keys(GENERATED)) {
    it(`opens generated ${name}: within ${LARGE.ms} ms`, async () => {
      await exercise(`untitled:${name}`, GENERATED[name](), LARGE.ms);
    });
  }

  it('reports the hostile workspace config on the config file, and is still alive', async () => {
    const cfgUri = pathToFileURL(path.join(ws, 'huashu.config.yaml')).href;
    const p = await server.diagnostics(cfgUri, (x) => x.diagnostics.length > 0, SMALL.ms);
    assert.ok(p.diagnostics.some((d) => /通配符/.test(String(d.message))));
    assert.ok(server.alive);
    const uri = 'untitled:final.huashu.yaml';
    await server.open(uri, 'huashu: 1\nscripts:\n  - id: a\n    reply: 亲，是快递的问题\n');
    const d = await server.diagnostics(uri, () => true, SMALL.ms);
    assert.ok(d.diagnostics.some((x) => x.code === 'no-blame-courier'));
  });
});
