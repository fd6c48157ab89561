/**
 * The Huashu VS Code extension: language client for dist/server.js, the chat preview, the
 * status bar and the commands. In an untrusted workspace it runs in restricted mode: the server
 * is told (`initializationOptions.restricted`) to lint with the built-in rules only and to read
 * nothing from the workspace that changes behaviour; nothing from the workspace is executed.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient, diagnosticsHeld } from './server';
import { StatusBar } from './status';
import { PreviewManager } from './preview/preview';
import { createConfig, fixAll, lintWorkspace, openRuleDocs, ruleDocsUri } from './commands';
import { showLibraryReport } from './report';
import { isHuashuDocument } from './settings';

/** What `activate` returns: used by the extension-host tests, stable enough for other extensions. */
export interface HuashuApi {
  /** Resolves when the current language client is running. */
  readonly ready: Promise<void>;
  readonly client: LanguageClient | undefined;
  readonly restricted: boolean;
  readonly preview: PreviewManager;
  readonly statusBar: StatusBar;
  restart(): Promise<void>;
  /** Fires when diagnostics of a dirty file are held back until save (`huashu.run: onSave`). */
  readonly onDidHoldDiagnostics: vscode.Event<vscode.Uri>;
  /** Where the docs of a rule are (shipped page or web). */
  ruleDocsUri(ruleId: string): Promise<vscode.Uri | undefined>;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<HuashuApi> {
  const output = vscode.window.createOutputChannel('Huashu', { log: true });
  const statusBar = new StatusBar();
  const preview = new PreviewManager(context);
  context.subscriptions.push(output, statusBar, preview, diagnosticsHeld);

  let ready: Promise<void> = Promise.resolve();
  const start = (): Promise<void> => {
    const restricted = !vscode.workspace.isTrusted;
    void vscode.commands.executeCommand('setContext', 'huashu.restricted', restricted);
    if (restricted) output.appendLine(vscode.l10n.t('Restricted mode: this workspace is not trusted, so only the built-in rules are used and huashu.config.yaml is ignored.'));
    const c = createClient(context, output);
    client = c;
    ready = c.start().then(() => {
      statusBar.attach(c);
      preview.attach(c);
    }, (e: unknown) => {
      output.appendLine(`${vscode.l10n.t('The Huashu language server failed to start:')} ${e instanceof Error ? e.message : String(e)}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('The Huashu language server failed to start. See the Huashu output for details.'));
      throw e;
    });
    return ready;
  };
  const restart = async (): Promise<void> => {
    const old = client;
    client = undefined;
    statusBar.attach(undefined);
    preview.attach(undefined);
    if (old) await old.stop().catch(() => undefined);
    await start();
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('huashu.openPreviewToSide', async (uri?: vscode.Uri) => {
      const doc = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!isHuashuDocument(doc)) { void vscode.window.showWarningMessage(vscode.l10n.t('Open a reply-script library (*.huashu.yaml) first.')); return undefined; }
      preview.open(doc, vscode.ViewColumn.Beside);
      return true;
    }),
    vscode.commands.registerCommand('huashu.openPreview', async (uri?: vscode.Uri) => {
      const doc = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!isHuashuDocument(doc)) return undefined;
      preview.open(doc, vscode.ViewColumn.Active);
      return true;
    }),
    vscode.commands.registerCommand('huashu.lintWorkspace', () => lintWorkspace()),
    vscode.commands.registerCommand('huashu.fixAll', () => fixAll()),
    vscode.commands.registerCommand('huashu.openRuleDocs', (ruleId?: unknown) => openRuleDocs(context, ruleId)),
    vscode.commands.registerCommand('huashu.createConfig', () => createConfig()),
    vscode.commands.registerCommand('huashu.restartServer', () => restart()),
    vscode.commands.registerCommand('huashu.showLibraryReport', () => showLibraryReport(context)),
    vscode.workspace.onDidGrantWorkspaceTrust(() => { output.appendLine(vscode.l10n.t('Workspace trusted: restarting with the workspace configuration.')); void restart(); }),
  );

  await start().catch(() => undefined);
  return {
    get ready() { return ready; },
    get client() { return client; },
    get restricted() { return !vscode.workspace.isTrusted; },
    preview, statusBar, restart,
    onDidHoldDiagnostics: diagnosticsHeld.event,
    ruleDocsUri: (id: string) => ruleDocsUri(context, id),
  };
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop().catch(() => undefined);
}
