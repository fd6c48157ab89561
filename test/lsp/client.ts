/**
 * A small LSP test client: runs the Huashu server in-process over in-memory streams and plays
 * the client. Waits on notifications and promises, never on timers.
 */
import * as assert from 'assert';
import { PassThrough } from 'stream';
import { createConnection } from 'vscode-languageserver/node';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, ProtocolConnection, InitializeResult, PublishDiagnosticsParams,
  ClientCapabilities, LogMessageParams,
} from 'vscode-languageserver-protocol/node';
import { startServer, HuashuServer, ServerOptions } from '../../server/src/lsp/server';

export const CAPS_PUSH: ClientCapabilities = {
  textDocument: {
    publishDiagnostics: { relatedInformation: true, tagSupport: { valueSet: [1, 2] }, versionSupport: true, codeDescriptionSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: false } },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
  },
  workspace: { didChangeWatchedFiles: { dynamicRegistration: false } },
};

export const CAPS_PULL: ClientCapabilities = {
  ...CAPS_PUSH,
  textDocument: { ...CAPS_PUSH.textDocument, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
  workspace: { ...CAPS_PUSH.workspace, diagnostics: { refreshSupport: true } },
};

interface Waiter<T> { test: (v: T) => boolean; resolve: (v: T) => void }

export class TestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: LogMessageParams[] = [];
  readonly notifications: { method: string; params: unknown }[] = [];
  private diagWaiters: Waiter<PublishDiagnosticsParams>[] = [];
  private logWaiters: Waiter<LogMessageParams>[] = [];
  private noteWaiters: Waiter<{ method: string; params: unknown }>[] = [];
  refreshes = 0;
  private refreshWaiters: Waiter<number>[] = [];
  /** The capabilities the server registered (client/registerCapability), in order. */
  readonly registrations: { id: string; method: string; registerOptions?: unknown }[] = [];
  private regWaiters: Waiter<number>[] = [];
  init!: InitializeResult;
  private versions = new Map<string, number>();

  constructor(readonly conn: ProtocolConnection, readonly server: HuashuServer) {
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.diagWaiters = this.diagWaiters.filter((w) => (w.test(p) ? (w.resolve(p), false) : true));
    });
    conn.onNotification('window/logMessage', (p: LogMessageParams) => {
      this.logs.push(p);
      this.logWaiters = this.logWaiters.filter((w) => (w.test(p) ? (w.resolve(p), false) : true));
    });
    conn.onNotification('huashu/documentChanged', (params: unknown) => {
      const n = { method: 'huashu/documentChanged', params };
      this.notifications.push(n);
      this.noteWaiters = this.noteWaiters.filter((w) => (w.test(n) ? (w.resolve(n), false) : true));
    });
    conn.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      this.refreshWaiters = this.refreshWaiters.filter((w) => (w.test(this.refreshes) ? (w.resolve(this.refreshes), false) : true));
      return null;
    });
    conn.onRequest('client/registerCapability', (p: { registrations: { id: string; method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...p.registrations);
      this.regWaiters = this.regWaiters.filter((w) => (w.test(this.registrations.length) ? (w.resolve(this.registrations.length), false) : true));
      return null;
    });
    conn.onRequest('workspace/semanticTokens/refresh', () => null);
    conn.listen();
  }

  static async start(opts: { rootUri?: string; caps?: ClientCapabilities; initializationOptions?: unknown; locale?: string; server?: ServerOptions } = {}): Promise<TestClient> {
    const up = new PassThrough();
    const down = new PassThrough();
    const serverConn = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
    const server = startServer(serverConn, opts.server);
    const conn = createProtocolConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
    const client = new TestClient(conn, server);
    client.init = await conn.sendRequest('initialize', {
      processId: null, rootUri: opts.rootUri ?? null, capabilities: opts.caps ?? CAPS_PUSH, locale: opts.locale,
      workspaceFolders: opts.rootUri ? [{ uri: opts.rootUri, name: 'ws' }] : null,
      initializationOptions: opts.initializationOptions ?? { debounceMs: 0 },
    }) as InitializeResult;
    await conn.sendNotification('initialized', {});
    return client;
  }

  /** Resolves once the server has asked for a pull again (`workspace/diagnostic/refresh`) at least `n` times. */
  refreshed(n: number): Promise<number> {
    if (this.refreshes >= n) return Promise.resolve(this.refreshes);
    return new Promise((resolve) => this.refreshWaiters.push({ test: (k) => k >= n, resolve }));
  }

  /** Resolves once the server has registered at least `n` capabilities. */
  registered(n: number): Promise<number> {
    if (this.registrations.length >= n) return Promise.resolve(this.registrations.length);
    return new Promise((resolve) => this.regWaiters.push({ test: (k) => k >= n, resolve }));
  }

  /** The next publishDiagnostics for `uri` (optionally of `version`); an already received one counts. */
  diagnostics(uri: string, version?: number, pred: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const test = (p: PublishDiagnosticsParams): boolean => p.uri === uri && (version === undefined || p.version === version) && pred(p);
    const last = [...this.published].reverse().find((p) => p.uri === uri);
    if (last && test(last)) return Promise.resolve(last);
    return new Promise((resolve) => this.diagWaiters.push({ test, resolve }));
  }

  /**
   * The diagnostics the client holds once the server has linted `version`: that version's publish,
   * or, where the server published nothing for it (the same list, left in place by the changes
   * since: see `keepsDiagnostics`), the last publish, with `kept: true`. The server tells every
   * client it has linted a version (`huashu/documentChanged`, sent after any publish of it).
   */
  async held(uri: string, version: number): Promise<PublishDiagnosticsParams & { kept: boolean }> {
    await this.notification('huashu/documentChanged', (p: { uri: string; version: number }) => p.uri === uri && p.version === version);
    const last = [...this.published].reverse().find((p) => p.uri === uri);
    assert.ok(last, `nothing published for ${uri}`);
    return { ...last, kept: last.version !== version };
  }

  /** Waits for a publish after the current point in time (for re-lints with the same version). */
  nextDiagnostics(uri: string, pred: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => this.diagWaiters.push({ test: (p) => p.uri === uri && pred(p), resolve }));
  }

  log(pred: (p: LogMessageParams) => boolean): Promise<LogMessageParams> {
    const found = this.logs.find(pred);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => this.logWaiters.push({ test: pred, resolve }));
  }

  notification(method: string, pred: (p: any) => boolean = () => true): Promise<any> {
    const found = this.notifications.find((n) => n.method === method && pred(n.params));
    if (found) return Promise.resolve(found.params);
    return new Promise((resolve) => this.noteWaiters.push({ test: (n) => n.method === method && pred(n.params), resolve: (n) => resolve(n.params) }));
  }

  async open(uri: string, text: string, languageId = 'huashu'): Promise<void> {
    this.versions.set(uri, 1);
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole text (or a range) and returns the new version. */
  async change(uri: string, text: string, range?: { start: { line: number; character: number }; end: { line: number; character: number } }): Promise<number> {
    const v = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, v);
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [range ? { range, text } : { text }] });
    return v;
  }

  async close(uri: string): Promise<void> { await this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } }); }

  request<R>(method: string, params: unknown): Promise<R> { return this.conn.sendRequest(method, params) as Promise<R>; }

  async stop(): Promise<void> {
    await this.conn.sendRequest('shutdown');
    this.conn.dispose();
  }
}
