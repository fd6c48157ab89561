/**
 * The language features, as pure functions of an Analysis (and the server's texts): diagnostics,
 * code actions, hover, completion, symbols, folding, code lens, semantic tokens and the preview.
 */
import {
  ClientCapabilities, CodeAction, CodeActionKind, CodeLens, CompletionItem, CompletionItemKind, Diagnostic, DiagnosticSeverity, DiagnosticTag,
  DocumentSymbol, FoldingRange, Hover, InsertTextFormat, MarkupKind, Position, Range, SemanticTokensBuilder, SymbolKind, TextDocumentContentChangeEvent, TextEdit,
} from 'vscode-languageserver';
import {
  ALL_RULES, EffectiveConfig, Finding, LintOptions, PLATFORMS, RUBRIC, SCENARIOS, SCRIPT_KEYS, STAGES, Script, Severity, docsUrl, fixAll, fixAllWith, ruleMeta,
} from '../engine';
import { Analysis, ScriptFeature, ScriptView, insideScalarAt, partAt, scriptModels, textIncludes, textLength, textSlice } from '../engine/incremental';
import { DiagView } from '../engine/diag-view';
import { rangesTouch, linesOverlap, toOffset, toPosition, toRange } from './convert';
import { Texts } from './i18n';
import { SHORT_RESULT, cachedList } from './json-encoder';
import { DIRECTIVE_DOCS, ENUM_DOCS, SCRIPT_KEY_DOCS, TOP_KEY_DOCS } from './key-docs';
import { downRange, movePreviewScript } from './protocol';
import type { DocumentScriptsResult, PreviewFinding, PreviewScript, PreviewTurn } from './protocol';

