/**
 * `Huashu: Open Preview to the Side`: the active library as a chat (customer left, agent right),
 * grouped by scenario, with scores and findings. Data comes from the server's
 * `huashu/documentScripts`; the panel follows the active huashu editor.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DocumentChangedNotification, DocumentChangedParams, DocumentScriptsParams, DocumentScriptsRequest, DocumentScriptsResult, applyScriptsDelta } from '../protocol';
import { isHuashuDocument, readSettings } from '../settings';
import { previewHtml } from './html';

export const PREVIEW_VIEW_TYPE = 'huashu.preview';

/** What the webview reports after drawing a document (tests wait on it). */
export interface RenderInfo {
  uri: string; version: number | null; scripts: number; agentBubbles: number; customerBubbles: number; marks: number; ruleIds: string[]; score: number | null;
  /** Script cards kept from the previous drawing (only the changed scripts were drawn again); 0 for a whole drawing. */
  reused: number;
}
export interface ScrollInfo { uri: string; line: number; scriptId: string | null }

type FromWebview =
  | { type: 'ready' }
  | { type: 'reveal'; line: number; character: number; endLine?: number; endCharacter?: number }
  | { type: 'rendered'; version: number | null; scripts: number; agentBubbles: number; customerBubbles: number; marks: number; ruleIds: string[]; score: number | null; reused?: number }
  | { type: 'needWhole' }
  | { type: 'scrolled'; line: number; scriptId: string | null }
  | { type: 'openRuleDocs'; ruleId: string };

export function previewStrings(): Record<string, string> {
  const t = vscode.l10n.t;
  return {
    title: t('Huashu Preview'),
    loading: t('Loading the library…'),
    noScripts: t('This library has no scripts yet.'),
    notHuashu: t('Open a reply-script library (*.huashu.yaml) to preview it.'),
    serverError: t('The language server did not answer: {0}'),
    customer: t('Customer'),
    agent: t('Agent'),
    alternative: t('Alternative {0}'),
    score: t('{0} pts'),
    libraryScore: t('Library score'),
    counts: t('Errors {0} · Warnings {1} · Info {2}'),
    agentAvatar: t('CS'),
    customerAvatar: t('C'),
    deductions: t('Points lost'),
    scriptFindings: t('Script findings'),
    reveal: t('Click to show in the editor'),
    untitled: t('(untitled)'),
    'scenario.pre-sales': t('Pre-sales'),
    'scenario.in-sales': t('In-sales'),
    'scenario.after-sales': t('After-sales'),
    'scenario.complaint': t('Complaints'),
    'scenario.logistics': t('Logistics'),
    'scenario.review': t('Reviews'),
    'scenario.other': t('Other'),
    'scenario.none': t('No scenario'),
    'stage.opening': t('Opening'),
    'stage.inquiry': t('Inquiry'),
    'stage.handling': t('Handling'),
    'stage.invite-review': t('Invite review'),
    'stage.closing': t('Closing'),
    'severity.error': t('Error'),
    'severity.warning': t('Warning'),
    'severity.info': t('Info'),
  };
}

