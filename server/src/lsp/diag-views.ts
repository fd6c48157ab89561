/**
 * Comparing and splitting diagnostic views (`engine/diag-view.ts`) without making the moved
 * diagnostics they hold: the shards, the pushed list and the pulled reports compare a version's
 * diagnostics with the last one's at every keystroke, and after a line break most of them are
 * an earlier object moved down by a line.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Diagnostic } from 'vscode-languageserver/node';
import { DiagView } from '../engine/diag-view';
import { movedDiagnostic, sameButRange, sameItems } from './json-encoder';

export type Diags = DiagView<Diagnostic>;

/** Whether entries `i` of `a` and `j` of `b` have the same range. */
function sameRange(a: Diags, i: number, b: Diags, j: number, lines = 0): boolean {
  const x = a.madeAt(i).range;
  const y = b.madeAt(j).range;
  const dx = a.linesAt(i) + lines;
  const dy = b.linesAt(j);
  return x.start.line + dx === y.start.line + dy && x.end.line + dx === y.end.line + dy
    && x.start.character === y.start.character && x.end.character === y.end.character;
}

/** Whether entry `i` of `a` and `j` of `b` are the same diagnostic (what they encode to). */
export function sameEntry(a: Diags, i: number, b: Diags, j: number): boolean {
  const x = a.madeAt(i);
  const y = b.madeAt(j);
  if (x === y && a.linesAt(i) === b.linesAt(j)) return true;
  if (sameButRange(x, y)) return sameRange(a, i, b, j);
  return sameItems([a.at(i)], [b.at(j)]);
}

/** Whether two views hold the same diagnostics, entry by entry. */
export function sameDiags(a: Diags, b: Diags): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameEntry(a, i, b, i)) return false;
  return true;
}

/**
 * Whether `now` is `old` with the entries that start after line `endLine` moved down by `delta`
 * lines and the others where they were, everything but the ranges the same (`DiagnosticsMove`).
 */
export function isMovedBy(old: Diags, now: Diags, endLine: number, delta: number): boolean {
  if (old.length !== now.length || delta === 0) return false;
  for (let i = 0; i < old.length; i++) {
    if (!sameRange(old, i, now, i, old.startLine(i) > endLine ? delta : 0)) return false;
    const x = old.madeAt(i);
    const y = now.madeAt(i);
    if (x !== y && !sameButRange(x, y) && !isDeepStrictEqual({ ...old.at(i), range: undefined }, { ...now.at(i), range: undefined })) return false;
  }
  return true;
}

/**
 * The entries `idx` of `all` as a view: it holds their objects and lines, and makes a moved one
 * through `all` (so that it is made once, and the analysis keeps it).
 */
export function subView(all: Diags, idx: readonly number[]): Diags {
  const made = new Array<Diagnostic>(idx.length);
  let lines: Int32Array | undefined;
  for (let j = 0; j < idx.length; j++) {
    const i = idx[j];
    made[j] = all.madeAt(i);
    const l = all.linesAt(i);
    if (l) (lines ??= new Int32Array(idx.length))[j] = l;
  }
  return lines ? new DiagView(made, lines, movedDiagnostic, (v, j) => { v.put(j, all.at(idx[j])); }) : DiagView.of(made);
}
