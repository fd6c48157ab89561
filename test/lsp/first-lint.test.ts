/**
 * A large library's first lint in stages (server/src/lsp/first-lint.ts): the diagnostics a stage
 * shows are diagnostics the whole document's lint shows too, and what the client holds in the end
 * is what a server that lints in one go gives, for push clients, pull clients (asked to pull again)
 * and changes or requests that come while the stages run.
 */
import * as assert from 'assert';
import type { Diagnostic, DocumentDiagnosticReport, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { lintText } from '../../server/src/engine';
import { emptyConfig } from '../../server/src/engine/config';
import { DocumentAnalyzer, splitLibrary } from '../../server/src/engine/incremental';
import { FIRST_STAGE_LINES, STAGED_MIN_LENGTH, stageMayShow, stagesOf } from '../../server/src/lsp/first-lint';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { CAPS_PULL, CAPS_PUSH, TestClient } from './client';
import { makeWorkspace, removeWorkspaces } from './fixtures';

/**
 * A library of `n` scripts whose top has what a stage must not show: a duplicate id (s1 again),
 * a library rule's finding (service-flow-complete, on a scenario's first script), a directive
 * region that ends far below (its unused-directive finding depends on scripts after the top), and
 * a YAML error far below.
 */
function library(n: number): string {
  const L = ['huashu: 1', 'shop: 尚米坊', 'platform: taobao', 'variables:', '  顾客: 买家昵称', 'scripts:'];
  for (let i = 0; i < n; i++) {
    const k = i % 13;
    if (i === 4) L.push('  # huashu-disable no-internet-slang');
    if (i === Math.floor(n * 0.8)) L.push('  # huashu-enable no-internet-slang');
    if (k === 3) L.push('  # huashu-disable-next-line no-blame-courier');
    L.push(`  - id: s${k === 5 ? 1 : i}`, `    scenario: ${k % 2 ? 'after-sales' : 'logistics'}`);
    if (k % 4 === 0) L.push(`    stage: ${['opening', 'handling', 'closing'][k % 3]}`);
    if (i === Math.floor(n * 0.9)) L.push('    title: 注意: 待改');
    if (k % 3 === 0) L.push('    reply:', '      - 亲,快递弄丢了', '      - 好的 {顾客}');
    else if (i === Math.floor(n * 0.85)) L.push('    reply: 666 yyds 绝绝子');
    else L.push(`    reply: "亲爱的{顾客},是快递给发错地方了哦 ${i}"`);
    L.push(k % 5 === 0 ? '    repyl: x' : '    notes: 第 ' + i + ' 条');
  }
  return L.join('\n') + '\n';
}

const key = (d: Diagnostic): string => JSON.stringify(d);

/** Every diagnostic of `part` is one of `whole` (as many times as it is there at most), and none reads other scripts. */
function assertPartOf(part: Diagnostic[], whole: Diagnostic[], what: string): void {
  const left = new Map<string, number>();
  for (const d of whole) left.set(key(d), (left.get(key(d)) ?? 0) + 1);
  for (const d of part) {
    const k = key(d);
    assert.ok((left.get(k) ?? 0) > 0, `${what}: a stage showed a diagnostic the whole document does not have: ${k}`);
    left.set(k, left.get(k)! - 1);
    assert.ok(stageMayShow(d.code) && !['duplicate-id', 'unused-directive', 'service-flow-complete'].includes(String(d.code)), `${what}: a stage showed ${d.code}`);
  }
}

const sortDiags = (ds: Diagnostic[]): Diagnostic[] => [...ds].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || key(a).localeCompare(key(b)));