export const SOURCE = 'huashu';
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.huashu`;
const SEV: Record<Severity, DiagnosticSeverity> = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information };

// ---------------------------------------------------------------- diagnostics

/**
 * Which optional Diagnostic properties the client declared it understands (LSP
 * `textDocument.publishDiagnostics` capabilities, or 3.18's `textDocument.diagnostic`): a rule's
 * documentation link (`codeDescription`) and the "unnecessary" tag. A client that declares
 * neither (Neovim 0.7, minimal clients) gets neither: every publish is about a quarter smaller.
 */
export interface DiagnosticShape { codeDescription: boolean; unnecessaryTag: boolean }

/** Everything (VS Code declares both). */
export const FULL_SHAPE: DiagnosticShape = Object.freeze({ codeDescription: true, unnecessaryTag: true });

interface DiagnosticsCaps { codeDescriptionSupport?: boolean; tagSupport?: { valueSet?: readonly number[] } }

export function diagnosticShapeOf(caps: ClientCapabilities): DiagnosticShape {
  const all = [caps.textDocument?.publishDiagnostics, caps.textDocument?.diagnostic as DiagnosticsCaps | undefined];
  return {
    codeDescription: all.some((c) => c?.codeDescriptionSupport === true),
    unnecessaryTag: all.some((c) => Array.isArray(c?.tagSupport?.valueSet) && c!.tagSupport!.valueSet!.includes(DiagnosticTag.Unnecessary)),
  };
}

export function toDiagnostic(a: Analysis, f: Finding, shape: DiagnosticShape = FULL_SHAPE): Diagnostic {
  const d: Diagnostic = shape.codeDescription
    ? { range: toRange(a, f.start, f.end), severity: SEV[f.severity], code: f.ruleId, codeDescription: { href: docsUrl(f.ruleId) }, source: SOURCE, message: f.message }
    : { range: toRange(a, f.start, f.end), severity: SEV[f.severity], code: f.ruleId, source: SOURCE, message: f.message };
  if (shape.unnecessaryTag && (f.tags?.includes('unnecessary') || f.ruleId === 'unused-directive')) d.tags = [DiagnosticTag.Unnecessary];
  return d;
}

export function diagnosticsOf(a: Analysis, shape: DiagnosticShape = FULL_SHAPE): Diagnostic[] { return a.findings.map((f) => toDiagnostic(a, f, shape)); }

/**
 * Whether a content change leaves every diagnostic of `items` where it was, as an editor that
 * moves its diagnostics with the text (VS Code's markers, Neovim's extmarks, Helix) or one that
 * keeps their positions would both show them: every diagnostic ends before the change (any
 * change: a script typed at the end of a library), or the change is within one line, inserts no
 * line break, and no diagnostic starts or ends at or after its start on that line. (A whole-text
 * change moves everything.) Where every change since a publish does, and the lint makes the same
 * list again, the client's copy is already right and need not be sent again.
 */
export function keepsDiagnostics(items: readonly Diagnostic[] | DiagView<Diagnostic>, change: TextDocumentContentChangeEvent): boolean {
  if (!('range' in change)) return false;
  let { start, end } = change.range;
  if (end.line < start.line || (end.line === start.line && end.character < start.character)) [start, end] = [end, start];
  const line = start.line;
  const from = start.character;
  const oneLine = end.line === line && !change.text.includes('\n') && !change.text.includes('\r');
  // (a view: its entries' lines with their moves, without making the moved diagnostics)
  const view = items instanceof DiagView ? items : DiagView.of(items);
  for (let i = 0; i < view.length; i++) {
    const r = view.madeAt(i).range;
    const startLine = view.startLine(i);
    const endLine = view.endLine(i);
    const kept = oneLine
      ? !((startLine === line && r.start.character >= from) || (endLine === line && r.end.character >= from))
      : endLine < line || (endLine === line && r.end.character < from);
    if (!kept) return false;
  }
  return true;
}

export function countsOf(a: Analysis): { error: number; warning: number; info: number } {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of a.findings) c[f.severity]++;
  return c;
}

// ---------------------------------------------------------------- code actions

export interface ActionContext {
  uri: string;
  version: number;
  analysis: Analysis;
  texts: Texts;
  lintOptions: LintOptions;
  eol: string;
  /** The shape of diagnostics the actions carry when the client sent none that match (default: full). */
  diagnosticShape?: DiagnosticShape;
  /**
   * The client resolves a code action's edit on demand (`codeAction.resolveSupport` with `edit`):
   * the fix-all offered beside the quick fixes is then sent without its edit, which is made by
   * `codeAction/resolve` (resolveFixAll) only when it is chosen.
   */
  resolveEdits?: boolean;
  /**
   * Analyses of texts made from this document's (the passes of a fix-all), linting only the
   * scripts that differ from the document's: an analyzer forked from the document's, with the
   * document's lint options. Without it a fix-all lints the whole text at every pass.
   */
  reanalyzer?: () => (text: string) => Analysis;
}

/** What a fix-all action sent without its edit carries, for `codeAction/resolve`. */
export interface FixAllData { huashu: 'fixAll'; uri: string; version: number }

export function isFixAllData(d: unknown): d is FixAllData {
  const x = d as FixAllData | undefined;
  return !!x && typeof x === 'object' && x.huashu === 'fixAll' && typeof x.uri === 'string' && typeof x.version === 'number';
}

function fixTitle(t: Texts, a: Analysis, f: Finding): string {
  if (!f.fix) return t.fixGeneric(f.ruleId);
  if (f.ruleId === 'unused-directive') return t.removeDirective;
  const [s, e] = f.fix.range;
  const from = textSlice(a, s, e);
  if (s === e) return t.insert(f.fix.text);
  if (!f.fix.text) return t.remove(from);
  return t.replaceWith(from, f.fix.text);
}

function edit(ctx: ActionContext, edits: TextEdit[]): CodeAction['edit'] {
  return { changes: { [ctx.uri]: edits } };
}

/**
 * Findings for a code action request: those whose range touches the requested range; when the
 * client sends diagnostics, those matching one of them by rule id (code) and overlapping lines —
 * never by object equality, since clients echo diagnostics back with altered columns.
 */
export function findingsFor(a: Analysis, range: Range, diagnostics: Diagnostic[]): { finding: Finding; diagnostic?: Diagnostic }[] {
  const out: { finding: Finding; diagnostic?: Diagnostic }[] = [];
  const ours = diagnostics.filter((d) => d.source === undefined || d.source === SOURCE);
  // candidates by rule id and line (a request may carry every diagnostic of a 20,000-script file:
  // a scan of all of them per finding is quadratic); ranges over many lines are checked directly
  const byLine = new Map<string, number[]>();
  const wide: number[] = [];
  ours.forEach((d, i) => {
    if (d.range.end.line - d.range.start.line > 64) { wide.push(i); return; }
    for (let l = d.range.start.line; l <= d.range.end.line; l++) {
      const k = `${String(d.code)}\u0000${l}`;
      const list = byLine.get(k);
      if (list) list.push(i); else byLine.set(k, [i]);
    }
  });
  const ok = (i: number, ruleId: string, fr: Range): boolean => {
    const d = ours[i];
    return String(d.code) === ruleId && linesOverlap(d.range, fr) && (rangesTouch(d.range, fr) || closeEnough(d.range, fr));
  };
  /** The first diagnostic (in request order) that matches: the first match of each candidate list, the least of those. */
  const firstMatch = (ruleId: string, fr: Range): number | undefined => {
    let best: number | undefined;
    const consider = (list: number[]): void => {
      for (const i of list) { if (best !== undefined && i >= best) return; if (ok(i, ruleId, fr)) { best = i; return; } }
    };
    consider(wide);
    if (fr.end.line - fr.start.line > 64) consider(ours.map((_d, i) => i));
    else for (let l = fr.start.line; l <= fr.end.line; l++) consider(byLine.get(`${ruleId}\u0000${l}`) ?? []);
    return best;
  };
  for (const f of candidatesFor(a, range, ours)) {
    const fr = toRange(a, f.start, f.end);
    const hit = ours.length ? firstMatch(f.ruleId, fr) : undefined;
    const matched = hit === undefined ? undefined : ours[hit];
    if (matched) out.push({ finding: f, diagnostic: matched });
    else if (!ours.length && rangesTouch(range, fr)) out.push({ finding: f });
  }
  return out;
}

/**
 * The findings that can touch the lines of the requested range and of the echoed diagnostics (a
 * superset, in `findings` order): for an incremental analysis only the items there are placed.
 */
function candidatesFor(a: Analysis, range: Range, diagnostics: Diagnostic[]): readonly Finding[] {
  if (!a.findingsNear) return a.findings;
  let lo = range.start.line;
  let hi = range.end.line;
  for (const d of diagnostics) { lo = Math.min(lo, d.range.start.line); hi = Math.max(hi, d.range.end.line); }
  if (hi - lo > 2000) return a.findings;
  return a.findingsNear(toOffset(a, { line: Math.max(0, lo), character: 0 }), toOffset(a, { line: hi + 1, character: 0 }));
}

/** Same lines, columns off (byte columns, tab width…): still the same finding. */
function closeEnough(x: Range, y: Range): boolean {
  return x.start.line === y.start.line;
}

export function codeActions(ctx: ActionContext, range: Range, diagnostics: Diagnostic[], only?: string[]): CodeAction[] {
  const a = ctx.analysis;
  const t = ctx.texts;
  const wants = (kind: string): boolean => !only?.length || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    const seenDisable = new Set<string>();
    for (const { finding: f, diagnostic } of findingsFor(a, range, diagnostics)) {
      const diags = diagnostic ? [diagnostic] : [toDiagnostic(a, f, ctx.diagnosticShape)];
      if (f.fix) {
        actions.push({
          title: fixTitle(t, a, f), kind: CodeActionKind.QuickFix, diagnostics: diags, isPreferred: true,
          edit: edit(ctx, [{ range: toRange(a, f.fix.range[0], f.fix.range[1]), newText: f.fix.text }]),
        });
      }
      for (const s of f.suggestions ?? []) {
        actions.push({
          title: s.title, kind: CodeActionKind.QuickFix, diagnostics: diags,
          edit: edit(ctx, [{ range: toRange(a, s.fix.range[0], s.fix.range[1]), newText: s.fix.text }]),
        });
      }
      if (f.ruleId !== 'yaml-syntax' && f.ruleId !== 'unused-directive') {
        const ins = disableLineEdit(a, f, ctx.eol);
        const key = `${f.ruleId}@${ins?.range.start.line}`;
        if (ins && !seenDisable.has(key)) {
          seenDisable.add(key);
          actions.push({ title: t.disableLine(f.ruleId), kind: CodeActionKind.QuickFix, diagnostics: diags, edit: edit(ctx, [ins]) });
        }
      }
    }
  }
  const fixable = a.someFinding ? a.someFinding((f) => !!f.fix) : a.findings.some((f) => f.fix);
  if (fixable && only?.some((o) => FIX_ALL_KIND === o || FIX_ALL_KIND.startsWith(`${o}.`) || o === CodeActionKind.Source)) {
    const fa = fixAllAction(ctx);
    if (fa) actions.push(fa);
  } else if (fixable && !only?.length && actions.length) {
    // what an editor asks for wherever the cursor stops (VS Code's light bulb): fixing the whole
    // file lints it again until nothing changes, 0.8 s at 5,000 scripts, so a client that can
    // resolve an action's edit gets it only when the action is chosen
    if (ctx.resolveEdits) {
      const data: FixAllData = { huashu: 'fixAll', uri: ctx.uri, version: ctx.version };
      actions.push({ title: ctx.texts.fixAll, kind: CodeActionKind.QuickFix, isPreferred: false, data });
    } else {
      const fa = fixAllAction(ctx);
      if (fa) actions.push({ ...fa, kind: CodeActionKind.QuickFix, isPreferred: false });
    }
  }
  return actions;
}

/**
 * The edit of a fix-all action sent without it: made on the document as it is now (an action
 * chosen after an edit fixes the edited text). Nothing to fix: an empty edit.
 */
export function resolveFixAll(ctx: ActionContext, action: CodeAction): CodeAction {
  const fa = fixAllAction(ctx);
  return { ...action, edit: fa?.edit ?? { changes: {} } };
}

/** Fix-all edits per analysis (a document version under one config): asked again, not made again. */
const FIX_ALL_EDITS = new WeakMap<Analysis, { range: Range; newText: string } | null>();

export function fixAllAction(ctx: ActionContext): CodeAction | undefined {
  const a = ctx.analysis;
  let e = FIX_ALL_EDITS.get(a);
  if (e === undefined) {
    const out = ctx.reanalyzer ? fixAllFrom(a, ctx.reanalyzer()) : fixAll(a.text, ctx.lintOptions).output;
    e = null;
    if (out !== a.text) {
      let p = 0;
      const max = Math.min(out.length, a.text.length);
      while (p < max && out.charCodeAt(p) === a.text.charCodeAt(p)) p++;
      let s = 0;
      while (s < max - p && out.charCodeAt(out.length - 1 - s) === a.text.charCodeAt(a.text.length - 1 - s)) s++;
      e = { range: toRange(a, p, a.text.length - s), newText: out.slice(p, out.length - s) };
    }
    FIX_ALL_EDITS.set(a, e);
  }
  if (!e) return undefined;
  return { title: ctx.texts.fixAll, kind: FIX_ALL_KIND, edit: edit(ctx, [{ range: e.range, newText: e.newText }]) };
}

/**
 * The engine's fix-all from the document's analysis: its findings are the first pass's, and
 * `analyze` lints the later texts, which differ from the document's only in the fixed scripts.
 * The same text as `fixAll(a.text, …).output` (tested), without linting the whole library at
 * every pass: 5,000 corpus scripts took 0.6 s.
 */
export function fixAllFrom(a: Analysis, analyze: (text: string) => Analysis, maxPasses = 10): string {
  return fixAllWith(a.text, a, analyze, maxPasses).output;
}

/** The script model (synthetic offsets) holding a file offset, with its delta. */
export function scriptAt(a: Analysis, offset: number): { script: Script; delta: number } | undefined {
  if (a.mode === 'incremental') {
    const p = partAt(a, offset);
    if (p.scriptIndex === undefined) return undefined;
    return { script: p.result.library.scripts[p.scriptIndex], delta: p.delta };
  }
  const lib = a.parts[0].result.library;
  // binary search over the scripts in source order (a find() per finding was quadratic)
  let order = BY_START.get(lib.scripts);
  if (!order) { order = [...lib.scripts].sort((x, y) => x.span.start - y.span.start); BY_START.set(lib.scripts, order); }
  let lo = 0;
  let hi = order.length - 1;
  let k = -1;
  while (lo <= hi) { const mid = (lo + hi) >> 1; if (order[mid].span.start <= offset) { k = mid; lo = mid + 1; } else hi = mid - 1; }
  // spans do not overlap, except that an item may end where the next starts: the first one wins, as find() did
  while (k > 0 && order[k - 1].span.end >= offset && order[k - 1].span.start <= offset) k--;
  const s = k >= 0 && offset <= order[k].span.end ? order[k] : undefined;
  return s ? { script: s, delta: 0 } : undefined;
}

const BY_START = new WeakMap<Script[], Script[]>();

/**
 * `# huashu-disable-next-line <rule>` inserted above the line where the finding's value starts:
 * never inside a multi-line scalar, and on a line whose directive covers the finding.
 */
