#!/usr/bin/env node
/**
 * The language server's requests on a corpus library (bench/lib/corpus.mjs), each timed from the
 * client's request to its parsed answer, 5 times after the document is open (median and max):
 * the preview's script list (whole, and as the preview asks: the scripts changed since the answer
 * it holds), symbols, code lenses, semantic tokens, folding, hover, completion, the code
 * actions an editor asks for where the cursor stops (no `only`, as VS Code's light bulb does),
 * the explicit source.fixAll, and codeAction/resolve of the fix-all offered beside quick fixes.
 * Each request is timed on a fresh version of the document (a character typed into the first
 * script's reply, or deleted, before each request), as an editor asks after every edit, and then
 * (except the fix-alls) 5 times more on that same version.
 *   node bench/lsp-requests.mjs [--sizes 1000,5000] [--client vscode|plain] [--edit char|line] [--sorted] [--server FILE]
 * --sorted: the library's scripts sorted by scenario (the corpus library's scenarios cycle script by
 *   script: a symbol group per script, the outline's worst case; sorted, five groups).
 * --edit char (default): the edit is a character typed into the first script's reply (or deleted);
 *   line: a comment line added above every script (or removed), which moves every script.
 * --server FILE: the server bundle to run (default dist/server.js), for comparing two builds.
 * --client vscode (default): VS Code's code action capabilities (edits resolved on demand);
 *   plain: no resolve support, so the fix-all beside quick fixes carries its edit.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { libraryText, replies, ROOT } from './lib/corpus.mjs';

const require = createRequire(import.meta.url);
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : def; };
const sizes = opt('sizes', '1000,5000').split(',').map(Number);
const clientKind = opt('client', 'vscode');
const editKind = opt('edit', 'char');
if (!['char', 'line'].includes(editKind)) throw new Error(`--edit char|line, not ${editKind}`);
const serverFile = path.resolve(ROOT, opt('server', 'dist/server.js'));
const sorted = args.includes('--sorted');

/** The library's scripts in a stable order by scenario (each script is the block from its `  - id:` line). */
function byScenario(text) {
  const at = text.indexOf('\n  - id:') + 1;
  const blocks = text.slice(at).split(/(?=^  - id:)/m);
  const scenario = (b) => /^ {4}scenario: (.*)$/m.exec(b)?.[1] ?? '';
  return text.slice(0, at) + blocks.map((b, i) => [scenario(b), i, b]).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1])).map((x) => x[2]).join('');
}
const codeAction = { vscode: { dataSupport: true, resolveSupport: { properties: ['edit'] } }, plain: {} }[clientKind];
if (!codeAction) throw new Error(`--client vscode|plain, not ${clientKind}`);

