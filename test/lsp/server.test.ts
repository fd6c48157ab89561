import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  CodeAction, CompletionItem, Diagnostic, DocumentSymbol, FoldingRange, Hover, CodeLens, SemanticTokens, TextEdit, DocumentDiagnosticReport,
  WorkspaceDiagnosticReport, WorkspaceDiagnosticRequest, ClientCapabilities,
} from 'vscode-languageserver-protocol/node';
import { RULES_BY_ID, docsUrl } from '../../server/src/engine';
import { applyScriptsDelta, movePreviewScript, movedOf, movedRange } from '../../server/src/lsp/protocol';
import type { DocumentScriptsResult } from '../../server/src/lsp/protocol';
import { TestClient, CAPS_PULL, CAPS_PUSH } from './client';
import { CONFIG, LIB, OTHER, Workspace, lineOf, makeWorkspace, removeWorkspaces } from './fixtures';

function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const off = (p: { line: number; character: number }): number => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => off(b.range.start) - off(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, off(e.range.start)) + e.newText + out.slice(off(e.range.end));
  return out;
}

const byCode = (ds: Diagnostic[], code: string): Diagnostic[] => ds.filter((d) => d.code === code);

// the temporary workspaces of this file's suites are removed once all of them ran (a root-level hook)
after(removeWorkspaces);

