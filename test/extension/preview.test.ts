import * as assert from 'assert';
import * as vscode from 'vscode';
import type { RenderInfo } from '../../client/src/preview/preview';
import { api, closeAll, newLibrary, open, serverView, waitForEvent } from './helpers';

const rendered = async (uri: vscode.Uri, ok: (r: RenderInfo) => boolean, what: string): Promise<RenderInfo> => {
  const a = await api();
  return waitForEvent(a.preview.onDidRender, (r) => (r.uri === uri.toString() && ok(r) ? r : undefined), `preview: ${what}`);
};

describe('preview', () => {
  before(async () => { await api(); });
  after(closeAll);

  it('opens to the side and shows the library as a chat with scores and findings', async () => {
    const editor = await open('chat.huashu.yaml');
    const first = rendered(editor.document.uri, () => true, 'first render');
    assert.strictEqual(await vscode.commands.executeCommand('huashu.openPreviewToSide'), true);
    const r = await first;
    assert.strictEqual(r.scripts, 4);
    assert.strictEqual(r.customerBubbles, 4, 'customer lines are bubbles');
    assert.strictEqual(r.agentBubbles, 6, 'reply messages and the alternative are bubbles');
    assert.ok(r.ruleIds.includes('no-blame-courier'), `findings: ${r.ruleIds.join(', ')}`);
    assert.ok(r.marks >= 1, 'the finding is highlighted inside its bubble');
    assert.ok(typeof r.score === 'number' && r.score > 0 && r.score <= 100);
    const a = await api();
    assert.ok(a.preview.isOpen);
    assert.ok(vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputWebview && /huashu\.preview/.test(t.input.viewType))), 'a preview tab is open');
  });

  it('updates after an edit', async () => {
    const editor = await open('chat.huashu.yaml');
    const doc = editor.document;
    const next = rendered(doc.uri, (r) => r.version === doc.version && r.scripts === 5, 'five scripts');
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(doc.lineCount, 0), '  - id: added.one\n    scenario: other\n    stage: closing\n    reply: 感谢您的光临，祝您生活愉快！\n')));
    const r = await next;
    assert.strictEqual(r.version, doc.version);
    // typing in one reply: the preview asks only for what changed since its answer, and what it
    // puts together equals the server's whole answer
    const line = doc.getText().split('\n').findIndex((l) => l.includes('感谢您的光临'));
    const typed = rendered(doc.uri, (x) => x.version === doc.version && x.scripts === 5, 'the typed reply');
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(line, doc.lineAt(line).text.length), '再见')));
    const t = await typed;
    // the webview drew only the changed script again: the other four cards were kept
    assert.ok(t.reused >= 4, `cards kept: ${t.reused}`);
    assert.deepStrictEqual([t.agentBubbles, t.customerBubbles], [r.agentBubbles, r.customerBubbles]);
    const a = await api();
    const whole = await serverView(doc);
    const held = a.preview.lastResult!;
    assert.ok(held.scripts.some((x) => x.turns.some((t) => t.messages.some((m) => m.text.endsWith('再见')))), 'the typed text is in the preview');
    assert.deepStrictEqual(held.scripts, whole.scripts);
    assert.strictEqual(held.score, whole.score);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('clicking a bubble reveals its source', async () => {
    const editor = await open('chat.huashu.yaml');
    const a = await api();
    const doc = editor.document;
    const r0 = rendered(doc.uri, () => true, 'render before click');
    await vscode.commands.executeCommand('huashu.openPreviewToSide');
    await r0;
    // The first agent bubble is the pre-sales greeting's reply.
    const line = doc.getText().split('\n').findIndex((l) => l.includes('reply: 您好 {顾客}'));
    assert.ok(line > 0);
    // Move the cursor away first so the reveal is a real change.
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const selected = waitForEvent(vscode.window.onDidChangeTextEditorSelection, (e) => (e.textEditor.document === doc && e.selections[0].start.line === line ? e : undefined), 'the bubble\'s source selected');
    assert.ok(await a.preview.postToWebview({ type: 'click', index: 0 }));
    const e = await selected;
    assert.strictEqual(doc.getText(new vscode.Range(e.selections[0].start, e.selections[0].start.translate(0, 2))), '您好');
  });

  it('keeps the cards when lines are added above them, and their clicks reveal the moved lines', async () => {
    const editor = await open('chat.huashu.yaml');
    const a = await api();
    const doc = editor.document;
    const r0 = rendered(doc.uri, () => true, 'render before the new line');
    await vscode.commands.executeCommand('huashu.openPreviewToSide');
    const before = await r0;
    const scriptsLine = doc.getText().split('\n').findIndex((l) => l.startsWith('scripts:'));
    assert.ok(scriptsLine >= 0);
    // a comment line above every script: the preview is told the scripts moved, not sent again
    const moved = rendered(doc.uri, (x) => x.version === doc.version, 'the moved scripts');
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(scriptsLine + 1, 0), '  # 备注\n')));
    const m = await moved;
    assert.strictEqual(m.reused, before.scripts, `cards kept: ${m.reused} of ${before.scripts}`);
    assert.deepStrictEqual([m.agentBubbles, m.customerBubbles, m.marks], [before.agentBubbles, before.customerBubbles, before.marks]);
    const whole = await serverView(doc);
    assert.deepStrictEqual(a.preview.lastResult!.scripts, whole.scripts);
    // the first bubble (the pre-sales greeting's reply) now reveals the line below its old one
    const line = doc.getText().split('\n').findIndex((l) => l.includes('reply: 您好 {顾客}'));
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const selected = waitForEvent(vscode.window.onDidChangeTextEditorSelection, (e) => (e.textEditor.document === doc && e.selections[0].start.line !== 0 ? e : undefined), 'the bubble\'s source selected');
    assert.ok(await a.preview.postToWebview({ type: 'click', index: 0 }));
    const e = await selected;
    assert.strictEqual(e.selections[0].start.line, line);
    assert.strictEqual(doc.getText(new vscode.Range(e.selections[0].start, e.selections[0].start.translate(0, 2))), '您好');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('scrolls with the editor', async () => {
    const scripts = Array.from({ length: 40 }, (_, i) => `  - id: s${i}\n    scenario: other\n    stage: closing\n    customer: 好的\n    reply: 感谢您的光临，第${i}条，祝您生活愉快！\n`).join('');
    const editor = await newLibrary('long.huashu.yaml', `huashu: 1\nscripts:\n${scripts}`);
    const a = await api();
    const doc = editor.document;
    const r0 = rendered(doc.uri, (r) => r.scripts === 40, 'the long library');
    await vscode.commands.executeCommand('huashu.openPreviewToSide');
    await r0;
    const line = doc.getText().split('\n').findIndex((l) => l.includes('id: s30'));
    const ed = vscode.window.visibleTextEditors.find((v) => v.document === doc)!;
    // Script i starts at line 2 + 5i; the preview shows the script at the top of the editor.
    const scriptAtTop = () => `s${Math.floor((ed.visibleRanges[0].start.line - 2) / 5)}`;
    const seen: string[] = [];
    const sub = a.preview.onDidScroll((s) => seen.push(`${s.scriptId}@${s.line}`));
    const scrolled = waitForEvent(a.preview.onDidScroll, (s) => (s.uri === doc.uri.toString() && ed.visibleRanges[0].start.line > line - 10 && s.scriptId === scriptAtTop() ? s : undefined), 'the preview at the editor\'s top script').finally(() => sub.dispose());
    ed.revealRange(new vscode.Range(line + 1, 0, line + 1, 0), vscode.TextEditorRevealType.AtTop);
    const s = await scrolled.catch((e: Error) => { throw new Error(`${e.message}; scrolled to: ${seen.join(', ') || 'nothing'}; visible: ${JSON.stringify(ed.visibleRanges.map((r) => r.start.line))}`); });
    assert.ok(Number(s.scriptId?.slice(1)) >= 25, `${s.scriptId}`);
  });
});
