/**
 * Reads a reply-script library (format version 1) into the engine's model: scripts with their
 * context fields and their agent text mapped back to source offsets. Structural problems
 * (syntax, unknown keys, wrong types, version) become findings; nothing here throws on input.
 */
import * as yaml from 'yaml';
import { parseDocument, visit, Document, Scalar, YAMLMap, Node as YNode, Pair } from 'yaml';
import { MappedText, mapScalar, joinMapped, ScalarStyle } from './scalar-map';
import { fastParse, lightEnd, lightStart, premapped, type ItemChunk } from './fast-scan';
import { addDuplicateKeyErrors } from './unique-keys';
import { openQuoteOf, yamlErrorText } from './yaml-errors';
import { SpanList } from './span-list';
import { withoutStacks } from './no-stacks';
import { listed, Platform, PLATFORMS, Scenario, SCENARIOS, Stage, STAGES, Span } from '../types';
import { msg } from '../messages';

// yaml's node tests read once: the bundle reaches a CommonJS package's exports through a getter
// per use of an imported name, and the reader asks them of every key and value of a library
const { isMap, isSeq, isScalar, isAlias } = yaml;

/** One agent turn: a reply or one alternative; a list means consecutive messages. */
export interface Turn {
  field: 'reply' | 'alternatives';
  /** Index within `alternatives`; -1 for `reply`. */
  altIndex: number;
  /** Every message's text joined with '\n', mapped to the source. */
  text: MappedText;
  /** Where each message starts in `text` (read-only: one-message turns share the list). */
  readonly messageStarts: readonly number[];
  /** Source span of the node (for directives and outline). */
  span: Span;
  /** Offset of the key (`reply:`) or of the alternative's item. */
  keyStart: number;
  /** Scalar style of each message, parallel to messageStarts (read-only, shared). */
  readonly styles: readonly ScalarStyle[];
}

export interface Script {
  index: number;
  id?: string;
  idSpan?: Span;
  title?: string;
  scenario?: Scenario;
  stage?: Stage;
  /** Read-only: scripts without tags or customer lines share one empty list. */
  tags: readonly string[];
  customer: readonly string[];
  turns: Turn[];
  notes?: string;
  /** The script item's source span. */
  span: Span;
  /** Span of its first line (for outline selection). */
  headSpan: Span;
}

export interface StructuralIssue {
  ruleId: string; message: string; start: number; end: number; scriptIndex?: number;
  /** A `yaml-syntax` issue of a quoted scalar left open: its quote (the incremental analysis reads it, not the message's words). */
  openQuote?: '"' | "'";
}

export interface Library {
  version?: unknown;
  shop?: string;
  platform: Platform;
  variables: Map<string, Span>;
  scripts: Script[];
  issues: StructuralIssue[];
  /** Source spans of every scalar, so that `#` inside text is never read as a comment. */
  scalarSpans: SpanList;
  /** Span of each top-level key, by name. */
  keySpans: Map<string, Span>;
  /** The text has an anchor or an alias (the fast scanner reads those on scalars, and gives up on any other). */
  anchors?: boolean;
}

const TOP_KEYS = ['huashu', 'shop', 'platform', 'variables', 'scripts'];
export const SCRIPT_KEYS = ['id', 'title', 'scenario', 'stage', 'tags', 'customer', 'reply', 'alternatives', 'notes'];

function spanOf(node: YNode | Pair | null | undefined, fallback: Span): Span {
  const ls = lightStart(node);
  if (ls >= 0) return { start: ls, end: lightEnd(node) };
  const r = (node as YNode | undefined)?.range;
  return r ? { start: r[0], end: r[1] } : fallback;
}

/** Lone CR is a line break for LSP and YAML 1.2 but not for the `yaml` lexer; same length swap keeps offsets. */
function forParser(text: string): string {
  return text.indexOf('\r') < 0 ? text : text.replace(/\r(?!\n)/g, '\n');
}

