/**
 * Keystrokes in a library whose scripts are flow maps (`scripts: [{…}, …]`, or JSON, which a tool
 * exports): such a file has no block layout for the incremental analysis to split, and was linted
 * whole at every keystroke (5,000 scripts of JSON: p50 50–60 ms at the server, each script's lint
 * kept by the memo, the whole text scanned again). A splice keeps the last analysis's scripts and
 * lints again only the one an edit falls inside: the edited flow map, between its own braces, put
 * in place of all the scripts between the document's header and footer (the text before the
 * first script and after the last), and linted alone. Taken only when that lint reads it as one
 * script spanning exactly the map, with no YAML error, directive, anchor or alias, or rule error,
 * and its id, scenario and stage (what duplicate ids and the library rule read of a script) are
 * those it had: then the whole document's lint is the previous one's with that script's findings
 * and result replaced and the later ones moved; the script's old library-rule and duplicate-id
 * findings are kept (moved with the edit, which must not touch them), the lone lint's own
 * dropped (tests edit at random and compare with a full lint). An edit inside one scalar of the
 * header or footer (a shop's name typed) splices too: the scripts move, and those that read what
 * changed of the header are linted again alone (`spliceHeader`). Anything else makes the caller
 * lint the document whole, and start again from there. */
import { Finding, LineIndex, LintResult, ScriptResult, lintText, rubricOf } from './index';
import type { EffectiveConfig, ExternalIds, Script, TextSlices } from './index';
import { lastAtOrBefore } from './line-index';
import type { Analysis, Counts, Diag, Edit, IdList, MovedHook, Part, Positioner, ScriptFeature } from './incremental';
import { countsOf, movedDiags, semanticOf, shiftScript } from './incremental';
import { compareFindings, shiftFinding, READS_ANY, READS_SHOP, READS_VARIABLES, type ScriptMemo } from './lint';
import type { SpanList } from './parse/span-list';
import { scoreScript } from './score';

/** One script's lint as splices keep it: the lint it comes from, its findings and result placed, its diagnostics. */
class Unit {
  /** Its findings and result in file offsets, for the last delta asked. */
  private at?: { delta: number; index: number; findings: readonly Finding[]; script: ScriptResult };
  /** Its diagnostics as last made or moved, with its start's line and column then. */
  diags?: { make: unknown; moved: unknown; line: number; col: number; list: Diag[] };
  /** Per-script feature values as made, with its start's line and column and its index then, and moved to another line, by feature. */
  feats?: Map<object, { line: number; col: number; index: number; value: unknown; moved?: { line: number; value: unknown } }>;
  readonly counts: Counts;
  /** The line index of its script's text (from its opening brace), when made. */
  private ownLines?: LineIndex;
  /** `result`'s script `index`, unless `override` (its findings with the library's kept in) is given. */
  constructor(readonly result: LintResult, readonly index: number, lines?: LineIndex, private readonly override?: ScriptResult) {
    this.counts = countsOf(this.own.findings);
    this.ownLines = lines;
  }
  /** The line index of its script's text, `text` (read only the first time). */
  itemLines(text: () => string): LineIndex { return (this.ownLines ??= new LineIndex(text())); }
  get own(): ScriptResult { return this.override ?? this.result.scripts[this.index]; }
  get model(): Script { return this.result.library.scripts[this.index]; }
  placed(delta: number, index: number): { findings: readonly Finding[]; script: ScriptResult } {
    let p = this.at;
    if (!p || p.delta !== delta || p.index !== index) {
      const own = this.own;
      if (delta === 0 && own.index === index) p = { delta, index, findings: own.findings, script: own };
      else {
        const findings = own.findings.length ? own.findings.map((f) => shiftFinding(f, delta)) : own.findings;
        p = { delta, index, findings, script: shiftScript(own, delta, index, findings) };
      }
      this.at = p;
    }
    return p;
  }
}

/** What the analyzer gives splices for one config (one object while the config stays). */
export interface SpliceContext {
  config: EffectiveConfig;
  /** The analyzer's scripts' lints (`ScriptMemo`): a splice's lint updates it, for the whole lints after it. */
  memo: ScriptMemo;
  /** Rule ids whose findings depend on other scripts: the enabled library rules' and `duplicate-id`. */
  crossIds: ReadonlySet<string>;
  /** The analyzer's counter for `idKey`. */
  nextIdKey(): number;
}

