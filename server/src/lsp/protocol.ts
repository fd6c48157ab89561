/**
 * Custom requests between the Huashu language server and its clients (the VS Code preview and
 * report). Plain JSON; positions are LSP positions (UTF-16) so any client can use them. Types,
 * method names, and the one function a client needs to read an answer given as changes.
 */

export interface PreviewRange { start: { line: number; character: number }; end: { line: number; character: number } }

export interface PreviewFinding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** Where the finding sits in the file. */
  range: PreviewRange;
  /** [start, end) in the message text (UTF-16), when the finding lies inside one message. */
  textRange?: [number, number];
}

export interface PreviewMessage {
  text: string;
  /** Source range of the message's scalar (first to last character). */
  range: PreviewRange;
  findings: PreviewFinding[];
}

export interface PreviewTurn {
  field: 'reply' | 'alternatives';
  altIndex: number;
  messages: PreviewMessage[];
}

export interface PreviewScript {
  id?: string;
  title?: string;
  scenario?: string;
  stage?: string;
  tags: string[];
  customer: string[];
  score: number;
  /** Rubric items that lost points, with their Chinese names. */
  deductions: { item: string; name: string; points: number; max: number; rules: string[] }[];
  range: PreviewRange;
  turns: PreviewTurn[];
  /** Findings on the script that are not inside a message (structure, missing elements). */
  findings: PreviewFinding[];
}

export interface DocumentScriptsParams {
  uri: string;
  /**
   * The `resultId` of an answer the client holds for this document: the server may then send
   * only the scripts that changed since (see {@link DocumentScriptsResult.delta}).
   */
  since?: string;
}
export interface DocumentScriptsResult {
  uri: string;
  version: number | null;
  shop?: string;
  platform: string;
  score: number;
  counts: { error: number; warning: number; info: number };
  /** Every script; with `delta`, only those between the kept head and tail. */
  scripts: PreviewScript[];
  /** Names this answer for a later request's `since` (open documents only). */
  resultId?: string;
  /**
   * Present when the answer is relative to the client's `since` answer (`base`): the scripts
   * are its first `head` scripts, then `scripts`, then its last `tail` scripts, those moved down
   * by `lines` lines when present (lines were added or removed above them: every range's line
   * plus `lines`, which may be negative).
   */
  delta?: { base: string; head: number; tail: number; lines?: number };
}

/** A range moved down by `n` lines. */
export function downRange(r: PreviewRange, n: number): PreviewRange {
  return { start: { line: r.start.line + n, character: r.start.character }, end: { line: r.end.line + n, character: r.end.character } };
}

/** A preview script moved down by `n` lines (a new object; `x` is left as it is). */
export function movePreviewScript(x: PreviewScript, n: number): PreviewScript {
  const f = (p: PreviewFinding): PreviewFinding => ({ ...p, range: downRange(p.range, n) });
  return {
    ...x, range: downRange(x.range, n), findings: x.findings.map(f),
    turns: x.turns.map((t) => ({ ...t, messages: t.messages.map((m) => ({ ...m, range: downRange(m.range, n), findings: m.findings.map(f) })) })),
  };
}

/**
 * The whole answer from one given relative to `base` (the client's answer named by
 * `delta.base`); `undefined` when `base` is not that answer. A whole answer is returned as is.
 */
export function applyScriptsDelta(base: DocumentScriptsResult | undefined, r: DocumentScriptsResult): DocumentScriptsResult | undefined {
  if (!r.delta) return r;
  const { head, tail } = r.delta;
  if (!base || base.resultId !== r.delta.base || base.uri !== r.uri || head < 0 || tail < 0 || head + tail > base.scripts.length) return undefined;
  const lines = r.delta.lines ?? 0;
  if (!Number.isInteger(lines)) return undefined;
  const kept = base.scripts.slice(base.scripts.length - tail);
  const scripts = [...base.scripts.slice(0, head), ...r.scripts, ...(lines ? kept.map((x) => movePreviewScript(x, lines)) : kept)];
  const { delta: _delta, ...rest } = r;
  return { ...rest, scripts };
}

/** `huashu/documentScripts`: the scripts of an open document with findings and scores. */
export const DocumentScriptsRequest = 'huashu/documentScripts';
/**
 * `huashu/documentChanged` (server → client notification): a version of an open library was
 * linted, with its score and counts; sent once per version linted, after that version's pushed
 * diagnostics if any were published (a push client is not sent a list it already holds).
 */
export const DocumentChangedNotification = 'huashu/documentChanged';
export interface DocumentChangedParams { uri: string; version: number | null; score: number; counts: { error: number; warning: number; info: number } }

/**
 * Moved diagnostic reports (`initializationOptions.movedDiagnostics`, asked for by our client
 * with diagnostic shards). A line break moves every diagnostic after it, and LSP can only send
 * them again (at 5,000 scripts, half a document's 1.4 MB per line break). Instead, a shard whose
 * diagnostics are the last report's, those that start after line `endLine` (of the text before
 * the change) moved by `delta` lines and the others untouched, is answered `unchanged` with a
 * result id that says so (`….m<endLine>_<delta>.s<k>`): the client moves the diagnostics it holds
 * itself. The server answers so only for the one change since the shard's last report, and only
 * when the shard's diagnostics are exactly the last report's under the move. A moved report's id is new; a
 * later `unchanged` with the same id again (nothing changed since) moves nothing.
 */
export interface DiagnosticsMove { endLine: number; delta: number }

/** The move a result id names, if any. */
export function movedOf(resultId: string | undefined): DiagnosticsMove | undefined {
  const m = resultId === undefined ? null : /\.m(\d+)_(-?\d+)(\.s\d+)?$/.exec(resultId);
  return m ? { endLine: Number(m[1]), delta: Number(m[2]) } : undefined;
}

/** The result id part that names a move (before the shard's `.s<k>`). */
export function moveTag(m: DiagnosticsMove): string { return `.m${m.endLine}_${m.delta}`; }

/** Where a diagnostic's range goes under a move (the same object when it stays). */
export function movedRange<R extends PreviewRange>(r: R, m: DiagnosticsMove): R | PreviewRange {
  return r.start.line > m.endLine ? downRange(r, m.delta) : r;
}