export interface ParseOptions {
  /** Use the full `yaml` parser even where the fast scanner could read the file. */
  full?: boolean;
  /**
   * Called with each script as soon as it is read, in order; what it returns is kept in its
   * place (lintTextLean keeps a skeleton). When the fast scan gives up midway, the scripts are
   * read again from the first.
   */
  onScript?: (script: Script, chunk?: ItemChunk) => Script;
  /**
   * Offered each script of a `scripts` list in the block layout that another script follows,
   * before it is read, with its chunk (fast-scan.ts, `ItemChunk`) and its index: the script as
   * a lint keeps it (`skeleton`, at this index and place) and its issues (scriptIndex set),
   * when the caller knows this chunk's script from an earlier reading; undefined to read it. With
   * it, `onScript` is given each script read with its chunk.
   */
  takeScript?: (start: number, end: number, index: number) => { script: Script; issues: readonly StructuralIssue[] } | undefined;
  /**
   * Record every scalar's span in `scalarSpans` (the default). Only directives and the editor
   * read them: a lint of a text without `huashu-` (so without directives) leaves the list
   * empty, which at 100,000 scripts is 8 MB less (and 4 MB less while the list grows).
   */
  scalarSpans?: boolean;
}

export function parseLibrary(text: string, options: ParseOptions = {}): Library {
  try {
    return parseLibraryOrThrow(text, options);
  } catch (e) {
    // nesting deeper than the call stack (hostile input): one clear finding, never a crash
    if (!(e instanceof RangeError)) throw e;
    return {
      platform: 'generic', variables: new Map(), scripts: [], scalarSpans: new SpanList(), keySpans: new Map(),
      issues: [{ ruleId: 'yaml-syntax', message: msg.yamlSyntax('嵌套层数过深，无法读取'), start: 0, end: Math.min(text.length, 1) }],
    };
  }
}

function parseLibraryOrThrow(text: string, options: ParseOptions): Library {
  const src = forParser(text);
  const newLibrary = (): Library => ({
    platform: 'generic', variables: new Map(), scripts: [], issues: [], scalarSpans: new SpanList(), keySpans: new Map(),
  });
  let lib = newLibrary();
  const whole = { start: 0, end: Math.min(text.length, 1) };
  // the fast scanner hands over each script as it reads it (its `scripts` list stays empty)
  const { onScript } = options;
  const keepSpans = options.scalarSpans ?? true;
  const { takeScript } = options;
  const skip = takeScript && ((start: number, end: number, index: number): number => {
    const taken = takeScript(start, end, index);
    if (!taken) return -1;
    lib.scripts.push(taken.script);
    for (let k = 0; k < taken.issues.length; k++) lib.issues.push(taken.issues[k]);
    return taken.script.span.end;
  });
  const fast = !options.full
    ? fastParse(src, (node, i, chunk) => readScript(src, node as YNode, i, lib, whole, onScript, chunk), keepSpans, skip ? { skip } : undefined)
    : undefined;
  let doc: Document;
  if (fast) {
    doc = fast.doc;
    lib.scalarSpans = fast.scalarSpans;
    if (fast.anchors) lib.anchors = true;
  } else {
    lib = newLibrary(); // a scan that gave up midway may have read some scripts
    // uniqueKeys in linear time (the package's own check is quadratic in the keys of a map)
    doc = withoutStacks(() => {
      const d = parseDocument(src, { prettyErrors: false, uniqueKeys: false, strict: false });
      addDuplicateKeyErrors(d);
      return d;
    });
    // every scalar's span, and whether the text has an anchor or alias: one walk
    visit(doc, (_k, node) => {
      if (!node || typeof node !== 'object') return;
      if (isAlias(node) || ('anchor' in node && node.anchor)) lib.anchors = true;
      if (keepSpans && isScalar(node) && node.range) lib.scalarSpans.push(node.range[0], node.range[1]);
    });
  }
  for (const e of doc.errors) {
    const s = Math.min(Math.max(0, e.pos?.[0] ?? 0), text.length);
    const t = Math.min(Math.max(s, e.pos?.[1] ?? s), text.length);
    const issue: StructuralIssue = { ruleId: 'yaml-syntax', message: msg.yamlSyntax(yamlErrorText(e.code, e.message)), start: s, end: t > s ? t : Math.min(s + 1, text.length) };
    const open = openQuoteOf(e.message);
    if (open) issue.openQuote = open;
    lib.issues.push(issue);
  }
  controlCharacters(text, lib);
  const root = doc.contents;
  if (!root || (isScalar(root) && (root.value === null || root.value === ''))) {
    if (!doc.errors.length) lib.issues.push({ ruleId: 'unsupported-version', message: msg.missingVersion(), ...whole });
    return lib;
  }
  if (!isMap(root)) {
    lib.issues.push({ ruleId: 'invalid-field', message: msg.rootNotMap(), ...spanOf(root, whole) });
    return lib;
  }
  readTop(src, root, lib, whole, onScript);
  return lib;
}