/** The whole lint a run of splices starts from: what they share (its diagnostics, the footer's). */
interface Base {
  result: LintResult;
  /** What the lints read of the other files: the "where" of each of this file's ids defined there (`whereOf`). */
  where: string;
  /** The diagnostics the whole-document analysis made, per maker, by finding: valid where a finding has the line and column it had then. */
  made: WeakMap<object, WeakMap<Finding, Diag>>;
  /** Each script's start line and column in that lint (the index of a script does not change in a run of splices). */
  line: Int32Array;
  col: Int32Array;
  /** Its findings before the first script and after the last; the footer's start line and column. */
  head: readonly Finding[];
  foot: readonly Finding[];
  footLine: number;
  footCol: number;
  /** The footer's findings moved, for the last few deltas (typing back and forth), and its diagnostics as last made. */
  footAt: { delta: number; findings: readonly Finding[] }[];
  footDiags?: Unit['diags'];
  /** How many scripts have each id. */
  idCount: Map<string, number>;
}

/**
 * Where each of `ids` is defined in other files (as `ext` says), for those that are, as one
 * string (`id`, where, in the ids' order): all that a file with these ids reads of the other files.
 */
export function whereOf(ext: ExternalIds | undefined, ids: Iterable<string>): string {
  if (!ext) return '';
  let out = '';
  for (const id of ids) {
    const w = ext.get(id);
    if (w !== undefined) out += `${id}\u0000${w}\u0001`;
  }
  return out;
}

/** The scalar of `spans` that holds [from, to]: starts before `from`, ends at or after `to`. */
function scalarHolding(spans: SpanList, from: number, to: number): { start: number; end: number } | undefined {
  for (let i = 0; i < spans.length; i++) if (spans.start(i) < from && to <= spans.end(i)) return { start: spans.start(i), end: spans.end(i) };
  return undefined;
}

/** At most so many scripts are linted again for an edit in the header (more: the whole document, each script's lint kept). */
const MAX_RELINTED = 200;

let EMPTY: LintResult | undefined;
/** The lint of an empty text: the result of the parts between scripts (no scalars, no scripts). */
function empty(): LintResult { return (EMPTY ??= lintText('')); }

/**
 * A library of flow-map scripts, as a whole lint left it or as a splice made it: the next splice's
 * starting point, and (when made by a splice) the document's analysis.
 */
export class FlowAnalysis implements Analysis {
  readonly mode = 'incremental' as const;
  readonly ruleErrors: { ruleId: string; error: string }[] = [];
  private joined?: string;
  private built?: { findings: Finding[]; scripts: ScriptResult[] };
  private partList?: Part[];
  private shiftedHeader?: LintResult;

  private constructor(
    private readonly src: TextSlices,
    readonly hadBom: boolean,
    private readonly ctx: SpliceContext,
    private readonly base: Base,
    /** The ids of other files this analysis was made with (another object with the same `where`s serves too). */
    private readonly ext: ExternalIds | undefined,
    private readonly units: Unit[],
    /** Per script: file offset = its lint's offset + delta; its span; its start's line and column. */
    private readonly delta: Int32Array,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    private readonly line: Int32Array,
    private readonly col: Int32Array,
    /** The footer's offsets are the base lint's + footDelta; its start's line and column. */
    private readonly footDelta: number,
    private readonly footLine: number,
    private readonly footCol: number,
    /** The whole text's line index, or the previous one and this edit to make it from when first asked for. */
    private lineIndex: LineIndex | undefined,
    private linesFrom: { lines: LineIndex; edit: Edit } | undefined,
    private readonly scoreSum: number,
    readonly counts: Counts,
    readonly idKey: number,
  ) {}

