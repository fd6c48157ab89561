/**
 * One line index with LSP semantics: lines break at `\r\n`, `\r` and `\n`; characters are
 * UTF-16 code units. Every front end turns engine offsets into positions through this.
 */
export interface Position { line: number; character: number }

/**
 * What a line index reads of its text: a string is one; so is an editor's text kept in pieces,
 * of which only small slices are read once the index exists.
 */
export interface TextSlices {
  readonly length: number;
  slice(start: number, end: number): string;
  toString(): string;
}

export class LineIndex {
  /** Offsets at which each line starts. */
  private readonly starts: number[];
  private readonly text: TextSlices;

  constructor(text: TextSlices, starts?: number[]) {
    this.text = text;
    if (starts) { this.starts = starts; return; }
    const t = typeof text === 'string' ? text : text.toString();
    this.starts = scanStarts(t, 0, t.length, [0]);
  }

  /**
   * The index of `text`, which is the previous index's text with [p, prevLength - s) replaced (p and
   * s: lengths of the common prefix and suffix): only the edited region is read, the line starts
   * of the suffix are shifted.
   */
  static edited(prev: LineIndex, text: TextSlices, p: number, s: number): LineIndex {
    const delta = text.length - prev.text.length;
    const old = prev.starts;
    // keep line starts up to and including the line holding p (a CR before p may pair with a new LF)
    let keep = 0;
    while (keep < old.length && old[keep] <= p - 1) keep++;
    const starts = old.slice(0, Math.max(1, keep));
    const from = starts[starts.length - 1];
    const oldSuffix = prev.text.length - s;
    let k = 0;
    while (k < old.length && old[k] <= oldSuffix + 1) k++;
    const to = Math.min(text.length - s + 1, text.length);
    // the re-read region, and one character after it for a CR's LF
    const region = text.slice(from, Math.min(text.length, to + 1));
    for (const v of scanStarts(region, 0, to - from, [])) starts.push(v + from);
    for (; k < old.length; k++) {
      const v = old[k] + delta;
      if (v > starts[starts.length - 1]) starts.push(v);
    }
    return new LineIndex(text, starts);
  }

  get lineCount(): number { return this.starts.length; }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** End of a line's content, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1];
    // the (at most two) characters of the line break
    const br = this.text.slice(Math.max(0, end - 2), end);
    let i = br.length - 1;
    if (br.charCodeAt(i) === 10) { end--; i--; }
    if (i >= 0 && br.charCodeAt(i) === 13) end--;
    return end;
  }

  /** Zero-based line of an offset (binary search). */
  lineOf(offset: number): number { return lastAtOrBefore(this.starts, offset); }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(o);
    return { line, character: o - this.starts[line] };
  }

  offsetAt(pos: Position): number {
    if (pos.line >= this.starts.length) return this.text.length;
    if (pos.line < 0) return 0;
    const start = this.starts[pos.line];
    return Math.min(start + Math.max(0, pos.character), this.lineEnd(pos.line));
  }
}

/** Appends the starts of the lines that begin after a break in [from, to) of `text`. */
function scanStarts(text: string, from: number, to: number, out: number[]): number[] {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      out.push(i + 1);
    } else if (c === 10 /* \n */) {
      out.push(i + 1);
    }
  }
  return out;
}

/** Removes a leading BOM; every engine offset is relative to the text without it. */
export function stripBom(text: string): { text: string; hadBom: boolean } {
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), hadBom: true } : { text, hadBom: false };
}

/**
 * Index of the last element of ascending `sorted` that is ≤ x (0 when none is: the first line,
 * piece or segment holds everything before its start). Binary search.
 */
export function lastAtOrBefore(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= x) lo = mid; else hi = mid - 1;
  }
  return lo;
}
