import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAll, codeOf, hasCodes, open, waitForDiagnostics } from './helpers';

describe('diagnostics', () => {
  before(async () => { await api(); });
  after(closeAll);

  it('appear for a bad sample, with rule ids, exact ranges and docs links', async () => {
    const editor = await open('bad.huashu.yaml');
    const doc = editor.document;
    const ds = await waitForDiagnostics(doc.uri, hasCodes('no-blame-courier', 'unknown-key', 'undeclared-variable', 'team-forbidden-phrase'), 'the bad sample\'s rules');
    const byCode = (c: string) => ds.find((d) => codeOf(d) === c)!;
    assert.strictEqual(doc.getText(byCode('unknown-key').range), 'repyl');
    assert.strictEqual(doc.getText(byCode('undeclared-variable').range), '{客户}');
    assert.strictEqual(doc.getText(byCode('team-forbidden-phrase').range), '亲爱的');
    assert.match(doc.getText(byCode('no-blame-courier').range), /快递/);
    const blame = byCode('no-blame-courier');
    assert.strictEqual(blame.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(blame.source, 'huashu');
    assert.ok(typeof blame.code === 'object' && /no-blame-courier/.test(blame.code.target.toString()), 'the code links to the rule docs');
  });

  it('appear for an untitled huashu document', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'huashu', content: 'huashu: 1\nscripts:\n  - id: a\n    repyl: 您好\n' });
    await vscode.window.showTextDocument(doc);
    const ds = await waitForDiagnostics(doc.uri, hasCodes('unknown-key'), 'unknown-key in an untitled document');
    assert.strictEqual(doc.getText(ds.find((d) => codeOf(d) === 'unknown-key')!.range), 'repyl');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('huashu.lintWorkspace opens every library and shows the Problems panel', async () => {
    const n = await vscode.commands.executeCommand<number>('huashu.lintWorkspace');
    assert.ok(n >= 3, `found ${n} libraries`);
    const chat = vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith('/chat.huashu.yaml'));
    assert.ok(chat, 'chat.huashu.yaml was opened');
    await waitForDiagnostics(chat.uri, hasCodes('no-blame-courier'), 'chat.huashu.yaml linted');
  });
});
