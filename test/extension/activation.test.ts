import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAll, EXTENSION_ID, open, waitForEvent } from './helpers';

describe('activation', () => {
  after(closeAll);

  it('activates on a *.huashu.yaml file and gives it the huashu language', async () => {
    const editor = await open('chat.huashu.yaml');
    assert.strictEqual(editor.document.languageId, 'huashu');
    const a = await api();
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
    assert.ok(a.client?.isRunning(), 'the language client is running');
    assert.strictEqual(a.restricted, false, 'the fixture workspace is trusted');
  });

  it('registers its commands', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const c of ['huashu.openPreviewToSide', 'huashu.openPreview', 'huashu.lintWorkspace', 'huashu.fixAll', 'huashu.openRuleDocs', 'huashu.createConfig', 'huashu.restartServer']) {
      assert.ok(all.includes(c), `${c} is registered`);
    }
  });

  it('shows the score and counts in the status bar', async () => {
    const a = await api();
    await open('bad.huashu.yaml');
    const score = /\d+/;
    if (!(a.statusBar.text.includes('$(error)') && score.test(a.statusBar.text))) {
      await waitForEvent(vscode.languages.onDidChangeDiagnostics, () => (a.statusBar.text.includes('$(error) ') && !a.statusBar.text.includes('$(error) 0') ? true : undefined), 'status bar counts');
    }
    assert.ok(a.statusBar.visible);
    assert.match(a.statusBar.text, /\$\(error\) [1-9]/);
  });
});
