/**
 * The server's JSON-RPC content encoder (stdio): the bytes are exactly those of
 * `Buffer.from(JSON.stringify(msg))`, the library default, but diagnostics (and the lists a
 * response declares with {@link cachedList}) are encoded once.
 *
 * A keystroke in a library of 5,000 scripts republishes thousands of diagnostics (1.6 MB of JSON
 * on the corpus library), and `JSON.stringify` + UTF-8 encoding of that message cost more than the
 * lint itself. The analysis reuses the Diagnostic objects of the scripts an edit did not touch, so
 * the encoder keeps each Diagnostic's UTF-8 bytes (a WeakMap: they go with the object) and a
 * message is assembled from them. A diagnostic that only moved to other lines (an edit above it
 * changed the line count) is registered with {@link movedDiagnostic}: its bytes are its new range
 * followed by the cached rest of the diagnostic it was moved from.
 *
 * Diagnostic objects must not be mutated once published (nothing in the server does: moves make new
 * objects). Lists are taken from `publishDiagnostics` params, full document diagnostic reports and
 * the full reports of a workspace diagnostic response.
 */
import type { ContentTypeEncoder, Message } from 'vscode-languageserver/node';

interface Rng { start: { line: number; character: number }; end: { line: number; character: number } }

const whole = new WeakMap<object, Buffer>();
/** Bytes after the range value (`,"severity":…}`), for diagnostics whose first key is `range`. */
const tails = new WeakMap<object, Buffer>();
/**
 * The diagnostic a moved one was made from, on the moved object itself (not enumerable: not
 * encoded, not copied by a spread, not compared by `deepStrictEqual`). A WeakMap of them took an
 * entry per moved diagnostic, a line break at 5,000 scripts 1,650 of them, each an ephemeron the
 * collector must trace.
 */
const FROM = Symbol('huashu.movedFrom');
const movedFrom = {
  get: (d: object): object | undefined => (d as { [FROM]?: object })[FROM],
  // (an object that cannot take it, frozen say, is encoded whole: the same bytes, made the slow way)
  set: (d: object, from: object): void => { if (Object.isExtensible(d)) Object.defineProperty(d, FROM, { value: from }); },
};

/** Lists shorter than this are encoded the plain way (nothing to gain). */
const MIN_LIST = 16;

/** A result list at most this long has the registered lists of its items' properties kept (`listsOf`). */
export const SHORT_RESULT = 64;

/** Declares that `moved` equals `from` in every property but `range` (same key order). */
export function movedDiagnostic<T extends object>(moved: T, from: object): T {
  movedFrom.set(moved, movedFrom.get(from) ?? from);
  return moved;
}

/** Whether `a` and `b` were declared equal in every property but `range` (moved from one diagnostic). */
export function sameButRange(a: object, b: object): boolean {
  return (movedFrom.get(a) ?? a) === (movedFrom.get(b) ?? b);
}

function rangeJson(r: Rng): string {
  return `{"start":{"line":${r.start.line},"character":${r.start.character}},"end":{"line":${r.end.line},"character":${r.end.character}}}`;
}

/**
 * Whether `o`'s own enumerable keys are exactly `a` then `b` (the order JSON.stringify writes
 * them in). Checked for every moved diagnostic: a `for…in` makes no array (`Object.keys` made
 * four per diagnostic, a third of what a line break allocated at 5,000 scripts).
 */
function keysAre(o: object, a: string, b: string): boolean {
  let i = 0;
  for (const k in o) {
    if (!Object.prototype.hasOwnProperty.call(o, k) || k !== (i === 0 ? a : i === 1 ? b : undefined)) return false;
    i++;
  }
  return i === 2;
}

/** Whether `d`'s first own key is `range`. */
function rangeFirst(d: object): boolean {
  for (const k in d) return k === 'range' && Object.prototype.hasOwnProperty.call(d, k);
  return false;
}

function isRange(r: unknown): r is Rng {
  const x = r as Rng;
  return !!x && typeof x === 'object' && !!x.start && !!x.end && typeof x.start === 'object' && typeof x.end === 'object'
    && Number.isInteger(x.start.line) && Number.isInteger(x.start.character) && Number.isInteger(x.end.line) && Number.isInteger(x.end.character)
    && keysAre(x, 'start', 'end') && keysAre(x.start, 'line', 'character') && keysAre(x.end, 'line', 'character');
}