  /**
   * The starting point for splices after a whole lint of `text`, or undefined when the library is
   * not one of flow-map scripts a splice can keep (a YAML error, a directive, a rule error, an
   * anchor or alias, findings between scripts).
   */
  static from(text: string, hadBom: boolean, r: LintResult, ctx: SpliceContext, externalIds: ExternalIds | undefined, made: Base['made']): FlowAnalysis | undefined {
    const models = r.library.scripts;
    const n = models.length;
    // (an anchor or alias: one script may read another's)
    if (!n || r.ruleErrors.length || r.directives || r.library.anchors) return undefined;
    for (const i of r.library.issues) if (i.ruleId === 'yaml-syntax') return undefined;
    // (the first script's brace first: a block library linted whole is not read further)
    if (text.charCodeAt(models[0].span.start) !== 0x7b) return undefined;
    const units = new Array<Unit>(n);
    const delta = new Int32Array(n);
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    const line = new Int32Array(n);
    const col = new Int32Array(n);
    const idCount = new Map<string, number>();
    let scoreSum = 0;
    let inItems = 0;
    const counts: Counts = { error: 0, warning: 0, info: 0 };
    for (let k = 0; k < n; k++) {
      const m = models[k];
      const { start, end } = m.span;
      if (m.index !== k || text.charCodeAt(start) !== 0x7b || text.charCodeAt(end - 1) !== 0x7d || (k && start <= ends[k - 1])) return undefined;
      starts[k] = start;
      ends[k] = end;
      const p = r.lines.positionAt(start);
      line[k] = p.line;
      col[k] = p.character;
      const u = (units[k] = new Unit(r, k));
      scoreSum += u.own.card.score;
      counts.error += u.counts.error; counts.warning += u.counts.warning; counts.info += u.counts.info;
      inItems += u.own.findings.length;
      if (m.id !== undefined) idCount.set(m.id, (idCount.get(m.id) ?? 0) + 1);
    }
    if (text.includes('huashu-')) return undefined;
    const first = starts[0];
    const last = ends[n - 1];
    const head: Finding[] = [];
    const foot: Finding[] = [];
    for (const f of r.findings) if (f.start < first) head.push(f); else if (f.start >= last) foot.push(f);
    // (a finding between scripts, or one no script's span holds: not a layout a splice keeps)
    if (head.length + foot.length + inItems !== r.findings.length) return undefined;
    countsOf(head, counts);
    countsOf(foot, counts);
    const fp = r.lines.positionAt(last);
    const base: Base = { result: r, where: whereOf(externalIds, idCount.keys()), made, line, col, head, foot, footLine: fp.line, footCol: fp.character, footAt: [{ delta: 0, findings: foot }], idCount };
    return new FlowAnalysis(text, hadBom, ctx, base, externalIds, units, delta, starts, ends, line, col, 0, fp.line, fp.character, r.lines, undefined, scoreSum, counts, ctx.nextIdKey());
  }

  /**
   * The analysis of `src` (without BOM), this analysis's text with `edit` made in it, by linting
   * again only the script the edit falls inside; undefined when it cannot be kept so.
   */
  splice(src: TextSlices, hadBom: boolean, edit: Edit, ctx: SpliceContext, externalIds: ExternalIds | undefined): FlowAnalysis | undefined {
    if (hadBom !== this.hadBom || ctx !== this.ctx) return undefined;
    // (the index of other files' ids is a new object whenever any file's ids changed, this one's
    // too: what matters is where this file's ids are defined elsewhere)
    if (externalIds !== this.ext && whereOf(externalIds, this.base.idCount.keys()) !== this.base.where) return undefined;
    const { starts, ends, units } = this;
    const n = units.length;
    const d = edit.newEnd - edit.oldEnd;
    if (src.length - d !== this.src.length) return undefined;
    // the same text analysed again (the ids of other files changed, say, but none this one reads)
    if (edit.start === edit.oldEnd && edit.start === edit.newEnd) return externalIds === this.ext ? this : this.with(externalIds);
    // an edit before the first script or after the last: inside a scalar of the header or footer
    if (edit.oldEnd < starts[0] || edit.start > ends[n - 1]) return this.spliceHeader(src, hadBom, edit, ctx, externalIds);
    // the script whose braces hold the edit (neither brace in it)
    const k = lastAtOrBefore(starts, edit.start);
    if (!(starts[k] < edit.start && edit.oldEnd < ends[k])) return undefined;
    const start = starts[k];
    const item = src.slice(start, ends[k] + d);
    const first = starts[0];
    const footStart = ends[n - 1] + d;
    // (the memo gets the script's lint, the old one forgotten)
    const oldItem = this.src.slice(start, ends[k]);
    ctx.memo.drop(units[k].model.id ?? '', oldItem);
    // the script's old library-rule and duplicate-id findings move with the edit, which must
    // neither touch nor border them (an insertion at a span's end may lengthen it)
    const unit = this.alone(src, first, footStart, item, start, k, ctx, externalIds, (at, to) => (to >= edit.start && at <= edit.oldEnd ? undefined : at >= edit.oldEnd ? d : 0),
      this.base.head.length + this.base.foot.length);
    if (!unit) return undefined;

    // lines from the script's own text: the whole text's index is made only when a feature asks
    // (a copy of 40,000 line starts at every keystroke at 5,000 scripts of JSON)
    const oldLines = units[k].itemLines(() => oldItem);
    const newLines = unit.itemLines(() => item);
    const lineMoves = newLines.lineCount - oldLines.lineCount;
    const endLine = this.line[k] + oldLines.lineOf(edit.oldEnd - start);
    const relEnd = newLines.lineOf(edit.newEnd - start);
    // (where the line of the edit's end starts now: the scripts after it on that line move along it)
    const endLineStart = relEnd ? start + newLines.lineStart(relEnd) : start - this.col[k];
    const nextUnits = units.slice();
    nextUnits[k] = unit;
    const delta = this.delta.slice();
    delta[k] = start - first;
    const nextStarts = starts.slice();
    const nextEnds = ends.slice();
    nextEnds[k] += d;
    const line = this.line.slice();
    const col = this.col.slice();
    for (let j = k + 1; j < n; j++) {
      delta[j] += d;
      nextStarts[j] += d;
      nextEnds[j] += d;
      // (a script on the edit's last line moves along it; the others only by lines)
      if (line[j] === endLine) col[j] = nextStarts[j] - endLineStart;
      line[j] += lineMoves;
    }
    let footLine = this.footLine;
    let footCol = this.footCol;
    if (footLine === endLine) footCol = footStart - endLineStart;
    footLine += lineMoves;
    const old = units[k];
    const counts: Counts = {
      error: this.counts.error - old.counts.error + unit.counts.error,
      warning: this.counts.warning - old.counts.warning + unit.counts.warning,
      info: this.counts.info - old.counts.info + unit.counts.info,
    };
    const scoreSum = this.scoreSum - old.own.card.score + unit.own.card.score;
    return new FlowAnalysis(src, hadBom, ctx, this.base, externalIds, nextUnits, delta, nextStarts, nextEnds, line, col, this.footDelta + d, footLine, footCol,
      undefined, this.lineIndex && { lines: this.lineIndex, edit }, scoreSum, counts, lineMoves ? ctx.nextIdKey() : this.idKey);
  }

