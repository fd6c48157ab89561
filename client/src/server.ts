/**
 * Starts the bundled language server (dist/server.js, over stdio) and holds diagnostics back
 * while a file is dirty when `huashu.run` is `onSave`.
 */
import * as vscode from 'vscode';
import {
  LanguageClient, LanguageClientOptions, ServerOptions, TransportKind, RevealOutputChannelOn,
  vsdiag,
} from 'vscode-languageclient/node';
import { readSettings, LANGUAGE_ID } from './settings';
import { RestartingErrorHandler } from './errors';
import { DiagnosticsMove, movedOf, movedRange } from './protocol';
import { WorkspaceReportLedger } from './workspace-reports';

/** Options the server reads from `initializationOptions` (see docs/dev/extension-tests.md). */
export interface HuashuInitializationOptions {
  /** The client's display language (`vscode.env.language`, e.g. `en`, `zh-cn`): hover texts and code action titles follow it. */
  locale: string;
  /**
   * Restricted mode (untrusted workspace): the server must ignore `huashu.config.yaml` and every
   * other file from the workspace that changes behaviour, and lint with the built-in rules only.
   */
  restricted: boolean;
  /** `onType` or `onSave` (the client also enforces it; a server may use it to save work). */
  run: 'onType' | 'onSave';
  client: 'vscode';
  /**
   * Split an open document's pulled diagnostics over this many providers (one collection and one
   * pull each, registered by the server; the last holds the diagnostics of the lines being typed
   * on): a keystroke within a line changes one shard (two at the first keystroke on a line), and
   * the others are answered `unchanged` instead of the whole list being parsed again.
   */
  diagnosticShards: number;
  /**
   * Take moved reports: a shard whose diagnostics a line break (or a removed line) only moved is
   * answered `unchanged` with a result id that names the move, and the client moves the
   * diagnostics it holds (`DiagnosticsMove` in server/src/lsp/protocol.ts).
   */
  movedDiagnostics: boolean;
}

/** The diagnostic shards the client asks for (initializationOptions.diagnosticShards). */
export const DIAGNOSTIC_SHARDS = 8;

/** The shard a pulled report's result id names (`….s<k>`; -1: a report of every diagnostic). */
export function shardOfResult(resultId: string | undefined): number | undefined {
  if (resultId === undefined) return undefined;
  const m = /\.s(\d+)$/.exec(resultId);
  return m ? Number(m[1]) : -1;
}

/** A diagnostic of a report moved by `m` (a copy of the same class; the same object where it stays). */
export function movedDiagnostic(d: vscode.Diagnostic, m: DiagnosticsMove): vscode.Diagnostic {
  const r = movedRange(d.range, m);
  if (r === d.range) return d;
  const copy: vscode.Diagnostic = Object.assign(Object.create(Object.getPrototypeOf(d)), d);
  copy.range = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
  return copy;
}

/** Fires when diagnostics of a dirty document are held back until it is saved (`huashu.run: onSave`). */
export const diagnosticsHeld = new vscode.EventEmitter<vscode.Uri>();

/**
 * Changes to the extension host's environment for the server's process (the client copies the
 * rest; an undefined value leaves the variable out). NODE_EXTRA_CA_CERTS, which proxies and
 * company networks set for npm, makes Node before 24 read and parse the whole certificate bundle
 * it names at every start: 35 ms of the server's cold start measured with Node 20 (bench/README.md).
 * The server opens no network connection.
 */
const SERVER_ENV = { NODE_EXTRA_CA_CERTS: undefined };

/**
 * The documents the language client pulls diagnostics for itself: those shown in a tab or an
 * editor (as vscode-languageclient counts them).
 */
function shownDocuments(): Set<string> {
  const keys = new Set<string>();
  for (const group of vscode.window.tabGroups.all) {
    for (const tab of group.tabs) {
      const input = tab.input;
      const uri = input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom || input instanceof vscode.TabInputNotebook ? input.uri
        : input instanceof vscode.TabInputTextDiff ? input.modified : undefined;
      if (uri) keys.add(uri.toString());
    }
  }
  for (const editor of vscode.window.visibleTextEditors) keys.add(editor.document.uri.toString());
  return keys;
}

