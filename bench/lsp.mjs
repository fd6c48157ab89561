#!/usr/bin/env node
/**
 * The language server over stdio, on libraries built from the corpus (bench/lib/corpus.mjs):
 *   cold start: spawn of dist/server.js → initialize → didOpen → first publishDiagnostics;
 *   typing: keystrokes in the middle reply of the library (insert a character, delete it, …),
 *   each timed from didChange to the publishDiagnostics of that version (debounce 0).
 * Prints one JSON line per size. bench/run.mjs runs it; bench/lsp-latency.mjs (the language
 * server's own tool) has push/pull modes and an option to turn the incremental path off.
 *   node bench/lsp.mjs [--sizes 100,1000,5000] [--keys 60] [--prof DIR]
 * --prof DIR: run the server with --cpu-prof, profiles written to DIR.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { libraryText, replies, ROOT } from './lib/corpus.mjs';

const require = createRequire(import.meta.url);
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : def; };
const sizes = opt('sizes', '100,1000,5000').split(',').map(Number);
const keys = Number(opt('keys', '60'));
const prof = opt('prof', undefined);

const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]; };

async function session(n) {
  const text = libraryText(replies(n));
  const t0 = performance.now();
  const child = spawn(process.execPath, [...(prof ? ['--cpu-prof', '--cpu-prof-dir', prof] : []), path.join(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = new Map();
  conn.onNotification('textDocument/publishDiagnostics', (p) => { const w = waiters.get(p.version); if (w) { waiters.delete(p.version); w(p); } });
  conn.onNotification('window/logMessage', () => {});
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => null));
  conn.listen();
  const diagnosed = (v) => new Promise((res) => waiters.set(v, res));
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { debounceMs: 0 } });
  await conn.sendNotification('initialized', {});
  const uri = `untitled:bench-${n}.huashu.yaml`;
  let version = 1;
  const first = diagnosed(1);
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'huashu', version, text } });
  const firstDiag = await first;
  const coldMs = performance.now() - t0;
  // the reply line of the middle script
  const lines = text.split('\n');
  const mid = lines.indexOf(`  - id: s${Math.floor(n / 2)}`) + 2;
  const col = Math.min(lines[mid].length, lines[mid].indexOf('reply: ') + 7 + 4);
  const times = [];
  const warm = 5;
  for (let k = 0; k < keys + warm; k++) {
    version++;
    const change = k % 2 === 0
      ? { range: { start: { line: mid, character: col }, end: { line: mid, character: col } }, text: '好' }
      : { range: { start: { line: mid, character: col }, end: { line: mid, character: col + 1 } }, text: '' };
    const got = diagnosed(version);
    const t = performance.now();
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    await got;
    if (k >= warm) times.push(performance.now() - t);
  }
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  // the server exits on `exit` (needed for --cpu-prof to write its profile); kill it if it lingers
  await new Promise((res) => { const t = setTimeout(() => child.kill(), 3000); child.once('exit', () => { clearTimeout(t); res(); }); });
  conn.dispose();
  return { scripts: n, kb: Math.round(Buffer.byteLength(text) / 1024), diagnostics: firstDiag.diagnostics.length, coldMs, keys: times.length, p50: pct(times, 50), p95: pct(times, 95), p99: pct(times, 99), max: Math.max(...times) };
}

for (const n of sizes) console.log(JSON.stringify(await session(n)));
