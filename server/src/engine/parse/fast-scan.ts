/**
 * The fast path: a line scanner for the layout script libraries are written in (block maps and
 * sequences, one-line plain and quoted scalars, block scalars, comments), and a reader of flow
 * collections over any number of lines (tag lists, and libraries in flow style or JSON). It
 * builds nodes the library reader reads like the `yaml` package's own (light ones, below), hands
 * each script to the reader as soon as it is scanned, and records every scalar's span, without
 * the cost of the full YAML parser (research/tech-notes.md: `parseDocument` alone is several
 * times the whole lint budget). Anything outside that subset — anchors, tags, multi-line flow
 * scalars, comments inside flow collections, duplicate keys, odd indentation, trailing lines of
 * spaces in a block scalar — returns undefined and the caller uses the full parser, which also
 * gives the exact error messages.
 */
import type { Document, Scalar } from 'yaml';
import { decodeScalar, MappedText } from './scalar-map';
import { SpanList } from './span-list';
import { isSpace } from '../text/context';

/*
 * Light nodes. The library reader tells nodes apart with the `yaml` package's own predicates
 * (isScalar, isMap, isSeq, …), which read the registered symbol `yaml.node.type`. The package's
 * classes define that symbol on every instance with Object.defineProperty and file each decoded
 * value in a WeakMap here; on a 30,000-script library that was a tenth of the lint. These
 * classes carry the symbol on their prototype and the decoded value as a field.
 */
const NODE_TYPE = Symbol.for('yaml.node.type');

/**
 * A node's range as the `yaml` package gives it ([start, value end, node end]), held as three
 * numbers: the reader asks for them with lightSpan(); `range` makes the array for other callers.
 * Two arrays per key and value were a fifth of what the scanner allocated.
 */
abstract class Light {
  r0 = 0;
  r1 = 0;
  r2 = 0;
  get range(): [number, number, number] { return [this.r0, this.r1, this.r2]; }
  /** The node as plain JavaScript, as the `yaml` package's `toJSON()` gives it (the config reader's). */
  abstract toJSON(): unknown;
}
class LightScalar extends Light {
  constructor(
    public value: unknown,
    public type: Scalar['type'],
    start: number,
    valueEnd: number,
    end: number,
    /** The value decoded with its source map by the scanner (quoted and block scalars). */
    public mapped: MappedText | undefined,
  ) {
    super();
    this.r0 = start;
    this.r1 = valueEnd;
    this.r2 = end;
  }
  toJSON(): unknown { return this.value; }
}
/** An alias (`*name`), which the reader does not expand; its range is the parser's (from the `*`, to the name's end). */
class LightAlias extends Light {
  constructor(public source: string, start: number, valueEnd: number, end: number) {
    super();
    this.r0 = start;
    this.r1 = valueEnd;
    this.r2 = end;
  }
  // (the parser's resolves the anchor; nothing reads an alias's value here: a config with one is
  // read by the parser)
  toJSON(): unknown { return bail(); }
}
class LightMap extends Light {
  items: LightPair[] = [];
  toJSON(): unknown {
    const o: Record<string, unknown> = {};
    for (const p of this.items) {
      const v = p.value ? p.value.toJSON() : null;
      const k = String(p.key.value);
      // (as the package: an own property, not the prototype)
      if (k === '__proto__') Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
      else o[k] = v;
    }
    return o;
  }
}
class LightSeq extends Light {
  items: LightNode[] = [];
  flow = false;
  toJSON(): unknown { return this.items.map((x) => x.toJSON()); }
}
class LightPair { constructor(public key: LightScalar, public value: LightNode | null) {} }
type LightNode = LightScalar | LightMap | LightSeq | LightAlias;
for (const [cls, name] of [[LightScalar, 'yaml.scalar'], [LightMap, 'yaml.map'], [LightSeq, 'yaml.seq'], [LightPair, 'yaml.pair'], [LightAlias, 'yaml.alias']] as const) {
  Object.defineProperty(cls.prototype, NODE_TYPE, { value: Symbol.for(name) });
}

/** The start of a node the scanner made (its range[0], without making the array); -1 for other nodes. */
export function lightStart(node: unknown): number { return node instanceof Light ? node.r0 : -1; }

/** The end of the value of a node the scanner made (its range[1]); -1 for other nodes. */
export function lightEnd(node: unknown): number { return node instanceof Light ? node.r1 : -1; }

/** The value the scanner already decoded with its source map, if it did (so the reader does not decode twice). */
export function premapped(node: Scalar): MappedText | undefined {
  return node instanceof LightScalar ? (node as unknown as LightScalar).mapped : undefined;
}

/** What the fast path read: a document of light nodes and the span of every scalar, in document order. */
export interface FastDocument {
  doc: Document;
  scalarSpans: SpanList;
  /** The text has an anchor or an alias (on a scalar: the scanner gives up on any other). */
  anchors: boolean;
}

/**
 * Receives each item of the top-level `scripts` list as soon as it is scanned; such items are
 * not kept in the document (its `scripts` list stays empty). The nodes of a script then die
 * young instead of being copied by every scavenge until the whole file is read. If the scan
 * later gives up, the caller discards what it received.
 */