  /**
   * An edit inside one scalar of the header or the footer, on one line (a shop's name, a variable's
   * name or description typed), that leaves the scalar where it was, with its end moved by the
   * edit: the header and footer are linted alone, the scripts move with the edit, and those whose
   * lint read what changed (the shop, the variables' names: `headerReads`) are linted again alone.
   * Undefined (the document linted whole) when the platform or version changed, the scalar's
   * bounds changed (a quote typed, a line broken: what the flow lines' indentation must exceed may
   * change with them), or the header and footer alone do not read cleanly.
   */
  private spliceHeader(src: TextSlices, hadBom: boolean, edit: Edit, ctx: SpliceContext, externalIds: ExternalIds | undefined): FlowAnalysis | undefined {
    const { starts, ends, units } = this;
    const n = units.length;
    const d = edit.newEnd - edit.oldEnd;
    const inHead = edit.oldEnd < starts[0];
    if (/[\r\n]/.test(this.src.slice(edit.start, edit.oldEnd)) || /[\r\n]/.test(src.slice(edit.start, edit.newEnd))) return undefined;
    const shift = inHead ? d : 0;
    const first = starts[0] + shift;
    const footStart = ends[n - 1] + shift;
    const headText = src.slice(0, first);
    const footText = src.slice(footStart, src.length);
    if (headText.includes('huashu-') || footText.includes('huashu-')) return undefined;
    const h = lintText(headText + footText, { config: ctx.config, externalIds, trackHeader: true });
    const lib = h.library;
    if (lib.scripts.length || h.ruleErrors.length || h.directives || lib.anchors || lib.issues.some((i) => i.ruleId === 'yaml-syntax')) return undefined;
    // the scalar that holds the edit, before it (in the base lint's offsets) and after it (in the
    // header-and-footer lint's): the same start, its end moved by the edit
    const base = this.base;
    const toBase = inHead ? 0 : this.footDelta;
    const toNow = inHead ? 0 : footStart - first;
    const was = scalarHolding(base.result.library.scalarSpans, edit.start - toBase, edit.oldEnd - toBase);
    const now = scalarHolding(lib.scalarSpans, edit.start - toNow, edit.newEnd - toNow);
    if (!was || !now || was.start + toBase !== now.start + toNow || was.end + toBase + d !== now.end + toNow) return undefined;
    // what a script's lint may read of the header (as the block layout's header edits compare it)
    const before = semanticOf(base.result.library);
    const after = semanticOf(lib);
    // (a top-level key renamed, `scripts` say: not the same layout)
    const keys = (l: typeof lib): string => [...l.keySpans.keys()].sort().join('\u0000');
    if (after.base !== before.base || keys(lib) !== keys(base.result.library)) return undefined;
    const changed = (after.shop !== before.shop ? READS_SHOP : 0) | (after.variables !== before.variables ? READS_VARIABLES : 0);
    const head = h.findings.filter((f) => f.start < first);
    const foot = h.findings.filter((f) => f.start >= first);
    // the scripts move with an edit in the header (by its lines; those on the first script's line
    // along it too); the footer's, none
    const p0 = h.lines.positionAt(first);
    const lineMoves = inHead ? p0.line - this.line[0] : 0;
    const colMoves = inHead ? p0.character - this.col[0] : 0;
    const nextUnits = units.slice();
    const delta = this.delta.slice();
    const nextStarts = starts.slice();
    const nextEnds = ends.slice();
    const line = this.line.slice();
    const col = this.col.slice();
    const line0 = this.line[0];
    let scoreSum = this.scoreSum;
    const counts: Counts = { ...this.counts };
    const add = (c: Counts, sign: number): void => { counts.error += sign * c.error; counts.warning += sign * c.warning; counts.info += sign * c.info; };
    add(countsOf(base.head), -1);
    add(countsOf(base.foot), -1);
    add(countsOf(head), 1);
    add(countsOf(foot), 1);
    let relinted = 0;
    for (let k = 0; k < n; k++) {
      if (shift) {
        delta[k] += shift;
        nextStarts[k] += shift;
        nextEnds[k] += shift;
        if (line[k] === line0) col[k] += colMoves;
        line[k] += lineMoves;
      }
      const u = units[k];
      if (!changed || !((u.result.headerReads?.[u.index] ?? READS_ANY) & changed)) continue;
      // (a few scripts read the shop, an opening's greeting; many a variable: then the whole lint)
      if (++relinted > MAX_RELINTED) return undefined;
      const unit = this.alone(src, first, footStart, src.slice(nextStarts[k], nextEnds[k]), nextStarts[k], k, ctx, externalIds, () => shift, head.length + foot.length);
      if (!unit) return undefined;
      nextUnits[k] = unit;
      delta[k] = nextStarts[k] - first;
      scoreSum += unit.own.card.score - u.own.card.score;
      add(u.counts, -1);
      add(unit.counts, 1);
    }
    let footLine = this.footLine;
    let footCol = this.footCol;
    if (inHead) { if (footLine === line0) footCol += colMoves; footLine += lineMoves; }
    // (the base's line and column of each script serve the whole lint's own findings only, which
    // no script has once its lint is not the base's)
    const nextBase: Base = { ...base, result: h, head, foot, footLine, footCol, footAt: [], footDiags: undefined };
    return new FlowAnalysis(src, hadBom, ctx, nextBase, externalIds, nextUnits, delta, nextStarts, nextEnds, line, col, footStart - first, footLine, footCol,
      undefined, this.lineIndex && { lines: this.lineIndex, edit }, scoreSum, counts, lineMoves ? ctx.nextIdKey() : this.idKey);
  }