function disableLineEdit(a: Analysis, f: Finding, eol: string): TextEdit | undefined {
  const lines = a.lines;
  const found = scriptAt(a, f.start);
  const valueEnd = (line: number): number => {
    let end = lines.lineEnd(line);
    if (!found) return end;
    const { script, delta } = found;
    const on = (o: number): boolean => lines.lineOf(o + delta) === line;
    if (on(script.span.start)) end = Math.max(end, script.span.end + delta);
    for (const t of script.turns) if (on(t.keyStart) || on(t.span.start)) end = Math.max(end, t.span.end + delta);
    return end;
  };
  const candidates = [lines.lineOf(f.start)];
  if (found) {
    const turn = found.script.turns.find((t) => f.start >= t.span.start + found.delta && f.start <= t.span.end + found.delta);
    if (turn) candidates.push(lines.lineOf(turn.keyStart + found.delta));
    candidates.push(lines.lineOf(found.script.span.start + found.delta));
  }
  for (const line of candidates) {
    const ls = lines.lineStart(line);
    if (insideScalarAt(a, ls)) continue;
    if (f.start < ls || f.start >= Math.max(lines.lineEnd(line), valueEnd(line)) + 1) continue;
    const indent = /^[ \t]*/.exec(textSlice(a, ls, lines.lineEnd(line)))![0];
    const pos = toPosition(a, ls);
    return { range: { start: pos, end: pos }, newText: `${indent}# huashu-disable-next-line ${f.ruleId}${eol}` };
  }
  return undefined;
}