describe('language server (push diagnostics)', () => {
  let ws: Workspace;
  let client: TestClient;

  before(async () => {
    ws = makeWorkspace();
    client = await TestClient.start({ rootUri: ws.rootUri });
  });
  after(async () => { await client.stop(); });

  it('advertises its capabilities', () => {
    const caps = client.init.capabilities;
    assert.strictEqual(caps.textDocumentSync && typeof caps.textDocumentSync === 'object' && caps.textDocumentSync.change, 2);
    assert.ok(caps.hoverProvider);
    assert.deepStrictEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.huashu'], resolveProvider: true });
    assert.ok(caps.completionProvider?.triggerCharacters?.includes('{'));
    assert.ok(caps.documentSymbolProvider && caps.foldingRangeProvider && caps.codeLensProvider);
    assert.deepStrictEqual(caps.semanticTokensProvider?.legend.tokenTypes, ['variable', 'macro']);
    assert.deepStrictEqual(caps.diagnosticProvider, { identifier: 'huashu', interFileDependencies: true, workspaceDiagnostics: true });
  });

  it('publishes diagnostics on open with exact ranges, code, href, source and tags', async () => {
    await client.open(ws.libUri, LIB);
    const p = await client.diagnostics(ws.libUri, 1);
    const unknown = byCode(p.diagnostics, 'unknown-key');
    assert.strictEqual(unknown.length, 1);
    assert.deepStrictEqual(unknown[0].range, { start: { line: 16, character: 4 }, end: { line: 16, character: 9 } });
    assert.strictEqual(unknown[0].severity, 1);
    assert.strictEqual(unknown[0].source, 'huashu');
    assert.strictEqual(unknown[0].codeDescription?.href, docsUrl('unknown-key'));
    assert.match(String(unknown[0].message), /repyl/);
    const undeclared = byCode(p.diagnostics, 'undeclared-variable');
    const at = lineOf(LIB, '{客户}');
    assert.deepStrictEqual(undeclared.map((d) => d.range), [{ start: at, end: { line: at.line, character: at.character + 4 } }]);
    const courier = byCode(p.diagnostics, 'no-blame-courier');
    assert.strictEqual(courier.length, 1);
    assert.strictEqual(courier[0].range.start.line, 10);
    assert.strictEqual(courier[0].range.start.character, lineOf(LIB, '是快递').character);
    assert.strictEqual(courier[0].severity, 1);
    const team = byCode(p.diagnostics, 'team-forbidden-phrase');
    assert.strictEqual(team.length, 1, 'the workspace config (team phrase) applies to the open buffer');
    assert.strictEqual(team[0].severity, 2);
  });

  it('flags a script id defined in another workspace file (duplicate-id across files)', async () => {
    await client.server.whenScanned();
    const p = await client.diagnostics(ws.libUri, undefined, (x) => byCode(x.diagnostics, 'duplicate-id').length > 0);
    const dup = byCode(p.diagnostics, 'duplicate-id')[0];
    assert.strictEqual(dup.range.start.line, 6);
    assert.match(String(dup.message), /sub\/other\.huashu\.yaml 第 3 行/);
    // the closed file gets its diagnostics pushed too; node_modules is skipped
    const other = await client.diagnostics(ws.otherUri, undefined, (x) => byCode(x.diagnostics, 'duplicate-id').length > 0);
    assert.match(String(byCode(other.diagnostics, 'duplicate-id')[0].message), /lib\.huashu\.yaml/);
    assert.ok(!client.published.some((x) => x.uri.includes('node_modules')));
  });

  it('lints the buffer, not the file on disk, on every change', async () => {
    const fixed = LIB.replace('    repyl: x\n', '');
    const v = await client.change(ws.libUri, fixed);
    const p = await client.diagnostics(ws.libUri, v);
    assert.strictEqual(byCode(p.diagnostics, 'unknown-key').length, 0);
    assert.strictEqual(byCode(p.diagnostics, 'undeclared-variable').length, 1);
    // an incremental edit in the middle of a reply
    const pos = lineOf(fixed, '{客户}');
    const v2 = await client.change(ws.libUri, '{顾客}', { start: pos, end: { line: pos.line, character: pos.character + 4 } });
    const p2 = await client.diagnostics(ws.libUri, v2);
    assert.strictEqual(byCode(p2.diagnostics, 'undeclared-variable').length, 0);
    assert.strictEqual(byCode(p2.diagnostics, 'no-blame-courier').length, 1);
    await client.change(ws.libUri, LIB);
  });

  it('follows an id typed key by key into the other files\' duplicates, both ways', async () => {
    // (a keystroke in an id patches the list the workspace index holds for the document: the
    // closed file that shared the id loses its duplicate, and gets it back)
    await client.diagnostics(ws.otherUri, undefined, (x) => byCode(x.diagnostics, 'duplicate-id').length === 1);
    const id = lineOf(LIB, 'id: courier');
    const end = { line: id.line, character: id.character + 'id: courier'.length };
    const lost = client.nextDiagnostics(ws.otherUri, (x) => byCode(x.diagnostics, 'duplicate-id').length === 0);
    const v1 = await client.change(ws.libUri, 'x', { start: end, end });
    assert.strictEqual(byCode((await client.held(ws.libUri, v1)).diagnostics, 'duplicate-id').length, 0, 'courierx is defined nowhere else');
    await lost;
    const v2 = await client.change(ws.libUri, 'y', { start: { line: end.line, character: end.character + 1 }, end: { line: end.line, character: end.character + 1 } });
    assert.strictEqual(byCode((await client.held(ws.libUri, v2)).diagnostics, 'duplicate-id').length, 0);
    const back = client.nextDiagnostics(ws.otherUri, (x) => byCode(x.diagnostics, 'duplicate-id').some((d) => String(d.message).includes(`第 ${id.line + 1} 行`)));
    await client.change(ws.libUri, '', { start: { line: end.line, character: end.character + 1 }, end: { line: end.line, character: end.character + 2 } });
    const v4 = await client.change(ws.libUri, '', { start: end, end: { line: end.line, character: end.character + 1 } });
    const dup = byCode((await client.held(ws.libUri, v4)).diagnostics, 'duplicate-id');
    assert.strictEqual(dup.length, 1);
    assert.match(String(dup[0].message), /sub\/other\.huashu\.yaml 第 3 行/);
    await back;
    // a line break typed in the first script's reply moves the second's id a line down: an open
    // document that shares that id is told its new line, and the old one after the break is deleted
    const third = pathToFileURL(path.join(ws.root, 'third.huashu.yaml')).href;
    await client.open(third, ['huashu: 1', 'scripts:', '  - id: greet', '    reply: 您好', ''].join('\n'));
    const greet = lineOf(LIB, 'id: greet').line;
    await client.diagnostics(third, 1, (x) => byCode(x.diagnostics, 'duplicate-id').some((d) => String(d.message).includes(`第 ${greet + 1} 行`)));
    const reply = lineOf(LIB, '是快递');
    const down = client.nextDiagnostics(third, (x) => byCode(x.diagnostics, 'duplicate-id').some((d) => String(d.message).includes(`第 ${greet + 2} 行`)));
    await client.change(ws.libUri, '\n      ', { start: reply, end: reply });
    await down;
    const up = client.nextDiagnostics(third, (x) => byCode(x.diagnostics, 'duplicate-id').some((d) => String(d.message).includes(`第 ${greet + 1} 行`)));
    await client.change(ws.libUri, '', { start: reply, end: { line: reply.line + 1, character: 6 } });
    await up;
    await client.close(third);
    await client.change(ws.libUri, LIB);
  });

  it('offers the quick fix for a diagnostic echoed back with altered columns (matched by code and overlap)', async () => {
    const p = await client.diagnostics(ws.libUri, undefined, (x) => byCode(x.diagnostics, 'unknown-key').length === 1);
    const team = byCode(p.diagnostics, 'team-forbidden-phrase')[0];
    // e.g. Neovim: byte columns instead of UTF-16
    const altered: Diagnostic = { ...team, range: { start: { line: team.range.start.line, character: team.range.start.character + 2 }, end: { line: team.range.end.line, character: team.range.end.character + 7 } } };
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: ws.libUri }, range: altered.range, context: { diagnostics: [altered] },
    });
    const fix = actions.find((a) => a.kind === 'quickfix' && a.isPreferred);
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    assert.match(fix.title, /亲爱的.*您/);
    assert.deepStrictEqual(fix.diagnostics, [altered]);
    const out = applyEdits(LIB, fix.edit!.changes![ws.libUri]);
    assert.ok(out.includes('    reply: 您{顾客},您好{客户}'));
    assert.ok(!actions.some((a) => a.title.includes('no-blame-courier')), 'only actions for the matched diagnostic');
  });

  it('offers "disable this rule for this line" inserting the directive comment', async () => {
    const p = await client.diagnostics(ws.libUri, undefined, (x) => byCode(x.diagnostics, 'unknown-key').length === 1);
    const courier = byCode(p.diagnostics, 'no-blame-courier')[0];
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: ws.libUri }, range: courier.range, context: { diagnostics: [courier] },
    });
    const disable = actions.find((a) => a.title === '在这一行禁用规则 no-blame-courier');
    assert.ok(disable, JSON.stringify(actions.map((a) => a.title)));
    const edits = disable.edit!.changes![ws.libUri];
    assert.deepStrictEqual(edits, [{ range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }, newText: '    # huashu-disable-next-line no-blame-courier\n' }]);
    const v = await client.change(ws.libUri, applyEdits(LIB, edits));
    const after = await client.diagnostics(ws.libUri, v);
    assert.strictEqual(byCode(after.diagnostics, 'no-blame-courier').length, 0);
    assert.strictEqual(byCode(after.diagnostics, 'unused-directive').length, 0);
    await client.change(ws.libUri, LIB);
  });

  it('tags an unused directive as unnecessary and offers its removal', async () => {
    const text = LIB.replace('  - id: greet', '  # huashu-disable-next-line no-blame-courier\n  - id: greet');
    const v = await client.change(ws.libUri, text);
    const p = await client.diagnostics(ws.libUri, v);
    const unused = byCode(p.diagnostics, 'unused-directive');
    assert.strictEqual(unused.length, 1);
    assert.deepStrictEqual(unused[0].tags, [1]);
    assert.strictEqual(unused[0].severity, 2);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: ws.libUri }, range: unused[0].range, context: { diagnostics: unused } });
    const rm = actions.find((a) => a.title === '删除这条无用的禁用注释');
    assert.ok(rm);
    assert.strictEqual(applyEdits(text, rm.edit!.changes![ws.libUri]), LIB);
    await client.change(ws.libUri, LIB);
  });

  it('fixes everything with source.fixAll.huashu', async () => {
    await client.diagnostics(ws.libUri, undefined, (x) => byCode(x.diagnostics, 'unknown-key').length === 1);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: ws.libUri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.strictEqual(actions.length, 1);
    assert.strictEqual(actions[0].kind, 'source.fixAll.huashu');
    const out = applyEdits(LIB, actions[0].edit!.changes![ws.libUri]);
    assert.strictEqual(out, LIB.replace('亲爱的{顾客}', '您{顾客}'));
  });

  it('explains a finding on hover: rule, message, why, good rewrite, link', async () => {
    const at = lineOf(LIB, '是快递');
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri: ws.libUri }, position: { line: at.line, character: at.character + 2 } });
    const md = ((h.contents as { value: string }).value);
    const meta = RULES_BY_ID.get('no-blame-courier')!.meta;
    assert.ok(md.includes(meta.title));
    assert.ok(md.includes('**为什么：**'));
    assert.ok(md.includes(meta.docs.why));
    assert.ok(md.includes(`**推荐写法：** ${meta.docs.good[0]}`));
    assert.ok(md.includes(docsUrl('no-blame-courier')));
  });

  it('shows penalty points for platform rules', async () => {
    const rule = RULES_BY_ID.get('invoice-no-refusal')!;
    assert.equal(rule.meta.penalty, 6);
    const { hover: hv } = await import('../../server/src/lsp/features');
    const { DocumentAnalyzer } = await import('../../server/src/engine/incremental');
    const { textsFor } = await import('../../server/src/lsp/i18n');
    const scripts = Array.from({ length: 30 }, (_v, i) => `  - id: s${i}\n    scenario: after-sales\n    reply: ${i === 20 ? '不好意思亲,我们店不开发票的哦' : '亲，您好，请问有什么可以帮您？'}\n`);
    const text = `huashu: 1\nscripts:\n${scripts.join('')}`;
    const at = lineOf(text, '不开发票');
    // an incremental analysis (placing only the items near the position) and a full one agree
    const analyzer = new DocumentAnalyzer();
    analyzer.analyze(text, { config: { rules: {}, phrases: [], allow: [] } });
    const edited = text.replace('s3\n', 's3x\n');
    const inc = analyzer.analyze(edited, { config: { rules: {}, phrases: [], allow: [] } });
    assert.equal(inc.mode, 'incremental');
    const full = new DocumentAnalyzer().analyze(edited, { config: { rules: {}, phrases: [], allow: [] }, incremental: false });
    for (const a of [inc, full]) {
      const h = hv(a, { line: at.line, character: at.character + 1 }, textsFor('zh'))!;
      const md = String((h.contents as { value: string }).value);
      assert.match(md, /invoice-no-refusal/);
      assert.match(md, /扣分.*6/);
    }
    assert.deepEqual(hv(inc, { line: at.line, character: at.character + 1 }, textsFor('zh')), hv(full, { line: at.line, character: at.character + 1 }, textsFor('zh')));
  });

  it('explains keys and enum values on hover', async () => {
    const key = lineOf(LIB, 'scenario: logistics');
    const h1 = await client.request<Hover>('textDocument/hover', { textDocument: { uri: ws.libUri }, position: { line: key.line, character: key.character + 2 } });
    assert.match(String((h1.contents as { value: string }).value), /\*\*scenario\*\* — 场景/);
    const h2 = await client.request<Hover>('textDocument/hover', { textDocument: { uri: ws.libUri }, position: { line: key.line, character: key.character + 13 } });
    assert.match(String((h2.contents as { value: string }).value), /\*\*logistics\*\*（物流）/);
    const h3 = await client.request<Hover>('textDocument/hover', { textDocument: { uri: ws.libUri }, position: { line: 3, character: 2 } });
    assert.match(String((h3.contents as { value: string }).value), /变量声明/);
    const h4 = await client.request<Hover>('textDocument/hover', { textDocument: { uri: ws.libUri }, position: { line: 2, character: 12 } });
    assert.match(String((h4.contents as { value: string }).value), /淘宝/);
  });

  it('completes keys, enum values, variables, directive rule ids and phrases', async () => {
    const text = [
      'huashu: 1', 'variables:', '  顾客: 买家昵称', '  单号: 订单号', 'scripts:', '  - id: a', '    sce', '    stage: ', '    reply: 您好{', '    # huashu-disable-next-line no-bl', '  - id: b', '    reply: 您好,', '',
    ].join('\n');
    const uri = ws.rootUri + '/complete.huashu.yaml';
    await client.open(uri, text);
    const complete = (line: number, character: number): Promise<CompletionItem[]> => client.request('textDocument/completion', { textDocument: { uri }, position: { line, character } });
    const keys = await complete(6, 7);
    assert.ok(keys.some((k) => k.label === 'scenario' && (k.textEdit as TextEdit).newText === 'scenario: '));
    assert.ok(keys.some((k) => k.label === 'alternatives'));
    const top = await complete(4, 0);
    assert.ok(top.some((k) => k.label === 'platform'));
    const stages = await complete(7, 11);
    assert.deepStrictEqual(stages.map((s) => s.label), ['opening', 'inquiry', 'handling', 'invite-review', 'closing']);
    const vars = await complete(8, 16);
    assert.deepStrictEqual(vars.map((v) => (v.textEdit as TextEdit).newText), ['顾客}', '单号}']);
    const ids = await complete(9, 36);
    assert.ok(ids.some((i) => i.label === 'no-blame-courier'));
    assert.deepStrictEqual((ids.find((i) => i.label === 'no-blame-courier')!.textEdit as TextEdit).range, { start: { line: 9, character: 31 }, end: { line: 9, character: 36 } });
    const phrases = await complete(11, 15);
    assert.ok(phrases.length > 0 && phrases.length <= 20);
    assert.ok(phrases.some((p) => p.label === '亲爱的' === false));
    await client.close(uri);
  });

  it('lists scripts as document symbols under their scenario, with folding, code lens and semantic tokens', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: ws.libUri } });
    assert.deepStrictEqual(symbols.map((s) => [s.name, s.children!.map((c) => `${c.name}:${c.detail}`)]), [
      ['logistics（物流）', ['courier:快递问题']], ['pre-sales（售前）', ['greet:问候']],
    ]);
    assert.strictEqual(symbols[0].children![0].selectionRange.start.line, 6);
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: ws.libUri } });
    assert.ok(folds.some((f) => f.startLine === 6 && f.endLine === 10), JSON.stringify(folds));
    assert.ok(folds.some((f) => f.startLine === 11 && f.endLine === 16));
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: ws.libUri } });
    assert.strictEqual(lenses.length, 2);
    assert.strictEqual(lenses[0].range.start.line, 6);
    assert.match(lenses[0].command!.title, /^质量分 \d+\/100/);
    assert.match(lenses[0].command!.title, /扣分/);
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: ws.libUri } });
    // decode
    const decoded: number[][] = [];
    let line = 0;
    let ch = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      const [dl, dc, len, type, mods] = tokens.data.slice(i, i + 5);
      line += dl; ch = dl ? dc : ch + dc;
      decoded.push([line, ch, len, type, mods]);
    }
    const v = lineOf(LIB, '{顾客}');
    assert.ok(decoded.some((t) => t[0] === v.line && t[1] === v.character && t[2] === 4 && t[3] === 0), JSON.stringify(decoded));
    assert.ok(decoded.some((t) => t[0] === 4 && t[1] === 2 && t[3] === 0 && t[4] === 1), 'declared variable');
  });

  it('highlights directive comments as macros', async () => {
    const text = LIB.replace('  - id: greet', '  # huashu-disable-next-line team-forbidden-phrase\n  - id: greet');
    const v = await client.change(ws.libUri, text);
    await client.diagnostics(ws.libUri, v);
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: ws.libUri } });
    let line = 0;
    let found = false;
    for (let i = 0; i < tokens.data.length; i += 5) { line += tokens.data[i]; if (line === 11 && tokens.data[i + 3] === 1) found = true; }
    assert.ok(found);
    await client.change(ws.libUri, LIB);
  });

  /**
   * Each edit (`from` replaced by `to`) made in the open library `uri`, whose preview the client
   * holds (`held`), then the preview asked relative to it: the answer must be a change list that,
   * applied, gives the whole answer. Returns the preview held at the end, and how many scripts
   * each answer sent and by how many lines it shifted the others.
   */
  async function editPreview(uri: string, text: string, held: DocumentScriptsResult, edits: [string, string][]): Promise<{ held: DocumentScriptsResult; sent: number[]; shifts: (number | undefined)[]; text: string }> {
    const sent: number[] = [];
    const shifts: (number | undefined)[] = [];
    for (const [from, to] of edits) {
      text = text.replace(from, to);
      const v = await client.change(uri, text);
      await client.diagnostics(uri, v);
      const r: DocumentScriptsResult = await client.request<DocumentScriptsResult>('huashu/documentScripts', { uri, since: held.resultId });
      assert.ok(r.delta && r.delta.base === held.resultId, 'an answer relative to the one held');
      sent.push(r.scripts.length);
      shifts.push(r.delta.lines);
      const merged: DocumentScriptsResult = applyScriptsDelta(held, r)!;
      const expected = await client.request<DocumentScriptsResult>('huashu/documentScripts', { uri });
      assert.deepStrictEqual({ ...merged, resultId: undefined }, { ...expected, resultId: undefined });
      held = merged;
    }
    return { held, sent, shifts, text };
  }

  it('answers huashu/documentScripts of a library written as JSON with only the scripts a keystroke changed', async () => {
    const uri = ws.libUri.replace('.huashu.yaml', '-json-delta.huashu.yaml');
    const scripts = Array.from({ length: 40 }, (_v, i) => ({ id: `j${i}`, scenario: 'logistics', reply: `亲,您好,第 ${i} 条` }));
    let text = JSON.stringify({ huashu: 1, platform: 'taobao', scripts }, null, 2) + '\n';
    await client.open(uri, text);
    await client.diagnostics(uri, 1);
    // (the first analysis lints the file whole, which keeps nothing per script to compare: the
    // answer has no id; after a keystroke, a splice, it has)
    assert.strictEqual((await client.request<DocumentScriptsResult>('huashu/documentScripts', { uri })).resultId, undefined);
    text = text.replace('第 0 条', '第 0 条!');
    await client.diagnostics(uri, await client.change(uri, text));
    let held = await client.request<DocumentScriptsResult>('huashu/documentScripts', { uri });
    assert.ok(held.resultId && !held.delta && held.scripts.length === 40);
    // typing in one reply and back (one script sent), a line break in a reply (the scripts after
    // it moved: a shift), removed again
    const edits: [string, string][] = [['第 7 条', '第 7 条,是快递的问题'], ['第 7 条,是快递的问题', '第 7 条'], ['第 12 条', '第 12 条\n    还有一行'], ['第 12 条\n    还有一行', '第 12 条']];
    let sent: number[];
    let shifts: (number | undefined)[];
    ({ held, sent, shifts, text } = await editPreview(uri, text, held, edits));
    assert.deepStrictEqual(sent, [1, 1, 1, 1]);
    assert.deepStrictEqual(shifts, [undefined, undefined, 1, -1]);
    await client.close(uri);
  });

  it('answers huashu/documentScripts with only the scripts that changed since an answer the client holds', async () => {
    const uri = ws.libUri.replace('.huashu.yaml', '-delta.huashu.yaml');
    const scripts = Array.from({ length: 40 }, (_v, i) => `  - id: d${i}\n    scenario: logistics\n    reply: 亲,您好,第 ${i} 条\n`);
    let text = `huashu: 1\nplatform: taobao\nscripts:\n${scripts.join('')}`;
    await client.open(uri, text);
    await client.diagnostics(uri, 1);
    const whole = (): Promise<DocumentScriptsResult> => client.request<DocumentScriptsResult>('huashu/documentScripts', { uri });
    let held = await client.request<DocumentScriptsResult>('huashu/documentScripts', { uri });
    assert.ok(held.resultId && !held.delta && held.scripts.length === 40);
    const edits: [string, string][] = [
      ['第 7 条', '第 7 条,是快递的问题'],      // typing in one reply: one script sent
      ['第 7 条,是快递的问题', '第 7 条'],      // and back
      ['  - id: d30\n', '  # 注释\n  - id: d30\n'], // a line more: the scripts after it moved, sent as a shift
      ['  - id: d3\n', '  - id: d3x\n'],     // an id
      ['  # 注释\n', ''],                     // a line less: moved up
      ['scripts:\n', 'scripts:\n  - id: new\n    reply: 您好\n'], // a script above all: every index moved
      ['第 39 条', '第 39 条\n      还有一行'],   // the last script grows: nothing after it
    ];
    let sent: number[];
    let shifts: (number | undefined)[];
    ({ held, sent, shifts, text } = await editPreview(uri, text, held, edits));
    assert.deepStrictEqual(sent, [1, 1, 0, 1, 0, 1, 1]);
    assert.deepStrictEqual(shifts, [undefined, undefined, 1, undefined, -1, 2, undefined]);
    // asked again with nothing changed: nothing sent
    const same = await client.request<DocumentScriptsResult>('huashu/documentScripts', { uri, since: held.resultId });
    assert.deepStrictEqual([same.scripts.length, same.delta?.head, same.delta?.tail], [0, 41, 0]);
    // an id the server no longer remembers (or never gave): the whole answer
    const unknown = await client.request<DocumentScriptsResult>('huashu/documentScripts', { uri, since: 'x' });
    assert.ok(!unknown.delta && unknown.scripts.length === 41);
    assert.strictEqual(applyScriptsDelta(undefined, same), undefined, 'a change list needs the answer it is relative to');
    assert.strictEqual(applyScriptsDelta({ ...held, resultId: 'other' }, same), undefined);
    assert.strictEqual(applyScriptsDelta(held, { ...same, delta: { ...same.delta!, lines: 0.5 } }), undefined, 'a shift that is not a whole number of lines');
    // a shift moves every range of the kept scripts, and only theirs
    const moved = applyScriptsDelta(held, { ...same, delta: { base: held.resultId!, head: 40, tail: 1, lines: 3 } })!;
    const last = held.scripts[40];
    assert.deepStrictEqual(moved.scripts[40], movePreviewScript(last, 3));
    assert.strictEqual(moved.scripts[40].range.start.line, last.range.start.line + 3);
    assert.strictEqual(moved.scripts[40].turns[0].messages[0].range.end.line, last.turns[0].messages[0].range.end.line + 3);
    assert.strictEqual(moved.scripts[0], held.scripts[0]);
    assert.notStrictEqual(last.range.start.line, moved.scripts[40].range.start.line, 'the held answer is left as it was');
    // a layout only the whole parser reads (linted in full, every script made afresh): whole
    // answers without an id, nothing kept for later comparisons
    const flow = `huashu: 1\nscripts: [${Array.from({ length: 20 }, (_v, i) => `{id: f${i}, reply: 亲}`).join(', ')}]\n`;
    const v = await client.change(uri, flow);
    await client.diagnostics(uri, v);
    const inFull = await client.request<DocumentScriptsResult>('huashu/documentScripts', { uri, since: held.resultId });
    assert.deepStrictEqual([inFull.resultId, inFull.delta, inFull.scripts.length], [undefined, undefined, 20]);
    await client.close(uri);
  });

  it('answers huashu/documentScripts with scripts, findings and scores', async () => {
    const r = await client.request<DocumentScriptsResult>('huashu/documentScripts', { uri: ws.libUri });
    assert.strictEqual(r.uri, ws.libUri);
    assert.strictEqual(r.platform, 'taobao');
    assert.strictEqual(r.shop, '尚米坊');
    assert.deepStrictEqual(r.scripts.map((s) => s.id), ['courier', 'greet']);
    const courier = r.scripts[0];
    assert.strictEqual(courier.scenario, 'logistics');
    assert.strictEqual(courier.turns[0].messages[0].text, '亲,是快递给发错地方了哦');
    const f = courier.turns[0].messages[0].findings.find((x) => x.ruleId === 'no-blame-courier')!;
    assert.ok(f.textRange && f.textRange[0] === 2);
    assert.ok(courier.score < 100);
    assert.ok(courier.deductions.some((d) => d.rules.includes('no-blame-courier')));
    assert.ok(r.scripts[1].findings.some((x) => x.ruleId === 'unknown-key'));
    assert.ok(r.counts.error >= 3);
    const note = await client.notification('huashu/documentChanged', (p) => p.uri === ws.libUri);
    assert.strictEqual(typeof note.score, 'number');
  });

  it('re-lints open documents when the config changes; an invalid config is reported on itself and the last good one is kept', async () => {
    // a publish of the library that reflects the config: an earlier edit's relint of the other
    // open documents (50 ms after it) may publish the library once more, with the config before
    fs.writeFileSync(ws.config, 'rules:\n  no-blame-courier: off\nphrases:\n  - pattern: 亲爱的\n    replacement: 您\n');
    const relinted = client.nextDiagnostics(ws.libUri, (p) => byCode(p.diagnostics, 'no-blame-courier').length === 0);
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.configUri, type: 2 }] });
    const p = await relinted;
    assert.strictEqual(byCode(p.diagnostics, 'no-blame-courier').length, 0);
    assert.strictEqual(byCode(p.diagnostics, 'team-forbidden-phrase').length, 1);

    fs.writeFileSync(ws.config, 'rules:\n  no-blame-courier: [loud\nbogus: 1\n');
    const configDiag = client.nextDiagnostics(ws.configUri);
    const published = client.published.length;
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.configUri, type: 2 }] });
    const cd = await configDiag;
    assert.ok(cd.diagnostics.length > 0);
    assert.ok(cd.diagnostics.some((d) => d.severity === 1));
    assert.match(String(cd.diagnostics[0].message), /上一次有效的配置/);
    // linted with the last good config again: the same diagnostics, which the client holds and
    // which are not sent again (the analysis the server answers from says the same)
    const findings = (await client.request<DocumentScriptsResult>('huashu/documentScripts', { uri: ws.libUri })).scripts
      .flatMap((x) => [...x.findings, ...x.turns.flatMap((t) => t.messages.flatMap((m) => m.findings))]);
    assert.strictEqual(findings.filter((f) => f.ruleId === 'no-blame-courier').length, 0, 'still the last good config');
    assert.strictEqual(findings.filter((f) => f.ruleId === 'team-forbidden-phrase').length, 1);
    assert.deepStrictEqual(client.published.slice(published).filter((x) => x.uri === ws.libUri), [], 'the same list, not published again');

    fs.writeFileSync(ws.config, CONFIG);
    const cleared = client.nextDiagnostics(ws.configUri);
    const relinted3 = client.nextDiagnostics(ws.libUri, (p) => byCode(p.diagnostics, 'no-blame-courier').length > 0);
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.configUri, type: 2 }] });
    assert.deepStrictEqual((await cleared).diagnostics, []);
    const p3 = await relinted3;
    assert.strictEqual(byCode(p3.diagnostics, 'no-blame-courier').length, 1);
    assert.strictEqual(byCode(p3.diagnostics, 'team-forbidden-phrase').length, 1, 'the config read again: its phrase');
  });

  it('logs a rule that throws and still delivers every other finding', async () => {
    const rule = RULES_BY_ID.get('no-blame-courier')!;
    const original = rule.check;
    rule.check = () => { throw new Error('boom in test'); };
    try {
      const uri = ws.rootUri + '/throwing.huashu.yaml';
      await client.open(uri, LIB);
      const p = await client.diagnostics(uri, 1);
      assert.strictEqual(byCode(p.diagnostics, 'no-blame-courier').length, 0);
      assert.strictEqual(byCode(p.diagnostics, 'unknown-key').length, 1);
      assert.strictEqual(byCode(p.diagnostics, 'undeclared-variable').length, 1);
      const log = await client.log((l) => l.message.includes('no-blame-courier') && l.message.includes('boom in test'));
      assert.strictEqual(log.type, 1);
      await client.close(uri);
    } finally {
      rule.check = original;
    }
  });

  it('survives garbage input', async () => {
    const uri = ws.rootUri + '/garbage.huashu.yaml';
    const inputs = ['', '\uFEFF', ':::\n  - [\n', 'scripts:\n  - {', '\u0000\u0001', 'huashu: 1\nscripts:\n  - id: a\n    reply: "未闭合', '- a\n- b', 'scripts: 5'];
    await client.open(uri, inputs[0]);
    for (const t of inputs) {
      const v = await client.change(uri, t);
      await client.diagnostics(uri, v);
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
      await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 0 } });
      await client.request('textDocument/documentSymbol', { textDocument: { uri } });
      await client.request('textDocument/semanticTokens/full', { textDocument: { uri } });
      await client.request('huashu/documentScripts', { uri });
    }
    await client.close(uri);
  });

  it('keeps the BOM out of the offsets', async () => {
    const uri = ws.rootUri + '/bom.huashu.yaml';
    await client.open(uri, '\uFEFFhuashu: 1\nbogus: 1\nscripts: []\n');
    const p = await client.diagnostics(uri, 1);
    assert.deepStrictEqual(byCode(p.diagnostics, 'unknown-key')[0].range, { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } });
    await client.close(uri);
    const uri2 = ws.rootUri + '/bom2.huashu.yaml';
    await client.open(uri2, '\uFEFFbogus: 1\nhuashu: 1\n');
    const p2 = await client.diagnostics(uri2, 1);
    assert.deepStrictEqual(byCode(p2.diagnostics, 'unknown-key')[0].range, { start: { line: 0, character: 1 }, end: { line: 0, character: 6 } });
    await client.close(uri2);
  });
});

