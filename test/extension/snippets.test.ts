import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { api, closeAll, EXTENSION_ID, serverView, waitForText } from './helpers';

type Snippet = { prefix: string[]; body: string[]; description: string };
const snippets = (): Record<string, Snippet> => {
  const root = vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath;
  return JSON.parse(fs.readFileSync(path.join(root, 'snippets/huashu.json'), 'utf8'));
};

describe('snippets', () => {
  before(async () => { await api(); });
  after(closeAll);

  it('the library skeleton expands into a valid library', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'huashu', content: '' });
    const editor = await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'huashu', name: '新话术库 New library' });
    await waitForText(doc, (t) => t.startsWith('huashu: 1'), 'the skeleton');
    assert.match(doc.getText(), /scripts:\n {2}- id: pre-sales\.greeting/);
    assert.strictEqual(editor.document.getText(editor.selection), '店铺名称', 'the first field is selected');
    const view = await serverView(doc);
    assert.strictEqual(view.counts.error, 0, JSON.stringify(view.scripts.map((s) => s.findings)));
    assert.strictEqual(view.scripts.length, 1);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('every scenario script expands with a reply that has no errors or warnings', async () => {
    const all = Object.entries(snippets()).filter(([name, s]) => s.body[0].startsWith('- id:') && name !== '话术 Script');
    assert.ok(all.length >= 7 * 5 + 10, `${all.length} script snippets`);
    // One snippet session with every script: placeholders renumbered per snippet, ids made unique.
    const combined = all.map(([, s], k) => s.body.join('\n')
      .replace(/\$\{(\d+)/g, (_, n: string) => `\${${Number(n) ? k * 100 + Number(n) : 0}`)
      .replace(/\$(\d+)/g, (_, n: string) => (Number(n) ? `$${k * 100 + Number(n)}` : ''))
      .replace(/^- id: \$\{(\d+):/, (_, n: string) => `- id: \${${n}:s${k}.`)).join('\n');
    const doc = await vscode.workspace.openTextDocument({ language: 'huashu', content: 'huashu: 1\nshop: 小橙子家居\nscripts:\n  ' });
    const editor = await vscode.window.showTextDocument(doc);
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    assert.ok(await editor.insertSnippet(new vscode.SnippetString(combined)));
    await vscode.commands.executeCommand('leaveSnippet');
    const view = await serverView(doc);
    assert.strictEqual(view.scripts.length, all.length, 'one script per snippet');
    const bad = view.scripts.flatMap((s) => [...s.findings, ...s.turns.flatMap((t) => t.messages.flatMap((m) => m.findings))].filter((f) => f.severity !== 'info').map((f) => `${s.id}: ${f.ruleId} ${f.message}`));
    assert.deepStrictEqual(bad, [], 'the model replies are compliant');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('the directive snippet expands to a disable comment', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'huashu', content: '' });
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'huashu', name: '禁用下一行 huashu-disable-next-line' });
    await waitForText(doc, (t) => t.length > 0, 'the directive');
    assert.strictEqual(doc.getText(), '# huashu-disable-next-line rule-id -- 理由');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