// ---------------------------------------------------------------- hover

export function hover(a: Analysis, pos: Position, t: Texts): Hover | null {
  // on a byte order mark a client kept as the document's first character: nothing to say (its
  // offset would be the first key's, whose range does not hold the position)
  if (a.hadBom && pos.line === 0 && pos.character === 0) return null;
  const off = toOffset(a, pos);
  const hits = (a.findingsNear ? a.findingsNear(off, off) : a.findings).filter((f) => (f.start <= off && off < f.end) || (f.start === f.end && off === f.start));
  if (hits.length) {
    const md = hits.map((f) => findingMarkdown(f, t)).join('\n\n---\n\n');
    const first = hits[0];
    return { contents: { kind: MarkupKind.Markdown, value: md }, range: toRange(a, first.start, first.end) };
  }
  return keyHover(a, off);
}

function findingMarkdown(f: Finding, t: Texts): string {
  const meta = ruleMeta(f.ruleId);
  const out: string[] = [];
  out.push(`**${meta?.title ?? f.ruleId}** \`${f.ruleId}\`（${t.severity(f.severity)}）`);
  out.push(f.message);
  if (meta?.docs.why) out.push(`**${t.why}：** ${meta.docs.why}`);
  if (meta?.docs.good[0]) out.push(`**${t.good}：** ${meta.docs.good[0].includes('\n') ? `\n\n\`\`\`yaml\n${meta.docs.good[0]}\n\`\`\`` : meta.docs.good[0]}`);
  if (meta?.penalty) out.push(`**扣分：** ${t.penalty(meta.penalty)}`);
  out.push(`[${t.docs}](${docsUrl(f.ruleId)})`);
  return out.join('\n\n');
}

interface LineCtx { line: number; ls: number; text: string; col: number }

function lineCtx(a: Analysis, off: number): LineCtx {
  const line = a.lines.lineOf(off);
  const ls = a.lines.lineStart(line);
  return { line, ls, text: textSlice(a, ls, a.lines.lineEnd(line)), col: off - ls };
}

const KEY_RE = /^(\s*)(-\s+)?([A-Za-z_][\w-]*)(\s*):(?=\s|$)\s*(.*)$/;

function inScriptsRegion(a: Analysis, off: number): boolean {
  const ks = a.header.library.keySpans.get('scripts');
  return !!ks && off > ks.end;
}

function keyHover(a: Analysis, off: number): Hover | null {
  const lc = lineCtx(a, off);
  const m = KEY_RE.exec(lc.text);
  const dir = /#\s*(huashu-(?:disable-next-line|disable-file|disable|enable))\b/.exec(lc.text);
  if (dir && lc.col >= dir.index + dir[0].indexOf('huashu-') && lc.col <= dir.index + dir[0].length) {
    return { contents: { kind: MarkupKind.Markdown, value: `**${dir[1]}**\n\n${DIRECTIVE_DOCS[dir[1]]}` } };
  }
  if (!m) return null;
  const indent = m[1].length;
  const keyStart = indent + (m[2]?.length ?? 0);
  const key = m[3];
  const keyEnd = keyStart + key.length;
  const valueStart = keyEnd + m[4].length + 1 + (lc.text.slice(keyEnd + m[4].length + 1).length - lc.text.slice(keyEnd + m[4].length + 1).trimStart().length);
  const top = indent === 0 && !m[2];
  const doc = top ? TOP_KEY_DOCS[key] : inScriptsRegion(a, off) ? SCRIPT_KEY_DOCS[key] : undefined;
  if (doc && lc.col >= keyStart && lc.col <= keyEnd) {
    const value = `**${key}** — ${doc.summary}\n\n${doc.detail}${doc.example ? `\n\n\`\`\`yaml\n${doc.example}\n\`\`\`` : ''}`;
    return { contents: { kind: MarkupKind.Markdown, value }, range: toRange(a, lc.ls + keyStart, lc.ls + keyEnd) };
  }
  const enumKey = (key === 'scenario' || key === 'stage') && !top ? key : key === 'platform' && top ? 'platform' : undefined;
  if (enumKey && lc.col >= valueStart) {
    const raw = m[5].replace(/\s+#.*$/, '').replace(/^['"]|['"]$/g, '').trim();
    const e = ENUM_DOCS[enumKey][raw];
    if (e) {
      return { contents: { kind: MarkupKind.Markdown, value: `**${raw}**（${e.label}）\n\n${e.detail}` }, range: toRange(a, lc.ls + valueStart, lc.ls + valueStart + m[5].replace(/\s+#.*$/, '').length) };
    }
  }
  return null;
}

// ---------------------------------------------------------------- completion

export function completion(a: Analysis, pos: Position, config: EffectiveConfig, t: Texts): CompletionItem[] {
  // before a byte order mark the client kept: nothing goes there (an edit after it would not hold the position)
  if (a.hadBom && pos.line === 0 && pos.character === 0) return [];
  const off = toOffset(a, pos);
  const lc = lineCtx(a, off);
  const before = lc.text.slice(0, lc.col);
  const here = toPosition(a, off);
  const range = (len: number): Range => ({ start: toPosition(a, off - len), end: here });

  // directive comments
  const dIds = /#\s*huashu-(?:disable-next-line|disable-file|disable|enable)\s+((?:[a-z0-9-]+[\s,]+)*)([a-z0-9-]*)$/.exec(before);
  if (dIds) {
    const typed = new Set(dIds[1].split(/[\s,]+/).filter(Boolean));
    return ALL_RULES.filter((r) => !typed.has(r.meta.id)).map((r) => ({
      label: r.meta.id, kind: CompletionItemKind.Constant, detail: r.meta.title,
      documentation: { kind: MarkupKind.Markdown, value: `${r.meta.message}\n\n[${t.docs}](${docsUrl(r.meta.id)})` },
      textEdit: { range: range(dIds[2].length), newText: r.meta.id },
    }));
  }
  const dKind = /#\s*(huashu-?[a-z-]*)$/.exec(before);
  if (dKind) {
    return Object.entries(DIRECTIVE_DOCS).map(([k, doc]) => ({
      label: k, kind: CompletionItemKind.Keyword, detail: t.directive, documentation: doc, textEdit: { range: range(dKind[1].length), newText: `${k} ` },
    }));
  }
  if (/(^|\s)#/.test(before) && !inTurn(a, off)) return [];

  // enum values
  const ev = /^(\s*)(-\s+)?(scenario|stage|platform)\s*:\s*([\w-]*)$/.exec(before);
  if (ev) {
    const key = ev[3] as 'scenario' | 'stage' | 'platform';
    const values = key === 'scenario' ? SCENARIOS : key === 'stage' ? STAGES : PLATFORMS;
    return values.map((v, i) => ({
      label: v, kind: CompletionItemKind.EnumMember, detail: ENUM_DOCS[key][v]?.label, documentation: ENUM_DOCS[key][v]?.detail,
      sortText: String(i).padStart(2, '0'), textEdit: { range: range(ev[4].length), newText: v },
    }));
  }

  // variables inside agent text
  const open = /\{([^{}\s]*)$/.exec(before);
  if (open && (inTurn(a, off) || /^\s*(-\s+)?(reply|alternatives)\s*:|^\s*-\s/.test(before))) {
    const after = lc.text.slice(lc.col);
    const close = after.startsWith('}') ? '' : '}';
    return [...a.header.library.variables.keys()].map((name) => ({
      label: `{${name}}`, filterText: name, kind: CompletionItemKind.Variable, detail: t.variable,
      textEdit: { range: range(open[1].length), newText: `${name}${close}` },
    }));
  }

  // keys
  const k = /^(\s*)(-\s+)?([A-Za-z_]*)$/.exec(before);
  if (k) {
    const top = k[1].length === 0 && !k[2];
    if (top) return keyItems(Object.keys(TOP_KEY_DOCS), TOP_KEY_DOCS, range(k[3].length));
    if (inScriptsRegion(a, off)) return keyItems(SCRIPT_KEYS, SCRIPT_KEY_DOCS, range(k[3].length));
    return [];
  }

  // approved phrases inside replies
  if (inTurn(a, off) || /^\s*(-\s+)?(reply|alternatives)\s*:\s*\S/.test(before)) return phraseItems(config, t);
  return [];
}

function keyItems(keys: readonly string[], docs: Record<string, { summary: string; detail: string }>, range: Range): CompletionItem[] {
  return keys.map((key, i) => ({
    label: key, kind: CompletionItemKind.Property, detail: docs[key]?.summary, documentation: docs[key]?.detail,
    sortText: String(i).padStart(2, '0'), textEdit: { range, newText: `${key}: ` },
  }));
}

function inTurn(a: Analysis, off: number): boolean {
  const s = scriptAt(a, off);
  return !!s && s.script.turns.some((t) => off >= t.span.start + s.delta && off <= t.span.end + s.delta);
}

const LITERAL = /^[^()|…\\?]+$/;

function phraseItems(config: EffectiveConfig, t: Texts): CompletionItem[] {
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  for (const p of config.phrases) {
    if (p.kind !== 'required' || !LITERAL.test(p.pattern) || seen.has(p.pattern)) continue;
    seen.add(p.pattern);
    items.push({ label: p.pattern, kind: CompletionItemKind.Text, detail: t.teamPhrase, documentation: p.message, sortText: `0${items.length}` });
  }
  for (const r of ALL_RULES) {
    if (items.length >= 20) break;
    if (!['I', 'J', 'C'].includes(r.meta.category)) continue;
    const g = r.meta.docs.good[0];
    if (!g || g.includes('\n') || g.length > 60 || seen.has(g)) continue;
    seen.add(g);
    items.push({ label: g.length > 24 ? `${g.slice(0, 24)}…` : g, insertText: g, filterText: g, kind: CompletionItemKind.Text, detail: `${t.phrase} · ${r.meta.title}`, documentation: g, sortText: `1${items.length}`, insertTextFormat: InsertTextFormat.PlainText });
  }
  return items;
}

// ---------------------------------------------------------------- per-script values

/**
 * One value per script in `a.scripts` order: from the incremental analysis's per-item caches
 * (only the edited script's value is made again after a keystroke), or made in file coordinates.
 */
function scriptValues<T>(a: Analysis, feature: ScriptFeature<T>): T[] {
  if (a.perScript) return a.perScript(feature);
  const models = [...scriptModels(a)];
  const text = a.text;
  const pos = (o: number): Position => toPosition(a, o);
  const lineOf = (o: number): number => a.lines.lineOf(o);
  return a.scripts.map((result, index) => feature.make({ index, result, model: models[index]?.script, delta: models[index]?.delta ?? 0, text, pos, lineOf }));
}

const viewRange = (v: ScriptView, start: number, end: number): Range => ({ start: v.pos(start), end: v.pos(end) });

// ---------------------------------------------------------------- symbols, folding, code lens

interface ScriptSymbol { group: string; symbol: DocumentSymbol }

const SYMBOL: ScriptFeature<ScriptSymbol> = {
  make: (v) => {
    const s = v.result;
    const range = viewRange(v, s.span.start, s.span.end);
    const selectionRange = viewRange(v, s.headSpan.start, s.headSpan.end);
    return { group: s.scenario ?? '', symbol: { name: s.id ?? `#${v.index + 1}`, detail: s.title ?? '', kind: SymbolKind.Object, range, selectionRange } };
  },
  move: (x, n) => ({ group: x.group, symbol: { ...x.symbol, range: downRange(x.symbol.range, n), selectionRange: downRange(x.symbol.selectionRange, n) } }),
};

