/**
 * Injected faults:
 * - a rule that throws (in-process server and CLI): that rule is skipped and logged, every other
 *   rule's findings are still delivered;
 * - a config file that becomes invalid while open (on disk and in its open buffer): a diagnostic
 *   on the config file, linting goes on with the last good config;
 * - library and config files deleted or renamed while open (didChangeWatchedFiles);
 * - the server process killed (SIGKILL): a new process re-lints the same documents to the same
 *   diagnostics (restarting is the client's job: vscode-languageclient's default error handler
 *   restarts a crashed server, and `huashu.restartServer` does it on demand);
 * - `--fix` whose write fails (an fs stub in-process; RLIMIT_FSIZE on a subprocess, which stops
 *   writes even as root): exit 2, the original untouched, no temporary file left behind.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { pathToFileURL } from 'url';
import { FileChangeType } from 'vscode-languageserver-protocol/node';
import { ALL_RULES, RuleModule, lintText } from '../../server/src/engine';
import { runCli } from '../cli/helpers';
import { TestClient } from '../lsp/client';
import { CONFIG, LIB, makeWorkspace, Workspace } from '../lsp/fixtures';
import { DIST_CLI, ServerProcess, within } from './server-process';

const T = 20000;
const codes = (ds: { code?: string | number }[]): string[] => [...new Set(ds.map((d) => String(d.code)))].sort();

/** Replaces a rule's `check` (and `checkLibrary`) with one that throws, until restored. */
function breakRule(id: string): () => void {
  const rule = ALL_RULES.find((r) => r.meta.id === id) as RuleModule & Record<string, unknown>;
  const saved = { check: rule.check, checkLibrary: rule.checkLibrary };
  rule.check = () => { throw new Error(`injected fault in ${id}`); };
  if (saved.checkLibrary) rule.checkLibrary = () => { throw new Error(`injected fault in ${id}`); };
  return () => { rule.check = saved.check; rule.checkLibrary = saved.checkLibrary; };
}

describe('faults: a rule that throws', function () {
  this.timeout(60000);
  let ws: Workspace;
  let restore: (() => void)[] = [];
  beforeEach(() => { ws = makeWorkspace(); });
  afterEach(() => { for (const r of restore) r(); restore = []; fs.rmSync(ws.root, { recursive: true, force: true }); });

  it('engine: the broken rules are recorded, the others still report', () => {
    const before = lintText(LIB);
    restore.push(breakRule('no-blame-courier'), breakRule('service-flow-complete'));
    const r = lintText(LIB);
    assert.deepStrictEqual([...new Set(r.ruleErrors.map((e) => e.ruleId))].sort(), ['no-blame-courier', 'service-flow-complete']);
    const rest = (x: typeof r) => x.findings.filter((f) => f.ruleId !== 'no-blame-courier' && f.ruleId !== 'service-flow-complete').map((f) => `${f.ruleId}@${f.start}`);
    assert.deepStrictEqual(rest(r), rest(before));
  });

  it('language server: logs the broken rule once and still publishes every other finding', async () => {
    const client = await TestClient.start({ rootUri: ws.rootUri });
    try {
      restore.push(breakRule('no-blame-courier'));
      await client.open(ws.libUri, LIB);
      const p = await within(client.diagnostics(ws.libUri, 1), T, 'diagnostics');
      const got = codes(p.diagnostics);
      assert.ok(!got.includes('no-blame-courier'));
      for (const c of ['unknown-key', 'undeclared-variable', 'team-forbidden-phrase']) assert.ok(got.includes(c), `${c} still reported: ${got}`);
      const log = await within(client.log((l) => /no-blame-courier/.test(l.message) && /injected fault/.test(l.message)), T, 'log');
      assert.strictEqual(log.type, 1, 'logged as an error');
      // more edits: still linting, the fault is not logged again for every keystroke
      for (let i = 0; i < 5; i++) { const v = await client.change(ws.libUri, LIB + `# ${i}\n`); await within(client.diagnostics(ws.libUri, v), T, 'relint'); }
      assert.strictEqual(client.logs.filter((l) => /injected fault/.test(l.message)).length, 1, 'logged once per rule and error');
      const hover = await within(client.request('textDocument/hover', { textDocument: { uri: ws.libUri }, position: { line: 10, character: 14 } }), T, 'hover');
      assert.ok(hover !== undefined);
    } finally { await client.stop(); }
  });

  it('CLI: one line on stderr, the exit code reflects the other findings (not 2)', async () => {
    restore.push(breakRule('no-blame-courier'));
    const r = await runCli(['lint', '--no-config', 'lib.huashu.yaml'], { cwd: ws.root });
    assert.strictEqual(r.code, 1);
    assert.match(r.stderr, /规则 no-blame-courier 在 lib\.huashu\.yaml 上运行出错，已跳过这条规则/);
    assert.match(r.stdout, /unknown-key/);
    assert.ok(!/no-blame-courier/.test(r.stdout));
  });
});