export type ScriptItemSink = (node: Document['contents'], index: number, chunk?: ItemChunk) => void;

/**
 * Where an item of a block `scripts` list lies (given to the sink with the item when the scan was
 * asked for chunks): from the start of its dash's line to the start of the next content line at
 * or left of the dashes' column (the blank and comment lines before that included), or to the end
 * of the text. `next`: that line is the next item's dash line, the item is a map, and the scan of
 * the item stopped there, as the layout alone says it would (`itemEndLine`). Such an item reads
 * the same wherever its chunk stands before another item: the same map, spans moved by where the
 * chunk starts (its span may end in the spaces before the next dash, no further). A later scan
 * may then take it whole instead of reading it (`ScriptItemSkip`).
 */
export interface ItemChunk { start: number; end: number; next: boolean }

/**
 * Offered each item of the block `scripts` list that another item follows, before it is read,
 * with its chunk [start, end) and its index: the end of the item's span when the caller takes it
 * as it was read before (the scan goes on at the next item), or -1 to read it.
 */
export type ScriptItemSkip = (start: number, end: number, index: number) => number;

/** What the scan does with the items of the block `scripts` list besides handing them to the sink. */
export interface ItemOptions { skip?: ScriptItemSkip }

/** The last item of a sequence when it was taken whole (never the sequence's last: another item follows it). */
const TAKEN_ITEM = new LightMap();

/** Thrown to give up on the fast path: one object, made once (an Error made per bail captured a stack). */
class Bail {}
const BAIL = new Bail();
const bail = (): never => { throw BAIL; };

interface Line { start: number; end: number; next: number; indent: number; blank: boolean }

const PLAIN_BAD_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
/*
 * The tests run on every key and every plain value, as constants: a regex literal inside a
 * function makes a new RegExp object each time it is evaluated (five per script here, about a
 * tenth of what the scanner allocated).
 */
/** A key the parser would read as a number, a boolean or null. */
const KEY_NOT_STRING = /^[-+]?[0-9.]|^(true|false|null|~)$/i;
/** A plain value holding ": " or ending in ":" (a map on one line for the parser). */
const PLAIN_COLON = /: |:$/;
const PLAIN_INT = /^[-+]?[0-9]+$/;
const PLAIN_LEADING_ZERO = /^[-+]?0[0-9]/;
/** A plain value the parser reads as null, a boolean, a float or another non-string. */
const PLAIN_NOT_STRING = /^(~|null|true|false|[-+]?(\.[0-9]|[0-9][0-9_]*[.eExXoO:]|\.inf|\.nan))/i;
/** What may not start a plain key (besides white space); '-' may, when a non-space follows. */
const KEY_BAD_FIRST = new Set([...'#:\'"[]{},&*!|>%@`?-'].map((c) => c.charCodeAt(0)));

/**
 * A block map key at `at` on a line that ends at `end`: the offset of its colon, or -1. The same
 * as matching /^([^\s#:'"[\]{},&*!|>%@`?-][^:#]*?|-[^\s:#][^:#]*?):(?:[ \t]|$)/ against the
 * rest of the line, without slicing the line or making a match (a tenth of the scanner's
 * allocation): the key runs to the first ':' and has no '#'; that ':' ends the line or is
 * followed by a space or a tab.
 */
export function keyColon(src: string, at: number, end: number): number {
  if (at >= end) return -1;
  const c0 = src.charCodeAt(at);
  let k = at + 1;
  if (c0 === 45 /* - */) {
    if (k >= end) return -1;
    const c1 = src.charCodeAt(k);
    if (isSpace(c1) || c1 === 58 || c1 === 35) return -1;
    k++;
  } else if (isSpace(c0) || KEY_BAD_FIRST.has(c0)) return -1;
  for (; k < end; k++) {
    const c = src.charCodeAt(k);
    if (c === 35) return -1;
    if (c === 58) {
      if (k + 1 === end) return k;
      const n = src.charCodeAt(k + 1);
      return n === 32 || n === 9 ? k : -1;
    }
  }
  return -1;
}

/** A plain scalar's value as the parser reads it: the string, or a safe integer; gives up on other types. */
function plainValue(raw: string): unknown {
  if (PLAIN_INT.test(raw)) {
    const n = Number(raw);
    if (!Number.isSafeInteger(n) || PLAIN_LEADING_ZERO.test(raw)) bail();
    return n;
  }
  if (PLAIN_NOT_STRING.test(raw)) bail();
  return raw;
}

/** The format's own keys: a key spelled as one of them is that string, not a fresh copy. */
const KNOWN_KEYS = ['id', 'title', 'scenario', 'stage', 'tags', 'customer', 'reply', 'alternatives', 'notes', 'huashu', 'shop', 'platform', 'variables', 'scripts'];

/** The key from `at` to its colon, trailing white space trimmed (as `slice().trimEnd()`). */
function keyText(src: string, at: number, colon: number): string {
  let e = colon;
  while (e > at && src.charCodeAt(e - 1) === 32) e--;
  const n = e - at;
  for (let k = 0; k < KNOWN_KEYS.length; k++) {
    const key = KNOWN_KEYS[k];
    if (key.length === n && src.startsWith(key, at)) return key;
  }
  return src.slice(at, colon).trimEnd();
}