/** YAML forbids C0 controls (but tab and line breaks), DEL, U+FFFE/U+FFFF: binary data or a broken encoding. */
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]/g;

/**
 * Whether the text holds a character YAML forbids. The file has one `yaml-syntax` finding for all
 * of them, at the first, with their count: a part of a file linted alone may not say the same.
 */
export function hasNonPrintable(text: string): boolean {
  NON_PRINTABLE.lastIndex = 0;
  return NON_PRINTABLE.test(text);
}

function controlCharacters(text: string, lib: Library): void {
  NON_PRINTABLE.lastIndex = 0;
  const first = NON_PRINTABLE.exec(text);
  if (!first) return;
  let count = 1;
  while (NON_PRINTABLE.exec(text)) count++;
  lib.issues.push({ ruleId: 'yaml-syntax', message: msg.controlCharacter(first[0].charCodeAt(0), count), start: first.index, end: first.index + 1 });
}

function keyName(p: Pair): string | undefined {
  return isScalar(p.key) && typeof p.key.value === 'string' ? p.key.value : isScalar(p.key) ? String(p.key.value) : undefined;
}

function readTop(src: string, root: YAMLMap, lib: Library, whole: Span, onScript: ParseOptions['onScript']): void {
  let sawVersion = false;
  for (const p of root.items) {
    const k = keyName(p);
    const ks = spanOf(p.key as YNode, whole);
    if (k === undefined) continue;
    lib.keySpans.set(k, ks);
    const v = p.value as YNode | null;
    const vs = spanOf(v, ks);
    switch (k) {
      case 'huashu':
        sawVersion = true;
        lib.version = isScalar(v) ? v.value : undefined;
        if (!isScalar(v) || (v.value !== 1 && v.value !== '1')) {
          lib.issues.push({ ruleId: 'unsupported-version', message: unlessAlias(v, 'huashu', msg.badVersion(isScalar(v) ? String(v.value) : '')), ...vs });
        }
        break;
      case 'shop':
        if (isScalar(v) && v.value != null) lib.shop = String(v.value);
        else lib.issues.push({ ruleId: 'invalid-field', message: unlessAlias(v, 'shop', msg.mustBeString('shop')), ...vs });
        break;
      case 'platform':
        if (isScalar(v) && PLATFORMS.includes(v.value as Platform)) lib.platform = v.value as Platform;
        else lib.issues.push({ ruleId: 'invalid-field', message: unlessAlias(v, 'platform', msg.badEnum('platform', PLATFORMS)), ...vs });
        break;
      case 'variables':
        readVariables(v, lib, vs);
        break;
      case 'scripts':
        if (isSeq(v)) v.items.forEach((item, i) => readScript(src, item as YNode, i, lib, vs, onScript));
        else if (!(isScalar(v) && v.value == null)) lib.issues.push({ ruleId: 'invalid-field', message: unlessAlias(v, 'scripts', msg.mustBeList('scripts')), ...vs });
        break;
      default:
        lib.issues.push({ ruleId: 'unknown-key', message: k === MERGE_KEY ? msg.mergeKey() : msg.unknownKey(k, TOP_KEYS), ...ks });
    }
  }
  if (!sawVersion) lib.issues.push({ ruleId: 'unsupported-version', message: msg.missingVersion(), ...spanOf(root.items[0]?.key as YNode, whole) });
}