async function session(n) {
  const text = sorted ? byScenario(libraryText(replies(n))) : libraryText(replies(n));
  const child = spawn(process.execPath, [serverFile, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = new Map();
  // a version's publish, or (the server does not publish the list the client holds again, where
  // the edits left it in place) the server's word that it has linted the version
  let lastPublished;
  conn.onNotification('textDocument/publishDiagnostics', (p) => { lastPublished = p; const w = waiters.get(p.version); if (w) { waiters.delete(p.version); w(p); } });
  conn.onNotification('huashu/documentChanged', (p) => { const w = waiters.get(p.version); if (w && lastPublished) { waiters.delete(p.version); w(lastPublished); } });
  const diagnosed = (v) => new Promise((res) => waiters.set(v, res));
  const first = diagnosed(1);
  conn.onNotification('window/logMessage', () => {});
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => null));
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid, rootUri: null, initializationOptions: { debounceMs: 0 },
    capabilities: { textDocument: { publishDiagnostics: { tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true }, codeAction } },
  });
  await conn.sendNotification('initialized', {});
  const uri = `untitled:requests-${n}.huashu.yaml`;
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'huashu', version: 1, text } });
  const { diagnostics } = await first;
  const doc = { textDocument: { uri } };
  const mid = Math.floor(text.split('\n').length / 2);
  // the middle script's fixable finding if there is one, else any fixable one
  const fixable = diagnostics.filter((d) => ['prefer-nin-over-ni', 'no-internet-slang', 'team-forbidden-phrase'].includes(d.code));
  const at = fixable.sort((a, b) => Math.abs(a.range.start.line - mid) - Math.abs(b.range.start.line - mid))[0] ?? diagnostics[0];
  const rows = [];
  const lines = text.split('\n');
  const firstReply = lines.findIndex((l) => l.startsWith('    reply: '));
  let version = 1;
  const edit = async () => {
    version++;
    const col = '    reply: '.length;
    // a comment line goes right after `scripts:` (the first script's line is firstReply - 2)
    const top = firstReply - 2;
    const change = editKind === 'line'
      ? (version % 2 === 0
        ? { range: { start: { line: top, character: 0 }, end: { line: top, character: 0 } }, text: '  # 备注\n' }
        : { range: { start: { line: top, character: 0 }, end: { line: top + 1, character: 0 } }, text: '' })
      : (version % 2 === 0
        ? { range: { start: { line: firstReply, character: col }, end: { line: firstReply, character: col } }, text: '好' }
        : { range: { start: { line: firstReply, character: col }, end: { line: firstReply, character: col + 1 } }, text: '' });
    const got = diagnosed(version);
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    await got;
  };
  const runs = async (request, fresh, prepare) => {
    const ts = [];
    let bytes = 0;
    for (let i = 0; i < 5; i++) {
      if (fresh) await edit();
      prepare?.();
      const t = performance.now();
      const r = await request();
      ts.push(performance.now() - t);
      bytes = Buffer.byteLength(JSON.stringify(r ?? null));
    }
    ts.sort((a, b) => a - b);
    return { median: ts[2], max: ts[4], bytes };
  };
  // each request on a fresh version (after an edit, as an editor asks) and again on that version
  const time = async (label, request, freshOnly = false, prepare = undefined) => {
    const fresh = await runs(request, true, prepare);
    const same = freshOnly ? undefined : await runs(request, false, prepare);
    rows.push({ request: label, medianMs: fresh.median, maxMs: fresh.max, sameMs: same?.median, kb: Math.round(fresh.bytes / 1024) });
  };
  await time('huashu/documentScripts', () => conn.sendRequest('huashu/documentScripts', { uri }));
  // as the preview asks: only what changed since the answer it holds
  let held = await conn.sendRequest('huashu/documentScripts', { uri });
  let answer;
  // the client's merge of the last answer (the kept tail moved by delta.lines, as applyScriptsDelta
  // in server/src/lsp/protocol.ts does): before the clock starts, it is the client's own work
  const merge = () => {
    const r = answer;
    answer = undefined;
    if (!r) return;
    const down = (x) => ({ ...x, start: { ...x.start, line: x.start.line + r.delta.lines }, end: { ...x.end, line: x.end.line + r.delta.lines } });
    const move = (x) => (r.delta.lines ? JSON.parse(JSON.stringify(x, (k, v) => (k === 'range' ? down(v) : v))) : x);
    held = r.delta ? { ...r, scripts: [...held.scripts.slice(0, r.delta.head), ...r.scripts, ...held.scripts.slice(held.scripts.length - r.delta.tail).map(move)] } : r;
  };
  await time('huashu/documentScripts since', async () => {
    answer = await conn.sendRequest('huashu/documentScripts', { uri, since: held.resultId });
    return answer; // its size is what was sent
  }, false, merge);
  await time('documentSymbol', () => conn.sendRequest('textDocument/documentSymbol', doc));
  await time('codeLens', () => conn.sendRequest('textDocument/codeLens', doc));
  await time('semanticTokens/full', () => conn.sendRequest('textDocument/semanticTokens/full', doc));
  await time('foldingRange', () => conn.sendRequest('textDocument/foldingRange', doc));
  await time('hover', () => conn.sendRequest('textDocument/hover', { ...doc, position: at.range.start }));
  // completion: VS Code asks as the user types (quick suggestions), at a key and in a value
  const scenarioLine = lines.findIndex((l, k) => k >= mid && l.startsWith('    scenario: '));
  if (scenarioLine >= 0) {
    await time('completion at a key', () => conn.sendRequest('textDocument/completion', { ...doc, position: { line: scenarioLine, character: 4 } }));
    await time('completion in a value', () => conn.sendRequest('textDocument/completion', { ...doc, position: { line: scenarioLine, character: lines[scenarioLine].length } }));
  }
  const cursor = { ...doc, range: at.range, context: { diagnostics: [at] } };
  await time('codeAction at the cursor', () => conn.sendRequest('textDocument/codeAction', cursor));
  await time('codeAction source.fixAll', () => conn.sendRequest('textDocument/codeAction', { ...doc, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } }), true);
  let lazy;
  await time('codeAction/resolve (fix-all)', async () => {
    lazy = (await conn.sendRequest('textDocument/codeAction', cursor)).find((a) => a.data);
    return lazy ? conn.sendRequest('codeAction/resolve', lazy) : null;
  }, true);
  if (!lazy) rows.pop();
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  await new Promise((res) => { const t = setTimeout(() => child.kill(), 3000); child.once('exit', () => { clearTimeout(t); res(); }); });
  conn.dispose();
  return { scripts: n, client: clientKind, diagnostics: diagnostics.length, rows };
}

for (const n of sizes) {
  const r = await session(n);
  console.log(`${r.scripts.toLocaleString('en-US')} scripts, ${r.diagnostics} diagnostics, client: ${r.client}`);
  console.log(`  ${'request'.padEnd(30)} ${'after an edit: median'.padStart(22)} ${'max'.padStart(9)}  ${'same version'.padStart(12)}  ${'answer'.padStart(8)}`);
  for (const x of r.rows) console.log(`  ${x.request.padEnd(30)} ${x.medianMs.toFixed(1).padStart(19)} ms ${x.maxMs.toFixed(1).padStart(6)} ms  ${x.sameMs === undefined ? '           -' : `${x.sameMs.toFixed(1).padStart(9)} ms`}  ${String(x.kb).padStart(5)} KB`);
}