/**
 * The scripts under their scenario, one group per run of consecutive scripts of a scenario: a
 * library that is not sorted by scenario has a scenario in several places, and one group per
 * scenario would span the others' scripts. Editors find the symbol at the cursor (breadcrumbs,
 * the outline following the cursor) by the first range that holds it, so groups must not overlap.
 */
export function documentSymbols(a: Analysis, t: Texts): DocumentSymbol[] {
  const values = scriptValues(a, SYMBOL);
  const groups: DocumentSymbol[] = [];
  for (let i = 0; i < values.length;) {
    const key = values[i].group;
    let j = i + 1;
    while (j < values.length && values[j].group === key) j++;
    groups.push(groupOf(values, i, j, key ? `${key}（${ENUM_DOCS.scenario[key]?.label ?? key}）` : t.noScenario));
    i = j;
  }
  // a library of many runs (not sorted by scenario): the encoder keeps each group's bytes; of a
  // few, the bytes of each group's children (json-encoder.ts, `listsOf`)
  return groups.length > SHORT_RESULT ? cachedList(groups) : groups;
}

/**
 * Groups of earlier answers by their first script's symbol: the same object again while its run
 * holds the same symbols (the analysis keeps an unedited script's symbol from version to version),
 * so that the encoder has its bytes. Never changed once made.
 */