function tailOf(d: object): Buffer | undefined {
  let t = tails.get(d);
  if (t) return t;
  const range = (d as { range?: unknown }).range;
  if (!rangeFirst(d) || !isRange(range)) return undefined;
  const s = JSON.stringify(d);
  const head = `{"range":${rangeJson(range)}`;
  if (!s.startsWith(head)) return undefined;
  t = Buffer.from(s.slice(head.length), 'utf8');
  tails.set(d, t);
  return t;
}

/**
 * A moved diagnostic's JSON up to the end of its range (ASCII), for the cached bytes after it
 * (`tailOf` its origin); undefined if it is not one.
 */
function movedHead(d: object): { head: string; tail: Buffer } | undefined {
  const from = movedFrom.get(d);
  if (!from) return undefined;
  const range = (d as { range?: unknown }).range;
  const tail = rangeFirst(d) && isRange(range) ? tailOf(from) : undefined;
  return tail ? { head: `{"range":${rangeJson(range as Rng)}`, tail } : undefined;
}

function encodeItem(d: unknown): Buffer {
  if (d === null || typeof d !== 'object') return Buffer.from(JSON.stringify(d) ?? 'null', 'utf8');
  let b = whole.get(d);
  if (b) return b;
  const moved = movedHead(d);
  b = moved ? Buffer.concat([Buffer.from(moved.head, 'latin1'), moved.tail]) : Buffer.from(JSON.stringify(d), 'utf8');
  whole.set(d, b);
  return b;
}

/**
 * Whether two lists of diagnostics (or other values) encode to the same bytes, item by item: the
 * same objects, or objects whose cached encodings are equal. The analysis reuses the objects of
 * the scripts an edit did not touch, so comparing a keystroke's list with the last one encodes
 * only the edited script's new items (bytes the encoder would make anyway to send them).
 */
export function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !encodeItem(a[i]).equals(encodeItem(b[i]))) return false;
  return true;
}

/** Lists declared with {@link cachedList}. */
const registered = new WeakSet<object>();

/**
 * Declares a response's list of values that are never mutated once made (the per-script values
 * of an analysis, reused from version to version): the encoder keeps each item's bytes, as it
 * does for diagnostics. Returns the list.
 */
export function cachedList<T extends object>(list: T[]): T[] {
  registered.add(list);
  return list;
}

/** Registered lists held by `o`'s own properties. */
function registeredIn(o: Record<string, unknown>, out: [Record<string, unknown>, string][]): void {
  for (const k of Object.keys(o)) { const v = o[k]; if (v && typeof v === 'object' && registered.has(v)) out.push([o, k]); }
}

/**
 * Where a message carries lists whose items' bytes are kept: [object holding the list, its key].
 * Diagnostics lists (publishDiagnostics, full document and workspace reports) and registered
 * lists: a response's result, a property of it, or a property of an item of a short result
 * (the children of document symbols' groups).
 */
function listsOf(msg: Message): [Record<string, unknown>, string][] {
  const out: [Record<string, unknown>, string][] = [];
  const m = msg as { method?: string; params?: Record<string, unknown>; result?: Record<string, unknown> };
  if (m.method === 'textDocument/publishDiagnostics' && m.params && Array.isArray(m.params.diagnostics)) out.push([m.params, 'diagnostics']);
  const r = m.result;
  if (r && typeof r === 'object' && Array.isArray(r.items)) {
    if (r.kind === 'full') out.push([r, 'items']);
    else if (r.kind === undefined) for (const rep of r.items as Record<string, unknown>[]) if (rep && typeof rep === 'object' && rep.kind === 'full' && Array.isArray(rep.items)) out.push([rep, 'items']);
  } else if (m.method === undefined && r && typeof r === 'object') {
    if (registered.has(r)) out.push([m as Record<string, unknown>, 'result']);
    else if (!Array.isArray(r)) registeredIn(r, out);
    else if (r.length <= SHORT_RESULT) for (const x of r as unknown[]) if (x && typeof x === 'object' && !Array.isArray(x)) registeredIn(x as Record<string, unknown>, out);
  }
  return out.filter(([o, k]) => (o[k] as unknown[]).length >= MIN_LIST);
}

