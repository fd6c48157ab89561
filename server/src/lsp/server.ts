/**
 * The Huashu language server. `startServer(connection)` wires one connection; every piece of
 * state lives in the HuashuServer object made for it (no module-global mutable state), so tests
 * can run many servers in one process over in-memory streams.
 */
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import {
  CodeActionKind, Connection, Diagnostic, DiagnosticSeverity, DidChangeWatchedFilesNotification, DocumentDiagnosticReport, DocumentDiagnosticRequest,
  FileChangeType, InitializeParams, InitializeResult, Position, Range, TextDocumentSyncKind, TextDocuments, WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import {
  CONFIG_FILE_NAMES, EffectiveConfig, ExternalIds, LineIndex, LintResult, RULE_IDS, lintText, parseConfig, stripBom,
} from '../engine';
import { SpanList } from '../engine/parse/span-list';
import { isLibraryFile } from '../node/config-discovery';
import { WARM_EVENT } from '../node/code-cache';
import { sha1 } from '../node/digest';
import { WARM_UP_BYTES, endWarmUp, isWarmingUp, planRun } from '../node/warm-up';
import { Analysis, DocumentAnalyzer, Edit, Positioner, splitLibrary, textIncludes } from '../engine/incremental';
import { DiagView, LineSpans } from '../engine/diag-view';
import { ConfigManager, isInside } from './configs';
import {
  ActionContext, DiagnosticShape, FIX_ALL_KIND, FULL_SHAPE, SOURCE, TOKEN_MODIFIERS, TOKEN_TYPES, codeActions, codeLenses, completion, countsOf,
  diagnosticShapeOf, diagnosticsOf, documentScripts, documentScriptsHead, documentSymbols, foldingRanges, hover, isFixAllData, keepsDiagnostics, previewUnmoved, resolveFixAll, semanticTokens, toDiagnostic,
} from './features';
import { Locale, Texts, localeOf, textsFor } from './i18n';
import { cachedList, movedDiagnostic } from './json-encoder';
import { type Diags, isMovedBy, sameDiags, subView } from './diag-views';
import { PieceDocument } from './piece-document';
import { STAGED_MIN_LENGTH as STAGED_MIN, Stage, stageMayShow, stagesOf } from './first-lint';
import { DocumentChangedNotification, DocumentChangedParams, DocumentScriptsParams, DocumentScriptsRequest, DocumentScriptsResult, PreviewScript, moveTag, movePreviewScript } from './protocol';
import { IdIndex, IdList, findLibraries, idsOfText } from './workspace';

export interface ServerOptions {
  /** Delay between a change and pushed diagnostics (ms); initializationOptions.debounceMs overrides. */
  debounceMs?: number;
  /** Lint incrementally (default true). */
  incremental?: boolean;
  /** A workspace pull with a partial result token sends what it has made after this long (ms; default 100). */
  partialResultMs?: number;
  /** Lint a large library's first version in stages, the top first (default true; first-lint.ts). */
  stagedFirstLint?: boolean;
}

interface DocState {
  analyzer: DocumentAnalyzer;
  cached?: { version: number; configGen: number; idGen: number; analysis: Analysis };
  timer?: NodeJS.Timeout;
  logged: Set<string>;
  notified?: number;
  idSig?: { lineCount: number; ids: (string | undefined)[] } | { idKey: number };
  /** Version of the text the analyzer saw last. */
  analyzed?: number;
  /** The last full diagnostic report pulled for this document (every diagnostic): its items and its result id. */
  report?: { items: Diags; resultId: string };
  /** With diagnostic shards: the last report of each shard. */
  shardReports?: (ShardReport | undefined)[];
  /**
   * With moved reports (`movedDiagnostics`): the content changes received so far, and the last
   * one's lines (undefined after a change without a range).
   */
  changes?: number;
  lastChange?: LineChange;
  /** With diagnostic shards: the diagnostics last split into shards, and the split. */
  split?: { all: Diags; shards: Diags[] };
  /**
   * With diagnostic shards: the lines (first and last, in the current text) whose diagnostics the
   * last shard holds, and those of the last change. See `shardItems`.
   */
  hot?: LineSpan;
  edited?: LineSpan;
  /**
   * With diagnostic shards: the first line of each cold shard after the first (ascending, in the
   * current text; followed as lines move). See `shardItems`.
   */
  bounds?: number[];
  /** With diagnostic shards: the diagnostics made for an analysis (the shards' pulls share them). */
  made?: { analysis: Analysis; items: Diags };
  /**
   * With pushed diagnostics: the list last published, and whether every change since leaves a
   * client's copy of it where it was (`kept`, see `keepsDiagnostics`). A lint that makes the same
   * list again is then not published: the client holds it already (LSP has no `unchanged` for
   * pushed diagnostics; rust-analyzer skips such publishes too).
   */
  pushed?: { items: Diags; kept: boolean };
  /**
   * A first lint in stages (first-lint.ts), while it lasts: the version, the stages, the next one,
   * the diagnostics the last one may show, and whether a pull was answered with them (the client
   * is then asked to pull again when the whole document is linted).
   */
  staged?: { version: number; stages: Stage[]; next: number; partial?: Diags; answered: boolean; pulls: number; waiting: (() => void)[]; shards?: DocState };
  /** The last preview answers given (newest first): each script's entry as made and the lines it was moved by. */
  previews?: { id: string; made: readonly PreviewScript[]; lines: ArrayLike<number> }[];
}

/**
 * A closed library's diagnostics and what they were made from: its text (a digest), the configs'
 * generation, the ids its scripts define and what the other files hold for those ids. They stay
 * good while all of that does; the file's size, modification time and inode, as last read, let a
 * workspace pull skip reading a file that has not changed (a file watcher's event clears them).
 */
interface ClosedReport {
  resultId: string;
  diagnostics: Diagnostic[];
  digest: string;
  configGen: number;
  ownIds: string[];
  external: string;
  stat?: string;
}

/** Preview answers a document remembers for clients that ask for changes since one of them. */
const PREVIEWS_KEPT = 4;

/** Tells this process's result ids from those a client may still hold from an earlier server. */
const RUN = `${process.pid.toString(36)}${Date.now().toString(36)}`;

/**
 * The region the edits since a version changed (offsets in the text as the client sends it):
 * what the analyzer needs to re-read only the items an edit touches.
 */
interface Edits { from: number; oldLength: number; edit?: Edit; unknown?: boolean }

type MakeDiagnostic = (f: Parameters<typeof toDiagnostic>[1], at: Positioner) => Diagnostic;

/**
 * One maker per diagnostic shape, made once: the incremental analysis keeps each item's
 * diagnostics per maker (by identity), and the encoder caches each Diagnostic's bytes.
 */
const makers = new Map<string, MakeDiagnostic>();
function makerFor(shape: DiagnosticShape): MakeDiagnostic {
  const key = `${shape.codeDescription ? 1 : 0}${shape.unnecessaryTag ? 1 : 0}`;
  let m = makers.get(key);
  if (!m) {
    const frozen: DiagnosticShape = Object.freeze({ ...shape });
    // positions come from the analysis (per item, moved by lines)
    m = (f, at) => toDiagnostic(at as unknown as Analysis, f, frozen);
    makers.set(key, m);
  }
  return m;
}

/** The diagnostics of an analysis, in the shape the client understands (default: everything). */
export function diagnosticsFor(a: Analysis, shape: DiagnosticShape = FULL_SHAPE): Diagnostic[] {
  return a.diagnosticsWith ? a.diagnosticsWith(makerFor(shape), movedDiagnostic) : diagnosticsOf(a, shape);
}

/** The same as a view, whose diagnostics moved by an edit above them are made when read (see `DiagView`). */
export function diagnosticViewFor(a: Analysis, shape: DiagnosticShape = FULL_SHAPE): Diags {
  return a.diagnosticView ? a.diagnosticView(makerFor(shape), movedDiagnostic) : DiagView.of(diagnosticsFor(a, shape));
}

export function startServer(connection: Connection, options: ServerOptions = {}): HuashuServer {
  const server = new HuashuServer(connection, options);
  connection.listen();
  return server;
}

/** No diagnostics (an ignored file's). */
const NONE: Diags = DiagView.of<Diagnostic>([]);

/** A workspace pull with a partial result token sends what it has made after this long (ms), and so on. */
const PARTIAL_MS = 100;

/** At most this many diagnostic shards (`initializationOptions.diagnosticShards`). */
const MAX_SHARDS = 16;

function isConfigFile(p: string): boolean { return CONFIG_FILE_NAMES.includes(path.basename(p)); }

/** Lines [from, to] of a document. */
interface LineSpan { from: number; to: number }

/** Whether entry `i` of `spans` (a view's `lineSpans()`) has a line in `span`. */
function touches(spans: LineSpans, i: number, span: LineSpan): boolean {
  return spans.starts[i] <= span.to && spans.ends[i] >= span.from;
}

/** A shard's last report: its items and result id, the changes received when it was made, and the report it moved (`moveTag`). */
interface ShardReport { items: Diags; resultId: string; seq?: number; movedFrom?: string }

/** A content change's lines: the last line it replaced (of the text before it) and the lines it added (negative: removed). */
interface LineChange { seq: number; endLine: number; delta: number }

/** The lines of a ranged content change: its start and end (in order) and the line breaks it inserts. */
function changeLines(ch: TextDocumentContentChangeEvent & { range: Range }): { start: Position; end: Position; breaks: number } {
  let { start, end } = ch.range;
  if (end.line < start.line || (end.line === start.line && end.character < start.character)) [start, end] = [end, start];
  let breaks = 0;
  for (let i = 0; i < ch.text.length; i++) {
    const c = ch.text.charCodeAt(i);
    if (c === 10 || (c === 13 && ch.text.charCodeAt(i + 1) !== 10)) breaks++;
  }
  return { start, end, breaks };
}

/**
 * Follows a content change with a document's hot lines (moved with the lines above them, widened
 * over a change that overlaps them) and its cold shards' bounds (moved with the lines above them;
 * one inside the lines a change replaced stays within what replaced them), and notes the change's
 * own lines (see `shardItems`) and, with moved reports, counts it and notes its line move.
 */
function followLines(s: { hot?: LineSpan; edited?: LineSpan; bounds?: number[]; changes?: number; lastChange?: LineChange }, ch: TextDocumentContentChangeEvent, countChanges: boolean): void {
  // with moved reports: the changes counted, and the last one's lines (see `movedBy`)
  if (countChanges) s.changes = (s.changes ?? 0) + 1;
  if (!('range' in ch)) { s.hot = undefined; s.edited = undefined; s.bounds = undefined; s.lastChange = undefined; return; }
  const { start, end, breaks } = changeLines(ch);
  const delta = breaks - (end.line - start.line);
  if (countChanges) s.lastChange = { seq: s.changes!, endLine: end.line, delta };
  const move = (x: LineSpan | undefined): LineSpan | undefined => {
    if (!x || start.line > x.to) return x;
    if (end.line < x.from) return { from: x.from + delta, to: x.to + delta };
    return { from: Math.min(x.from, start.line), to: Math.max(x.to + delta, start.line + breaks) };
  };
  s.hot = move(s.hot);
  s.edited = { from: start.line, to: start.line + breaks };
  const b = s.bounds;
  if (b) for (let i = 0; i < b.length; i++) if (b[i] > start.line) b[i] = end.line < b[i] ? b[i] + delta : Math.min(b[i], start.line + breaks);
}

/**
 * The first line of each cold shard after the first, for `count` cold shards holding diagnostics
 * that start on these lines: about as many in each.
 */
function coldBounds(starts: Int32Array, count: number): number[] {
  starts.sort();
  const bounds: number[] = [];
  for (let i = 1; i < count; i++) bounds.push(starts.length ? starts[Math.floor((i * starts.length) / count)] : 0);
  return bounds;
}

/** The cold shard of a diagnostic that starts on `line`: how many bounds are at or before it. */
function coldShard(bounds: readonly number[], line: number): number {
  let k = 0;
  while (k < bounds.length && bounds[k] <= line) k++;
  return k;
}

export class HuashuServer {
  /** Edits per open document since the version its analyzer last saw (from the incremental didChange ranges). */
  private readonly edits = new Map<string, Edits>();
  readonly documents = new TextDocuments<TextDocument>({
    // open documents keep their text in pieces: a keystroke does not copy the whole text
    create: (uri, languageId, version, content) => { this.edits.delete(uri); return new PieceDocument(uri, languageId, version, content); },
    update: (doc, changes, version) => this.update(doc, changes, version),
  });
  private readonly states = new Map<string, DocState>();
  private previewSeq = 0;
  private reportSeq = 0;
  private warmed = false;
  private roots: string[] = [];
  private readonly configs = new ConfigManager(() => this.roots);
  private readonly index = new IdIndex();
  private readonly closedCache = new Map<string, ClosedReport>();
  /** Push clients: the closed libraries' reports last published (a re-publish of the same report is skipped). */
  private readonly publishedClosed = new Map<string, string>();
  private pull = false;
  /** Pull-diagnostic providers the document's diagnostics are split over (1: one report). */
  private shards = 1;
  /** Whether the client takes moved reports (`DiagnosticsMove`, with shards only). */
  private movedDiagnostics = false;
  private refreshSupport = false;
  /** Optional diagnostic properties the client understands (initialize). */
  private diagnosticShape: DiagnosticShape = FULL_SHAPE;
  /** The client resolves code actions' edits on demand (initialize). */
  private resolveEdits = false;
  private watchRegistration = false;
  private debounceMs: number;
  private readonly partialResultMs: number;
  private incremental: boolean;
  private stagedFirstLint: boolean;
  private locale: Locale = 'zh';
  private texts: Texts = textsFor('zh');
  private resolveScan!: () => void;
  private readonly scanDone: Promise<void> = new Promise((resolve) => { this.resolveScan = resolve; });
  private relintTimer?: NodeJS.Timeout;
  private shuttingDown = false;

  constructor(private readonly connection: Connection, options: ServerOptions) {
    this.debounceMs = options.debounceMs ?? 150;
    this.incremental = options.incremental ?? true;
    this.stagedFirstLint = options.stagedFirstLint ?? true;
    this.partialResultMs = options.partialResultMs ?? PARTIAL_MS;
    this.register();
  }

  // ------------------------------------------------------------ wiring

  private register(): void {
    const c = this.connection;
    c.onInitialize((p) => this.initialize(p));
    c.onInitialized(() => this.guard('initialized', () => this.initialized(), undefined));
    this.documents.onDidChangeContent((e) => this.guard('change', () => this.changed(e.document), undefined));
    this.documents.onDidClose((e) => this.guard('close', () => this.closed(e.document), undefined));
    c.onDidChangeWatchedFiles((p) => this.guard('watch', () => this.watched(p.changes), undefined));
    c.languages.diagnostics.on((p) => this.guard<DocumentDiagnosticReport>('diagnostic', () => this.pullDocument(p.textDocument.uri, p.previousResultId, this.shardOf(p.identifier)), { kind: 'full', items: [] }));
    c.languages.diagnostics.onWorkspace(async (p, _token, _work, partial) => {
      try { return { items: await this.pullWorkspace(p.previousResultIds, partial ? (items) => partial.report({ items }) : undefined) }; } catch (e) { this.logError('workspace diagnostic', e); return { items: [] }; }
    });
    c.onCodeAction((p) => this.afterStages(p.textDocument.uri, 'codeAction', () => this.withLibrary(p.textDocument.uri, (doc, a) => codeActions(this.actionContext(doc, a), p.range, p.context.diagnostics ?? [], p.context.only)) ?? [], []));
    c.onCodeActionResolve((action) => {
      const data = action.data as unknown;
      if (!isFixAllData(data)) return action;
      return this.afterStages(data.uri, 'codeActionResolve', () => this.withLibrary(data.uri, (doc, a) => resolveFixAll(this.actionContext(doc, a), action)) ?? { ...action, edit: { changes: {} } }, action);
    });
    c.onHover((p) => this.afterStages(p.textDocument.uri, 'hover', () => this.withLibrary(p.textDocument.uri, (_d, a) => hover(a, p.position, this.texts)) ?? null, null));
    c.onCompletion((p) => this.afterStages(p.textDocument.uri, 'completion', () => this.withLibrary(p.textDocument.uri, (d, a) => completion(a, p.position, this.configFor(d.uri).config, this.texts)) ?? [], []));
    c.onDocumentSymbol((p) => this.afterStages(p.textDocument.uri, 'symbols', () => this.withLibrary(p.textDocument.uri, (_d, a) => documentSymbols(a, this.texts)) ?? [], []));
    c.onFoldingRanges((p) => this.afterStages(p.textDocument.uri, 'folding', () => this.withLibrary(p.textDocument.uri, (_d, a) => foldingRanges(a)) ?? [], []));
    c.onCodeLens((p) => this.afterStages(p.textDocument.uri, 'codeLens', () => this.withLibrary(p.textDocument.uri, (_d, a) => codeLenses(a, this.texts)) ?? [], []));
    c.languages.semanticTokens.on((p) => this.afterStages(p.textDocument.uri, 'semanticTokens', () => ({ data: this.withLibrary(p.textDocument.uri, (_d, a) => semanticTokens(a)) ?? [] }), { data: [] }));
    c.onRequest(DocumentScriptsRequest, (p: DocumentScriptsParams) => this.afterStages<DocumentScriptsResult | null>(p.uri, 'documentScripts', () => this.documentScripts(p.uri, typeof p.since === 'string' ? p.since : undefined), null));
    c.onShutdown(() => { this.shuttingDown = true; this.dispose(); });
    c.onExit(() => this.dispose());
    this.documents.listen(c);
  }

  /**
   * Runs a handler that needs a document's whole analysis (`guard`): at once, or, while the
   * document's first lint goes in stages, when the stages end, so that the client's pulls made
   * meanwhile are answered from the stages instead of waiting for a whole lint made on the spot.
   */
  private afterStages<T>(uri: string, what: string, fn: () => T, fallback: T): T | Promise<T> {
    const st = this.states.get(uri)?.staged;
    if (!st) return this.guard(what, fn, fallback);
    return new Promise<T>((resolve) => st.waiting.push(() => resolve(this.guard(what, fn, fallback))));
  }

  /** Runs a handler; an exception is logged and answered with `fallback`, never fatal. */
  private guard<T>(what: string, fn: () => T, fallback: T): T {
    try { return fn(); } catch (e) { this.logError(what, e); return fallback; }
  }

  private logError(what: string, e: unknown): void {
    this.connection.console.error(`[huashu] ${what}: ${e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e)}`);
  }

  private dispose(): void {
    this.resolveScan();
    for (const s of this.states.values()) if (s.timer) clearTimeout(s.timer);
    if (this.relintTimer) clearTimeout(this.relintTimer);
  }

  private initialize(p: InitializeParams): InitializeResult {
    const caps = p.capabilities;
    const init = (p.initializationOptions ?? {}) as { debounceMs?: number; incremental?: boolean; pullDiagnostics?: boolean; restricted?: boolean; diagnosticShards?: number; movedDiagnostics?: boolean; stagedFirstLint?: boolean };
    this.configs.restricted = init.restricted === true;
    this.pull = init.pullDiagnostics ?? !!caps.textDocument?.diagnostic;
    this.refreshSupport = !!caps.workspace?.diagnostics?.refreshSupport;
    this.diagnosticShape = diagnosticShapeOf(caps);
    this.resolveEdits = !!caps.textDocument?.codeAction?.resolveSupport?.properties?.includes('edit');
    this.watchRegistration = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    // diagnostic shards: asked for by our own client, which keeps one collection per registered
    // provider (vscode-languageclient); other clients get one provider
    const shards = init.diagnosticShards;
    this.shards = this.pull && !!caps.textDocument?.diagnostic?.dynamicRegistration && typeof shards === 'number' && Number.isInteger(shards) && shards > 1 ? Math.min(shards, MAX_SHARDS) : 1;
    // moved reports: our client moves the diagnostics it holds by a result id (protocol.ts)
    this.movedDiagnostics = this.shards > 1 && init.movedDiagnostics === true;
    if (typeof init.debounceMs === 'number' && init.debounceMs >= 0) this.debounceMs = init.debounceMs;
    if (typeof init.incremental === 'boolean') this.incremental = init.incremental;
    if (typeof init.stagedFirstLint === 'boolean') this.stagedFirstLint = init.stagedFirstLint;
    this.locale = localeOf(p.locale);
    this.texts = textsFor(this.locale);
    const folders = p.workspaceFolders?.map((f) => f.uri) ?? (p.rootUri ? [p.rootUri] : p.rootPath ? [pathToFileURL(p.rootPath).href] : []);
    this.roots = folders.map(fsPathOf).filter((x): x is string => !!x);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['{', ':', ' ', '-'], resolveProvider: false },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        codeLensProvider: { resolveProvider: false },
        semanticTokensProvider: { legend: { tokenTypes: TOKEN_TYPES, tokenModifiers: TOKEN_MODIFIERS }, full: true, range: false },
        diagnosticProvider: { identifier: SOURCE, interFileDependencies: true, workspaceDiagnostics: true },
        workspace: { workspaceFolders: { supported: true } },
      },
      serverInfo: { name: 'huashu-language-server', version: '0.1.0' },
    };
  }

  private initialized(): void {
    // the shards after the first: document pulls only (the static provider, shard 0, also answers
    // the workspace's pulls, with every diagnostic of the files that are not open)
    for (let k = 1; k < this.shards; k++) {
      void this.connection.client.register(DocumentDiagnosticRequest.type, { documentSelector: null, identifier: `${SOURCE}.${k}`, interFileDependencies: true, workspaceDiagnostics: false })
        .catch((e) => this.logError('register diagnostic shard', e));
    }
    if (this.watchRegistration) {
      void this.connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/huashu.config.{yaml,yml}' }, { globPattern: '**/*.huashu.{yaml,yml}' }],
      }).catch((e) => this.logError('register watchers', e));
    }
    void this.scanWorkspace().catch((e) => this.logError('workspace scan', e)).finally(() => this.resolveScan());
  }

  /** Resolves when the initial workspace scan is done (tests and workspace pulls wait on it). */
  whenScanned(): Promise<void> { return this.scanDone; }

  // ------------------------------------------------------------ documents

  private isLibrary(doc: TextDocument): boolean { return doc.languageId === 'huashu' || isLibraryFile(doc.uri); }

  private state(uri: string): DocState {
    let s = this.states.get(uri);
    if (!s) { s = { analyzer: new DocumentAnalyzer(), logged: new Set() }; this.states.set(uri, s); }
    return s;
  }

  private configFor(uri: string): { config: EffectiveConfig; ignored: boolean; file?: string } {
    return this.configs.forFile(fsPathOf(uri));
  }

  private lintOptions(uri: string): { config: EffectiveConfig; externalIds: ExternalIds } {
    return { config: this.configFor(uri).config, externalIds: this.index.externalFor(keyOf(uri)) };
  }

  /**
   * Applies a didChange's content changes one by one, noting the region they change (in offsets of
   * the text before and after) so the analyzer re-reads only the scripts they touch.
   */
  private update(doc: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
    let rec = this.edits.get(doc.uri);
    if (!rec || rec.from !== this.states.get(doc.uri)?.analyzed) {
      rec = { from: this.states.get(doc.uri)?.analyzed ?? -1, oldLength: lengthOf(doc) };
      this.edits.set(doc.uri, rec);
    }
    const state = this.states.get(doc.uri);
    const pushed = state?.pushed;
    for (const ch of changes) {
      if (pushed?.kept && !keepsDiagnostics(pushed.items, ch)) pushed.kept = false;
      if (state && this.shards > 1) followLines(state, ch, this.movedDiagnostics);
      if (!('range' in ch) || rec.unknown) {
        rec.unknown = true;
        applyChanges(doc, [ch], version);
        continue;
      }
      const length = lengthOf(doc);
      let a = doc.offsetAt(ch.range.start);
      let b = doc.offsetAt(ch.range.end);
      if (b < a) [a, b] = [b, a];
      applyChanges(doc, [ch], version);
      const after = lengthOf(doc);
      const e = rec.edit;
      // the changed region so far, widened by this change: [start, oldEnd) of the first text became [start, newEnd)
      const suffix = Math.min(e ? length - e.newEnd : length - b, length - b);
      const start = Math.min(e ? e.start : a, a);
      rec.edit = { start, oldEnd: rec.oldLength - suffix, newEnd: after - suffix };
    }
    return doc;
  }

  /** The edit since the analyzer's last text, when every change since then was a ranged one. */
  private editSince(doc: TextDocument, s: DocState): Edit | undefined {
    const rec = this.edits.get(doc.uri);
    this.edits.delete(doc.uri);
    if (!rec || rec.unknown || s.analyzed === undefined || rec.from !== s.analyzed) return undefined;
    return rec.edit ?? { start: rec.oldLength, oldEnd: rec.oldLength, newEnd: rec.oldLength };
  }

  /** The analysis of an open document's current version (cached per version and config). */
  analysisFor(doc: TextDocument): Analysis {
    const s = this.state(doc.uri);
    const configGen = this.configs.generation;
    const c = s.cached;
    if (c && c.version === doc.version && c.configGen === configGen && c.idGen === this.index.generation) return c.analysis;
    const opts = this.lintOptions(doc.uri);
    let analysis: Analysis;
    const edit = this.editSince(doc, s);
    s.analyzed = doc.version;
    // the previous version's analysis is not read again: let it go before this one is made (a
    // document the whole parser reads, linted in full, then needs one analysis at a time, not two)
    s.cached = undefined;
    const text = doc instanceof PieceDocument ? doc.text : doc.getText();
    // the first analysis may run with V8's warm-up thresholds if its document is small (warm-up.ts)
    const warm = isWarmingUp();
    if (warm) planRun(text.length > WARM_UP_BYTES ? text.length : Buffer.byteLength(text.toString()));
    try {
      // (a literal of its fields: V8 gives a spread with new keys after it a new map each time,
      // and the analyzer's reads of its options went megamorphic)
      analysis = s.analyzer.analyze(text, { config: opts.config, externalIds: opts.externalIds, incremental: this.incremental, edit });
    } catch (e) {
      this.logError(this.texts.lintCrashed, e);
      analysis = emptyAnalysis(doc.getText());
      s.analyzer = new DocumentAnalyzer();
    }
    if (warm) endWarmUp();
    // the first lint has compiled what linting needs: the entry may now write its code cache
    if (!this.warmed) { this.warmed = true; (process as NodeJS.EventEmitter).emit(WARM_EVENT); }
    for (const re of analysis.ruleErrors) {
      const key = `${re.ruleId}\u0000${re.error.split('\n')[0]}`;
      if (s.logged.has(key)) continue;
      s.logged.add(key);
      this.connection.console.error(`[huashu] ${this.texts.ruleCrashed(re.ruleId)}: ${re.error}`);
    }
    // the cross-file id index: only rebuilt when this document's ids or line count changed
    const sig = s.idSig;
    let same: boolean;
    if (analysis.idKey !== undefined) same = !!sig && 'idKey' in sig && sig.idKey === analysis.idKey;
    else {
      same = !!sig && 'lineCount' in sig && sig.lineCount === analysis.lines.lineCount && sig.ids.length === analysis.scripts.length;
      for (let k = 0; same && k < analysis.scripts.length; k++) same = analysis.scripts[k].id === (sig as { ids: (string | undefined)[] }).ids[k];
    }
    // (a keystroke that changed a few scripts' ids: the list the index holds, patched)
    const patched = !same && analysis.idKey !== undefined && analysis.idPatch && sig && 'idKey' in sig && sig.idKey === analysis.idPatch.from
      ? this.index.patch(keyOf(doc.uri), analysis.idPatch, analysis.idKey, this.labelOf(doc.uri)) : undefined;
    if (patched !== undefined) {
      s.idSig = { idKey: analysis.idKey! };
      if (patched) this.scheduleRelintOthers(doc.uri);
    } else if (!same) {
      let ids: Map<string, number> | IdList;
      if (analysis.idKey !== undefined && analysis.idList) {
        s.idSig = { idKey: analysis.idKey };
        ids = analysis.idList();
      } else {
        s.idSig = { lineCount: analysis.lines.lineCount, ids: analysis.scripts.map((x) => x.id) };
        ids = new Map<string, number>();
        for (const sc of analysis.scripts) if (sc.id && !ids.has(sc.id)) ids.set(sc.id, analysis.lines.lineOf(sc.span.start));
      }
      if (this.index.set(keyOf(doc.uri), ids, this.labelOf(doc.uri), analysis.idKey)) this.scheduleRelintOthers(doc.uri);
    }
    s.cached = { version: doc.version, configGen, idGen: this.index.generation, analysis };
    return analysis;
  }

  private actionContext(doc: TextDocument, a: Analysis): ActionContext {
    return {
      uri: doc.uri, version: doc.version, analysis: a, texts: this.texts, lintOptions: this.lintOptions(doc.uri), eol: textIncludes(a, '\r\n') ? '\r\n' : '\n',
      diagnosticShape: this.diagnosticShape, resolveEdits: this.resolveEdits,
      reanalyzer: () => {
        const analyzer = this.state(doc.uri).analyzer.fork();
        const options = { ...this.lintOptions(doc.uri), incremental: this.incremental };
        return (text: string) => analyzer.analyze(text, options);
      },
    };
  }

  private withLibrary<T>(uri: string, fn: (doc: TextDocument, a: Analysis) => T): T | undefined {
    const doc = this.documents.get(uri);
    if (!doc || !this.isLibrary(doc)) return undefined;
    return fn(doc, this.analysisFor(doc));
  }

  private changed(doc: TextDocument): void {
    if (isConfigFile(doc.uri)) { this.publishConfigProblems(fsPathOf(doc.uri), doc.getText()); return; }
    if (!this.isLibrary(doc)) return;
    const s = this.state(doc.uri);
    if (s.timer) clearTimeout(s.timer);
    s.timer = undefined;
    const first = s.cached === undefined && s.notified === undefined;
    const version = doc.version;
    const run = (): void => this.guard('lint', () => this.lintAndPublish(doc.uri, version), undefined);
    if (first && s.staged === undefined && this.guard('lint', () => this.startStages(doc, s), false)) return;
    if (first || this.debounceMs === 0) run();
    else s.timer = setTimeout(() => { s.timer = undefined; run(); }, this.debounceMs);
  }

  /** Lints the document if `version` is still current (stale versions are dropped) and publishes. */
  private lintAndPublish(uri: string, version?: number): void {
    const doc = this.documents.get(uri);
    if (!doc || this.shuttingDown) return;
    if (version !== undefined && doc.version !== version) return;
    const a = this.analysisFor(doc);
    if (!this.pull) {
      const diagnostics = this.configFor(uri).ignored ? NONE : diagnosticViewFor(a, this.diagnosticShape);
      const s = this.state(uri);
      if (!s.pushed?.kept || !sameDiags(s.pushed.items, diagnostics)) {
        s.pushed = { items: diagnostics, kept: true };
        void this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics: diagnostics.all() });
      }
    }
    this.notifyChanged(doc, a);
  }

  /**
   * Starts linting a large library's first version in stages (first-lint.ts): the first stage
   * now, the others after yielding. False when the document is linted in one go: it is short, not
   * in the block layout, ignored, or the client could not be shown a stage's diagnostics (a pull
   * client that cannot be asked to pull again).
   */
  private startStages(doc: TextDocument, s: DocState): boolean {
    if (!this.stagedFirstLint || (this.pull && !this.refreshSupport) || this.configFor(doc.uri).ignored) return false;
    // a library the client was given whole as a closed file (workspace diagnostics) keeps showing
    // that until its lint as an open document is whole: a stage would show less
    if (this.closedCache.has(keyOf(doc.uri))) return false;
    const text = doc instanceof PieceDocument ? doc.text.toString() : doc.getText();
    if (text.length < STAGED_MIN) return false;
    const split = splitLibrary(text);
    const stages = split ? stagesOf(text, split) : [];
    if (!stages.length) return false;
    s.staged = { version: doc.version, stages, next: 0, answered: false, pulls: 0, waiting: [] };
    this.nextStage(doc.uri, s);
    return true;
  }

  /**
   * Lints the next stage of a first lint in stages, or the whole document after the last. Should
   * anything fail, the stages end and the document is linted as without them.
   */
  private nextStage(uri: string, s: DocState): void {
    const st = s.staged;
    try {
      this.stage(uri, s);
    } catch (e) {
      this.logError(this.texts.lintCrashed, e);
      if (!st) return;
      if (s.staged === st) {
        s.staged = undefined;
        s.analyzer = new DocumentAnalyzer();
        s.analyzed = undefined;
        this.guard('lint', () => this.lintAndPublish(uri, st.version), undefined);
      }
      this.stagesEnded(st);
    }
  }

  /** Answers the requests that waited for the stages to end (`afterStages`). */
  private stagesEnded(st: NonNullable<DocState['staged']>): void {
    for (const answer of st.waiting.splice(0)) answer();
  }

  private stage(uri: string, s: DocState): void {
    const st = s.staged;
    if (!st) return;
    const doc = this.documents.get(uri);
    // (the document closed or the server shutting down: what waited is answered as without stages)
    if (this.states.get(uri) !== s || !doc || this.shuttingDown) { s.staged = undefined; this.stagesEnded(st); return; }
    const c = s.cached;
    if (doc.version !== st.version || (c && c.version === st.version) || st.next >= st.stages.length) {
      // a change since (linted as it came), or a request that needed the whole analysis, or the
      // last stage done: the whole document's diagnostics, and a pull again if a stage's were pulled
      s.staged = undefined;
      if (doc.version === st.version) this.lintAndPublish(uri, st.version);
      if (st.answered && this.pull && this.refreshSupport) void this.connection.languages.diagnostics.refresh().catch(() => undefined);
      this.stagesEnded(st);
      return;
    }
    const stage = st.stages[st.next++];
    const text = doc instanceof PieceDocument ? doc.text : doc.getText();
    // (the warm-up's thresholds stay for every stage: analysisFor ends them after the whole document)
    if (isWarmingUp()) planRun(text.length > WARM_UP_BYTES ? text.length : Buffer.byteLength(text.toString()));
    const opts = this.lintOptions(uri);
    const a = s.analyzer.analyze(text.slice(0, stage.end), { config: opts.config, externalIds: opts.externalIds, incremental: this.incremental });
    // the analyzer now holds the prefix, not a version of the document: the next analysis reads
    // the whole text again, its items' lints found by their texts
    s.analyzed = undefined;
    s.analyzer.readWholeNext();
    const all = diagnosticViewFor(a, this.diagnosticShape);
    const keep: number[] = [];
    for (let i = 0; i < all.length; i++) {
      const d = all.at(i);
      if (d.range.start.line >= stage.fromLine && d.range.end.line < stage.toLine && stageMayShow(d.code)) keep.push(i);
    }
    st.partial = subView(all, keep);
    if (!this.pull) {
      s.pushed = { items: st.partial, kept: true };
      void this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics: st.partial.all() });
    }
    // the next stage after the pulls that came meanwhile (a client with diagnostic shards sends one
    // per shard) are answered: the connection handles one message per turn of the event loop, so
    // the next stage waits for two turns in a row without a pull
    const after = (seen: number, quiet: number): void => {
      setImmediate(() => {
        if (st.pulls !== seen) after(st.pulls, 0);
        else if (quiet < 1) after(seen, quiet + 1);
        else this.nextStage(uri, s);
      });
    };
    after(st.pulls, 0);
  }

  private notifyChanged(doc: TextDocument, a: Analysis): void {
    const s = this.state(doc.uri);
    if (s.notified === doc.version) return;
    s.notified = doc.version;
    const params: DocumentChangedParams = { uri: doc.uri, version: doc.version, score: a.score, counts: a.counts ? { ...a.counts } : countsOf(a) };
    void this.connection.sendNotification(DocumentChangedNotification, params);
  }

  private closed(doc: TextDocument): void {
    const s = this.states.get(doc.uri);
    if (s?.timer) clearTimeout(s.timer);
    this.states.delete(doc.uri);
    this.edits.delete(doc.uri);
    if (isConfigFile(doc.uri)) { const p = fsPathOf(doc.uri); if (p) this.publishConfigProblems(p); return; }
    if (!this.isLibrary(doc)) return;
    const key = keyOf(doc.uri);
    const p = fsPathOf(doc.uri);
    let onDisk: string | undefined;
    try { onDisk = p ? fs.readFileSync(p, 'utf8') : undefined; } catch { onDisk = undefined; }
    if (onDisk !== undefined && p && this.roots.some((r) => isInside(r, p))) {
      if (this.index.set(key, idsOfText(onDisk), this.labelOf(doc.uri))) this.scheduleRelintOthers(doc.uri);
      if (!this.pull) this.publishClosedReport(key, doc.uri, this.closedDiagnostics(doc.uri, onDisk));
    } else {
      if (this.index.delete(key)) this.scheduleRelintOthers(doc.uri);
      this.publishedClosed.delete(key);
      if (!this.pull) void this.connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
    }
  }

  /** Other open documents may gain or lose cross-file duplicate ids. */
  private scheduleRelintOthers(except?: string): void {
    if (this.relintTimer) clearTimeout(this.relintTimer);
    this.relintTimer = setTimeout(() => {
      this.relintTimer = undefined;
      this.relintAll(except);
    }, Math.max(this.debounceMs, 50));
  }

  private relintAll(except?: string): void {
    for (const doc of this.documents.all()) {
      if (doc.uri === except || !this.isLibrary(doc)) continue;
      this.guard('relint', () => this.lintAndPublish(doc.uri), undefined);
    }
    if (this.pull && this.refreshSupport) void this.connection.languages.diagnostics.refresh().catch(() => undefined);
    else if (!this.pull) void this.publishClosed();
  }

  // ------------------------------------------------------------ pull diagnostics


  /**
   * The shard a pull asks for: 0 for the static provider (`huashu`), k for `huashu.k`; -1 (every
   * diagnostic) without shards, and for a request without an identifier or with another one.
   */
  private shardOf(identifier: string | undefined): number {
    if (this.shards === 1 || identifier === undefined) return -1;
    if (identifier === SOURCE) return 0;
    if (!identifier.startsWith(`${SOURCE}.`)) return -1;
    const k = Number(identifier.slice(SOURCE.length + 1));
    return Number.isInteger(k) && k > 0 && k < this.shards ? k : -1;
  }

  /**
   * An open document's diagnostics of one shard. The last shard is the *hot* one: it holds the
   * diagnostics on the lines being typed on (those of the last change that has diagnostics on
   * them, followed as lines move); the others, the *cold* ones, hold the rest by the line their
   * range starts on, in runs of lines of about as many diagnostics each (`bounds`, followed as
   * lines move; drawn again when one shard holds more than twice its share). Typing within a
   * line moves the diagnostics of that line only: the first keystroke there moves them from their
   * shard into the hot one (both answered in full), the next ones change the hot shard alone, a
   * few diagnostics, and the others stay `unchanged`, so the client does not parse them again (LSP
   * has no way to send part of one report; before the hot shard, every keystroke before a finding
   * sent an eighth of the document's diagnostics). A line break moves every later diagnostic:
   * the shards of the lines before it stay `unchanged` (with shards by line number modulo their
   * count, as before, every shard changed). The split is made once per list of diagnostics.
   */
  private shardItems(s: DocState, all: Diags, shard: number): Diags {
    if (shard < 0) return all;
    if (s.split?.all !== all) {
      const n = all.length;
      const spans = all.lineSpans();
      const e = s.edited;
      if (e) for (let i = 0; i < n; i++) if (touches(spans, i, e)) { s.hot = e; break; }
      s.edited = undefined;
      const hot = s.hot;
      const cold = this.shards - 1;
      const place = (i: number, bounds: readonly number[]): number => (hot && touches(spans, i, hot) ? cold : coldShard(bounds, spans.starts[i]));
      // each diagnostic's shard by the runs' bounds; a shard that gets the same entries (objects
      // and lines moved) as in the last split keeps its view (after a keystroke that moved none,
      // every shard; after one before a finding, all but the hot one: a new split was 82 KB a
      // keystroke at 5,000 scripts). When a run holds more than twice its share, the runs are
      // drawn again.
      let shards: Diags[] | undefined;
      const bounds = s.bounds;
      if (bounds) {
        const was = s.split?.shards;
        const at = new Int32Array(this.shards);
        const changed = new Uint8Array(this.shards);
        for (let i = 0; i < n; i++) {
          const k = place(i, bounds);
          const w = was?.[k];
          if (!w || at[k] >= w.length || w.madeAt(at[k]) !== all.madeAt(i) || w.linesAt(at[k]) !== all.linesAt(i)) changed[k] = 1;
          at[k]++;
        }
        let most = 0;
        for (let k = 0; k < this.shards; k++) {
          if (at[k] !== was?.[k].length) changed[k] = 1;
          if (k < cold) most = Math.max(most, at[k]);
        }
        if (most <= (2 * n) / cold + 2) {
          const idx: number[][] = Array.from({ length: this.shards }, () => []);
          for (let i = 0; i < n; i++) { const k = place(i, bounds); if (changed[k]) idx[k].push(i); }
          shards = idx.map((list, k) => (changed[k] || !was ? subView(all, list) : was[k]));
        }
      }
      if (!shards) {
        const starts = new Int32Array(n);
        let m = 0;
        for (let i = 0; i < n; i++) if (!hot || !touches(spans, i, hot)) starts[m++] = spans.starts[i];
        const drawn = (s.bounds = coldBounds(starts.subarray(0, m), cold));
        const idx: number[][] = Array.from({ length: this.shards }, () => []);
        for (let i = 0; i < n; i++) idx[place(i, drawn)].push(i);
        shards = idx.map((list) => subView(all, list));
      }
      s.split = { all, shards };
    }
    return s.split.shards[shard];
  }

  /**
   * A document's pulled report, of one shard (`shardOf`) or of every diagnostic (-1: without
   * shards, and in the workspace's reports, which the client uses for the open documents it does
   * not pull itself).
   */
  private pullDocument(uri: string, previous?: string, shard = -1): DocumentDiagnosticReport {
    const doc = this.documents.get(uri);
    if (!doc) {
      // a closed library's diagnostics are shard 0's (the static provider's, which the workspace
      // pulls report too): another shard's provider asking for one (a pull that outlived the
      // document's closing) gets none, or they would be shown twice
      if (shard > 0) return { kind: 'full', items: [] };
      const p = fsPathOf(uri);
      if (!p || !isLibraryFile(p)) return { kind: 'full', items: [] };
      let text: string;
      try { text = fs.readFileSync(p, 'utf8'); } catch { return { kind: 'full', items: [] }; }
      const r = this.closedDiagnostics(uri, text);
      return previous === r.resultId ? { kind: 'unchanged', resultId: r.resultId } : { kind: 'full', resultId: r.resultId, items: r.diagnostics };
    }
    if (!this.isLibrary(doc)) return { kind: 'full', items: [] };
    // during a first lint in stages: the last stage's diagnostics (the client pulls again after the last)
    const ds = this.states.get(uri);
    const st = ds?.staged;
    if (st?.partial && st.version === doc.version && this.refreshSupport && ds!.cached?.version !== doc.version) {
      st.answered = true;
      st.pulls++;
      // (a result id of its own, `….p`, kept by no report: the pull after the last stage is answered in full;
      // the shards split by a state of the stages' own, so that the document's runs of lines are
      // drawn from all its diagnostics, not from the top's)
      const items = this.shardItems((st.shards ??= { analyzer: ds!.analyzer, logged: new Set() }), st.partial, shard);
      return { kind: 'full', resultId: `${RUN}.${++this.reportSeq}.p${shard >= 0 ? `.s${shard}` : ''}`, items: items.all() };
    }
    const a = this.analysisFor(doc);
    this.notifyChanged(doc, a);
    const all = this.configFor(uri).ignored ? NONE : this.diagnosticsMade(doc, a);
    const items = this.shardItems(this.state(doc.uri), all, shard);
    const resultId = this.reportIdOf(doc.uri, items, shard);
    if (previous === resultId) return { kind: 'unchanged', resultId };
    // the client holds the report this one moved: it moves what it holds (DiagnosticsMove)
    const held = shard >= 0 ? this.state(doc.uri).shardReports?.[shard] : undefined;
    if (previous !== undefined && held?.resultId === resultId && held.movedFrom === previous) return { kind: 'unchanged', resultId };
    return { kind: 'full', resultId, items: items.all() };
  }

  /** The diagnostics of an analysis, made once per version for the shards' pulls. */
  private diagnosticsMade(doc: TextDocument, a: Analysis): Diags {
    if (this.shards === 1) return diagnosticViewFor(a, this.diagnosticShape);
    const s = this.state(doc.uri);
    if (s.made?.analysis !== a) s.made = { analysis: a, items: diagnosticViewFor(a, this.diagnosticShape) };
    return s.made.items;
  }

  /**
   * An open document's result id names the content of its diagnostics, not its version: a
   * keystroke that leaves every diagnostic as it was (most do: typing inside a reply moves nothing
   * on other lines) answers `unchanged`, and the client keeps what it shows instead of parsing
   * thousands of diagnostics again (1.4 MB at 5,000 corpus scripts).
   */
  private reportIdOf(uri: string, items: Diags, shard = -1): string {
    const s = this.state(uri);
    const held: ShardReport | undefined = shard < 0 ? s.report : s.shardReports?.[shard];
    if (held && sameDiags(held.items, items)) {
      held.items = items;
      held.seq = s.changes ?? 0;
      return held.resultId;
    }
    // a shard's diagnostics moved by the one change since its last report, and by nothing else:
    // a result id that names the move (DiagnosticsMove), answered `unchanged` to the client that
    // holds that report
    const c = s.lastChange;
    const moved = shard >= 0 && held && this.movedDiagnostics && c && held.seq !== undefined && c.seq === s.changes && c.seq === held.seq + 1 && isMovedBy(held.items, items, c.endLine, c.delta);
    // (a shard's ids end in `.s<k>`: the client keeps what it holds back per shard by them)
    const tag = moved ? moveTag({ endLine: c.endLine, delta: c.delta }) : '';
    const report: ShardReport = { items, resultId: `${RUN}.${++this.reportSeq}${tag}${shard >= 0 ? `.s${shard}` : ''}`, seq: s.changes ?? 0, movedFrom: moved ? held.resultId : undefined };
    if (shard < 0) s.report = report; else (s.shardReports ??= [])[shard] = report;
    return report.resultId;
  }

  /**
   * The workspace's reports. With `partial` (the client sent a partial result token, as VS Code's
   * does), the reports made so far go out as a partial result whenever {@link PARTIAL_MS} have
   * passed since the pull began or the last one went, so that the Problems panel fills file by
   * file while the first pull lints every library (100 files, 30,000 scripts: about 3 s); the rest
   * then goes the same way and the answer itself is empty, as LSP asks. A pull that finishes
   * sooner answers in one piece.
   */
  private async pullWorkspace(previous: { uri: string; value: string }[], partial?: (items: WorkspaceDocumentDiagnosticReport[]) => void): Promise<WorkspaceDocumentDiagnosticReport[]> {
    await this.scanDone;
    const prev = new Map(previous.map((p) => [keyOf(p.uri), p.value]));
    const out: WorkspaceDocumentDiagnosticReport[] = [];
    const open = new Map(this.documents.all().map((d) => [keyOf(d.uri), d]));
    let sent = false;
    let last = performance.now();
    const flush = (): void => {
      if (!partial || !out.length || performance.now() - last < this.partialResultMs) return;
      partial(out.splice(0));
      sent = true;
      last = performance.now();
    };
    for (const key of this.index.uris()) {
      flush();
      const doc = open.get(key);
      if (doc) {
        // with shards, a client that pulls the document itself sends back its first shard's id
        // (vscode-languageclient does, and skips the workspace's report of such a document): the
        // whole list would be sent and converted every two seconds for nothing (1.4 MB at 5,000
        // scripts). Our client sends such an id only for documents in a tab (workspace-reports.ts).
        const held = prev.get(key);
        if (held !== undefined && this.shards > 1 && held === this.states.get(doc.uri)?.shardReports?.[0]?.resultId) {
          out.push({ kind: 'unchanged', uri: doc.uri, version: doc.version, resultId: held });
          continue;
        }
        const r = this.pullDocument(doc.uri, held);
        out.push(r.kind === 'full' ? { ...r, uri: doc.uri, version: doc.version } : { ...r, uri: doc.uri, version: doc.version });
        continue;
      }
      const uri = pathToFileURL(key).href;
      const r = await this.closedReport(key);
      if (!r) continue;
      out.push(prev.get(key) === r.resultId ? { kind: 'unchanged', uri, version: null, resultId: r.resultId } : { kind: 'full', uri, version: null, resultId: r.resultId, items: r.diagnostics });
    }
    if (sent && out.length) partial!(out.splice(0));
    return out;
  }

  /** Whether a closed file's report still holds for the configs and the other files as they are now. */
  private closedCurrent(key: string, c: ClosedReport): boolean {
    return c.configGen === this.configs.generation && c.external === this.index.externalOf(key, c.ownIds);
  }

  /**
   * A closed library's report: from the cache without reading the file when its size,
   * modification time and inode are those it was read with and nothing it depends on changed;
   * else read (and linted again only if its text or what it depends on changed). The VS Code
   * client pulls workspace diagnostics every two seconds: this keeps an idle editor from reading
   * and hashing every library each time.
   */
  private async closedReport(key: string): Promise<ClosedReport | undefined> {
    let stat: string;
    try { const st = await fs.promises.stat(key); stat = `${st.size}:${st.mtimeMs}:${st.ino}`; } catch { return undefined; }
    const c = this.closedCache.get(key);
    if (c && c.stat === stat && this.closedCurrent(key, c)) return c;
    let text: string;
    try { text = await fs.promises.readFile(key, 'utf8'); } catch { return undefined; }
    // the size and time from before the read: a change during it is seen at the next pull
    const r = this.closedDiagnostics(pathToFileURL(key).href, text);
    r.stat = stat;
    return r;
  }

  /**
   * Lints a file that is not open (its text from disk), cached by its text, the configs'
   * generation and what the other files hold for its ids: another file's edit re-lints only the
   * files that share an id with it (their duplicate-id findings name where the other one is).
   */
  private closedDiagnostics(uri: string, text: string): ClosedReport {
    const key = keyOf(uri);
    const digest = sha1(text);
    const c = this.closedCache.get(key);
    if (c && c.digest === digest && this.closedCurrent(key, c)) return c;
    const configGen = this.configs.generation;
    const cfg = this.configFor(uri);
    let diagnostics: Diagnostic[] = [];
    let ownIds: string[] = [];
    if (!cfg.ignored) {
      // the workspace's closed files are linted in bulk: with V8's own thresholds (warm-up.ts)
      endWarmUp();
      try {
        const r = lintText(text, { config: cfg.config, externalIds: this.index.externalFor(key) });
        ownIds = [...new Set(r.library.scripts.map((s) => s.id).filter((id): id is string => !!id && typeof id === 'string'))];
        diagnostics = diagnosticsOf(asAnalysis(r), this.diagnosticShape);
      } catch (e) { this.logError('lint', e); }
    }
    const entry: ClosedReport = { resultId: `${RUN}.c${++this.reportSeq}`, diagnostics, digest, configGen, ownIds, external: this.index.externalOf(key, ownIds) };
    this.closedCache.set(key, entry);
    return entry;
  }

  /** Push mode: diagnostics of every workspace library that is not open (a report the client holds is not sent again). */
  private async publishClosed(): Promise<void> {
    const open = new Set(this.documents.all().map((d) => keyOf(d.uri)));
    for (const key of this.index.uris()) {
      if (open.has(key) || this.shuttingDown) continue;
      const r = await this.closedReport(key);
      if (!r || this.documents.all().some((d) => keyOf(d.uri) === key) || this.publishedClosed.get(key) === r.resultId) continue;
      this.publishClosedReport(key, pathToFileURL(key).href, r);
    }
  }

  /** Pushes a closed library's diagnostics and remembers which report the client holds. */
  private publishClosedReport(key: string, uri: string, r: ClosedReport): void {
    this.publishedClosed.set(key, r.resultId);
    void this.connection.sendDiagnostics({ uri, diagnostics: r.diagnostics });
  }

  // ------------------------------------------------------------ workspace and config

  private labelOf(uri: string): string {
    const p = fsPathOf(uri);
    if (!p) return uri;
    const root = this.roots.find((r) => isInside(r, p));
    return (root ? path.relative(root, p) : path.basename(p)).split(path.sep).join('/');
  }

  private async scanWorkspace(): Promise<void> {
    const files: string[] = [];
    for (const r of this.roots) files.push(...await findLibraries(r));
    const openKeys = new Set(this.documents.all().map((d) => keyOf(d.uri)));
    let changed = false;
    for (const f of files) {
      if (this.shuttingDown) return;
      if (openKeys.has(f)) continue;
      let text: string;
      try { text = await fs.promises.readFile(f, 'utf8'); } catch { continue; }
      if (this.documents.all().some((d) => keyOf(d.uri) === f)) continue;
      changed = this.index.set(f, idsOfText(text), this.labelOf(pathToFileURL(f).href)) || changed;
      await new Promise<void>((res) => setImmediate(res));
    }
    for (const r of this.roots) {
      for (const name of CONFIG_FILE_NAMES) {
        const p = path.join(r, name);
        if (fs.existsSync(p)) this.publishConfigProblems(p);
      }
    }
    if (changed) this.relintAll();
    else if (!this.pull) await this.publishClosed();
  }

  private watched(changes: { uri: string; type: FileChangeType }[]): void {
    let relint = false;
    for (const ch of changes) {
      const p = fsPathOf(ch.uri);
      if (!p) continue;
      const deleted = ch.type === FileChangeType.Deleted;
      if (isConfigFile(p)) {
        this.configs.changed(p, deleted);
        if (deleted) void this.connection.sendDiagnostics({ uri: ch.uri, diagnostics: [] });
        else this.publishConfigProblems(p);
        relint = true;
      } else if (isLibraryFile(p)) {
        if (this.documents.all().some((d) => keyOf(d.uri) === p)) continue;
        // read it again at the next pull, whatever its size and time say
        const c = this.closedCache.get(p);
        if (c) c.stat = undefined;
        if (deleted) {
          relint = this.index.delete(p) || relint;
          this.closedCache.delete(p);
          // a push client keeps what was published until told otherwise
          if (this.publishedClosed.delete(p) && !this.pull) void this.connection.sendDiagnostics({ uri: ch.uri, diagnostics: [] });
        } else {
          let text = '';
          try { text = fs.readFileSync(p, 'utf8'); } catch { continue; }
          relint = this.index.set(p, idsOfText(text), this.labelOf(ch.uri)) || relint;
          if (!this.pull) this.publishClosedReport(p, ch.uri, this.closedDiagnostics(ch.uri, text));
        }
      }
    }
    if (relint) this.relintAll();
  }

  /** Reports a config file's problems on the config file itself (from its open buffer when open). */
  private publishConfigProblems(file: string | undefined, bufferText?: string): void {
    if (!file) return;
    const uri = this.documents.all().find((d) => fsPathOf(d.uri) === file)?.uri ?? pathToFileURL(file).href;
    let text = bufferText;
    let problems;
    let stale = false;
    if (text !== undefined) problems = parseConfig(text, RULE_IDS).problems;
    else {
      const st = this.configs.state(file);
      text = st.latest.text ?? '';
      problems = st.latest.problems;
      stale = st.stale;
    }
    const lines = new LineIndex(text);
    const diagnostics: Diagnostic[] = problems.map((pr, i) => ({
      range: { start: lines.positionAt(pr.start), end: lines.positionAt(pr.end) },
      severity: pr.severity === 'error' ? DiagnosticSeverity.Error : pr.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
      source: SOURCE, code: 'config', message: i === 0 && stale ? `${pr.message}（${this.texts.configStale}）` : pr.message,
    }));
    void this.connection.sendDiagnostics({ uri, diagnostics });
  }

  // ------------------------------------------------------------ preview

  private documentScripts(uri: string, since?: string): DocumentScriptsResult | null {
    const doc = this.documents.get(uri);
    if (doc) {
      const a = this.analysisFor(doc);
      const s = this.states.get(uri);
      // only an incremental analysis keeps each script's entry from version to version; a full
      // one makes them afresh (nothing to compare, and they are not kept for nothing)
      const now = s ? previewUnmoved(a) : undefined;
      if (!s || !now) { if (s) s.previews = undefined; return documentScripts(uri, doc.version, a); }
      const previews = (s.previews ??= []);
      const base = since === undefined ? undefined : previews.find((p) => p.id === since);
      const resultId = `${doc.version}.${++this.previewSeq}`;
      previews.unshift({ id: resultId, ...now });
      if (previews.length > PREVIEWS_KEPT) previews.length = PREVIEWS_KEPT;
      if (!base) return { ...documentScripts(uri, doc.version, a), resultId };
      // compared as made and moved: the same entry moved by the same lines is the same script
      // (and by `lines` more, the same script moved); entries made again (a script whose
      // library-rule findings were placed again, or whose place changed) are compared by JSON
      const at = (v: { made: readonly PreviewScript[]; lines: ArrayLike<number> }, k: number, more = 0): PreviewScript => {
        const n = v.lines[k] + more;
        return n ? movePreviewScript(v.made[k], n) : v.made[k];
      };
      const same = (k: number, j: number, lines: number): boolean => (now.made[k] === base.made[j]
        ? now.lines[k] === base.lines[j] + lines
        : JSON.stringify(at(now, k)) === JSON.stringify(at(base, j, lines)));
      const n = now.made.length;
      const m = base.made.length;
      let head = 0;
      while (head < n && head < m && same(head, head, 0)) head++;
      // the tail may have moved: lines added or removed above it move every script after them
      const lines = n > head && m > head ? now.lines[n - 1] - base.lines[m - 1] : 0;
      let tail = 0;
      while (tail < n - head && tail < m - head && same(n - 1 - tail, m - 1 - tail, lines)) tail++;
      const scripts: PreviewScript[] = [];
      for (let k = head; k < n - tail; k++) scripts.push(at(now, k));
      const delta = tail && lines ? { base: base.id, head, tail, lines } : { base: base.id, head, tail };
      return { ...documentScriptsHead(uri, doc.version, a), scripts: cachedList(scripts), resultId, delta };
    }
    const p = fsPathOf(uri);
    if (!p) return null;
    let text: string;
    try { text = fs.readFileSync(p, 'utf8'); } catch { return null; }
    const r = lintText(text, this.lintOptions(uri));
    return documentScripts(uri, null, asAnalysis(r));
  }
}