const GROUPS = new WeakMap<DocumentSymbol, DocumentSymbol>();

function groupOf(values: readonly ScriptSymbol[], from: number, to: number, name: string): DocumentSymbol {
  const first = values[from].symbol;
  const known = GROUPS.get(first);
  if (known && known.name === name && known.children!.length === to - from) {
    let same = true;
    for (let k = from + 1; same && k < to; k++) same = known.children![k - from] === values[k].symbol;
    if (same) return known;
  }
  const children: DocumentSymbol[] = cachedList([]);
  let end = first.range.end;
  for (let k = from; k < to; k++) {
    const symbol = values[k].symbol;
    children.push(symbol);
    if (before(end, symbol.range.end)) end = symbol.range.end;
  }
  const g: DocumentSymbol = { name, kind: SymbolKind.Namespace, range: { start: first.range.start, end }, selectionRange: first.selectionRange, children };
  GROUPS.set(first, g);
  return g;
}

function before(x: Position, y: Position): boolean { return x.line < y.line || (x.line === y.line && x.character < y.character); }

/** The line of `o` after stepping back over line breaks (a span that ends after its last line's break). */
function lastLine(text: { slice(s: number, e: number): string }, lineOf: (o: number) => number, o: number): number {
  let e = o;
  for (;;) {
    const c = e > 0 ? text.slice(e - 1, e) : '';
    if (c !== '\n' && c !== '\r') return lineOf(e);
    e--;
  }
}