describe('language server (preview answers with library rules on)', () => {
  it('sends only the typed script although library-rule findings are placed again on every run', async () => {
    const ws = makeWorkspace();
    fs.writeFileSync(ws.config, 'extends:\n  - huashu:recommended\n');
    const client = await TestClient.start({ rootUri: ws.rootUri });
    await client.server.whenScanned();
    // one script per scenario, none with a closing stage: service-flow-complete reports on each
    const scenarios = ['pre-sales', 'after-sales', 'logistics', 'complaint', 'other'];
    let text = `huashu: 1\nscripts:\n${scenarios.map((sc, i) => `  - id: s${i}\n    scenario: ${sc}\n    stage: handling\n    reply: 您好,第 ${i} 条\n`).join('')}`;
    await client.open(ws.libUri, text);
    const p1 = await client.diagnostics(ws.libUri, 1);
    let held = await client.request<DocumentScriptsResult>('huashu/documentScripts', { uri: ws.libUri });
    assert.ok(p1.diagnostics.filter((d) => d.code === 'service-flow-complete').length >= 3, 'the library rule reports on the scripts');
    for (const i of [0, 3]) {
      text = text.replace(`第 ${i} 条`, `第 ${i} 条好`);
      const v = await client.change(ws.libUri, text);
      await client.diagnostics(ws.libUri, v);
      const r: DocumentScriptsResult = await client.request<DocumentScriptsResult>('huashu/documentScripts', { uri: ws.libUri, since: held.resultId });
      assert.strictEqual(r.scripts.length, 1, `scripts sent after typing in script ${i}`);
      const merged: DocumentScriptsResult = applyScriptsDelta(held, r)!;
      const whole = await client.request<DocumentScriptsResult>('huashu/documentScripts', { uri: ws.libUri });
      assert.deepStrictEqual({ ...merged, resultId: undefined }, { ...whole, resultId: undefined });
      held = merged;
    }
    await client.stop();
  });
});