  /**
   * Script k's text `item`, now at file offset `start`, linted alone between the header (`src` up
   * to `first`) and the footer (from `footStart`), at the first script's place: its unit, or
   * undefined when that lint cannot stand for the script in the document (it must read one script
   * spanning exactly the map, with no YAML error, directive, anchor or alias, or rule error, and
   * the id, scenario and stage it had). The findings of the library rules and of duplicate ids read
   * every script: the script's old ones are kept (nothing they read changed: the ids, scenarios and
   * stages, and where else the ids are defined), moved by what `move` gives for their file range
   * (undefined: they cannot be kept); the lone lint's own are dropped (the library rules see one
   * script there, the ids of no other script). `others`: how many findings the header and footer
   * have (the lone lint's must be as many).
   */
  private alone(src: TextSlices, first: number, footStart: number, item: string, start: number, k: number, ctx: SpliceContext, externalIds: ExternalIds | undefined,
    move: (at: number, to: number) => number | undefined, others: number): Unit | undefined {
    if (item.includes('huashu-')) return undefined;
    const lone = src.slice(0, first) + item + src.slice(footStart, src.length);
    const r = lintText(lone, { config: ctx.config, externalIds, memo: ctx.memo, memoPart: true, trackHeader: true });
    const models = r.library.scripts;
    // (an anchor or alias typed: another script may read it)
    if (models.length !== 1 || r.ruleErrors.length || r.directives || r.library.anchors || r.library.issues.some((i) => i.ruleId === 'yaml-syntax')) return undefined;
    const m = models[0];
    if (m.span.start !== first || m.span.end !== first + item.length) return undefined;
    // (what the library rule reads of a script, service-flow-complete, and duplicate ids: a test
    // fails when a library rule is added, to have what it reads added here)
    const was = this.units[k].model;
    if (m.id !== was.id || m.scenario !== was.scenario || m.stage !== was.stage || !m.idSpan !== !was.idSpan) return undefined;
    const oldDelta = this.delta[k];
    const newDelta = start - first;
    const kept: Finding[] = [];
    for (const f of this.units[k].own.findings) {
      if (!ctx.crossIds.has(f.ruleId)) continue;
      const by = move(f.start + oldDelta, f.end + oldDelta);
      if (by === undefined) return undefined;
      kept.push(shiftFinding(f, oldDelta - newDelta + by));
    }
    const lone0 = r.scripts[0];
    let own: ScriptResult | undefined;
    if (kept.length || lone0.findings.some((f) => ctx.crossIds.has(f.ruleId))) {
      const findings = lone0.findings.filter((f) => !ctx.crossIds.has(f.ruleId)).concat(kept).sort(compareFindings);
      own = { ...lone0, findings, card: scoreScript(findings, rubricOf) };
    }
    // (the header's and footer's findings are the same text's: a different count says otherwise)
    if (r.findings.length - lone0.findings.length !== others) return undefined;
    return new Unit(r, 0, new LineIndex(item), own);
  }