const FOLDS: ScriptFeature<FoldingRange[]> = {
  make: (v) => {
    const out: FoldingRange[] = [];
    const add = (s: number, e: number): void => { const l0 = v.lineOf(s); const l1 = lastLine(v.text, v.lineOf, e); if (l1 > l0) out.push({ startLine: l0, endLine: l1 }); };
    if (v.model) add(v.model.span.start + v.delta, v.model.span.end + v.delta); else add(v.result.span.start, v.result.span.end);
    if (v.model) for (const t of v.model.turns) add(t.span.start + v.delta, t.span.end + v.delta);
    return out;
  },
  move: (list, n) => list.map((r) => ({ startLine: r.startLine + n, endLine: r.endLine + n })),
};

export function foldingRanges(a: Analysis): FoldingRange[] {
  const out: FoldingRange[] = [];
  const keys = [...a.header.library.keySpans.entries()].sort((x, y) => x[1].start - y[1].start);
  keys.forEach(([name, span], i) => {
    if (name !== 'variables' && name !== 'scripts') return;
    const l0 = a.lines.lineOf(span.start);
    const end = name === 'scripts' || i + 1 >= keys.length ? textLength(a) : keys[i + 1][1].start;
    const l1 = lastLine(a.source ?? a.text, (o) => a.lines.lineOf(o), end);
    if (l1 > l0) out.push({ startLine: l0, endLine: l1 });
  });
  for (const list of scriptValues(a, FOLDS)) for (const r of list) out.push(r);
  return out;
}

const LENSES = new WeakMap<Texts, ScriptFeature<CodeLens>>();

function lensFeature(t: Texts): ScriptFeature<CodeLens> {
  let f = LENSES.get(t);
  if (!f) {
    f = {
      make: (v) => {
        const s = v.result;
        const lost = s.card.items.filter((i) => i.points < i.max).map((i) => `${i.name} -${i.max - i.points}`);
        const title = t.score(s.card.score) + (lost.length ? t.lost(lost.join('、')) : '');
        return { range: viewRange(v, s.headSpan.start, s.headSpan.start), command: { title, command: '' } };
      },
      move: (x, n) => ({ ...x, range: downRange(x.range, n) }),
    };
    LENSES.set(t, f);
  }
  return f;
}

export function codeLenses(a: Analysis, t: Texts): CodeLens[] { return cachedList(scriptValues(a, lensFeature(t))); }

// ---------------------------------------------------------------- semantic tokens

export const TOKEN_TYPES = ['variable', 'macro'];
export const TOKEN_MODIFIERS = ['declaration', 'readonly'];