function readVariables(v: YNode | null, lib: Library, vs: Span): void {
  if (!isMap(v)) {
    if (!(isScalar(v) && v.value == null)) lib.issues.push({ ruleId: 'invalid-field', message: unlessAlias(v, 'variables', msg.mustBeMap('variables')), ...vs });
    return;
  }
  for (const p of v.items) {
    const k = keyName(p);
    if (k !== undefined) lib.variables.set(k, spanOf(p.key as YNode, vs));
  }
}

function stringsOf(v: YNode | null): string[] {
  if (isScalar(v) && v.value != null) return [String(v.value)];
  if (isSeq(v)) return v.items.flatMap((x) => (isScalar(x) && x.value != null ? [String(x.value)] : []));
  return [];
}

/**
 * Shared read-only lists for the usual script (no tags, no customer lines, a one-message reply):
 * a library holds several small arrays per script, and these are most of them.
 */
const NO_STRINGS: readonly string[] = Object.freeze([]);
const ONE_START: readonly number[] = Object.freeze([0]);
const ONE_STYLE = Object.fromEntries((['PLAIN', 'QUOTE_SINGLE', 'QUOTE_DOUBLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'] as const)
  .map((st) => [st, Object.freeze([st])])) as Record<ScalarStyle, readonly ScalarStyle[]>;

const NO_TURNS: Turn[] = Object.freeze([] as Turn[]) as Turn[];

/**
 * What a lint keeps of a script once its turns are linted (lintTextLean): index, id, title,
 * scenario, stage and spans. Every field in one literal: fields added later would give each
 * skeleton a second property block.
 */
export function skeletonOf(s: Script): Script {
  return skeleton(s.index, s.id, s.idSpan, s.title, s.scenario, s.stage, s.span, s.headSpan);
}

/** A script as a lint keeps it (see skeletonOf), from its fields. */
export function skeleton(index: number, id: string | undefined, idSpan: Span | undefined, title: string | undefined, scenario: Scenario | undefined, stage: Stage | undefined, span: Span, headSpan: Span): Script {
  return { index, id, idSpan, title, scenario, stage, tags: NO_STRINGS, customer: NO_STRINGS, turns: NO_TURNS, span, headSpan };
}

function readScript(src: string, node: YNode, index: number, lib: Library, parent: Span, onScript: ParseOptions['onScript'], chunk?: ItemChunk): void {
  const script = readScriptFields(src, node, index, lib, parent);
  if (onScript) lib.scripts[lib.scripts.length - 1] = onScript(script, chunk);
}

/** The span of a pair's value; where the value has none, its key's (or else `parent`). */
function valueSpan(p: Pair, parent: Span): Span {
  const v = p.value as YNode | null;
  const ls = lightStart(v);
  if (ls >= 0) return { start: ls, end: lightEnd(v) };
  return spanOf(v, spanOf(p.key as YNode, parent));
}

/** YAML's merge key, which the reader does not merge (no more than it expands aliases). */
const MERGE_KEY = '<<';

/**
 * `message`, or, when the value is a YAML alias (`*name`), which the reader does not expand, what
 * to write instead: a script's text must stand where it is checked, character by character.
 */
function unlessAlias(v: unknown, key: string, message: string): string {
  return isAlias(v) ? msg.aliasValue(key, v.source) : message;
}