/**
 * `scalarSpans: false` leaves the returned list empty (see ParseOptions.scalarSpans). `items`:
 * the block `scripts` list's items are given to `onScript` with their chunks, and offered to
 * `items.skip` before they are read.
 */
export function fastParse(src: string, onScript?: ScriptItemSink, scalarSpans = true, items?: ItemOptions): FastDocument | undefined {
  if (src.indexOf('\t') >= 0 || src.indexOf('\r') >= 0 && /\r(?!\n)/.test(src)) return undefined;
  try {
    const scanner = new Scanner(src, onScript, scalarSpans, items);
    return { doc: scanner.document(), scalarSpans: scanner.scalarSpans, anchors: scanner.anchors };
  } catch (e) {
    // RangeError: nesting deeper than the stack (hostile input): the full parser reports it
    if (e instanceof Bail || e instanceof RangeError) return undefined;
    throw e;
  }
}

class Scanner {
  /**
   * Per line: start, end (before CR LF), indentation and whether it is blank or a comment, in
   * typed arrays; line() makes the short-lived Line view (a Line object per line of a large
   * library lived through the whole scan and was copied by every scavenge).
   */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly indents: Int32Array;
  private readonly blanks: Uint8Array;
  private readonly count: number;
  private i = 0;
  /** Columns of the dashes of the sequences being read (innermost last). */
  private readonly seqIndents: number[] = [];
  readonly scalarSpans = new SpanList();
  /** Whether an anchor or an alias was read. */
  anchors = false;

  private scalar(value: unknown, type: Scalar['type'], start: number, valueEnd: number, end: number, mapped?: MappedText): LightScalar {
    if (this.keepSpans) this.scalarSpans.push(start, valueEnd);
    return new LightScalar(value, type, start, valueEnd, end, mapped);
  }

  private inSeqAt(indent: number): boolean { return this.seqIndents.includes(indent); }

  constructor(private readonly src: string, private readonly onScript: ScriptItemSink | undefined, private readonly keepSpans: boolean, private readonly items?: ItemOptions) {
    let n = 1;
    for (let e = src.indexOf('\n'); e >= 0; e = src.indexOf('\n', e + 1)) n++;
    this.count = n;
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    this.indents = new Int32Array(n);
    this.blanks = new Uint8Array(n);
    let s = 0;
    for (let j = 0; j < n; j++) {
      let e = src.indexOf('\n', s);
      if (e < 0) e = src.length;
      const end = e > s && src.charCodeAt(e - 1) === 13 ? e - 1 : e;
      let k = s;
      while (k < end && src.charCodeAt(k) === 32) k++;
      this.starts[j] = s;
      this.ends[j] = end;
      this.indents[j] = k - s;
      this.blanks[j] = k === end || src.charCodeAt(k) === 35 ? 1 : 0; /* '#' comment line */
      s = e + 1;
    }
  }

  /** The start of the line after line j (one past the text's end for the last). */
  private nextOf(j: number): number { return j + 1 < this.count ? this.starts[j + 1] : this.src.length + 1; }

  /** Line j (j < count). `next` is the start of the following line (one past the text's end for the last). */
  private line(j: number): Line {
    const start = this.starts[j];
    return { start, end: this.ends[j], next: j + 1 < this.count ? this.starts[j + 1] : this.src.length + 1, indent: this.indents[j], blank: this.blanks[j] === 1 };
  }

  document(): Document {
    const first = this.src.trimStart();
    if (first.startsWith('---') || first.startsWith('%') || /^(---|\.\.\.)/m.test(this.src)) bail();
    this.skipBlank();
    if (this.i >= this.count) bail();
    const at = this.starts[this.i] + this.indents[this.i];
    // a library that is one flow map (JSON)
    const contents = this.src.charCodeAt(at) === 123 /* { */ ? this.flowValue(at, this.i, -1, this.onScript, true) : this.map(0, undefined, true);
    this.skipBlank();
    if (this.i < this.count) bail();
    return { contents, errors: [], warnings: [] } as unknown as Document;
  }

  private skipBlank(): void { while (this.i < this.count && this.blanks[this.i] === 1) this.i++; }

