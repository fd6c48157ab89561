/**
 * Per-document analysis with an incremental path. A library is split by its layout into the
 * header (everything up to the top-level `scripts:` line) and one chunk per `scripts:` item.
 * Each chunk is linted as a small synthetic library (header + chunk) and its results are cached
 * by the chunk's text, so a keystroke re-lints only the script it touches. Whenever the layout
 * is not the plain block layout, or something could make an item's findings depend on other
 * items (YAML errors, region/file directives, library-scope rules), the whole document is
 * linted instead. Both paths give the same findings (a test edits randomly and compares).
 */
import {
  ALL_RULES, EffectiveConfig, Finding, LintResult, RuleModule, Script, ScriptResult, Severity, lintText, rubricOf, severityOf, stripBom,
} from '../engine';
import type { Library } from '../engine';
// not part of the engine's public index: the same scoring the engine applies per script
import { scoreScript } from '../engine/score';

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

/** A line index with LSP semantics, rebuilt from the previous one by re-reading only the edited region. */
export class EditedLines implements Lines {
  private constructor(private readonly text: string, readonly starts: number[]) {}

  static of(text: string): EditedLines { return new EditedLines(text, scanStarts(text, 0, text.length, [0])); }

  /** `text` = prev.text with [p, prevLen - s) replaced; p and s are common prefix/suffix lengths. */
  static edited(prev: EditedLines, text: string, p: number, s: number): EditedLines {
    const delta = text.length - prev.text.length;
    const old = prev.starts;
    // keep line starts up to and including the line holding p (a CR before p may pair with a new LF)
    let keep = 0;
    while (keep < old.length && old[keep] <= p - 1) keep++;
    const starts = old.slice(0, Math.max(1, keep));
    const from = starts[starts.length - 1];
    const oldSuffix = prev.text.length - s;
    // re-read from the kept line's start up to the suffix, then shift the suffix's line starts
    let k = 0;
    while (k < old.length && old[k] <= oldSuffix + 1) k++;
    const to = text.length - s + 1 <= text.length ? text.length - s + 1 : text.length;
    scanStarts(text, from, Math.min(to, text.length), starts);
    for (; k < old.length; k++) {
      const v = old[k] + delta;
      if (v > starts[starts.length - 1]) starts.push(v);
    }
    return new EditedLines(text, starts);
  }

  get lineCount(): number { return this.starts.length; }
  lineStart(line: number): number { return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))]; }
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1];
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  }
  positionAt(offset: number): { line: number; character: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(o);
    return { line, character: o - this.starts[line] };
  }
  offsetAt(pos: { line: number; character: number }): number {
    if (pos.line >= this.starts.length) return this.text.length;
    if (pos.line < 0) return 0;
    return Math.min(this.starts[pos.line] + Math.max(0, pos.character), this.lineEnd(pos.line));
  }
}

/** Appends the starts of lines beginning in (from, to] (after a break in [from, to)). */
function scanStarts(text: string, from: number, to: number, out: number[]): number[] {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === CR) {
      if (text.charCodeAt(i + 1) === LF) i++;
      out.push(i + 1);
    } else if (c === LF) {
      out.push(i + 1);
    }
  }
  return out;
}

export interface Analysis {
  /** Text without BOM; every offset below refers to it. */
  text: string;
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
}

