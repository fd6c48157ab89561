/**
 * Maps every UTF-16 unit of a YAML scalar's parsed value back to the source characters it came
 * from, for every scalar style. The `yaml` library gives values and node ranges but no
 * per-character map; we re-read the scalar's source here and verify the result against the
 * library's value, so that a finding underlines exactly the offending source characters.
 */

export type ScalarStyle = 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED';

/** A parsed string with, for each of its units, the [start, end) of its source characters. */
export interface MappedText {
  value: string;
  starts: Int32Array;
  ends: Int32Array;
  /** True when the per-character map could not be rebuilt and spans the whole scalar instead. */
  approximate: boolean;
}

/** Collects units with their source ranges in typed arrays (no per-character strings). */
class Builder {
  private units = new Uint16Array(64);
  private s = new Int32Array(64);
  private e = new Int32Array(64);
  length = 0;
  private grow(n: number): void {
    if (this.length + n <= this.units.length) return;
    let size = this.units.length * 2;
    while (size < this.length + n) size *= 2;
    const u = new Uint16Array(size); u.set(this.units); this.units = u;
    const a = new Int32Array(size); a.set(this.s); this.s = a;
    const b = new Int32Array(size); b.set(this.e); this.e = b;
  }
  push(ch: string, start: number, end: number): void {
    this.grow(ch.length);
    for (let i = 0; i < ch.length; i++) {
      const k = this.length++;
      this.units[k] = ch.charCodeAt(i);
      this.s[k] = start;
      this.e[k] = end;
    }
  }
  /** Source units [from, to) of src, each mapped to itself. */
  pushRange(src: string, from: number, to: number): void {
    if (to <= from) return;
    this.grow(to - from);
    for (let i = from; i < to; i++) {
      const k = this.length++;
      this.units[k] = src.charCodeAt(i);
      this.s[k] = i;
      this.e[k] = i + 1;
    }
  }
  pop(): void { if (this.length > 0) this.length--; }
  done(): MappedText {
    const n = this.length;
    let value = '';
    for (let k = 0; k < n; k += 8192) value += String.fromCharCode.apply(null, this.units.subarray(k, Math.min(n, k + 8192)) as unknown as number[]);
    return { value, starts: this.s.slice(0, n), ends: this.e.slice(0, n), approximate: false };
  }
}

/**
 * A value that is exactly source units [from, to) (one slice). Its maps are counted, so they are
 * only built when something reads them (a finding, a fix, hover): most replies never need them,
 * and two typed arrays per reply are most of a large library's memory.
 */
class DirectMapped implements MappedText {
  readonly approximate = false;
  private s: Int32Array | undefined;
  private e: Int32Array | undefined;
  constructor(readonly value: string, readonly from: number) {}
  get starts(): Int32Array { return (this.s ??= counted(this.from, this.value.length)); }
  get ends(): Int32Array { return (this.e ??= counted(this.from + 1, this.value.length)); }
}

/** Source start of value unit i, without building the maps of a one-slice value. */
export function unitStart(m: MappedText, i: number): number {
  return m instanceof DirectMapped ? m.from + i : m.starts[i];
}

/** Source end of value unit i, without building the maps of a one-slice value. */
export function unitEnd(m: MappedText, i: number): number {
  return m instanceof DirectMapped ? m.from + i + 1 : m.ends[i];
}

function counted(first: number, n: number): Int32Array {
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = first + i;
  return a;
}

function direct(src: string, from: number, to: number): MappedText {
  return new DirectMapped(src.slice(from, Math.max(from, to)), from);
}

/** True when [from, to) of src holds no line break and none of the given code (or -1). */
function singleLineWithout(src: string, from: number, to: number, code: number): boolean {
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c === 10 || c === 13 || c === code) return false;
  }
  return true;
}

interface Item { ch: string; start: number; end: number; ws: boolean }
interface Line { items: Item[]; breakStart: number; breakEnd: number; escapedBreak: boolean }

const isWs = (c: string): boolean => c === ' ' || c === '\t';

/** Splits [from, to) of src into lines, keeping where each line break is. */
function splitLines(src: string, from: number, to: number): { start: number; end: number; breakEnd: number }[] {
  const lines: { start: number; end: number; breakEnd: number }[] = [];
  let s = from;
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c === 10 || c === 13) {
      let be = i + 1;
      if (c === 13 && src.charCodeAt(i + 1) === 10) be++;
      lines.push({ start: s, end: i, breakEnd: be });
      s = be;
      i = be - 1;
    }
  }
  lines.push({ start: s, end: to, breakEnd: to });
  return lines;
}

const DQ_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r',
  e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0',
  L: '\u2028', P: '\u2029',
};

