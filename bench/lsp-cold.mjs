#!/usr/bin/env node
/**
 * The language server's cold start, builds side by side: each round starts every given server
 * bundle once (interleaved, so that a busy moment of the machine falls on all of them alike) and
 * times, as VS Code's client meets them, spawn → `initialize` answered (Node's start-up and loading
 * the server), `didOpen` → the first byte of what the server writes next (the first lint), that
 * byte → the pulled report fully received (the report's making, encoding and transfer) and → parsed.
 * The client declares what VS Code's does (pulled diagnostics, `workspace/diagnostic/refresh`): a
 * server that lints a large library in stages (server/src/lsp/first-lint.ts) answers the first pull
 * with the top's diagnostics (a result id with `.p`) and asks for a pull again after the last stage;
 * `all` is spawn → the report of the whole document. Prints the medians per build.
 * `--yaml-error`: the library with a YAML error in the script at a quarter, as `bench/lsp.mjs
 * --where yaml-error` has it (a colon and a space in a title).
 *   node bench/lsp-cold.mjs [--size 1000] [--starts 15] [--node FILE] [--yaml-error] SERVER.js [SERVER.js …]
 * A server is a copy of dist/server.js with its dist/ (`cp -r dist /tmp/before` before a change,
 * then /tmp/before/server.js dist/server.js); with none given, dist/server.js alone.
 */
import './lib/clean-env.mjs';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { libraryText, replies, ROOT } from './lib/corpus.mjs';

const require = createRequire(import.meta.url);
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(`--${name}`); if (i < 0) return def; const v = args[i + 1]; args.splice(i, 2); return v; };
const size = Number(opt('size', '1000'));
const starts = Number(opt('starts', '15'));
const nodeFile = opt('node', process.execPath);
const yamlError = args.includes('--yaml-error');
if (yamlError) args.splice(args.indexOf('--yaml-error'), 1);
const servers = (args.length ? args : ['dist/server.js']).map((s) => path.resolve(ROOT, s));
const plain = libraryText(replies(size));
const quarter = `\n  - id: s${Math.floor(size / 4)}\n`;
const text = yamlError ? plain.replace(quarter, `${quarter}    title: 注意: 待改\n`) : plain;
if (text === plain && yamlError) throw new Error(`no script s${Math.floor(size / 4)} in the library`);
/** What vscode-languageclient 9 declares for diagnostics (bench/lsp.mjs). */
const publishDiagnostics = { relatedInformation: true, versionSupport: false, tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true, dataSupport: true };

async function start(server) {
  const t0 = performance.now();
  const child = spawn(nodeFile, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => null));
  conn.onNotification('window/logMessage', () => {});
  let refreshed = () => {};
  conn.onRequest('workspace/diagnostic/refresh', () => { refreshed(); return null; });
  let opened = 0;
  let first = 0;
  let last = 0;
  let done = 0;
  // the chunks between didOpen and the report's answer (what the server writes later is not its)
  child.stdout.on('data', () => { if (!opened || done) return; last = performance.now(); if (!first) first = last; });
  conn.listen();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { publishDiagnostics, diagnostic: { dynamicRegistration: true } }, workspace: { diagnostics: { refreshSupport: true } } }, initializationOptions: { debounceMs: 0 } });
  const init = performance.now() - t0;
  await conn.sendNotification('initialized', {});
  const uri = `untitled:cold-${size}.huashu.yaml`;
  opened = performance.now();
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'huashu', version: 1, text } });
  const refresh = new Promise((res) => { refreshed = res; });
  const report = await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  done = performance.now();
  // a stage's report: the whole document's after the server asks for a pull again
  let whole = report;
  if (/\.p(\.s\d+)?$/.test(report.resultId ?? '')) {
    await refresh;
    whole = await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId });
  }
  const all = performance.now() - t0;
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  await new Promise((res) => { const t = setTimeout(() => child.kill(), 3000); child.once('exit', () => { clearTimeout(t); res(); }); });
  conn.dispose();
  return { init, lint: first - opened, transfer: last - first, parsed: done - last, total: done - t0, all, diagnostics: `${report.items.length}${whole !== report ? ` of ${whole.items.length}` : ''}` };
}

const rows = servers.map(() => []);
for (let r = 0; r < starts; r++) for (let k = 0; k < servers.length; k++) rows[k].push(await start(servers[k]));
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
const ms = (x) => `${x.toFixed(1)} ms`.padStart(9);
console.log(`cold start at ${size.toLocaleString('en')} scripts${yamlError ? ' (a YAML error in the script at a quarter)' : ''}, ${starts} interleaved starts each, medians (node ${nodeFile === process.execPath ? process.version : nodeFile})`);
console.log(`${'server'.padEnd(40)}     init   → lint  → report  → parsed     first       all  diagnostics`);
servers.forEach((s, k) => {
  const m = (key) => med(rows[k].map((x) => x[key]));
  console.log(`${path.relative(ROOT, s).padEnd(40)}${ms(m('init'))}${ms(m('lint'))}${ms(m('transfer'))}${ms(m('parsed'))}${ms(m('total'))}${ms(m('all'))}  ${rows[k][0].diagnostics}`);
});
// every start's total, fastest first (a busy moment of the machine shows as a long tail)
servers.forEach((s, k) => console.log(`${path.relative(ROOT, s).padEnd(40)} totals: ${rows[k].map((x) => x.total).sort((a, b) => a - b).map((x) => x.toFixed(0)).join(' ')}`));