describe('faults: configs and files changing under an open document', function () {
  this.timeout(60000);
  let ws: Workspace;
  let client: TestClient;
  beforeEach(async () => {
    ws = makeWorkspace();
    client = await TestClient.start({ rootUri: ws.rootUri });
    await client.server.whenScanned();
  });
  afterEach(async () => { await client.stop(); fs.rmSync(ws.root, { recursive: true, force: true }); });

  const watched = (changes: { uri: string; type: FileChangeType }[]): Promise<void> => client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes });
  const hasTeam = (p: { diagnostics: { code?: string | number }[] }): boolean => p.diagnostics.some((d) => d.code === 'team-forbidden-phrase');

  it('a config that becomes invalid on disk: a diagnostic on it, linting goes on with the last good config', async () => {
    await client.open(ws.libUri, LIB);
    assert.ok(hasTeam(await within(client.diagnostics(ws.libUri, 1), T, 'first')));
    fs.writeFileSync(ws.config, 'phrases: [\n  - pattern: 亲爱的\nrules: {{{\n');
    await watched([{ uri: ws.configUri, type: FileChangeType.Changed }]);
    const cfg = await within(client.diagnostics(ws.configUri, undefined, (p) => p.diagnostics.length > 0), T, 'config diagnostics');
    assert.ok(cfg.diagnostics.some((d) => d.severity === 1), 'an error on the config file');
    const v = await client.change(ws.libUri, LIB + '# edit\n');
    assert.ok(hasTeam(await within(client.diagnostics(ws.libUri, v), T, 'relint')), 'the last good config (team phrase) still applies');
    // repaired without the phrase: the team finding goes
    fs.writeFileSync(ws.config, 'rules:\n  concise-reply: off\n');
    await watched([{ uri: ws.configUri, type: FileChangeType.Changed }]);
    await within(client.diagnostics(ws.configUri, undefined, (p) => p.diagnostics.length === 0), T, 'config clean');
    const v2 = await client.change(ws.libUri, LIB + '# edit 2\n');
    assert.ok(!hasTeam(await within(client.diagnostics(ws.libUri, v2), T, 'relint 2')));
  });

  it('a config open in the editor and edited into garbage: diagnostics from the buffer, nothing breaks', async () => {
    await client.open(ws.libUri, LIB);
    await client.open(ws.configUri, CONFIG, 'yaml');
    for (const bad of ['phrases: [', '\u0000\u0001binary', 'rules: ' + '['.repeat(5000), 'ignore: ["*a*a*a*a*a*a*a*a*a*c"]', 'extends: ./evil.js']) {
      await client.change(ws.configUri, bad);
      const p = await within(client.diagnostics(ws.configUri, undefined, (x) => x.diagnostics.length > 0), T, `config buffer ${bad.slice(0, 20)}`);
      assert.ok(p.diagnostics.length > 0);
      client.published.length = 0;
    }
    const v = await client.change(ws.libUri, LIB + '# still alive\n');
    await within(client.diagnostics(ws.libUri, v), T, 'library still linted');
  });

  it('a library deleted, then renamed, while open: the buffer is still linted; closing clears its diagnostics', async () => {
    await client.open(ws.libUri, LIB);
    await within(client.diagnostics(ws.libUri, 1), T, 'open');
    fs.rmSync(ws.lib);
    await watched([{ uri: ws.libUri, type: FileChangeType.Deleted }]);
    const v = await client.change(ws.libUri, LIB.replace('    repyl: x\n', ''));
    const p = await within(client.diagnostics(ws.libUri, v), T, 'lint after delete');
    assert.ok(!p.diagnostics.some((d) => d.code === 'unknown-key'));
    // the other file is renamed on disk while the library is open
    const renamed = path.join(ws.root, 'sub', 'renamed.huashu.yaml');
    fs.renameSync(ws.other, renamed);
    await watched([{ uri: ws.otherUri, type: FileChangeType.Deleted }, { uri: pathToFileURL(renamed).href, type: FileChangeType.Created }]);
    await within(client.diagnostics(pathToFileURL(renamed).href), T, 'renamed file linted');
    // the deleted library is closed: its diagnostics are cleared, nothing is read from the missing file
    client.published.length = 0;
    await client.close(ws.libUri);
    const cleared = await within(client.diagnostics(ws.libUri, undefined, (x) => x.diagnostics.length === 0), T, 'cleared');
    assert.deepStrictEqual(cleared.diagnostics, []);
  });

  it('the config deleted while open: linting falls back to the defaults', async () => {
    await client.open(ws.libUri, LIB);
    assert.ok(hasTeam(await within(client.diagnostics(ws.libUri, 1), T, 'open')));
    fs.rmSync(ws.config);
    await watched([{ uri: ws.configUri, type: FileChangeType.Deleted }]);
    const v = await client.change(ws.libUri, LIB + '# x\n');
    assert.ok(!hasTeam(await within(client.diagnostics(ws.libUri, v), T, 'defaults')));
  });

  it('the whole workspace folder deleted while documents are open', async () => {
    await client.open(ws.libUri, LIB);
    await within(client.diagnostics(ws.libUri, 1), T, 'open');
    fs.rmSync(ws.root, { recursive: true, force: true });
    await watched([{ uri: ws.libUri, type: FileChangeType.Deleted }, { uri: ws.configUri, type: FileChangeType.Deleted }, { uri: ws.otherUri, type: FileChangeType.Deleted }]);
    const v = await client.change(ws.libUri, LIB + '# gone\n');
    await within(client.diagnostics(ws.libUri, v), T, 'lint without a folder');
    await client.close(ws.libUri);
    await within(client.request('textDocument/hover', { textDocument: { uri: ws.libUri }, position: { line: 0, character: 0 } }), T, 'hover after all that');
  });
});