function decodeDoubleLine(src: string, start: number, end: number): Line {
  const items: Item[] = [];
  let escapedBreak = false;
  for (let i = start; i < end; i++) {
    const c = src[i];
    if (c !== '\\') { items.push({ ch: c, start: i, end: i + 1, ws: isWs(c) }); continue; }
    if (i + 1 >= end) { escapedBreak = true; break; }
    const e = src[i + 1];
    const hexLen = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    if (hexLen) {
      const hex = src.slice(i + 2, i + 2 + hexLen);
      const cp = parseInt(hex, 16);
      const ch = Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : src.slice(i, i + 2 + hexLen);
      items.push({ ch, start: i, end: i + 2 + hexLen, ws: false });
      i += 1 + hexLen;
    } else {
      items.push({ ch: DQ_ESCAPES[e] ?? e, start: i, end: i + 2, ws: false });
      i += 1;
    }
  }
  return { items, breakStart: end, breakEnd: end, escapedBreak };
}

function decodeSingleLine(src: string, start: number, end: number): Line {
  const items: Item[] = [];
  for (let i = start; i < end; i++) {
    const c = src[i];
    if (c === "'" && src[i + 1] === "'") { items.push({ ch: "'", start: i, end: i + 2, ws: false }); i++; continue; }
    items.push({ ch: c, start: i, end: i + 1, ws: isWs(c) });
  }
  return { items, breakStart: end, breakEnd: end, escapedBreak: false };
}

/** Flow folding shared by plain, single- and double-quoted scalars. */
function foldFlow(src: string, from: number, to: number, decode: (s: string, a: number, b: number) => Line): MappedText {
  const raw = splitLines(src, from, to);
  const lines = raw.map((l) => {
    const line = decode(src, l.start, l.end);
    line.breakStart = l.end;
    line.breakEnd = l.breakEnd;
    return line;
  });
  const last = lines.length - 1;
  lines.forEach((line, j) => {
    if (j > 0) { while (line.items.length && line.items[0].ws) line.items.shift(); }
    if (j < last && !line.escapedBreak) { while (line.items.length && line.items[line.items.length - 1].ws) line.items.pop(); }
  });
  const b = new Builder();
  let empty = 0;
  let foldFrom = -1;
  let foldTo = -1;
  let escaped = false;
  for (let j = 0; j <= last; j++) {
    const line = lines[j];
    if (j > 0) {
      if (line.items.length === 0 && j < last) { empty++; continue; }
      const fold = empty > 0 ? '\n'.repeat(empty) : escaped ? '' : ' ';
      b.push(fold, foldFrom, foldTo);
      empty = 0;
    }
    for (const it of line.items) b.push(it.ch, it.start, it.end);
    foldFrom = line.breakStart;
    foldTo = line.breakEnd;
    escaped = line.escapedBreak;
  }
  return b.done();
}

interface BlockHeader { literal: boolean; chomp: 'clip' | 'strip' | 'keep'; explicit: number; bodyStart: number }

function readBlockHeader(src: string, from: number, to: number): BlockHeader {
  const literal = src[from] === '|';
  let chomp: BlockHeader['chomp'] = 'clip';
  let explicit = 0;
  let i = from + 1;
  for (; i < to; i++) {
    const c = src[i];
    if (c === '-') chomp = 'strip';
    else if (c === '+') chomp = 'keep';
    else if (c >= '1' && c <= '9') explicit = c.charCodeAt(0) - 48;
    else break;
  }
  while (i < to && src[i] !== '\n' && src[i] !== '\r') i++; // skip spaces and a comment
  if (src[i] === '\r' && src[i + 1] === '\n') i += 2; else if (i < to) i++;
  return { literal, chomp, explicit, bodyStart: i };
}

function blockWithIndent(src: string, h: BlockHeader, to: number, indent: number): MappedText {
  const lines = splitLines(src, h.bodyStart, to);
  if (lines.length && lines[lines.length - 1].start === lines[lines.length - 1].end && lines[lines.length - 1].start === to) lines.pop();
  // each content line is source units [from, to), mapped unit for unit
  type BL = { from: number; to: number; spaced: boolean; empty: boolean; breakStart: number; breakEnd: number };
  const body: BL[] = lines.map((l) => {
    let p = l.start;
    let n = 0;
    while (p < l.end && src[p] === ' ' && n < indent) { p++; n++; }
    const empty = n < indent ? src.slice(p, l.end).trim() === '' : p >= l.end;
    return { from: p, to: empty ? p : l.end, spaced: !empty && isWs(src[p]), empty, breakStart: l.end, breakEnd: l.breakEnd };
  });
  let lastContent = body.length - 1;
  while (lastContent >= 0 && body[lastContent].empty) lastContent--;
  const b = new Builder();
  let prevText = -1; // index of the previous non-empty line
  for (let j = 0; j <= lastContent; j++) {
    const line = body[j];
    if (line.empty) continue;
    if (prevText >= 0) {
      const prev = body[prevText];
      const between = j - prevText - 1;
      const foldable = !h.literal && !prev.spaced && !line.spaced;
      if (foldable && between === 0) b.push(' ', prev.breakStart, prev.breakEnd);
      else {
        const count = foldable ? between : between + 1;
        b.push('\n'.repeat(count), prev.breakStart, prev.breakEnd);
      }
    } else if (j > 0) {
      b.push('\n'.repeat(j), body[0].breakStart, body[0].breakEnd);
    }
    b.pushRange(src, line.from, line.to);
    prevText = j;
  }
  if (prevText >= 0 && h.chomp !== 'strip') {
    const prev = body[prevText];
    if (prev.breakEnd > prev.breakStart) b.push('\n', prev.breakStart, prev.breakEnd);
    if (h.chomp === 'keep') {
      for (let j = prevText + 1; j < body.length; j++) {
        if (body[j].breakEnd > body[j].breakStart) b.push('\n', body[j].breakStart, body[j].breakEnd);
      }
    }
  } else if (prevText < 0 && h.chomp === 'keep') {
    for (const l of body) if (l.breakEnd > l.breakStart) b.push('\n', l.breakStart, l.breakEnd);
  }
  return b.done();
}