/** A script's variable references in its turns: [line, character, length] triples (one-line tokens only). */
const VARIABLE_REFS: ScriptFeature<number[]> = {
  make: (v) => {
    const out: number[] = [];
    if (!v.model) return out;
    for (const t of v.model.turns) {
      const s = t.span.start + v.delta;
      const e = t.span.end + v.delta;
      const src = v.text.slice(s, e);
      if (src.indexOf('{') < 0) continue;
      for (const m of src.matchAll(/\{\{|\}\}|\{([^{}\r\n]+)\}/g)) {
        if (!m[1]) continue;
        const p = v.pos(s + m.index!);
        const q = v.pos(s + m.index! + m[0].length);
        if (p.line === q.line) out.push(p.line, p.character, q.character - p.character);
      }
    }
    return out;
  },
  move: (list, n) => { const out = list.slice(); for (let i = 0; i < out.length; i += 3) out[i] += n; return out; },
};

export function semanticTokens(a: Analysis): number[] {
  const toks: { line: number; character: number; length: number; type: number; mods: number; at: number }[] = [];
  const push = (start: number, end: number, type: number, mods: number): void => {
    const p = toPosition(a, start);
    const q = toPosition(a, end);
    if (p.line === q.line) toks.push({ line: p.line, character: p.character, length: q.character - p.character, type, mods, at: toks.length });
  };
  for (const span of a.header.library.variables.values()) push(span.start, span.end, 0, 1);
  for (const refs of scriptValues(a, VARIABLE_REFS)) {
    for (let i = 0; i < refs.length; i += 3) toks.push({ line: refs[i], character: refs[i + 1], length: refs[i + 2], type: 0, mods: 2, at: toks.length });
  }
  if (textIncludes(a, 'huashu-')) {
    for (const m of a.text.matchAll(/#\s*huashu-(?:disable-next-line|disable-file|disable|enable)\b[^\r\n]*/g)) {
      const at = m.index!;
      if (at > 0 && !/[ \t\r\n]/.test(a.text[at - 1])) continue;
      if (insideScalarAt(a, at)) continue;
      push(at, at + m[0].length, 1, 0);
    }
  }
  // in document order (tokens never overlap; equal positions keep the order they were found in)
  toks.sort((x, y) => x.line - y.line || x.character - y.character || x.at - y.at);
  const b = new SemanticTokensBuilder();
  for (const tk of toks) b.push(tk.line, tk.character, tk.length, tk.type, tk.mods);
  return b.build().data;
}

// ---------------------------------------------------------------- preview

const PREVIEW: ScriptFeature<PreviewScript> = {
  make: (v) => {
    const sr = v.result;
    const m = v.model;
    const d = v.delta;
    const pf = (f: Finding): PreviewFinding => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, range: viewRange(v, f.start, f.end) });
    const used = new Set<Finding>();
    const turns: PreviewTurn[] = (m?.turns ?? []).map((t) => {
      const tv = t.text.value;
      return {
        field: t.field, altIndex: t.altIndex,
        messages: t.messageStarts.map((ms, i) => {
          const me = i + 1 < t.messageStarts.length ? t.messageStarts[i + 1] - 1 : tv.length;
          const text = tv.slice(ms, me);
          const srcStart = me > ms ? t.text.starts[ms] + d : t.span.start + d;
          const srcEnd = me > ms ? t.text.ends[me - 1] + d : t.span.start + d;
          const findings: PreviewFinding[] = [];
          for (const f of sr.findings) {
            if (used.has(f) || f.start < srcStart || f.end > srcEnd || (f.start === srcEnd && me > ms)) continue;
            used.add(f);
            let a0 = ms;
            while (a0 < me && t.text.ends[a0] + d <= f.start) a0++;
            let b0 = a0;
            while (b0 < me && t.text.starts[b0] + d < f.end) b0++;
            findings.push({ ...pf(f), textRange: [a0 - ms, Math.max(a0, b0) - ms] });
          }
          return { text, range: viewRange(v, srcStart, srcEnd), findings };
        }),
      };
    });
    return {
      id: sr.id, title: sr.title, scenario: sr.scenario, stage: sr.stage, tags: [...m?.tags ?? []], customer: [...m?.customer ?? []],
      score: sr.card.score,
      deductions: sr.card.items.filter((i) => i.points < i.max).map((i) => ({ item: i.id, name: i.name, points: i.points, max: i.max, rules: [...i.rules] })),
      range: viewRange(v, sr.span.start, sr.span.end), turns,
      findings: sr.findings.filter((f) => !used.has(f)).map(pf),
    };
  },
  move: movePreviewScript,
};

export function documentScripts(uri: string, version: number | null, a: Analysis): DocumentScriptsResult {
  return { ...documentScriptsHead(uri, version, a), scripts: cachedList(scriptValues(a, PREVIEW)) };
}

/** The preview's answer without its scripts. */
export function documentScriptsHead(uri: string, version: number | null, a: Analysis): Omit<DocumentScriptsResult, 'scripts'> {
  const lib = a.header.library;
  return { uri, version, shop: lib.shop, platform: lib.platform, score: a.score, counts: a.counts ? { ...a.counts } : countsOf(a) };
}

/**
 * Incremental analyses: each script's preview entry as made in its chunk (the same object while
 * the script's chunk and place do not change) and the lines it is to be moved down by.
 */
export function previewUnmoved(a: Analysis): { made: PreviewScript[]; lines: ArrayLike<number> } | undefined {
  return a.perScriptUnmoved?.(PREVIEW);
}

export { RUBRIC };