/** An `invalid-field` issue at a value's span (a function, not a closure made per key). */
function invalidField(lib: Library, message: string, at: Span, scriptIndex: number): void {
  lib.issues.push({ ruleId: 'invalid-field', message, start: at.start, end: at.end, scriptIndex });
}

function readScriptFields(src: string, node: YNode, index: number, lib: Library, parent: Span): Script {
  const span = spanOf(node, parent);
  const head = { start: span.start, end: lineEndAt(src, span.start, span.end) };
  // every field in the literal, those set later too: fields added to an object after its literal
  // go to an array of their own outside it, and each addition changes its shape
  const script: Script = {
    index, id: undefined, idSpan: undefined, title: undefined, scenario: undefined, stage: undefined,
    tags: NO_STRINGS, customer: NO_STRINGS, turns: NO_TURNS, notes: undefined, span, headSpan: head,
  };
  // a script's turns: one reply in most, an array of that one (an array grown by push from empty
  // has room for 16 more)
  let turns: Turn[] | undefined;
  lib.scripts.push(script);
  if (!isMap(node)) {
    lib.issues.push({ ruleId: 'invalid-field', message: unlessAlias(node, 'scripts', msg.scriptNotMap()), ...span, scriptIndex: index });
    script.turns = [];
    return script;
  }
  // indexed, not for-of: an iterator per script until V8 optimises this (a cold first lint does not)
  const items = node.items;
  for (let j = 0; j < items.length; j++) {
    const p = items[j];
    const k = keyName(p);
    if (k === undefined) continue;
    const v = p.value as YNode | null;
    // the key's and the value's spans are made where they are kept or reported, not for every key
    switch (k) {
      case 'id':
        if (isScalar(v) && v.value != null && String(v.value).trim() !== '') { script.id = String(v.value); script.idSpan = valueSpan(p, span); }
        else invalidField(lib, unlessAlias(v, 'id', msg.mustBeString('id')), valueSpan(p, span), index);
        break;
      case 'title':
        if (isScalar(v)) script.title = v.value == null ? undefined : String(v.value); else invalidField(lib, unlessAlias(v, 'title', msg.mustBeString('title')), valueSpan(p, span), index);
        break;
      // the list's own string, not the one read from the file (a library kept a copy per script)
      case 'scenario': {
        const own = isScalar(v) ? listed(SCENARIOS, v.value) : undefined;
        if (own) script.scenario = own;
        else invalidField(lib, unlessAlias(v, 'scenario', msg.badEnum('scenario', SCENARIOS)), valueSpan(p, span), index);
        break;
      }
      case 'stage': {
        const own = isScalar(v) ? listed(STAGES, v.value) : undefined;
        if (own) script.stage = own;
        else invalidField(lib, unlessAlias(v, 'stage', msg.badEnum('stage', STAGES)), valueSpan(p, span), index);
        break;
      }
      case 'tags': script.tags = stringsOf(v); break;
      case 'customer': script.customer = stringsOf(v); break;
      case 'notes': if (isScalar(v) && v.value != null) script.notes = String(v.value); break;
      case 'reply': {
        const ls = lightStart(p.key);
        const t = readTurn(src, v, 'reply', -1, lib, index, ls >= 0 ? ls : spanOf(p.key as YNode, span).start);
        if (t) { if (turns) turns.push(t); else turns = [t]; } else invalidField(lib, unlessAlias(v, 'reply', msg.badReply('reply')), valueSpan(p, span), index);
        break;
      }
      case 'alternatives': {
        const vs = valueSpan(p, span);
        if (isSeq(v)) {
          v.items.forEach((alt, ai) => {
            const t = readTurn(src, alt as YNode, 'alternatives', ai, lib, index, spanOf(alt as YNode, vs).start);
            if (t) { if (turns) turns.push(t); else turns = [t]; }
            else lib.issues.push({ ruleId: 'invalid-field', message: unlessAlias(alt, 'alternatives', msg.badReply('alternatives')), ...spanOf(alt as YNode, vs), scriptIndex: index });
          });
        } else if (!(isScalar(v) && v.value == null)) invalidField(lib, unlessAlias(v, 'alternatives', msg.mustBeList('alternatives')), vs, index);
        break;
      }
      default:
        lib.issues.push({ ruleId: 'unknown-key', message: k === MERGE_KEY ? msg.mergeKey() : msg.unknownKey(k, SCRIPT_KEYS), ...spanOf(p.key as YNode, span), scriptIndex: index });
    }
  }
  if (!script.id) {
    lib.issues.push({ ruleId: 'invalid-field', message: msg.missingId(), ...head, scriptIndex: index });
  }
  // (more than one: an array grown by push keeps room for 16 more elements; a library holds one per script)
  script.turns = turns === undefined ? [] : turns.length > 1 ? turns.slice() : turns;
  return script;
}

