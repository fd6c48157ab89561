/**
 * Which workspace diagnostic reports the client has really shown, so that a workspace pull sends
 * back only result ids whose diagnostics the editor holds (no `vscode` import: unit-tested alone).
 *
 * vscode-languageclient skips a workspace report's items for a document it pulls itself (open
 * in a tab, or its last pull still on its way after the tab closed) but keeps the report's result
 * id all the same. When the tab closes, the providers of the shards after the first clear what
 * they show for it and the first keeps its own shard only; a workspace pull that then sends back
 * the kept id is answered `unchanged`, and most findings of a document that is still open stay
 * missing until it changes (a race: a workspace report answered between the close and the end
 * of that last pull). The middleware keeps ids for documents in tabs (the server answers those
 * `unchanged` while the client pulls them itself) and otherwise only ids of reports it saw shown.
 */
export class WorkspaceReportLedger {
  private readonly shown = new Map<string, string>();
  private readonly pulling = new Map<string, number>();

  /** A document pull for `key` went out (every shard's, and the last one of a closed tab). */
  pullStarted(key: string): void { this.pulling.set(key, (this.pulling.get(key) ?? 0) + 1); }

  /** …and came back (or failed). */
  pullEnded(key: string): void {
    const n = (this.pulling.get(key) ?? 0) - 1;
    if (n > 0) this.pulling.set(key, n); else this.pulling.delete(key);
  }

  /**
   * The previous result ids worth sending: those of documents the client pulls itself
   * (`inTabs`), and of others only the id of the last report it showed.
   */
  previous<T extends { value: string }>(ids: readonly T[], keyOf: (id: T) => string, inTabs: (key: string) => boolean): T[] {
    return ids.filter((id) => {
      const key = keyOf(id);
      return inTabs(key) || this.shown.get(key) === id.value;
    });
  }

  /**
   * A full workspace report for `key` is about to be handed to the client: shown unless the
   * document is in a tab or a document pull for it is on its way (the client then skips it).
   */
  reported(key: string, resultId: string | undefined, inTabs: (key: string) => boolean): void {
    if (resultId === undefined || inTabs(key) || this.pulling.has(key)) this.shown.delete(key);
    else this.shown.set(key, resultId);
  }
}