describe('faults: the server process is killed', function () {
  this.timeout(120000);

  it('a new process re-lints the open documents to the same diagnostics', async () => {
    const ws = makeWorkspace();
    try {
      const docs = [[ws.libUri, LIB], ['untitled:a.huashu.yaml', 'huashu: 1\nscripts:\n  - id: u\n    reply: 亲，是快递的问题\n']] as const;
      const first = await ServerProcess.start({ rootUri: ws.rootUri });
      const before: Record<string, string[]> = {};
      for (const [uri, text] of docs) { await first.open(uri, text); before[uri] = (await first.diagnostics(uri, () => true, T)).diagnostics.map((d) => JSON.stringify(d)).sort(); }
      first.kill('SIGKILL');
      await within(first.exited, T, 'killed');
      assert.strictEqual(first.exitSignal, 'SIGKILL');
      first.conn.dispose();
      // what the client does after a crash: start again, initialize, re-open every document
      const second = await ServerProcess.start({ rootUri: ws.rootUri });
      try {
        for (const [uri, text] of docs) {
          await second.open(uri, text);
          const after = (await second.diagnostics(uri, (p) => p.diagnostics.length === before[uri].length, T)).diagnostics.map((d) => JSON.stringify(d)).sort();
          assert.deepStrictEqual(after, before[uri], uri);
        }
      } finally { assert.strictEqual(await second.stop(), 0); }
    } finally { fs.rmSync(ws.root, { recursive: true, force: true }); }
  });

  it('a server whose client disappears (stdin closed) exits instead of lingering', async () => {
    const s = await ServerProcess.start();
    s.child.stdin!.end();
    await within(s.exited, T, 'exit after stdin closed');
    s.conn.dispose();
  });
});