function autoIndent(src: string, h: BlockHeader, to: number): number {
  let widest = 1;
  for (const l of splitLines(src, h.bodyStart, to)) {
    let n = 0;
    while (l.start + n < l.end && src[l.start + n] === ' ') n++;
    if (l.start + n < l.end) return n;
    widest = Math.max(widest, n);
  }
  return widest; // only empty lines: the widest of them sets the indentation
}

function decodeBlock(src: string, from: number, to: number, expected: string): MappedText {
  const h = readBlockHeader(src, from, to);
  const auto = autoIndent(src, h, to);
  const first = blockWithIndent(src, h, to, auto);
  if (first.value === expected || !h.explicit) return first;
  for (let n = 1; n <= auto; n++) {
    const m = blockWithIndent(src, h, to, n);
    if (m.value === expected) return m;
  }
  return first;
}

/** Fallback: every unit of the value spans the whole scalar. Never used for supported styles. */
function approximate(value: string, from: number, to: number): MappedText {
  return {
    value,
    starts: new Int32Array(value.length).fill(from),
    ends: new Int32Array(value.length).fill(to),
    approximate: true,
  };
}

/**
 * Rebuilds a scalar's value with its source map. `from`/`to` are the scalar's source range
 * (from the `yaml` node's range), `expected` the library's parsed value, used as a check.
 */
export function mapScalar(src: string, style: ScalarStyle, from: number, to: number, expected: string): MappedText {
  const m = style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED' ? decodeBlock(src, from, to, expected) : decodeScalar(src, style, from, to);
  return m.value === expected ? m : approximate(expected, from, to);
}

/**
 * Decodes a scalar's source into its value with the map, without a reference value (the fast
 * path's own reader; block scalars with an explicit indentation indicator are not its to read).
 */
export function decodeScalar(src: string, style: ScalarStyle, from: number, to: number): MappedText {
  switch (style) {
    // one-line scalars without escapes (nearly every reply) map unit for unit: one slice
    case 'PLAIN': return singleLineWithout(src, from, to, -1) ? direct(src, from, to) : foldFlow(src, from, to, decodeSingleLineRaw);
    case 'QUOTE_SINGLE': {
      const a = from + 1; const b = Math.max(from + 1, to - 1);
      return singleLineWithout(src, a, b, 39 /* ' */) ? direct(src, a, b) : foldFlow(src, a, b, decodeSingleLine);
    }
    case 'QUOTE_DOUBLE': {
      const a = from + 1; const b = Math.max(from + 1, to - 1);
      return singleLineWithout(src, a, b, 92 /* \\ */) ? direct(src, a, b) : foldFlow(src, a, b, decodeDoubleLine);
    }
    default: {
      const h = readBlockHeader(src, from, to);
      return blockWithIndent(src, h, to, autoIndent(src, h, to));
    }
  }
}

function decodeSingleLineRaw(src: string, start: number, end: number): Line {
  const items: Item[] = [];
  for (let i = start; i < end; i++) items.push({ ch: src[i], start: i, end: i + 1, ws: isWs(src[i]) });
  return { items, breakStart: end, breakEnd: end, escapedBreak: false };
}

/** Joins several mapped texts with a separator that maps to the end of the text before it. */
export function joinMapped(parts: MappedText[], sep: string): MappedText {
  let n = 0;
  parts.forEach((p, k) => { n += p.value.length + (k > 0 ? sep.length : 0); });
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  let value = '';
  let o = 0;
  parts.forEach((p, k) => {
    if (k > 0) {
      const prev = parts[k - 1];
      const at = prev.value.length ? prev.ends[prev.value.length - 1] : p.starts[0] ?? 0;
      for (let i = 0; i < sep.length; i++) { starts[o] = at; ends[o] = at; o++; }
      value += sep;
    }
    starts.set(p.starts.subarray(0, p.value.length), o);
    ends.set(p.ends.subarray(0, p.value.length), o);
    o += p.value.length;
    value += p.value;
  });
  return { value, starts, ends, approximate: parts.some((p) => p.approximate) };
}

/** Source range of value units [a, b). */
export function sourceSpan(m: MappedText, a: number, b: number): { start: number; end: number } {
  if (m.value.length === 0) return { start: 0, end: 0 };
  const s = Math.max(0, Math.min(a, m.value.length - 1));
  const e = Math.max(s, Math.min(b, m.value.length) - 1);
  const start = unitStart(m, s);
  return { start, end: Math.max(start, unitEnd(m, e)) };
}
