#!/usr/bin/env node
/**
 * The language server over stdio, on libraries built from the corpus (bench/lib/corpus.mjs):
 *   cold start: spawn of dist/server.js → initialize → didOpen → the first diagnostics (`coldMs`)
 *   and those of the whole document (`coldAllMs`): a library of 64 K characters or more is linted
 *   in stages, the top first (server/src/lsp/first-lint.ts), its first diagnostics being the top's;
 *   typing: keystrokes in the middle reply of the library (insert a character, delete it, …),
 *   each timed from didChange to the diagnostics of that version (debounce 0): pushed, pulled, or,
 *   for a push client whose list the server leaves as it is, the server's word that it has linted
 *   the version (`huashu/documentChanged`).
 * Prints one JSON line per size. bench/run.mjs runs it; bench/lsp-latency.mjs (the language
 * server's own tool) has push/pull modes and an option to turn the incremental path off.
 *   node bench/lsp.mjs [--sizes 100,1000,5000] [--keys 200] [--client vscode|push|bare] [--prof DIR] [--server FILE] [--where reply|id|finding|newline|directives|yaml-error|open-quote|shop|json] [--cold N] [--times] [--pause MS]
 * --client: the client capabilities sent with initialize, and how diagnostics come. `vscode`
 *   (default): what VS Code's language client declares for diagnostics (pull diagnostics,
 *   documentation links, tags …) and what it does: after each didChange it sends
 *   textDocument/diagnostic with the result id it holds, and the server answers a full report or
 *   `unchanged`; so the numbers are those of the editor most leads use. `push`: the same
 *   capabilities without pull diagnostics (clients such as Neovim, Helix, Emacs): the server
 *   publishes a version's diagnostics unless they are the list it last published and every change
 *   since left that list in place (then the client holds them already: `full` counts the
 *   keystrokes published). `bare`: nothing declared (Neovim 0.7 declares no
 *   links), pushed, and the server leaves out what the client does not understand.
 * --prof DIR: run the server with --cpu-prof, profiles written to DIR.
 * --cold N: start the server N times per size (the typing session and N - 1 starts that only wait
 *   for the first diagnostics) and report the median cold start (`coldMs`) and each (`coldRuns`):
 *   one start is at the mercy of a busy moment of the machine. Default 1.
 * --server FILE: the server bundle to run (default dist/server.js), for comparing two builds.
 * --node FILE: the Node that runs the server (default: the one running this script), e.g. the Node 24
 *   that scripts/setup-code-server.sh installs, the runtime of code-server's extension host.
 * --where newline: a line break typed at the end of the middle script's reply and deleted again
 *   (every later diagnostic moves a line: the protocol sends them all again).
 * --where reply|id|finding: type into the middle script's reply (default), at the end of its id,
 *   which changes the file's ids at every keystroke, or at the start of the first reply from the
 *   middle on that has a finding (every keystroke moves a diagnostic: pull answers in full), or
 *   in the middle script's reply of a library with directives that reach other scripts: a
 *   `huashu-disable-file` in the header and a `huashu-disable` region from a quarter of the scripts
 *   to three quarters (`directives`), or in the middle script's reply of a library with a YAML
 *   error in the script at a quarter (`yaml-error`: `title: 注意: 待改`, a colon and a space in a
 *   plain value; linted whole at every keystroke before 2026-12-01), or in the middle script's
 *   reply after a double quote left open at its start (`open-quote`: an editor without
 *   auto-closing pairs, or a quote typed before text; the corpus library has closing quotes after
 *   it: linted whole at every keystroke before 2026-12-01 22:30Z), or at the end of the shop's
 *   name in the header (`shop`: every keystroke changes what an opening's greeting check reads;
 *   every script was linted again at every keystroke before 2026-12-02), or in the middle script's
 *   reply of the same library written as JSON (`json`: `JSON.stringify(library, null, 2)`, as a
 *   tool exports it; no block layout to split, so every keystroke lints the file whole).
 *
 * Besides the client's view (didChange → the diagnostics parsed), each keystroke's `server` time
 * is didChange → the first byte of the answer on the pipe: the lint and the encoding. The rest is
 * moving and parsing the message (`publishKB`), on the client's side.
 */
import './lib/clean-env.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { jsonLibraryText, libraryText, replies, ROOT } from './lib/corpus.mjs';

const require = createRequire(import.meta.url);
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : def; };
const sizes = opt('sizes', '100,1000,5000').split(',').map(Number);
const keys = Number(opt('keys', '200'));
const prof = opt('prof', undefined);
const coldStarts = Math.max(1, Number(opt('cold', '1')));
const clientKind = opt('client', 'vscode');
const where = opt('where', 'reply');
/**
 * --shards N: the diagnostic shards the `vscode` client asks for (initializationOptions, as the
 * extension does: client/src/server.ts, DIAGNOSTIC_SHARDS); each provider the server registers is
 * pulled after every change, as vscode-languageclient does. 1: one provider (the build before).
 */
