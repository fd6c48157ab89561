/**
 * Per-document analysis with an incremental path. A library is split by its layout into the
 * header (everything up to the top-level `scripts:` line) and one chunk per `scripts:` item.
 * Each chunk is linted as a small synthetic library (header + chunk) and its results are cached
 * by the chunk's text, chunk-relative (offsets from the chunk's start, lines from its first line),
 * so a keystroke re-lints only the script it touches, and the scripts after it only move: their
 * findings, scripts and diagnostics are shifted when asked for (diagnostics are cached per item and
 * rebuilt only when the item's first line moved). The edit's range (from the client's incremental
 * didChange, or found by comparing texts) tells which items to re-read; the rest of the split is
 * kept. A chunk whose script's end depends on what follows it (comments after its last value,
 * say) is linted with the next item's leading lines and dash line after it. Region and file
 * directives, which act beyond their chunk, are settled across the items by the directive pass.
 * A chunk with a YAML error of its own is linted with the next item's leading lines and a probe
 * item after it, and taken when the error stays in it. A chunk's entry notes which of the header's
 * fields its lint read (the shop, the variables' names): an edit in the header lints again only the
 * items that read a field that changed (`readHeader`), and a YAML error that stays in the header
 * has the items linted after a header of the same fields without it. Whenever the layout is not
 * the plain block layout, or something could make an item's findings depend on other items in
 * another way (a YAML error that runs past the header or its chunk and cannot be merged with the
 * chunks it runs into, a file directive in an item), the whole document is linted instead. Library-scope
 * rules run on a model merged from the items. Both paths give the same findings (tests edit
 * randomly and compare).
 */
import {
  ALL_RULES, EffectiveConfig, Finding, LineIndex, LintResult, RuleModule, Script, ScriptResult, Severity, lintLibrary, lintText, rubricOf, severityOf, stripBom,
} from './index';
import type { TextSlices } from './index';
import type { ExternalIds, Library, Turn } from './index';
// not part of the engine's public index: the same scoring the engine applies per script
import { scoreScript } from './score';
import { compareFindings, parseForLint, samePlace, shiftFinding, unusedDirectiveFindings, whereDefined, READS_ANY, READS_SHOP, READS_VARIABLES, ScriptMemo } from './lint';
import { closingEnables, covers, type Directive } from './directives';
import { SpanList } from './parse/span-list';
import { hasNonPrintable } from './parse/library';
import { lastAtOrBefore } from './line-index';
import { FlowAnalysis, type SpliceContext } from './flow-splice';
import { DiagView, moveDiag, type MakeMoved } from './diag-view';

/**
 * A document's script ids in script order, with the line of each script's `id` key: compared
 * with the previous version's element by element (no map made while typing), and turned into an
 * id → first line map only when another file asks (the workspace index's `idMapOf`).
 */
export interface IdList { ids: readonly (string | undefined)[]; lines: Int32Array }

/**
 * The id list of an analysis as the list of an earlier one (`from`, its `idKey`) with the lines of
 * the scripts from index `shift.from` on moved by `shift.by` (a line break typed above them), then
 * the entries at `at` (ascending script indices) set to `ids` and `lines`: a keystroke in an id or
 * a line break in a library of 30,000 scripts changes one entry or moves the lines of those
 * after it, and making and comparing the whole list took 2 ms of such a keystroke.
 */
export interface IdPatch {
  from: number;
  shift?: { from: number; by: number };
  at: readonly number[];
  ids: readonly (string | undefined)[];
  lines: readonly number[];
}

/**
 * The last `idKey` given, shared by every analyzer of the process: an analyzer made again (after a
 * crash) must not give a key an earlier one gave, which a holder of that key would take for the
 * same ids.
 */
let lastIdKey = 0;
/** A new `idKey`. */
export function nextIdKey(): number { return ++lastIdKey; }

/**
 * Told that `moved` is `from` with only its range changed (the server's JSON encoder reuses the
 * bytes of `from`); the default does nothing.
 */
export type MovedHook = <D extends object>(moved: D, from: object) => D;
const notMoved: MovedHook = (moved) => moved;

export interface Part {
  /** A lint result whose offsets are "synthetic": file offset = synthetic offset + delta. */
  result: LintResult;
  delta: number;
  /** File range this part covers. */
  start: number;
  end: number;
  /** For an item part: index of its script in result.library.scripts; absent for header/full parts. */
  scriptIndex?: number;
}

/** What the features need of a line index (the engine's LineIndex or an incrementally built one). */
export interface Lines {
  readonly lineCount: number;
  lineStart(line: number): number;
  lineEnd(line: number): number;
  lineOf(offset: number): number;
  positionAt(offset: number): { line: number; character: number };
  offsetAt(pos: { line: number; character: number }): number;
}

export interface Analysis {
  /** Text without BOM; every offset below refers to it. */
  readonly text: string;
  hadBom: boolean;
  lines: Lines;
  findings: Finding[];
  scripts: ScriptResult[];
  score: number;
  ruleErrors: { ruleId: string; error: string }[];
  /** The header's lint result (variables, platform, shop, top-level key spans). */
  header: LintResult;
  parts: Part[];
  mode: 'full' | 'incremental';
  /**
   * Incremental analyses: the diagnostics made by `make`, in the order of `findings`, reusing those
   * of items that did not change (`make` must be a pure function of the finding and positions).
   */
  diagnosticsWith?<D extends Diag>(make: (f: Finding, at: Positioner) => D, moved?: MovedHook): D[];
  /**
   * Incremental analyses: the same diagnostics as a view whose moved ones are made when read
   * (see {@link DiagView}); `diagnosticsWith` is its `all()`.
   */
  diagnosticView?<D extends Diag>(make: (f: Finding, at: Positioner) => D, moved?: MovedHook): DiagView<D>;
  /** Incremental analyses: findings per severity (without materializing `findings`). */
  counts?: Counts;
  /** Incremental analyses: changes whenever the script ids or the line count may have changed. */
  idKey?: number;
  /** Incremental analyses: each script's id and the line of its `id` key, in script order. */
  idList?(): IdList;
  /** Incremental analyses, after a keystroke that changed a few scripts' ids: `idList()` as a patch of an earlier one's. */
  idPatch?: IdPatch;
  /**
   * Incremental analyses: one value per script (in `scripts` order), made in the script's own
   * chunk and moved to its lines; kept per item, so after an edit only the edited script's value
   * is made again and the others are reused (or moved, when lines were added or removed above).
   */
  perScript?<T>(feature: ScriptFeature<T>): T[];
  /**
   * Incremental analyses: what `perScript` gives before moving: each script's value as made in
   * its chunk (the same object while the chunk and the script's place do not change) and the
   * lines to move it down by. A caller that compares versions moves only what it sends.
   */
  perScriptUnmoved?<T>(feature: ScriptFeature<T>): { made: T[]; lines: ArrayLike<number> };
  /**
   * Incremental analyses: the findings (file offsets, in `findings` order) of the header and of
   * the items that overlap [start, end]: every finding that touches that range is among them.
   */
  findingsNear?(start: number, end: number): Finding[];
  /** Incremental analyses: whether some finding satisfies `p` (which must not read offsets). */
  someFinding?(p: (f: Finding) => boolean): boolean;
  /** Incremental analyses: the text as slices (`text` joins them, once per version, when read). */
  readonly source?: TextSlices;
  /**
   * Incremental analyses: whether the text contains `needle`, from the header's and the items'
   * texts without joining them (so `needle` must not hold a line break, except one at its end).
   */
  textIncludes?(needle: string): boolean;
}

/** `a.text.slice(start, end)`, without joining an incremental analysis's text. */
export function textSlice(a: Analysis, start: number, end: number): string { return (a.source ?? a.text).slice(start, end); }

/** `a.text.includes(needle)` (see {@link Analysis.textIncludes} for what `needle` may be). */
export function textIncludes(a: Analysis, needle: string): boolean { return a.textIncludes ? a.textIncludes(needle) : a.text.includes(needle); }

/** The length of `a.text`. */
export function textLength(a: Analysis): number { return (a.source ?? a.text).length; }

/**
 * One script as a language feature reads it. Offsets of `result` and `text` are the view's; a
 * model offset + `delta` is a view offset; `pos` and `lineOf` give the view's positions. For an
 * item of an incremental analysis the view is its chunk (line 0 = the item's first line, which
 * `move` then adds); for a full analysis it is the whole document.
 */
export interface ScriptView {
  readonly index: number;
  readonly result: ScriptResult;
  readonly model: Script | undefined;
  readonly delta: number;
  readonly text: string;
  pos(offset: number): Pos;
  lineOf(offset: number): number;
}

/**
 * A per-script value of a language feature: `make` must be a pure function of the view, and
 * `move` must give what `make` gives for the same script `lines` lines further down (no mutation:
 * values are shared between analyses). The feature object identifies the cache.
 */
export interface ScriptFeature<T> { make(v: ScriptView): T; move(value: T, lines: number): T }

export interface Counts { error: number; warning: number; info: number }
export interface Pos { line: number; character: number }
/** What a diagnostic needs: a range (the rest is copied when it moves). */
export interface Diag { range: { start: Pos; end: Pos } }
/** Offsets → positions, as the features' converters take them. */
export interface Positioner { lines: { positionAt(offset: number): Pos; offsetAt(pos: Pos): number }; hadBom: boolean }

/**
 * What changed since the text given to the previous `analyze` call, in offsets of the input (BOM
 * included): the previous text had [start, oldEnd) where this one has [start, newEnd), the rest is
 * equal. A range wider than the change is fine; a wrong one gives wrong results.
 */
export interface Edit { start: number; oldEnd: number; newEnd: number }

export interface AnalyzeOptions {
  config: EffectiveConfig;
  externalIds?: ExternalIds;
  /** Lint incrementally when possible (default true). */
  incremental?: boolean;
  /** The edit since the previous call (optional: without it the texts are compared). */
  edit?: Edit;
}

export interface Chunk { start: number; end: number }
export interface Split { headerEnd: number; itemIndent: number; chunks: Chunk[] }

const SP = 32;
const TAB = 9;
const HASH = 35;
const DASH = 45;
const CR = 13;
const LF = 10;

/**
 * Splits a library in the block layout: header, then the items of the top-level `scripts:` list
 * at one fixed indentation. Comment lines (no deeper than the items) right before an item belong
 * to that item, so a `huashu-disable-next-line` stays with the line it governs. Undefined when the
 * text is not in that layout (flow style, keys after `scripts`, lone CRs…).
 */
export function splitLibrary(text: string): Split | undefined {
  if (text.indexOf('\r') >= 0 && /\r(?!\n)/.test(text)) return undefined;
  const n = text.length;
  const headerEnd = headerEndOf(text);
  if (headerEnd < 0) return undefined;
  const scan = scanItems(text, headerEnd, n, -1);
  if (!scan || scan.starts.length === 0) return undefined;
  const starts = scan.starts;
  const chunks: Chunk[] = starts.map((st, k) => ({ start: st, end: k + 1 < starts.length ? starts[k + 1] : n }));
  return { headerEnd, itemIndent: scan.itemIndent, chunks };
}

