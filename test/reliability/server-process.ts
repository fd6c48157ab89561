/**
 * The bundled language server (dist/server.js --stdio) as a child process, driven over its real
 * standard streams: what an editor does. Every wait has a time bound (a hang is a failure, never a
 * stuck test), and the process's exit is observed so a crash is reported as such.
 */
import * as assert from 'assert';
import * as path from 'path';
import { ChildProcess, spawn } from 'child_process';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, ProtocolConnection, PublishDiagnosticsParams, LogMessageParams,
} from 'vscode-languageserver-protocol/node';
import { CAPS_PUSH } from '../lsp/client';

export const REPO = path.resolve(__dirname, '../../..');
export const DIST_SERVER = path.join(REPO, 'dist/server.js');
export const DIST_CLI = path.join(REPO, 'dist/cli.js');

/** Rejects after `ms` with a message naming what was awaited. */
export function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let t: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(t)),
    new Promise<T>((_r, reject) => { t = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms); }),
  ]);
}

interface Waiter { test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }

export class ServerProcess {
  readonly published: PublishDiagnosticsParams[] = [];
  /** Every publish received (`published` keeps only the recent ones). */
  publishCount = 0;
  /** The last publish per uri. */
  readonly latest = new Map<string, PublishDiagnosticsParams>();
  /** The last version of each document the server said it linted (`huashu/documentChanged`). */
  private readonly linted = new Map<string, number>();
  private lintWaiters: { uri: string; version: number; resolve: () => void }[] = [];
  readonly logs: LogMessageParams[] = [];
  stderr = '';
  exitCode: number | null | undefined = undefined;
  exitSignal: NodeJS.Signals | null = null;
  readonly exited: Promise<void>;
  private waiters: Waiter[] = [];
  private versions = new Map<string, number>();

  private constructor(readonly child: ChildProcess, readonly conn: ProtocolConnection) {
    this.exited = new Promise((resolve) => child.on('exit', (code, signal) => { this.exitCode = code; this.exitSignal = signal; resolve(); }));
    child.stderr!.on('data', (d) => { this.stderr += d; if (this.stderr.length > 1e6) this.stderr = this.stderr.slice(-5e5); });
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.publishCount++;
      if (this.published.length > 20000) this.published.splice(0, 10000);
      this.latest.set(p.uri, p);
      this.waiters = this.waiters.filter((w) => (w.test(p) ? (w.resolve(p), false) : true));
    });
    conn.onNotification('huashu/documentChanged', (p: { uri: string; version: number }) => {
      this.linted.set(p.uri, p.version);
      this.lintWaiters = this.lintWaiters.filter((w) => (w.uri === p.uri && w.version === p.version ? (w.resolve(), false) : true));
    });
    conn.onNotification('window/logMessage', (p: LogMessageParams) => { this.logs.push(p); });
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('workspace/diagnostic/refresh', () => null);
    conn.onRequest('workspace/semanticTokens/refresh', () => null);
    conn.onError(() => undefined);
    conn.onClose(() => undefined);
    conn.listen();
  }

  get alive(): boolean { return this.exitCode === undefined; }

  /** Starts `node [nodeArgs] dist/server.js --stdio` and initializes it (debounce 0 unless given). */
  static async start(o: { rootUri?: string; nodeArgs?: string[]; initializationOptions?: unknown; timeoutMs?: number } = {}): Promise<ServerProcess> {
    const child = spawn(process.execPath, [...(o.nodeArgs ?? []), DIST_SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '' } });
    const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const s = new ServerProcess(child, conn);
    await within(conn.sendRequest('initialize', {
      processId: process.pid, rootUri: o.rootUri ?? null, capabilities: CAPS_PUSH,
      workspaceFolders: o.rootUri ? [{ uri: o.rootUri, name: 'ws' }] : null,
      initializationOptions: o.initializationOptions ?? { debounceMs: 0 },
    }), o.timeoutMs ?? 20000, 'initialize');
    await conn.sendNotification('initialized', {});
    return s;
  }

  /** The next publish for `uri` matching `pred` (the last one received counts). */
  diagnostics(uri: string, pred: (p: PublishDiagnosticsParams) => boolean = () => true, ms = 20000): Promise<PublishDiagnosticsParams> {
    const last = this.latest.get(uri);
    if (last && pred(last)) return Promise.resolve(last);
    const crashed = this.exited.then(() => { throw new Error(`server exited (code ${this.exitCode}, signal ${this.exitSignal}) while waiting for diagnostics of ${uri}\n${this.stderr.slice(-2000)}`); });
    return within(Promise.race([new Promise<PublishDiagnosticsParams>((resolve) => this.waiters.push({ test: (p) => p.uri === uri && pred(p), resolve })), crashed]), ms, `diagnostics of ${uri}`);
  }

  /**
   * The diagnostics the client holds once the server has linted `version` of `uri` (its
   * `huashu/documentChanged`, sent after any publish of that version): that version's publish, or
   * the last one, which the server did not send again because the list was the same and in place.
   */
  async held(uri: string, version: number, ms = 20000): Promise<PublishDiagnosticsParams> {
    if (this.linted.get(uri) !== version) {
      const crashed = this.exited.then(() => { throw new Error(`server exited (code ${this.exitCode}, signal ${this.exitSignal}) while waiting for version ${version} of ${uri}\n${this.stderr.slice(-2000)}`); });
      await within(Promise.race([new Promise<void>((resolve) => this.lintWaiters.push({ uri, version, resolve })), crashed]), ms, `version ${version} of ${uri} linted`);
    }
    const last = this.latest.get(uri);
    assert.ok(last, `nothing published for ${uri}`);
    return last;
  }

  /** Notifications are bounded too: a busy server stops reading, and a large write then never drains. */
  async open(uri: string, text: string, languageId = 'huashu', ms = 60000): Promise<void> {
    this.versions.set(uri, 1);
    await within(this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } }), ms, `didOpen ${uri}`);
  }

  async change(uri: string, changes: { range?: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[]): Promise<number> {
    const v = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, v);
    await within(this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: changes }), 60000, `didChange ${uri}`);
    return v;
  }

  async close(uri: string): Promise<void> { await this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } }); }

  request<R>(method: string, params: unknown, ms = 20000): Promise<R> {
    const crashed = this.exited.then(() => { throw new Error(`server exited (code ${this.exitCode}) during ${method}\n${this.stderr.slice(-2000)}`); });
    return within(Promise.race([this.conn.sendRequest(method, params) as Promise<R>, crashed]), ms, method);
  }

  /** Polite shutdown; resolves with the exit code. */
  async stop(ms = 10000): Promise<number | null | undefined> {
    if (this.alive) {
      try { await this.request('shutdown', null, ms); await this.conn.sendNotification('exit'); } catch { /* already gone */ }
      await within(this.exited, ms, 'server exit').catch(() => this.child.kill('SIGKILL'));
    }
    this.conn.dispose();
    return this.exitCode;
  }

  kill(signal: NodeJS.Signals = 'SIGKILL'): void { this.child.kill(signal); }
}
