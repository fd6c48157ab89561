/** Helpers of the extension-host suite: every wait is on an event, bounded by a timeout. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { HuashuApi } from '../../client/src/extension';

export const EXTENSION_ID = 'huashu.huashu';
export const WAIT_MS = 20_000;

export async function api(): Promise<HuashuApi> {
  const ext = vscode.extensions.getExtension<HuashuApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  const a = await ext.activate();
  await a.ready;
  return a;
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(name));
  return vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
}

/** Resolves with the first value `event` fires that `pick` maps to something defined. */
export function waitForEvent<T, R>(event: vscode.Event<T>, pick: (e: T) => R | undefined, what: string, ms = WAIT_MS): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`timed out after ${ms} ms waiting for ${what}`)); }, ms);
    const sub = event((e) => {
      let r: R | undefined;
      try { r = pick(e); } catch (err) { clearTimeout(timer); sub.dispose(); reject(err); return; }
      if (r !== undefined) { clearTimeout(timer); sub.dispose(); resolve(r); }
    });
  });
}

/** Resolves as `p` does, or rejects after `ms` naming what was awaited. */
export function within<T>(p: Promise<T>, what: string, ms = WAIT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_r, reject) => { timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms); });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

export const huashuDiagnostics = (uri: vscode.Uri): vscode.Diagnostic[] =>
  vscode.languages.getDiagnostics(uri).filter((d) => !d.source || /huashu/i.test(d.source));

export const codeOf = (d: vscode.Diagnostic): string =>
  typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? '');

/** Waits until the document's huashu diagnostics satisfy `ok` (checks now, then on every change). */
export async function waitForDiagnostics(uri: vscode.Uri, ok: (ds: vscode.Diagnostic[]) => boolean, what: string, ms = WAIT_MS): Promise<vscode.Diagnostic[]> {
  const now = huashuDiagnostics(uri);
  if (ok(now)) return now;
  return waitForEvent(vscode.languages.onDidChangeDiagnostics, (e) => {
    if (!e.uris.some((u) => u.toString() === uri.toString())) return undefined;
    const ds = huashuDiagnostics(uri);
    return ok(ds) ? ds : undefined;
  }, `diagnostics: ${what} (now: ${huashuDiagnostics(uri).map(codeOf).join(', ') || 'none'})`, ms);
}

export const hasCodes = (...codes: string[]) => (ds: vscode.Diagnostic[]): boolean => codes.every((c) => ds.some((d) => codeOf(d) === c));
export const lacksCode = (code: string) => (ds: vscode.Diagnostic[]): boolean => !ds.some((d) => codeOf(d) === code);

/** Waits until the document's text satisfies `ok`. */
export async function waitForText(doc: vscode.TextDocument, ok: (text: string) => boolean, what: string, ms = WAIT_MS): Promise<string> {
  if (ok(doc.getText())) return doc.getText();
  return waitForEvent(vscode.workspace.onDidChangeTextDocument, (e) => (e.document === doc && ok(doc.getText()) ? doc.getText() : undefined), what, ms);
}

/** Replaces the whole text of the editor's document. */
export async function setText(editor: vscode.TextEditor, text: string): Promise<void> {
  const doc = editor.document;
  const ok = await editor.edit((b) => b.replace(new vscode.Range(0, 0, doc.lineCount, 0), text));
  assert.ok(ok, 'edit was not applied');
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Restores a fixture file's content on disk (tests that edit fixtures call it in `after`). */
export async function writeFile(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}
export async function readFile(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** Creates a library file in the workspace and opens it; tests that edit text use their own file. */
export async function newLibrary(name: string, text: string): Promise<vscode.TextEditor> {
  const uri = workspaceUri(name);
  await writeFile(uri, text);
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
}

/**
 * The server's view of a document once it has caught up with the editor's version (the preview
 * protocol answers with the version it analysed).
 */
export async function serverView(doc: vscode.TextDocument): Promise<import('../../client/src/protocol').DocumentScriptsResult> {
  const a = await api();
  const client = a.client;
  assert.ok(client, 'no language client');
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const r = await client.sendRequest<import('../../client/src/protocol').DocumentScriptsResult | null>('huashu/documentScripts', { uri: doc.uri.toString() });
    if (r && (r.version === null || r.version >= doc.version)) return r;
    if (Date.now() > deadline) throw new Error(`the server did not catch up with version ${doc.version} (it has ${r?.version})`);
    // Requests are ordered after didChange, so this is rare: retry shortly, bounded by the deadline.
    await new Promise<void>((resolve) => setTimeout(resolve, 25));
  }
}