/** Where the header ends: after the first line that is the top-level `scripts:` key; -1 when none is. */
function headerEndOf(text: string): number {
  const n = text.length;
  let ls = 0;
  while (ls < n) {
    let e = text.indexOf('\n', ls);
    if (e < 0) e = n;
    const next = e < n ? e + 1 : n;
    let le = e;
    if (le > ls && text.charCodeAt(le - 1) === CR) le--;
    if (text.startsWith('scripts:', ls) && /^[ \t]*(#.*)?$/.test(text.slice(ls + 8, le))) return next;
    ls = next;
  }
  return -1;
}

/**
 * Item starts in [from, to) of the scripts region (`from` is a line start that begins the first
 * item, or the end of the header). Undefined when a line does not fit the layout.
 */
function scanItems(text: string, from: number, to: number, indentIn: number): { starts: number[]; itemIndent: number; pending: boolean } | undefined {
  let itemIndent = indentIn;
  let pending = -1;
  const starts: number[] = [];
  let ls = from;
  while (ls < to) {
    let e = text.indexOf('\n', ls);
    if (e < 0 || e >= to) e = to;
    const next = e < to ? e + 1 : to;
    let le = e;
    if (le > ls && text.charCodeAt(le - 1) === CR) le--;
    let i = ls;
    while (i < le && text.charCodeAt(i) === SP) i++;
    const indent = i - ls;
    let j = i;
    while (j < le && (text.charCodeAt(j) === SP || text.charCodeAt(j) === TAB)) j++;
    if (j < le) {
      const c = text.charCodeAt(i);
      if (c === TAB) return undefined;
      if (c === HASH) {
        if (pending < 0 && (itemIndent < 0 || indent <= itemIndent + 1)) pending = ls;
      } else if (c === DASH && (itemIndent < 0 || indent === itemIndent) && (i + 1 >= le || text.charCodeAt(i + 1) === SP || text.charCodeAt(i + 1) === TAB)) {
        if (itemIndent < 0) itemIndent = indent;
        starts.push(starts.length === 0 ? from : pending >= 0 ? pending : ls);
        pending = -1;
      } else if (itemIndent >= 0 && indent > itemIndent) {
        pending = -1;
      } else {
        return undefined; // a key after `scripts`, a document marker, or an unexpected layout
      }
    }
    ls = next;
    if (e >= to) break;
  }
  return { starts, itemIndent, pending: pending >= 0 };
}

/** A directive that suppresses from where it stands to the end of a text linted alone. */
const OPENS_REGION = /huashu-disable(?!-next-line)/;

function lastSignificantEnd(text: string, c: Chunk): number {
  let end = c.end;
  while (end > c.start) {
    let ls = end >= 2 ? text.lastIndexOf('\n', end - 2) + 1 : 0; // (lastIndexOf reads a negative start as 0)
    if (ls < c.start) ls = c.start;
    const line = text.slice(ls, end);
    if (!/^\s*(#.*)?\s*$/.test(line)) return end;
    end = ls;
  }
  return c.start;
}


/** Whether a chunk has a directive that would act on a chunk linted after it. */
function reachesOut(key: string): boolean {
  return OPENS_REGION.test(key) || governsNext(key);
}

/**
 * Whether a chunk has a directive after its last significant line, or a next-line directive at
 * the end of that line: it governs the next chunk's first lines (found by inserting directives at
 * every line of the samples).
 */
function governsNext(key: string): boolean {
  const at = key.lastIndexOf('huashu-');
  if (at < 0) return false;
  const end = lastSignificantEnd(key, { start: 0, end: key.length });
  return end < at || key.indexOf('huashu-disable-next-line', lastLineStart(key, end)) >= 0;
}

/** Where a chunk's last significant (not blank, not comment) line starts (`end`: where it ends). */
function lastLineStart(key: string, end = lastSignificantEnd(key, { start: 0, end: key.length })): number {
  return end >= 2 ? key.lastIndexOf('\n', end - 2) + 1 : 0;
}

/**
 * Does this chunk text make another item's findings depend on it in a way the directive pass
 * does not settle? A file directive in an item governs the header too: the document is linted
 * whole. (Regions, and next-line directives that govern the next item's first line, are the
 * directive pass's.)
 */
function chunkHazard(key: string): boolean {
  return key.includes('huashu-disable-file');
}

/**
 * What a chunk's layout tells about its script's end, which the `yaml` parser places by what
 * follows the script: a chunk linted alone has the end of the text after it, the whole document
 * the next item (found by editing libraries at random and by tables of comment columns,
 * test/lsp/incremental.test.ts). Comment lines between two scripts are split between their chunks
 * (from the first comment at most one column deeper than the items on, they go with the next one).
 * - `tail`: the chunk alone cannot tell its script's end: comment lines after its last value
 *   (the script's span goes over them to the next item's dash; where a nested sequence or an
 *   empty value ends depends on their columns), an empty last value with a comment on its line
 *   or right before it, or an explicit key (`? x`) anywhere, whose empty value ends at the next
 *   token. Such a
 *   chunk is linted with the next item's leading lines and dash line after it, as in the
 *   document (`lintWithNext`), unless it is the last.
 * - `leadDeep`: a deeper comment after the first of its leading ones: where the previous script
 *   ends depends on it (that one is linted with this chunk's leading comments after it).
 * - `emptyTail`: its last content line is a key or a dash with an empty value (`reply:`,
 *   `- # x`): the same as `tail` when the next chunk begins with a comment (`leadComment`).
 */
interface ChunkLayout { leadDeep: boolean; tail: boolean; emptyTail: boolean; leadComment: boolean }

/** A line that starts with an explicit key's `?` (after its indentation, or a dash). */
const EXPLICIT_KEY = /^ *(?:- +)*\?(?: |\r?$)/m;

function layoutOf(key: string): ChunkLayout {
  // leading comment lines, up to the item's dash (the first content line)
  const leading: number[] = [];
  let item = -1;
  let ls = 0;
  while (ls < key.length && item < 0) {
    let e = key.indexOf('\n', ls);
    if (e < 0) e = key.length;
    const col = indentAt(key, ls, e);
    const c = ls + col < e ? key.charCodeAt(ls + col) : LF;
    if (c === HASH) leading.push(col);
    else if (c !== LF && c !== CR) item = col;
    ls = e + 1;
  }
  const layout: ChunkLayout = { leadDeep: false, tail: false, emptyTail: false, leadComment: leading.length > 0 };
  if (item < 0) return layout;
  for (let k = 1; k < leading.length; k++) if (leading[k] >= item + 2) layout.leadDeep = true;
  // trailing comment lines, from the end back to the last content line
  const trailing: number[] = [];
  for (let e = key.length; e > 0;) {
    const s0 = e >= 2 ? key.lastIndexOf('\n', e - 2) + 1 : 0; // (lastIndexOf reads a negative start as 0)
    const col = indentAt(key, s0, e);
    const c = s0 + col < e ? key.charCodeAt(s0 + col) : LF;
    if (c === HASH) trailing.push(col);
    else if (c !== LF && c !== CR) {
      const empty = emptyValueAt(key, s0 + col, e);
      if (empty) {
        layout.emptyTail = true;
        if (empty === 2 || trailing.length || commentBefore(key, s0)) layout.tail = true;
      }
      break;
    }
    e = s0;
  }
  // (a script's span ends where the next one starts, over its trailing comments: alone, before them)
  if (trailing.length) layout.tail = true;
  // an explicit key (`? x`, rare) may leave its value empty, which the parser ends at the next token
  if (EXPLICIT_KEY.test(key)) layout.tail = true;
  return layout;
}

/**
 * Whether the content line from `at` (its first non-space) to `end` ends in an empty value: a
 * key's colon or a dash with nothing after it (1), or with only a comment (2); else 0. A line
 * that is a block scalar's content is not told apart (a conservative answer), nor one with a quote
 * before its last colon (a quoted key, `"reply":`, whose value may be empty, or a ` #` inside
 * quotes): 2, so that its chunk is linted with what follows it (a script re-read alone ended
 * before the comment lines after `"reply":`, where a full lint ends it at the next script; found
 * by random edits of libraries with directives and duplicated ids).
 */
function emptyValueAt(text: string, at: number, end: number): number {
  let e = end;
  while (e > at && (text.charCodeAt(e - 1) === CR || text.charCodeAt(e - 1) === LF)) e--;
  // the first " #" starts a comment, unless a quote comes before it (then the line is not
  // judged empty); native searches, as this runs on the last line of every chunk linted
  let hash = text.indexOf(' #', at);
  hash = hash >= 0 && hash < e ? hash + 1 : -1;
  let v = hash >= 0 ? hash : e;
  while (v > at && text.charCodeAt(v - 1) === SP) v--;
  if (v <= at) return 0;
  const last = text.charCodeAt(v - 1);
  if (last !== 58 /* : */ && !(last === DASH && v - 1 === at)) return 0;
  const q1 = text.indexOf('"', at);
  const q2 = text.indexOf("'", at);
  if ((q1 >= 0 && q1 < v) || (q2 >= 0 && q2 < v)) return 2;
  return hash >= 0 ? 2 : 1;
}

/**
 * Whether a comment line comes right before the line at `ls` (blank lines between): the parser
 * ends a sequence's empty last item after one at the next token (fast-scan.ts, collectionEnd).
 */
function commentBefore(key: string, ls: number): boolean {
  for (let e = ls; e > 0;) {
    const s0 = e >= 2 ? key.lastIndexOf('\n', e - 2) + 1 : 0;
    const col = indentAt(key, s0, e);
    const c = s0 + col < e ? key.charCodeAt(s0 + col) : LF;
    if (c === HASH) return true;
    if (c !== LF && c !== CR) return false;
    e = s0;
  }
  return false;
}

/** The number of spaces at the start of the line [start, end). */
function indentAt(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && text.charCodeAt(i) === SP) i++;
  return i - start;
}

/** Does the text hold a CR not followed by LF in [from, to)? */
function loneCr(text: string, from: number, to: number): boolean {
  for (let i = text.indexOf('\r', from); i >= 0 && i < to; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== LF) return true;
  return false;
}


export function countsOf(fs: readonly Finding[], into: Counts = { error: 0, warning: 0, info: 0 }): Counts {
  for (const f of fs) into[f.severity]++;
  return into;
}

/**
 * Sums over items of what their entries hold, library rules left out: scores, finding counts,
 * findings, and how many were linted with rule errors. A keystroke's analysis derives them from the
 * previous one's (minus the items it re-read, plus their new ones) instead of visiting every item:
 * at 30,000 scripts those visits were a fifth of a keystroke's time at the server.
 */
interface Totals { score: number; error: number; warning: number; info: number; findings: number; withErrors: number }

/**
 * An analysis's diagnostics as last made (by one maker and move hook), with where each item's
 * diagnostics start in the list (`starts[k]`; `starts[n]` is the list's length).
 */
interface DiagList {
  make: unknown;
  moved: unknown;
  /** The diagnostics `make` made (of its own type: `any` here). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  out: DiagView<any>;
  /** Where each item's diagnostics start in `out` (its header's before the first). */
  starts: Int32Array;
  /** Indices with library-rule findings (-1: the header). */
  libKeys: number[];
}

/**
 * What the next analysis may take from this one's diagnostics: the list, and the items [lo, hi)
 * that replaced this one's [lo, prevHi) (the others are the same items, the later ones shifted by
 * the edit's lines). A keystroke in a reply of a 30,000-script library made a list of 18,000
 * diagnostics by visiting every item; now it copies the runs before and after the edited script.
 */
interface DiagReuse { from: DiagList; lo: number; hi: number; prevHi: number; prevLines: Int32Array; /** The header changed: its diagnostics are made again. */ head: boolean }

/** Adds (`sign` 1) or takes away (-1) items' entries to `t`. */
function addTotals(t: Totals, items: readonly Item[], from: number, to: number, sign: 1 | -1): Totals {
  for (let k = from; k < to; k++) {
    const e = items[k].entry;
    t.score += sign * e.script.card.score;
    t.error += sign * e.counts.error;
    t.warning += sign * e.counts.warning;
    t.info += sign * e.counts.info;
    t.findings += sign * e.findings.length;
    if (e.result.ruleErrors.length) t.withErrors += sign;
  }
  return t;
}

/** A list of diagnostics being made: the objects, and the lines each moved since it was made (made when one did). */
interface DiagOut<D> { made: D[]; lines: Int32Array | undefined }

/**
 * How a view's moved entries are made (see {@link DiagView}): an item's at once, from the
 * objects its cache holds when the view took them (its diagnostics' last list); the item keeps
 * the moved ones as its list for their line, so that the next version, and the one after a
 * push of every diagnostic, reuses them (and the encoder their bytes).
 */
function makeMovedOf<D extends Diag>(items: readonly Item[], starts: Int32Array, make: unknown, moved: MovedHook): MakeMoved<D> {
  return (view, i) => {
    // the item whose diagnostics hold entry i: the last k with starts[k] <= i (an entry before
    // starts[0] is the header's, which never moves)
    let lo = 0;
    let hi = items.length - 1;
    if (i < starts[0]) return;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= i) lo = mid; else hi = mid - 1;
    }
    const a = starts[lo];
    const b = starts[lo + 1];
    const lines = view.linesAt(i);
    const c = items[lo].diags;
    if (!c || c.make !== make || c.list.length !== b - a) return;
    for (let q = 0; q < c.list.length; q++) if (c.list[q] !== view.madeAt(a + q) || view.linesAt(a + q) !== lines) return;
    const list = movedDiags(c.list as D[], lines, moved);
    for (let q = 0; q < list.length; q++) view.put(a + q, list[q]);
    items[lo].diags = { line: c.line + lines, make, list };
  };
}

/** An entry's findings as diagnostics in its chunk's lines. */
function madeDiags<D extends Diag>(e: Entry, make: (f: Finding, at: Positioner) => D): D[] {
  const pos = positionerOf(e);
  const out = new Array<D>(e.findings.length);
  for (let q = 0; q < out.length; q++) out[q] = make(e.findings[q], pos);
  return out;
}

/** Diagnostics moved down by `lines`. */
export function movedDiags<D extends Diag>(list: readonly D[], lines: number, moved: MovedHook): D[] {
  const out = new Array<D>(list.length);
  for (let q = 0; q < out.length; q++) out[q] = moveDiag(list[q], lines, moved);
  return out;
}

interface Entry {
  /** The (possibly shared) synthetic result the item was linted in. */
  result: LintResult;
  /** Synthetic offset of the chunk's first character. */
  offset: number;
  scriptIndex: number;
  /** Findings, chunk-relative. */
  findings: Finding[];
  /** Script result, chunk-relative. */
  script: ScriptResult;
  id?: string;
  /** The duplicate-id "where" the item was linted with; BATCH_DUP when it must be re-linted alone. */
  where?: string;
  /** Derived from the chunk text: its lines (chunk-relative; never line 0 of the file, so no BOM), line breaks, hazard (a directive that governs the next chunk or the header: the document is linted whole). */
  lines: LineIndex;
  breaks: number;
  hazard: boolean;
  /** Its script's end depends on what follows it (layoutOf): linted with the next item's start after it, unless last. */
  tail: boolean;
  /** Its leading comments decide where the previous script ends (layoutOf). */
  leadDeep: boolean;
  /**
   * What followed it when it was linted, where that decides its script's end (`contextOf`):
   * the next chunk's leading lines; undefined when it was linted as if alone.
   */
  ctx?: string;
  /** Its last value is empty; it begins with a comment line (layoutOf): together, the first is linted with the second's start after it. */
  emptyTail: boolean;
  /**
   * Its lint found a YAML error in it (whatever the config makes of the finding): where the
   * parser recovers depends on what follows, so that it is linted with the next item's leading
   * lines and a probe item after it (`contextOf`, `lintBroken`).
   */
  broken: boolean;
  leadComment: boolean;
  counts: Counts;
  /** Chunk-relative line of the script's start. */
  idLine: number;
  /** The header fields its lint read (`READS_SHOP`, `READS_VARIABLES`; `READS_ANY` when not known): a header that changes only others keeps it. */
  reads: number;
  positioner?: Positioner;
  /** Diagnostics with chunk-relative lines, by the `make` that built them. */
  diags?: { make: unknown; list: Diag[] };
  /** Its directives, when it has some (see {@link ChunkDirectives}). */
  dirs?: ChunkDirectives;
  /** The entry made from this one by the directive pass, for the last signature asked (see `derive`). */
  derived?: { sig: string; entry: Entry; used: Set<string>[] };
  /** This entry without its `unused-directive` findings, and the entry such a one was made from (`quietOf`). */
  quiet?: Entry;
  loud?: Entry;
  /** The entry with its directives judged with the items beyond it, for the last signature asked (see `rejudged`). */
  rejudged?: { sig: string; entry: Entry };
  /** Per-script feature values in chunk lines, by feature (made for the script index `index`). */
  feats?: Map<object, { index: number; value: unknown }>;
  /**
   * The same values moved to the first line `line` of the item last asked at index `index`, by
   * feature: kept on the entry, so that an item made again for the same chunk (the ids of the
   * file changed, say) at the same place reuses them.
   */
  featsAt?: Map<object, { line: number; index: number; value: unknown }>;
}

/** One item of one analysis (kept by the next analysis when its chunk did not change). */
interface Item {
  readonly key: string;
  /** The entry of the chunk text alone (its id decides duplicate-id "where"s). */
  readonly clean: Entry;
  /** The entry used: `clean`, or the chunk linted with the "where" of its duplicated id. */
  readonly entry: Entry;
  readonly where?: string;
  /** When directives of other items (or the header's) change the item's findings: the entry before them; `entry` is derived from it. */
  readonly base?: Entry;
  /** Caches (checked against the item's position before use). */
  out?: { at: number; index: number; end: number; findings: Finding[]; script: ScriptResult };
  /** The item's part (checked against its position before use). */
  part?: Part & { index: number };
  diags?: { line: number; make: unknown; list: Diag[] };
  model?: MovableScript;
}

/**
 * The header (everything before the first item) and its lint (whose `lines` index the header text).
 * `prefix` is the header that items are linted after: its directives made plain comments (what
 * they do to the items is the directive pass's); `reach`: it has a region or file directive, or
 * a next-line directive whose next line is the first item's (`scripts: # huashu-…`).
 */
interface Header {
  /**
   * `semantic`: what the items' lints read of it, by field (`semanticOf`); `indent`: the items'
   * column it was read with; `quotes`: the quotes the document has after it, which it was linted
   * with (`readHeader`); `open`: it has a YAML error that reaches past it (the document is
   * linted whole); with one that does not, `prefix` is a header of the same fields without it.
   */
  text: string; indent: number; quotes: string; result: LintResult; semantic: Semantic; prefix: string; open: boolean; reach: boolean; diags?: { make: unknown; hadBom: boolean; list: Diag[] };
  /** Its findings `from` without `unused-directive` ones (a file with a YAML error). */
  quiet?: { from: readonly Finding[]; list: Finding[] };
}

/** What an item's lint may read of the header, by field: the platform and version (`base`: every lint), the shop, the variables' names in order. */
interface Semantic { base: string; shop: string | undefined; variables: string }

export function semanticOf(lib: Library): Semantic {
  return { base: JSON.stringify([lib.version, lib.platform]), shop: lib.shop, variables: JSON.stringify([...lib.variables.keys()]) };
}

/** The library rules read the platform, the version or where the header's keys are: any edit in the header may change their findings. */
const READS_HEAD = 4;

/** What one analysis leaves for the next. */
interface State {
  /** The text analysed (an immutable snapshot: a string or a piece text). */
  text: TextSlices;
  hadBom: boolean;
  headerEnd: number;
  itemIndent: number;
  items: Item[];
  /**
   * Where each item starts, and its first line: typed arrays, made at every keystroke (at 30,000
   * scripts two JS arrays of 240 KB each per keystroke went to V8's large-object space and kept its
   * collections busy: the keystroke p95 8–15 ms with them)
   */
  starts: Int32Array;
  lines: Int32Array;
  lineCount: number;
  ext?: ExternalIds;
  idKey: number;
  analysis: IncrementalAnalysis;
  libRun?: LibRun;
  totals: Totals;
  /** How many items have region directives or `enable`s (their entries before the directive pass). */
  reach: number;
  /** Whether the file had a YAML error: its items' entries without `unused-directive` findings (`quietOf`). */
  quiet: boolean;
  /** Where the text's last quotes are (`Quotes`). */
  quotes: Quotes;
  /** Whether the directive pass ran with directives that reach other items. */
  passed: boolean;
  /** The directive pass's state, if it ran. */
  dir?: DirState;
  /**
   * Each id → its items (`Places`), made at the first keystroke that changed an id and kept while
   * keystrokes leave the number of items as it is; undefined: not made (or no longer right).
   */
  places?: Places;
}

/**
 * Each id → the index of its item, or the ascending indices of its items when several have it:
 * which items a changed id may give another duplicate-id "where" (`fromPlan`).
 */
type Places = Map<string, number | number[]>;

/** The places of the items' own ids (`Item.clean`). */
function placesOf(items: readonly Item[]): Places {
  const m: Places = new Map();
  for (let k = 0; k < items.length; k++) {
    const id = items[k].clean.id;
    if (id !== undefined) addPlace(m, id, k);
  }
  return m;
}

function addPlace(m: Places, id: string, k: number): void {
  const p = m.get(id);
  if (p === undefined) m.set(id, k);
  else if (typeof p === 'number') { if (p !== k) m.set(id, p < k ? [p, k] : [k, p]); }
  else {
    let i = p.length;
    while (i > 0 && p[i - 1] > k) i--;
    if (p[i - 1] !== k) p.splice(i, 0, k);
  }
}

function removePlace(m: Places, id: string, k: number): void {
  const p = m.get(id);
  if (p === k) m.delete(id);
  else if (typeof p === 'object') {
    const i = p.indexOf(k);
    if (i >= 0) p.splice(i, 1);
    if (p.length === 1) m.set(id, p[0]);
  }
}

/** The layout of the new text: items kept from the previous analysis, or chunk texts to look up. */
interface Plan {
  local: boolean;
  /** A local plan for an edit in the header (the items are the previous ones, moved; `readHeader` re-reads those that read what changed). */
  head?: boolean;
  /** With `head`: the header fields that changed (`Entry.reads` bits). */
  changed?: number;
  headerEnd: number;
  itemIndent: number;
  starts: Int32Array;
  slots: (Item | string)[];
  /** Slots [lo, hi) are new; they replace the previous analysis's `removed` items. */
  lo: number;
  hi: number;
  removed: Item[];
}

/** Library-rule findings of one analysis, by segment (-1: header, k: item k). */
type LibFindings = Map<number, Finding[]>;

const BATCH_DUP = '\u0000batch';

export function shiftScript(s: ScriptResult, d: number, index: number, findings: readonly Finding[]): ScriptResult {
  // (its fields one by one, in the order of every script result: one shape, not a spread's)
  return {
    index, id: s.id, title: s.title, scenario: s.scenario, stage: s.stage,
    span: { start: s.span.start + d, end: s.span.end + d },
    headSpan: { start: s.headSpan.start + d, end: s.headSpan.end + d },
    findings, card: s.card,
  };
}

function hasSyntaxError(r: Pick<LintResult, 'library'>): boolean {
  return r.library.issues.some((i) => i.ruleId === 'yaml-syntax');
}

/**
 * Whether every YAML error of a lint starts in [from, to), or at `to` when that is the text's end:
 * an error that runs on to the end (an open quote) is reported there, and a chunk that ends the
 * linted text ends the document where it is taken as is (elsewhere its entry is `broken` and
 * linted again with a probe after it, which such an error swallows).
 */
function syntaxWithin(r: LintResult, from: number, to: number): boolean {
  return r.library.issues.every((i) => i.ruleId !== 'yaml-syntax' || inChunk(r, i.start, from, to));
}

/** Whether an offset of a lint lies in the chunk [from, to) (or at its end, when the chunk ends the lint's text). */
function inChunk(r: LintResult, at: number, from: number, to: number): boolean {
  return at >= from && (at < to || (at === to && to === r.text.length));
}


/** Active rules that read the whole library (run once on the merged model, not per item). */
function libraryRules(config: EffectiveConfig): RuleModule[] {
  return ALL_RULES.filter((r) => typeof r.checkLibrary === 'function' && severityOf(config, r.meta.id) !== 'off');
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Inserts `g` after every element not greater than it (what a stable sort of list + [g] gives). */
function insertSorted(list: Finding[], g: Finding): void {
  let i = list.length;
  while (i > 0 && compareFindings(list[i - 1], g) > 0) i--;
  list.splice(i, 0, g);
}

/** What the library rules read of the script models in one run, and of the header (`Entry.reads` bits; READS_HEAD: the platform, the version or where its keys are). */
interface Reads { fields: Set<string>; placed: Set<number>; header: number }

/** The fields of a script model that do not depend on where the script is. */
const PLAIN_FIELDS = ['id', 'title', 'scenario', 'stage', 'tags', 'customer', 'notes'] as const;

function sameValue(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/**
 * A script model with file offsets for the library rules, one per item, moved (not rebuilt) when
 * its item moves: spans are computed when read, turns shifted when first read at a position.
 * Every read is noted, so that a later edit that changes nothing the rules read can skip them.
 */
class MovableScript implements Script {
  private d = 0;
  private k = 0;
  private reads?: Reads;
  private shifted?: { d: number; turns: Turn[] };
  constructor(readonly base: Script) {}
  move(d: number, index: number, reads: Reads): this { this.d = d; this.k = index; this.reads = reads; return this; }
  private note(field: string): void { this.reads?.fields.add(field); }
  private place(): void { this.reads?.placed.add(this.k); }
  get index(): number { this.note('index'); return this.k; }
  get id(): string | undefined { this.note('id'); return this.base.id; }
  get title(): string | undefined { this.note('title'); return this.base.title; }
  get scenario(): Script['scenario'] { this.note('scenario'); return this.base.scenario; }
  get stage(): Script['stage'] { this.note('stage'); return this.base.stage; }
  get tags(): readonly string[] { this.note('tags'); return this.base.tags; }
  get customer(): readonly string[] { this.note('customer'); return this.base.customer; }
  get notes(): string | undefined { this.note('notes'); return this.base.notes; }
  get idSpan(): Script['idSpan'] { this.place(); const s = this.base.idSpan; return s && { start: s.start + this.d, end: s.end + this.d }; }
  get span(): Script['span'] { this.place(); const s = this.base.span; return { start: s.start + this.d, end: s.end + this.d }; }
  get headSpan(): Script['headSpan'] { this.place(); const s = this.base.headSpan; return { start: s.start + this.d, end: s.end + this.d }; }
  get turns(): Turn[] {
    this.place();
    const d = this.d;
    if (this.shifted?.d === d) return this.shifted.turns;
    const turns = this.base.turns.map((t) => ({
      ...t, span: { start: t.span.start + d, end: t.span.end + d }, keyStart: t.keyStart + d,
      text: { ...t.text, starts: t.text.starts.map((x) => x + d), ends: t.text.ends.map((x) => x + d) },
    }));
    this.shifted = { d, turns };
    return turns;
  }
}

/** The last library-rule run: what it read and what it found. */
interface LibRun { reads: Reads; hits: LibHit[]; errors: Analysis['ruleErrors'] }

/** A library rule's finding (file offsets, configured severity) and the segment it lies in (-1: the header). */
interface LibHit { f: Finding; seg: number }
const NO_LIB_HITS: readonly LibHit[] = Object.freeze([]);

/**
 * An incremental analysis: everything derived from the items is built when first asked for
 * (the diagnostics path never builds `findings`, `scripts` or `lines`).
 */
class IncrementalAnalysis implements Analysis {
  idPatch?: IdPatch;
  readonly mode = 'incremental' as const;
  private built?: { findings: Finding[]; scripts: ScriptResult[]; parts: Part[] };
  private lineIndex?: LineIndex;
  /** The diagnostics last made (for the next analysis to copy from). */
  diagList?: DiagList;
  constructor(
    private readonly src: TextSlices,
    readonly hadBom: boolean,
    readonly header: LintResult,
    private readonly head: Header,
    private readonly items: Item[],
    private readonly starts: Int32Array,
    private readonly firstLines: Int32Array,
    private readonly lib: LibFindings,
    /** Library-rule overrides of items' script results (their findings and score). */
    private readonly overrides: Map<number, { findings: Finding[]; script: ScriptResult }>,
    readonly score: number,
    readonly counts: Counts,
    readonly ruleErrors: { ruleId: string; error: string }[],
    readonly idKey: number,
    /** How many findings the file has (header, items and library rules): the diagnostics' count. */
    private readonly findingCount: number,
    /** The previous text's line index and this edit, to build this one's from it. */
    private linesFrom?: { lines: LineIndex; start: number; suffix: number },
    /** The previous analysis's diagnostics, when this one kept its header and its other items. */
    private reuse?: DiagReuse,
  ) {}

  /** The whole text (joined from the pieces when first asked for). */
  get text(): string { return this.src.toString(); }
  get source(): TextSlices { return this.src; }

  textIncludes(needle: string): boolean {
    return this.head.text.includes(needle) || this.items.some((it) => it.key.includes(needle));
  }
  get findings(): Finding[] { return this.build().findings; }
  get scripts(): ScriptResult[] { return this.build().scripts; }
  get parts(): Part[] { return this.built?.parts ?? (this.partList ??= this.makeParts()); }

  private partList?: Part[];

  private makeParts(): Part[] {
    const parts: Part[] = [{ result: this.header, delta: 0, start: 0, end: this.starts[0] }];
    for (let k = 0; k < this.items.length; k++) parts.push(this.partOf(k));
    return parts;
  }

  /** Item k's part (kept on the item while it stays put: a hover or code action reads a few). */
  private partOf(k: number): Part {
    const it = this.items[k];
    const at = this.starts[k];
    const end = this.end(k);
    let p = it.part;
    if (!p || p.start !== at || p.index !== k || p.end !== end) {
      const e = it.entry;
      p = { result: e.result, delta: at - e.offset, start: at, end, scriptIndex: e.scriptIndex, index: k };
      it.part = p;
    }
    return p;
  }

  get lines(): LineIndex {
    if (!this.lineIndex) {
      const from = this.linesFrom;
      this.lineIndex = from ? LineIndex.edited(from.lines, this.src, from.start, from.suffix) : new LineIndex(this.src);
      this.linesFrom = undefined;
    }
    return this.lineIndex;
  }

  /** The line index if it was built (the next analysis edits it instead of re-reading the text). */
  builtLines(): LineIndex | undefined { return this.lineIndex; }

  private end(k: number): number { return k + 1 < this.starts.length ? this.starts[k + 1] : this.src.length; }

  /** Item k's findings and script result with file offsets (cached on the item while it stays put). */
  private placed(k: number): NonNullable<Item['out']> {
    const it = this.items[k];
    const at = this.starts[k];
    const end = this.end(k);
    let sh = it.out;
    if (!sh || sh.at !== at || sh.index !== k || sh.end !== end) {
      const e = it.entry;
      const fs = e.findings.length ? e.findings.map((f) => shiftFinding(f, at)) : e.findings;
      const own = e.script.findings.length ? e.script.findings.map((f) => shiftFinding(f, at)) : e.script.findings;
      sh = { at, index: k, end, findings: fs, script: shiftScript(e.script, at, k, own) };
      it.out = sh;
    }
    return sh;
  }

  private build(): NonNullable<IncrementalAnalysis['built']> {
    if (this.built) return this.built;
    const findings: Finding[] = [...(this.lib.get(-1) ?? this.header.findings)];
    const scripts: ScriptResult[] = [];
    for (let k = 0; k < this.items.length; k++) {
      const sh = this.placed(k);
      const o = this.overrides.get(k);
      const fs = this.lib.get(k) ?? sh.findings;
      for (let q = 0; q < fs.length; q++) findings.push(fs[q]);
      scripts.push(o ? o.script : sh.script);
    }
    this.built = { findings, scripts, parts: this.parts };
    return this.built;
  }

  /** The list is the analysis's own (the next analysis copies from it): callers must not change it. */
  diagnosticsWith<D extends Diag>(make: (f: Finding, at: Positioner) => D, moved: MovedHook = notMoved): D[] {
    return this.diagnosticView(make, moved).all();
  }

  /**
   * The diagnostics as a view (see {@link DiagView}): the diagnostics of items that only moved
   * to other lines are their objects from before with the lines they moved, made when read.
   */
  diagnosticView<D extends Diag>(make: (f: Finding, at: Positioner) => D, moved: MovedHook = notMoved): DiagView<D> {
    // one diagnostic per finding, the list made at its size. No closure in the loop over items
    // captures its variables: V8 would make a context object for every item at every call
    // (200 of the 230 KB this allocated per keystroke at 5,000 scripts, where nothing changed)
    const own = this.diagList;
    if (own && own.make === make && own.moved === moved) return own.out as DiagView<D>;
    const reuse = this.reuse;
    this.reuse = undefined;
    const n = this.items.length;
    const total = this.findingCount;
    const from = reuse && reuse.from.make === make && reuse.from.moved === moved ? reuse.from : undefined;
    // the same diagnostics as the list before, in the same places (a keystroke that moved none):
    // that list itself, so that whoever compares lists (the shards, the pushed list, the reports)
    // finds it at once, and no list of every diagnostic is made
    if (reuse && from && total === from.out.length && this.sameDiags(reuse, from, make, moved)) {
      this.diagList = { make, moved, out: from.out, starts: from.starts, libKeys: from.libKeys };
      return from.out as DiagView<D>;
    }
    const out: DiagOut<D> = { made: new Array<D>(total), lines: undefined };
    const starts = new Int32Array(n + 1);
    let at0 = 0;
    let k = 0;
    if (reuse && from) {
      const { lo, hi, prevHi } = reuse;
      const shift = hi - prevHi;
      const prevStarts = from.starts;
      const prevOut = from.out as DiagView<D>;
      // items whose library-rule findings, now or in the list copied from, may differ (a library
      // rule reads every script: an edit elsewhere can change them): made again, in index order
      const freshSet = new Set<number>();
      this.lib.forEach((_f, j) => { if (j >= 0 && (j < lo || j >= hi)) freshSet.add(j); });
      for (const j of from.libKeys) if (j >= 0 && (j < lo || j >= prevHi)) freshSet.add(j < lo ? j : j + shift);
      const fresh = [...freshSet].sort((x, y) => x - y);
      if (reuse.head || this.lib.has(-1) || from.libKeys.includes(-1)) at0 = this.headerDiags(make, out.made);
      else for (; at0 < prevStarts[0]; at0++) out.made[at0] = prevOut.made[at0];
      // the items before the edit, the edited ones, and those after it when the edit left their lines
      at0 = this.copyItems(0, lo, 0, fresh, from, out, starts, at0, make, moved);
      for (k = lo; k < hi; k++) { starts[k] = at0; at0 = this.itemDiags(k, make, moved, out, at0); }
      if (k < n && this.firstLines[k] === reuse.prevLines[k - shift]) {
        at0 = this.copyItems(k, n, -shift, fresh, from, out, starts, at0, make, moved);
        k = n;
      }
    } else {
      at0 = this.headerDiags(make, out.made);
    }
    for (; k < n; k++) { starts[k] = at0; at0 = this.itemDiags(k, make, moved, out, at0); }
    starts[n] = at0;
    if (at0 !== total) throw new Error(`diagnosticsWith: ${at0} diagnostics for ${total} findings`);
    const view = new DiagView<D>(out.made, out.lines, moved, out.lines ? makeMovedOf(this.items, starts, make, moved) : undefined);
    this.diagList = { make, moved, out: view, starts, libKeys: [...this.lib.keys()] };
    return view;
  }

  /**
   * Whether this analysis's diagnostics are those of the list before, object for object: the
   * header's and the library rules' untouched, as many items, the edited ones giving the same
   * diagnostics as before and the later ones on the same lines.
   */
  private sameDiags<D extends Diag>(reuse: DiagReuse, from: DiagList, make: (f: Finding, at: Positioner) => D, moved: MovedHook): boolean {
    const { lo, hi, prevHi } = reuse;
    const n = this.items.length;
    if (hi !== prevHi || reuse.head || this.lib.size || from.libKeys.length) return false;
    if (hi < n && this.firstLines[hi] !== reuse.prevLines[hi]) return false;
    const prevOut = from.out as DiagView<D>;
    const mine: DiagOut<D> = { made: [], lines: undefined };
    for (let k = lo; k < hi; k++) {
      const a = from.starts[k];
      mine.made.length = 0;
      mine.lines = undefined;
      const count = from.starts[k + 1] - a;
      if (this.itemDiags(k, make, moved, mine, 0, count) !== count) return false;
      for (let q = 0; q < count; q++) if (mine.made[q] !== prevOut.made[a + q] || (mine.lines ? mine.lines[q] : 0) !== prevOut.linesAt(a + q)) return false;
    }
    return true;
  }

  /**
   * Items [k, to)'s diagnostics copied from the list before (item k there: k + off), the `fresh`
   * ones (sorted indices) made again; written into `out` from `at0`, returns where they end.
   */
  private copyItems<D extends Diag>(k: number, to: number, off: number, fresh: readonly number[], from: DiagList, out: DiagOut<D>, starts: Int32Array, at0: number, make: (f: Finding, at: Positioner) => D, moved: MovedHook): number {
    const prevStarts = from.starts;
    const prev = from.out as DiagView<D>;
    const prevMade = prev.made;
    const prevLines = prev.lines;
    const made = out.made;
    let f = 0;
    while (f < fresh.length && fresh[f] < k) f++;
    while (k < to) {
      if (f < fresh.length && fresh[f] === k) { starts[k] = at0; at0 = this.itemDiags(k, make, moved, out, at0); k++; f++; continue; }
      const run = f < fresh.length && fresh[f] < to ? fresh[f] : to;
      const a = prevStarts[k + off];
      const delta = at0 - a;
      for (; k < run; k++) starts[k] = prevStarts[k + off] + delta;
      const b = prevStarts[run + off];
      if (prevLines) {
        // (a moved entry that was read there is taken as made: its object and its bytes are kept)
        for (let j = a; j < b; j++) {
          const l = prevLines[j];
          const d = l ? prev.madeIfAny(j) : prevMade[j];
          if (d) { made[at0++] = d; continue; }
          (out.lines ??= new Int32Array(made.length))[at0] = l;
          made[at0++] = prevMade[j];
        }
      } else {
        for (let j = a; j < b; j++) made[at0++] = prevMade[j];
      }
    }
    return at0;
  }

  /** The header's diagnostics, written into `out` from its start; returns where they end. */
  private headerDiags<D extends Diag>(make: (f: Finding, at: Positioner) => D, out: D[]): number {
    let at0 = 0;
    const h = this.head;
    const headerLib = this.lib.get(-1);
    if (headerLib) {
      const at: Positioner = { lines: h.result.lines, hadBom: this.hadBom };
      for (let q = 0; q < headerLib.length; q++) out[at0++] = make(headerLib[q], at);
      return at0;
    }
    if (!h.diags || h.diags.make !== make || h.diags.hadBom !== this.hadBom) {
      const at: Positioner = { lines: h.result.lines, hadBom: this.hadBom };
      h.diags = { make, hadBom: this.hadBom, list: this.header.findings.map((f) => make(f, at)) };
    }
    const list = h.diags.list;
    for (let q = 0; q < list.length; q++) out[at0++] = list[q] as D;
    return at0;
  }

  /**
   * Item k's diagnostics, written into `out` from `at0`; returns where they end. An item whose
   * diagnostics were last made for another line gives those, with the lines it moved
   * (`out.lines`, of `size` entries when first needed: the list's length by default).
   */
  private itemDiags<D extends Diag>(k: number, make: (f: Finding, at: Positioner) => D, moved: MovedHook, out: DiagOut<D>, at0: number, size = out.made.length): number {
    const it = this.items[k];
    const e = it.entry;
    const line = this.firstLines[k];
    const made = out.made;
    const lib = this.lib.size ? this.lib.get(k) : undefined;
    if (lib) {
      // an item with library-rule findings: built afresh (rare: one per scenario at most)
      const at = this.starts[k];
      const pos = positionerOf(e);
      for (let q = 0; q < lib.length; q++) made[at0++] = moveDiag(make(shiftFinding(lib[q], -at), pos), line, moved);
      return at0;
    }
    if (!e.findings.length) return at0;
    let c = it.diags;
    if (!c || c.make !== make) {
      let rel = e.diags;
      if (!rel || rel.make !== make) {
        rel = { make, list: madeDiags(e, make) };
        e.diags = rel;
      }
      c = { line, make, list: movedDiags(rel.list, line, moved) };
      it.diags = c;
    }
    const list = c.list;
    const lines = line - c.line;
    if (lines) {
      const l = (out.lines ??= new Int32Array(size));
      for (let q = 0; q < list.length; q++) { l[at0] = lines; made[at0++] = list[q] as D; }
    } else {
      for (let q = 0; q < list.length; q++) made[at0++] = list[q] as D;
    }
    return at0;
  }


  private readonly featureLists = new Map<object, unknown[]>();

  perScriptUnmoved<T>(feature: ScriptFeature<T>): { made: T[]; lines: ArrayLike<number> } {
    const n = this.items.length;
    const made = new Array<T>(n);
    for (let k = 0; k < n; k++) {
      const o = this.overrides.get(k);
      made[k] = o ? this.overrideValue(feature, k, o.script) : this.localValue(feature, k);
    }
    // an item's first line is its value's move (the analysis never changes its lines)
    return { made, lines: this.firstLines };
  }

  /** A script with library-rule findings: its value made afresh, in its chunk's offsets. */
  private overrideValue<T>(feature: ScriptFeature<T>, k: number, script: ScriptResult): T {
    const at = this.starts[k];
    const own = script.findings.map((f) => shiftFinding(f, -at));
    const it = this.items[k];
    return feature.make(chunkView(it.entry, k, shiftScript(script, -at, k, own), it.key));
  }

  /** An item's value in its chunk's lines, kept on its entry (made again when its index changed). */
  private localValue<T>(feature: ScriptFeature<T>, k: number): T {
    const it = this.items[k];
    const e = it.entry;
    const feats = (e.feats ??= new Map());
    let local = feats.get(feature);
    if (!local || local.index !== k) {
      local = { index: k, value: feature.make(chunkView(e, k, k === e.script.index ? e.script : { ...e.script, index: k }, it.key)) };
      feats.set(feature, local);
    }
    return local.value as T;
  }

  perScript<T>(feature: ScriptFeature<T>): T[] {
    let out = this.featureLists.get(feature) as T[] | undefined;
    if (out) return out;
    out = new Array<T>(this.items.length);
    for (let k = 0; k < this.items.length; k++) {
      const it = this.items[k];
      const e = it.entry;
      const line = this.firstLines[k];
      const o = this.overrides.get(k);
      if (o) {
        // library-rule findings changed this script's result: made afresh, in its chunk's offsets
        out[k] = feature.move(this.overrideValue(feature, k, o.script), line);
        continue;
      }
      const moved = e.featsAt?.get(feature);
      if (moved && moved.line === line && moved.index === k) { out[k] = moved.value as T; continue; }
      const made = this.localValue(feature, k);
      const value = line ? feature.move(made, line) : made;
      (e.featsAt ??= new Map()).set(feature, { line, index: k, value });
      out[k] = value;
    }
    this.featureLists.set(feature, out);
    return out;
  }

  findingsNear(start: number, end: number): Finding[] {
    const out: Finding[] = [...(this.lib.get(-1) ?? this.header.findings)];
    const n = this.items.length;
    if (!n || end < this.starts[0]) return out;
    // the items overlapping [start, end], and one on each side (a finding ends where it ends)
    const first = Math.max(0, lastAtOrBefore(this.starts, start) - 1);
    const last = Math.min(n - 1, lastAtOrBefore(this.starts, end) + 1);
    for (let k = first; k <= last; k++) {
      const fs = this.lib.get(k) ?? this.placed(k).findings;
      for (let q = 0; q < fs.length; q++) out.push(fs[q]);
    }
    return out;
  }

  someFinding(p: (f: Finding) => boolean): boolean {
    if ((this.lib.get(-1) ?? this.header.findings).some(p)) return true;
    for (let k = 0; k < this.items.length; k++) if ((this.lib.get(k) ?? this.items[k].entry.findings).some(p)) return true;
    return false;
  }

  idList(): IdList {
    const n = this.items.length;
    const ids = new Array<string | undefined>(n);
    const lines = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      const e = this.items[k].entry;
      ids[k] = e.script.id;
      lines[k] = this.firstLines[k] + e.idLine;
    }
    return { ids, lines };
  }
}

/** The view of an item's script in its chunk (offsets and lines from the chunk's start). */
function chunkView(e: Entry, index: number, result: ScriptResult, text: string): ScriptView {
  const lines = e.lines;
  return {
    index, result, model: e.result.library.scripts[e.scriptIndex], delta: -e.offset, text,
    pos: (o) => lines.positionAt(o), lineOf: (o) => lines.lineOf(o),
  };
}

function positionerOf(e: Entry): Positioner {
  return (e.positioner ??= { lines: e.lines, hadBom: false });
}

/** One document's analyzer: owns the item cache. Create one per open document. */
export class DocumentAnalyzer {
  private entries = new Map<string, Entry>();
  /** Items whose id is defined earlier in the file or elsewhere, by chunk text + where. */
  private dupEntries = new Map<string, Entry>();
  /** Chunks whose script's end depends on what follows (`tail`), linted with the next item's start after them, by both texts. */
  private nextEntries = new Map<string, Entry>();
  private header?: Header;
  private config?: EffectiveConfig;
  private itemConfig?: EffectiveConfig;
  private state?: State;
  private libRules: RuleModule[] = [];
  /** The scripts' lints of the whole-document lints (`full`), kept from one to the next (not past an incremental analysis). */
  private memo = new ScriptMemo();
  /** How many scripts' lints the whole-document memo keeps; for tests. */
  get memoSize(): number { return this.memo.size; }
  /** The diagnostics made from the findings of whole-document lints, per maker (and BOM). */
  private fullDiags = new WeakMap<object, WeakMap<Finding, Diag>>();
  /** A library of flow-map scripts (JSON): the last whole lint or splice, for the next keystroke's splice (flow-splice.ts). */
  private flow?: FlowAnalysis;
  private spliceCtx?: SpliceContext;
  /** Analyses made by splicing one script into the last (for tests). */
  splices = 0;
  private fullBom = false;
  /** Number of item lints (synthetic libraries linted) so far; for tests and the benchmark. */
  lintCount = 0;
  /** Number of scripts (chunks) those lints read, the whole document's counted when it is linted whole; for tests. */
  scriptsLinted = 0;
  /** Number of library-rule runs on the merged model so far; for tests. */
  libraryRuns = 0;
  /** Directive passes over every item, and those that moved the previous one's state (a keystroke's); for tests. */
  directivePasses = { whole: 0, moved: 0 };
  /** Why the last analysis linted the whole document (undefined when it was incremental). */
  fallback?: string;
  /** The chunk whose YAML error ran on past the probe after it in the last lint that tried (`lintBroken`). */
  private runaway?: string;
  /** The analysed text's last quotes (`Quotes`). */
  private quotes: Quotes = { dq: -1, sq: -1 };
  /** Where the last analysed text's last closing quotes are (`Quotes`); for tests. */
  get lastQuotes(): Quotes { return { ...this.quotes }; }
  /** Where the chunks a batch lints end in the document (for the quotes after them, `lintBatch`). */
  private batchEnds = new Map<string, number>();

  /**
   * `input` is the document's text: a string, or an immutable {@link TextSlices} of which the
   * incremental path reads only the edited region (and the whole text only when it lints in full).
   */
  analyze(input: string | TextSlices, options: AnalyzeOptions): Analysis {
    let text: TextSlices;
    let hadBom: boolean;
    if (typeof input !== 'string' && input.slice(0, 1) !== '\ufeff') { text = input; hadBom = false; } else ({ text, hadBom } = stripBom(input.toString()));
    if (options.config !== this.config) {
      this.entries.clear(); this.dupEntries.clear(); this.nextEntries.clear(); this.header = undefined; this.config = options.config; this.state = undefined;
      this.libRules = libraryRules(options.config);
      const rules = { ...options.config.rules };
      for (const r of this.libRules) rules[r.meta.id] = { ...rules[r.meta.id], severity: 'off' };
      this.itemConfig = this.libRules.length ? { ...options.config, rules } : options.config;
      this.spliceCtx = undefined;
      this.flow = undefined;
    }
    const splittable = this.libRules.every((r) => !r.check && !r.triggers?.length);
    this.fallback = options.incremental === false ? 'disabled' : !splittable ? 'library rule with turn checks' : undefined;
    if (!this.fallback) {
      // a library of flow-map scripts (JSON), whose last analysis was a whole lint or a splice: the
      // edited script linted alone, the others kept (the block layout's split is not tried: it
      // would read the whole text to find there is none)
      const flow = this.flow;
      this.flow = undefined;
      if (flow) {
        const linted = this.memo.linted;
        const s = flow.splice(text, hadBom, editBetween(flow.source, flow.hadBom, text, options.edit), this.splicing(), options.externalIds);
        this.scriptsLinted += this.memo.linted - linted;
        if (s) { this.splices++; this.lintCount++; this.flow = s; return s; }
      }
      const inc = this.incremental(text, hadBom, options);
      // (the whole-document lints' memo serves a run of them, such as a library in flow style, or
      // the keystrokes while a bracket is open: it is not kept beside the items' lints)
      if (inc) { this.fallback = undefined; if (!this.memo.empty) this.memo.clear(); return inc; }
    }
    this.state = undefined;
    const a = this.full(text, hadBom, options);
    if (this.fallback !== 'disabled' && this.fallback !== 'library rule with turn checks') this.flow = FlowAnalysis.from(a.text, hadBom, a.header, this.splicing(), options.externalIds, this.fullDiags);
    return a;
  }

  /**
   * Makes the next analysis read its whole text again (split into items anew, each item's lint
   * still found by its text) instead of re-reading the region an edit touched: for an edit that
   * adds most of the document, such as the next stage of a first lint in stages
   * (`lsp/first-lint.ts`), which the keystroke path would re-read item by item.
   */
  readWholeNext(): void {
    this.state = undefined;
  }

  /** What splices of this config share (made on first use: a fork makes its own, with its own memo). */
  private splicing(): SpliceContext {
    if (!this.spliceCtx) {
      const crossIds = new Set(['duplicate-id', ...this.libRules.map((r) => r.meta.id)]);
      this.spliceCtx = { config: this.config!, memo: this.memo, crossIds, nextIdKey };
    }
    return this.spliceCtx;
  }

  /**
   * A new analyzer that starts with this one's linted items (found by their text), header and
   * config: for texts made from this document's, such as the passes of a fix-all, it lints only
   * the items that differ. What it lints later does not reach this analyzer, whose next edit
   * is read against its own last text as before.
   */
  fork(): DocumentAnalyzer {
    const f = new DocumentAnalyzer();
    f.entries = new Map(this.entries);
    f.dupEntries = new Map(this.dupEntries);
    f.nextEntries = new Map(this.nextEntries);
    f.header = this.header;
    f.config = this.config;
    f.itemConfig = this.itemConfig;
    f.libRules = this.libRules;
    return f;
  }

  private full(source: TextSlices, hadBom: boolean, options: AnalyzeOptions): Analysis {
    const text = source.toString();
    const linted = this.memo.linted;
    // (recording what each script read of the header: a shop's name typed keeps the lints that did not read it)
    const result = lintText(text, { config: options.config, externalIds: options.externalIds, memo: this.memo, trackHeader: true });
    this.lintCount++;
    this.scriptsLinted += this.memo.linted - linted;
    if (hadBom !== this.fullBom) { this.fullDiags = new WeakMap(); this.fullBom = hadBom; }
    const made = this.fullDiags;
    const a: Analysis = {
      text, hadBom, lines: result.lines, findings: result.findings, scripts: result.scripts, score: result.score,
      ruleErrors: result.ruleErrors, header: result, parts: [{ result, delta: 0, start: 0, end: text.length }], mode: 'full',
      // a finding the memo kept (the same object: its script has the same text at the same offset
      // and line) or moved to another offset on the same line and column (samePlace) has the same
      // diagnostic as before; the encoder then has its bytes too
      diagnosticsWith: <D extends Diag>(make: (f: Finding, at: Positioner) => D): D[] => {
        let byFinding = made.get(make) as WeakMap<Finding, D> | undefined;
        if (!byFinding) made.set(make, (byFinding = new WeakMap()));
        const at: Positioner = { lines: result.lines, hadBom };
        return result.findings.map((f) => {
          let d = byFinding!.get(f);
          if (d) return d;
          const first = samePlace.get(f);
          d = (first && byFinding!.get(first)) ?? make(f, at);
          byFinding!.set(f, d);
          return d;
        });
      },
    };
    return a;
  }

  /** The edit from the previous text to `text` (BOM removed): the client's, checked, or found by comparing. */
  private editOf(prev: State, source: TextSlices, hint: Edit | undefined): Edit {
    return editBetween(prev.text, prev.hadBom, source, hint);
  }

  /**
   * The new layout from the previous one, re-reading only the items around the edit. Undefined
   * when the edit touches the header or the layout (the caller splits the whole text).
   */
  private relayout(prev: State, text: TextSlices, edit: Edit): Plan | undefined {
    const p = edit.start;
    if (p < prev.headerEnd + 1) return this.headerPlan(prev, text, edit);
    const { starts, items } = prev;
    const n = items.length;
    const oldLen = prev.text.length;
    let a = lastAtOrBefore(starts, Math.max(p - 1, prev.headerEnd));
    // an edit at or before an item's dash (in its leading lines) may make lines that go with the
    // item before it (a comment deeper than the items): that one is read again too
    if (a > 0) {
      const dash = dashLine(items[a].key);
      if (p <= starts[a] + dash.start + dash.col) a--;
    }
    const b = lastAtOrBefore(starts, Math.min(edit.oldEnd, oldLen - 1));
    const delta = text.length - oldLen;
    const from = starts[a];
    const to = (b + 1 < n ? starts[b + 1] : oldLen) + delta;
    if (to < from || to < p) return undefined;
    // only the re-read region is read (with a character on each side)
    const base = Math.max(0, from - 1);
    const region = text.slice(base, Math.min(text.length, to + 1));
    // the previous text had no lone CR: only the re-read region (and its edges) can have one now
    if (loneCr(region, 0, region.length)) return undefined;
    const scan = scanItems(region, from - base, to - base, prev.itemIndent);
    if (scan) for (let j = 0; j < scan.starts.length; j++) scan.starts[j] += base;
    // (comment lines at the region's end that would go with a next item: the layout changed,
    // unless the region ends the document, whose last item they end, as in a split of it)
    if (!scan || scan.starts.length === 0 || (scan.pending && to < text.length) || scan.starts[0] !== from || scan.itemIndent !== prev.itemIndent) return undefined;
    const m = scan.starts.length;
    const newStarts = new Int32Array(n - (b - a + 1) + m);
    const slots = new Array<Item | string>(newStarts.length);
    for (let k = 0; k < a; k++) { newStarts[k] = starts[k]; slots[k] = items[k]; }
    for (let j = 0; j < m; j++) {
      newStarts[a + j] = scan.starts[j];
      slots[a + j] = region.slice(scan.starts[j] - base, (j + 1 < m ? scan.starts[j + 1] : to) - base);
    }
    for (let k = b + 1, q = a + m; k < n; k++, q++) { newStarts[q] = starts[k] + delta; slots[q] = items[k]; }
    return { local: true, headerEnd: prev.headerEnd, itemIndent: prev.itemIndent, starts: newStarts, slots, lo: a, hi: a + m, removed: items.slice(a, b + 1) };
  }

  /**
   * The plan for an edit in the header that leaves its last line, the `scripts:` key, as it was:
   * the previous items, moved. Undefined when the edit reaches that line or the header ends
   * elsewhere now (the caller splits the whole text).
   */
  private headerPlan(prev: State, text: TextSlices, edit: Edit): Plan | undefined {
    const old = prev.text.slice(0, prev.headerEnd);
    if (edit.oldEnd > lastLineStart(old, old.length)) return undefined;
    const delta = edit.newEnd - edit.oldEnd;
    const headerEnd = prev.headerEnd + delta;
    const header = text.slice(0, headerEnd);
    if (headerEndOf(header) !== headerEnd || /\r(?!\n)/.test(header)) return undefined;
    const n = prev.items.length;
    const starts = new Int32Array(n);
    for (let k = 0; k < n; k++) starts[k] = prev.starts[k] + delta;
    return { local: true, head: true, headerEnd, itemIndent: prev.itemIndent, starts, slots: prev.items.slice(), lo: 0, hi: 0, removed: [] };
  }

  private incremental(text: TextSlices, hadBom: boolean, options: AnalyzeOptions): Analysis | undefined {
    const prev = this.state;
    this.state = undefined;
    const edit = prev && prev.hadBom === hadBom ? this.editOf(prev, text, options.edit) : undefined;
    let plan = prev && edit ? this.relayout(prev, text, edit) : undefined;
    if (plan) {
      this.quotes = { dq: lastOf('"', prev!.quotes.dq, text, edit!), sq: lastOf("'", prev!.quotes.sq, text, edit!) };
      // (a header with a YAML error was read with the quotes the document has after it: when an
      // edit in the items changed those, it is read again, and the whole text split again)
      const head = this.header;
      if (!plan.head && head && hasSyntaxError(head.result) && head.quotes !== this.quotesAfter(plan.headerEnd)) plan = undefined;
    }
    if (!plan) {
      const whole = text.toString();
      this.quotes = { dq: lastClosing(whole, '"', whole.length), sq: lastClosing(whole, "'", whole.length) };
      const split = splitLibrary(whole);
      if (!split) { this.fallback = 'layout'; return undefined; }
      const starts = Int32Array.from(split.chunks, (c) => c.start);
      const slots = split.chunks.map((c) => whole.slice(c.start, c.end));
      plan = { local: false, headerEnd: split.headerEnd, itemIndent: split.itemIndent, starts, slots, lo: 0, hi: slots.length, removed: [] };
    }
    if (!plan.local || plan.head) this.readHeader(text, plan, prev);
    // a YAML error that runs on past its chunk (an open quote or flow collection): its chunk and
    // the ones it runs into are one item, as the parser reads them (`mergeRunaway`), and the plan
    // is tried again (a few times: each merge has a lint of its own)
    // (fromPlan makes the plan's slots its items in place: the new texts are kept for a retry, the
    // others are the previous analysis's items; not the whole list, copied at every keystroke)
    for (let merges = 0; ; merges++) {
      const fresh = plan.slots.slice(plan.lo, plan.hi);
      this.runaway = undefined;
      const a = this.fromPlan(prev, edit, plan, text, hadBom, options);
      if (a || this.runaway === undefined || merges >= MAX_MERGES) return a;
      const original = plan.local ? [...prev!.items.slice(0, plan.lo), ...fresh, ...prev!.items.slice(plan.lo + plan.removed.length)] : fresh;
      const merged = this.mergeRunaway({ ...plan, slots: original }, this.runaway);
      if (!merged) return undefined;
      plan = merged;
    }
  }

  /**
   * For a header with a YAML error: a header of the same fields (version, shop, platform, the
   * variables' names) without it, for the items' lints to read; undefined when the error does
   * not stay in the header: an item after it is not read as one, or the header's errors or
   * fields are not those it has alone.
   */
  private headerWithout(headerText: string, result: LintResult, indent: number, quotes: string): string | undefined {
    if (!headerText.endsWith('\n')) return undefined;
    const eol = headerText.endsWith('\r\n') ? '\r\n' : '\n';
    const probe = lintText(`${headerText}${probeItem(indent, eol, quotes)}`, { config: this.itemConfig });
    this.lintCount++;
    const scripts = probe.library.scripts;
    if (scripts.length !== 1 || scripts[0].id !== NEXT_ID || scripts[0].span.start < headerText.length) return undefined;
    const errors = (r: LintResult): string => JSON.stringify(r.library.issues.filter((i) => i.ruleId === 'yaml-syntax').map((i) => [i.start, i.end, i.message]));
    const semantic = JSON.stringify(semanticOf(result.library));
    if (errors(probe) !== errors(result) || JSON.stringify(semanticOf(probe.library)) !== semantic) return undefined;
    const lib = result.library;
    let clean = lib.version === undefined ? '' : `huashu: ${JSON.stringify(lib.version)}${eol}`;
    if (lib.shop !== undefined) clean += `shop: ${JSON.stringify(lib.shop)}${eol}`;
    clean += `platform: ${lib.platform}${eol}`;
    if (lib.variables.size) {
      clean += `variables:${eol}`;
      for (const name of lib.variables.keys()) clean += `  ${JSON.stringify(name)}: x${eol}`;
    }
    clean += `scripts:${eol}`;
    const check = lintText(clean, { config: this.itemConfig });
    this.lintCount++;
    return hasSyntaxError(check) || JSON.stringify(semanticOf(check.library)) !== semantic ? undefined : clean;
  }

  /**
   * Lints the header again when its text changed. The items' lints that read a field that changed
   * are forgotten (all of them, when the platform or the version changed), and a header plan
   * (`headerPlan`) reads again the items that read it: its re-read slots grow to cover them.
   */
  private readHeader(text: TextSlices, plan: Plan, prev: State | undefined): void {
    const headerText = text.slice(0, plan.headerEnd);
    // (linted with a comment holding the quotes the document has after it, as a broken chunk is:
    // a quote left open in the header ends at its next line when a closing one follows anywhere,
    // else it runs to the end; the comment takes the header's empty last line, so its lines stay)
    const quotes = this.quotesAfter(plan.headerEnd);
    if (this.header?.text === headerText && this.header.indent === plan.itemIndent && this.header.quotes === quotes) return;
    const result = lintText(quotes && headerText.endsWith('\n') ? `${headerText}#${quotes}` : headerText, { config: this.itemConfig });
    this.lintCount++;
    const semantic = semanticOf(result.library);
    if (this.header) {
      const was = this.header.semantic;
      const changed = was.base !== semantic.base ? READS_ANY : (was.shop !== semantic.shop ? READS_SHOP : 0) | (was.variables !== semantic.variables ? READS_VARIABLES : 0);
      if (changed === READS_ANY) { this.entries.clear(); this.dupEntries.clear(); this.nextEntries.clear(); }
      else if (changed) for (const map of [this.entries, this.dupEntries, this.nextEntries]) for (const [key, e] of map) if (e.reads & changed) map.delete(key);
      if (plan.head && changed && prev) {
        plan.changed = changed;
        const items = prev.items;
        let lo = -1;
        let hi = -1;
        for (let k = 0; k < items.length; k++) {
          const it = items[k];
          if (changed === READS_ANY || (it.clean.reads | it.entry.reads | baseOf(it).reads) & changed) { if (lo < 0) lo = k; hi = k + 1; }
        }
        if (lo >= 0) {
          plan.lo = lo;
          plan.hi = hi;
          plan.removed = items.slice(lo, hi);
          for (let k = lo; k < hi; k++) plan.slots[k] = items[k].key;
        }
      }
    }
    const dirs = result.directives?.list ?? [];
    // (a next-line directive whose next line is the first item's reaches it too)
    const reach = dirs.some((d) => d.kind !== 'disable-next-line' || !contentAfter(headerText, d.span.end));
    // a YAML error in the header: the items are linted after a header of the same fields
    // without it, when the error stays in the header (`headerWithout`)
    const prefix = hasSyntaxError(result) ? this.headerWithout(headerText, result, plan.itemIndent, quotes) : neutralized(headerText, dirs);
    // (and the parser must read its last line as the top-level `scripts` key: a header that is a
    // block scalar, say, is valid YAML that reads the items as its text)
    const whole = result.library.keySpans.get('scripts')?.start === lastLineStart(headerText, headerText.length);
    this.header = { text: headerText, indent: plan.itemIndent, quotes, result, semantic, prefix: prefix ?? '', open: prefix === undefined || !whole, reach };
  }

  /** The quote characters that the text has at or after `at` (see `Quotes`). */
  private quotesAfter(at: number): string {
    return (this.quotes.dq >= at ? '"' : '') + (this.quotes.sq >= at ? "'" : '');
  }

  /**
   * A plan with the chunk `key` (one of its re-read slots, or the one before them), whose YAML
   * error runs on past a probe item after it, and the chunks after it that the error runs into
   * as one slot: the fewest that the parser reads as one script with a probe after them (or all,
   * to the document's end). Undefined when there are none such (the document is linted whole).
   */
  private mergeRunaway(plan: Plan, key: string): Plan | undefined {
    const { slots, starts, lo, hi } = plan;
    const n = slots.length;
    const textOf = (q: number): string => { const x = slots[q]; return typeof x === 'string' ? x : x.key; };
    let k = -1;
    for (let q = Math.max(0, lo - 1); q < hi && k < 0; q++) if (textOf(q) === key) k = q;
    if (k < 0 || k + 1 >= n) return undefined;
    const head = this.header!;
    const config = this.itemConfig!;
    // the chunk alone first, with the quotes the document has after it; then the merged text
    // grows by doubling spans until the probe after it is read whole (or it reaches the
    // document's end); a lint that reads a script of its own after the merged chunk's says where
    // the error ended: the merge ends at that script's chunk
    const bounds: number[] = [0];
    let merged = textOf(k);
    let j = k + 1;
    const grow = (to: number): void => { while (j < to) { bounds.push(merged.length); merged += textOf(j++); } };
    const cut = (to: number): void => { j = to; merged = merged.slice(0, bounds[to - k]); bounds.length = to - k; };
    for (let span = 0; ; span = span ? span * 2 : 1) {
      grow(Math.min(n, k + 1 + span));
      const out: RunOn = { second: -1, open: '' };
      // (to the document's end: linted alone, as its last chunk)
      const e = j < n ? this.lintBroken(head.prefix, merged, BROKEN + this.quotesAfter(starts[j]) + leadOf(textOf(j)), config, out) : this.lintSingle(head.prefix, merged, config, undefined, undefined, out);
      if (e) { this.entries.set(merged, e); break; }
      if (out.second < 0) {
        if (j >= n) return undefined;
        // a quote left open with no closing one after it runs to the document's end
        if (out.open && !this.quotesAfter(starts[j]).includes(out.open)) grow(n);
        continue;
      }
      // the error ended before the merged chunk's end: up to the chunk of the script after it
      const i = lastAtOrBefore(bounds, out.second);
      if (i < 1) return undefined;
      cut(k + i);
      const cutEntry = this.lintBroken(head.prefix, merged, BROKEN + this.quotesAfter(starts[j]) + leadOf(textOf(j)), config);
      if (!cutEntry) return undefined;
      this.entries.set(merged, cutEntry);
      break;
    }
    // slots [lo2, hi2) are new: they replace the previous analysis's items from lo2 on that the
    // plan's removed ones and the merged ones are
    const lo2 = Math.min(lo, k);
    const before: Item[] = k < lo ? [slots[k] as Item] : [];
    const after = j > hi ? (slots.slice(hi, j) as Item[]) : [];
    const slots2 = [...slots.slice(0, k), merged, ...slots.slice(j)];
    const starts2 = new Int32Array(slots2.length);
    starts2.set(starts.subarray(0, k + 1));
    starts2.set(starts.subarray(j), k + 1);
    const hi2 = k + 1 + Math.max(0, hi - j);
    return { ...plan, starts: starts2, slots: slots2, lo: lo2, hi: hi2, removed: plan.local ? [...before, ...plan.removed, ...after] : [] };
  }

  private fromPlan(prev: State | undefined, edit: Edit | undefined, plan: Plan, text: TextSlices, hadBom: boolean, options: AnalyzeOptions): Analysis | undefined {
    this.fallback = 'directives';
    const head = this.header!;
    this.fallback = 'yaml-syntax or library-rule directive';
    if (head.open) return undefined;

    // look up (or lint, together) the new chunks
    const { slots, lo, hi } = plan;
    const missing: string[] = [];
    const want = new Set<string>();
    for (let k = lo; k < hi; k++) {
      const key = slots[k] as string;
      if (this.entries.has(key) || want.has(key)) continue;
      want.add(key);
      // a re-read script whose end depends on what follows it: linted with the next item's start
      // (see the tail step below)
      // (as is one that a batch would lint alone anyway: a directive at its end acts beyond it)
      const ctx = (plan.local || reachesOut(key)) && k + 1 < slots.length ? contextOf(layoutOf(key), nextOf(slots[k + 1])) : undefined;
      if (ctx !== undefined) {
        const e = this.lintWithNext(head.prefix, key, ctx, this.itemConfig!);
        if (!e) return undefined;
        this.entries.set(key, e);
        continue;
      }
      missing.push(key);
      this.batchEnds.set(key, k + 1 < slots.length ? plan.starts[k + 1] : text.length);
    }
    const batched = !missing.length || this.lintBatch(head.prefix, missing, this.itemConfig!);
    this.batchEnds.clear();
    if (!batched) return undefined;

    // duplicate-id "where"s: kept when the ids of the re-read items did not change
    const ext = options.externalIds;
    const n = slots.length;
    let idsSame = plan.local && plan.removed.length === hi - lo;
    for (let j = 0; idsSame && j < hi - lo; j++) {
      const e = this.entries.get(slots[lo + j] as string)!;
      const r = plan.removed[j];
      idsSame = e.id === r.clean.id && e.script.id === r.entry.script.id;
    }
    // the plan's slots become the items, in place (the plan is this analysis's own): slots that
    // are not texts are the previous analysis's items
    const items = slots as Item[];
    // (the previous analysis's items given a new "where": their entries change, and the tail
    // step below looks at them too)
    const remade: number[] = [];
    if (idsSame && ext === prev!.ext) {
      // only the re-read slots are texts
      for (let k = lo; k < hi; k++) {
        const s = slots[k] as string;
        const it = this.item(head.prefix, s, this.entries.get(s)!, plan.removed[k - lo].where);
        if (!it) return undefined;
        items[k] = it;
      }
    } else {
      // which items may get another "where", and the first index of each id they have: after a
      // keystroke that changed the re-read items' ids (an id typed) but not how many items there
      // are, only those with one of their old or new ids (the first of an id keeps its index; no
      // map of every id: 95 MB of the 433 MB a 5,000-script library allocated over 200 keystrokes
      // in an id); else every item
      const first = new Map<string, number>();
      let visit: number[] | undefined;
      if (plan.local && plan.removed.length === hi - lo && ext === prev!.ext) {
        const affected = new Set<string>();
        for (let j = 0; j < plan.removed.length; j++) { const id = plan.removed[j].clean.id; if (id !== undefined) affected.add(id); }
        for (let k = lo; k < hi; k++) { const id = this.entries.get(slots[k] as string)!.id; if (id !== undefined) affected.add(id); }
        // the items of those ids: the previous analysis's places of each (the same indices: as
        // many items as before) outside the re-read ones, and the re-read ones (texts) that have it
        const places = (prev!.places ??= placesOf(prev!.items));
        visit = [];
        for (let k = lo; k < hi; k++) visit.push(k);
        for (const id of affected) {
          const p = places.get(id);
          if (p === undefined) continue;
          if (typeof p === 'number') { if (p < lo || p >= hi) visit.push(p); } else for (const k of p) if (k < lo || k >= hi) visit.push(k);
        }
        if (visit.length > hi - lo) visit.sort((x, y) => x - y);
        for (const k of visit) {
          const s = slots[k];
          const id = typeof s === 'string' ? this.entries.get(s)!.id : s.clean.id;
          if (id !== undefined && affected.has(id) && !first.has(id)) first.set(id, k);
        }
      } else {
        for (let k = 0; k < n; k++) {
          const s = slots[k];
          const id = typeof s === 'string' ? this.entries.get(s)!.id : s.clean.id;
          if (id !== undefined && !first.has(id)) first.set(id, k);
        }
      }
      const wheres: (string | undefined)[] = [];
      const dups: { key: string; id: string; where: string }[] = [];
      for (let t = 0, end = visit ? visit.length : n; t < end; t++) {
        const k = visit ? visit[t] : t;
        const s = slots[k];
        const clean = typeof s === 'string' ? this.entries.get(s)! : s.clean;
        const id = clean.id;
        const f = id === undefined ? undefined : first.get(id);
        const where = id === undefined ? undefined : whereDefined(id, f !== undefined && f < k ? f : undefined, ext);
        wheres.push(where);
        if (where !== undefined && !(typeof s !== 'string' && s.where === where)) dups.push({ key: typeof s === 'string' ? s : s.key, id: id!, where });
      }
      // (many at once, as when one id is given to many scripts: linted together)
      if (dups.length > 1) this.lintDupBatch(head.prefix, dups, this.itemConfig!);
      for (let t = 0, end = visit ? visit.length : n; t < end; t++) {
        const k = visit ? visit[t] : t;
        const s = slots[k];
        const clean = typeof s === 'string' ? this.entries.get(s)! : s.clean;
        const where = wheres[t];
        if (typeof s !== 'string' && s.where === where) continue;
        const it = this.item(head.prefix, typeof s === 'string' ? s : s.key, clean, where);
        if (!it) return undefined;
        items[k] = it;
        if (typeof s !== 'string') remade.push(k);
      }
    }
    // the other items kept their entries: the ids of the re-read items did not change, or changed
    // without giving another item a new "where" (an id typed that is defined nowhere else)
    const othersSame = idsSame || (plan.local && plan.removed.length === hi - lo && ext === prev!.ext && !remade.length);
    // forget entries of chunks that are gone (rarely: the caches only grow by edited chunks)
    if (this.entries.size > n * 2 + 64) {
      const live = new Set(items.map((it) => it.key));
      for (const key of this.entries.keys()) if (!live.has(key)) this.entries.delete(key);
    }
    if (this.nextEntries.size > 64) {
      const live = new Set<Entry>();
      for (const it of items) live.add(baseOf(it));
      if (this.nextEntries.size > live.size * 2 + 64) for (const [key, e] of this.nextEntries) if (!live.has(e)) this.nextEntries.delete(key);
    }
    if (this.dupEntries.size > 64) {
      const live = new Set<Entry>();
      for (const it of items) if (it.where !== undefined) live.add(it.entry);
      if (this.dupEntries.size > live.size * 2 + 64) for (const [key, e] of this.dupEntries) if (!live.has(e)) this.dupEntries.delete(key);
    }
    this.fallback = 'directives';
    // a local plan keeps the previous analysis's other items, none of which had a hazard
    for (let k = plan.local ? lo : 0, end = plan.local ? hi : n; k < end; k++) if (items[k].clean.hazard) return undefined;
    // a script whose end the parser places by what follows it (comments after its last value, an
    // empty last value before comments, deep comments among the next item's leading ones) is
    // linted with what follows it in the document: the next item's leading lines and dash line
    // (`contextOf`); the others as if alone. An entry says what it was linted with (a batch
    // lints chunks after one another). The item before the re-read ones may have a new next
    // (and every item when the text's last quote changed otherwise than by moving with the edit:
    // an item with a YAML error may have a quote open, whose end depends on it)
    // (and the items given a new "where" above, linted alone with it: a script whose end depends
    // on what follows it is linted with that too; one whose id is no longer duplicated goes back
    // to its entry of the right context)
    let tailMoved = false;
    const wide = !plan.local || this.quotes.dq !== moveBy(prev!.quotes.dq, edit!) || this.quotes.sq !== moveBy(prev!.quotes.sq, edit!);
    const from = wide ? 0 : Math.max(0, lo - 1);
    const to = wide ? n : hi;
    // (false: the item cannot keep an entry of its own here: the document is linted whole)
    const settle = (k: number): boolean => {
      const it = items[k];
      const ctx = k + 1 < n ? contextOf(it.clean, nextOf(items[k + 1]), it.clean.broken ? this.quotesAfter(plan.starts[k + 1]) : '') : undefined;
      if (baseOf(it).ctx === ctx) return true;
      // an item with a duplicated id has an entry of its own, linted with where else its id is
      // defined: alone, or with what follows it where its end depends on that
      if (it.where !== undefined) {
        const id = it.clean.id;
        if (id === undefined) return false;
        const dk = ctx === undefined ? `${it.key}\u0000${it.where}` : `${it.key}\u0000${it.where}\u0000${ctx}`;
        const e = this.dupEntries.get(dk) ?? (ctx === undefined ? this.lintSingle(head.prefix, it.key, this.itemConfig!, id, it.where) : this.lintWithNext(head.prefix, it.key, ctx, this.itemConfig!, { id, where: it.where }));
        if (!e) return false;
        this.dupEntries.set(dk, e);
        if (baseOf(it) === e) return true;
        items[k] = { key: it.key, clean: it.clean, entry: e, where: it.where };
        if (k < lo || k >= hi) tailMoved = true;
        return true;
      }
      let want = it.clean;
      if (want.ctx !== ctx) {
        const nk = ctx === undefined ? `${it.key}\u0001` : `${it.key}\u0000${ctx}`;
        const e = this.nextEntries.get(nk) ?? (ctx === undefined ? this.lintSingle(head.prefix, it.key, this.itemConfig!, undefined, undefined) : this.lintWithNext(head.prefix, it.key, ctx, this.itemConfig!));
        if (!e) return false;
        this.nextEntries.set(nk, e);
        want = e;
      }
      if (baseOf(it) === want) return true;
      items[k] = { key: it.key, clean: it.clean, entry: want };
      if (k < lo || k >= hi) tailMoved = true;
      return true;
    };
    for (let k = from; k < to; k++) if (!settle(k)) return undefined;
    for (const k of remade) if ((k < from || k >= to) && !settle(k)) return undefined;

    // a YAML error in the file: no directive is judged unused (finalize; below). After an analysis
    // without one, only the items a keystroke re-read (or gave a new next one) can have one: a
    // visit of every item is 140 µs at 30,000 scripts
    let broken = hasSyntaxError(head.result);
    const fresh = plan.local && !prev!.quiet;
    for (let k = fresh ? Math.max(0, lo - 1) : 0, end = fresh ? hi : n; k < end && !broken; k++) broken = baseOf(items[k]).broken;

    // library rules on the merged model (their findings: the previous run's when the edit changed
    // nothing they read)
    let libRun: LibRun | undefined;
    if (this.libRules.length) {
      // (after an edit in the header: when what they read of it is the same and they found nothing in it)
      // (every script moved with the header's edit: when it moved them, their run holds only if it found nothing and read no positions)
      const was = prev?.libRun;
      const moved = plan.head && text.length !== prev!.text.length;
      const headSame = !plan.head || (was !== undefined && !(was.reads.header & (READS_HEAD | (plan.changed ?? 0))) && !was.hits.some((h) => h.seg < 0) && (!moved || (!was.hits.length && !was.reads.placed.size)));
      libRun = prev && plan.local && othersSame && headSame ? this.libReuse(prev, plan, items, text.length - prev.text.length) : undefined;
      if (!libRun) {
        libRun = { reads: { fields: new Set(), placed: new Set(), header: 0 }, hits: [], errors: [] };
        this.runLibraryRules(plan.headerEnd, items, plan.starts, head, options.config, libRun);
      }
    }
    const libHits = libRun?.hits ?? NO_LIB_HITS;

    // directives across segments: the pass runs while the document has region or file directives,
    // or a library rule's finding lies where there are directives (or the previous analysis ran
    // it: its items go back to their own entries)
    let reach = 0;
    if (plan.local) {
      reach = prev!.reach;
      for (const it of plan.removed) if (baseOf(it).dirs?.reach) reach--;
      for (let k = lo; k < hi; k++) if (baseOf(items[k]).dirs?.reach) reach++;
    } else {
      for (let k = 0; k < n; k++) if (baseOf(items[k]).dirs?.reach) reach++;
    }
    let pass: DirectivePass | undefined;
    if (reach || head.reach || prev?.passed || libHits.some((h) => (h.seg < 0 ? head.result.directives : baseOf(items[h.seg]).dirs) !== undefined)) {
      // a keystroke that changed no directive, nor the header or the library rules' findings:
      // the previous pass's state, moved
      let after: { state: DirState; prev: State; plan: Plan } | undefined;
      const was = prev?.dir;
      // (the other items keep their entries only when the ids kept their "where"s)
      // (nor, unless it is read again alone, the item a next-line directive governs: the reach
      // ends where its script ends)
      // (nor when a re-read item's directives do other than they did beyond it: `sameReach`)
      if (was && was.movedFrom !== prev && plan.local && !tailMoved && othersSame && ext === prev!.ext && was.head === head.result && was.libHits === libHits
        && (plan.removed.length === hi - lo || !was.reach.some((r) => r.nextLine && r.first >= lo && r.first < lo + plan.removed.length))
        && sameReach(plan.removed, items, lo, hi, was)) after = { state: was, prev: prev!, plan };
      pass = this.directivePass(text.length, head, items, plan.starts, libHits, after);
      if (!pass) return undefined;
    }
    // items the pass changed outside the re-read ones: what the previous analysis summed or made
    // for them (totals, diagnostics, the library rules' run) is not reused
    // a YAML error in the file: no directive is judged unused (finalize), so the items lose their
    // `unused-directive` findings while it lasts, and get them back after
    const quieted: number[] = [];
    if (broken || prev?.quiet) {
      for (let k = 0; k < n; k++) {
        const it = items[k];
        let e = it.entry.loud ?? it.entry;
        if (broken && e.dirs) e = quietOf(e);
        if (e !== it.entry) { items[k] = itemWith(it, e, baseOf(it)); quieted.push(k); }
      }
    }
    const stale = tailMoved || (!!pass && pass.replaced.some((k) => k < lo || k >= hi)) || quieted.some((k) => k < lo || k >= hi);
    const keep = othersSame && !stale;
    this.fallback = 'yaml-syntax or library-rule directive';

    // first line of each item
    const starts = plan.starts;
    const firstLines = new Int32Array(n);
    let k0 = 0;
    // (moved by the lines an edit in the header added or removed)
    if (plan.local) { const by = plan.head ? head.result.lines.lineCount - 1 - prev!.lines[0] : 0; for (; k0 < lo; k0++) firstLines[k0] = prev!.lines[k0] + by; }
    let line = k0 === 0 ? head.result.lines.lineCount - 1 : firstLines[k0 - 1] + items[k0 - 1].entry.breaks;
    // a local plan: the items after the re-read ones are the previous analysis's texts (the same
    // line breaks), their lines the previous ones moved by the edit's
    const end = plan.local ? hi : n;
    for (let k = k0; k < end; k++) { firstLines[k] = line; line += items[k].entry.breaks; }
    if (end < n) {
      const shift = hi - (lo + plan.removed.length);
      const by = line - prev!.lines[hi - shift];
      for (let k = hi; k < n; k++) firstLines[k] = prev!.lines[k - shift] + by;
      line = prev!.lineCount - 1 + by;
    }
    const lineCount = line + 1;

    // the library rules' findings (those no directive suppressed) among the others
    const kept = pass ? pass.lib : libHits;
    let headerFindings = pass?.header ?? head.result.findings;
    let headerOwn = pass?.header;
    if (broken && headerFindings.some((f) => f.ruleId === 'unused-directive')) {
      if (head.quiet?.from !== headerFindings) head.quiet = { from: headerFindings, list: headerFindings.filter((f) => f.ruleId !== 'unused-directive') };
      headerFindings = headerOwn = head.quiet.list;
    }
    const { lib, overrides } = kept.length ? this.placeLibrary(kept, items, starts, headerFindings) : { lib: new Map() as LibFindings, overrides: new Map<number, { findings: Finding[]; script: ScriptResult }>() };
    if (headerOwn && !lib.has(-1)) lib.set(-1, headerOwn);
    const libErrors: Analysis['ruleErrors'] = libRun?.errors ?? [];

    // score, counts, rule errors: the items' totals (from the previous analysis's when only the
    // re-read items changed), then what the library rules changed
    const totals = keep && prev && ext === prev.ext
      ? addTotals(addTotals({ ...prev.totals }, plan.removed, 0, plan.removed.length, -1), items, lo, hi, 1)
      : addTotals({ score: 0, error: 0, warning: 0, info: 0, findings: 0, withErrors: 0 }, items, 0, n, 1);
    let sum = totals.score;
    const headFindings = lib.get(-1) ?? head.result.findings;
    const counts = countsOf(headFindings);
    counts.error += totals.error;
    counts.warning += totals.warning;
    counts.info += totals.info;
    let findingCount = headFindings.length + totals.findings;
    overrides.forEach((o, k) => { sum += o.script.card.score - items[k].entry.script.card.score; });
    lib.forEach((libK, k) => {
      if (k < 0) return;
      const e = items[k].entry;
      countsOf(libK, counts);
      counts.error -= e.counts.error;
      counts.warning -= e.counts.warning;
      counts.info -= e.counts.info;
      findingCount += libK.length - e.findings.length;
    });
    const ruleErrors: Analysis['ruleErrors'] = [...libErrors];
    const errSeen = new Set<string>();
    const results = new Set<LintResult>();
    const addErrors = (r: LintResult): void => {
      if (!r.ruleErrors.length || results.has(r)) return;
      results.add(r);
      for (const e of r.ruleErrors) { const key = `${e.ruleId}\u0000${e.error}`; if (!errSeen.has(key)) { errSeen.add(key); ruleErrors.push(e); } }
    };
    addErrors(head.result);
    if (totals.withErrors) for (let k = 0; k < n; k++) addErrors(items[k].entry.result);
    const score = n ? Math.round(sum / n) : 100;

    // (the same ids on the same lines: those of the re-read items too, which an edit of several
    // lines may have moved while the document kept its line count)
    let idLinesSame = !!prev && plan.local && idsSame && lineCount === prev.lineCount;
    for (let j = 0; idLinesSame && j < hi - lo; j++) {
      const r = plan.removed[j];
      idLinesSame = r.entry.script.id === undefined || firstLines[lo + j] + items[lo + j].entry.idLine === prev!.lines[lo + j] + r.entry.idLine;
    }
    let idKey: number;
    if (idLinesSame) idKey = prev!.idKey;
    else idKey = nextIdKey();
    // the items' places, kept for the next keystroke while the items stay as many (moved in place:
    // the previous state is not read again)
    let places: Places | undefined;
    if (prev?.places && plan.local && plan.removed.length === hi - lo) {
      places = prev.places;
      prev.places = undefined;
      for (let j = 0; j < plan.removed.length; j++) { const id = plan.removed[j].clean.id; if (id !== undefined) removePlace(places, id, lo + j); }
      for (let k = lo; k < hi; k++) { const id = items[k].clean.id; if (id !== undefined) addPlace(places, id, k); }
    }
    // the id list as the previous one's with the entries of the items this analysis may have
    // changed (re-read, settled, given a new "where", quieted or changed by the directive pass),
    // the lines of those after them moved by the lines the edit added or removed, when the items
    // are as many as before
    let idPatch: IdPatch | undefined;
    if (prev && idKey !== prev.idKey && plan.local && !plan.head && !wide && plan.removed.length === hi - lo) {
      // (given up as soon as there are more than a patch takes: a paste over many scripts, a YAML
      // error that quieted every script with a directive)
      const at = new Set<number>();
      const past = Math.max(hi, to);
      const lists: readonly (readonly number[])[] = [remade, quieted, pass?.replaced ?? []];
      for (let k = Math.min(lo, from); k < past && at.size <= ID_PATCH_MAX; k++) at.add(k);
      for (const list of lists) for (let i = 0; i < list.length && at.size <= ID_PATCH_MAX; i++) at.add(list[i]);
      if (at.size <= ID_PATCH_MAX) {
        const idx = [...at].sort((x, y) => x - y);
        const by = lineCount - prev.lineCount;
        idPatch = {
          from: prev.idKey, ...(by !== 0 && past < n ? { shift: { from: past, by } } : {}),
          at: idx, ids: idx.map((k) => items[k].entry.script.id), lines: idx.map((k) => firstLines[k] + items[k].entry.idLine),
        };
      }
    }
    const prevLines = prev?.analysis.builtLines();
    const linesFrom = prevLines && edit ? { lines: prevLines, start: edit.start, suffix: text.length - edit.newEnd } : undefined;
    // the previous analysis's diagnostics, if it made them and this one kept its header and its
    // other items
    // (or, after an edit in the header that left its lines, its other items: the header's made again)
    const prevList = keep && prev && ext === prev.ext && prev.hadBom === hadBom && (prev.analysis.header === head.result || (plan.head && firstLines[0] === prev.lines[0])) ? prev.analysis.diagList : undefined;
    const reuse: DiagReuse | undefined = prevList ? { from: prevList, lo, hi, prevHi: lo + plan.removed.length, prevLines: prev!.lines, head: !!plan.head } : undefined;
    const analysis = new IncrementalAnalysis(text, hadBom, head.result, head, items, starts, firstLines, lib, overrides, score, counts, ruleErrors, idKey, findingCount, linesFrom, reuse);
    analysis.idPatch = idPatch;
    this.state = { text, hadBom, headerEnd: plan.headerEnd, itemIndent: plan.itemIndent, items, starts, lines: firstLines, lineCount, ext, idKey, analysis, libRun, totals, reach, passed: !!pass?.active, dir: pass?.state, quiet: broken, quotes: this.quotes, places };
    return analysis;
  }

  /** The item for a chunk text linted with a duplicate-id "where" (undefined: lint in full). */
  private item(headerText: string, key: string, clean: Entry, where: string | undefined): Item | undefined {
    const id = clean.id;
    let entry: Entry | undefined = clean;
    if (where !== undefined) {
      const dk = `${key}\u0000${where}`;
      entry = this.dupEntries.get(dk) ?? this.lintSingle(headerText, key, this.itemConfig!, id, where);
      if (!entry) return undefined;
      this.dupEntries.set(dk, entry);
    } else if (clean.where !== undefined) {
      entry = this.lintSingle(headerText, key, this.itemConfig!, id, undefined);
      if (!entry) return undefined;
      this.entries.set(key, entry);
      clean = entry;
    }
    return { key, clean, entry, where };
  }

  /**
   * The previous library-rule run, when it stays valid: same number of scripts, the re-read items
   * equal in every field the rules read, and no script whose position they read moved or changed.
   * (The rules are functions of what they read; their findings lie on scripts whose span they read.)
   */
  private libReuse(prev: State, plan: Plan, items: Item[], delta: number): LibRun | undefined {
    const run = prev.libRun;
    if (!run || run.errors.length || items.length !== prev.items.length) return undefined;
    const { fields, placed } = run.reads;
    for (let k = plan.lo; k < plan.hi; k++) {
      if (placed.has(k)) return undefined;
      const was = plan.removed[k - plan.lo].entry;
      const now = items[k].entry;
      const x = was.result.library.scripts[was.scriptIndex];
      const y = now.result.library.scripts[now.scriptIndex];
      for (const f of PLAIN_FIELDS) if (fields.has(f) && !sameValue(x[f], y[f])) return undefined;
    }
    if (delta !== 0) for (const k of placed) if (k >= plan.hi) return undefined;
    for (const h of run.hits) if (h.seg >= plan.lo) return undefined;
    return run;
  }

  /**
   * Runs the library-scope rules on a model merged from the items: their findings (configured
   * severity applied, rules turned off left out) with the segment each lies in (-1: the header).
   */
  private runLibraryRules(headerEnd: number, items: Item[], starts: Int32Array, head: Header, config: EffectiveConfig, run: LibRun): void {
    const { hits, errors, reads } = run;
    this.libraryRuns++;
    const n = items.length;
    const models: Script[] = new Array(n);
    for (let k = 0; k < n; k++) {
      const it = items[k];
      const e = it.entry;
      models[k] = (it.model ??= new MovableScript(e.result.library.scripts[e.scriptIndex])).move(starts[k] - e.offset, k, reads);
    }
    const h = head.result.library;
    // (what they read of the header, noted: an edit there that changes none of it keeps their run)
    const note = (bit: number): void => { reads.header |= bit; };
    const library = Object.defineProperties({ scripts: models, issues: [], scalarSpans: new SpanList() }, {
      version: { enumerable: true, get: () => { note(READS_HEAD); return h.version; } },
      platform: { enumerable: true, get: () => { note(READS_HEAD); return h.platform; } },
      keySpans: { enumerable: true, get: () => { note(READS_HEAD); return h.keySpans; } },
      shop: { enumerable: true, get: () => { note(READS_SHOP); return h.shop; } },
      variables: { enumerable: true, get: () => { note(READS_VARIABLES); return h.variables; } },
    }) as unknown as Library;
    const raw: Finding[] = [];
    for (const rule of this.libRules) {
      try {
        rule.checkLibrary!({
          ruleId: rule.meta.id, library,
          option: <T>(name: string, fallback: T): T => {
            const v = config.rules[rule.meta.id]?.options?.[name] ?? rule.meta.options?.[name];
            return (v === undefined ? fallback : v) as T;
          },
          reportAt: (r) => raw.push({
            ruleId: rule.meta.id, severity: r.severity ?? rule.meta.severity, message: r.message ?? rule.meta.message,
            start: r.start, end: r.end, scriptId: r.scriptIndex !== undefined ? library.scripts[r.scriptIndex]?.id : undefined,
          }),
        });
      } catch (e) {
        errors.push({ ruleId: rule.meta.id, error: e instanceof Error ? e.message : String(e) });
      }
    }
    for (const f of raw) {
      const meta = ALL_RULES.find((r) => r.meta.id === f.ruleId)!.meta;
      const configured = config.rules[f.ruleId]?.severity;
      if (configured === 'off') continue;
      let severity = f.severity;
      if (configured && meta) severity = severity === meta.severity ? configured : (RANK[severity] < RANK[configured] ? severity : configured);
      hits.push({ f: { ...f, severity }, seg: f.start < headerEnd ? -1 : lastAtOrBefore(starts, f.start) });
    }
  }

  /**
   * The library rules' findings among the others (what the engine's finalize does): the lists of
   * the segments they lie in, and the owning scripts' findings and scores. `header`: the header's
   * findings.
   */
  private placeLibrary(hits: readonly LibHit[], items: Item[], starts: Int32Array, header: readonly Finding[]): { lib: LibFindings; overrides: Map<number, { findings: Finding[]; script: ScriptResult }> } {
    const lib: LibFindings = new Map();
    const overrides = new Map<number, { findings: Finding[]; script: ScriptResult }>();
    const scriptOf = new Map<number, { findings: Finding[]; base: ScriptResult }>();
    for (const { f: g, seg } of hits) {
      let list = lib.get(seg);
      if (!list) {
        list = seg < 0 ? [...header] : [...this.placedFindings(items[seg], starts[seg])];
        lib.set(seg, list);
      }
      insertSorted(list, g);
      // the script whose span holds it: only the item's own script or the one before can
      for (const k of seg < 0 ? [] : [seg - 1, seg]) {
        if (k < 0) continue;
        const o = scriptOf.get(k);
        const base = o?.base ?? this.placedScript(items[k], starts[k], k);
        if (g.start >= base.span.start && g.start < Math.max(base.span.end, base.span.start + 1)) {
          if (o) o.findings.push(g); else scriptOf.set(k, { findings: [...base.findings, g], base });
          break;
        }
      }
    }
    for (const [k, o] of scriptOf) {
      o.findings.sort(compareFindings);
      overrides.set(k, { findings: o.findings, script: { ...o.base, findings: o.findings, card: scoreScript(o.findings, rubricOf) } });
    }
    return { lib, overrides };
  }

  /**
   * What directives do beyond the segment (the header or an item) whose lint read them, which
   * that lint cannot see: a `disable` region not ended in its segment goes on over the next items
   * until the `enable` that ends it, as does a `disable-file` in the header; and any directive
   * covers the library rules' findings in its segment. Their findings there are taken away (items
   * get entries derived from their own, cached on them), and a directive that suppressed a rule
   * only there is not reported unused at home (the header's findings, or its item's entry). Replaces
   * `items` in place; undefined: lint the document whole.
   *
   * A keystroke that changed no directive (nor the header, nor the library rules' findings) takes
   * the previous pass's state (`after`) and visits only the re-read items.
   */
  private directivePass(textLength: number, head: Header, items: Item[], starts: Int32Array, libHits: readonly LibHit[], after?: { state: DirState; prev: State; plan: Plan }): DirectivePass | undefined {
    const n = items.length;
    let st: DirState;
    const replaced: number[] = [];
    if (after) {
      this.directivePasses.moved++;
      const { lo, hi, removed } = after.plan;
      const prevStarts = after.prev.starts;
      const prevN = after.prev.items.length;
      st = after.state;
      // what the re-read items' old texts suppressed goes, under the reaches as they were derived
      // with (before they move); their new texts' comes below
      for (let j = 0; j < removed.length; j++) {
        const k = lo + j;
        const start = prevStarts[k];
        const end = k + 1 < prevN ? prevStarts[k + 1] : after.prev.text.length;
        const g = collapse(st.reach, k, start, end);
        if (g) count(g.groups, derive(baseOf(removed[j]), g.reps, start, end, coverKey(g.reps, start, end)).used, -1);
      }
      move(st, after.prev, after.plan, items, textLength);
      // re-read items whose directives do what they did beyond them (`sameReach`): the reaches
      // take the directives of their new lint, and a region that ends in one ends at its `enable`
      for (let k = lo; k < hi; k++) {
        const c = baseOf(items[k]).dirs;
        if (!c) continue;
        const old = baseOf(removed[k - lo]).dirs!.list;
        for (const a of st.reach) {
          if (a.seg === k) { a.d = c.list[old.indexOf(a.d)]; a.more = undefined; }
          if (a.endSeg === k) a.to = c.list[a.endIdx].span.start + starts[k] - c.offset;
        }
      }
      // a next-line directive's reach over a re-read item ends where its script ends now (the
      // whole pass when that moves it to another item)
      let whole = false;
      for (const a of st.reach) {
        if (!a.nextLine || a.first < lo || a.first >= hi) continue;
        const g = governed(items[a.first], starts[a.first]);
        if (lastAtOrBefore(starts, g.to - 1) !== a.last) { whole = true; break; }
        a.from = g.from;
        a.to = g.to;
      }
      if (whole) return this.directivePass(textLength, head, items, starts, libHits);
      for (let k = lo; k < hi; k++) this.cover(st, k, items, starts, textLength, replaced);
    } else {
      this.directivePasses.whole++;
      const built = this.directiveState(textLength, head, items, starts, libHits);
      if (!built) return undefined;
      st = built;
      if (!this.sweep(st, items, starts, textLength, replaced)) return undefined;
    }

    // directives that suppressed, beyond their segment's lint, a rule they did not in it
    const config = this.itemConfig!;
    const judge = new Map<number, Judged[]>();
    // the segments whose entry or judgement this pass may change: after a moved state's, the
    // re-read items and the homes of the reaches whose counts or directive changed (`more`
    // recomputed); after a whole pass, all
    const visit = after ? new Set<number>() : undefined;
    if (after) for (let k = after.plan.lo; k < after.plan.hi; k++) visit!.add(k);
    if (config.rules['unused-directive']?.severity !== 'off') {
      // by segment and directive (items with the same text share their entry and its directives)
      const push = (seg: number, m: Judged): void => { const list = judge.get(seg); if (list) list.push(m); else judge.set(seg, [m]); };
      for (const a of st.reach) {
        if (a.more !== undefined) continue;
        visit?.add(a.seg);
        const ids = new Set<string>();
        a.counts.forEach((c, id) => { if (c > 0) ids.add(id); });
        const lib = st.libMore.get(a.seg)?.get(a.d);
        if (lib) for (const id of lib) ids.add(id);
        a.more = addsUse(a.d, ids) ? ids : null;
      }
      // (the lists of the segments visited: the others' judgements stand)
      for (const a of st.reach) if (a.more && (!visit || visit.has(a.seg))) push(a.seg, { d: a.d, more: a.more });
      st.libMore.forEach((bySeg, seg) => bySeg.forEach((ids, d) => {
        if (!st.reach.some((a) => a.seg === seg && a.d === d) && addsUse(d, ids)) push(seg, { d, more: ids });
      }));
    }
    const hl = judge.get(-1);
    let header: Finding[] | undefined;
    if (visit && !visit.has(-1)) header = st.header?.findings;
    else if (hl) {
      // the same list while the judgement holds (its diagnostics are then the same objects)
      const key = judgedKey(hl);
      if (st.header?.key !== key) st.header = { key, findings: withUnused(head.result.findings, hl, 0, head.result, config) };
      header = st.header.findings;
    } else st.header = undefined;
    const home = (t: Entry, seg: number): void => {
      const list = judge.get(seg);
      const target = list ? rejudged(t, list, config) : t;
      const it = items[seg];
      if (target !== it.entry) { items[seg] = itemWith(it, target, baseOf(it)); replaced.push(seg); }
    };
    if (visit) visit.forEach((seg) => { const t = st.homes.get(seg); if (t) home(t, seg); });
    else st.homes.forEach(home);
    return { replaced, header, lib: st.lib, active: st.reach.length > 0 || judge.size > 0, state: st };
  }

  /** Item k under the directives that reach it: its entry derived, what they suppressed counted. */
  private cover(st: DirState, k: number, items: Item[], starts: Int32Array, textLength: number, replaced: number[]): void {
    const start = starts[k];
    const end = k + 1 < items.length ? starts[k + 1] : textLength;
    const g = collapse(st.reach, k, start, end);
    const base = baseOf(items[k]);
    let target = base;
    if (g) {
      const dv = derive(base, g.reps, start, end, coverKey(g.reps, start, end));
      target = dv.entry;
      count(g.groups, dv.used, 1);
    }
    this.settleHome(st, k, items, target, replaced);
  }

  /** Item k's entry under the directives over it: kept for its judgement if it is a home, else set. */
  private settleHome(st: DirState, k: number, items: Item[], target: Entry, replaced: number[]): void {
    const it = items[k];
    if (st.homes.has(k)) st.homes.set(k, target);
    else if (target !== it.entry) { items[k] = itemWith(it, target, baseOf(it)); replaced.push(k); }
  }

  /**
   * Every item under the reaches over it, swept in order (the whole pass): the reaches that cover
   * an item whole in groups by their rule ids (`collapse`), one of each group derived for all,
   * what each group's derivations used summed as the sweep goes and given to a member when it
   * leaves (the sum since it joined); the others on their own. Regions opened above each of 5,000
   * scripts and never closed are one group over every item, not 2,500 reaches on average, each
   * derived and counted (4 s). False beyond COVER_BUDGET covers derived in all (the document is
   * then linted whole).
   */
  private sweep(st: DirState, items: Item[], starts: Int32Array, textLength: number, replaced: number[]): boolean {
    const n = items.length;
    const reach = st.reach;
    const loose: Reach[] = [];
    const groups = new Map<string, SweepGroup>();
    // members by the item where they leave their group: their last when they do not cover it whole
    const leaving = new Map<number, Reach[]>();
    const joined = new Map<Reach, Map<string, number>>();
    const leave = (a: Reach): void => {
      const g = groups.get(a.ids)!;
      const at = joined.get(a)!;
      g.sums.forEach((v, id) => { const d = v - (at.get(id) ?? 0); if (d > 0) add(a, id, d); });
      joined.delete(a);
      g.members.delete(a);
      if (!g.members.size) groups.delete(a.ids);
      else if (g.rep === a) g.rep = g.members.values().next().value!;
    };
    let work = 0;
    let next = 0;
    for (let k = 0; k < n; k++) {
      const start = starts[k];
      const end = k + 1 < n ? starts[k + 1] : textLength;
      while (next < reach.length && reach[next].first <= k) loose.push(reach[next++]);
      const out = leaving.get(k);
      if (out) {
        leaving.delete(k);
        for (const a of out) { leave(a); if (a.last >= k) loose.push(a); }
      }
      for (let i = loose.length - 1; i >= 0; i--) {
        const a = loose[i];
        if (a.last < k) { loose.splice(i, 1); continue; }
        if (!whole(a, start, end)) continue;
        // (it leaves at its last item, or after it when it covers that one whole too)
        const lastEnd = a.last + 1 < n ? starts[a.last + 1] : textLength;
        const exit = whole(a, starts[a.last], lastEnd) ? a.last + 1 : a.last;
        if (exit <= k) continue;
        loose.splice(i, 1);
        const key = a.ids;
        let g = groups.get(key);
        if (!g) groups.set(key, (g = { rep: a, members: new Set(), sums: new Map() }));
        g.members.add(a);
        joined.set(a, new Map(g.sums));
        const list = leaving.get(exit);
        if (list) list.push(a); else leaving.set(exit, [a]);
      }
      const base = baseOf(items[k]);
      let target = base;
      if (loose.length || groups.size) {
        const covers: Reach[] = [...loose];
        const kinds: (Reach | SweepGroup)[] = [...loose];
        groups.forEach((g) => { covers.push(g.rep); kinds.push(g); });
        work += covers.length;
        if (work > COVER_BUDGET) return false;
        const dv = derive(base, covers, start, end, coverKey(covers, start, end));
        target = dv.entry;
        for (let i = 0; i < covers.length; i++) {
          if (!dv.used[i].size) continue;
          const c = kinds[i];
          if ('members' in c) for (const id of dv.used[i]) c.sums.set(id, (c.sums.get(id) ?? 0) + 1);
          else for (const id of dv.used[i]) add(c, id, 1);
        }
      }
      this.settleHome(st, k, items, target, replaced);
    }
    joined.forEach((_at, a) => leave(a));
    return true;
  }

  /** The document's directives that reach beyond their segment, and the library rules' findings under directives. */
  private directiveState(textLength: number, head: Header, items: Item[], starts: Int32Array, libHits: readonly LibHit[]): DirState | undefined {
    const n = items.length;
    const headerEnd = n ? starts[0] : textLength;
    // the document's region and file directives and `enable`s, in order
    const order: { seg: number; d: Directive; delta: number; i: number }[] = [];
    if (head.reach) head.result.directives!.list.forEach((d, i) => { if (d.kind !== 'disable-next-line') order.push({ seg: -1, d, delta: 0, i }); });
    for (let k = 0; k < n; k++) {
      const c = baseOf(items[k]).dirs;
      if (!c?.reach) continue;
      const delta = starts[k] - c.offset;
      for (let i = 0; i < c.list.length; i++) if (c.list[i].kind !== 'disable-next-line') order.push({ seg: k, d: c.list[i], delta, i });
    }
    const reach: Reach[] = [];
    const closer = closingEnables(order.map((o) => o.d));
    for (let i = 0; i < order.length; i++) {
      const { seg, d } = order[i];
      if (d.kind === 'enable') continue;
      if (d.kind === 'disable-file' && seg >= 0) return undefined;
      const segEnd = seg < 0 ? headerEnd : seg + 1 < n ? starts[seg + 1] : textLength;
      let to = textLength;
      let end: number | undefined;
      const j = closer[i];
      if (j >= 0) { to = order[j].d.span.start + order[j].delta; end = order[j].seg; }
      if (to <= segEnd || seg + 1 >= n) continue;
      const a: Reach = { seg, d, ids: d.ids.join(','), from: 0, to, toEnd: end === undefined, endSeg: end ?? -1, endIdx: j >= 0 ? order[j].i : -1, first: seg + 1, last: end ?? n - 1, counts: new Map(), nextLine: false };
      reach.push(a);
    }
    // a next-line directive on its segment's last content line or after it governs the next
    // item's dash line and the value that starts there: the script (readDirectives)
    const nextLine = (seg: number, d: Directive): void => {
      const b = seg + 1;
      if (b >= n) return;
      const { from, to } = governed(items[b], starts[b]);
      reach.push({ seg, d, ids: d.ids.join(','), from, to, toEnd: false, endSeg: -1, endIdx: -1, first: b, last: lastAtOrBefore(starts, to - 1), counts: new Map(), nextLine: true });
    };
    if (head.result.directives) {
      for (const d of head.result.directives.list) if (d.kind === 'disable-next-line' && !contentAfter(head.text, d.span.end)) nextLine(-1, d);
    }
    for (let k = 0; k < n; k++) {
      const it = items[k];
      const c = baseOf(it).dirs;
      if (!c || !reachesOut(it.key)) continue;
      const last = lastLineStart(it.key);
      for (const d of c.list) if (d.kind === 'disable-next-line' && d.span.start - c.offset >= last) nextLine(k, d);
    }
    reach.sort((x, y) => x.first - y.first);
    // the directives' own items: replaced after their judgement (else replaced twice, and the
    // previous analysis's item taken as changed at every keystroke)
    const homes = new Map<number, Entry>();
    for (const a of reach) if (a.seg >= 0) homes.set(a.seg, baseOf(items[a.seg]));
    for (const h of libHits) if (h.seg >= 0 && baseOf(items[h.seg]).dirs) homes.set(h.seg, baseOf(items[h.seg]));

    // the library rules' findings: suppressed by their segment's directives or a region over it
    const libMore = new Map<number, Map<Directive, Set<string>>>();
    const moreOf = (seg: number, d: Directive): Set<string> => {
      let bySeg = libMore.get(seg);
      if (!bySeg) libMore.set(seg, (bySeg = new Map()));
      let m = bySeg.get(d);
      if (!m) bySeg.set(d, (m = new Set()));
      return m;
    };
    const lib: LibHit[] = [];
    for (const h of libHits) {
      const g = h.f;
      let hit = false;
      const c = h.seg < 0 ? undefined : baseOf(items[h.seg]).dirs;
      const local = h.seg < 0 ? head.result.directives?.list : c?.list;
      const at = c ? g.start - starts[h.seg] + c.offset : g.start;
      if (local) {
        for (const d of local) {
          if (!covers(d, g.ruleId, at)) continue;
          hit = true;
          moreOf(h.seg, d).add(d.ids.length ? g.ruleId : '*');
        }
      }
      for (const a of reach) {
        if (h.seg < a.first || h.seg > a.last || g.start < a.from || g.start >= a.to || (a.d.ids.length && !a.d.ids.includes(g.ruleId))) continue;
        hit = true;
        moreOf(a.seg, a.d).add(a.d.ids.length ? g.ruleId : '*');
      }
      if (!hit) lib.push(h);
    }
    return { head: head.result, libHits, reach, homes, libMore, lib };
  }

  private placedFindings(it: Item, at: number): Finding[] { return it.entry.findings.map((f) => shiftFinding(f, at)); }
  private placedScript(it: Item, at: number, index: number): ScriptResult {
    const e = it.entry;
    return shiftScript(e.script, at, index, e.script.findings.map((f) => shiftFinding(f, at)));
  }

  /** Lints the missing chunks together in one synthetic library and caches each one's results. */
  private lintBatch(headerText: string, keys: string[], config: EffectiveConfig): boolean {
    // a directive that acts beyond its chunk (a region, a file directive, a next-line directive
    // at the chunk's end) would act on the next chunks of the batch, whose entries are kept by
    // their text for any document: such chunks are linted alone (a region's reach to the
    // document's next items is the directive pass's; the others make the document linted whole)
    // (those whose only reach is a region's are linted in the batch with their regions ended at
    // their chunk's end, as alone: `directiveBounds`; the header the batches are linted under has
    // no directives, `neutralized`, whose regions the chunks' `enable`s could close)
    const alone = (k: string): boolean => chunkHazard(k) || governsNext(k);
    if (keys.length > 1 && keys.some(alone)) {
      const rest: string[] = [];
      for (const k of keys) {
        if (!alone(k)) rest.push(k);
        else if (!this.lintBatch(headerText, [k], config)) return false;
      }
      return !rest.length || this.lintBatch(headerText, rest, config);
    }
    // in batches of at most BATCH_MAX chunks: a YAML error in one makes its batch read by the
    // slower `yaml` parser (at 5,000 scripts, opening a library with one took 3.4 s in one batch)
    if (keys.length > BATCH_MAX) {
      for (let i = 0; i < keys.length; i += BATCH_MAX) if (!this.lintBatch(headerText, keys.slice(i, i + BATCH_MAX), config)) return false;
      return true;
    }
    const offsets: number[] = [];
    let length = headerText.length;
    for (const key of keys) { offsets.push(length); length += key.length; }
    // only the document's last chunk can lack a final line break, and it comes last here too
    const synthetic = headerText + keys.join('');
    // read first, and linted only when it reads without a YAML error or is one chunk: a batch of
    // chunks with an error is split below and each part linted on its own, so a run of its rules
    // was wasted (at 700 scripts with one error a first lint read 900 scripts: the error's batch twice)
    const parsed = parseForLint(synthetic);
    const syntaxError = hasSyntaxError(parsed);
    if (syntaxError && keys.length > 1) {
      // chunks with a YAML error of their own: each linted alone (its entry says so), the runs of
      // chunks between them in batches of their own. Every chunk an error is reported in must
      // have an error alone too: an error that an earlier chunk causes (a quote that runs on,
      // reported at the text's end) makes the document linted whole, after one more lint. All
      // at once, not one error at a time: a library with an error in every script (a colon and
      // a space in every title) took 29 s to open at 1,000 scripts with a batch re-linted per error
      const { library } = parsed;
      const at = new Set<number>();
      // (an error at the text's end ran on to it from the chunk of the script that reaches it)
      const last = library.scripts[library.scripts.length - 1];
      for (const i of library.issues) {
        if (i.ruleId !== 'yaml-syntax') continue;
        if (i.start < headerText.length) return false;
        at.add(lastAtOrBefore(offsets, i.start === synthetic.length && last && last.span.start >= headerText.length ? last.span.start : i.start));
      }
      const broken = [...at].sort((x, y) => x - y);
      for (const j of broken) {
        // (with a probe after it and the next chunk's leading lines, as the document most likely
        // has it: the entry says so, and the document's successor decides later)
        // (an error that swallows the probe leaves `runaway` set: the analysis merges the chunk
        // with the next ones, which it lints with the quotes the document has after them)
        const end = this.batchEnds.get(keys[j]);
        const quotes = end === undefined ? '' : this.quotesAfter(end);
        const e = keys[j].endsWith('\n') ? this.lintBroken(headerText, keys[j], BROKEN + quotes + (j + 1 < keys.length ? leadOf(keys[j + 1]) : ''), config) : this.lintSingle(headerText, keys[j], config, undefined, undefined);
        if (!e?.broken) return false;
        this.entries.set(keys[j], e);
      }
      let from = 0;
      for (const j of broken) {
        if (j > from && !this.lintBatch(headerText, keys.slice(from, j), config)) return false;
        from = j + 1;
      }
      return from >= keys.length || this.lintBatch(headerText, keys.slice(from), config);
    }
    const result = lintLibrary(parsed.text, parsed.hadBom, parsed.library, { config, trackHeader: true, directiveBounds: keys.length > 1 && keys.some(reachesOut) ? offsets : undefined });
    this.lintCount++;
    this.scriptsLinted += keys.length;
    // one chunk with an error: its entry, unless the error is not its own (or it holds characters YAML does not allow)
    if (syntaxError && (!syntaxWithin(result, headerText.length, synthetic.length) || hasNonPrintable(keys[0]))) return false;
    // (a chunk whose script the batch found a duplicate of an earlier one, also when a directive
    // of the chunk suppressed that, which alone would be unused: the only directives that act
    // on a chunk in a batch are its own)
    const dup = (f: Finding): boolean => f.ruleId === 'duplicate-id';
    const made = batchEntries(headerText.length, keys, offsets, result, (_key, fs, _j, suppressed) => (fs.some(dup) || suppressed.some(dup) ? BATCH_DUP : undefined));
    if (!made) return false;
    keys.forEach((key, j) => this.entries.set(key, made[j]));
    return true;
  }

  /**
   * Lints chunks whose ids are defined elsewhere (`list`: each chunk, its id, where that is) in
   * batches, each as `lintSingle` lints it alone with its "where": the batch's lint takes their
   * ids as defined before it (`externalFirst`), so that a script whose id another script of the
   * batch has is a duplicate of the definition the document has, not of that script. Their
   * entries go to `dupEntries`, but for those that depend on the batch's next chunk (`ctx`) and
   * the batches with a YAML error, whose chunks `item` lints alone, as it does the chunks whose
   * directives act beyond them. One id for every script of 5,000 was 5,000 lints of one script.
   */
  private lintDupBatch(headerText: string, list: readonly { key: string; id: string; where: string }[], config: EffectiveConfig): void {
    const ids = new Map<string, string>();
    const batch: { key: string; where: string }[] = [];
    for (const x of list) {
      if (reachesOut(x.key) || this.dupEntries.has(`${x.key}\u0000${x.where}`)) continue;
      const w = ids.get(x.id);
      if (w !== undefined && w !== x.where) continue;
      ids.set(x.id, x.where);
      batch.push(x);
    }
    for (let i = 0; i + 1 < batch.length; i += BATCH_MAX) {
      const part = batch.slice(i, i + BATCH_MAX);
      const keys = part.map((x) => x.key);
      const offsets: number[] = [];
      let length = headerText.length;
      for (const key of keys) { offsets.push(length); length += key.length; }
      // (a batch with a YAML error is left to `item`, which lints its chunks alone: read first, not linted)
      const parsed = parseForLint(headerText + keys.join(''));
      if (hasSyntaxError(parsed)) continue;
      const result = lintLibrary(parsed.text, parsed.hadBom, parsed.library, { config, externalIds: ids, externalFirst: true, trackHeader: true });
      this.lintCount++;
      this.scriptsLinted += keys.length;
      const made = batchEntries(headerText.length, keys, offsets, result, (_key, _fs, j) => part[j].where);
      if (made) made.forEach((e, j) => { if (e.ctx === undefined) this.dupEntries.set(`${keys[j]}\u0000${part[j].where}`, e); });
    }
  }

  /**
   * Lints a chunk as the document has it when another item follows: with that item's dash line
   * (at the chunk's column, in its line breaks) after it; undefined when the script's findings
   * reach past its chunk (then the document decides: it is linted whole).
   */
  private lintWithNext(headerText: string, chunk: string, lead: string, config: EffectiveConfig, dup?: Dup): Entry | undefined {
    if (lead.startsWith(BROKEN)) return this.lintBroken(headerText, chunk, lead, config, undefined, dup);
    const col = dashColumn(chunk);
    if (col < 0 || !chunk.endsWith('\n')) return undefined;
    const eol = chunk.endsWith('\r\n') ? '\r\n' : '\n';
    const off = headerText.length;
    const end = off + chunk.length;
    const result = lintText(`${headerText}${chunk}${lead}${' '.repeat(col)}- id: ${NEXT_ID}${eol}`, { config, externalIds: externalOf(dup), trackHeader: true });
    this.lintCount++;
    this.scriptsLinted++;
    // (a YAML error: the chunk alone, whose entry, marked broken, the caller lints again with a probe item after it)
    if (hasSyntaxError(result)) return this.lintSingle(headerText, chunk, config, dup?.id, dup?.where);
    if (result.library.scripts.length !== 2 || result.library.scripts[0].id === NEXT_ID) return undefined;
    if (result.findings.some((f) => f.start >= end && f.scriptId !== NEXT_ID)) return undefined;
    const fs = result.findings.filter((f) => f.start >= off && f.start < end).map((f) => shiftFinding(f, -off));
    const s = result.scripts[0];
    const model = result.library.scripts[0];
    const e = makeEntry(chunk, result, off, 0, fs, shiftScript(s, -off, 0, s.findings.map((f) => shiftFinding(f, -off))), model.idSpan ? model.id : undefined, dup?.where, chunkDirectives(result, [off, end])[0], lead + ' '.repeat(col));
    e.ctx = lead;
    return e;
  }

  /**
   * Lints a chunk with a YAML error (`ctx`: BROKEN, then the next item's leading lines) with a
   * probe item after it, a dash line and a key line: taken when the errors lie in the chunk and
   * the parser reads the probe as a script with its id and reply, that is, when the error leaves
   * nothing open (a quote, a flow collection) that would run on into the next items of the
   * document, which are then linted as usual. Not with characters YAML forbids: the file has one
   * finding for all of them, with their count (nor in the other lints that take a YAML error).
   */
  private lintBroken(headerText: string, chunk: string, ctx: string, config: EffectiveConfig, out?: RunOn, dup?: Dup): Entry | undefined {
    let q = BROKEN.length;
    while (ctx.charCodeAt(q) === 34 || ctx.charCodeAt(q) === 39) q++;
    const quotes = ctx.slice(BROKEN.length, q);
    const lead = ctx.slice(q);
    const col = dashColumn(chunk);
    if (col < 0 || !chunk.endsWith('\n') || hasNonPrintable(chunk) || hasNonPrintable(lead)) return undefined;
    const eol = chunk.endsWith('\r\n') ? '\r\n' : '\n';
    const off = headerText.length;
    const end = off + chunk.length;
    const result = lintText(`${headerText}${chunk}${lead}${probeItem(col, eol, quotes)}`, { config, externalIds: externalOf(dup), trackHeader: true });
    this.lintCount++;
    this.scriptsLinted++;
    const models = result.library.scripts;
    const probe = models[1];
    if (models.length !== 2 || probe.id !== NEXT_ID || probe.turns.length !== 1 || probe.turns[0].text.value !== 'x') {
      // (the error runs on into the probe, or the chunk holds more than one script: the caller
      // may merge it with the next ones, `mergeRunaway`)
      this.runaway = chunk;
      if (out) {
        out.second = models.length > 2 ? models[1].span.start - off : -1;
        for (const i of result.library.issues) if (i.ruleId === 'yaml-syntax' && i.start >= off) out.open ||= i.openQuote ?? '';
      }
      return undefined;
    }
    if (!syntaxWithin(result, off, end)) return undefined;
    const s = result.scripts[0];
    if (s.findings.some((f) => f.start >= end)) return undefined;
    const fs = result.findings.filter((f) => f.start >= off && f.start < end).map((f) => shiftFinding(f, -off));
    const e = makeEntry(chunk, result, off, 0, fs, shiftScript(s, -off, 0, s.findings.map((f) => shiftFinding(f, -off))), models[0].idSpan ? models[0].id : undefined, dup?.where, chunkDirectives(result, [off, end])[0], lead + ' '.repeat(col));
    e.ctx = ctx;
    return e;
  }

  /** Lints one chunk alone, telling the engine where else its id is defined. */
  private lintSingle(headerText: string, chunk: string, config: EffectiveConfig, id: string | undefined, where: string | undefined, out?: RunOn): Entry | undefined {
    const synthetic = headerText + chunk;
    const result = lintText(synthetic, { config, externalIds: id !== undefined && where !== undefined ? externalOf({ id, where }) : undefined, trackHeader: true });
    this.lintCount++;
    this.scriptsLinted++;
    const off = headerText.length;
    const models = result.library.scripts;
    if (out && models.length > 1) out.second = models[1].span.start - off;
    if (hasSyntaxError(result) && (!syntaxWithin(result, off, synthetic.length) || hasNonPrintable(chunk))) return undefined;
    if (models.length !== 1) return undefined;
    const fs = result.findings.filter((f) => f.start >= off).map((f) => shiftFinding(f, -off));
    const s = result.scripts[0];
    const model = result.library.scripts[0];
    return makeEntry(chunk, result, off, 0, fs, shiftScript(s, -off, 0, s.findings.map((f) => shiftFinding(f, -off))), model.idSpan ? model.id : undefined, where, chunkDirectives(result, [off])[0]);
  }
}

/** The edit from `old` (whose BOM, `oldBom`, is removed) to `text`: the client's (`hint`, offsets with the BOM), checked, or found by comparing. */
function editBetween(old: TextSlices, oldBom: boolean, text: TextSlices, hint: Edit | undefined): Edit {
  if (hint) {
    const b = oldBom ? 1 : 0;
    const start = hint.start - b;
    const oldEnd = hint.oldEnd - b;
    const newEnd = hint.newEnd - b;
    if (start >= 0 && oldEnd >= start && newEnd >= start && oldEnd <= old.length && newEnd <= text.length && old.length - oldEnd === text.length - newEnd) {
      return { start, oldEnd, newEnd };
    }
  }
  const a = old.toString();
  const b = text.toString();
  const max = Math.min(a.length, b.length);
  let p = 0;
  let s = 0;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  while (s < max - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return { start: p, oldEnd: a.length - s, newEnd: b.length - s };
}

/** A chunk's duplicated id and where else it is defined, for its lint (`lintWithNext`, `lintBroken`). */
interface Dup { id: string; where: string }

/** The ids defined elsewhere that a lint of a chunk with a duplicated id is given. */
function externalOf(dup: Dup | undefined): ExternalIds | undefined {
  return dup ? new Map([[dup.id, dup.where]]) : undefined;
}

/**
 * What a lint that did not read the probe after a chunk saw (`lintBroken`, `lintSingle`): where
 * the script after the chunk's starts (chunk-relative; -1: none), and the quote an error says
 * is left open (empty: none).
 */
interface RunOn { second: number; open: string }

/** The most merges of a chunk whose YAML error runs on with the ones after it, per analysis (`mergeRunaway`). */
const MAX_MERGES = 4;

/** The most entries of an id list's patch (`IdPatch`); more: the list is made whole. */
const ID_PATCH_MAX = 64;

/** The most chunks linted together in one synthetic library (`lintBatch`). */
const BATCH_MAX = 500;

/** The id of the item after a chunk linted with a next item (`lintWithNext`). */
const NEXT_ID = 'huashu-next-item-0b7f';

/**
 * A probe item at column `col` (`lintBroken`, `headerWithout`): read whole by the parser when what
 * precedes it ends there; after it, a comment holding the quotes the document has after that point.
 */
function probeItem(col: number, eol: string, quotes: string): string {
  return `${' '.repeat(col)}- id: ${NEXT_ID}${eol}${' '.repeat(col + 2)}reply: x${eol}${quotes ? `#${quotes}${eol}` : ''}`;
}

/** What a chunk's successor brings to where the chunk's script ends (see `contextOf`). */
interface NextStart { lead: string; leadComment: boolean; leadDeep: boolean }

/** The start of the chunk `s` (a chunk text or an item). */
function nextOf(s: string | Item): NextStart {
  if (typeof s !== 'string') return { lead: leadOf(s.key), leadComment: s.clean.leadComment, leadDeep: s.clean.leadDeep };
  const l = layoutOf(s);
  return { lead: leadOf(s), leadComment: l.leadComment, leadDeep: l.leadDeep };
}

/**
 * Where the text's last double and single quotes are that close a quoted scalar whatever comes
 * before them (-1: none): a `"` after any character but a backslash, a `'` between two that are
 * not quotes (a closing quote the `yaml` lexer cannot take for an escape). It ends a quoted
 * scalar left open at the first line that cannot continue it when a closing quote follows
 * anywhere in the text, else at the text's end: a chunk with a YAML error is linted with a probe
 * after it and, after that, a comment with the quotes the document has after the chunk
 * (`contextOf`, `lintBroken`). (A document with only other closing quotes after it, escapes that
 * are not, is linted whole: its chunk's probe is swallowed.)
 */
export interface Quotes { dq: number; sq: number }

/** Whether the quote `ch` at `at` closes a quoted scalar whatever precedes it (see `Quotes`). */
function closingAt(text: TextSlices, ch: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const s = text.slice(Math.max(0, at - 1), at + 2);
  const i = at > 0 ? 1 : 0;
  if (s[i] !== ch) return false;
  if (ch === '"') return i === 0 || s[0] !== '\\';
  return (i === 0 || s[0] !== "'") && s[i + 1] !== "'";
}

/** The last `ch` in [lowest, to) that closes a quoted scalar (see `Quotes`), searched from `to` back. */
function lastClosing(text: TextSlices, ch: string, to: number, lowest = 0): number {
  for (let end = to; end > lowest;) {
    const from = Math.max(lowest, end - 65536);
    const block = text.slice(from, end);
    for (let i = block.lastIndexOf(ch); i >= 0; i = i > 0 ? block.lastIndexOf(ch, i - 1) : -1) if (closingAt(text, ch, from + i)) return from + i;
    end = from;
  }
  return -1;
}

/**
 * The last closing `ch` (see `Quotes`) in `text`, from the previous text's (`prev`) and the edit
 * between them: a quote's neighbours decide, so only the quotes next to the edit can change.
 */
function lastOf(ch: string, prev: number, text: TextSlices, edit: Edit): number {
  if (prev > edit.oldEnd) return prev + edit.newEnd - edit.oldEnd;
  // (the quotes after the one at the edit's end were not closing, and their neighbours are the same)
  if (closingAt(text, ch, edit.newEnd)) return edit.newEnd;
  // the edit's text, and the character before it, whose next one changed
  const near = lastClosing(text, ch, edit.newEnd, Math.max(0, edit.start - 1));
  if (near >= 0) return near;
  if (prev < edit.start - 1) return prev;
  // the last one was deleted or changed: the one before it
  return lastClosing(text, ch, Math.max(0, edit.start - 1));
}

/** A position of the previous text in the new one, if the edit left it (else -2). */
function moveBy(at: number, edit: Edit): number {
  return at < edit.start ? at : at >= edit.oldEnd ? at + edit.newEnd - edit.oldEnd : -2;
}

/** Marks the context of a chunk with a YAML error, linted with a probe item after it (`lintBroken`). */
const BROKEN = '\u0002';

/**
 * What a chunk's lint must have after it to be the document's (its successor's leading lines),
 * or undefined when it can be linted as if alone: the successor's start decides where the
 * script ends when the chunk ends in comments or in an empty value before comments, or when
 * the successor's leading comments go deeper after the first. A chunk with a YAML error is
 * always linted with what follows it (BROKEN, then the successor's leading lines): where the
 * parser recovers from an error depends on it.
 */
function contextOf(layout: Pick<ChunkLayout, 'tail' | 'emptyTail'> & { broken?: boolean }, next: NextStart, quotes = ''): string | undefined {
  if (layout.broken) return BROKEN + quotes + next.lead;
  return layout.tail || next.leadDeep || (layout.emptyTail && next.leadComment) ? next.lead : undefined;
}

/** Where a chunk's dash line starts (after its leading comments and blank lines), and its column (-1: none). */
function dashLine(key: string): { start: number; col: number } {
  for (let ls = 0; ls < key.length;) {
    let e = key.indexOf('\n', ls);
    if (e < 0) e = key.length;
    const col = indentAt(key, ls, e);
    const c = ls + col < e ? key.charCodeAt(ls + col) : LF;
    if (c !== HASH && c !== LF && c !== CR) return { start: ls, col };
    ls = e + 1;
  }
  return { start: key.length, col: -1 };
}

/** A chunk's lines before its dash line (its leading comments and blank lines). */
function leadOf(key: string): string { return key.slice(0, dashLine(key).start); }

/** The column of a chunk's dash, or -1. */
function dashColumn(key: string): number { return dashLine(key).col; }

/**
 * What a next-line directive before item `it` (at `start`) governs: its dash line and the value
 * that starts there, its script (file offsets).
 */
function governed(it: Item, start: number): { from: number; to: number } {
  const key = it.key;
  const dl = dashLine(key);
  let lineEnd = key.indexOf('\n', dl.start);
  if (lineEnd < 0) lineEnd = key.length;
  if (lineEnd > dl.start && key.charCodeAt(lineEnd - 1) === CR) lineEnd--;
  return { from: start + dl.start, to: start + Math.max(lineEnd, baseOf(it).script.span.end) };
}

/**
 * Whether the re-read items `items[lo..hi)`, which replace `removed`, leave the directive pass's
 * reaches as they were but for offsets inside them: the same number of items, each holding
 * directives where the one it replaces did, of the same kinds and ids in the same order (so that
 * the same regions open and close in the same items), the same next-line ones at its end
 * governing the next item, and none that a library rule's finding made suppress (`libMore` is
 * keyed by the directives of the lint before). Items with no directives on both sides always do.
 */
function sameReach(removed: readonly Item[], items: readonly Item[], lo: number, hi: number, was: DirState): boolean {
  if (removed.length !== hi - lo) {
    for (const it of removed) if (baseOf(it).dirs) return false;
    for (let k = lo; k < hi; k++) if (baseOf(items[k]).dirs) return false;
    return true;
  }
  for (let j = 0; j < removed.length; j++) {
    if (!baseOf(removed[j]).dirs && !baseOf(items[lo + j]).dirs) continue;
    if (was.libMore.has(lo + j) || reachSig(removed[j]) !== reachSig(items[lo + j])) return false;
  }
  return true;
}

/**
 * What an item's directives may do beyond it, as the directive pass reads them (`directiveState`):
 * their kinds and rule ids in order, and which next-line directives stand at its end.
 */
function reachSig(it: Item): string | undefined {
  const c = baseOf(it).dirs;
  if (!c) return undefined;
  const last = reachesOut(it.key) ? lastLineStart(it.key) : -1;
  let sig = c.reach ? 'r' : '';
  for (const d of c.list) sig += `|${d.kind}:${d.ids.join(',')}${d.kind === 'disable-next-line' && last >= 0 && d.span.start - c.offset >= last ? '^' : ''}`;
  return sig;
}

/** An item's entry before the directive pass. */
function baseOf(it: Item): Entry { return it.base ?? it.entry; }

function itemWith(it: Item, entry: Entry, base: Entry): Item {
  return entry === base ? { key: it.key, clean: it.clean, entry, where: it.where } : { key: it.key, clean: it.clean, entry, where: it.where, base };
}

/** A region or file directive that reaches items after its segment (the header: -1, or an item). */
interface Reach {
  seg: number;
  /** As its segment's lint read it (its `used`: what it suppressed there). */
  d: Directive;
  /** Its rule ids, joined (the group it joins where it covers an item whole: `collapse`, `sweep`). */
  ids: string;
  /** File offsets where it starts and ends (the `enable`'s, or with `toEnd` the text's end). */
  from: number;
  to: number;
  toEnd: boolean;
  /** The `enable` that ends it: its segment and its index in that segment's directives (-1 without one). */
  endSeg: number;
  endIdx: number;
  /** A next-line directive at its segment's end: it governs the next item's dash line and the script that starts there. */
  nextLine: boolean;
  /** The items it covers, whole or (the last, the `enable`'s) up to `to`. */
  first: number;
  last: number;
  /** Rule id → how many of those items it suppressed it in. */
  counts: Map<string, number>;
  /**
   * The ids its counts and the library rules' findings say it suppressed beyond its segment, when
   * they change its judgement at home (`addsUse`), else null; undefined until the pass judges it
   * (kept by a keystroke's moved state while its counts and directive stay).
   */
  more?: ReadonlySet<string> | null;
}

/** What a directive pass leaves for the next keystroke's (see `directivePass`). */
interface DirState {
  head: LintResult;
  libHits: readonly LibHit[];
  reach: Reach[];
  /** The items that hold directives judged here, with their entries before the judgement. */
  homes: Map<number, Entry>;
  /** Rule ids the library rules' findings made directives suppress, by segment and directive. */
  libMore: Map<number, Map<Directive, Set<string>>>;
  /** The library rules' findings no directive suppressed. */
  lib: LibHit[];
  /** The header's findings with its directives judged, and the judgement's key (kept while it holds). */
  header?: { key: string; findings: Finding[] };
  /** The analysis state whose keystroke moved it here last (`move`). */
  movedFrom?: State;
}

/**
 * The cache key of an item's derivation under `covers` (their ids, and where one ends inside it or
 * at its end: a finding at the very end of the text lies outside a directive that runs to it).
 */
function coverKey(covers: readonly Reach[], start: number, end: number): string {
  let key = '';
  let partial = false;
  for (const a of covers) { key += `${a.d.ids.join(',')};`; if (a.to <= end || a.from > start) partial = true; }
  if (partial) key += `@${covers.map((b) => `${b.from > start ? b.from - start : 0}-${b.to <= end ? b.to - start : -1}`).join(',')}`;
  return key;
}

/** Adds (`sign` 1) or takes away what an item's derivation suppressed to its covers' counts (`groups[i]`: the reaches the derivation's i-th cover stands for). */
function count(groups: readonly (readonly Reach[])[], used: readonly Set<string>[], sign: 1 | -1): void {
  for (let i = 0; i < groups.length; i++) {
    if (!used[i].size) continue;
    for (const a of groups[i]) for (const id of used[i]) add(a, id, sign);
  }
}

/** Adds `by` to reach a's count of `id`; when that makes the count positive or takes it to 0, its judgement is made again (`more`). */
function add(a: Reach, id: string, by: number): void {
  const was = a.counts.get(id) ?? 0;
  const now = was + by;
  a.counts.set(id, now);
  if (was > 0 !== now > 0) a.more = undefined;
}

/** Whether reach a covers the item `start`..`end` whole (as `coverKey` and `derive` read it: not partly). */
function whole(a: Reach, start: number, end: number): boolean {
  return a.from <= start && a.to > end;
}


/** Reaches that cover the same items whole with the same rule ids, in the whole pass (`sweep`): one derived for all, what they used summed. */
interface SweepGroup { rep: Reach; members: Set<Reach>; sums: Map<string, number> }

/**
 * The reaches over item k (`start`..`end`) as `derive` takes them: those that cover it whole
 * grouped by their rule ids, the first of each group standing for it (they suppress the same
 * findings, and each is used alike), the others (a region at its last item, a next-line
 * directive's script) each on its own; `groups[i]`: the reaches `reps[i]` stands for. Undefined
 * when none covers it.
 */
function collapse(candidates: readonly Reach[], k: number, start: number, end: number): { reps: Reach[]; groups: Reach[][] } | undefined {
  let reps: Reach[] | undefined;
  const groups: Reach[][] = [];
  let byIds: Map<string, Reach[]> | undefined;
  for (const a of candidates) {
    if (a.first > k || k > a.last) continue;
    if (whole(a, start, end)) {
      const key = a.ids;
      const g = (byIds ??= new Map()).get(key);
      if (g) { g.push(a); continue; }
      byIds.set(key, [a]);
      groups.push(byIds.get(key)!);
    } else groups.push([a]);
    (reps ??= []).push(a);
  }
  return reps && { reps, groups };
}

/**
 * The previous pass's state moved, in place, to a keystroke's items: indices after the re-read
 * ones shifted, offsets after them moved by the edit's length; the re-read items' counts are the
 * caller's (a count that becomes positive or 0 has its reach judged again: `add`). In place, since the state is
 * the last analysis's, which no other reads: a copy of every reach, 5,000 of them with a region
 * around every script, was most of a keystroke's allocation (its scavenges a third of the server's
 * time). `movedFrom` keeps a retry of the same keystroke (`incremental`) from moving it again.
 */
function move(s: DirState, prev: State, plan: Plan, items: Item[], textLength: number): void {
  const { lo, hi, removed } = plan;
  const prevHi = lo + removed.length;
  const shift = hi - prevHi;
  const delta = textLength - prev.text.length;
  const n = items.length;
  const at = (k: number): number => (k >= prevHi ? k + shift : k);
  const after = prevHi < prev.items.length ? prev.starts[prevHi] : prev.text.length;
  for (const a of s.reach) {
    const first = at(a.first);
    const last = a.toEnd ? n - 1 : at(a.last);
    a.seg = at(a.seg);
    if (a.endSeg >= 0) a.endSeg = at(a.endSeg);
    a.first = first;
    a.last = last;
    if (a.from >= after) a.from += delta;
    a.to = a.toEnd ? textLength : a.to >= after ? a.to + delta : a.to;
  }
  // (a reach's `d` is kept: the pass looks it up in `libMore` by identity)
  if (shift) {
    const homes = new Map<number, Entry>();
    s.homes.forEach((e, k) => homes.set(at(k), e));
    s.homes = homes;
    const libMore = new Map<number, Map<Directive, Set<string>>>();
    s.libMore.forEach((m, k) => libMore.set(at(k), m));
    s.libMore = libMore;
  }
  s.movedFrom = prev;
}

/** A directive (as its segment's lint read it) and the rule ids it suppressed beyond that lint. */
interface Judged { d: Directive; more: ReadonlySet<string> }

/** Whether `more`, what `d` suppressed beyond its segment's lint, changes its judgement there: an id it names and did not use at home, or (naming none) a use where it had none. */
function addsUse(d: Directive, more: ReadonlySet<string>): boolean {
  const home = d.used;
  return d.ids.length ? d.ids.some((id) => !home.has(id) && more.has(id)) : !home.size && more.size > 0;
}

/**
 * What the directive pass did: the items it replaced, the header's findings if they change, the
 * library rules' findings no directive suppressed; `active`: the next analysis runs it again.
 */
interface DirectivePass { replaced: number[]; header?: Finding[]; lib: LibHit[]; active: boolean; state: DirState }

const FULL_COVER = -1;

/**
 * The covers the whole directive pass may derive items under, summed over the items, beyond which
 * it gives up and the document is linted whole. Reaches that cover an item whole with the same
 * rule ids count once (`sweep`): regions opened above each of 5,000 scripts and never closed are
 * about 5,000 in all (before the groups, 12.5 million, 4 s a keystroke); regions each with rule
 * ids of its own, never closed, one above each of a few hundred scripts, reach it.
 */
const COVER_BUDGET = 50_000;

/**
 * `base` under the directives `covers` from earlier segments (each covering the chunk from its
 * start, wholly or up to its `enable`, per `key`): its findings they suppress taken away, and for
 * each the rule ids it suppressed (also among the findings the chunk's own directives suppressed).
 */
function derive(base: Entry, covers: readonly Reach[], start: number, end: number, key: string): { entry: Entry; used: Set<string>[] } {
  const cached = base.derived;
  if (cached && cached.sig === key) return cached;
  const used = covers.map(() => new Set<string>());
  const tos = covers.map((a) => (a.to <= end ? a.to - start : FULL_COVER));
  const froms = covers.map((a) => (a.from > start ? a.from - start : 0));
  const hit = (f: Finding, mark: boolean): boolean => {
    if (f.ruleId === 'yaml-syntax' || f.ruleId === 'unused-directive') return false;
    let any = false;
    for (let i = 0; i < covers.length; i++) {
      const ids = covers[i].d.ids;
      if (f.start < froms[i] || (tos[i] !== FULL_COVER && f.start >= tos[i]) || (ids.length && !ids.includes(f.ruleId))) continue;
      any = true;
      if (mark) used[i].add(ids.length ? f.ruleId : '*');
    }
    return any;
  };
  const findings = base.findings.filter((f) => !hit(f, true));
  for (const f of base.dirs?.suppressed ?? []) hit(f, true);
  const entry = findings.length === base.findings.length ? base : derivedEntry(base, findings, base.script.findings.filter((f) => !hit(f, false)));
  base.derived = { sig: key, entry, used };
  return base.derived;
}

/** An entry like `base` with other findings (caches left behind). */
function derivedEntry(base: Entry, findings: Finding[], own: Finding[]): Entry {
  const b = base.script;
  const script: ScriptResult = { index: b.index, id: b.id, title: b.title, scenario: b.scenario, stage: b.stage, span: b.span, headSpan: b.headSpan, findings: own, card: scoreScript(own, rubricOf) };
  return newEntry(base.result, base.offset, base.scriptIndex, findings, script, base.id, base.where, base.lines, base.breaks, base.hazard, base.tail, base.leadDeep, base.ctx,
    base.emptyTail, base.broken, base.leadComment, countsOf(findings), base.idLine, base.reads, base.dirs);
}

/**
 * An entry with every field in one order, the caches empty: every entry of one shape (a spread of
 * the base entry, whose fields came in the order they were set, took V8's slow path for each
 * entry a directive pass derived: 17 µs each when a region stood around every script).
 */
function newEntry(result: LintResult, offset: number, scriptIndex: number, findings: Finding[], script: ScriptResult, id: string | undefined, where: string | undefined, lines: LineIndex,
  breaks: number, hazard: boolean, tail: boolean, leadDeep: boolean, ctx: string | undefined, emptyTail: boolean, broken: boolean, leadComment: boolean, counts: Counts, idLine: number,
  reads: number, dirs: ChunkDirectives | undefined): Entry {
  return {
    result, offset, scriptIndex, findings, script, id, where, lines, breaks, hazard, tail, leadDeep, ctx, emptyTail, broken, leadComment, counts, idLine, reads, dirs,
    positioner: undefined, diags: undefined, derived: undefined, quiet: undefined, loud: undefined, rejudged: undefined, feats: undefined, featsAt: undefined,
  };
}

/**
 * `e` without its `unused-directive` findings (cached): a file with a YAML error judges none of
 * its directives, as one of them may suppress nothing only because its script was not read.
 */
function quietOf(e: Entry): Entry {
  if (e.quiet) return e.quiet;
  const findings = e.findings.filter((f) => f.ruleId !== 'unused-directive');
  const q = findings.length === e.findings.length ? e : derivedEntry(e, findings, e.script.findings.filter((f) => f.ruleId !== 'unused-directive'));
  if (q !== e) q.loud = e;
  e.quiet = q;
  return q;
}

/**
 * `findings` of a segment linted as `r` (chunk-relative: file offset = offset + `lo`, `lo` the
 * chunk's synthetic offset) with the `unused-directive` findings of `list`'s directives judged by
 * what they suppressed at home and beyond.
 */
function withUnused(findings: readonly Finding[], list: readonly Judged[], lo: number, r: LintResult, config: EffectiveConfig): Finding[] {
  const out = findings.filter((f) => f.ruleId !== 'unused-directive' || !list.some((a) => f.start + lo >= a.d.span.start && f.start + lo < a.d.span.end));
  const fresh: Finding[] = [];
  for (const a of list) unusedDirectiveFindings(r.text, r.lines, a.d, new Set([...a.d.used, ...a.more]), config, fresh);
  for (const f of fresh) out.push(lo ? shiftFinding(f, -lo) : f);
  return out.sort(compareFindings);
}

/** What a judgement of directives depends on beyond the directives themselves. */
function judgedKey(list: readonly Judged[]): string {
  return list.map((a) => `${a.d.span.start}:${[...a.more].sort().join(',')}`).join(';');
}

/** An item's entry with its directives in `list` judged with what they suppressed beyond it (cached on the entry). */
function rejudged(e: Entry, list: readonly Judged[], config: EffectiveConfig): Entry {
  const key = judgedKey(list);
  const cached = e.rejudged;
  if (cached && cached.sig === key) return cached.entry;
  const lo = e.dirs!.offset;
  const findings = withUnused(e.findings, list, lo, e.result, config);
  const span = e.script.span;
  const own = findings.filter((f) => f.ruleId === 'unused-directive'
    ? f.start >= span.start && f.start < Math.max(span.end, span.start + 1)
    : e.script.findings.some((g) => g.start === f.start && g.end === f.end && g.ruleId === f.ruleId && g.message === f.message));
  const entry = derivedEntry(e, findings, own);
  e.rejudged = { sig: key, entry };
  return entry;
}

/**
 * The entries of chunks `keys` (starting at `offsets`) linted together in `result`, each with the
 * "where" `whereOf` gives it (from its findings and those its directives suppressed) and, but for
 * the last, what the next chunk's start made of its script's end (`ctx`); undefined when the lint
 * did not read one script per chunk or a script's findings reach past its chunk (the document
 * decides: it is linted whole).
 */
function batchEntries(headerLength: number, keys: readonly string[], offsets: readonly number[], result: LintResult,
  whereOf: (key: string, findings: readonly Finding[], j: number, suppressed: readonly Finding[]) => string | undefined): Entry[] | undefined {
  if (result.library.scripts.length !== keys.length) return undefined;
  const per: Finding[][] = keys.map(() => []);
  const dirs = chunkDirectives(result, offsets);
  let m = 0;
  for (const f of result.findings) {
    if (f.start < headerLength) continue;
    while (m + 1 < offsets.length && f.start >= offsets[m + 1]) m++;
    per[m].push(f);
  }
  // a script's findings lie in its chunk
  for (let j = 0; j + 1 < keys.length; j++) for (const f of result.scripts[j].findings) if (f.start >= offsets[j + 1]) return undefined;
  return keys.map((key, j) => {
    const off = offsets[j];
    const s = result.scripts[j];
    const fs = per[j].map((f) => shiftFinding(f, -off));
    const own = s.findings.map((f) => shiftFinding(f, -off));
    const model = result.library.scripts[j];
    // (a script's span may end on the next chunk's dash line: its positions reach it)
    const dl = j + 1 < keys.length ? dashLine(keys[j + 1]) : undefined;
    const e = makeEntry(key, result, off, j, fs, shiftScript(s, -off, 0, own), model.idSpan ? model.id : undefined, whereOf(key, fs, j, dirs[j]?.suppressed ?? []), dirs[j],
      dl ? keys[j + 1].slice(0, dl.start) + ' '.repeat(Math.max(0, dl.col)) : '');
    if (j + 1 < keys.length) e.ctx = contextOf(e, nextOf(keys[j + 1]));
    return e;
  });
}

function makeEntry(key: string, result: LintResult, offset: number, scriptIndex: number, findings: Finding[], script: ScriptResult, id: string | undefined, where: string | undefined, dirs: ChunkDirectives | undefined, next = ''): Entry {
  // (a chunk linted with the next item's dash line: its script may end on that line, which its
  // positions then reach)
  const lines = new LineIndex(key + next);
  let nextBreaks = 0;
  for (let i = next.indexOf('\n'); i >= 0; i = next.indexOf('\n', i + 1)) nextBreaks++;
  const layout = layoutOf(key);
  // (a next-line directive at the chunk's end governs the next item: the directive pass's)
  if (dirs && !dirs.reach && reachesOut(key)) dirs.reach = true;
  return newEntry(result, offset, scriptIndex, findings, script, id, where, lines, lines.lineCount - 1 - nextBreaks, chunkHazard(key), layout.tail, layout.leadDeep, undefined,
    layout.emptyTail, result.library.issues.some((i) => i.ruleId === 'yaml-syntax' && inChunk(result, i.start, offset, offset + key.length)), layout.leadComment,
    countsOf(findings), lines.lineOf(script.span.start), result.headerReads?.[scriptIndex] ?? READS_ANY, dirs);
}

/**
 * A chunk's directives as its lint read them (`list`: the lint's own objects, synthetic offsets;
 * `offset`: the chunk's start there), and the findings they suppressed (chunk-relative): what the
 * directive pass needs to judge them with the other items. `reach`: it has a region directive or
 * an `enable`, which may act on other items.
 */
interface ChunkDirectives { offset: number; list: Directive[]; suppressed: Finding[]; reach: boolean }

/** Each chunk's directives in a lint of chunks starting at `offsets` (a chunk ends where the next starts). */
function chunkDirectives(result: LintResult, offsets: readonly number[]): (ChunkDirectives | undefined)[] {
  const out = new Array<ChunkDirectives | undefined>(offsets.length);
  const use = result.directives;
  if (!use) return out;
  const at = (o: number): number => Math.max(0, lastAtOrBefore(offsets, o));
  const get = (j: number): ChunkDirectives => (out[j] ??= { offset: offsets[j], list: [], suppressed: [], reach: false });
  for (const d of use.list) {
    if (d.span.start < offsets[0]) continue;
    const c = get(at(d.span.start));
    c.list.push(d);
    if (d.kind !== 'disable-next-line') c.reach = true;
  }
  for (const f of use.suppressed) {
    if (f.start < offsets[0]) continue;
    const j = at(f.start);
    get(j).suppressed.push(shiftFinding(f, -offsets[j]));
  }
  return out;
}

/** Whether a line after the one holding `at` has content (not blank, not a comment). */
function contentAfter(text: string, at: number): boolean {
  const nl = text.indexOf('\n', at);
  return nl >= 0 && /^[ \t]*[^\s#]/m.test(text.slice(nl + 1));
}

/** `text` with its directives (`dirs`, read from it) made plain comments, at the same offsets. */
function neutralized(text: string, dirs: readonly Directive[]): string {
  if (!dirs.length) return text;
  let out = '';
  let from = 0;
  for (const d of dirs) {
    const dash = text.indexOf('huashu-', d.span.start) + 6;
    out += text.slice(from, dash) + '_';
    from = dash + 1;
  }
  return out + text.slice(from);
}

/** The part that holds a file offset (header, an item, or the whole document). */
export function partAt(a: Analysis, offset: number): Part {
  const ps = a.parts;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ps[mid].start <= offset) lo = mid; else hi = mid - 1;
  }
  return ps[lo];
}

/** Every script model with the delta that turns its offsets into file offsets. */
export function* scriptModels(a: Analysis): Generator<{ script: import('../engine').Script; delta: number; index: number }> {
  if (a.mode === 'full') {
    const p = a.parts[0];
    for (const s of p.result.library.scripts) yield { script: s, delta: 0, index: s.index };
    return;
  }
  let index = 0;
  for (const p of a.parts) {
    if (p.scriptIndex === undefined) continue;
    yield { script: p.result.library.scripts[p.scriptIndex], delta: p.delta, index: index++ };
  }
}

/**
 * Whether file offset `o` lies inside a scalar (as `scalarSpans(a)` would say), from the spans of
 * the one part that holds it: a code action at the cursor asks this for a line or two, and
 * gathering the whole document's spans for it took most of the request at 5,000 scripts.
 */
export function insideScalarAt(a: Analysis, o: number): boolean {
  if (!a.parts.length) return false;
  const p = partAt(a, o);
  if (o < p.start || o >= p.end) return false;
  const spans = p.result.library.scalarSpans;
  const so = o - p.delta;
  const from = p.start - p.delta;
  if (!inOrder(spans)) {
    for (let i = 0; i < spans.length; i++) if (spans.start(i) >= from && spans.start(i) < so && so < spans.end(i)) return true;
    return false;
  }
  // in document order, scalars never overlap: the last one starting before `so` is the only candidate
  let lo = 0;
  let hi = spans.length - 1;
  let k = -1;
  while (lo <= hi) { const mid = (lo + hi) >> 1; if (spans.start(mid) < so) { k = mid; lo = mid + 1; } else hi = mid - 1; }
  return k >= 0 && spans.start(k) >= from && so < spans.end(k);
}

const ORDERED = new WeakMap<SpanList, boolean>();

/** Whether a result's spans are in order of their starts (as the scanner and the parser record them); checked once. */
function inOrder(spans: SpanList): boolean {
  let ok = ORDERED.get(spans);
  if (ok === undefined) {
    ok = true;
    for (let i = 1; i < spans.length && ok; i++) ok = spans.start(i) >= spans.start(i - 1);
    ORDERED.set(spans, ok);
  }
  return ok;
}

const SPANS = new WeakMap<Analysis, { start: number; end: number }[]>();

/** Every scalar span of the document (file offsets), sorted; computed once per analysis. */
export function scalarSpans(a: Analysis): { start: number; end: number }[] {
  let cached = SPANS.get(a);
  if (!cached) { cached = computeScalarSpans(a); SPANS.set(a, cached); }
  return cached;
}

function computeScalarSpans(a: Analysis): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  // items linted in one batch share one result: read each result's spans once, each span going
  // to the part whose synthetic range holds it (a scan of the whole batch per part was quadratic:
  // 20,000 parts × 100,000 spans)
  const byResult = new Map<LintResult, Part[]>();
  for (const p of a.parts) {
    const list = byResult.get(p.result);
    if (list) list.push(p); else byResult.set(p.result, [p]);
  }
  for (const [result, parts] of byResult) {
    const spans = result.library.scalarSpans;
    // synthetic ranges; parts with the same chunk text share an entry and so a range
    const groups = new Map<string, { lo: number; hi: number; deltas: number[] }>();
    for (const p of parts) {
      const key = `${p.start - p.delta}:${p.end - p.delta}`;
      const g = groups.get(key);
      if (g) g.deltas.push(p.delta); else groups.set(key, { lo: p.start - p.delta, hi: p.end - p.delta, deltas: [p.delta] });
    }
    const ranges = [...groups.values()].sort((x, y) => x.lo - y.lo);
    let disjoint = true;
    for (let k = 1; k < ranges.length && disjoint; k++) disjoint = ranges[k].lo >= ranges[k - 1].hi;
    if (!disjoint) {
      for (const p of parts) {
        for (const sp of spans) {
          const st = sp.start + p.delta;
          if (st >= p.start && st < p.end) out.push({ start: st, end: sp.end + p.delta });
        }
      }
      continue;
    }
    for (const sp of spans) {
      let lo = 0;
      let hi = ranges.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (ranges[mid].lo <= sp.start) lo = mid; else hi = mid - 1;
      }
      const r = ranges[lo];
      if (!r || sp.start < r.lo || sp.start >= r.hi) continue;
      for (const d of r.deltas) out.push({ start: sp.start + d, end: sp.end + d });
    }
  }
  return out.sort((x, y) => x.start - y.start || x.end - y.end);
}
