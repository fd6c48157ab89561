#!/usr/bin/env node
/**
 * The language server's workspace diagnostics on a workspace of corpus libraries (the 100-file
 * library of bench/lib/corpus.mjs): VS Code's client pulls `workspace/diagnostic` every two
 * seconds with the result ids it holds, so what an idle pull and a pull after an edit cost is
 * what the editor pays all the time.
 *   node bench/lsp-workspace.mjs [--scripts 30000] [--server FILE] [--node FILE] [--shards 8]
 * With --shards, as the VS Code extension: the open library's diagnostics are pulled in shards, and
 * the id sent back for it in the workspace pulls is its first shard's (vscode-languageclient sends
 * the id of the document's own pull for a document it pulls itself).
 * Each pull sends a partial result token, as VS Code's client does. Prints, for each pull: the time
 * until the answer, until the first findings (in a partial result or the answer), the reports
 * that came as partial results, the files, how many came in full and the reports' size:
 *   first (everything linted), idle (nothing changed), after opening a library, after adding a
 *   line at the top of the open library (every id in it moves), idle again; then the server's
 *   peak RSS over the session.
 */
import './lib/clean-env.mjs';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { prepare, ROOT } from './lib/corpus.mjs';

const require = createRequire(import.meta.url);
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter, WorkspaceDiagnosticRequest } = require('vscode-languageserver-protocol/node');

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : def; };
const n = Number(opt('scripts', '30000'));
const serverFile = path.resolve(ROOT, opt('server', 'dist/server.js'));
const nodeFile = opt('node', process.execPath);
const shards = Number(opt('shards', '1'));

const { splitDir, parts } = prepare(n);
// the server's peak RSS over the session, written at its exit (bench/lib/rss-hook.cjs)
const rssFile = path.join(os.tmpdir(), `huashu-ws-rss-${process.pid}.txt`);
const child = spawn(nodeFile, ['--require', path.join(ROOT, 'bench/lib/rss-hook.cjs'), serverFile, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'], env: { ...process.env, HUASHU_BENCH_RSS: rssFile } });
const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
conn.onRequest('client/registerCapability', () => null);
conn.onRequest('workspace/diagnostic/refresh', () => null);
conn.onRequest('workspace/configuration', (p) => p.items.map(() => null));
conn.onNotification(() => {});
conn.listen();
// what VS Code's client declares for pull diagnostics
await conn.sendRequest('initialize', {
  processId: process.pid, rootUri: pathToFileURL(splitDir).href, workspaceFolders: [{ uri: pathToFileURL(splitDir).href, name: 'bench' }],
  capabilities: { textDocument: { diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false } }, workspace: { diagnostics: { refreshSupport: true } } },
  initializationOptions: { debounceMs: 0, ...(shards > 1 ? { diagnosticShards: shards } : {}) },
});
conn.sendNotification('initialized', {});

let held = [];
/** The open library's own pull of its first shard (with --shards): the id sent back for it. */
const ownPull = new Map();
const rows = [];
let pulls = 0;
async function pull(what) {
  // a partial result token, as VS Code's client sends: the server may send reports as it makes them
  const partialResultToken = `bench-${++pulls}`;
  const partials = [];
  let firstMs;
  const t = performance.now();
  const progress = conn.onProgress(WorkspaceDiagnosticRequest.partialResult, partialResultToken, (p) => {
    if (firstMs === undefined && p.items.some((i) => i.kind === 'full' && i.items.length)) firstMs = performance.now() - t;
    partials.push(...p.items);
  });
  const r = await conn.sendRequest('workspace/diagnostic', { previousResultIds: held.map((i) => ({ uri: i.uri, value: ownPull.get(i.uri) ?? i.resultId })), partialResultToken });
  const ms = performance.now() - t;
  progress.dispose();
  const items = [...partials, ...r.items];
  if (firstMs === undefined && items.some((i) => i.kind === 'full' && i.items.length)) firstMs = ms;
  held = items.map((i) => (i.kind === 'unchanged' ? held.find((h) => h.uri === i.uri) ?? i : i));
  const row = { pull: what, ms: +ms.toFixed(1), firstMs: firstMs === undefined ? null : +firstMs.toFixed(1), partials: partials.length ? partials.length : 0, files: items.length, full: items.filter((i) => i.kind === 'full').length, kb: Math.round(JSON.stringify(items).length / 1024) };
  rows.push(row);
  console.log(JSON.stringify(row));
}

await pull('first');
await pull('idle');
const uri = pathToFileURL(parts[0]).href;
const text = fs.readFileSync(parts[0], 'utf8');
conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'huashu', version: 1, text } });
/** The open library's pulls: one report, or one per shard (the first's id kept for the workspace pulls). */
async function pullOpen() {
  if (shards <= 1) { await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } }); return; }
  const rs = await Promise.all(Array.from({ length: shards }, (_, k) => conn.sendRequest('textDocument/diagnostic', { textDocument: { uri }, identifier: k ? `huashu.${k}` : 'huashu' })));
  ownPull.set(uri, rs[0].resultId);
}
await pullOpen();
await pull('after opening a library');
await pull('idle, the library open');
conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '# 备注\n' }] });
await pullOpen();
await pull('after a line added at its top');
await pull('idle');
await conn.sendRequest('shutdown');
await conn.sendNotification('exit');
await new Promise((res) => { const t = setTimeout(() => child.kill(), 3000); child.once('exit', () => { clearTimeout(t); res(); }); });
conn.dispose();
try {
  // (MB of 10^6 bytes, as bench/lib/measure.mjs gives them; maxRSS is in KiB)
  console.log(JSON.stringify({ serverPeakRssMB: +((Number(fs.readFileSync(rssFile, 'utf8')) * 1024) / 1e6).toFixed(1) }));
  fs.rmSync(rssFile);
} catch { /* the server did not exit by itself: no peak to report */ }
