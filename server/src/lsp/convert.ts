/**
 * Engine offsets (text without BOM) ↔ LSP positions of the client's text (which keeps the BOM:
 * on the first line every character after it is one unit further right).
 */
import type { Position, Range } from 'vscode-languageserver';
export interface Positioner {
  lines: { positionAt(offset: number): Position; offsetAt(pos: Position): number };
  hadBom: boolean;
}

export function toPosition(a: Positioner, offset: number): Position {
  const p = a.lines.positionAt(offset);
  return a.hadBom && p.line === 0 ? { line: 0, character: p.character + 1 } : p;
}

export function toRange(a: Positioner, start: number, end: number): Range {
  return { start: toPosition(a, start), end: toPosition(a, end) };
}

export function toOffset(a: Positioner, pos: Position): number {
  const p = a.hadBom && pos.line === 0 ? { line: 0, character: Math.max(0, pos.character - 1) } : pos;
  return a.lines.offsetAt(p);
}

/** Do two ranges overlap or touch? */
export function rangesTouch(a: Range, b: Range): boolean {
  return !(before(a.end, b.start) || before(b.end, a.start));
}

function before(x: Position, y: Position): boolean {
  return x.line < y.line || (x.line === y.line && x.character < y.character);
}

/** Line ranges overlap (used when a client echoes diagnostics with altered columns). */
export function linesOverlap(a: Range, b: Range): boolean {
  return a.start.line <= b.end.line && b.start.line <= a.end.line;
}