describe('language server (debounce)', () => {
  it('drops stale versions: rapid changes publish only the latest', async () => {
    const ws = makeWorkspace();
    const client = await TestClient.start({ rootUri: ws.rootUri, initializationOptions: { debounceMs: 30 } });
    await client.server.whenScanned();
    await client.open(ws.libUri, LIB);
    await client.diagnostics(ws.libUri, 1);
    await client.change(ws.libUri, LIB + '#2\n');
    await client.change(ws.libUri, LIB + '#3\n');
    const v = await client.change(ws.libUri, LIB.replace('repyl', 'notes'));
    const p = await client.diagnostics(ws.libUri, v);
    assert.strictEqual(byCode(p.diagnostics, 'unknown-key').length, 0);
    assert.deepStrictEqual(client.published.filter((x) => x.uri === ws.libUri).map((x) => x.version).filter((x) => x !== 1 && x !== undefined), [v]);
    await client.stop();
  });
});

describe('language server (what the client declares it understands)', () => {
  const WITH_UNUSED = LIB.replace('  - id: greet', '  # huashu-disable-next-line no-blame-courier\n  - id: greet');
  const keysOf = (ds: Diagnostic[]): string[] => [...new Set(ds.flatMap((d) => Object.keys(d)))].sort();

  async function diagnosticsWith(caps: ClientCapabilities, edit = false): Promise<{ client: TestClient; ws: Workspace; diagnostics: Diagnostic[] }> {
    const ws = makeWorkspace();
    const client = await TestClient.start({ rootUri: ws.rootUri, caps });
    await client.open(ws.libUri, edit ? LIB : WITH_UNUSED);
    let p = await client.diagnostics(ws.libUri, 1);
    if (edit) {
      // the incremental path (items re-read after an edit) must keep the client's shape too
      const v = await client.change(ws.libUri, WITH_UNUSED);
      p = await client.diagnostics(ws.libUri, v);
    }
    return { client, ws, diagnostics: p.diagnostics };
  }

  for (const edit of [false, true]) {
    const how = edit ? 'after an edit' : 'on open';
    it(`a client that declares nothing gets no documentation link and no tags (${how})`, async () => {
      const { client, diagnostics } = await diagnosticsWith({}, edit);
      try {
        assert.deepStrictEqual(keysOf(diagnostics), ['code', 'message', 'range', 'severity', 'source']);
        assert.strictEqual(byCode(diagnostics, 'unused-directive').length, 1);
        assert.strictEqual(byCode(diagnostics, 'unknown-key').length, 1);
      } finally { await client.stop(); }
    });

    it(`codeDescriptionSupport and tagSupport bring the link and the unnecessary tag (${how})`, async () => {
      const { client, diagnostics } = await diagnosticsWith({ textDocument: { publishDiagnostics: { codeDescriptionSupport: true, tagSupport: { valueSet: [1] } } } }, edit);
      try {
        assert.deepStrictEqual(keysOf(diagnostics), ['code', 'codeDescription', 'message', 'range', 'severity', 'source', 'tags']);
        for (const d of diagnostics) assert.strictEqual(d.codeDescription?.href, docsUrl(String(d.code)));
        assert.deepStrictEqual(byCode(diagnostics, 'unused-directive')[0].tags, [1]);
      } finally { await client.stop(); }
    });
  }

  it('a tag set without "unnecessary" gets no tags; the link alone is honoured', async () => {
    const { client, diagnostics } = await diagnosticsWith({ textDocument: { publishDiagnostics: { tagSupport: { valueSet: [2] }, codeDescriptionSupport: true } } });
    try {
      assert.deepStrictEqual(keysOf(diagnostics), ['code', 'codeDescription', 'message', 'range', 'severity', 'source']);
    } finally { await client.stop(); }
  });

  it('pull diagnostics and code actions use the same shape; actions still match the diagnostics by range and rule', async () => {
    const caps: ClientCapabilities = { textDocument: { diagnostic: { dynamicRegistration: false }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } } } };
    const ws = makeWorkspace();
    const client = await TestClient.start({ rootUri: ws.rootUri, caps });
    try {
      await client.open(ws.libUri, WITH_UNUSED);
      const r = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: ws.libUri } });
      const items = (r as { items: Diagnostic[] }).items;
      assert.deepStrictEqual(keysOf(items), ['code', 'message', 'range', 'severity', 'source']);
      const unused = byCode(items, 'unused-directive');
      assert.strictEqual(unused.length, 1);
      // no diagnostics in the request: the actions carry diagnostics of the client's shape
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: ws.libUri }, range: unused[0].range, context: { diagnostics: [] } });
      const rm = actions.find((a) => a.title === '删除这条无用的禁用注释');
      assert.ok(rm);
      assert.deepStrictEqual(rm.diagnostics, unused);
    } finally { await client.stop(); }
  });
});

