/** The status bar item: the active library's score and its error/warning/info counts. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DocumentChangedNotification, DocumentChangedParams, DocumentScriptsRequest, DocumentScriptsResult } from './protocol';
import { isHuashuDocument, readSettings } from './settings';

type Counts = { error: number; warning: number; info: number };
interface Entry { score?: number; counts: Counts }

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('huashu.status', vscode.StatusBarAlignment.Right, 100);
  private readonly scores = new Map<string, DocumentChangedParams>();
  private readonly disposables: vscode.Disposable[] = [];
  private client: LanguageClient | undefined;
  private clientSub: vscode.Disposable | undefined;

  constructor() {
    this.item.name = vscode.l10n.t('Huashu score');
    this.item.command = 'huashu.openPreviewToSide';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => { void this.refresh(true); }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const doc = vscode.window.activeTextEditor?.document;
        if (doc && e.uris.some((u) => u.toString() === doc.uri.toString())) this.update();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('huashu.statusBar')) this.update(); }),
      vscode.workspace.onDidCloseTextDocument((d) => this.scores.delete(d.uri.toString())),
    );
  }

  attach(client: LanguageClient | undefined): void {
    this.client = client;
    this.scores.clear();
    this.clientSub?.dispose();
    this.clientSub = client?.onNotification(DocumentChangedNotification, (p: DocumentChangedParams) => {
      this.scores.set(p.uri, p);
      if (p.uri === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
    });
    void this.refresh(true);
  }

  /** What the item shows now (for tests). */
  get text(): string { return this.item.text; }
  get visible(): boolean { return readSettings().statusBar && isHuashuDocument(vscode.window.activeTextEditor?.document); }

  private async refresh(ask: boolean): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (ask && this.client && isHuashuDocument(doc) && !this.scores.has(doc.uri.toString())) {
      try {
        const r = await this.client.sendRequest<DocumentScriptsResult | null>(DocumentScriptsRequest, { uri: doc.uri.toString() });
        if (r) this.scores.set(doc.uri.toString(), { uri: r.uri, version: r.version, score: r.score, counts: r.counts });
      } catch { /* an older server without the preview protocol: counts come from diagnostics */ }
    }
    this.update();
  }

  private entry(doc: vscode.TextDocument): Entry {
    const s = this.scores.get(doc.uri.toString());
    if (s) return { score: s.score, counts: s.counts };
    const counts: Counts = { error: 0, warning: 0, info: 0 };
    for (const d of vscode.languages.getDiagnostics(doc.uri)) {
      if (d.source !== undefined && !/huashu/i.test(d.source)) continue;
      if (d.severity === vscode.DiagnosticSeverity.Error) counts.error++;
      else if (d.severity === vscode.DiagnosticSeverity.Warning) counts.warning++;
      else counts.info++;
    }
    return { counts };
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!this.visible || !doc) { this.item.hide(); return; }
    const { score, counts } = this.entry(doc);
    const parts = [score === undefined ? vscode.l10n.t('Huashu') : vscode.l10n.t('Huashu {0} pts', score)];
    parts.push(`$(error) ${counts.error}`, `$(warning) ${counts.warning}`);
    if (counts.info) parts.push(`$(info) ${counts.info}`);
    this.item.text = `$(comment-discussion) ${parts.join(' ')}`;
    const tip = new vscode.MarkdownString();
    tip.appendMarkdown(score === undefined ? vscode.l10n.t('Huashu reply-script library') : vscode.l10n.t('Library score: {0} / 100', score));
    tip.appendMarkdown('\n\n' + vscode.l10n.t('{0} errors, {1} warnings, {2} infos', counts.error, counts.warning, counts.info));
    if (!vscode.workspace.isTrusted) tip.appendMarkdown('\n\n$(shield) ' + vscode.l10n.t('Restricted mode: built-in rules only (the workspace is not trusted).'));
    tip.appendMarkdown('\n\n' + vscode.l10n.t('Click to open the preview'));
    tip.supportThemeIcons = true;
    this.item.tooltip = tip;
    this.item.backgroundColor = counts.error ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }

  dispose(): void { this.clientSub?.dispose(); for (const d of this.disposables) d.dispose(); }
}
