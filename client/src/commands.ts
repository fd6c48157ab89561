/** The extension's commands (besides the preview's own). */
import * as vscode from 'vscode';
import { isHuashuDocument, LANGUAGE_ID } from './settings';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('huashu');
const DOCS_BASE = 'https://github.com/huashu-dev/huashu/blob/main/docs/rules/';
const LIBRARY_GLOB = '**/*.huashu.{yaml,yml}';

function activeHuashuEditor(): vscode.TextEditor | undefined {
  const e = vscode.window.activeTextEditor;
  if (isHuashuDocument(e?.document)) return e;
  return vscode.window.visibleTextEditors.find((v) => isHuashuDocument(v.document));
}

/** `huashu.lintWorkspace`: opens every library in the workspace so the server lints it; returns how many. */
export async function lintWorkspace(): Promise<number> {
  const files = await vscode.workspace.findFiles(LIBRARY_GLOB, '**/{node_modules,.git}/**', 10000);
  if (!files.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No reply-script libraries (*.huashu.yaml) in this workspace.'));
    return 0;
  }
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Huashu: linting {0} libraries', files.length), cancellable: true }, async (progress, token) => {
    for (const [i, uri] of files.entries()) {
      if (token.isCancellationRequested) break;
      const doc = await vscode.workspace.openTextDocument(uri);
      if (doc.languageId !== LANGUAGE_ID) await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
      progress.report({ increment: 100 / files.length, message: `${i + 1}/${files.length}` });
    }
  });
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  return files.length;
}

/** `huashu.fixAll`: applies the server's `source.fixAll.huashu` action to the active library. */
export async function fixAll(doc?: vscode.TextDocument): Promise<boolean> {
  doc ??= activeHuashuEditor()?.document;
  if (!doc) { void vscode.window.showWarningMessage(vscode.l10n.t('Open a reply-script library (*.huashu.yaml) first.')); return false; }
  const full = new vscode.Range(0, 0, doc.lineCount, 0);
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', doc.uri, full, FIX_ALL_KIND.value, 1) ?? [];
  const action = actions.find((a): a is vscode.CodeAction => 'kind' in a && !!a.kind && FIX_ALL_KIND.contains(a.kind));
  if (!action || (!action.edit && !action.command)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Nothing to fix automatically in this library.'));
    return false;
  }
  if (action.edit && !(await vscode.workspace.applyEdit(action.edit))) return false;
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  return true;
}

/** The rule ids of the huashu diagnostics under the cursor, or of the whole file. */
function ruleIdsAt(editor: vscode.TextEditor | undefined): { here: string[]; all: string[] } {
  if (!editor) return { here: [], all: [] };
  const diags = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => !d.source || /huashu/i.test(d.source));
  const id = (d: vscode.Diagnostic): string | undefined => (typeof d.code === 'object' ? String(d.code.value) : d.code !== undefined ? String(d.code) : undefined);
  const here = diags.filter((d) => d.range.contains(editor.selection.active)).map(id).filter((x): x is string => !!x);
  const all = diags.map(id).filter((x): x is string => !!x);
  return { here: [...new Set(here)], all: [...new Set(all)].sort() };
}

function docsTarget(context: vscode.ExtensionContext, ruleId: string, editor: vscode.TextEditor | undefined): vscode.Uri {
  // A diagnostic's own link wins (the server knows where its docs live).
  if (editor) {
    for (const d of vscode.languages.getDiagnostics(editor.document.uri)) {
      if (typeof d.code === 'object' && String(d.code.value) === ruleId && d.code.target) return d.code.target;
    }
  }
  return vscode.Uri.parse(DOCS_BASE + encodeURIComponent(ruleId) + '.md');
}

/**
 * `huashu.openRuleDocs [ruleId]`: the rule's page, from the docs shipped in the extension when
 * present (works offline), else on the web. Returns the URI it opened.
 */
export async function openRuleDocs(context: vscode.ExtensionContext, ruleId?: unknown): Promise<vscode.Uri | undefined> {
  const editor = activeHuashuEditor();
  let id = typeof ruleId === 'string' ? ruleId : undefined;
  if (!id) {
    const { here, all } = ruleIdsAt(editor);
    if (here.length === 1) id = here[0];
    else {
      const items = here.length ? here : all;
      if (!items.length) {
        id = await vscode.window.showInputBox({ prompt: vscode.l10n.t('Rule id (for example no-blame-courier)') });
      } else {
        id = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Which rule?') });
      }
    }
  }
  const target = id ? await ruleDocsUri(context, id, editor) : undefined;
  if (!target) return undefined;
  if (target.scheme === 'http' || target.scheme === 'https') await vscode.env.openExternal(target);
  else await vscode.commands.executeCommand('markdown.showPreviewToSide', target).then(undefined, () => vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.Beside }));
  return target;
}

/** Where a rule's documentation is: the page shipped in the extension when present, else the web. */
export async function ruleDocsUri(context: vscode.ExtensionContext, id: string, editor = activeHuashuEditor()): Promise<vscode.Uri | undefined> {
  if (!/^[a-z0-9@:/_-]+$/i.test(id) || id.includes('..')) return undefined;
  const local = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${id}.md`);
  if (await vscode.workspace.fs.stat(local).then(() => true, () => false)) return local;
  return docsTarget(context, id, editor);
}

const CONFIG_TEMPLATE = `# Huashu 团队配置：决定哪些问题算问题、严重程度，以及团队自己的禁用语和推荐语。
# 文档：https://github.com/huashu-dev/huashu/blob/main/docs/rules/
# 放在工作区根目录；对本目录及子目录下的 *.huashu.yaml 生效。
extends:
  - huashu:recommended     # 可选：huashu:strict、huashu:taobao、huashu:tmall、huashu:jd、huashu:pdd、huashu:douyin
# platform: taobao

rules:
  # 规则 id: off | info | warning | error
  # qin-address-policy: off

# 团队禁用语（可附带替换建议）与必备用语
phrases: []
#  - pattern: 亲爱的
#    message: 本店统一称呼“亲”
#    replacement: 亲

# 永远不报告的说法
allow: []

# 不检查的文件（glob）
ignore: []
`;

/** `huashu.createConfig`: creates huashu.config.yaml at the workspace root (or opens the existing one). */
export async function createConfig(folder?: vscode.WorkspaceFolder): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (!folder) {
    if (!folders.length) { void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: the config file lives at the root of a workspace folder.')); return undefined; }
    folder = folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Where should huashu.config.yaml go?') });
    if (!folder) return undefined;
  }
  for (const name of ['huashu.config.yaml', 'huashu.config.yml']) {
    const existing = vscode.Uri.joinPath(folder.uri, name);
    if (await vscode.workspace.fs.stat(existing).then(() => true, () => false)) {
      await vscode.window.showTextDocument(existing);
      void vscode.window.showInformationMessage(vscode.l10n.t('{0} already exists.', name));
      return existing;
    }
  }
  const uri = vscode.Uri.joinPath(folder.uri, 'huashu.config.yaml');
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(CONFIG_TEMPLATE));
  await vscode.window.showTextDocument(uri);
  return uri;
}