describe('language server (pull diagnostics)', () => {
  let ws: Workspace;
  let client: TestClient;
  before(async () => {
    ws = makeWorkspace();
    client = await TestClient.start({ rootUri: ws.rootUri, caps: CAPS_PULL });
    await client.server.whenScanned();
  });
  after(async () => { await client.stop(); });

  it('answers textDocument/diagnostic and does not push', async () => {
    await client.open(ws.libUri, LIB);
    const r = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: ws.libUri } });
    assert.strictEqual(r.kind, 'full');
    const items = (r as { items: Diagnostic[] }).items;
    assert.strictEqual(byCode(items, 'unknown-key').length, 1);
    assert.strictEqual(byCode(items, 'duplicate-id').length, 1);
    const again = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: ws.libUri }, previousResultId: r.resultId });
    assert.strictEqual(again.kind, 'unchanged');
    const v = await client.change(ws.libUri, LIB.replace('repyl', 'notes'));
    const r2 = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: ws.libUri }, previousResultId: r.resultId });
    assert.strictEqual(r2.kind, 'full');
    assert.strictEqual(byCode((r2 as { items: Diagnostic[] }).items, 'unknown-key').length, 0);
    assert.ok(v > 1);
    assert.ok(!client.published.some((p) => p.uri === ws.libUri));
  });

  it('names a report by its content: an edit that leaves every diagnostic as it was is answered `unchanged`', async () => {
    // 30 scripts, each with a finding early in its reply, and a comment line to type in
    const lines = ['huashu: 1', 'scripts:'];
    for (let i = 0; i < 30; i++) lines.push(`  - id: s${i}`, '    scenario: logistics', `    reply: 是快递给发错地方了，您稍等第${i}次`);
    lines.push('# 备注', '');
    const uri = `${ws.rootUri}/typing.huashu.yaml`;
    await client.open(uri, lines.join('\n'));
    const pull = (previousResultId?: string): Promise<DocumentDiagnosticReport> => client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
    const r0 = await pull();
    assert.strictEqual(r0.kind, 'full');
    const held = (r0 as { items: Diagnostic[] }).items;
    assert.ok(held.length >= 30, `a finding per script (${held.length})`);
    const comment = lines.indexOf('# 备注');
    const s15 = lines.indexOf('    reply: 是快递给发错地方了，您稍等第15次');
    const at = (line: number, character: number): { start: { line: number; character: number }; end: { line: number; character: number } } => ({ start: { line, character }, end: { line, character } });
    // typing in the comment, then at the end of a reply (after its findings): nothing moves
    for (const [range, text] of [[at(comment, 4), '一下'], [at(s15, lines[s15].length), '好']] as const) {
      await client.change(uri, text, range);
      const r = await pull(r0.resultId);
      const fresh = await pull();
      assert.deepStrictEqual((fresh as { items: Diagnostic[] }).items, held, 'the diagnostics held are those of the new text');
      assert.deepStrictEqual(r, { kind: 'unchanged', resultId: r0.resultId });
      assert.strictEqual(fresh.resultId, r0.resultId);
    }
    // typing before a finding moves it: a full report with a new id, equal to a fresh one
    await client.change(uri, '嗯', at(s15, 11));
    const r1 = await pull(r0.resultId);
    assert.strictEqual(r1.kind, 'full');
    assert.notStrictEqual(r1.resultId, r0.resultId);
    const fresh = await pull();
    assert.deepStrictEqual((r1 as { items: Diagnostic[] }).items, (fresh as { items: Diagnostic[] }).items);
    const movedOnLine = (r1 as { items: Diagnostic[] }).items.filter((d) => d.range.start.line === s15);
    assert.ok(movedOnLine.length && movedOnLine.every((d) => d.range.start.character > 11), 'the finding after the edit moved');
    // the old id is not taken back for other content; the new one is answered `unchanged`
    assert.strictEqual((await pull(r0.resultId)).kind, 'full');
    assert.deepStrictEqual(await pull(r1.resultId), { kind: 'unchanged', resultId: r1.resultId });
    await client.close(uri);
  });

  it('answers workspace/diagnostic for every library in the workspace, duplicate ids across files included', async () => {
    const r = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
    const uris = r.items.map((i) => i.uri).sort();
    assert.deepStrictEqual(uris, [ws.libUri, ws.otherUri].sort());
    const other = r.items.find((i) => i.uri === ws.otherUri)!;
    assert.strictEqual(other.kind, 'full');
    assert.strictEqual(byCode((other as { items: Diagnostic[] }).items, 'duplicate-id').length, 1);
    const again = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: r.items.map((i) => ({ uri: i.uri, value: i.resultId! })) });
    assert.ok(again.items.every((i) => i.kind === 'unchanged'));
  });

  it('asks the client to refresh when a library on disk changes its ids', async () => {
    const before = client.refreshes;
    fs.writeFileSync(ws.other, OTHER.replace('courier', 'renamed'));
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.otherUri, type: 2 }] });
    const r = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: ws.libUri } });
    assert.strictEqual(byCode((r as { items: Diagnostic[] }).items, 'duplicate-id').length, 0);
    assert.ok(client.refreshes > before);
  });
});