const shardCount = Math.max(1, Number(opt('shards', '8')));
/**
 * --no-moved: the `vscode` client does not take moved reports (the build before them); by default
 * it does, as the extension does (initializationOptions.movedDiagnostics).
 */
const moved = !args.includes('--no-moved');
if (!['reply', 'id', 'finding', 'newline', 'directives', 'yaml-error', 'open-quote', 'shop', 'json'].includes(where)) throw new Error(`--where reply|id|finding|newline|directives|yaml-error|open-quote|shop|json, not ${where}`);

/**
 * The library typed in: with `--where directives`, a file directive and a region over the middle
 * half; with `--where yaml-error`, a YAML error in the script at a quarter; with `--where
 * open-quote`, the middle script's reply with a double quote open at its start.
 */
/**
 * --text FILE: the library typed in is that file (bench/shapes.mjs --editor: the same replies in
 * other shapes), not one built from the corpus; --sizes then names its number of scripts.
 */
const textFile = opt('text', undefined);
/** --times: each keystroke's time in the output too, in order (where the slow ones come). */
const printTimes = args.includes('--times');
/** --pause MS: idle between the whole document's diagnostics and the first keystroke (default 0: typing at once). */
const pauseMs = Number(opt('pause', '0'));
function benchText(n) {
  if (textFile) return fs.readFileSync(textFile, 'utf8');
  if (where === 'json') return jsonLibraryText(replies(n));
  const text = libraryText(replies(n));
  if (where === 'open-quote') {
    const id = `\n  - id: s${Math.floor(n / 2)}\n`;
    const at = text.indexOf('    reply: ', text.indexOf(id)) + 11;
    const end = text.indexOf('\n', at);
    // (a double-quoted reply loses its closing quote, a plain one gets an opening one)
    return text[at] === '"' ? text.slice(0, end - 1) + text.slice(end) : `${text.slice(0, at)}"${text.slice(at)}`;
  }
  if (where === 'shop') return text.replace('huashu: 1\n', 'huashu: 1\nshop: 尚米坊官方店\n');
  if (where === 'yaml-error') return text.replace(`\n  - id: s${Math.floor(n / 4)}\n`, `\n  - id: s${Math.floor(n / 4)}\n    title: 注意: 待改\n`);
  if (where !== 'directives') return text;
  return text
    .replace('scripts:\n', '# huashu-disable-file concise-reply -- 长话术另行审核\nscripts:\n')
    .replace(`\n  - id: s${Math.floor(n / 4)}\n`, `\n  # huashu-disable no-internet-slang -- 这一段是年轻用户的店\n  - id: s${Math.floor(n / 4)}\n`)
    .replace(`\n  - id: s${Math.floor((3 * n) / 4)}\n`, `\n  # huashu-enable no-internet-slang\n  - id: s${Math.floor((3 * n) / 4)}\n`);
}
const serverFile = path.resolve(ROOT, opt('server', 'dist/server.js'));
const nodeFile = opt('node', process.execPath);
const nodeVersion = spawnSync(nodeFile, ['--version'], { encoding: 'utf8' }).stdout.trim();
/** What vscode-languageclient 9 declares for diagnostics (the rest of its capabilities does not matter here). */
const publishDiagnostics = { relatedInformation: true, versionSupport: false, tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true, dataSupport: true };
const CAPS = {
  vscode: { textDocument: { publishDiagnostics, diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false } }, workspace: { diagnostics: { refreshSupport: true } } },
  push: { textDocument: { publishDiagnostics } },
  bare: {},
}[clientKind];
if (!CAPS) throw new Error(`--client vscode|push|bare, not ${clientKind}`);
const pull = clientKind === 'vscode';

const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]; };