  /** This analysis, made with another object of the same ids elsewhere. */
  private with(ext: ExternalIds | undefined): FlowAnalysis {
    return new FlowAnalysis(this.src, this.hadBom, this.ctx, this.base, ext, this.units, this.delta, this.starts, this.ends, this.line, this.col, this.footDelta, this.footLine, this.footCol,
      this.lineIndex, this.linesFrom, this.scoreSum, this.counts, this.idKey);
  }

  get text(): string { return (this.joined ??= this.src.toString()); }

  get lines(): LineIndex {
    if (!this.lineIndex) {
      const f = this.linesFrom;
      this.lineIndex = f ? LineIndex.edited(f.lines, this.src, f.edit.start, this.src.length - f.edit.newEnd) : new LineIndex(this.src);
      this.linesFrom = undefined;
    }
    return this.lineIndex;
  }

  /**
   * Positions in script k from its own text's lines (its start's line and column added): its
   * diagnostics need no index of the whole text.
   */
  private positionerOf(k: number): Positioner {
    const u = this.units[k];
    const start = this.starts[k];
    const end = this.ends[k];
    const line0 = this.line[k];
    const col0 = this.col[k];
    const own = u.itemLines(() => this.src.slice(start, end));
    const lines = {
      positionAt: (o: number): { line: number; character: number } => {
        if (o < start || o > end) return this.lines.positionAt(o);
        const p = own.positionAt(o - start);
        return { line: line0 + p.line, character: p.line ? p.character : col0 + p.character };
      },
      offsetAt: (p: { line: number; character: number }): number => this.lines.offsetAt(p),
    };
    return { lines, hadBom: this.hadBom };
  }
  get source(): TextSlices { return this.src; }
  get score(): number { return Math.round(this.scoreSum / this.units.length); }

  /** The header's lint, its top-level keys and variables after the scripts (a JSON file's) moved with the footer. */
  get header(): LintResult {
    const fd = this.footDelta;
    const b = this.base.result;
    if (!fd) return b;
    if (this.shiftedHeader) return this.shiftedHeader;
    const at = this.ends[this.units.length - 1] - fd;
    const move = <V extends { start: number; end: number }>(map: Map<string, V>): Map<string, V> => {
      let any = false;
      for (const s of map.values()) if (s.start >= at) any = true;
      if (!any) return map;
      return new Map([...map].map(([key, s]) => [key, s.start >= at ? { ...s, start: s.start + fd, end: s.end + fd } : s]));
    };
    const keySpans = move(b.library.keySpans);
    const variables = move(b.library.variables);
    this.shiftedHeader = keySpans === b.library.keySpans && variables === b.library.variables ? b : { ...b, library: { ...b.library, keySpans, variables } };
    return this.shiftedHeader;
  }