/** The diagnostics a server that lints in one go publishes for `text` (and for `text` then `changed`). */
async function unstaged(text: string, change?: { text: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }): Promise<Diagnostic[]> {
  const c = await TestClient.start({ caps: CAPS_PUSH, initializationOptions: { debounceMs: 0, stagedFirstLint: false } });
  try {
    const uri = 'untitled:one-go.huashu.yaml';
    await c.open(uri, text);
    let v = 1;
    if (change) v = await c.change(uri, change.text, change.range);
    return (await c.held(uri, v)).diagnostics;
  } finally { await c.stop(); }
}

describe('lsp: a large library\'s first lint in stages', function () {
  this.timeout(120_000);
  const text = library(700);
  let whole: Diagnostic[];
  before(async () => { whole = await unstaged(text); });

  it('plans the stages at item starts: the first after the first screens, each later one four times as long, none past half the text', () => {
    assert.ok(text.length >= STAGED_MIN_LENGTH);
    const split = splitLibrary(text)!;
    const stages = stagesOf(text, split);
    assert.ok(stages.length >= 2, `stages: ${stages.length}`);
    const starts = new Set(split.chunks.map((c) => c.start));
    const lineAt = (o: number): number => text.slice(0, o).split('\n').length - 1;
    stages.forEach((s, k) => {
      assert.ok(starts.has(s.end), 'a stage ends where an item starts');
      assert.ok(s.end <= text.length / 2);
      assert.strictEqual(s.fromLine, lineAt(split.chunks[0].start));
      // its last item's first line
      const last = split.chunks.findIndex((c) => c.start === s.end) - 1;
      assert.strictEqual(s.toLine, lineAt(split.chunks[last].start));
      if (k === 0) {
        assert.ok(lineAt(s.end) >= FIRST_STAGE_LINES);
        assert.ok(lineAt(split.chunks[last].start) < FIRST_STAGE_LINES, 'the first stage is the first item start past the line');
      } else assert.ok(s.end >= 4 * stages[k - 1].end);
    });
    // short documents, and documents of fewer than three items, are linted in one go
    assert.deepStrictEqual(stagesOf(library(20), splitLibrary(library(20))!), []);
    const two = `huashu: 1\nscripts:\n  - id: a\n    reply: ${'好'.repeat(STAGED_MIN_LENGTH)}\n  - id: b\n    reply: 好\n`;
    assert.deepStrictEqual(stagesOf(two, splitLibrary(two)!), []);
  });

  it('the analyzer of the stages lints no script more than one that reads the document in one go, and its whole document is what a lint in one go finds, and so are the keystrokes after it', () => {
    const config = emptyConfig();
    const an = new DocumentAnalyzer();
    const stages = stagesOf(text, splitLibrary(text)!);
    for (const st of stages) {
      an.analyze(text.slice(0, st.end), { config, incremental: true });
      an.readWholeNext();
    }
    const a = an.analyze(text, { config, incremental: true });
    assert.strictEqual(an.fallback, undefined);
    const f = lintText(text, { config });
    assert.deepStrictEqual(a.findings, f.findings);
    assert.deepStrictEqual(a.scripts, f.scripts);
    assert.strictEqual(a.score, f.score);
    // no more scripts linted than by an analyzer that reads the document in one go (a stage's last
    // item may be linted again: its end depended on what followed it)
    const one = new DocumentAnalyzer();
    one.analyze(text, { config, incremental: true });
    assert.ok(an.scriptsLinted <= one.scriptsLinted + 2 * stages.length, `${an.scriptsLinted} scripts linted in stages, ${one.scriptsLinted} in one go`);
    // and a keystroke after it re-reads one script
    const at = text.indexOf('是快递给发错地方了哦 350');
    const typed = `${text.slice(0, at)}您好，${text.slice(at)}`;
    const before = an.scriptsLinted;
    const b = an.analyze(typed, { config, incremental: true, edit: { start: at, oldEnd: at, newEnd: at + 3 } });
    assert.ok(an.scriptsLinted - before <= 2, `${an.scriptsLinted - before} scripts linted for a keystroke`);
    assert.deepStrictEqual(b.findings, lintText(typed, { config }).findings);
  });

  it('a push client gets the top\'s diagnostics first, then every diagnostic as a server that lints in one go publishes them', async () => {
    const c = await TestClient.start({ caps: CAPS_PUSH });
    try {
      const uri = 'untitled:staged.huashu.yaml';
      await c.open(uri, text);
      const held = await c.held(uri, 1);
      const mine = c.published.filter((p: PublishDiagnosticsParams) => p.uri === uri);
      assert.ok(mine.length >= 2, `publishes: ${mine.length}`);
      assert.ok(mine[0].diagnostics.length > 0 && mine[0].diagnostics.length < whole.length);
      for (const p of mine.slice(0, -1)) assertPartOf(p.diagnostics, whole, 'push');
      assert.deepStrictEqual(held.diagnostics, whole);
      // the stages' publishes grow: each holds the one before
      for (let k = 1; k < mine.length - 1; k++) assertPartOf(mine[k - 1].diagnostics, mine[k].diagnostics, `stage ${k}`);
    } finally { await c.stop(); }
  });

  it('a library with a byte order mark and CRLF line ends goes in stages too, to the same end', async () => {
    const crlf = '\ufeff' + text.replace(/\n/g, '\r\n');
    const expected = await unstaged(crlf);
    const c = await TestClient.start({ caps: CAPS_PUSH });
    try {
      const uri = 'untitled:crlf.huashu.yaml';
      await c.open(uri, crlf);
      const held = await c.held(uri, 1);
      const mine = c.published.filter((p) => p.uri === uri);
      assert.ok(mine.length >= 2 && mine[0].diagnostics.length < expected.length, `publishes: ${mine.map((p) => p.diagnostics.length).join(', ')}`);
      for (const p of mine.slice(0, -1)) assertPartOf(p.diagnostics, expected, 'crlf');
      assert.deepStrictEqual(held.diagnostics, expected);
    } finally { await c.stop(); }
  });

  it('a pull client that takes refreshes is answered with the top\'s diagnostics (a result id of its own), asked to pull again, and then gets them all', async () => {
    const c = await TestClient.start({ caps: CAPS_PULL });
    try {
      const uri = 'untitled:pulled.huashu.yaml';
      await c.open(uri, text);
      const first = await c.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
      assert.strictEqual(first.kind, 'full');
      const firstItems = first.kind === 'full' ? first.items : [];
      assert.match(first.resultId ?? '', /\.p$/);
      assert.ok(firstItems.length > 0 && firstItems.length < whole.length);
      assertPartOf(firstItems, whole, 'pull');
      await c.refreshed(1);
      const again = await c.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
      assert.strictEqual(again.kind, 'full');
      assert.doesNotMatch(again.resultId ?? '', /\.p$/);
      assert.deepStrictEqual(again.kind === 'full' ? again.items : [], whole);
      // the whole document's report is named by its content as before: pulled again, unchanged
      const third = await c.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: again.resultId });
      assert.strictEqual(third.kind, 'unchanged');
    } finally { await c.stop(); }
  });

  it('a pull client that cannot be asked to pull again gets every diagnostic at its first pull', async () => {
    const caps = { ...CAPS_PULL, workspace: { ...CAPS_PULL.workspace, diagnostics: { refreshSupport: false } } };
    const c = await TestClient.start({ caps });
    try {
      const uri = 'untitled:no-refresh.huashu.yaml';
      await c.open(uri, text);
      const r = await c.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
      assert.doesNotMatch(r.resultId ?? '', /\.p$/);
      assert.deepStrictEqual(r.kind === 'full' ? r.items : [], whole);
      assert.strictEqual(c.refreshes, 0);
    } finally { await c.stop(); }
  });

  it('a change while the stages run is linted whole, as without stages', async () => {
    const at = text.split('\n').findIndex((l) => l.includes('是快递给发错地方了哦 600'));
    const change = { text: '，马上给您补发', range: { start: { line: at, character: 10 }, end: { line: at, character: 10 } } };
    const expected = await unstaged(text, change);
    const c = await TestClient.start({ caps: CAPS_PUSH });
    try {
      const uri = 'untitled:typed.huashu.yaml';
      // (no wait between them: the change comes while the stages run)
      void c.open(uri, text);
      const v = await c.change(uri, change.text, change.range);
      const held = await c.held(uri, v);
      assert.deepStrictEqual(held.diagnostics, expected);
      // nothing of version 1 published after version 2's
      const mine = c.published.filter((p) => p.uri === uri);
      assert.strictEqual(mine[mine.length - 1].version, v);
    } finally { await c.stop(); }
  });

  it('a request that needs the whole analysis while the stages run is answered when they end, and pulls made after it are answered from the stages meanwhile', async () => {
    const c = await TestClient.start({ caps: CAPS_PULL });
    try {
      const uri = 'untitled:asked.huashu.yaml';
      void c.open(uri, text);
      // the outline asked first, then the diagnostics: the pull does not wait for a whole lint
      const symbols = c.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
      const hover = c.request<unknown>('textDocument/hover', { textDocument: { uri }, position: { line: text.split('\n').lastIndexOf('    scenario: logistics'), character: 6 } });
      const first = await c.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
      assert.match(first.resultId ?? '', /\.p$/, 'the pull was answered from a stage');
      assert.ok((await symbols).length > 0);
      assert.ok(await hover);
      // the requests are answered once the whole document is linted: its diagnostics are there
      await c.refreshed(1);
      const again = await c.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
      assert.deepStrictEqual(again.kind === 'full' ? again.items : [], whole);
    } finally { await c.stop(); }
  });

  it('a request that waited for the stages is answered when the document closes before they end', async () => {
    const c = await TestClient.start({ caps: CAPS_PUSH });
    try {
      const uri = 'untitled:closed.huashu.yaml';
      void c.open(uri, text);
      const symbols = c.request<unknown[] | null>('textDocument/documentSymbol', { textDocument: { uri } });
      void c.close(uri);
      const answer = await symbols;
      assert.ok(answer === null || Array.isArray(answer));
    } finally { await c.stop(); }
  });

  it('with diagnostic shards, every shard answers from the same stage, and the shards hold every diagnostic after the pull again', async () => {
    const c = await TestClient.start({ caps: { ...CAPS_PULL, textDocument: { ...CAPS_PULL.textDocument, diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false } } }, initializationOptions: { debounceMs: 0, diagnosticShards: 4 } });
    try {
      await c.registered(3);
      const ids = ['huashu', ...c.registrations.filter((r) => r.method === 'textDocument/diagnostic').map((r) => (r.registerOptions as { identifier: string }).identifier)];
      const uri = 'untitled:shards.huashu.yaml';
      await c.open(uri, text);
      const pull = (prev: (string | undefined)[]): Promise<DocumentDiagnosticReport[]> => Promise.all(ids.map((identifier, k) => c.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, identifier, previousResultId: prev[k] })));
      const first = await pull([]);
      const items = (rs: DocumentDiagnosticReport[]): Diagnostic[] => rs.flatMap((r) => (r.kind === 'full' ? r.items : []));
      assert.ok(first.every((r) => /\.p\.s\d+$/.test(r.resultId ?? '')), first.map((r) => r.resultId).join(' '));
      assertPartOf(items(first), whole, 'shards');
      await c.refreshed(1);
      const again = await pull(first.map((r) => r.resultId));
      assert.ok(again.every((r) => r.kind === 'full' && !/\.p\.s\d+$/.test(r.resultId ?? '')));
      assert.deepStrictEqual(sortDiags(items(again)), sortDiags(whole));
    } finally { await c.stop(); }
  });

  it('a library the client was given whole as a closed file is linted in one go when opened: no stage shows less than it holds', async () => {
    const ws = makeWorkspace();
    const file = path.join(ws.root, 'big.huashu.yaml');
    fs.writeFileSync(file, text);
    const uri = pathToFileURL(file).href;
    // push: the workspace's closed files are published; then the library is opened
    const c = await TestClient.start({ caps: CAPS_PUSH, rootUri: ws.rootUri });
    try {
      const closed = await c.diagnostics(uri);
      assert.ok(closed.diagnostics.length > 0);
      const before = c.published.length;
      await c.open(uri, text);
      await c.held(uri, 1);
      const after = c.published.slice(before).filter((p) => p.uri === uri);
      assert.ok(after.every((p) => p.diagnostics.length >= closed.diagnostics.length), `publishes after opening: ${after.map((p) => p.diagnostics.length).join(', ')} (closed: ${closed.diagnostics.length})`);
    } finally { await c.stop(); }
    // pull: a workspace pull reported it; the document's first pull is then answered whole
    const p = await TestClient.start({ caps: CAPS_PULL, rootUri: ws.rootUri });
    try {
      const report = await p.request<{ items: { uri: string }[] }>('workspace/diagnostic', { previousResultIds: [] });
      assert.ok(report.items.some((i) => i.uri === uri));
      await p.open(uri, text);
      const first = await p.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
      assert.doesNotMatch(first.resultId ?? '', /\.p$/);
    } finally { await p.stop(); removeWorkspaces(); }
  });

  it('with diagnostic shards, a stage\'s answers leave the shards split as without stages (their runs of lines drawn from every diagnostic)', async () => {
    // most diagnostics in the top (the first stage's), a third below it: runs of lines drawn from
    // the top's alone would leave the last shard with every diagnostic below it, short of a new split
    const L = ['huashu: 1', 'scripts:'];
    for (let i = 0; i < 700; i++) {
      if (i < 30) L.push(`  - id: top${i}`, '    scenario: logistics', '    reply: 是快递给发错地方了，没办法，你自己看物流', '    repyl: x');
      else L.push(`  - id: b${i}`, '    scenario: logistics', '    stage: handling', `    reply: 您好，您的包裹已经在路上了，预计明天送达，感谢您的耐心等待，祝您生活愉快！第${i}条`, ...(i % 5 ? [] : ['    repyl: x']));
    }
    const top = L.join('\n') + '\n';
    const caps = { ...CAPS_PULL, textDocument: { ...CAPS_PULL.textDocument, diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false } } };
    const shardsOf = async (staged: boolean): Promise<Diagnostic[][]> => {
      const c = await TestClient.start({ caps, initializationOptions: { debounceMs: 0, diagnosticShards: 4, stagedFirstLint: staged } });
      try {
        await c.registered(3);
        const ids = ['huashu', ...c.registrations.filter((r) => r.method === 'textDocument/diagnostic').map((r) => (r.registerOptions as { identifier: string }).identifier)];
        const uri = 'untitled:top.huashu.yaml';
        await c.open(uri, top);
        const pull = (prev: (string | undefined)[]): Promise<DocumentDiagnosticReport[]> => Promise.all(ids.map((identifier, k) => c.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, identifier, previousResultId: prev[k] })));
        let rs = await pull([]);
        if (staged) {
          assert.ok(rs.every((r) => /\.p\.s\d+$/.test(r.resultId ?? '')), 'answered from a stage');
          await c.refreshed(1);
          rs = await pull(rs.map((r) => r.resultId));
        }
        return rs.map((r) => (r.kind === 'full' ? r.items : []));
      } finally { await c.stop(); }
    };
    const plain = await shardsOf(false);
    assert.ok(Math.max(...plain.slice(0, 3).map((x) => x.length)) < 150, `the cold shards: ${plain.map((x) => x.length).join(', ')}`);
    assert.deepStrictEqual(await shardsOf(true), plain);
  });
});