export interface AnalyzeOptions {
  config: EffectiveConfig;
  externalIds?: ReadonlyMap<string, string>;
  /** Lint incrementally when possible (default true). */
  incremental?: boolean;
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
  let headerEnd = -1;
  let ls = 0;
  while (ls < n) {
    let e = text.indexOf('\n', ls);
    if (e < 0) e = n;
    const next = e < n ? e + 1 : n;
    let le = e;
    if (le > ls && text.charCodeAt(le - 1) === CR) le--;
    if (text.startsWith('scripts:', ls) && /^[ \t]*(#.*)?$/.test(text.slice(ls + 8, le))) { headerEnd = next; break; }
    ls = next;
  }
  if (headerEnd < 0) return undefined;
  const scan = scanItems(text, headerEnd, n, -1);
  if (!scan || scan.starts.length === 0) return undefined;
  const starts = scan.starts;
  const chunks: Chunk[] = starts.map((st, k) => ({ start: st, end: k + 1 < starts.length ? starts[k + 1] : n }));
  return { headerEnd, itemIndent: scan.itemIndent, chunks };
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

/**
 * The split of `text` from the previous text's split, re-reading only the items around the edit
 * ([p, len - s) is what changed). Undefined when the edit touches the header or the layout.
 */
function resplit(prev: { text: string; split: Split; keys: string[] }, text: string, p: number, s: number): { split: Split; keys: string[] } | undefined {
  const { split: ps, text: old } = prev;
  if (p < ps.headerEnd + 1) return undefined;
  if (text.indexOf('\r', p) >= 0 && /\r(?!\n)/.test(text)) return undefined;
  const chunks = ps.chunks;
  const find = (o: number): number => {
    let lo = 0;
    let hi = chunks.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (chunks[mid].start <= o) lo = mid; else hi = mid - 1; }
    return lo;
  };
  const a = find(Math.max(p - 1, ps.headerEnd));
  const b = find(Math.min(old.length - s, old.length - 1));
  const delta = text.length - old.length;
  const from = chunks[a].start;
  const oldTo = chunks[b].end;
  const to = oldTo + delta;
  if (to < from || to < p) return undefined;
  const scan = scanItems(text, from, to, ps.itemIndent);
  if (!scan || scan.starts.length === 0 || scan.pending || scan.starts[0] !== from || scan.itemIndent !== ps.itemIndent) return undefined;
  if (b + 1 < chunks.length && to !== chunks[b + 1].start + delta) return undefined;
  const mid: Chunk[] = scan.starts.map((st, k) => ({ start: st, end: k + 1 < scan.starts.length ? scan.starts[k + 1] : to }));
  const newChunks = chunks.slice(0, a).concat(mid);
  const keys = prev.keys.slice(0, a).concat(mid.map((c) => text.slice(c.start, c.end)));
  for (let k = b + 1; k < chunks.length; k++) {
    newChunks.push(delta ? { start: chunks[k].start + delta, end: chunks[k].end + delta } : chunks[k]);
    keys.push(prev.keys[k]);
  }
  return { split: { headerEnd: ps.headerEnd, itemIndent: ps.itemIndent, chunks: newChunks }, keys };
}

const REGION_DIRECTIVE = /huashu-(?:enable|disable(?!-next-line))/;

/** Things that make one item's findings depend on text outside it. */
function hazards(text: string, split: Split): boolean {
  if (text.indexOf('huashu-') < 0) return false;
  if (REGION_DIRECTIVE.test(text)) return true;
  if (text.slice(0, split.headerEnd).includes('huashu-')) return true;
  for (const c of split.chunks) {
    const at = text.indexOf('huashu-', c.start);
    if (at < 0) break;
    if (at >= c.end) continue;
    // a directive after the chunk's last significant line would govern the next chunk
    if (lastSignificantEnd(text, c) < text.lastIndexOf('huashu-', c.end - 1)) return true;
  }
  return false;
}

function lastSignificantEnd(text: string, c: Chunk): number {
  let end = c.end;
  while (end > c.start) {
    let ls = text.lastIndexOf('\n', end - 2) + 1;
    if (ls < c.start) ls = c.start;
    const line = text.slice(ls, end);
    if (!/^\s*(#.*)?\s*$/.test(line)) return end;
    end = ls;
  }
  return c.start;
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
  shifted?: { at: number; index: number; findings: Finding[]; script: ScriptResult; part: Part };
}

const BATCH_DUP = '\u0000batch';

function shiftFinding(f: Finding, d: number): Finding {
  const g: Finding = { ...f, start: f.start + d, end: f.end + d };
  if (f.fix) g.fix = { range: [f.fix.range[0] + d, f.fix.range[1] + d], text: f.fix.text };
  if (f.suggestions) g.suggestions = f.suggestions.map((s) => ({ title: s.title, fix: { range: [s.fix.range[0] + d, s.fix.range[1] + d], text: s.fix.text } }));
  return g;
}

function shiftScript(s: ScriptResult, d: number, index: number, findings: Finding[]): ScriptResult {
  return {
    ...s, index, findings,
    span: { start: s.span.start + d, end: s.span.end + d },
    headSpan: { start: s.headSpan.start + d, end: s.headSpan.end + d },
  };
}

function meanScore(scores: number[]): number {
  return scores.length ? Math.round(scores.reduce((a, b) => a + b, 0) / scores.length) : 100;
}

function hasSyntaxError(r: LintResult): boolean {
  return r.library.issues.some((i) => i.ruleId === 'yaml-syntax');
}

/** Active rules that read the whole library (run once on the merged model, not per item). */
function libraryRules(config: EffectiveConfig): RuleModule[] {
  return ALL_RULES.filter((r) => typeof r.checkLibrary === 'function' && severityOf(config, r.meta.id) !== 'off');
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** A script model with file offsets (turns shifted lazily: most library rules never read them). */
class ShiftedScript implements Script {
  index: number;
  id?: string;
  idSpan?: Script['idSpan'];
  title?: string;
  scenario?: Script['scenario'];
  stage?: Script['stage'];
  tags: string[];
  customer: string[];
  notes?: string;
  span: Script['span'];
  headSpan: Script['headSpan'];
  private shifted?: Script['turns'];
  constructor(private readonly base: Script, private readonly d: number, index: number) {
    this.index = index;
    this.id = base.id;
    if (base.idSpan) this.idSpan = { start: base.idSpan.start + d, end: base.idSpan.end + d };
    this.title = base.title;
    this.scenario = base.scenario;
    this.stage = base.stage;
    this.tags = base.tags;
    this.customer = base.customer;
    this.notes = base.notes;
    this.span = { start: base.span.start + d, end: base.span.end + d };
    this.headSpan = { start: base.headSpan.start + d, end: base.headSpan.end + d };
  }
  get turns(): Script['turns'] {
    const d = this.d;
    return (this.shifted ??= this.base.turns.map((t) => ({
      ...t, span: { start: t.span.start + d, end: t.span.end + d }, keyStart: t.keyStart + d,
      text: { ...t.text, starts: t.text.starts.map((x) => x + d), ends: t.text.ends.map((x) => x + d) },
    })));
  }
}

function shiftModel(s: Script, d: number, index: number): Script { return new ShiftedScript(s, d, index); }

/** One document's analyzer: owns the item cache. Create one per open document. */
export class DocumentAnalyzer {
  private entries = new Map<string, Entry>();
  /** Items whose id is defined earlier in the file or elsewhere, by chunk text + where. */
  private dupEntries = new Map<string, Entry>();
  private header?: { text: string; result: LintResult; semantic: string };
  private config?: EffectiveConfig;
  private itemConfig?: EffectiveConfig;
  private prev?: { text: string; split: Split; keys: string[]; lines: EditedLines };
  private libRules: RuleModule[] = [];
  /** Number of item lints (synthetic libraries linted) so far; for tests and the benchmark. */
  lintCount = 0;
  /** Why the last analysis linted the whole document (undefined when it was incremental). */
  fallback?: string;

  analyze(input: string, options: AnalyzeOptions): Analysis {
    const { text, hadBom } = stripBom(input);
    if (options.config !== this.config) {
      this.entries.clear(); this.dupEntries.clear(); this.header = undefined; this.config = options.config; this.prev = undefined;
      this.libRules = libraryRules(options.config);
      const rules = { ...options.config.rules };
      for (const r of this.libRules) rules[r.meta.id] = { ...rules[r.meta.id], severity: 'off' };
      this.itemConfig = this.libRules.length ? { ...options.config, rules } : options.config;
    }
    const splittable = this.libRules.every((r) => !r.check && !r.triggers?.length);
    this.fallback = options.incremental === false ? 'disabled' : !splittable ? 'library rule with turn checks' : undefined;
    if (!this.fallback) {
      const inc = this.incremental(text, hadBom, options);
      if (inc) { this.fallback = undefined; return inc; }
    }
    return this.full(text, hadBom, options);
  }

  private full(text: string, hadBom: boolean, options: AnalyzeOptions): Analysis {
    const result = lintText(text, { config: options.config, externalIds: options.externalIds });
    this.lintCount++;
    return {
      text, hadBom, lines: result.lines, findings: result.findings, scripts: result.scripts, score: result.score,
      ruleErrors: result.ruleErrors, header: result, parts: [{ result, delta: 0, start: 0, end: text.length }], mode: 'full',
    };
  }

  private incremental(text: string, hadBom: boolean, options: AnalyzeOptions): Analysis | undefined {
    const prev = this.prev;
    this.prev = undefined;
    let p = 0;
    let sfx = 0;
    let re: { split: Split; keys: string[] } | undefined;
    if (prev) {
      const old = prev.text;
      const max = Math.min(old.length, text.length);
      while (p < max && old.charCodeAt(p) === text.charCodeAt(p)) p++;
      while (sfx < max - p && old.charCodeAt(old.length - 1 - sfx) === text.charCodeAt(text.length - 1 - sfx)) sfx++;
      re = resplit(prev, text, p, sfx);
    }
    const split = re?.split ?? splitLibrary(text);
    if (!split) { this.fallback = 'layout'; return undefined; }
    if (hazards(text, split)) { this.fallback = 'directives'; return undefined; }
    this.fallback = 'yaml-syntax or library-rule directive';
    const headerText = text.slice(0, split.headerEnd);
    if (this.header?.text !== headerText) {
      const result = lintText(headerText, { config: this.itemConfig });
      this.lintCount++;
      const lib = result.library;
      const semantic = JSON.stringify([lib.version, lib.shop, lib.platform, [...lib.variables.keys()]]);
      if (this.header && this.header.semantic !== semantic) { this.entries.clear(); this.dupEntries.clear(); }
      this.header = { text: headerText, result, semantic };
    }
    const header = this.header.result;
    if (hasSyntaxError(header)) return undefined;

    const chunkTexts = re?.keys ?? split.chunks.map((c) => text.slice(c.start, c.end));
    const missing: number[] = [];
    for (let k = 0; k < chunkTexts.length; k++) if (!this.entries.has(chunkTexts[k])) missing.push(k);
    if (missing.length && !this.lintBatch(headerText, chunkTexts, missing, this.itemConfig!)) return undefined;

    const seen = new Map<string, number>();
    const usedDup = new Map<string, Entry>();
    const findings: Finding[] = [...header.findings];
    const scripts: ScriptResult[] = [];
    const parts: Part[] = [{ result: header, delta: 0, start: 0, end: split.headerEnd }];
    const results = new Set<LintResult>([header]);
    const n = chunkTexts.length;
    for (let k = 0; k < n; k++) {
      const c = split.chunks[k];
      const clean = this.entries.get(chunkTexts[k])!;
      const id = clean.id;
      const where = id === undefined ? undefined : seen.has(id) ? `本文件第 ${seen.get(id)! + 1} 条话术` : options.externalIds?.get(id);
      let entry: Entry | undefined = clean;
      if (where !== undefined) {
        const key = `${chunkTexts[k]}\u0000${where}`;
        entry = usedDup.get(key) ?? this.dupEntries.get(key) ?? this.lintSingle(headerText, chunkTexts[k], this.itemConfig!, id, where);
        if (!entry) return undefined;
        usedDup.set(key, entry);
      } else if (clean.where !== undefined) {
        entry = this.lintSingle(headerText, chunkTexts[k], this.itemConfig!, id, undefined);
        if (!entry) return undefined;
        this.entries.set(chunkTexts[k], entry);
      }
      if (id !== undefined && !seen.has(id)) seen.set(id, k);
      let sh = entry.shifted;
      if (!sh || sh.at !== c.start || sh.index !== k || sh.part.end !== c.end) {
        const fs = entry.findings.length ? entry.findings.map((f) => shiftFinding(f, c.start)) : entry.findings;
        const own = entry.script.findings.length ? entry.script.findings.map((f) => shiftFinding(f, c.start)) : entry.script.findings;
        const part: Part = { result: entry.result, delta: c.start - entry.offset, start: c.start, end: c.end, scriptIndex: entry.scriptIndex };
        sh = { at: c.start, index: k, findings: fs, script: shiftScript(entry.script, c.start, k, own), part };
        entry.shifted = sh;
      }
      for (let q = 0; q < sh.findings.length; q++) findings.push(sh.findings[q]);
      scripts.push(sh.script);
      parts.push(sh.part);
      if (entry.result.ruleErrors.length) results.add(entry.result);
    }
    // forget entries of chunks that are gone (rarely: the cache only grows by edited chunks)
    if (this.entries.size > n * 2 + 64) {
      const live = new Set(chunkTexts);
      for (const key of this.entries.keys()) if (!live.has(key)) this.entries.delete(key);
    }
    this.dupEntries = usedDup;
    const libErrors: Analysis['ruleErrors'] = [];
    if (this.libRules.length && !this.runLibraryRules(text, split, parts, header, findings, scripts, options.config, libErrors)) return undefined;
    const ruleErrors: Analysis['ruleErrors'] = [...libErrors];
    const errSeen = new Set<string>();
    for (const r of results) for (const e of r.ruleErrors) { const key = `${e.ruleId}\u0000${e.error}`; if (!errSeen.has(key)) { errSeen.add(key); ruleErrors.push(e); } }
    const lines = prev && re ? EditedLines.edited(prev.lines, text, p, sfx) : EditedLines.of(text);
    this.prev = { text, split, keys: chunkTexts, lines };
    return {
      text, hadBom, lines, findings, scripts, score: meanScore(scripts.map((s) => s.card.score)),
      ruleErrors, header, parts, mode: 'incremental',
    };
  }

  /**
   * Runs the library-scope rules on a model merged from the items, then applies what the
   * engine's finalize would: configured severity, the owning script's findings and score.
   * False when a directive could interact with their findings (the caller lints in full).
   */
  private runLibraryRules(text: string, split: Split, parts: Part[], header: LintResult, findings: Finding[], scripts: ScriptResult[], config: EffectiveConfig, errors: Analysis['ruleErrors']): boolean {
    const models: Script[] = [];
    for (let k = 0; k < split.chunks.length; k++) {
      const p = parts[k + 1];
      const entry = this.modelCache.get(p.result.library.scripts[p.scriptIndex!]);
      let m = entry && entry.delta === p.delta && entry.index === k ? entry.model : undefined;
      if (!m) {
        m = shiftModel(p.result.library.scripts[p.scriptIndex!], p.delta, k);
        this.modelCache.set(p.result.library.scripts[p.scriptIndex!], { delta: p.delta, index: k, model: m });
      }
      models.push(m);
    }
    const h = header.library;
    const library: Library = {
      version: h.version, shop: h.shop, platform: h.platform, variables: h.variables, scripts: models, issues: [], scalarSpans: [], keySpans: h.keySpans,
    };
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
    if (!raw.length) return true;
    const touched = new Set<number>();
    for (const f of raw) {
      const meta = ALL_RULES.find((r) => r.meta.id === f.ruleId)!.meta;
      const configured = config.rules[f.ruleId]?.severity;
      if (configured === 'off') continue;
      let severity = f.severity;
      if (configured && meta) severity = severity === meta.severity ? configured : (RANK[severity] < RANK[configured] ? severity : configured);
      const c = split.chunks.findIndex((ch) => f.start >= ch.start && f.start < ch.end);
      if (c >= 0 ? text.slice(split.chunks[c].start, split.chunks[c].end).includes('huashu-') : f.start < split.headerEnd && text.slice(0, split.headerEnd).includes('huashu-')) return false;
      const g = { ...f, severity };
      findings.push(g);
      const k = scripts.findIndex((s) => g.start >= s.span.start && g.start < Math.max(s.span.end, s.span.start + 1));
      if (k >= 0) {
        if (!touched.has(k)) { scripts[k] = { ...scripts[k], findings: [...scripts[k].findings] }; touched.add(k); }
        scripts[k].findings.push(g);
      }
    }
    const cmp = (x: Finding, y: Finding): number => x.start - y.start || x.end - y.end || x.ruleId.localeCompare(y.ruleId);
    findings.sort(cmp);
    for (const k of touched) {
      scripts[k].findings.sort(cmp);
      scripts[k] = { ...scripts[k], card: scoreScript(scripts[k].findings, rubricOf) };
    }
    return true;
  }

  private modelCache = new WeakMap<Script, { delta: number; index: number; model: Script }>();

  /** Lints the missing chunks together in one synthetic library and caches each one's results. */
  private lintBatch(headerText: string, chunkTexts: string[], missing: number[], config: EffectiveConfig): boolean {
    let synthetic = headerText;
    const offsets: number[] = [];
    for (const k of missing) {
      offsets.push(synthetic.length);
      // only the document's last chunk can lack a final line break, and it comes last here too
      synthetic += chunkTexts[k];
    }
    const result = lintText(synthetic, { config });
    this.lintCount++;
    if (hasSyntaxError(result) || result.library.scripts.length !== missing.length) return false;
    const per: Finding[][] = missing.map(() => []);
    let m = 0;
    for (const f of result.findings) {
      if (f.start < headerText.length) continue;
      while (m + 1 < offsets.length && f.start >= offsets[m + 1]) m++;
      per[m].push(f);
    }
    missing.forEach((k, j) => {
      const off = offsets[j];
      const s = result.scripts[j];
      const fs = per[j].map((f) => shiftFinding(f, -off));
      const own = s.findings.map((f) => shiftFinding(f, -off));
      const model = result.library.scripts[j];
      const dup = fs.some((f) => f.ruleId === 'duplicate-id') || chunkTexts[k].includes('duplicate-id');
      this.entries.set(chunkTexts[k], {
        result, offset: off, scriptIndex: j, findings: fs, script: shiftScript(s, -off, 0, own),
        id: model.idSpan ? model.id : undefined, where: dup ? BATCH_DUP : undefined,
      });
    });
    return true;
  }

  /** Lints one chunk alone, telling the engine where else its id is defined. */
  private lintSingle(headerText: string, chunk: string, config: EffectiveConfig, id: string | undefined, where: string | undefined): Entry | undefined {
    const synthetic = headerText + chunk;
    const externalIds = id !== undefined && where !== undefined ? new Map([[id, where]]) : undefined;
    const result = lintText(synthetic, { config, externalIds });
    this.lintCount++;
    if (hasSyntaxError(result) || result.library.scripts.length !== 1) return undefined;
    const off = headerText.length;
    const fs = result.findings.filter((f) => f.start >= off).map((f) => shiftFinding(f, -off));
    const s = result.scripts[0];
    const model = result.library.scripts[0];
    return {
      result, offset: off, scriptIndex: 0, findings: fs, script: shiftScript(s, -off, 0, s.findings.map((f) => shiftFinding(f, -off))),
      id: model.idSpan ? model.id : undefined, where,
    };
  }
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

/** Every scalar span of the document (file offsets), sorted. */
export function scalarSpans(a: Analysis): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const p of a.parts) {
    for (const s of p.result.library.scalarSpans) {
      const st = s.start + p.delta;
      if (st >= p.start && st < p.end) out.push({ start: st, end: s.end + p.delta });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
