import * as assert from 'assert';
import { WorkspaceReportLedger } from '../../client/src/workspace-reports';

describe('client: which workspace report ids go back to the server', () => {
  const A = 'file:///w/a.huashu.yaml';
  const B = 'file:///w/b.huashu.yaml';
  const ids = (...pairs: [string, string][]): { uri: string; value: string }[] => pairs.map(([uri, value]) => ({ uri, value }));
  const keyOf = (id: { uri: string }): string => id.uri;
  const tabs = (...open: string[]) => (key: string): boolean => open.includes(key);

  it('sends back the id of a report it showed, and nothing for one it never saw', () => {
    const ledger = new WorkspaceReportLedger();
    ledger.reported(A, 'r1', tabs());
    assert.deepStrictEqual(ledger.previous(ids([A, 'r1'], [B, 'r9']), keyOf, tabs()), ids([A, 'r1']));
    // an older id than the one shown: the editor holds the newer report, not that one
    assert.deepStrictEqual(ledger.previous(ids([A, 'r0']), keyOf, tabs()), []);
  });

  it('keeps the ids of documents in a tab (the client pulls them itself; the server answers those unchanged)', () => {
    const ledger = new WorkspaceReportLedger();
    assert.deepStrictEqual(ledger.previous(ids([A, 'doc.s0'], [B, 'x']), keyOf, tabs(A)), ids([A, 'doc.s0']));
  });

  it('does not count a report handed over while the document is in a tab or a pull of it is on its way', () => {
    const ledger = new WorkspaceReportLedger();
    ledger.reported(A, 'r1', tabs(A));
    assert.deepStrictEqual(ledger.previous(ids([A, 'r1']), keyOf, tabs()), [], 'skipped by the client while in a tab');
    // the race: the tab closed, its last pull is still out, a workspace report arrives
    ledger.pullStarted(A);
    ledger.reported(A, 'r2', tabs());
    ledger.pullEnded(A);
    assert.deepStrictEqual(ledger.previous(ids([A, 'r2']), keyOf, tabs()), [], 'so the next pull asks for the whole report');
    ledger.reported(A, 'r3', tabs());
    assert.deepStrictEqual(ledger.previous(ids([A, 'r3']), keyOf, tabs()), ids([A, 'r3']), 'then shown, and kept');
  });

  it('counts pulls: a report is shown only once every pull of the document has come back', () => {
    const ledger = new WorkspaceReportLedger();
    ledger.pullStarted(A);
    ledger.pullStarted(A);
    ledger.pullEnded(A);
    ledger.reported(A, 'r1', tabs());
    assert.deepStrictEqual(ledger.previous(ids([A, 'r1']), keyOf, tabs()), []);
    ledger.pullEnded(A);
    ledger.pullEnded(A); // one end too many (a failed pull reported twice) does not go below none
    ledger.reported(A, 'r2', tabs());
    assert.deepStrictEqual(ledger.previous(ids([A, 'r2']), keyOf, tabs()), ids([A, 'r2']));
  });

  it('forgets a report without an id', () => {
    const ledger = new WorkspaceReportLedger();
    ledger.reported(A, 'r1', tabs());
    ledger.reported(A, undefined, tabs());
    assert.deepStrictEqual(ledger.previous(ids([A, 'r1']), keyOf, tabs()), []);
  });
});
