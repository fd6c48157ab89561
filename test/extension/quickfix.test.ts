import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAll, codeOf, hasCodes, lacksCode, newLibrary, waitForDiagnostics, waitForText } from './helpers';

const FIXABLE = 'huashu: 1\nscripts:\n  - id: greet.qin\n    scenario: pre-sales\n    stage: opening\n    reply: 亲爱的,您好,请问有什么可以帮您?\n';
const english = () => /^en\b/i.test(vscode.env.language);

describe('quick fixes', () => {
  before(async () => { await api(); });
  after(async () => {
    await vscode.workspace.getConfiguration('editor', { languageId: 'huashu' }).update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
    await closeAll();
  });

  it('a quick fix applies and its diagnostic goes away', async () => {
    const editor = await newLibrary('qf-one.huashu.yaml', FIXABLE);
    const doc = editor.document;
    const ds = await waitForDiagnostics(doc.uri, hasCodes('team-forbidden-phrase'), 'team-forbidden-phrase');
    const diag = ds.find((d) => codeOf(d) === 'team-forbidden-phrase')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.edit && a.kind?.value === 'quickfix' && (a.diagnostics?.some((d) => codeOf(d) === 'team-forbidden-phrase') || /亲爱的.*亲/.test(a.title)));
    assert.ok(fix, `a quick fix for team-forbidden-phrase (got: ${JSON.stringify(actions.map((a) => ({ title: a.title, kind: a.kind?.value, edit: !!a.edit, diags: a.diagnostics?.map(codeOf) })))})`);
    // The server's titles follow the client's locale.
    assert.match(fix.title, english() ? /^Fix: replace/ : /^修复：/, `title in ${vscode.env.language}: ${fix.title}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.match(doc.getText(), /reply: 亲,您好/);
    await waitForDiagnostics(doc.uri, lacksCode('team-forbidden-phrase'), 'the fixed diagnostic to go away');
    await doc.save();
  });

  it('huashu.fixAll applies the source.fixAll.huashu action', async () => {
    const editor = await newLibrary('qf-all.huashu.yaml', FIXABLE.replace('您好,', '您好,亲爱的顾客,'));
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, (ds) => ds.filter((d) => codeOf(d) === 'team-forbidden-phrase').length === 2, 'two team-forbidden-phrase');
    assert.strictEqual(await vscode.commands.executeCommand('huashu.fixAll'), true);
    assert.ok(!doc.getText().includes('亲爱的'), doc.getText());
    await waitForDiagnostics(doc.uri, lacksCode('team-forbidden-phrase'), 'no team-forbidden-phrase left');
    await doc.save();
  });

  it('fix-all runs on save with editor.codeActionsOnSave', async () => {
    await vscode.workspace.getConfiguration('editor', { languageId: 'huashu' })
      .update('codeActionsOnSave', { 'source.fixAll.huashu': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
    const editor = await newLibrary('qf-save.huashu.yaml', FIXABLE.replace('亲爱的,', ''));
    const doc = editor.document;
    const at = doc.positionAt(doc.getText().indexOf('您好'));
    assert.ok(await editor.edit((b) => b.insert(at, '亲爱的,')));
    await waitForDiagnostics(doc.uri, hasCodes('team-forbidden-phrase'), 'the new problem');
    assert.strictEqual(vscode.window.activeTextEditor?.document, doc, 'the library is the active editor');
    await vscode.commands.executeCommand('workbench.action.files.save');
    await waitForText(doc, (t) => !t.includes('亲爱的'), `fix-all on save (dirty: ${doc.isDirty}, text: ${doc.getText()})`);
    assert.ok(!doc.isDirty || doc.getText().includes('亲,您好'));
  });
});
