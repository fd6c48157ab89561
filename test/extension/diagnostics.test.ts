import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAll, codeOf, hasCodes, huashuDiagnostics, newLibrary, open, serverView, waitForDiagnostics, within } from './helpers';

describe('diagnostics', () => {
  before(async () => { await api(); });
  after(closeAll);

  it('appear for a bad sample, with rule ids, exact ranges and docs links', async () => {
    const editor = await open('bad.huashu.yaml');
    const doc = editor.document;
    const ds = await waitForDiagnostics(doc.uri, hasCodes('no-blame-courier', 'unknown-key', 'undeclared-variable', 'team-forbidden-phrase'), 'the bad sample\'s rules');
    const byCode = (c: string) => ds.find((d) => codeOf(d) === c)!;
    assert.strictEqual(doc.getText(byCode('unknown-key').range), 'repyl');
    assert.strictEqual(doc.getText(byCode('undeclared-variable').range), '{客户}');
    assert.strictEqual(doc.getText(byCode('team-forbidden-phrase').range), '亲爱的');
    assert.match(doc.getText(byCode('no-blame-courier').range), /快递/);
    const blame = byCode('no-blame-courier');
    assert.strictEqual(blame.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(blame.source, 'huashu');
    assert.ok(typeof blame.code === 'object' && /no-blame-courier/.test(blame.code.target.toString()), 'the code links to the rule docs');
  });

  it('appear for an untitled huashu document', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'huashu', content: 'huashu: 1\nscripts:\n  - id: a\n    repyl: 您好\n' });
    await vscode.window.showTextDocument(doc);
    const ds = await waitForDiagnostics(doc.uri, hasCodes('unknown-key'), 'unknown-key in an untitled document');
    assert.strictEqual(doc.getText(ds.find((d) => codeOf(d) === 'unknown-key')!.range), 'repyl');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('stay on their text while typing: a keystroke that moves none keeps them, one before a finding moves it', async () => {
    const lines = ['huashu: 1', 'scripts:'];
    for (let i = 0; i < 20; i++) lines.push(`  - id: t${i}`, '    scenario: logistics', `    reply: 是快递给发错地方了，您稍等第${i}次`);
    lines.push('# 备注', '');
    const editor = await newLibrary('typing.huashu.yaml', lines.join('\n'));
    const doc = editor.document;
    const courier = (ds: vscode.Diagnostic[]): vscode.Diagnostic[] => ds.filter((d) => codeOf(d) === 'no-blame-courier');
    const onText = (ds: vscode.Diagnostic[]): boolean => courier(ds).length === 20 && courier(ds).every((d) => /快递/.test(doc.getText(d.range)));
    const before = await waitForDiagnostics(doc.uri, onText, 'a courier finding in each of the 20 replies');
    const shape = (ds: vscode.Diagnostic[]): string[] => ds.map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`).sort();
    // typing in the comment moves nothing: the server answers `unchanged` and the client keeps them
    const comment = lines.indexOf('# 备注');
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(comment, 4), '一下')));
    await serverView(doc);
    const pulled = await (await api()).client!.sendRequest<{ kind: string; items?: { code?: unknown; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[] }>('textDocument/diagnostic', { textDocument: { uri: doc.uri.toString() } });
    assert.strictEqual(pulled.kind, 'full');
    assert.deepStrictEqual(shape(huashuDiagnostics(doc.uri)), shape(before), 'what the editor shows after the edit');
    assert.deepStrictEqual(pulled.items!.map((d) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`).sort(), shape(before), 'what the server finds in the new text');
    // typing before a finding moves it, on that line only
    const line = lines.indexOf('    reply: 是快递给发错地方了，您稍等第7次');
    const at = courier(before).find((d) => d.range.start.line === line)!.range.start.character;
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(line, 11), '嗯，')));
    const moved = await waitForDiagnostics(doc.uri, (ds) => onText(ds) && courier(ds).some((d) => d.range.start.line === line && d.range.start.character === at + 2), 'the finding on the edited line moved by two');
    assert.deepStrictEqual(courier(moved).filter((d) => d.range.start.line !== line).map((d) => d.range.start.character), courier(before).filter((d) => d.range.start.line !== line).map((d) => d.range.start.character));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('move with their lines when a line is added or removed above them (shards answered with a move; the client moves what it holds)', async () => {
    const lines = ['huashu: 1', 'scripts:'];
    for (let i = 0; i < 40; i++) lines.push(`  - id: n${i}`, '    scenario: logistics', `    reply: 是快递给发错地方了，您稍等第${i}次`);
    const editor = await newLibrary('lines.huashu.yaml', lines.join('\n') + '\n');
    const doc = editor.document;
    const courier = (ds: vscode.Diagnostic[]): vscode.Diagnostic[] => ds.filter((d) => codeOf(d) === 'no-blame-courier');
    const onText = (ds: vscode.Diagnostic[]): boolean => courier(ds).length === 40 && courier(ds).every((d) => doc.getText(d.range) === '是快递给发错');
    const shape = (ds: { code?: unknown; range: { start: { line: number; character: number }; end: { line: number; character: number } }; message: string }[]): string[] =>
      ds.map((d) => `${typeof d.code === 'object' && d.code ? String((d.code as { value: unknown }).value) : String(d.code)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`).sort();
    const before = await waitForDiagnostics(doc.uri, onText, 'a courier finding in each of the 40 replies');
    /** What the server finds in the text now (one report of every diagnostic). */
    const truth = async (): Promise<string[]> => shape((await (await api()).client!.sendRequest<{ items: { code?: unknown; range: vscode.Range; message: string }[] }>('textDocument/diagnostic', { textDocument: { uri: doc.uri.toString() } })).items);
    for (const [what, edit, lineDelta] of [
      ['a comment line added at the top', (b: vscode.TextEditorEdit) => b.insert(new vscode.Position(1, 0), '# 注释\n'), 1],
      ['that line removed', (b: vscode.TextEditorEdit) => b.delete(new vscode.Range(1, 0, 2, 0)), 0],
      ['two lines added in the middle', (b: vscode.TextEditorEdit) => b.insert(new vscode.Position(60, 0), '  # 注释\n  # 注释\n'), 2],
    ] as const) {
      assert.ok(await editor.edit(edit), what);
      const firstMoved = (ds: vscode.Diagnostic[]): boolean => onText(ds) && courier(ds).some((d) => d.range.start.line === courier(before)[courier(before).length - 1].range.start.line + lineDelta);
      const now = await waitForDiagnostics(doc.uri, firstMoved, `${what}: the last finding on its new line`);
      await serverView(doc);
      assert.deepStrictEqual(shape(huashuDiagnostics(doc.uri)), await truth(), `${what}: the editor shows what the server finds, every one in place`);
      assert.ok(onText(now));
    }
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('stay on their text while typing in a library written as JSON (each keystroke spliced into the last lint)', async () => {
    const scripts = Array.from({ length: 20 }, (_v, i) => ({ id: `j${i}`, scenario: 'logistics', reply: `是快递给发错地方了，您稍等第${i}次` }));
    const editor = await newLibrary('typing-json.huashu.yaml', JSON.stringify({ huashu: 1, scripts }, null, 2) + '\n');
    const doc = editor.document;
    const courier = (ds: vscode.Diagnostic[]): vscode.Diagnostic[] => ds.filter((d) => codeOf(d) === 'no-blame-courier');
    const onText = (ds: vscode.Diagnostic[]): boolean => courier(ds).length === 20 && courier(ds).every((d) => /快递/.test(doc.getText(d.range)));
    const before = await waitForDiagnostics(doc.uri, onText, 'a courier finding in each of the 20 JSON replies');
    // typed character by character before the finding of j7's reply: it moves along its line, the others stay
    const line = doc.getText().split('\n').findIndex((l) => l.includes('第7次'));
    const col = doc.lineAt(line).text.indexOf('是快递');
    const at = courier(before).find((d) => d.range.start.line === line)!.range.start.character;
    for (const [k, ch] of [...'嗯，好的，'].entries()) assert.ok(await editor.edit((b) => b.insert(new vscode.Position(line, col + k), ch)));
    const moved = await waitForDiagnostics(doc.uri, (ds) => onText(ds) && courier(ds).some((d) => d.range.start.line === line && d.range.start.character === at + 5), 'the finding on the edited line moved by five');
    // (in the order of the lines: the client holds the diagnostics of 8 shards, each its own list)
    const starts = (ds: vscode.Diagnostic[], keep: (l: number) => boolean, by = 0): string[] => courier(ds).filter((d) => keep(d.range.start.line))
      .map((d) => d.range.start).sort((x, y) => x.line - y.line).map((p) => `${p.line + by}:${p.character}`);
    assert.deepStrictEqual(starts(moved, (l) => l !== line), starts(before, (l) => l !== line));
    // and a line break typed in that reply (a quoted scalar over two lines): the findings below move down one line
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(line, col), '\n        ')));
    const down = await waitForDiagnostics(doc.uri, (ds) => onText(ds) && courier(ds).filter((d) => d.range.start.line > line + 1).length === 12, 'the findings below moved down');
    assert.deepStrictEqual(starts(down, (l) => l > line + 1, -1), starts(before, (l) => l > line));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('of a large library come whole in the end when its first lint goes in stages (the top first, then the client pulls again)', async () => {
    // 3,000 scripts, 480 K characters: the server lints the top first, answers the shards' first
    // pulls with its diagnostics if they come before the last stage, and asks for a pull again
    const n = 3000;
    const lines = ['huashu: 1', 'scripts:'];
    for (let i = 0; i < n; i++) lines.push(`  - id: big${i === 7 ? 3 : i}`, '    scenario: logistics', '    stage: handling', `    reply: 是快递给发错地方了，您稍等第${i}次，谢谢您的耐心`);
    const courier = (ds: vscode.Diagnostic[]): vscode.Diagnostic[] => ds.filter((d) => codeOf(d) === 'no-blame-courier');
    // (untitled: a file in the workspace may be shown whole as a closed file first, and is then
    // opened in one go)
    const doc = await vscode.workspace.openTextDocument({ language: 'huashu', content: lines.join('\n') + '\n' });
    await vscode.window.showTextDocument(doc, { preview: false });
    const whole = (ds: vscode.Diagnostic[]): boolean => courier(ds).length === n && hasCodes('duplicate-id', 'service-flow-complete')(ds);
    await waitForDiagnostics(doc.uri, whole, `a courier finding in each of the ${n} replies, the duplicate id and the library rule's finding`);
    await serverView(doc);
    const shape = (ds: { code?: unknown; range: { start: { line: number; character: number }; end: { line: number; character: number } }; message: string }[]): string[] =>
      ds.map((d) => `${typeof d.code === 'object' && d.code ? String((d.code as { value: unknown }).value) : String(d.code)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`).sort();
    const truth = await (await api()).client!.sendRequest<{ resultId?: string; items: { code?: unknown; range: vscode.Range; message: string }[] }>('textDocument/diagnostic', { textDocument: { uri: doc.uri.toString() } });
    assert.doesNotMatch(truth.resultId ?? '', /\.p$/, 'the stages are over');
    assert.deepStrictEqual(shape(huashuDiagnostics(doc.uri)), shape(truth.items), 'the editor shows what the server finds in the whole document');
    // (whether the editor showed a stage first depends on when VS Code pulls: in a run on
    // 2026-12-05 it showed 855, then 1,713 and then all 3,000 courier findings)
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('stay whole when a library\'s tab closes while a workspace report for it is on its way (the document still open)', async () => {
    // The race behind a flake of the test below: vscode-languageclient skips a workspace report
    // for a document it still pulls itself (the last pull it sends when the tab closes) but keeps
    // its result id; the other shards' findings are cleared at the close, and a later workspace
    // pull that sends that id back would be answered `unchanged`. Made certain here by holding
    // the report and the document pulls at the right moments.
    const client = (await api()).client!;
    const editor = await open('chat.huashu.yaml');
    const uri = editor.document.uri;
    const all = hasCodes('no-blame-courier', 'service-flow-complete', 'no-blunt-refusal');
    await waitForDiagnostics(uri, all, 'chat.huashu.yaml linted in its tab');
    const mw = client.middleware;
    const ownPull = mw.provideDiagnostics!;
    const ownWorkspace = mw.provideWorkspaceDiagnostics;
    const workspaceThrough: typeof ownWorkspace = ownWorkspace ?? ((ids, token, reporter, next) => next(ids, token, reporter));
    const heldReports: (() => void)[] = [];
    let holdPulls = false;
    let pullSent!: () => void;
    const finalPull = new Promise<void>((r) => { pullSent = r; });
    let releasePulls!: () => void;
    const pullsReleased = new Promise<void>((r) => { releasePulls = r; });
    let reportHeld!: () => void;
    const held = new Promise<void>((r) => { reportHeld = r; });
    try {
      mw.provideWorkspaceDiagnostics = (ids, token, reporter, next) => workspaceThrough!(ids, token, reporter, (i, t, r) => next(i, t, (chunk) => {
        heldReports.push(() => r(chunk));
        reportHeld();
      }));
      mw.provideDiagnostics = (doc, previous, token, next) => ownPull(doc, previous, token, async (d, p, t) => {
        const hold = holdPulls && (d instanceof vscode.Uri ? d : d.uri).toString() === uri.toString();
        if (hold) pullSent();
        const report = await next(d, p, t);
        if (hold) await pullsReleased;
        return report;
      });
      await within(held, 'a workspace pull');
      holdPulls = true;
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await within(finalPull, 'the last pull of the closed tab');
      for (const deliver of heldReports.splice(0)) deliver();
    } finally {
      mw.provideWorkspaceDiagnostics = ownWorkspace;
      mw.provideDiagnostics = ownPull;
      for (const deliver of heldReports.splice(0)) deliver();
      releasePulls();
    }
    assert.ok(vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'the document is still open');
    await waitForDiagnostics(uri, all, 'every finding of chat.huashu.yaml back from the workspace pulls');
  });

  it('huashu.lintWorkspace opens every library and shows the Problems panel', async () => {
    const n = await vscode.commands.executeCommand<number>('huashu.lintWorkspace');
    assert.ok(n >= 3, `found ${n} libraries`);
    const chat = vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith('/chat.huashu.yaml'));
    assert.ok(chat, 'chat.huashu.yaml was opened');
    await waitForDiagnostics(chat.uri, hasCodes('no-blame-courier'), 'chat.huashu.yaml linted');
  });
});