  /** A block map whose keys sit at column `indent`; the first key may start mid-line (after "- "). */
  private map(indent: number, firstKeyAt?: number, root = false): LightMap {
    const m = new LightMap();
    // the keys so far, for duplicates: the pairs' own keys while they are few, then a set
    let keys: Set<string> | undefined;
    let start = -1;
    let end = 0;
    for (;;) {
      let at: number;
      // the key's line (its index: a Line object per line was garbage for every scavenge to see)
      let ln: number;
      if (firstKeyAt !== undefined) { at = firstKeyAt; firstKeyAt = undefined; ln = this.i; } else {
        this.skipBlank();
        if (this.i >= this.count) break;
        ln = this.i;
        if (this.indents[ln] < indent) break;
        if (this.indents[ln] > indent) bail();
        at = this.starts[ln] + this.indents[ln];
      }
      const lineEnd = this.ends[ln];
      const colon = keyColon(this.src, at, lineEnd);
      if (colon < 0) bail();
      const name = keyText(this.src, at, colon);
      let dup = false;
      if (keys) dup = keys.has(name);
      else for (let k = 0; k < m.items.length; k++) if (m.items[k].key.value === name) { dup = true; break; }
      if (dup || KEY_NOT_STRING.test(name)) bail();
      if (keys) keys.add(name);
      else if (m.items.length >= 16) keys = new Set(m.items.map((pair) => pair.key.value as string)).add(name);
      const key = this.scalar(name, undefined, at, at + name.length, at + name.length);
      if (start < 0) start = at;
      // past the colon and the space or tab that follows it, as the expression's match was
      const after = colon + 1 < lineEnd ? colon + 2 : colon + 1;
      const value = this.value(after, ln, indent, root && name === 'scripts' ? this.onScript : undefined);
      m.items.push(new LightPair(key, value));
      end = value ? value.r2 : this.nextOf(ln);
    }
    if (start < 0) bail();
    end = this.collectionEnd(end, indent, m.items.length ? m.items[m.items.length - 1].value : null);
    m.r0 = start;
    m.r1 = m.r2 = end;
    return m;
  }

  /**
   * Where the `yaml` parser ends a block collection whose last value or item is `last` and ends at
   * `end`: after an empty value (`reply:`) followed by a comment, on its line or on any line
   * before the next token, or a sequence's empty last item (`-`) after a comment line at or left
   * of the dashes' column that follows the item before it (`commentBefore`), at that token (the
   * next content line's first character, or the end of the text); otherwise after the comment
   * lines that follow indented deeper than the collection's column (trailingComments).
   */
  private collectionEnd(end: number, indent: number, last: LightNode | null, commentBefore = false): number {
    if (last instanceof LightScalar && last.value === null && last.r0 === last.r1 && (last.r2 > last.r1 || commentBefore || this.commentAfter(end))) {
      return this.i < this.count ? this.starts[this.i] + this.indents[this.i] : this.src.length;
    }
    return this.trailingComments(end, indent);
  }

  /**
   * Whether a comment line lies between offset `end` and the next content line (`this.i`), at
   * column `maxIndent` or left of it when given.
   */
  private commentAfter(end: number, maxIndent = Infinity): boolean {
    let j = this.i;
    while (j > 0 && this.starts[j - 1] >= end) j--;
    for (; j < this.i; j++) if (this.starts[j] + this.indents[j] < this.ends[j] && this.indents[j] <= maxIndent) return true;
    return false;
  }

  /**
   * The `yaml` parser's block collection ends after the comment lines that follow it indented
   * deeper than its own column (with the blank lines between them, not after them): the end of
   * the last such line, or `end` when there is none. Called when the collection's loop has
   * stopped at the next content line (`this.i`), so only blank and comment lines lie between.
   */
  private trailingComments(end: number, indent: number): number {
    let j = this.i;
    while (j > 0 && this.starts[j - 1] >= end) j--;
    let out = end;
    for (; j < this.i; j++) {
      const lead = this.starts[j] + this.indents[j];
      if (lead >= this.ends[j]) continue; // a blank line
      if (this.indents[j] <= indent) break;
      out = j + 1 < this.count ? this.starts[j + 1] : this.src.length;
    }
    return out;
  }

  /** The value after "key:" (or "- ") at offset `from` on line `ln`; its node range is set. */
  private value(from: number, ln: number, parentIndent: number, sink?: ScriptItemSink): LightNode | null {
    const lineEnd = this.ends[ln];
    let p = from;
    while (p < lineEnd && this.src.charCodeAt(p) === 32) p++;
    const c = this.src[p];
    if (p >= lineEnd || c === '#') {
      if (p < lineEnd && this.src.charCodeAt(p - 1) !== 32) bail();
      // an empty value is a null scalar where the value would start, as the parser makes it (made
      // only when no nested collection follows, so that its span is not recorded for nothing)
      const empty = (): LightScalar => this.scalar(null, undefined, p, p, p < lineEnd ? lineEnd : p);
      this.i++;
      this.skipBlank();
      if (this.i >= this.count) return empty();
      const l = this.line(this.i);
      const lead = this.src[l.start + l.indent];
      const dashAt = lead === '-' && /^-( |$)/.test(this.src.slice(l.start + l.indent, l.start + l.indent + 2));
      if (l.indent > parentIndent) return dashAt ? this.seq(l.indent, parentIndent, sink) : this.map(l.indent);
      if (l.indent === parentIndent && dashAt && !this.inSeqAt(parentIndent)) return this.seq(l.indent, parentIndent, sink);
      return empty();
    }
    if (c === '|' || c === '>') return this.block(p, ln, parentIndent);
    if (c === '"' || c === "'") return this.quoted(p, ln);
    if (c === '[' || c === '{') return this.flowValue(p, ln, parentIndent, sink);
    if (c === '-' && /^-( |$)/.test(this.src.slice(p, p + 2))) bail(); // "- " after a key: nested seq on one line
    if (c === '&') return this.anchored(p, ln, parentIndent);
    if (c === '*') return this.alias(p, ln, parentIndent);
    if (PLAIN_BAD_START.test(c)) bail();
    return this.plain(p, ln, parentIndent);
  }