export class PreviewManager implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private client: LanguageClient | undefined;
  private clientSub: vscode.Disposable | undefined;
  private ready = false;
  private timer: NodeJS.Timeout | undefined;
  private requestSeq = 0;
  private staleRetries = 0;
  private last: DocumentScriptsResult | undefined;
  /** The `resultId` of the answer last posted to the webview (whole or as changes). */
  private postedId: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly renderEmitter = new vscode.EventEmitter<RenderInfo>();
  private readonly scrollEmitter = new vscode.EventEmitter<ScrollInfo>();
  /** Fires when the webview has drawn a document. */
  readonly onDidRender = this.renderEmitter.event;
  /** Fires when the webview has scrolled to follow the editor. */
  readonly onDidScroll = this.scrollEmitter.event;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.disposables.push(
      this.renderEmitter, this.scrollEmitter,
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel, state: { uri?: string } | undefined) => {
          const uri = state?.uri ? vscode.Uri.parse(state.uri) : undefined;
          const doc = uri ? await vscode.workspace.openTextDocument(uri).then((d) => d, () => undefined) : undefined;
          this.adopt(panel, doc);
        },
      }),
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (this.panel && isHuashuDocument(e?.document) && e.document !== this.document) { this.document = e.document; this.refresh(0); }
      }),
      vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === this.document && e.contentChanges.length) this.refresh(250); }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.syncScroll(e.textEditor)),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('huashu.preview')) this.post(); }),
    );
  }

  attach(client: LanguageClient | undefined): void {
    this.client = client;
    this.clientSub?.dispose();
    this.clientSub = client?.onNotification(DocumentChangedNotification, (p: DocumentChangedParams) => {
      if (this.panel && this.document && p.uri === this.document.uri.toString()) this.refresh(0);
    });
    if (this.panel) this.refresh(0);
  }

  get isOpen(): boolean { return !!this.panel; }
  get documentUri(): vscode.Uri | undefined { return this.document?.uri; }
  get lastResult(): DocumentScriptsResult | undefined { return this.last; }

  /** Opens (or reveals) the preview of `doc` beside its editor. */
  open(doc: vscode.TextDocument, column: vscode.ViewColumn = vscode.ViewColumn.Beside): vscode.WebviewPanel {
    this.document = doc;
    if (this.panel) {
      this.panel.reveal(column, true);
      this.refresh(0);
      return this.panel;
    }
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, vscode.l10n.t('Preview {0}', basename(doc.uri)), { viewColumn: column, preserveFocus: true }, {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [this.media],
    });
    this.adopt(panel, doc);
    return panel;
  }

  /** Sends a message to the webview (tests use it to click a bubble). */
  postToWebview(message: unknown): Thenable<boolean> { return this.panel?.webview.postMessage(message) ?? Promise.resolve(false); }

  private get media(): vscode.Uri { return vscode.Uri.joinPath(this.context.extensionUri, 'client', 'media'); }

  private adopt(panel: vscode.WebviewPanel, doc: vscode.TextDocument | undefined): void {
    this.panel = panel;
    this.document = doc;
    this.ready = false;
    this.postedId = undefined;
    panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'client', 'images', 'icon.png');
    panel.webview.options = { enableScripts: true, localResourceRoots: [this.media] };
    panel.webview.html = previewHtml(panel.webview, this.media, previewStrings(), vscode.env.language);
    const subs = [
      panel.webview.onDidReceiveMessage((m: FromWebview) => this.onMessage(m)),
      panel.onDidDispose(() => {
        for (const s of subs) s.dispose();
        if (this.panel === panel) { this.panel = undefined; this.ready = false; }
      }),
    ];
  }

  private onMessage(m: FromWebview): void {
    const uri = this.document?.uri.toString() ?? '';
    switch (m.type) {
      case 'ready': this.ready = true; this.refresh(0); break;
      case 'rendered': this.renderEmitter.fire({ uri, version: m.version, scripts: m.scripts, agentBubbles: m.agentBubbles, customerBubbles: m.customerBubbles, marks: m.marks, ruleIds: m.ruleIds, score: m.score, reused: m.reused ?? 0 }); break;
      case 'needWhole': this.post(); break;
      case 'scrolled': this.scrollEmitter.fire({ uri, line: m.line, scriptId: m.scriptId }); break;
      case 'reveal': void this.reveal(m); break;
      case 'openRuleDocs': void vscode.commands.executeCommand('huashu.openRuleDocs', m.ruleId); break;
    }
  }

  private async reveal(m: { line: number; character: number; endLine?: number; endCharacter?: number }): Promise<void> {
    if (!this.document) return;
    const start = new vscode.Position(m.line, m.character);
    const end = new vscode.Position(m.endLine ?? m.line, m.endCharacter ?? m.character);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
    const editor = await vscode.window.showTextDocument(this.document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false, selection: new vscode.Range(start, end) });
    editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private syncScroll(editor: vscode.TextEditor): void {
    if (!this.panel || !this.ready || editor.document !== this.document || !readSettings(editor.document.uri).preview.scrollSync) return;
    const line = editor.visibleRanges[0]?.start.line ?? 0;
    void this.panel.webview.postMessage({ type: 'scrollTo', line });
  }

  /** Asks the server for the document's scripts after `delay` ms (coalesced). */
  refresh(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => { this.timer = undefined; void this.fetch(); }, delay);
  }

  private async fetch(): Promise<void> {
    const doc = this.document;
    if (!this.panel || !this.ready) return;
    if (!doc) { void this.panel.webview.postMessage({ type: 'empty' }); return; }
    this.panel.title = vscode.l10n.t('Preview {0}', basename(doc.uri));
    void this.panel.webview.postMessage({ type: 'state', uri: doc.uri.toString() });
    if (!this.client) return;
    const seq = ++this.requestSeq;
    const uri = doc.uri.toString();
    try {
      // only the scripts that changed since the answer we hold (a keystroke changes one)
      const held = this.last?.uri === uri ? this.last : undefined;
      const params: DocumentScriptsParams = held?.resultId ? { uri, since: held.resultId } : { uri };
      let result = await this.client.sendRequest<DocumentScriptsResult | null>(DocumentScriptsRequest, params);
      if (seq !== this.requestSeq || !result) return;
      // the answer as sent, when it came as changes that fit what we hold
      let changes: DocumentScriptsResult | undefined = result.delta ? result : undefined;
      let whole = applyScriptsDelta(held, result);
      if (!whole) {
        changes = undefined;
        // relative to an answer we no longer hold: ask for all of it
        result = await this.client.sendRequest<DocumentScriptsResult | null>(DocumentScriptsRequest, { uri });
        if (seq !== this.requestSeq || !result) return;
        whole = applyScriptsDelta(undefined, result);
        if (!whole) return;
      }
      result = whole;
      // The server answered for an older version: ask again once it has caught up.
      if (result.version !== null && result.version < doc.version && this.staleRetries < 20) { this.staleRetries++; this.refresh(150); } else this.staleRetries = 0;
      this.last = result;
      // the webview draws only the changed scripts when it shows the answer they are relative to
      const d = changes?.delta;
      this.post(changes && d && held && held.resultId === this.postedId ? { change: { base: d.base, head: d.head, tail: d.tail, lines: d.lines ?? 0 }, scripts: changes.scripts } : undefined);
    } catch (e) {
      if (seq === this.requestSeq) void this.panel?.webview.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }

  /** Posts the answer held to the webview: whole, or as the scripts changed since the one it shows. */
  private post(changed?: { change: { base: string; head: number; tail: number; lines: number }; scripts: DocumentScriptsResult['scripts'] }): void {
    if (!this.panel || !this.ready || !this.last || !this.document) return;
    const settings = readSettings(this.document.uri).preview;
    const file = basename(this.document.uri);
    this.postedId = this.last.resultId;
    if (changed) void this.panel.webview.postMessage({ type: 'update', data: { ...this.last, scripts: changed.scripts }, change: changed.change, settings, file });
    else void this.panel.webview.postMessage({ type: 'update', data: this.last, settings, file });
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.clientSub?.dispose();
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

function basename(uri: vscode.Uri): string { return uri.path.split('/').pop() || uri.toString(); }