/** End of the line at `from`, at most `limit` (a 3 MB line of 60,000 flow scripts must not be scanned once per script). */
function lineEndAt(src: string, from: number, limit: number): number {
  let i = from;
  const stop = Math.min(src.length, limit);
  while (i < stop && src[i] !== '\n' && src[i] !== '\r') i++;
  return i;
}

function styleOf(s: Scalar): ScalarStyle {
  return typeof s.value === 'string' ? ((s.type ?? 'PLAIN') as ScalarStyle) : 'PLAIN';
}

function mapped(src: string, s: Scalar): MappedText | undefined {
  if (s.value == null || isAlias(s)) return undefined;
  const pre = premapped(s);
  if (pre) return pre;
  // the scanner's nodes give their bounds without a range array
  let start = lightStart(s);
  let end = lightEnd(s);
  if (start < 0) {
    if (!s.range) return undefined;
    start = s.range[0];
    end = s.range[1];
  }
  const value = typeof s.value === 'string' ? s.value : String(s.value);
  const style = (s.type ?? 'PLAIN') as ScalarStyle;
  if (typeof s.value !== 'string') {
    // numbers and booleans written plainly: their source text is the text an agent sends
    const raw = src.slice(start, end);
    return mapScalar(src, 'PLAIN', start, end, raw);
  }
  return mapScalar(src, style, start, end, value);
}

/** The fallback of spanOf for a turn's value, which always has a range: shared, read-only. */
const NO_SPAN: Span = Object.freeze({ start: 0, end: 0 });

function readTurn(src: string, v: YNode | null, field: Turn['field'], altIndex: number, lib: Library, scriptIndex: number, keyStart: number): Turn | undefined {
  if (isScalar(v)) {
    // one message (most replies): no lists to gather parts in
    const m = mapped(src, v);
    if (!m) return undefined;
    return { field, altIndex, text: m, messageStarts: ONE_START, span: spanOf(v, NO_SPAN), keyStart, styles: ONE_STYLE[styleOf(v)] };
  }
  const parts: MappedText[] = [];
  const styles: ScalarStyle[] = [];
  if (isSeq(v)) {
    for (const item of v.items) {
      const m = isScalar(item) ? mapped(src, item) : undefined;
      if (m) { parts.push(m); styles.push(styleOf(item as Scalar)); }
      else lib.issues.push({ ruleId: 'invalid-field', message: unlessAlias(item, field, msg.badMessage()), ...spanOf(item as YNode, spanOf(v, NO_SPAN)), scriptIndex });
    }
  } else {
    return undefined;
  }
  if (!parts.length) return undefined;
  if (parts.length === 1) return { field, altIndex, text: parts[0], messageStarts: ONE_START, span: spanOf(v, NO_SPAN), keyStart, styles: ONE_STYLE[styles[0]] };
  const messageStarts: number[] = new Array(parts.length);
  let at = 0;
  parts.forEach((p, k) => { messageStarts[k] = at; at += p.value.length + 1; });
  return { field, altIndex, text: joinMapped(parts, '\n'), messageStarts, span: spanOf(v, NO_SPAN), keyStart, styles: styles.slice() };
}