describe('language server (pulled diagnostics in shards, as the VS Code extension asks)', () => {
  const SHARDS = 4;
  const CAPS_SHARDS = { ...CAPS_PULL, textDocument: { ...CAPS_PULL.textDocument, diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false } } };
  let ws: Workspace;
  let client: TestClient;
  before(async () => {
    ws = makeWorkspace();
    client = await TestClient.start({ rootUri: ws.rootUri, caps: CAPS_SHARDS, initializationOptions: { debounceMs: 0, diagnosticShards: SHARDS } });
    await client.server.whenScanned();
  });
  after(async () => { await client.stop(); });

  const ids = ['huashu', ...Array.from({ length: SHARDS - 1 }, (_, k) => `huashu.${k + 1}`)];
  const key = (d: Diagnostic): string => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;

  it('registers a provider per shard after the first; each shard holds the diagnostics of its lines, the last those typed on, together every one once', async () => {
    await client.registered(SHARDS - 1);
    const regs = client.registrations.filter((r) => r.method === 'textDocument/diagnostic');
    assert.deepStrictEqual(regs.map((r) => (r.registerOptions as { identifier: string }).identifier), ids.slice(1));
    assert.ok(regs.every((r) => (r.registerOptions as { workspaceDiagnostics: boolean }).workspaceDiagnostics === false), 'the workspace pulls stay with the static provider');
    const lines = ['huashu: 1', 'scripts:'];
    for (let i = 0; i < 30; i++) lines.push(`  - id: s${i}`, '    scenario: logistics', `    reply: 是快递给发错地方了，您稍等第${i}次`);
    const uri = `${ws.rootUri}/shards.huashu.yaml`;
    await client.open(uri, lines.join('\n') + '\n');
    const pull = (identifier?: string, previousResultId?: string): Promise<DocumentDiagnosticReport> => client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, identifier, previousResultId });
    const items = (r: DocumentDiagnosticReport): Diagnostic[] => (r as { items: Diagnostic[] }).items;
    const all = await pull();
    assert.ok(items(all).length >= 30);
    const shards = await Promise.all(ids.map((id) => pull(id)));
    const COLD = SHARDS - 1;
    /** The cold shards hold runs of lines, in order: every diagnostic of a shard starts on a line before those of the next. */
    const assertRuns = (rs: readonly DocumentDiagnosticReport[], what: string): void => {
      for (let k = 0; k + 1 < COLD; k++) {
        const here = items(rs[k]).map((d) => d.range.start.line);
        const next = items(rs[k + 1]).map((d) => d.range.start.line);
        if (here.length && next.length) assert.ok(Math.max(...here) < Math.min(...next), `${what}: shard ${k} ends before shard ${k + 1} begins`);
      }
    };
    shards.forEach((r, k) => {
      assert.strictEqual(r.kind, 'full');
      assert.ok(r.resultId!.endsWith(`.s${k}`), 'a shard\'s result id names it (the extension holds reports back per shard by it)');
    });
    assert.deepStrictEqual(items(shards[COLD]), [], 'the last shard: nothing typed yet, none');
    const sizes = shards.slice(0, COLD).map((r) => items(r).length);
    assert.ok(Math.min(...sizes) > 0 && Math.max(...sizes) <= 2 * Math.min(...sizes) + 2, `the cold shards hold about as many each: ${sizes}`);
    assertRuns(shards, 'opened');
    assert.deepStrictEqual(shards.flatMap(items).map(key).sort(), items(all).map(key).sort(), 'the shards together are every diagnostic, once');
    /** The client's reports: each shard's last full one. */
    const held = [...shards];
    const pullAll = async (): Promise<string[]> => {
      const rs = await Promise.all(ids.map((id, k) => pull(id, held[k].resultId)));
      rs.forEach((r, k) => { if (r.kind === 'full') held[k] = r; });
      assert.deepStrictEqual(held.flatMap(items).map(key).sort(), items(await pull()).map(key).sort(), 'what the client holds is the new text\'s diagnostics, each once');
      assertRuns(held, 'held');
      return rs.map((r) => r.kind);
    };
    /** The cold shard the client holds a line's diagnostics in. */
    const shardOfLine = (l: number): number => held.findIndex((r, k) => k < COLD && items(r).some((d) => d.range.start.line === l));
    // typing before a finding moves the diagnostics of that line only: the first keystroke moves
    // them from their shard into the last one (both in full), the next ones change the last alone
    const line = lines.indexOf('    reply: 是快递给发错地方了，您稍等第13次');
    const home = shardOfLine(line);
    assert.ok(home >= 0);
    await client.change(uri, '嗯', { start: { line, character: 11 }, end: { line, character: 11 } });
    assert.deepStrictEqual(await pullAll(), ids.map((_id, k) => (k === home || k === COLD ? 'full' : 'unchanged')));
    assert.ok(items(held[COLD]).length > 0 && items(held[COLD]).every((d) => d.range.start.line === line), 'the last shard holds the typed line\'s diagnostics');
    for (const [text, del] of [['嗯', 0], ['', 1], ['', 1]] as const) {
      await client.change(uri, text, { start: { line, character: 11 }, end: { line, character: 11 + del } });
      assert.deepStrictEqual(await pullAll(), ids.map((_id, k) => (k === COLD ? 'full' : 'unchanged')), 'typing on: the last shard alone');
    }
    // typing on a line without diagnostics keeps the hot lines: nothing moves, nothing sent
    const quiet = lines.findIndex((l, i) => l === '    scenario: logistics' && !items(all).some((d) => d.range.start.line <= i && d.range.end.line >= i));
    assert.ok(quiet > 0, 'a line without diagnostics');
    await client.change(uri, ' # 备注', { start: { line: quiet, character: lines[quiet].length }, end: { line: quiet, character: lines[quiet].length } });
    assert.deepStrictEqual(await pullAll(), ids.map(() => 'unchanged'));
    // a finding's line elsewhere: its diagnostics become the hot ones, the last line's go home
    const other = line + 9;
    const otherHome = shardOfLine(other);
    await client.change(uri, '嗯', { start: { line: other, character: 11 }, end: { line: other, character: 11 } });
    assert.deepStrictEqual(await pullAll(), ids.map((_id, k) => (k === home || k === otherHome || k === COLD ? 'full' : 'unchanged')));
    // a line added in the last cold shard's run (below the hot lines): the diagnostics after it
    // move, the shards before it and the hot one stay as the client holds them
    const lastRun = Math.min(...items(held[COLD - 1]).map((d) => d.range.start.line));
    assert.ok(lastRun > other + 3, 'the last cold run begins below the hot lines');
    // (before a line without diagnostics: a change's lines with diagnostics would become the hot ones)
    let at = lastRun + 1;
    while (held.some((r) => items(r).some((d) => d.range.start.line <= at && d.range.end.line >= at))) at++;
    await client.change(uri, '  # 注释\n', { start: { line: at, character: 0 }, end: { line: at, character: 0 } });
    assert.deepStrictEqual(await pullAll(), ids.map((_id, k) => (k === COLD - 1 ? 'full' : 'unchanged')));
    // lines added above every diagnostic move every later line: every shard changes, each holding
    // the diagnostics it held (the runs moved down with them)
    const before = held.map((r) => items(r).length);
    await client.change(uri, '# 注释\n# 注释\n# 注释\n', { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } });
    assert.deepStrictEqual(await pullAll(), ids.map(() => 'full'));
    assert.deepStrictEqual(held.map((r) => items(r).length), before);
    // the hot lines moved down with them: typing on there again changes the last shard alone
    await client.change(uri, '嗯', { start: { line: other + 3, character: 11 }, end: { line: other + 3, character: 11 } });
    assert.deepStrictEqual(await pullAll(), ids.map((_id, k) => (k === COLD ? 'full' : 'unchanged')));
    // the lines between two runs' first lines removed (the first run's bound inside them): the
    // shards before them keep theirs; the runs follow the text
    const second = Math.min(...items(held[1]).map((d) => d.range.start.line));
    await client.change(uri, '', { start: { line: second - 4, character: 0 }, end: { line: second + 2, character: 0 } });
    const kinds = await pullAll();
    assert.strictEqual(kinds[0], 'full', 'the first run lost lines');
    // many findings pasted into the first run: the runs are drawn again, about as many in each
    const paste = Array.from({ length: 60 }, (_, i) => `  - id: p${i}\n    scenario: logistics\n    reply: 是快递给发错地方了，您稍等第${i}回\n`).join('');
    await client.change(uri, paste, { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }); // (after `scripts:`, below the comments)
    await pullAll();
    assert.ok(items(held[COLD]).length >= 60, 'the pasted lines are the hot ones');
    // (typing before a finding elsewhere: they go cold)
    const far = Math.max(...items(await pull()).map((d) => d.range.start.line));
    await client.change(uri, '嗯', { start: { line: far, character: 11 }, end: { line: far, character: 11 } });
    await pullAll();
    assert.ok(items(held[COLD]).length < 5);
    const after = held.slice(0, COLD).map((r) => items(r).length);
    assert.ok(Math.max(...after) <= 2 * Math.min(...after) + 4, `drawn again: ${after}`);
    // random edits (characters, line breaks, lines removed): what the client holds is always the
    // text's diagnostics, in runs
    let seed = 7;
    const rnd = (n: number): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    for (let step = 0; step < 30; step++) {
      const count = items(await pull()).reduce((m, d) => Math.max(m, d.range.end.line), 0) + 1;
      const l = 3 + rnd(Math.max(1, count - 3));
      const kind = rnd(3);
      if (kind === 0) await client.change(uri, '\n', { start: { line: l, character: 0 }, end: { line: l, character: 0 } });
      else if (kind === 1) await client.change(uri, '', { start: { line: l, character: 0 }, end: { line: l + 1 + rnd(3), character: 0 } });
      else await client.change(uri, '快递', { start: { line: l, character: 0 }, end: { line: l, character: 0 } });
      await pullAll();
    }
    // the workspace's report of an open library has every diagnostic (the client uses it for the open libraries it does not pull)
    const wsReport = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
    const mine = wsReport.items.find((i) => i.uri === uri);
    assert.ok(mine && mine.kind === 'full');
    assert.deepStrictEqual((mine as { items: Diagnostic[] }).items.map(key).sort(), items(await pull()).map(key).sort());
    await client.close(uri);
    // a closed library (on disk): every diagnostic from the static provider, none from the other shards
    const closed = (identifier: string): Promise<DocumentDiagnosticReport> => client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: ws.otherUri }, identifier });
    assert.ok(items(await closed('huashu')).length > 0);
    for (const id of ids.slice(1)) assert.deepStrictEqual(items(await closed(id)), []);
  });

  it('answers a workspace pull unchanged for an open library whose first shard the client holds as it is now, in full otherwise', async () => {
    const lines = ['huashu: 1', 'scripts:'];
    for (let i = 0; i < 12; i++) lines.push(`  - id: w${i}`, '    scenario: logistics', `    reply: 是快递给发错地方了，您稍等第${i}次`);
    const uri = `${ws.rootUri}/held.huashu.yaml`;
    await client.open(uri, lines.join('\n') + '\n');
    const first = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, identifier: 'huashu' });
    const all = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    const mine = async (value: string): Promise<WorkspaceDiagnosticReport['items'][number]> => {
      const r = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [{ uri, value }] });
      const item = r.items.find((i) => i.uri === uri);
      assert.ok(item, 'the open library is in the report');
      return item;
    };
    const s0 = first.resultId!;
    assert.ok(s0.endsWith('.s0'));
    assert.deepStrictEqual(await mine(s0), { kind: 'unchanged', uri, version: 1, resultId: s0 });
    // the whole list's own id: unchanged as before; an id the server never gave: the whole list
    assert.strictEqual((await mine(all.resultId!)).kind, 'unchanged');
    const fresh = await mine('nothing-held');
    assert.strictEqual(fresh.kind, 'full');
    assert.strictEqual((fresh as { items: Diagnostic[] }).items.length, (all as { items: Diagnostic[] }).items.length);
    // a line break at the top moves every diagnostic: the first shard the client holds is old now
    await client.change(uri, '# 备注\n', { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    const moved = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, identifier: 'huashu', previousResultId: s0 });
    assert.strictEqual(moved.kind, 'full');
    const stale = await mine(s0);
    assert.strictEqual(stale.kind, 'full', 'an old first shard\'s id: the whole list');
    assert.ok((stale as { items: Diagnostic[] }).items.every((d) => d.range.start.line >= 1));
    assert.strictEqual((await mine(moved.resultId!)).kind, 'unchanged');
    await client.close(uri);
  });

  it('without dynamic registration, or not asked for: one provider, every diagnostic in its report', async () => {
    for (const [caps, init] of [[CAPS_PULL, { debounceMs: 0, diagnosticShards: SHARDS }], [CAPS_SHARDS, { debounceMs: 0 }]] as const) {
      const other = await TestClient.start({ rootUri: ws.rootUri, caps, initializationOptions: init });
      await other.server.whenScanned();
      await other.open(ws.libUri, LIB);
      const r = await other.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: ws.libUri }, identifier: 'huashu' });
      assert.strictEqual(byCode((r as { items: Diagnostic[] }).items, 'unknown-key').length, 1);
      assert.strictEqual(byCode((r as { items: Diagnostic[] }).items, 'duplicate-id').length, 1);
      assert.ok(!other.registrations.some((x) => x.method === 'textDocument/diagnostic'));
      await other.stop();
    }
  });
});