  /**
   * The end of the name of an anchor or alias whose `&` or `*` is at `p - 1`: the first space. A
   * name with a flow indicator, a colon, a '#' or a tab in it, or none, gives up (the parser's
   * reading of those is not the layout's).
   */
  private nameEnd(p: number, ln: number): number {
    const lineEnd = this.ends[ln];
    let e = p;
    for (; e < lineEnd; e++) {
      const c = this.src.charCodeAt(e);
      if (c === 32) break;
      if (c === 9 || c === 44 || c === 91 || c === 93 || c === 123 || c === 125 || c === 58 || c === 35) bail();
    }
    if (e === p) bail();
    return e;
  }

  /**
   * A scalar value with an anchor before it on its line (`&name value`): the value as without the
   * anchor (the parser's node starts after it). An anchor on a collection (alone on its line, or
   * before a flow one), or before another anchor, an alias or a tag, gives up.
   */
  private anchored(p: number, ln: number, parentIndent: number): LightScalar {
    const lineEnd = this.ends[ln];
    let q = this.nameEnd(p + 1, ln);
    while (q < lineEnd && this.src.charCodeAt(q) === 32) q++;
    if (q >= lineEnd) bail();
    const c = this.src[q];
    if (c === '#' || c === '[' || c === '{' || c === '&' || c === '*' || c === '!') bail();
    const node = this.value(q, ln, parentIndent);
    if (!(node instanceof LightScalar)) return bail();
    this.anchors = true;
    return node;
  }

  /** An alias value (`*name`), alone on its line but for a comment; a line indented past the key after it gives up, as for a plain scalar. */
  private alias(p: number, ln: number, parentIndent: number): LightAlias {
    const e = this.nameEnd(p + 1, ln);
    const j = this.i + 1;
    if (j < this.count && this.blanks[j] === 0 && this.indents[j] > parentIndent && !this.src.startsWith('- ', this.starts[j] + this.indents[j])) bail();
    const end = this.lineTail(e, ln);
    this.anchors = true;
    return new LightAlias(this.src.slice(p + 1, e), p, e, end);
  }

  /** A block sequence whose dashes sit at column `indent`, the value of a key at column `keyIndent`. */
  private seq(indent: number, keyIndent: number, sink?: ScriptItemSink): LightSeq {
    this.seqIndents.push(indent);
    try { return this.seqItems(indent, keyIndent, sink); } finally { this.seqIndents.pop(); }
  }

  /**
   * Where an item of a sequence whose dashes sit at column `indent`, on line `ln`, ends by the
   * layout alone: the next content line at or left of that column (or `count`).
   */
  private itemEndLine(ln: number, indent: number): number {
    let j = ln + 1;
    while (j < this.count && (this.blanks[j] === 1 || this.indents[j] > indent)) j++;
    return j;
  }

  /** Whether line j is an item of a block sequence whose dashes sit at column `indent` ("- " or a "-" that ends the line). */
  private isItemLine(j: number, indent: number): boolean {
    const dash = this.starts[j] + indent;
    return this.indents[j] === indent && this.src.charCodeAt(dash) === 45 /* - */ && (dash + 1 >= this.ends[j] || this.src.charCodeAt(dash + 1) === 32);
  }

  private seqItems(indent: number, keyIndent: number, sink?: ScriptItemSink): LightSeq {
    const s = new LightSeq();
    // the scripts' chunks, asked for by the caller (only the top-level `scripts` list has a sink)
    const items = sink ? this.items : undefined;
    let count = 0;
    let start = -1;
    let end = 0;
    let lastItem: LightNode | null = null;
    // a comment line at or left of the dashes between the last item and the one before it
    let commentBefore = false;
    for (;;) {
      this.skipBlank();
      if (this.i >= this.count) break;
      const ln = this.i;
      const lineStart = this.starts[ln];
      const lineEnd = this.ends[ln];
      const dash = lineStart + indent;
      // an item is "- " or a "-" that ends the line; "-b" at the column is a plain scalar (and
      // out of place there: the parser reports it), not an item holding "b"
      if (!this.isItemLine(ln, indent)) {
        if (this.indents[ln] > indent) bail();
        break;
      }
      if (start < 0) start = dash;
      commentBefore = lastItem !== null && this.commentAfter(end, indent);
      let rule = -1;
      if (items) {
        rule = this.itemEndLine(ln, indent);
        if (items.skip && rule < this.count && this.isItemLine(rule, indent)) {
          const taken = items.skip(lineStart, this.starts[rule], count);
          if (taken >= 0) {
            count++;
            this.i = rule;
            lastItem = TAKEN_ITEM;
            end = taken;
            continue;
          }
        }
      }
      let p = dash + 1;
      while (p < lineEnd && this.src.charCodeAt(p) === 32) p++;
      let item: LightNode | null;
      if (keyColon(this.src, p, lineEnd) >= 0) {
        item = this.map(p - lineStart, p);
      } else {
        item = this.value(dash + 1, ln, indent);
      }
      if (!item) bail();
      lastItem = item;
      if (items) {
        let j = this.i;
        while (j < this.count && this.blanks[j] === 1) j++;
        const next = j === rule && j < this.count && this.isItemLine(j, indent) && item instanceof LightMap;
        sink!(item as unknown as Document['contents'], count++, { start: lineStart, end: j < this.count ? this.starts[j] : this.src.length, next });
      } else if (sink) sink(item as unknown as Document['contents'], count++); else s.items.push(item!);
      end = item!.r2;
    }
    if (keyIndent > 0) this.commentsAfterSeq(end, indent, keyIndent);
    end = this.collectionEnd(end, indent, lastItem, commentBefore);
    s.r0 = start;
    s.r1 = s.r2 = end;
    return s;
  }

