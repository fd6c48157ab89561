/**
 * An open document whose text is kept in pieces of a few thousand characters, so that a keystroke
 * does not rebuild the whole text.
 *
 * `TextDocument.update` of vscode-languageserver-textdocument splices the new text into one string;
 * the next read of that string makes V8 flatten it, a copy of the whole document on every
 * keystroke (about 7 ms for a 5,000-script library on the 2-core benchmark machine, more than
 * the incremental lint of the edited script). Here an edit rebuilds only the pieces it touches and
 * adjusts the line starts; the analysis reads the edited region through `slice`;
 * the whole text is joined only when a feature asks for it (`getText()`), and then kept until the
 * next edit.
 *
 * Positions follow the semantics of vscode-languageserver-textdocument exactly (a test compares the
 * two under random edits): UTF-16 offsets, `\r\n`, `\r` and `\n` line breaks, offsets inside a
 * line break moved before it.
 */
import type { Position, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextSlices } from '../engine';
import { lastAtOrBefore } from '../engine/line-index';

const PIECE = 4096;
const CR = 13;
const LF = 10;

function cut(text: string, out: string[], size: number): void {
  if (text.length <= size * 2) { if (text.length) out.push(text); return; }
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, Math.min(text.length, i + size)));
}

/**
 * A text as a list of pieces; immutable: an edit makes a new PieceText that shares the untouched
 * pieces (a copy of the piece list, not of the text), so an analysis can keep the text it read.
 * `toString()` joins the pieces once.
 */
export class PieceText implements TextSlices {
  /** Start offset of each piece (built when first needed). */
  private starts?: number[];

  private constructor(private readonly pieces: readonly string[], readonly length: number, private readonly size: number, private joined?: string) {}

  /** `size`: the pieces' length (tests use small ones to cross piece boundaries often). */
  static of(text: string, size = PIECE): PieceText {
    const pieces: string[] = [];
    cut(text, pieces, size);
    return new PieceText(pieces, text.length, size, text);
  }

  toString(): string {
    if (this.joined === undefined) this.joined = this.pieces.join('');
    return this.joined;
  }

  private startsOf(): number[] {
    if (!this.starts) {
      const s = new Array<number>(this.pieces.length);
      let at = 0;
      for (let i = 0; i < this.pieces.length; i++) { s[i] = at; at += this.pieces[i].length; }
      this.starts = s;
    }
    return this.starts;
  }

  /** Index of the piece holding offset `o` (0 ≤ o < length), or of the last piece for o = length. */
  private pieceAt(o: number): number { return lastAtOrBefore(this.startsOf(), o); }

  slice(start: number, end: number): string {
    const a = Math.max(0, Math.min(start, this.length));
    const b = Math.max(a, Math.min(end, this.length));
    if (a === b) return '';
    if (this.joined !== undefined) return this.joined.slice(a, b);
    const s = this.startsOf();
    let i = this.pieceAt(a);
    const first = this.pieces[i];
    if (b <= s[i] + first.length) return first.slice(a - s[i], b - s[i]);
    const parts: string[] = [first.slice(a - s[i])];
    for (i++; i < this.pieces.length && s[i] < b; i++) parts.push(this.pieces[i].slice(0, b - s[i]));
    return parts.join('');
  }

  forEachPiece(fn: (piece: string) => void): void { for (const p of this.pieces) fn(p); }

  charCodeAt(o: number): number {
    if (o < 0 || o >= this.length) return NaN;
    if (this.joined !== undefined) return this.joined.charCodeAt(o);
    const i = this.pieceAt(o);
    return this.pieces[i].charCodeAt(o - this.startsOf()[i]);
  }

  /** The text with [start, end) replaced by `text`. */
  splice(start: number, end: number, text: string): PieceText {
    if (!this.pieces.length) return PieceText.of(text, this.size);
    const s = this.startsOf();
    const i = this.pieceAt(start);
    const j = this.pieceAt(Math.max(start, end - 1));
    const lastEnd = s[j] + this.pieces[j].length;
    const middle = this.pieces[i].slice(0, start - s[i]) + text + this.pieces[j].slice(Math.min(end, lastEnd) - s[j]);
    const fresh: string[] = [];
    // a flat copy of the small middle (not a cons string over the old pieces)
    cut(middle.length <= this.size * 2 ? flat(middle) : middle, fresh, this.size);
    const pieces = this.pieces.slice(0, i);
    for (const f of fresh) pieces.push(f);
    for (let k = j + 1; k < this.pieces.length; k++) pieces.push(this.pieces[k]);
    return new PieceText(pieces, this.length + text.length - (end - start), this.size);
  }
}

function flat(s: string): string {
  // reading a cons string makes V8 flatten it; it is small here
  s.charCodeAt(0);
  return s;
}

