#!/usr/bin/env node
/**
 * Latency of the language server from `didChange` to diagnostics, typing in the middle of a
 * library of 100, 1,000 and 5,000 generated scripts. Spawns dist/server.js over stdio.
 *
 *   node scripts/build.mjs && node bench/lsp-latency.mjs [--sizes 100,1000,5000] [--keys 200] [--mode push|pull|both]
 *       [--runs 3] [--full] [--edit type|line|script] [--server dist/server.js] [--prof DIR] [--json]
 *
 * cold: from spawning the server process to the first diagnostics (initialize, didOpen included).
 * open: from didOpen to the first diagnostics.
 * push: debounce set to 0 (initializationOptions), time until publishDiagnostics for the new version.
 * pull: didChange then textDocument/diagnostic, time until the response.
 * --runs: each size and mode is measured in that many fresh server processes; the table shows the
 *   median over the runs of each statistic (the machine may be shared: look at the load average).
 * --edit: `type` inserts and deletes one character inside a reply (default); `line` inserts and
 *   deletes a whole line (the line count changes); `script` inserts and deletes a whole script item.
 * --full: disable the incremental path (lint the whole document on every change) for comparison.
 * --prof DIR: run the server with --cpu-prof, profiles written to DIR.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';

const require = createRequire(import.meta.url);
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');
const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : def; };
const sizes = opt('sizes', '100,1000,5000').split(',').map(Number);
const keys = Number(opt('keys', '200'));
const runs = Number(opt('runs', '3'));
const modes = opt('mode', 'both') === 'both' ? ['push', 'pull'] : [opt('mode', 'push')];
const full = args.includes('--full');
const editKind = opt('edit', 'type');
const serverJs = resolve(root, opt('server', 'dist/server.js'));
const prof = opt('prof', undefined);
const asJson = args.includes('--json');

// ---- synthetic library (no corpus text: replies are assembled from short generic parts; about one
// script in twenty carries a problem, the rest is clean as in a maintained library)
const REPLY = {
  opening: ['亲,您好{顾客},我是客服小美,很高兴为您服务,请问有什么可以帮您?', '您好{顾客},我是客服小新,欢迎光临本店,请问有什么可以帮您?'],
  inquiry: ['好的亲,麻烦您提供一下订单号{单号},我这边马上为您查询', '好的,请您提供一下收货手机号,我这边帮您核实一下'],
  handling: ['亲,已经为您查询到了,正常情况下订单明天会发出,现在下单还有优惠哦', '亲,已经为您备注好了,仓库会优先为您安排,现在下单还有优惠哦'],
  closing: ['感谢您的耐心等待,请问还有其他可以帮您的吗?祝您生活愉快,现在下单还有优惠哦', '感谢您的支持,请问还有其他可以帮您的吗?祝您生活愉快,现在下单还有优惠哦'],
};
const BAD = ['是快递给发错地方了哦', '这个不归我们管', '亲爱的,肯定没问题'];
const SCEN = ['pre-sales', 'in-sales', 'after-sales', 'logistics', 'complaint'];
const STAGE = ['opening', 'inquiry', 'handling', 'closing'];

function library(n) {
  const L = ['huashu: 1', 'shop: 示例店', 'platform: taobao', 'variables:', '  顾客: 买家昵称', '  单号: 订单号', 'scripts:'];
  for (let i = 0; i < n; i++) {
    const scenario = SCEN[i % SCEN.length];
    const stage = STAGE[Math.floor(i / SCEN.length) % STAGE.length];
    let reply = REPLY[stage][i % 2];
    if (scenario === 'complaint') reply = `非常抱歉给您带来不便,${reply}`;
    if (i % 20 === 7) reply += `,${BAD[i % BAD.length]}`;
    L.push(`  - id: s${i}`, `    title: 话术 ${i}`, `    scenario: ${scenario}`, `    stage: ${stage}`, `    customer: 问题 ${i}`, `    reply: "${reply}"`);
  }
  return L.join('\n') + '\n';
}

function pct(xs, p) { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; }

async function run(n, mode) {
  const text = library(n);
  const tCold = performance.now();
  const nodeArgs = prof ? ['--cpu-prof', '--cpu-prof-dir', prof] : [];
  const child = spawn(process.execPath, [...nodeArgs, serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = new Map();
  // a version's publish, or (the server does not publish the list the client holds again, where
  // the edits left it in place) the server's word that it has linted the version
  let lastPublished;
  conn.onNotification('textDocument/publishDiagnostics', (p) => { lastPublished = p; const w = waiters.get(p.version); if (w) { waiters.delete(p.version); w(p); } });
  conn.onNotification('huashu/documentChanged', (p) => { const w = waiters.get(p.version); if (w && lastPublished) { waiters.delete(p.version); w(lastPublished); } });
  conn.onNotification('window/logMessage', () => {});
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('workspace/diagnostic/refresh', () => null);
  conn.listen();
  // what VS Code's language client declares for diagnostics (links and tags: the server sends
  // only what a client declares), plus pull diagnostics in pull mode
  const publishDiagnostics = { relatedInformation: true, versionSupport: false, tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true, dataSupport: true };
  const caps = { textDocument: mode === 'pull' ? { publishDiagnostics, diagnostic: {} } : { publishDiagnostics } };
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: caps, initializationOptions: { debounceMs: 0, incremental: !full } });
  await conn.sendNotification('initialized', {});
  const uri = `untitled:bench-${n}.huashu.yaml`;
  const lines = text.split('\n');
  const mid = lines.findIndex((l) => l === `  - id: s${Math.floor(n / 2)}`) + 5;
  const col = lines[mid].indexOf('"') + 4;
  let version = 1;
  const diagnosed = (v) => new Promise((res) => waiters.set(v, res));
  let t0 = performance.now();
  const first = diagnosed(1);
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'huashu', version, text } });
  let openMs;
  let count;
  if (mode === 'push') { const p = await first; openMs = performance.now() - t0; count = p.diagnostics.length; }
  else { const r = await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } }); openMs = performance.now() - t0; count = r.items.length; }
  const coldMs = performance.now() - tCold;
  const times = [];
  const at = (line, character) => ({ line, character });
  const item = `  - id: extra\n    title: 新话术\n    scenario: logistics\n    stage: handling\n    customer: 到哪了\n    reply: "是快递给发错地方了哦"\n`;
  for (let k = 0; k < keys + 5; k++) {
    version++;
    const insert = k % 2 === 0;
    let change;
    if (editKind === 'line') {
      change = insert ? { range: { start: at(mid + 1, 0), end: at(mid + 1, 0) }, text: '    notes: 备注\n' } : { range: { start: at(mid + 1, 0), end: at(mid + 2, 0) }, text: '' };
    } else if (editKind === 'script') {
      change = insert ? { range: { start: at(mid + 1, 0), end: at(mid + 1, 0) }, text: item } : { range: { start: at(mid + 1, 0), end: at(mid + 7, 0) }, text: '' };
    } else {
      change = insert ? { range: { start: at(mid, col), end: at(mid, col) }, text: '好' } : { range: { start: at(mid, col), end: at(mid, col + 1) }, text: '' };
    }
    t0 = performance.now();
    if (mode === 'push') {
      const got = diagnosed(version);
      await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      await got;
    } else {
      await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    }
    if (k >= 5) times.push(performance.now() - t0);
  }
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  conn.dispose();
  // the server exits on `exit` (needed for --cpu-prof to write its profile); kill it if it lingers
  await new Promise((res) => { const t = setTimeout(() => child.kill(), 3000); child.once('exit', () => { clearTimeout(t); res(); }); });
  return { n, mode, chars: text.length, diagnostics: count, coldMs, openMs, p50: pct(times, 50), p95: pct(times, 95), p99: pct(times, 99), max: Math.max(...times) };
}

function median(xs) { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; }

const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
if (!asJson) {
  console.log(`huashu-language-server latency, didChange → diagnostics, ${keys} edits (${editKind}) in the middle of the file, median of ${runs} run(s)${full ? ' (incremental path disabled)' : ''}`);
  console.log(`load average before: ${load()}`);
  console.log('scripts  mode  size(KB)  diags  cold(ms)  open(ms)  p50(ms)  p95(ms)  p99(ms)  max(ms)');
}
const all = [];
for (const n of sizes) {
  for (const mode of modes) {
    const rs = [];
    for (let i = 0; i < runs; i++) rs.push(await run(n, mode));
    const m = (k) => median(rs.map((r) => r[k]));
    const r = { n, mode, chars: rs[0].chars, diagnostics: rs[0].diagnostics, coldMs: m('coldMs'), openMs: m('openMs'), p50: m('p50'), p95: m('p95'), p99: m('p99'), max: m('max') };
    all.push(r);
    if (!asJson) console.log(`${String(r.n).padStart(7)}  ${r.mode.padEnd(4)}  ${(r.chars / 1024).toFixed(0).padStart(8)}  ${String(r.diagnostics).padStart(5)}  ${r.coldMs.toFixed(0).padStart(8)}  ${r.openMs.toFixed(0).padStart(8)}  ${r.p50.toFixed(1).padStart(7)}  ${r.p95.toFixed(1).padStart(7)}  ${r.p99.toFixed(1).padStart(7)}  ${r.max.toFixed(1).padStart(7)}`);
  }
}
if (asJson) console.log(JSON.stringify({ keys, runs, edit: editKind, full, load: loadavg(), results: all }, null, 2));
else console.log(`load average after: ${load()}`);