  /** The footer's findings in file offsets (kept for the last few deltas: typing back and forth). */
  private footFindings(): readonly Finding[] {
    const fd = this.footDelta;
    const cache = this.base.footAt;
    for (const c of cache) if (c.delta === fd) return c.findings;
    const findings = this.base.foot.map((f) => shiftFinding(f, fd));
    if (cache.length > 4) cache.splice(1, 1);
    cache.push({ delta: fd, findings });
    return findings;
  }

  private build(): NonNullable<FlowAnalysis['built']> {
    if (this.built) return this.built;
    const findings: Finding[] = this.base.head.slice();
    const n = this.units.length;
    const scripts = new Array<ScriptResult>(n);
    for (let k = 0; k < n; k++) {
      const p = this.units[k].placed(this.delta[k], k);
      for (let q = 0; q < p.findings.length; q++) findings.push(p.findings[q]);
      scripts[k] = p.script;
    }
    for (const f of this.footFindings()) findings.push(f);
    return (this.built = { findings, scripts });
  }

  get findings(): Finding[] { return this.build().findings; }
  get scripts(): ScriptResult[] { return this.build().scripts; }

  /** The header, each script (its span and the character after it) and what lies between, and the footer. */
  get parts(): Part[] {
    if (this.partList) return this.partList;
    const n = this.units.length;
    const len = this.src.length;
    const parts: Part[] = [{ result: this.base.result, delta: 0, start: 0, end: this.starts[0] }];
    const footStart = Math.min(this.ends[n - 1] + 1, len);
    for (let k = 0; k < n; k++) {
      const u = this.units[k];
      const next = k + 1 < n ? this.starts[k + 1] : Math.max(footStart, this.ends[k]);
      const end = Math.min(this.ends[k] + 1, next);
      parts.push({ result: u.result, delta: this.delta[k], start: this.starts[k], end, scriptIndex: u.index });
      if (end < next) parts.push({ result: empty(), delta: 0, start: end, end: next });
    }
    parts.push({ result: this.base.result, delta: this.footDelta, start: footStart, end: len });
    return (this.partList = parts);
  }

  diagnosticsWith<D extends Diag>(make: (f: Finding, at: Positioner) => D, moved: MovedHook = (x) => x): D[] {
    const base = this.base;
    let byFinding = base.made.get(make) as WeakMap<Finding, D> | undefined;
    if (!byFinding) base.made.set(make, (byFinding = new WeakMap()));
    const c = this.counts;
    const out = new Array<D>(c.error + c.warning + c.info);
    let at0 = this.fresh(base.head, byFinding, make, -1, out, 0);
    // each script's diagnostics: kept while its start keeps its line and column, moved when only
    // its line changed, else made (no closure in the loop: V8 would make a context per script)
    const n = this.units.length;
    for (let k = 0; k < n; k++) {
      const u = this.units[k];
      if (!u.own.findings.length) continue;
      const line = this.line[k];
      const col = this.colOf(k);
      let d = u.diags;
      if (!d || d.make !== make || d.moved !== moved || d.col !== col) {
        const fs = u.placed(this.delta[k], k).findings;
        // (the whole analysis's diagnostic of a finding, where the finding is its own and has the
        // line and column it had there: the encoder then has its bytes)
        const same = u.result === base.result && line === base.line[k] && this.col[k] === base.col[k];
        const list = new Array<D>(fs.length);
        this.fresh(fs, same ? byFinding : undefined, make, k, list, 0);
        d = u.diags = { make, moved, line, col, list };
      } else if (d.line !== line) {
        d = u.diags = { make, moved, line, col, list: movedDiags(d.list as D[], line - d.line, moved) };
      }
      const list = d.list as D[];
      for (let q = 0; q < list.length; q++) out[at0++] = list[q];
    }
    if (base.foot.length) {
      const line = this.footLine;
      const col = this.footCol + (this.hadBom && line === 0 ? 1 : 0);
      let d = base.footDiags;
      if (!d || d.make !== make || d.moved !== moved || d.col !== col) {
        const same = this.footDelta === 0 && line === base.footLine && this.footCol === base.footCol;
        const fs = this.footFindings();
        const list = new Array<D>(fs.length);
        this.fresh(fs, same ? byFinding : undefined, make, -1, list, 0);
        d = base.footDiags = { make, moved, line, col, list };
      } else if (d.line !== line) {
        d = base.footDiags = { make, moved, line, col, list: movedDiags(d.list as D[], line - d.line, moved) };
      }
      for (const x of d.list as D[]) out[at0++] = x;
    }
    if (at0 !== out.length) throw new Error(`diagnosticsWith: ${at0} diagnostics for ${out.length} findings`);
    return out;
  }