export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio, options: { env: SERVER_ENV } },
    debug: { module, transport: TransportKind.stdio, options: { env: SERVER_ENV, execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const held = new Map<string, vscode.Diagnostic[]>();
  const lastPull = new Map<string, vsdiag.DocumentDiagnosticReport>();
  const ledger = new WorkspaceReportLedger();
  const dirty = (uri: vscode.Uri): boolean =>
    readSettings(uri).run === 'onSave' && !!vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.isDirty;

  const initializationOptions: HuashuInitializationOptions = {
    locale: vscode.env.language,
    restricted: !vscode.workspace.isTrusted,
    run: readSettings().run,
    client: 'vscode',
    diagnosticShards: DIAGNOSTIC_SHARDS,
    movedDiagnostics: true,
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: LANGUAGE_ID, scheme: 'file' },
      { language: LANGUAGE_ID, scheme: 'untitled' },
    ],
    // The server registers its own file watchers (huashu.config.yaml, *.huashu.yaml) dynamically.
    synchronize: { configurationSection: 'huashu' },
    initializationOptions,
    diagnosticCollectionName: 'huashu',
    diagnosticPullOptions: { onChange: true, onSave: true },
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler: new RestartingErrorHandler(output),
    middleware: {
      handleDiagnostics(uri, diagnostics, next) {
        if (dirty(uri)) { held.set(uri.toString(), diagnostics); diagnosticsHeld.fire(uri); return; }
        held.delete(uri.toString());
        next(uri, diagnostics);
      },
      async provideDiagnostics(doc, previousResultId, token, next) {
        const uri = doc instanceof vscode.Uri ? doc : doc.uri;
        const key = uri.toString();
        // held like pushed diagnostics: the last report pulled before the edits, or none yet (an
        // edit made before the first report arrived must not show the unsaved text's findings);
        // per diagnostic shard, which the result id the provider holds names (a provider that
        // holds none gets nothing: another shard's report would show its findings twice)
        if (dirty(uri)) {
          diagnosticsHeld.fire(uri);
          const shard = shardOfResult(previousResultId);
          return (shard === undefined ? undefined : lastPull.get(`${key}#${shard}`)) ?? { kind: vsdiag.DocumentDiagnosticReportKind.full, items: [] };
        }
        ledger.pullStarted(key);
        let report: vsdiag.DocumentDiagnosticReport | null | undefined;
        try {
          report = await next(doc, previousResultId, token);
          // a moved report: the diagnostics held, moved (or, none held, the report asked for whole)
          // (a new result id: the same one again is a plain `unchanged` of what was moved before)
          const move = report && report.kind !== vsdiag.DocumentDiagnosticReportKind.full && report.resultId !== previousResultId ? movedOf(report.resultId) : undefined;
          if (report && move) {
            const was = lastPull.get(`${key}#${shardOfResult(report.resultId) ?? -1}`);
            report = was?.kind === vsdiag.DocumentDiagnosticReportKind.full
              ? { kind: vsdiag.DocumentDiagnosticReportKind.full, resultId: report.resultId, items: was.items.map((d) => movedDiagnostic(d, move)) }
              : await next(doc, undefined, token);
          }
        } finally { ledger.pullEnded(key); }
        if (report && report.kind === 'full') lastPull.set(`${key}#${shardOfResult(report.resultId) ?? -1}`, report);
        return report;
      },
      // only result ids whose diagnostics the editor shows go back to the server (workspace-reports.ts)
      provideWorkspaceDiagnostics(resultIds, token, reporter, next) {
        const tabs = shownDocuments();
        const inTabs = (key: string): boolean => tabs.has(key);
        const previous = ledger.previous(resultIds, (id) => id.uri.toString(), inTabs);
        return next(previous, token, (chunk) => {
          if (chunk) {
            const now = shownDocuments();
            for (const item of chunk.items) if (item.kind === vsdiag.DocumentDiagnosticReportKind.full) ledger.reported(item.uri.toString(), item.resultId, (key) => now.has(key));
          }
          reporter(chunk);
        });
      },
    },
  };
  const client = new LanguageClient('huashu', 'Huashu Language Server', serverOptions, clientOptions);
  const flush = (uri: vscode.Uri): void => {
    const d = held.get(uri.toString());
    if (d && client.diagnostics) { held.delete(uri.toString()); client.diagnostics.set(uri, d); }
  };
  context.subscriptions.push(
    vscode.workspace.onDidSaveTextDocument((doc) => flush(doc.uri)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('huashu.run')) for (const key of [...held.keys()]) if (!dirty(vscode.Uri.parse(key))) flush(vscode.Uri.parse(key));
    }),
  );
  return client;
}