const mark = (i: number): string => `\u0000huashu-list-${i}\u0000`;

/**
 * A list encoded earlier: its items, the bytes of the items joined by commas, and where each
 * starts (found in the bytes when first asked, for a list encoded whole: see {@link startsOf}).
 */
interface Encoded { items: readonly unknown[]; body: Buffer; starts: Uint32Array | undefined }

/**
 * Where each item of a list encoded whole starts in its body: after each comma outside strings at
 * the list's own depth. JSON's structural characters are ASCII and every byte of a multi-byte
 * UTF-8 character is 0x80 or above, so the bytes are read one by one.
 */
function startsOf(e: Encoded): Uint32Array {
  if (e.starts) return e.starts;
  const b = e.body;
  const n = e.items.length;
  const starts = new Uint32Array(n);
  let k = 1;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (inString) {
      if (c === 92 /* \\ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) depth++;
    else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
    else if (c === 44 /* , */ && depth === 0) starts[k++] = i + 1;
  }
  if (n && k !== n) {
    // never expected of JSON.stringify's output: measure the items one by one instead
    let at = 0;
    for (let j = 0; j < n; j++) { starts[j] = at; at += encodeItem(e.items[j]).length + 1; }
  }
  return (e.starts = starts);
}

/**
 * Whether any item's bytes are cached: encoded before, or moved from a diagnostic whose bytes
 * after the range are (a moved one whose original was never encoded costs as much either way).
 */
function anyKnown(items: readonly unknown[]): boolean {
  for (let i = 0; i < items.length; i++) {
    const d = items[i];
    if (d === null || typeof d !== 'object') continue;
    if (whole.has(d)) return true;
    const from = movedFrom.get(d);
    if (from && tails.has(from)) return true;
  }
  return false;
}

/**
 * The last lists encoded (a few documents' worth). A new list that shares a run of leading and
 * trailing items (the same objects) with one of them copies those bytes in two pieces instead of
 * assembling thousands of small buffers: a keystroke changes the diagnostics of one script.
 */
const recent: Encoded[] = [];
const RECENT = 8;
/**
 * At most this many bytes of bodies kept (a list larger than this is not kept at all). A document
 * the whole parser reads is linted in full at every version, with new objects: its lists share
 * nothing with earlier ones, and keeping a 60 MB body and its 120,000 items only made the next
 * lint collect garbage near the heap's limit.
 */
const RECENT_BYTES = 16 * 1024 * 1024;
const COMMA = Buffer.from(',');

/** The pieces of a list's body; `keep` records the body (a view into the message) for later splicing. */
function encodeList(items: readonly unknown[]): { parts: Buffer[]; length: number; keep(body: Buffer): void } {
  const n = items.length;
  let best: Encoded | undefined;
  let bestP = 0;
  let bestS = 0;
  for (const r of recent) {
    const m = r.items.length;
    if (!m || (r.items[0] !== items[0] && r.items[m - 1] !== items[n - 1])) continue;
    let p = 0;
    const max = Math.min(m, n);
    while (p < max && r.items[p] === items[p]) p++;
    let q = 0;
    while (q < max - p && r.items[m - 1 - q] === items[n - 1 - q]) q++;
    if (p + q > bestP + bestS) { best = r; bestP = p; bestS = q; }
  }
  const keepList = (body: Buffer, starts: Uint32Array | undefined): void => {
    const i = best ? recent.indexOf(best) : -1;
    if (i >= 0) recent.splice(i, 1);
    if (body.length > RECENT_BYTES) return;
    recent.unshift({ items: [...items], body, starts });
    let bytes = 0;
    for (let j = 0; j < recent.length; j++) {
      bytes += recent[j].body.length;
      if (j >= RECENT || bytes > RECENT_BYTES) { recent.length = j; break; }
    }
  };
  if (!best && !anyKnown(items)) {
    // nothing to reuse (a document's first report, a closed file's): one JSON.stringify, as the
    // library would make, instead of a buffer per item (the language server's first report at
    // 1,000 scripts, cold: 7.5 ms item by item); each item's start in it is found only if a
    // later list splices this one
    const all = Buffer.from(JSON.stringify(items), 'utf8');
    const body = all.subarray(1, all.length - 1);
    return { parts: [body], length: body.length, keep: (b) => keepList(b, undefined) };
  }
  const parts: Buffer[] = [];
  const starts = new Uint32Array(n);
  let length = 0;
  const push = (b: Buffer): void => { parts.push(b); length += b.length; };
  let k = 0;
  if (best && bestP) {
    const bestStarts = startsOf(best);
    const end = bestP < best.items.length ? bestStarts[bestP] - 1 : best.body.length;
    push(best.body.subarray(0, end));
    starts.set(bestStarts.subarray(0, bestP));
    k = bestP;
  }
  for (; k < n - bestS; k++) {
    if (k) push(COMMA);
    starts[k] = length;
    // a moved diagnostic not encoded before (after a line break, every later one): its range and
    // the bytes after it in two pieces, nothing kept for it (the next list splices this one's
    // body; a Buffer per diagnostic, kept with it, was a good part of what a push client's line
    // break left for the collector)
    const d = items[k];
    const moved = d !== null && typeof d === 'object' && !whole.has(d) ? movedHead(d) : undefined;
    if (moved) { push(Buffer.from(moved.head, 'latin1')); push(moved.tail); } else push(encodeItem(d));
  }
  if (best && bestS) {
    const m = best.items.length;
    const bestStarts = startsOf(best);
    const from = bestStarts[m - bestS];
    if (k) push(COMMA);
    const shift = length - from;
    for (let j = 0; j < bestS; j++) starts[k + j] = bestStarts[m - bestS + j] + shift;
    push(best.body.subarray(from));
  }
  return { parts, length, keep: (body) => keepList(body, starts) };
}