  /**
   * Diagnostics of `fs` written into `out` from `at0`: those `made` has, else made with the
   * positions of script `k` (-1: of the whole text, whose index is made only then); returns where they end.
   */
  private fresh<D extends Diag>(fs: readonly Finding[], made: WeakMap<Finding, D> | undefined, make: (f: Finding, at: Positioner) => D, k: number, out: D[], at0: number): number {
    let at: Positioner | undefined;
    for (let q = 0; q < fs.length; q++) {
      const d = made?.get(fs[q]);
      out[at0++] = d ?? make(fs[q], (at ??= k < 0 ? { lines: this.lines, hadBom: this.hadBom } : this.positionerOf(k)));
    }
    return at0;
  }

  private readonly featureLists = new Map<object, unknown[]>();

  /** Script k's start's column as a client counts it (a BOM is a character of line 0). */
  private colOf(k: number): number { return this.col[k] + (this.hadBom && this.line[k] === 0 ? 1 : 0); }

  /**
   * Script k's value as made (at the line `line`), kept while its start keeps its column and its
   * index; made again otherwise.
   */
  private made<T>(feature: ScriptFeature<T>, k: number): NonNullable<ReturnType<NonNullable<Unit['feats']>['get']>> {
    const u = this.units[k];
    const feats = (u.feats ??= new Map());
    const col = this.colOf(k);
    let c = feats.get(feature);
    if (!c || c.col !== col || c.index !== k) {
      const lines = this.lines;
      const bom = this.hadBom;
      const pos = (o: number): { line: number; character: number } => {
        const p = lines.positionAt(o);
        return bom && p.line === 0 ? { line: 0, character: p.character + 1 } : p;
      };
      c = { line: this.line[k], col, index: k, value: feature.make({ index: k, result: u.placed(this.delta[k], k).script, model: u.model, delta: this.delta[k], text: this.text, pos, lineOf: (o) => lines.lineOf(o) }) };
      feats.set(feature, c);
    }
    return c;
  }

  /** Each script's value, kept while its start keeps its line and column, moved when only its line changed. */
  perScript<T>(feature: ScriptFeature<T>): T[] {
    let out = this.featureLists.get(feature) as T[] | undefined;
    if (out) return out;
    const n = this.units.length;
    out = new Array<T>(n);
    for (let k = 0; k < n; k++) {
      const c = this.made(feature, k);
      const line = this.line[k];
      if (c.line === line) { out[k] = c.value as T; continue; }
      if (c.moved?.line !== line) c.moved = { line, value: feature.move(c.value as T, line - c.line) };
      out[k] = c.moved.value as T;
    }
    this.featureLists.set(feature, out);
    return out;
  }

  /** Each script's value as made (the same object while its start keeps its column) and the lines to move it down by. */
  perScriptUnmoved<T>(feature: ScriptFeature<T>): { made: T[]; lines: ArrayLike<number> } {
    const n = this.units.length;
    const made = new Array<T>(n);
    const lines = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      const c = this.made(feature, k);
      made[k] = c.value as T;
      lines[k] = this.line[k] - c.line;
    }
    return { made, lines };
  }

  findingsNear(start: number, end: number): Finding[] {
    const out = this.base.head.slice();
    const n = this.units.length;
    const first = Math.max(0, lastAtOrBefore(this.starts, start) - 1);
    const last = Math.min(n - 1, lastAtOrBefore(this.starts, end) + 1);
    for (let k = first; k <= last; k++) for (const f of this.units[k].placed(this.delta[k], k).findings) out.push(f);
    for (const f of this.footFindings()) out.push(f);
    return out;
  }

  someFinding(p: (f: Finding) => boolean): boolean {
    return this.base.head.some(p) || this.base.foot.some(p) || this.units.some((u) => u.own.findings.some(p));
  }

  idList(): IdList {
    return { ids: this.units.map((u) => u.own.id), lines: this.line.slice() };
  }
}