/** Line starts of `text` after its first line, shifted by `at` (as the textdocument package counts them). */
function breaks(text: string, at: number, out: number[]): number[] {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === CR || c === LF) {
      if (c === CR && i + 1 < text.length && text.charCodeAt(i + 1) === LF) i++;
      out.push(at + i + 1);
    }
  }
  return out;
}

/** A TextDocument (the vscode-languageserver-textdocument interface) over a {@link PieceText}. */
export class PieceDocument implements TextDocument {
  private current: PieceText;
  private lineStarts?: number[];
  private _version: number;

  constructor(readonly uri: string, readonly languageId: string, version: number, content: string) {
    this._version = version;
    this.current = PieceText.of(content);
  }

  /** The text of the current version (an immutable snapshot). */
  get text(): PieceText { return this.current; }

  get version(): number { return this._version; }
  get lineCount(): number { return this.lines().length; }

  getText(range?: Range): string {
    if (!range) return this.text.toString();
    return this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  private lines(): number[] {
    if (!this.lineStarts) {
      // streamed over the pieces, without joining them; a CR followed by LF is one break
      const out = [0];
      let at = 0;
      let prevCr = false;
      this.text.forEachPiece((p) => {
        for (let i = 0; i < p.length; i++) {
          const c = p.charCodeAt(i);
          if (c === LF && prevCr) out[out.length - 1] = at + i + 1;
          else if (c === CR || c === LF) out.push(at + i + 1);
          prevCr = c === CR;
        }
        at += p.length;
      });
      this.lineStarts = out;
    }
    return this.lineStarts;
  }

  private beforeEol(offset: number, lineOffset: number): number {
    while (offset > lineOffset) {
      const c = this.text.charCodeAt(offset - 1);
      if (c !== CR && c !== LF) break;
      offset--;
    }
    return offset;
  }

  positionAt(offset: number): Position {
    const o = Math.max(Math.min(offset, this.text.length), 0);
    const starts = this.lines();
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (starts[mid] > o) high = mid; else low = mid + 1;
    }
    const line = low - 1;
    return { line, character: this.beforeEol(o, starts[line]) - starts[line] };
  }

  offsetAt(position: Position): number {
    const starts = this.lines();
    if (position.line >= starts.length) return this.text.length;
    if (position.line < 0) return 0;
    const lineOffset = starts[position.line];
    if (position.character <= 0) return lineOffset;
    const next = position.line + 1 < starts.length ? starts[position.line + 1] : this.text.length;
    return this.beforeEol(Math.min(lineOffset + position.character, next), lineOffset);
  }

  getLineRange(line: number): Range {
    const starts = this.lines();
    if (line >= starts.length) {
      const last = starts.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.text.length - starts[last] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const next = line + 1 < starts.length ? starts[line + 1] : this.text.length;
    return { start: { line, character: 0 }, end: { line, character: this.beforeEol(next, starts[line]) - starts[line] } };
  }

  getEOLCharacters(line: number): string {
    const starts = this.lines();
    if (line >= starts.length || line < 0) return '';
    const next = line + 1 < starts.length ? starts[line + 1] : this.text.length;
    return this.text.slice(this.beforeEol(next, starts[line]), next);
  }

  /** Applies content changes in order (as TextDocument.update does). */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if (!('range' in change) || !change.range) {
        this.current = PieceText.of(change.text);
        this.lineStarts = undefined;
        continue;
      }
      let { start, end } = change.range;
      if (start.line > end.line || (start.line === end.line && start.character > end.character)) [start, end] = [end, start];
      const a = this.offsetAt(start);
      const b = this.offsetAt(end);
      this.current = this.current.splice(a, b, change.text);
      const t = this.text;
      const insertedEnd = a + change.text.length;
      const crlfAtStart = t.charCodeAt(a - 1) === CR && t.charCodeAt(a) === LF;
      const crlfAtEnd = t.charCodeAt(insertedEnd - 1) === CR && t.charCodeAt(insertedEnd) === LF;
      const starts = this.lineStarts;
      if (!starts || crlfAtStart || crlfAtEnd) { this.lineStarts = undefined; continue; }
      // lines beyond the text (a client's stale range) are where the clamped offsets are: the last line
      const startLine = Math.min(Math.max(start.line, 0), starts.length - 1);
      const endLine = Math.min(Math.max(end.line, 0), starts.length - 1);
      const added = breaks(change.text, a, []);
      const diff = change.text.length - (b - a);
      if (endLine - startLine === added.length) {
        for (let k = 0; k < added.length; k++) starts[k + startLine + 1] = added[k];
      } else if (added.length < 10_000) {
        starts.splice(startLine + 1, endLine - startLine, ...added);
      } else {
        this.lineStarts = starts.slice(0, startLine + 1).concat(added, starts.slice(endLine + 1));
      }
      const ls = this.lineStarts!;
      if (diff !== 0) for (let k = startLine + 1 + added.length; k < ls.length; k++) ls[k] += diff;
    }
    this._version = version;
  }
}
