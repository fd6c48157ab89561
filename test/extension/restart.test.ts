import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
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

describe('server crash', () => {
  it('the client restarts a killed language server, which lints the open document again', async function () {
    if (process.platform !== 'linux') throw new Error('this test finds the server process through /proc (Linux)');
    const a = await api();
    const client = a.client;
    assert.ok(client, 'a language client is running');
    const doc = await vscode.workspace.openTextDocument({ language: 'huashu', content: 'huashu: 1\nscripts:\n  - id: a\n    repyl: 您好\n' });
    const editor = await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(doc.uri, hasCodes('unknown-key'), 'unknown-key before the crash');
    const before = serverPids();
    assert.strictEqual(before.length, 1, `expected one server process, found ${before.join(', ') || 'none'}`);

    const running = waitForEvent(client.onDidChangeState, (e) => (e.newState === State.Running ? true : undefined), 'the client to run again', WAIT_MS * 2);
    process.kill(before[0], 'SIGKILL');
    await running;
    const after = serverPids();
    assert.strictEqual(after.length, 1, `expected one new server process, found ${after.join(', ') || 'none'}`);
    assert.notStrictEqual(after[0], before[0], 'a new server process was started');

    // the new server has the document: an edit is linted, with the range in the edited text
    const ok = await editor.edit((b) => b.replace(new vscode.Range(3, 4, 3, 9), 'titel'));
    assert.ok(ok, 'edit applied');
    const ds = await waitForDiagnostics(doc.uri, (x) => x.some((d) => codeOf(d) === 'unknown-key' && doc.getText(d.range) === 'titel'), 'unknown-key on the edited key after the restart');
    assert.ok(ds.length > 0);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