describe('language server (moved diagnostic reports, as the VS Code extension asks)', () => {
  const SHARDS = 4;
  const CAPS_SHARDS = { ...CAPS_PULL, textDocument: { ...CAPS_PULL.textDocument, diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false } } };
  const ids = ['huashu', ...Array.from({ length: SHARDS - 1 }, (_, k) => `huashu.${k + 1}`)];
  const items = (r: DocumentDiagnosticReport): Diagnostic[] => (r as { items: Diagnostic[] }).items;
  const sorted = (ds: Diagnostic[]): string[] => ds.map((d) => JSON.stringify(d)).sort();
  let ws: Workspace;
  before(() => { ws = makeWorkspace(); });

  /**
   * A client that holds each shard's last report and moves it as a moved report says, as
   * client/src/server.ts does; after every pull, what it holds must be the text's diagnostics,
   * every property of each, as a full pull gives them.
   */
  async function session(movedDiagnostics: boolean): Promise<{ client: TestClient; uri: string; lines: string[]; pullAll: () => Promise<string[]> }> {
    const client = await TestClient.start({ rootUri: ws.rootUri, caps: CAPS_SHARDS, initializationOptions: { debounceMs: 0, diagnosticShards: SHARDS, movedDiagnostics } });
    await client.server.whenScanned();
    await client.registered(SHARDS - 1);
    const lines = ['huashu: 1', 'scripts:'];
    for (let i = 0; i < 30; i++) lines.push(`  - id: m${i}`, '    scenario: logistics', `    reply: 是快递给发错地方了，您稍等第${i}次`);
    const uri = `${ws.rootUri}/moved.huashu.yaml`;
    await client.open(uri, lines.join('\n') + '\n');
    const pull = (identifier?: string, previousResultId?: string): Promise<DocumentDiagnosticReport> => client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, identifier, previousResultId });
    const held = await Promise.all(ids.map((id) => pull(id)));
    const pullAll = async (): Promise<string[]> => {
      const rs = await Promise.all(ids.map((id, k) => pull(id, held[k].resultId)));
      const kinds = rs.map((r, k) => {
        const move = r.kind === 'unchanged' && r.resultId !== held[k].resultId ? movedOf(r.resultId) : undefined;
        if (r.kind === 'full') held[k] = r;
        else if (move) held[k] = { kind: 'full', resultId: r.resultId, items: items(held[k]).map((d) => ({ ...d, range: movedRange(d.range, move) as Diagnostic['range'] })) };
        return move ? 'moved' : r.kind;
      });
      assert.deepStrictEqual(sorted(held.flatMap(items)), sorted(items(await pull())), 'what the client holds is the text\'s diagnostics, each once, every property');
      return kinds;
    };
    return { client, uri, lines, pullAll };
  }

  it('a line break moves the diagnostics after it: their shards answer with the move, the client moves what it holds', async () => {
    const { client, uri, lines, pullAll } = await session(true);
    // a line added at the top: every diagnostic moves; every shard that holds some says so
    await client.change(uri, '# 注释\n', { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } });
    const kinds = await pullAll();
    assert.deepStrictEqual(kinds.slice(0, SHARDS - 1), ids.slice(0, SHARDS - 1).map(() => 'moved'), 'the cold shards: moved, none sent again');
    assert.strictEqual(kinds[SHARDS - 1], 'unchanged', 'the last shard holds none yet: unchanged');
    // and removed again: moved back
    await client.change(uri, '', { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } });
    assert.deepStrictEqual((await pullAll()).slice(0, SHARDS - 1), ids.slice(0, SHARDS - 1).map(() => 'moved'));
    // a line break inside a reply with a finding after it: that finding's column changes, so the
    // shards holding that line's diagnostics are sent in full; those after it move
    const line = lines.indexOf('    reply: 是快递给发错地方了，您稍等第14次');
    await client.change(uri, '\n      ', { start: { line, character: 11 }, end: { line, character: 11 } });
    const split = await pullAll();
    assert.ok(split.includes('full') && split.includes('moved'), `split line: ${split}`);
    // two changes before a pull: not one move; sent in full
    await client.change(uri, '\n', { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } });
    await client.change(uri, '\n', { start: { line: 40, character: 0 }, end: { line: 40, character: 0 } });
    assert.ok(!(await pullAll()).includes('moved'), 'two changes since the reports: no move named');
    // random line breaks, removed lines and characters: what the client holds stays right
    let seed = 11;
    const rnd = (n: number): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    let movedSeen = 0;
    for (let step = 0; step < 40; step++) {
      const l = 3 + rnd(80);
      const kind = rnd(4);
      if (kind === 0) await client.change(uri, '\n', { start: { line: l, character: 0 }, end: { line: l, character: 0 } });
      else if (kind === 1) await client.change(uri, '', { start: { line: l, character: 0 }, end: { line: l + 1 + rnd(2), character: 0 } });
      else if (kind === 2) await client.change(uri, '\n', { start: { line: l, character: 4 + rnd(20) }, end: { line: l, character: 4 + rnd(20) } });
      else await client.change(uri, '快递', { start: { line: l, character: 0 }, end: { line: l, character: 0 } });
      movedSeen += (await pullAll()).filter((k) => k === 'moved').length;
    }
    assert.ok(movedSeen > 10, `moves named along the way: ${movedSeen}`);
    await client.close(uri);
    await client.stop();
  });

  it('not asked for (other clients, or the extension before): no move is named, the shards after a line break are sent in full', async () => {
    const { client, uri, pullAll } = await session(false);
    await client.change(uri, '# 注释\n', { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } });
    assert.deepStrictEqual((await pullAll()).slice(0, SHARDS - 1), ids.slice(0, SHARDS - 1).map(() => 'full'));
    await client.close(uri);
    await client.stop();
  });
});

/** The test workspace plus a closed library whose one script's id no other file has. */
function withThirdLibrary(reply: string): { ws: Workspace; third: string } {
  const ws = makeWorkspace();
  const third = path.join(ws.root, 'sub', 'third.huashu.yaml');
  fs.writeFileSync(third, ['huashu: 1', 'scripts:', '  - id: only-here', `    reply: ${reply}`, ''].join('\n'));
  return { ws, third };
}

describe('language server (closed libraries, pushed)', () => {
  let ws: Workspace;
  let client: TestClient;
  let third: string;
  let thirdUri: string;
  before(async () => {
    ({ ws, third } = withThirdLibrary('是快递的问题'));
    thirdUri = pathToFileURL(third).href;
    client = await TestClient.start({ rootUri: ws.rootUri });
    await client.server.whenScanned();
  });
  after(async () => { await client.stop(); });

  it('re-publishes a closed library only when its report changed, and clears a deleted one', async () => {
    await client.diagnostics(thirdUri, undefined, (p) => byCode(p.diagnostics, 'no-blame-courier').length === 1);
    await client.diagnostics(ws.otherUri, undefined, (p) => byCode(p.diagnostics, 'duplicate-id').length === 1);
    await client.open(ws.libUri, LIB);
    await client.diagnostics(ws.libUri, 1);
    const count = (uri: string): number => client.published.filter((p) => p.uri === uri).length;
    const thirdBefore = count(thirdUri);
    // a line above every id of the open library: the file that shares an id gets the new line
    const courierLine = lineOf(LIB, 'id: courier').line + 1;
    const moved = client.nextDiagnostics(ws.otherUri, (p) => byCode(p.diagnostics, 'duplicate-id').some((d) => String(d.message).includes(`第 ${courierLine + 1} 行`)));
    await client.change(ws.libUri, `# 备注\n${LIB}`);
    await moved;
    assert.strictEqual(count(thirdUri), thirdBefore, 'a file that shares no id is not published again');
    // deleted on disk: its findings go
    const cleared = client.nextDiagnostics(thirdUri, (p) => p.diagnostics.length === 0);
    fs.rmSync(third);
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: thirdUri, type: 3 }] });
    await cleared;
  });
});

describe('language server (workspace pulls of closed libraries)', () => {
  // VS Code pulls workspace diagnostics every two seconds: a closed library is read again only
  // when it changed on disk, and linted again only when its text, the configs, or what the other
  // files hold for its own ids changed
  let ws: Workspace;
  let client: TestClient;
  let third: string;
  before(async () => {
    ({ ws, third } = withThirdLibrary('您好，请问有什么可以帮您？'));
    client = await TestClient.start({ rootUri: ws.rootUri, caps: CAPS_PULL });
    await client.server.whenScanned();
  });
  after(async () => { await client.stop(); });

  type Items = { uri: string; kind: string; resultId?: string; items?: Diagnostic[] }[];
  let held: Items = [];
  const pull = async (): Promise<Map<string, Items[number]>> => {
    const r = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: held.map((i) => ({ uri: i.uri, value: i.resultId! })) });
    const items = r.items as Items;
    held = items.map((i) => (i.kind === 'unchanged' ? held.find((h) => h.uri === i.uri) ?? i : i));
    return new Map(items.map((i) => [i.uri, i]));
  };
  const dupMessage = (i: Items[number] | undefined): string => String(byCode(i?.items ?? [], 'duplicate-id')[0]?.message ?? '');

  it('lints a closed file again when a line moves the id it shares with an open one, and no other', async () => {
    const thirdUri = pathToFileURL(third).href;
    await client.open(ws.libUri, LIB);
    const first = await pull();
    assert.strictEqual(first.get(ws.otherUri)?.kind, 'full');
    const courierLine = lineOf(LIB, 'id: courier').line + 1;
    assert.match(dupMessage(first.get(ws.otherUri)), new RegExp(`第 ${courierLine} 行`));
    assert.strictEqual(first.get(thirdUri)?.kind, 'full');
    const again = await pull();
    assert.deepStrictEqual([again.get(ws.otherUri)?.kind, again.get(thirdUri)?.kind], ['unchanged', 'unchanged']);
    // an edit in a reply: no id moves
    await client.change(ws.libUri, LIB.replace('您好{客户}', '您好呀{客户}'));
    const reply = await pull();
    assert.deepStrictEqual([reply.get(ws.otherUri)?.kind, reply.get(thirdUri)?.kind], ['unchanged', 'unchanged']);
    // a line above every id: the shared id's line moves, so the file that shares it is linted again
    await client.change(ws.libUri, `# 备注\n${LIB}`);
    const moved = await pull();
    assert.strictEqual(moved.get(ws.otherUri)?.kind, 'full');
    assert.match(dupMessage(moved.get(ws.otherUri)), new RegExp(`第 ${courierLine + 1} 行`));
    assert.strictEqual(moved.get(thirdUri)?.kind, 'unchanged');
  });

  it('reads a closed file again when it changed on disk, or when a watcher says so', async () => {
    const thirdUri = pathToFileURL(third).href;
    await pull();
    const original = held.find((i) => i.uri === thirdUri)?.items;
    assert.ok(original, 'the items of the file as it was');
    const text = fs.readFileSync(third, 'utf8');
    // another text: a finding
    fs.writeFileSync(third, text.replace('您好，请问有什么可以帮您？', '不知道，自己去问快递吧。'));
    const fixedTime = 1_700_000_000; // whole seconds: set exactly again below
    fs.utimesSync(third, fixedTime, fixedTime);
    const changed = await pull();
    assert.strictEqual(changed.get(thirdUri)?.kind, 'full');
    assert.notDeepStrictEqual(changed.get(thirdUri)?.items, original, 'the new text\'s findings');
    // another text of the same size with the modification time put back: a watcher reports the change
    const st = fs.statSync(third);
    const same = fs.readFileSync(third, 'utf8').replace('不知道，自己去问快递吧。', '您好，马上为您查一下吧。');
    assert.strictEqual(Buffer.byteLength(same), st.size);
    fs.writeFileSync(third, same);
    fs.utimesSync(third, fixedTime, fixedTime);
    assert.deepStrictEqual([fs.statSync(third).mtimeMs, fs.statSync(third).size, fs.statSync(third).ino], [st.mtimeMs, st.size, st.ino]);
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: thirdUri, type: 2 }] });
    const watched = await pull();
    assert.strictEqual(watched.get(thirdUri)?.kind, 'full');
    assert.notDeepStrictEqual(watched.get(thirdUri)?.items, changed.get(thirdUri)?.items, 'the findings of the text as it is now');
  });
});