  /**
   * Gives up on comment lines after a nested sequence's last item (one inside a script, below a
   * key at column `keyIndent` > 0) deeper than that key up to the dashes' column (or at the
   * dashes' column, when they sit at the key's), or deeper than the dashes after a shallower
   * one, when the key's map ends there too (the next content line is shallower than
   * the key, or there is none): where the `yaml` parser then ends the sequence and its map
   * depends on the columns of all such comments and on what follows (the next script, a blank
   * line, the end), in ways not copied here. Found by editing libraries at random and a table of
   * comment columns (test/engine/fast-path.test.ts).
   */
  private commentsAfterSeq(end: number, indent: number, keyIndent: number): void {
    if (this.i < this.count && this.indents[this.i] >= keyIndent) return;
    let j = this.i;
    while (j > 0 && this.starts[j - 1] >= end) j--;
    // a comment deeper than the dashes is the sequence's own (trailingComments) unless a
    // shallower one came before it
    let shallower = false;
    for (; j < this.i; j++) {
      const c = this.indents[j];
      if (this.starts[j] + c >= this.ends[j]) continue; // a blank line
      if (c === indent || (c > keyIndent && c < indent) || (c > indent && shallower)) bail();
      if (c < indent) shallower = true;
    }
  }

  /** Rest of the line after a value ending at `p`: only spaces and a comment. Returns node end. */
  private lineTail(p: number, ln: number): number {
    const lineEnd = this.ends[ln];
    let q = p;
    while (q < lineEnd && this.src.charCodeAt(q) === 32) q++;
    if (q < lineEnd && (this.src[q] !== '#' || q === p)) bail();
    this.i++;
    return Math.min(this.nextOf(ln), this.src.length);
  }

  private plain(p: number, ln: number, parentIndent: number): LightScalar {
    const lineEnd = this.ends[ln];
    let e = p;
    while (e < lineEnd && !(this.src.charCodeAt(e) === 35 && this.src.charCodeAt(e - 1) === 32)) e++;
    while (e > p && this.src.charCodeAt(e - 1) === 32) e--;
    const raw = this.src.slice(p, e);
    if (PLAIN_COLON.test(raw)) bail();
    const j = this.i + 1;
    if (j < this.count && this.blanks[j] === 0 && this.indents[j] > parentIndent && !this.src.startsWith('- ', this.starts[j] + this.indents[j])) bail(); // multi-line plain
    const value = plainValue(raw);
    const end = this.lineTail(e, ln);
    return this.scalar(value, 'PLAIN', p, e, end);
  }

  /**
   * The closing quote of the quoted scalar opening at `p` (a `\\` escapes the next character in
   * double quotes, `''` is a quote in single ones); gives up when the line ends first (a quoted
   * scalar running over lines: the parser folds them).
   */
  private quoteEnd(p: number, lineEnd: number): number {
    const src = this.src;
    const q = src.charCodeAt(p);
    for (let k = p + 1; k < lineEnd; k++) {
      const c = src.charCodeAt(k);
      if (q === 34 /* " */ && c === 92 /* \\ */) { k++; continue; }
      if (c === q) {
        if (q === 39 /* ' */ && src.charCodeAt(k + 1) === 39) { k++; continue; }
        return k;
      }
    }
    return bail();
  }

  private quoted(p: number, ln: number): LightScalar {
    const q = this.src[p];
    const k = this.quoteEnd(p, this.ends[ln]);
    const type = q === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
    if (q === '"') this.escapes(p, k);
    const m = decodeScalar(this.src, type, p, k + 1);
    const end = this.lineTail(k + 1, ln);
    return this.scalar(m.value, type, p, k + 1, end, m);
  }

