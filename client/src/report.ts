/**
 * `huashu.showLibraryReport`: the same self-contained HTML report as `huashu report`, produced
 * by the bundled CLI (our own code, never anything from the workspace) and shown in a webview.
 * In an untrusted workspace the workspace config is not read (`--no-config`).
 */
import * as vscode from 'vscode';
import { fork } from 'child_process';

let panel: vscode.WebviewPanel | undefined;

function runReport(cli: string, folder: string, restricted: boolean, token: vscode.CancellationToken): Promise<string> {
  return new Promise((resolve, reject) => {
    const args = ['report', '.', '-o', '-', '--no-progress', ...(restricted ? ['--no-config'] : [])];
    const child = fork(cli, args, { cwd: folder, silent: true, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', NO_COLOR: '1' } });
    let out = '';
    let err = '';
    child.stdout?.setEncoding('utf8').on('data', (d: string) => { out += d; });
    child.stderr?.setEncoding('utf8').on('data', (d: string) => { err += d; });
    const cancel = token.onCancellationRequested(() => child.kill());
    child.on('error', reject);
    child.on('exit', (code) => {
      cancel.dispose();
      if (code === 0 && out.includes('<html')) resolve(out);
      else reject(new Error(err.trim().split('\n')[0] || vscode.l10n.t('The report could not be created (exit code {0}).', String(code))));
    });
  });
}

/** Creates the report of a workspace folder and shows it; returns the panel (for tests). */
export async function showLibraryReport(context: vscode.ExtensionContext): Promise<vscode.WebviewPanel | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (!folders.length) { void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: the report covers the libraries of a workspace folder.')); return undefined; }
  const folder = folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Report on which folder?') });
  if (!folder) return undefined;
  const cli = context.asAbsolutePath('dist/cli.js');
  try {
    const html = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Huashu: creating the library report'), cancellable: true },
      (_p, token) => runReport(cli, folder.uri.fsPath, !vscode.workspace.isTrusted, token),
    );
    if (!panel) {
      panel = vscode.window.createWebviewPanel('huashu.libraryReport', vscode.l10n.t('Huashu Library Report'), vscode.ViewColumn.Active, {
        enableScripts: true, localResourceRoots: [], retainContextWhenHidden: true,
      });
      panel.onDidDispose(() => { panel = undefined; });
    }
    panel.title = vscode.l10n.t('Huashu Report: {0}', folder.name);
    panel.webview.html = html;
    panel.reveal();
    return panel;
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Huashu report failed: {0}', (e as Error).message));
    return undefined;
  }
}