describe('language server (workspace pulls with a partial result token, as VS Code\'s client sends)', () => {
  // the first pull lints every closed library (100 files of 300 scripts: about 3 s): what is made
  // goes out as partial results on the way, and the answer is then empty (LSP); every report once
  type Items = { uri: string; kind: string; resultId?: string; items?: Diagnostic[] }[];
  async function pullWith(client: TestClient, token: string | undefined, previous: Items = []): Promise<{ partials: Items[]; answer: Items }> {
    const partials: Items[] = [];
    const progress = token ? client.conn.onProgress(WorkspaceDiagnosticRequest.partialResult, token, (p) => { partials.push(p.items as Items); }) : undefined;
    const r = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: previous.map((i) => ({ uri: i.uri, value: i.resultId! })), ...(token ? { partialResultToken: token } : {}) });
    progress?.dispose();
    return { partials, answer: r.items as Items };
  }
  const byUri = (items: Items): Items => [...items].sort((a, b) => (a.uri < b.uri ? -1 : 1)).map((i) => ({ ...i, resultId: undefined }));

  it('sends each report as it is made when pulls take longer than the partial result interval, and answers empty', async () => {
    const { ws } = withThirdLibrary('不知道，自己去问快递吧。');
    const eager = await TestClient.start({ rootUri: ws.rootUri, caps: CAPS_PULL, server: { partialResultMs: 0 } });
    const plain = await TestClient.start({ rootUri: ws.rootUri, caps: CAPS_PULL });
    try {
      await eager.server.whenScanned();
      await plain.server.whenScanned();
      const { partials, answer } = await pullWith(eager, 'p-1');
      assert.deepStrictEqual(answer, [], 'the answer is empty once partial results went out');
      const reported = partials.flat();
      assert.ok(partials.length >= 2, `${partials.length} partial results`);
      assert.strictEqual(new Set(reported.map((i) => i.uri)).size, reported.length, 'every file once');
      // the same reports as a pull without a token (another server: result ids differ)
      const whole = await pullWith(plain, undefined);
      assert.strictEqual(whole.answer.length, 3);
      assert.deepStrictEqual(byUri(reported), byUri(whole.answer));
      // the next pull: unchanged reports, also as partial results
      const again = await pullWith(eager, 'p-2', reported);
      assert.deepStrictEqual(again.answer, []);
      assert.deepStrictEqual(again.partials.flat().map((i) => i.kind), ['unchanged', 'unchanged', 'unchanged']);
    } finally {
      await eager.stop();
      await plain.stop();
    }
  });

  it('answers a pull that finishes within the interval in one piece, token or not', async () => {
    const { ws } = withThirdLibrary('您好，请问有什么可以帮您？');
    const client = await TestClient.start({ rootUri: ws.rootUri, caps: CAPS_PULL, server: { partialResultMs: 60_000 } });
    try {
      await client.server.whenScanned();
      const { partials, answer } = await pullWith(client, 'p-3');
      assert.deepStrictEqual(partials, []);
      assert.strictEqual(answer.length, 3);
    } finally {
      await client.stop();
    }
  });
});

describe('language server (restricted mode)', () => {
  it('ignores the workspace config in an untrusted workspace (built-in rules only)', async () => {
    const ws = makeWorkspace();
    const trusted = await TestClient.start({ rootUri: ws.rootUri });
    await trusted.open(ws.libUri, LIB);
    assert.strictEqual(byCode((await trusted.diagnostics(ws.libUri, 1)).diagnostics, 'team-forbidden-phrase').length, 1);
    await trusted.stop();
    const client = await TestClient.start({ rootUri: ws.rootUri, initializationOptions: { restricted: true } });
    await client.open(ws.libUri, LIB);
    const p = await client.diagnostics(ws.libUri, 1);
    assert.strictEqual(byCode(p.diagnostics, 'team-forbidden-phrase').length, 0, 'the team phrase of the workspace config is not read');
    assert.strictEqual(byCode(p.diagnostics, 'no-blame-courier').length, 1, 'built-in rules still run');
    await client.stop();
  });
});

describe('language server (locale and lifecycle)', () => {
  it('speaks English when the client locale is en', async () => {
    const ws = makeWorkspace();
    const client = await TestClient.start({ rootUri: ws.rootUri, locale: 'en-US' });
    await client.open(ws.libUri, LIB);
    const p = await client.diagnostics(ws.libUri, 1);
    const courier = byCode(p.diagnostics, 'no-blame-courier')[0];
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: ws.libUri }, range: courier.range, context: { diagnostics: [courier] } });
    assert.ok(actions.some((a) => a.title === 'Disable no-blame-courier for this line'));
    await client.stop();
  });

  it('shuts down and exits with code 0', async () => {
    const client = await TestClient.start();
    await client.conn.sendRequest('shutdown');
    const exit = process.exit;
    const code = await new Promise<number | undefined>((resolve) => {
      (process as { exit: (c?: number) => void }).exit = (c?: number) => resolve(c);
      void client.conn.sendNotification('exit');
    });
    process.exit = exit;
    assert.strictEqual(code, 0);
    client.conn.dispose();
  });
});

describe('language server (the fix-all beside quick fixes, resolved when chosen)', () => {
  const RESOLVING: ClientCapabilities = {
    ...CAPS_PUSH,
    textDocument: { ...CAPS_PUSH.textDocument, codeAction: { ...CAPS_PUSH.textDocument!.codeAction, dataSupport: true, resolveSupport: { properties: ['edit'] } } },
  };
  const FIXED = LIB.replace('亲爱的{顾客}', '您{顾客}');

  async function opened(caps: ClientCapabilities): Promise<{ client: TestClient; ws: Workspace; actions: CodeAction[] }> {
    const ws = makeWorkspace();
    const client = await TestClient.start({ rootUri: ws.rootUri, caps });
    await client.open(ws.libUri, LIB);
    const p = await client.diagnostics(ws.libUri, 1);
    const fixable = p.diagnostics.find((d) => d.code === 'team-forbidden-phrase' || d.code === 'prefer-nin-over-ni')!;
    assert.ok(fixable, JSON.stringify(p.diagnostics.map((d) => d.code)));
    // what an editor asks where the cursor stops: no `only`
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: ws.libUri }, range: fixable.range, context: { diagnostics: [fixable] } });
    return { client, ws, actions };
  }
  const fixAllOf = (actions: CodeAction[]): CodeAction | undefined => actions.find((a) => a.title === '修复本文件所有可自动修复的问题（huashu）');

  it('a client that resolves edits gets the fix-all without its edit, and the edit on codeAction/resolve', async () => {
    const { client, ws, actions } = await opened(RESOLVING);
    try {
      const lazy = fixAllOf(actions);
      assert.ok(lazy, JSON.stringify(actions.map((a) => a.title)));
      assert.strictEqual(lazy.edit, undefined);
      assert.strictEqual(lazy.kind, 'quickfix');
      assert.deepStrictEqual(lazy.data, { huashu: 'fixAll', uri: ws.libUri, version: 1 });
      assert.ok(actions.some((a) => a.isPreferred && a.edit), 'the finding\'s own quick fix still carries its edit');
      const resolved = await client.request<CodeAction>('codeAction/resolve', lazy);
      assert.strictEqual(resolved.title, lazy.title);
      assert.strictEqual(applyEdits(LIB, resolved.edit!.changes![ws.libUri]), FIXED);
      // the same edit as the explicit source.fixAll action
      const explicit = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: ws.libUri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] },
      });
      assert.deepStrictEqual(explicit[0].edit, resolved.edit);
    } finally { await client.stop(); }
  });

  it('resolved after an edit, the fix-all fixes the text as it is then', async () => {
    const { client, ws, actions } = await opened(RESOLVING);
    try {
      const lazy = fixAllOf(actions)!;
      const edited = LIB.replace('亲爱的{顾客}', '亲爱的{顾客},亲爱的');
      const v = await client.change(ws.libUri, edited);
      await client.diagnostics(ws.libUri, v);
      const resolved = await client.request<CodeAction>('codeAction/resolve', lazy);
      const out = applyEdits(edited, resolved.edit!.changes![ws.libUri]);
      assert.ok(!out.includes('亲爱的'), out);
    } finally { await client.stop(); }
  });

  it('an action that is not ours, or a document that is gone, resolves without harm', async () => {
    const { client, ws, actions } = await opened(RESOLVING);
    try {
      const other = { title: 'x', kind: 'quickfix', data: { something: 1 } };
      assert.deepStrictEqual(await client.request<CodeAction>('codeAction/resolve', other), other);
      const lazy = fixAllOf(actions)!;
      await client.close(ws.libUri);
      const gone = await client.request<CodeAction>('codeAction/resolve', { ...lazy, data: { ...(lazy.data as object), uri: 'untitled:nowhere.huashu.yaml' } });
      assert.deepStrictEqual(gone.edit, { changes: {} });
    } finally { await client.stop(); }
  });

  it('a client that cannot resolve edits gets the fix-all with its edit, as before', async () => {
    const { client, ws, actions } = await opened(CAPS_PUSH);
    try {
      const eager = fixAllOf(actions);
      assert.ok(eager?.edit, JSON.stringify(actions.map((a) => a.title)));
      assert.strictEqual(eager.data, undefined);
      assert.strictEqual(applyEdits(LIB, eager.edit.changes![ws.libUri]), FIXED);
    } finally { await client.stop(); }
  });
});
