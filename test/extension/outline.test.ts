import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAll, newLibrary, serverView } from './helpers';

/** The symbol path VS Code shows at a position (breadcrumbs): the first symbol whose range holds it, then its first child that does, … */
function pathAt(symbols: vscode.DocumentSymbol[], p: vscode.Position): string[] {
  const s = symbols.find((x) => x.range.contains(p));
  return s ? [s.name, ...pathAt(s.children, p)] : [];
}

describe('outline', () => {
  before(async () => { await api(); });
  after(closeAll);

  it('groups scripts by runs of one scenario, so that breadcrumbs name each script and its own scenario', async () => {
    const scenarios = ['pre-sales', 'logistics', 'pre-sales', 'pre-sales', 'complaint', 'logistics'];
    const lines = ['huashu: 1', 'scripts:'];
    scenarios.forEach((sc, i) => lines.push(`  - id: o${i}`, `    scenario: ${sc}`, `    reply: 您好，请稍等第${i}次`));
    const editor = await newLibrary('outline.huashu.yaml', `${lines.join('\n')}\n`);
    const doc = editor.document;
    await serverView(doc);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.ok(symbols && symbols.length, 'no symbols');
    assert.deepStrictEqual(symbols.map((g) => [g.name, g.children.map((c) => c.name)]), [
      ['pre-sales（售前）', ['o0']], ['logistics（物流）', ['o1']], ['pre-sales（售前）', ['o2', 'o3']], ['complaint（投诉）', ['o4']], ['logistics（物流）', ['o5']],
    ]);
    scenarios.forEach((sc, i) => {
      const line = lines.indexOf(`    reply: 您好，请稍等第${i}次`);
      const at = new vscode.Position(line, 8);
      assert.deepStrictEqual(pathAt(symbols, at).map((n) => n.split('（')[0]), [sc, `o${i}`], `line ${line}`);
    });
  });
});