function asAnalysis(r: LintResult): Analysis {
  return {
    text: r.text, hadBom: r.hadBom, lines: r.lines, findings: r.findings, scripts: r.scripts, score: r.score, ruleErrors: r.ruleErrors,
    header: r, parts: [{ result: r, delta: 0, start: 0, end: r.text.length }], mode: 'full',
  };
}

function emptyAnalysis(input: string): Analysis {
  const { text, hadBom } = stripBom(input);
  const lines = new LineIndex(text);
  const r: LintResult = {
    text, hadBom, findings: [], scripts: [], score: 100, lines, ruleErrors: [],
    library: { platform: 'generic', variables: new Map(), scripts: [], issues: [], scalarSpans: new SpanList(), keySpans: new Map() },
  };
  return asAnalysis(r);
}

/** Absolute path of a file URI, or undefined for other schemes. */
function lengthOf(doc: TextDocument): number { return doc instanceof PieceDocument ? doc.text.length : doc.getText().length; }

function applyChanges(doc: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): void {
  if (doc instanceof PieceDocument) doc.update(changes, version); else TextDocument.update(doc, changes, version);
}

export function fsPathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try { return fileURLToPath(uri); } catch { return undefined; }
}

/** Index key of a document: its path for files (URI spellings differ between clients), else the URI. */
function keyOf(uri: string): string { return fsPathOf(uri) ?? uri; }

