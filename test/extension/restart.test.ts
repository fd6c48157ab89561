import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { CloseAction, CloseHandlerResult, ErrorAction, ErrorHandlerResult, State } from 'vscode-languageclient/node';
import { MAX_RESTARTS, RestartingErrorHandler, WINDOW_MS } from '../../client/src/errors';
import { api, codeOf, hasCodes, waitForDiagnostics, waitForEvent, WAIT_MS } from './helpers';

/** Language server processes started by this extension host (children running dist/server.js). */
function serverPids(): number[] {
  const out: number[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // the parent pid is the 4th field, after the command name in parentheses
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const cmd = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8');
      if (/dist[\\/]server\.js/.test(cmd)) out.push(Number(name));
    } catch { /* the process is gone */ }
  }
  return out;
}

/** A document with a finding, linted by the running server, and that server's process. */
async function lintedDocument(): Promise<{ client: NonNullable<Awaited<ReturnType<typeof api>>['client']>; doc: vscode.TextDocument; editor: vscode.TextEditor; pid: number }> {
  if (process.platform !== 'linux') throw new Error('this test finds the server process through /proc (Linux)');
  const client = (await api()).client;
  assert.ok(client, 'a language client is running');
  const doc = await vscode.workspace.openTextDocument({ language: 'huashu', content: 'huashu: 1\nscripts:\n  - id: a\n    repyl: 您好\n' });
  const editor = await vscode.window.showTextDocument(doc);
  await waitForDiagnostics(doc.uri, hasCodes('unknown-key'), 'unknown-key before the crash');
  const pids = serverPids();
  assert.strictEqual(pids.length, 1, `expected one server process, found ${pids.join(', ') || 'none'}`);
  return { client, doc, editor, pid: pids[0] };
}

/** A new server process replaced `old`, and it has the document: an edit is linted, with the range in the edited text. */
async function relintedByNewServer(old: number, doc: vscode.TextDocument, editor: vscode.TextEditor): Promise<void> {
  const after = serverPids();
  assert.strictEqual(after.length, 1, `expected one new server process, found ${after.join(', ') || 'none'}`);
  assert.notStrictEqual(after[0], old, 'a new server process was started');
  const ok = await editor.edit((b) => b.replace(new vscode.Range(3, 4, 3, 9), 'titel'));
  assert.ok(ok, 'edit applied');
  await waitForDiagnostics(doc.uri, (x) => x.some((d) => codeOf(d) === 'unknown-key' && doc.getText(d.range) === 'titel'), 'unknown-key on the edited key after the restart');
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

describe('server crash', () => {
  it('the client restarts a killed language server, which lints the open document again', async function () {
    const { client, doc, editor, pid } = await lintedDocument();
    const running = waitForEvent(client.onDidChangeState, (e) => (e.newState === State.Running ? true : undefined), 'the client to run again', WAIT_MS * 2);
    process.kill(pid, 'SIGKILL');
    await running;
    await relintedByNewServer(pid, doc, editor);
  });

  it('restarts a server that died while the client was writing to it (the write fails before the close is read)', async function () {
    const { client, doc, editor, pid } = await lintedDocument();
    const running = waitForEvent(client.onDidChangeState, (e) => (e.newState === State.Running ? true : undefined), 'the client to run again', WAIT_MS * 2);
    process.kill(pid, 'SIGKILL');
    // The client writes through a queue (setImmediate), so whether a write reaches the dead pipe
    // before the close is read depends on the event loop's phase: in CI it did, Node reported the
    // failed write (EPIPE) as an error of the server's stdin, and the library's default handler
    // stopped the client for good. That error is raised here as Node raises it, before the close
    // can be read, so that the race goes the bad way every time.
    const stdin = client.serverProcess?.stdin;
    assert.ok(stdin, 'the client talks to the server over its stdin');
    stdin.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE', errno: -32, syscall: 'write' }));
    const requests = Array.from({ length: 10 }, () => client.sendRequest('textDocument/documentSymbol', { textDocument: { uri: doc.uri.toString() } }).catch(() => undefined));
    await running;
    await Promise.all(requests);
    await relintedByNewServer(pid, doc, editor);
  });
});

describe('restart policy (RestartingErrorHandler)', () => {
  it('restarts after each crash, four times within three minutes; at the fifth the server stays down, with a message', () => {
    let now = 1_000_000;
    const output = vscode.window.createOutputChannel('Huashu restart policy test', { log: true });
    try {
      const h = new RestartingErrorHandler(output, () => now);
      for (let i = 0; i < MAX_RESTARTS; i++) {
        const r = h.closed() as CloseHandlerResult;
        assert.strictEqual(r.action, CloseAction.Restart, `crash ${i + 1} restarts`);
        assert.strictEqual(r.handled, true, 'a restart shows no notification');
        now += 10_000;
      }
      const down = h.closed() as CloseHandlerResult;
      assert.strictEqual(down.action, CloseAction.DoNotRestart);
      assert.notStrictEqual(down.handled, true, 'giving up is shown to the user');
      assert.match(down.message ?? '', /5/);
      // once the first crashes are older than the window, a crash restarts again
      now += WINDOW_MS;
      assert.strictEqual((h.closed() as CloseHandlerResult).action, CloseAction.Restart);
      // a failed write never shuts the client down: the close decides
      for (let count = 1; count <= 20; count++) {
        assert.strictEqual((h.error(new Error('write EPIPE'), undefined, count) as ErrorHandlerResult).action, ErrorAction.Continue);
      }
    } finally { output.dispose(); }
  });
});