describe('faults: --fix whose write fails', function () {
  this.timeout(60000);
  const FIXABLE = 'huashu: 1\nscripts:\n  - id: a\n    reply: 亲爱的,您好\n';
  const CFG = 'phrases:\n  - pattern: 亲爱的\n    replacement: 您\n';
  /** The real module object (the compiled code reads its functions at call time). */
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const realFs = require('fs') as Record<string, unknown>;
  let dir: string;
  let file: string;
  let saved: Record<string, unknown> = {};
  const orig = <F>(name: string): F => (saved[name] ?? realFs[name]) as F;
  function stub(name: string, impl: unknown): void {
    if (!(name in saved)) saved[name] = realFs[name];
    realFs[name] = impl;
  }
  const unstub = (): void => { Object.assign(realFs, saved); saved = {}; };
  const err = (code: string, m: string): Error => Object.assign(new Error(`${code}: ${m}`), { code });
  beforeEach(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'huashu-fixfail-')));
    file = path.join(dir, 'lib.huashu.yaml');
    fs.writeFileSync(path.join(dir, 'huashu.config.yaml'), CFG);
    fs.writeFileSync(file, FIXABLE);
  });
  afterEach(() => { unstub(); fs.rmSync(dir, { recursive: true, force: true }); });

  it('sanity: without a fault --fix writes the fix', async () => {
    const r = await runCli(['lint', '--fix'], { cwd: dir });
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    assert.match(fs.readFileSync(file, 'utf8'), /reply: 您,您好/);
  });

  const writeFile = (f: unknown, ...rest: unknown[]): unknown => orig<(...a: unknown[]) => unknown>('writeFileSync')(f, ...rest);
  const FAULTS: [string, () => void, string?][] = [
    ['the rename fails (EACCES)', () => stub('renameSync', () => { throw err('EACCES', 'permission denied, rename'); })],
    ['the temporary file cannot be created (EROFS)', () => stub('openSync', (f: unknown, ...rest: unknown[]) => {
      if (String(f).endsWith('.tmp')) throw err('EROFS', 'read-only file system');
      return orig<(...a: unknown[]) => unknown>('openSync')(f, ...rest);
    })],
    ['the disk fills up half-way through the temporary file (ENOSPC)', () => {
      // the temporary file is written in pieces through its descriptor: its first 10 bytes go in
      let tmpFd = -1;
      stub('openSync', (f: unknown, ...rest: unknown[]) => {
        const fd = orig<(...a: unknown[]) => number>('openSync')(f, ...rest);
        if (String(f).endsWith('.tmp')) tmpFd = fd;
        return fd;
      });
      stub('writeSync', (fd: number, ...rest: unknown[]) => {
        const write = orig<(...a: unknown[]) => number>('writeSync');
        if (fd !== tmpFd) return write(fd, ...rest);
        const [buf, off] = rest as [Buffer, number | undefined];
        write(fd, buf, off ?? 0, 10);
        throw err('ENOSPC', 'no space left on device');
      });
    }],
    ['the target is replaced by a folder before the rename', () => stub('renameSync', (a: string, b: string) => {
      const before = fs.readFileSync(b);
      fs.rmSync(b); fs.mkdirSync(b);
      try { orig<typeof fs.renameSync>('renameSync')(a, b); } finally { fs.rmdirSync(b); fs.writeFileSync(b, before); }
    })],
    ['another program changes the file between reading and writing', () => {
      // the file is read a piece at a time (node/utf8.ts, readUtf8): changed once its first read is closed
      let opened: number | undefined;
      let reads = 0;
      stub('openSync', (p: unknown, ...rest: unknown[]) => {
        const fd = orig<(...a: unknown[]) => number>('openSync')(p, ...rest);
        if (String(p) === file && ++reads === 1) opened = fd;
        return fd;
      });
      stub('closeSync', (fd: number) => {
        orig<(fd: number) => void>('closeSync')(fd);
        if (fd === opened) { opened = undefined; writeFile(file, FIXABLE + '# edited meanwhile\n'); }
      });
    }, FIXABLE + '# edited meanwhile\n'],
  ];
  for (const [what, inject, expected] of FAULTS) {
    it(`${what}: exit 2, the original untouched, no temporary file left`, async () => {
      inject();
      let r;
      try { r = await runCli(['lint', '--fix'], { cwd: dir }); } finally { unstub(); }
      assert.strictEqual(r.code, 2, `${r.stdout}\n${r.stderr}`);
      assert.match(r.stderr, /无法写回 1 个文件的修复结果.*原文件未改动/);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), expected ?? FIXABLE, 'the original is untouched');
      assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['huashu.config.yaml', 'lib.huashu.yaml'], 'no temporary file left');
    });
  }

  it('subprocess: a file-size limit (RLIMIT_FSIZE) stops the write even as root: exit 2, original untouched', function () {
    const big = FIXABLE + Array.from({ length: 400 }, (_, i) => `  - id: b${i}\n    reply: 亲爱的,您好 ${i}\n`).join('');
    fs.writeFileSync(file, big);
    // ulimit -f counts 1024-byte blocks: reading is fine, writing the 30 KB temporary file is not
    const r = spawnSync('sh', ['-c', `ulimit -f 8 && exec "${process.execPath}" "${DIST_CLI}" lint --fix lib.huashu.yaml`], { cwd: dir, encoding: 'utf8', timeout: 30000 });
    assert.ifError(r.error);
    assert.strictEqual(r.status, 2, `${r.signal} ${r.stderr}`);
    assert.match(r.stderr, /无法写回/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), big);
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['huashu.config.yaml', 'lib.huashu.yaml']);
  });
});