  private block(p: number, ln: number, parentIndent: number): LightScalar {
    const header = this.src.slice(p, this.ends[ln]);
    if (!/^[|>]([1-9][+-]?|[+-][1-9]?)?( +#.*)? *$/.test(header)) bail();
    if (/[1-9]/.test(header.slice(0, 3))) bail(); // explicit indentation: full parser
    const keep = /^[|>][^#]*\+/.test(header);
    this.i++;
    let last = this.i - 1;
    let contentIndent = -1;
    let j = this.i;
    // a blank line of spaces after the last content line (or in a block without content) that
    // reaches past the content's indentation holds content (those spaces) for YAML: parser
    let wideTail = false;
    for (; j < this.count; j++) {
      const l = this.line(j);
      const empty = l.indent === l.end - l.start;
      if (empty) {
        if (l.end - l.start > (contentIndent >= 0 ? contentIndent : parentIndent)) wideTail = true;
        continue;
      }
      if (l.indent <= parentIndent) break;
      if (contentIndent < 0) contentIndent = l.indent;
      if (l.indent < contentIndent) bail();
      last = j;
      wideTail = false;
    }
    // a block without content followed by blank lines: the parser's range takes them in ways
    // not worth copying here
    if (wideTail || (contentIndent < 0 && j > this.i)) bail();
    // leading empty lines wider than the content are an error in YAML
    for (let k = this.i; k < last; k++) {
      const l = this.line(k);
      if (l.indent === l.end - l.start && contentIndent >= 0 && l.indent > contentIndent) bail();
    }
    if (keep) bail(); // keep chomping's trailing lines: full parser
    const endLine = last;
    const to = endLine >= this.i ? Math.min(this.line(endLine).next, this.src.length) : Math.min(this.nextOf(ln), this.src.length);
    const type = header[0] === '|' ? 'BLOCK_LITERAL' : 'BLOCK_FOLDED';
    const m = decodeScalar(this.src, type, p, to);
    this.i = Math.max(this.i, endLine + 1);
    return this.scalar(m.value, type, p, to, to, m);
  }

  /**
   * Bails on an invalid escape between a double quote at `p` and its closing quote at `k` (an
   * unknown escape, or \x, \u, \U without 2, 4 or 8 hex digits): the parser reports it.
   */
  private escapes(p: number, k: number): void {
    for (let x = p + 1; x < k; x++) {
      if (this.src[x] !== '\\') continue;
      const c = this.src[x + 1];
      if (!'0abtnvfre "/\\N_LP\txuU'.includes(c)) bail();
      const digits = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
      for (let h = 0; h < digits; h++) {
        const d = x + 2 + h;
        if (d >= k || !/[0-9a-fA-F]/.test(this.src[d])) bail();
      }
      x += 1 + digits;
    }
  }

  /*
   * Flow collections ('[' and '{'), over as many lines as they take: the one-line lists of tags and
   * replies, and whole libraries in flow style or JSON (`scripts: [{…}, …]`, `{"huashu": 1, …}`),
   * which a tool may export. The subset read: quoted scalars on one line, plain scalars on one
   * line with no ':' or '#', every map entry a key, a ':' on the key's line and a value, nested
   * collections; no comments, no empty entries or values, no implicit pairs in a sequence, every
   * continuation line indented past the block collection around (the outermost closing bracket
   * may sit at its column). Anything else gives up.
   */
  /** The flow cursor: offset and line. */
  private fp = 0;
  private fln = 0;
  /** The column continuation lines must pass (-1 for a document that is one flow collection). */
  private fParent = -1;
  private fDepth = 0;

  /** A flow collection at `p` on line `ln` as a block value or the document; ends its line (lineTail). */
  private flowValue(p: number, ln: number, parentIndent: number, sink?: ScriptItemSink, root = false): LightNode {
    this.fp = p;
    this.fln = ln;
    this.fParent = parentIndent;
    this.fDepth = 0;
    const node = this.src.charCodeAt(p) === 123 /* { */ ? this.flowMap(root ? sink : undefined) : this.flowSeq(sink);
    this.i = this.fln;
    node.r2 = this.lineTail(this.fp, this.fln);
    return node;
  }

  /**
   * Skips spaces and line breaks to the next token. Gives up on a comment, on the end of the text
   * (an unclosed collection), and on a line not indented past the block collection around, unless
   * it starts with the outermost collection's closing bracket at that column (the parser's rule).
   */
  private flowSpace(): void {
    const src = this.src;
    let p = this.fp;
    for (;;) {
      const lineEnd = this.ends[this.fln];
      while (p < lineEnd && src.charCodeAt(p) === 32) p++;
      if (p < lineEnd) break;
      if (++this.fln >= this.count) bail();
      const ind = this.indents[this.fln];
      p = this.starts[this.fln] + ind;
      if (p >= this.ends[this.fln]) continue; // a blank line
      if (ind <= this.fParent) {
        const c = src.charCodeAt(p);
        if (ind < this.fParent || this.fDepth !== 1 || (c !== 93 /* ] */ && c !== 125 /* } */)) bail();
      }
    }
    if (src.charCodeAt(p) === 35 /* # */) bail();
    this.fp = p;
  }

  private flowNode(sink?: ScriptItemSink): LightNode {
    const c = this.src.charCodeAt(this.fp);
    if (c === 123 /* { */) return this.flowMap(undefined);
    if (c === 91 /* [ */) return this.flowSeq(sink);
    if (c === 34 /* " */ || c === 39 /* ' */) return this.flowQuoted(true);
    return this.flowPlain();
  }

  /** A flow map at the cursor; `scriptSink` receives the items of its `scripts` list (the document's map). */
  private flowMap(scriptSink: ScriptItemSink | undefined): LightMap {
    const src = this.src;
    const m = new LightMap();
    m.r0 = this.fp++;
    this.fDepth++;
    let keys: Set<string> | undefined;
    for (;;) {
      this.flowSpace();
      let c = src.charCodeAt(this.fp);
      if (c === 125 /* } */) break;
      const key = c === 34 || c === 39 ? this.flowQuoted(false) : this.flowPlainKey();
      while (src.charCodeAt(this.fp) === 32) this.fp++;
      // the ':' on the key's line; after a plain key, followed by a space or the line's end
      if (src.charCodeAt(this.fp) !== 58 /* : */) bail();
      this.fp++;
      if (key.type === undefined && this.fp < this.ends[this.fln] && src.charCodeAt(this.fp) !== 32) bail();
      const name = key.value as string;
      let dup = false;
      if (keys) dup = keys.has(name);
      else for (let k = 0; k < m.items.length; k++) if (m.items[k].key.value === name) { dup = true; break; }
      if (dup) bail();
      if (keys) keys.add(name);
      else if (m.items.length >= 16) keys = new Set(m.items.map((pair) => pair.key.value as string)).add(name);
      this.flowSpace();
      c = src.charCodeAt(this.fp);
      if (c === 44 /* , */ || c === 125 /* } */ || c === 93 /* ] */) bail(); // an empty value
      const value = this.flowNode(scriptSink && name === 'scripts' ? scriptSink : undefined);
      m.items.push(new LightPair(key, value));
      this.flowSpace();
      c = src.charCodeAt(this.fp);
      if (c === 44) { this.fp++; continue; }
      if (c !== 125) bail();
      break;
    }
    this.fp++;
    this.fDepth--;
    m.r1 = m.r2 = this.fp;
    return m;
  }

  /** A flow sequence at the cursor; with `sink`, its items go there instead of into the node. */
  private flowSeq(sink?: ScriptItemSink): LightSeq {
    const src = this.src;
    const s = new LightSeq();
    s.flow = true;
    s.r0 = this.fp++;
    this.fDepth++;
    let count = 0;
    for (;;) {
      this.flowSpace();
      let c = src.charCodeAt(this.fp);
      if (c === 93 /* ] */) break;
      if (c === 44 /* , */ || c === 125 /* } */) bail();
      const item = this.flowNode();
      if (sink) sink(item as unknown as Document['contents'], count++); else s.items.push(item);
      this.flowSpace();
      c = src.charCodeAt(this.fp);
      if (c === 44) { this.fp++; continue; }
      if (c !== 93) bail(); // ':' (a pair in a sequence) or anything else
      break;
    }
    this.fp++;
    this.fDepth--;
    s.r1 = s.r2 = this.fp;
    return s;
  }

  /** A quoted scalar at the cursor, closed on its line: a value (with its source map) or a key (its string). */
  private flowQuoted(isValue: boolean): LightScalar {
    const p = this.fp;
    const k = this.quoteEnd(p, this.ends[this.fln]);
    const dq = this.src.charCodeAt(p) === 34;
    const type = dq ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
    if (dq) this.escapes(p, k);
    this.fp = k + 1;
    // (a scalar without escapes decodes to a slice, mapped lazily: a key keeps only its string)
    const m = decodeScalar(this.src, type, p, k + 1);
    return this.scalar(m.value, type, p, k + 1, k + 1, isValue ? m : undefined);
  }

  /** The end of a plain scalar on the cursor's line: the first flow indicator, ':' or '#', or the line's end. */
  private flowPlainEnd(p: number): number {
    const src = this.src;
    const lineEnd = this.ends[this.fln];
    let e = p;
    for (; e < lineEnd; e++) {
      const c = src.charCodeAt(e);
      if (c === 44 || c === 91 || c === 93 || c === 123 || c === 125 || c === 58 || c === 35) break;
    }
    return e;
  }

  /** A plain scalar value at the cursor: a string, or an integer as a block plain one would be. */
  private flowPlain(): LightScalar {
    const src = this.src;
    const p = this.fp;
    if (PLAIN_BAD_START.test(src[p])) bail();
    const e = this.flowPlainEnd(p);
    const c = src.charCodeAt(e);
    if (c === 58 /* : */ || c === 35 /* # */) bail();
    let ve = e;
    while (ve > p && src.charCodeAt(ve - 1) === 32) ve--;
    const raw = src.slice(p, ve);
    const value = plainValue(raw);
    this.fp = e;
    return this.scalar(value, 'PLAIN', p, ve, ve);
  }

  /** A plain key at the cursor, up to its ':' (left at the cursor). */
  private flowPlainKey(): LightScalar {
    const src = this.src;
    const p = this.fp;
    if (KEY_BAD_FIRST.has(src.charCodeAt(p))) bail();
    const e = this.flowPlainEnd(p);
    if (src.charCodeAt(e) !== 58 /* : */) bail();
    const name = keyText(src, p, e);
    if (!name || KEY_NOT_STRING.test(name)) bail();
    this.fp = p + name.length;
    return this.scalar(name, undefined, p, p + name.length, p + name.length);
  }
}

