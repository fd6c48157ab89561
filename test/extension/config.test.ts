import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAll, codeOf, hasCodes, lacksCode, newLibrary, open, readFile, waitForDiagnostics, waitForEvent, workspaceUri, writeFile } from './helpers';

describe('configuration', () => {
  let original = '';
  const configUri = () => workspaceUri('huashu.config.yaml');
  before(async () => { await api(); original = await readFile(configUri()); });
  after(async () => {
    await writeFile(configUri(), original);
    await vscode.workspace.getConfiguration('huashu').update('run', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAll();
  });

  it('a change to huashu.config.yaml takes effect in open files', async () => {
    const editor = await open('bad.huashu.yaml');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, hasCodes('no-blame-courier', 'team-forbidden-phrase'), 'the sample\'s findings');
    await writeFile(configUri(), 'extends:\n  - huashu:recommended\nrules:\n  no-blame-courier: off\n');
    await waitForDiagnostics(uri, (ds) => lacksCode('no-blame-courier')(ds) && lacksCode('team-forbidden-phrase')(ds), 'the rule turned off and the team phrase gone');
    await writeFile(configUri(), original);
    await waitForDiagnostics(uri, hasCodes('no-blame-courier', 'team-forbidden-phrase'), 'the findings back');
  });

  /**
   * In `huashu.run: onSave`, a new library is edited (after its first diagnostics, or at once) and
   * the edit's findings must stay held back until the file is saved.
   */
  async function heldUntilSaved(name: string, waitForFirst: boolean): Promise<void> {
    const a = await api();
    await vscode.workspace.getConfiguration('huashu').update('run', 'onSave', vscode.ConfigurationTarget.Workspace);
    const editor = await newLibrary(name, 'huashu: 1\nscripts:\n  - id: a\n    reply: 您好，请问有什么可以为您效劳的吗？\n');
    const doc = editor.document;
    if (waitForFirst) await waitForDiagnostics(doc.uri, lacksCode('unknown-key'), 'a clean start');
    const held = waitForEvent(a.onDidHoldDiagnostics, (u) => (u.toString() === doc.uri.toString() ? u : undefined), 'diagnostics held back');
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(3, 4), 'repyl: 在的\n    ')));
    await held;
    assert.ok(!vscode.languages.getDiagnostics(doc.uri).some((d) => codeOf(d) === 'unknown-key'), 'no diagnostics before saving');
    const shown = waitForDiagnostics(doc.uri, hasCodes('unknown-key'), 'diagnostics after saving');
    await doc.save();
    await shown;
    await vscode.workspace.getConfiguration('huashu').update('run', undefined, vscode.ConfigurationTarget.Workspace);
  }

  it('huashu.run = onSave holds diagnostics of unsaved edits until the file is saved', () => heldUntilSaved('on-save.huashu.yaml', true));

  // the edit may come before the file's first report (pushed or pulled): held all the same
  it('huashu.run = onSave holds an edit made before the file\'s first diagnostics arrived', () => heldUntilSaved('on-save-early.huashu.yaml', false));

  it('huashu.createConfig writes a starter config (or opens the existing one)', async () => {
    await vscode.workspace.fs.delete(configUri());
    const uri = await vscode.commands.executeCommand<vscode.Uri>('huashu.createConfig');
    assert.ok(uri && uri.path.endsWith('/huashu.config.yaml'));
    const text = await readFile(uri);
    assert.match(text, /huashu:recommended/);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'the new config is opened');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await writeFile(configUri(), original);
    const again = await vscode.commands.executeCommand<vscode.Uri>('huashu.createConfig');
    assert.strictEqual(await readFile(again), original, 'an existing config is left alone');
  });

  it('huashu.openRuleDocs resolves a rule\'s page', async () => {
    const a = await api();
    const uri = await a.ruleDocsUri('no-blame-courier');
    assert.ok(uri && /no-blame-courier\.md$/.test(uri.path), String(uri));
    assert.strictEqual(await a.ruleDocsUri('../../etc/passwd'), undefined);
  });
});