/** Encodes a message; diagnostics lists from the per-object cache. */
export function encodeMessage(msg: Message): Buffer {
  const lists = listsOf(msg);
  if (!lists.length) return Buffer.from(JSON.stringify(msg), 'utf8');
  // stringify with each list replaced by a marker string (the holders are swapped for copies, so
  // the caller's objects are not touched), then splice the lists' bytes in at the markers
  const swap = new Map<object, Record<string, unknown>>();
  lists.forEach(([holder, key], i) => swap.set(holder, { ...holder, [key]: mark(i) }));
  const text = JSON.stringify(msg, (_k, v: unknown) => (v && typeof v === 'object' && swap.has(v) ? swap.get(v) : v));
  const parts: Buffer[] = [];
  let size = 0;
  const add = (b: Buffer): void => { parts.push(b); size += b.length; };
  const bodies: { at: number; length: number; keep(body: Buffer): void }[] = [];
  let at = 0;
  for (let i = 0; i < lists.length; i++) {
    const m = JSON.stringify(mark(i));
    const p = text.indexOf(m, at);
    if (p < 0) return Buffer.from(JSON.stringify(msg), 'utf8');
    add(Buffer.from(`${text.slice(at, p)}[`, 'utf8'));
    const [holder, key] = lists[i];
    const list = encodeList(holder[key] as unknown[]);
    bodies.push({ at: size, length: list.length, keep: list.keep });
    for (const b of list.parts) add(b);
    add(Buffer.from(']'));
    at = p + m.length;
  }
  add(Buffer.from(text.slice(at), 'utf8'));
  // one copy of the bytes; each list's body is kept as a view into the message
  const out = Buffer.concat(parts, size);
  for (const b of bodies) b.keep(out.subarray(b.at, b.at + b.length));
  return out;
}

/** Forgets the lists kept for splicing (tests). */
export function clearEncoderLists(): void { recent.length = 0; }

/** How many lists are kept for splicing, and their bytes (tests). */
export function keptLists(): { lists: number; bytes: number } {
  return { lists: recent.length, bytes: recent.reduce((n, r) => n + r.body.length, 0) };
}

export const cachingJsonEncoder: ContentTypeEncoder = {
  name: 'application/json',
  encode: (msg: Message, options: { charset: string }): Promise<Uint8Array> => {
    try {
      return Promise.resolve(options.charset === 'utf-8' || options.charset === 'utf8' ? encodeMessage(msg) : Buffer.from(JSON.stringify(msg), options.charset as BufferEncoding));
    } catch (e) {
      return Promise.reject(e);
    }
  },
};
