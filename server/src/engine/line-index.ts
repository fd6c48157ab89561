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
  /**
   * Offsets at which each line starts, 4 bytes a line: a CLI run keeps every file's index to the
   * report, and a number[] grown by push took 8 bytes a line and up to half as much again unused
   * (4.8 MB of a 100,000-script library's 500,000 lines).
   */
  private readonly starts: Int32Array;
  private readonly text: TextSlices;

  constructor(text: TextSlices, starts?: Int32Array) {
    this.text = text;
    if (starts) { this.starts = starts; return; }
    this.starts = lineStarts(typeof text === 'string' ? text : text.toString());
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
    const keep = Math.max(1, countAtOrBelow(old, p - 1));
    const from = old[keep - 1];
    const oldSuffix = prev.text.length - s;
    let k = countAtOrBelow(old, oldSuffix + 1);
    const to = Math.min(text.length - s + 1, text.length);
    // the re-read region, and one character after it for a CR's LF
    const region = text.slice(from, Math.min(text.length, to + 1));
    const mid = scanStarts(region, 0, to - from, []);
    // the suffix's old starts, moved, after the last start before them
    const last = mid.length ? mid[mid.length - 1] + from : from;
    while (k < old.length && old[k] + delta <= last) k++;
    const starts = new Int32Array(keep + mid.length + old.length - k);
    starts.set(old.subarray(0, keep));
    let at = keep;
    for (let j = 0; j < mid.length; j++) starts[at++] = mid[j] + from;
    for (; k < old.length; k++) starts[at++] = old[k] + delta;
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

/**
 * The start of every line of `text`: counted, then written into an array of that size. Without a
 * CR (most files), found with indexOf, which scans faster than a loop over the units.
 */
function lineStarts(text: string): Int32Array {
  if (text.indexOf('\r') >= 0) return Int32Array.from(scanStarts(text, 0, text.length, [0]));
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  const starts = new Int32Array(n);
  let k = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
  return starts;
}

/** How many elements of ascending `sorted` are ≤ x (binary search). */
function countAtOrBelow(sorted: Int32Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1; else hi = mid;
  }
  return lo;
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
