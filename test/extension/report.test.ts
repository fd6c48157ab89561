import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAll } from './helpers';

describe('library report', () => {
  before(async () => { await api(); });
  after(closeAll);

  it('Huashu: Show Library Report opens the self-contained report of the workspace in a webview', async function () {
    this.timeout(120000);
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel | undefined>('huashu.showLibraryReport');
    assert.ok(panel, 'a report panel');
    const html = panel!.webview.html;
    assert.match(html, /<html/);
    assert.match(html, /id="huashu-report-data"/, 'the report embeds its data');
    assert.match(html, /no-blame-courier/, 'the workspace fixtures\' findings are in it');
    assert.match(html, /Content-Security-Policy/);
    assert.strictEqual(panel!.viewType, 'huashu.libraryReport');
    assert.ok(panel!.visible, 'the report panel is shown');
  });
});
