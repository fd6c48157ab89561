/**
 * Large reports are written in pieces (run.ts writes each piece as it comes): a report of
 * 100,000 scripts is tens of megabytes, and building it whole kept every entry as an object and
 * then as one string.
 */

/**
 * The size of a piece, in UTF-16 units. Small enough that a piece is made, written and dropped
 * while it is still in V8's young generation, and that its text, once flattened for writing, is a
 * regular object: a piece of Chinese text is a two-byte string, and from 64 K units (128 KB) on it
 * is a large object, which outlives scavenges and stays as garbage until the end of the run.
 * At 100,000 scripts (peak RSS, MiB): pieces of 1 M units, SARIF 349 MB; 64 K, 255 MB; 16 K,
 * 207 MB, and the output no longer adds to the peak (bench/README.md).
 */
export const CHUNK = 1 << 14;

/** Stands for the array of entries in the frame's text until the pieces are made. */
export const ENTRIES = '\u0000huashu-entries\u0000';

/**
 * The same text as JSON.stringify(frame with `entries` in place of ENTRIES, null, 2) + '\n', in
 * pieces of about `chunk` units. ENTRIES must be the frame's last value; each entry is made,
 * stringified and indented to its depth only when its piece is written.
 */
export function* prettyJsonPieces(frame: unknown, entries: Iterable<unknown>, chunk = CHUNK): Generator<string> {
  const text = JSON.stringify(frame, null, 2) + '\n';
  const mark = JSON.stringify(ENTRIES);
  const at = text.lastIndexOf(mark);
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const indent = text.slice(lineStart, text.indexOf('"', lineStart));
  const pad = `\n${indent}  `;
  // an entry stringified inside as many arrays as its depth has the depth's indentation on every
  // line, by JSON.stringify alone: cut out of the arrays, it is the entry's text in the frame
  // (each entry's line breaks were replaced by a regular expression after stringifying: with the
  // writer's buffer, SARIF at 30,000 scripts went from 351 to 200 ms, bench/formats.mjs)
  const depth = (indent.length >> 1) + 1;
  const nest = (v: unknown): unknown => { let x = v; for (let d = 0; d < depth; d++) x = [x]; return x; };
  const probe = JSON.stringify(nest(0), null, 2);
  const head = probe.indexOf('0');
  const tail = probe.length - head - 1;
  let buf = text.slice(0, at);
  let first = true;
  for (const entry of entries) {
    const nested = JSON.stringify(nest(entry), null, 2);
    buf += (first ? '[' : ',') + pad + nested.slice(head, nested.length - tail);
    first = false;
    if (buf.length >= chunk) { yield buf; buf = ''; }
  }
  buf += first ? '[]' : `\n${indent}]`;
  yield buf + text.slice(at + mark.length);
}