/** Cold start only (no keystrokes): the extra starts of --cold. */
async function session(n, typing = true) {
  const text = benchText(n);
  const t0 = performance.now();
  const child = spawn(nodeFile, [...(prof ? ['--cpu-prof', '--cpu-prof-dir', prof] : []), serverFile, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const uri = `untitled:bench-${n}.huashu.yaml`;
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = new Map();
  // push: a version's publish, or (the server publishes nothing when the list is the one the client
  // holds, left in place by the changes) its `huashu/documentChanged`, which follows any publish
  let lastPublished;
  conn.onNotification('textDocument/publishDiagnostics', (p) => { lastPublished = p; const w = waiters.get(p.version); if (w) { waiters.delete(p.version); w(p, true); } });
  // (the server's word that it has linted version 1 whole: after a first lint in stages, the
  // diagnostics it last published are the whole document's)
  let linted1 = () => {};
  const whole1 = new Promise((res) => { linted1 = res; });
  conn.onNotification('huashu/documentChanged', (p) => { if (p.version === 1) linted1(); const w = waiters.get(p.version); if (w && lastPublished) { waiters.delete(p.version); w(lastPublished, false); } });
  // pull: a first lint in stages answers with the top's diagnostics (result ids `….p`) and asks
  // for a pull again after its last stage
  let refreshes = 0;
  let refreshed = () => {};
  conn.onRequest('workspace/diagnostic/refresh', () => { refreshes++; refreshed(); return null; });
  conn.onNotification('window/logMessage', () => {});
  // the diagnostic providers the server registers besides its static one (`huashu`)
  const ids = ['huashu'];
  let onRegistered = () => {};
  const registered = new Promise((res) => { onRegistered = res; });
  conn.onRequest('client/registerCapability', (p) => {
    for (const r of p.registrations) if (r.method === 'textDocument/diagnostic') ids.push(r.registerOptions.identifier);
    if (ids.length >= shardCount) onRegistered();
    return null;
  });
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => null));
  // the first chunk the server writes after a change: its own part of the latency is done
  let sentAt = 0;
  let firstByteAt = 0;
  child.stdout.on('data', () => { if (sentAt && !firstByteAt) firstByteAt = performance.now(); });
  conn.listen();
  // push: the publishDiagnostics of version v; pull (as VS Code's client): textDocument/diagnostic
  // sent right after the notification, with the result id held (an `unchanged` answer keeps the
  // diagnostics held). Resolves to { diagnostics, full, bytes() }.
  // with several providers (diagnostic shards), one request each, as VS Code's client sends them
  const held = new Map();
  const diagnosed = (v) => {
    if (!pull) return new Promise((res) => waiters.set(v, (p, full) => res({ diagnostics: p.diagnostics, full, bytes: () => Buffer.byteLength(JSON.stringify(p)) })));
    return Promise.all(ids.map((identifier) => conn.sendRequest('textDocument/diagnostic', { textDocument: { uri }, identifier, previousResultId: held.get(identifier)?.resultId }).then((r) => {
      const was = held.get(identifier)?.resultId;
      if (r.kind === 'full') held.set(identifier, r);
      // a moved report (movedDiagnostics, as the extension asks): the client moves what it holds,
      // as client/src/server.ts does (server/src/lsp/protocol.ts: DiagnosticsMove)
      const m = r.kind === 'unchanged' && r.resultId !== was ? /\.m(\d+)_(-?\d+)(\.s\d+)?$/.exec(r.resultId) : null;
      if (m) {
        const endLine = Number(m[1]);
        const delta = Number(m[2]);
        const down = (p) => ({ line: p.line + delta, character: p.character });
        held.set(identifier, { kind: 'full', resultId: r.resultId, items: held.get(identifier).items.map((d) => (d.range.start.line > endLine ? { ...d, range: { start: down(d.range.start), end: down(d.range.end) } } : d)) });
      }
      return r;
    }))).then((rs) => ({
      // (made when read, not at each keystroke: the list of every shard's diagnostics, which the
      // keystrokes do not read, was a copy of 20,000 diagnostics per keystroke at 30,000 scripts,
      // inside the timed span; VS Code's client keeps each provider's list as it is)
      get diagnostics() { return ids.flatMap((id) => held.get(id).items); }, full: rs.some((r) => r.kind === 'full'),
      bytes: () => rs.reduce((n, r) => n + Buffer.byteLength(JSON.stringify(r)), 0),
    }));
  };
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: CAPS, initializationOptions: { debounceMs: 0, ...(pull ? { diagnosticShards: shardCount, movedDiagnostics: moved } : {}) } });
  await conn.sendNotification('initialized', {});
  // (a build without shards registers none: after 2 s the static provider alone is pulled)
  if (pull && shardCount > 1) await Promise.race([registered, new Promise((res) => setTimeout(res, 2000))]);
  let version = 1;
  const opened = conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'huashu', version, text } });
  let firstDiag = await diagnosed(1);
  await opened;
  const coldMs = performance.now() - t0;
  if (pull) {
    let seen = 0;
    while ([...held.values()].some((r) => /\.p(\.s\d+)?$/.test(r.resultId ?? ''))) {
      if (refreshes === seen) await new Promise((res) => { refreshed = res; });
      seen = refreshes;
      firstDiag = await diagnosed(1);
    }
  } else {
    await whole1;
    firstDiag = { diagnostics: lastPublished.diagnostics, full: true, bytes: () => Buffer.byteLength(JSON.stringify(lastPublished)) };
  }
  const coldAllMs = performance.now() - t0;
  // the reply line of the middle script
  const lines = text.split('\n');
  const idLine = where === 'json' ? lines.indexOf(`      "id": "s${Math.floor(n / 2)}",`) : lines.indexOf(`  - id: s${Math.floor(n / 2)}`);
  // (a library of another shape, --text: the middle script whatever its id, its reply's line; the
  // same script as the plain library's s{n/2}: until 2026-12-05 the one as far from the end, whose
  // reply has a finding where the keystroke goes, so that every keystroke of the CRLF and one-id
  // shapes moved a diagnostic)
  const idAt = idLine >= 0 || !textFile ? idLine : lines.reduce((m, l, k) => (l.startsWith('  - id: ') ? [...m, k] : m), []).at(Math.floor(n / 2)) ?? -1;
  let mid = where === 'shop' ? 1 : where === 'id' ? idAt : idAt + 2;
  if (textFile && where === 'reply') {
    while (mid < lines.length && !lines[mid].startsWith('    reply: ')) mid++;
    // a block scalar's text is on the next line
    if (/\|$|>$/.test(lines[mid])) mid++;
  }
  if (where === 'finding') {
    const withFinding = new Set(firstDiag.diagnostics.map((d) => d.range.start.line));
    while (mid < lines.length && !(lines[mid].startsWith('    reply: ') && withFinding.has(mid))) mid++;
  }
  const replyAt = where === 'json' ? lines[mid].indexOf('"reply": "') + 10 : lines[mid].startsWith('    reply: ') ? lines[mid].indexOf('reply: ') + 7 : lines[mid].length - lines[mid].trimStart().length;
  // (a line's length without the CR of a CRLF break)
  const lineLength = lines[mid].length - (lines[mid].endsWith('\r') ? 1 : 0);
  const col = where === 'id' || where === 'shop' || where === 'newline' ? lineLength : where === 'finding' ? replyAt + (lines[mid][replyAt] === '"' ? 1 : 0) : Math.min(lineLength, replyAt + 4);
  const times = [];
  const server = [];
  let publishBytes = 0;
  /** Keystrokes answered with every diagnostic (push: all; pull: those that changed a diagnostic). */
  const fullTimes = [];
  if (pauseMs > 0 && typing) await new Promise((r) => setTimeout(r, pauseMs));
  const warm = 5;
  for (let k = 0; k < (typing ? keys + warm : 0); k++) {
    version++;
    const change = k % 2 === 0
      ? { range: { start: { line: mid, character: col }, end: { line: mid, character: col } }, text: where === 'id' ? 'x' : where === 'newline' ? '\n' : '好' }
      : { range: { start: { line: mid, character: col }, end: where === 'newline' ? { line: mid + 1, character: 0 } : { line: mid, character: col + 1 } }, text: '' };
    firstByteAt = 0;
    const t = performance.now();
    sentAt = t;
    const sent = conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    const p = await diagnosed(version);
    await sent;
    if (k >= warm) {
      times.push(performance.now() - t);
      server.push(firstByteAt - t);
      if (p.full) { fullTimes.push(times[times.length - 1]); if (!publishBytes) publishBytes = p.bytes(); }
    }
  }
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  // the server exits on `exit` (needed for --cpu-prof to write its profile); kill it if it lingers
  await new Promise((res) => { const t = setTimeout(() => child.kill(), 3000); child.once('exit', () => { clearTimeout(t); res(); }); });
  conn.dispose();
  return {
    scripts: n, kb: Math.round(Buffer.byteLength(text) / 1024), diagnostics: firstDiag.diagnostics.length, client: clientKind, where, node: nodeVersion,
    publishKB: Math.round((publishBytes || firstDiag.bytes()) / 1024),
    coldMs, coldAllMs, keys: times.length, p50: pct(times, 50), p95: pct(times, 95), p99: pct(times, 99), max: Math.max(...times),
    fullKeys: fullTimes.length, fullP50: fullTimes.length ? pct(fullTimes, 50) : undefined,
    serverP50: times.length ? pct(server, 50) : undefined, serverP95: times.length ? pct(server, 95) : undefined,
    ...(printTimes ? { times: times.map((x) => +x.toFixed(1)), serverTimes: server.map((x) => +x.toFixed(1)) } : {}),
  };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
for (const n of sizes) {
  const r = await session(n);
  // --cold N: N starts in all (the typing session's and N - 1 more), their median reported
  const colds = [r.coldMs];
  const alls = [r.coldAllMs];
  for (let i = 1; i < coldStarts; i++) { const c = await session(n, false); colds.push(c.coldMs); alls.push(c.coldAllMs); }
  r.coldRuns = colds.map((x) => +x.toFixed(1));
  r.coldMs = median(colds);
  r.coldAllRuns = alls.map((x) => +x.toFixed(1));
  r.coldAllMs = median(alls);
  console.log(JSON.stringify(r));
}
