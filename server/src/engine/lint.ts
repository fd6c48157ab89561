/**
 * The engine's entry point: library text + effective config → findings (file offsets), fixes and
 * scores. Pure and total: it never throws on user input, and a rule that throws is skipped and
 * recorded in `ruleErrors` while every other rule's findings are still delivered.
 */
import type { EffectiveConfig, TeamPhrase } from './config';
import type { ExternalIds, Finding, Severity, Platform, Span } from './types';
import { parseLibrary, skeletonOf, Library, Script, StructuralIssue, Turn } from './parse/library';
import type { ItemChunk } from './parse/fast-scan';
import type { SpanList } from './parse/span-list';
import { sourceSpan } from './parse/scalar-map';
import { fold, Folded } from './text/fold';
import { inSpans, negatedBefore, quotedSpans } from './text/context';
import { getMatcher, teamOwner } from './match/cache';
import { OVER_BUDGET } from './match/matcher';
import { ALL_RULES, RULES_BY_ID, rubricOf } from './rules/index';
import type { Hit, Report, RuleModule, TurnContext } from './rules/api';
import { turnFix } from './fixes';
import { idSpan, mayHaveDirectives, readDirectives, suppressedFindings } from './directives';
import type { Directive } from './directives';
import { LineIndex, stripBom } from './line-index';
import { msg } from './messages';
import { HIT_GATED, ruleGatingEnabled } from './rule-gating';
import { meanScore, ScoreCard, scoreScript } from './score';
import { activeTiming, LintTiming, timed } from './timing';

/**
 * Findings in text order: by start, end, then rule id by code unit (the ids are kebab-case ASCII,
 * where that is the order `localeCompare` gives too; its first call costs 8–14 ms of ICU set-up).
 */
export function compareFindings(x: Finding, y: Finding): number {
  return x.start - y.start || x.end - y.end || (x.ruleId < y.ruleId ? -1 : x.ruleId > y.ruleId ? 1 : 0);
}

export interface LintOptions {
  config?: EffectiveConfig;
  /** Script ids defined in other files linted together: id → where (for duplicate-id). */
  externalIds?: ExternalIds;
  /**
   * The `externalIds` are defined before the text: a script with such an id is a duplicate of that
   * definition, also when a script before it in the text has its id (the incremental analysis's
   * batches of scripts whose ids are defined elsewhere in their document, each as alone).
   */
  externalFirst?: boolean;
  /** 'full' reads with the complete YAML parser only (the reference path the fast one is tested against). */
  parse?: 'fast' | 'full';
  /** The line index of `text`, when the caller already has one. */
  lines?: LineIndex;
  /** Record which of the header's fields each script's lint read (`LintResult.headerReads`). */
  trackHeader?: boolean;
  /**
   * Each script's lint kept from the previous lints of the same document (see {@link ScriptMemo},
   * and the CLI's `--cache`, which keeps them between runs): a script read before is not linted again.
   */
  memo?: ScriptLints;
  /** With `memo`: the text holds only some of the document's scripts (a splice's): the memo keeps the lints this one does not use. */
  memoPart?: boolean;
  /**
   * The text is chunks of other texts put together, starting at these offsets (ascending; the
   * last ends at the text's end): a region (`disable`, closed or not) and an `enable` end at the
   * end of their chunk at the latest, as they do in the chunk linted alone, and suppress nothing
   * beyond it. Next-line and file directives are read as usual (the incremental analysis's
   * batches of chunks, incremental.ts `lintBatch`, which lints chunks that have those alone).
   */
  directiveBounds?: readonly number[];
  /**
   * false: score the scripts without keeping each one's result (`LintResult.scripts` is empty;
   * the score is the same). For the CLI's lint, whose formats write no script's result: at
   * 100,000 scripts the results and their score cards were 20–30 MB of its largest heap.
   */
  scriptResults?: boolean;
}

/** A finding moved by `d` code units, with its fixes. */
export function shiftFinding(f: Finding, d: number): Finding {
  const g: Finding = { ...f, start: f.start + d, end: f.end + d };
  if (f.fix) g.fix = { range: [f.fix.range[0] + d, f.fix.range[1] + d], text: f.fix.text };
  if (f.suggestions) g.suggestions = f.suggestions.map((s) => ({ title: s.title, fix: { range: [s.fix.range[0] + d, s.fix.range[1] + d], text: s.fix.text } }));
  return g;
}

/**
 * A script's lint as the memo keeps it: the script's source text, its findings (file offsets of
 * the lint that made them, or moved them last), where the script started then (offset, line,
 * column), what it read of the header, the rules that threw.
 */
interface Memoed { source: string; findings: Finding[]; at: number; line: number; col: number; reads: number; errors: LintResult['ruleErrors']; used: number }

/** A script's lint as a memo gives it back: its findings at the script's place now, its rule failures, what it read of the header. */
export type MemoedLint = Pick<Memoed, 'findings' | 'errors' | 'reads'>;

/**
 * A script a memo knew by its chunk before it was read (`ScriptLints.take`): the script as a lint
 * keeps it (a skeleton at its index and place now), its parse issues and its lint, moved.
 */
export interface TakenScript { script: Script; issues: StructuralIssue[]; findings: Finding[]; reads: number }

/**
 * What a lint asks of a memo of scripts' lints: `begin` with the header its scripts are linted
 * after (a memo forgets the lints that read what changed in it) and the config, then per script
 * `get` (the lint of a script of that key and source text, moved to `at`; `chunk`: where the
 * block layout's scan says the script's item lies) or, when there is none, `set` after linting
 * it, and `end`. `restart`: the lint begins its scripts again from the first (a fast scan that
 * gave up midway). `take`: offered each item of the block layout that another item follows,
 * before it is read (its chunk [start, end) and index): the script, its issues and its lint
 * when the memo knows that chunk's text as one that reads the same there (`ItemChunk.next`),
 * so that it is not read at all (a lint of a text that may hold directives offers none: they
 * read every scalar's span). {@link ScriptMemo} keeps the lints in memory, the CLI's `--cache`
 * between runs (cli/script-cache.ts).
 */
export interface ScriptLints {
  begin(header: Library, config: EffectiveConfig): void;
  get(key: string, text: string, at: number, end: number, line: number, col: number, chunk?: ItemChunk): MemoedLint | undefined;
  take?(text: string, start: number, end: number, index: number): TakenScript | undefined;
  set(key: string, m: Omit<Memoed, 'used'>): void;
  end(): void;
  restart?(): void;
}

/**
 * A finding the memo moved to another offset but not to another line or column (its script moved
 * by an edit on an earlier line that kept the line count) → the finding it was first made as.
 * Both have the same LSP position, so what was made from one (a diagnostic) serves the other.
 */
export const samePlace = new WeakMap<Finding, Finding>();

/**
 * The scripts' lints of one document, kept from lint to lint (the language server's lints of a
 * whole document, where its layout cannot be split: a library in flow style or JSON, or a YAML
 * error that runs over several scripts). A script is found by its source text; its lint reads
 * nothing else but the header's platform, shop and variables' names and the config (the
 * incremental analysis rests on the same), so when those are the same its findings are the
 * previous ones moved; the very same objects when the script starts at the same offset, line and
 * column (so that what is made from them, such as diagnostics, can be kept too).
 * Lints that a lint does not use are dropped at its end.
 */
export class ScriptMemo implements ScriptLints {
  /** By script id: the lints of scripts of that id (more than one when ids repeat). */
  private readonly map = new Map<string, Memoed[]>();
  /** The header fields the kept lints were made under: every lint reads the platform; only some the shop or the variables' names. */
  private context = '';
  private shop: string | undefined;
  private variables = '';
  private config: EffectiveConfig | undefined;
  private round = 0;
  /** Scripts linted, and found, since the memo was made (for tests and benchmarks). */
  linted = 0;
  found = 0;

  /**
   * Starts a lint with this header and config: forgets everything when the config or the platform
   * differ from the last, and the lints that read the shop or the variables' names when those do
   * (a shop's name typed in the header: only an opening's greeting check reads it).
   */
  begin(header: Library, config: EffectiveConfig): void {
    const context = header.platform;
    const variables = [...header.variables.keys()].join('\u0000');
    if (context !== this.context || config !== this.config) {
      this.map.clear();
    } else {
      const drop = (header.shop !== this.shop ? READS_SHOP : 0) | (variables !== this.variables ? READS_VARIABLES : 0);
      if (drop) {
        for (const [k, list] of this.map) {
          const kept = list.filter((m) => !(m.reads & drop));
          if (!kept.length) this.map.delete(k); else if (kept.length !== list.length) this.map.set(k, kept);
        }
      }
    }
    this.context = context;
    this.shop = header.shop;
    this.variables = variables;
    this.config = config;
    this.round++;
  }

  /**
   * The lint of a script of key `key` (its id) of the same source text (`text` from
   * `at` to `end`), not yet taken by this lint; moved to `at`, `line` and `col`.
   */
  get(key: string, text: string, at: number, end: number, line: number, col: number): Memoed | undefined {
    const list = this.map.get(key);
    if (!list) return undefined;
    let m: Memoed | undefined;
    let source: string | undefined;
    for (let k = 0; k < list.length && !m; k++) {
      const c = list[k];
      if (c.used === this.round || c.source.length !== end - at) continue;
      // (a slice compared is several times faster than startsWith at an offset, and hashes nothing)
      if ((source ??= text.slice(at, end)) === c.source) m = c;
    }
    if (!m) return undefined;
    if (m.at !== at || m.line !== line || m.col !== col) {
      const d = at - m.at;
      const same = m.line === line && m.col === col;
      m.findings = m.findings.map((f) => {
        const g = shiftFinding(f, d);
        if (same) samePlace.set(g, samePlace.get(f) ?? f);
        return g;
      });
      m.at = at;
      m.line = line;
      m.col = col;
    }
    m.used = this.round;
    this.found++;
    return m;
  }

  /** Keeps the lint of a script of key `key` (its source is copied: a slice would keep the whole text it was cut from). */
  set(key: string, m: Omit<Memoed, 'used'>): void {
    this.linted++;
    // (its fields one by one: a spread that adds a field, as `used`, takes V8's slow path, about 1 µs)
    const entry: Memoed = { source: (' ' + m.source).slice(1), findings: m.findings, at: m.at, line: m.line, col: m.col, reads: m.reads, errors: m.errors, used: this.round };
    const list = this.map.get(key);
    if (list) list.push(entry); else this.map.set(key, [entry]);
  }

  /** Forgets a lint of a script of key `key` and source text `source` (a splice's: its script's text changed). */
  drop(key: string, source: string): void {
    const list = this.map.get(key);
    if (!list) return;
    const k = list.findIndex((m) => m.source === source);
    if (k < 0) return;
    if (list.length === 1) this.map.delete(key);
    else list.splice(k, 1);
  }

  /** Whether no lint is kept (a look-up, not a count). */
  get empty(): boolean { return this.map.size === 0; }

  /** The scripts whose lints are kept. */
  get size(): number {
    let n = 0;
    for (const list of this.map.values()) n += list.length;
    return n;
  }

  /** Forgets every lint kept. */
  clear(): void {
    this.map.clear();
    this.context = '';
    this.shop = undefined;
    this.variables = '';
    this.config = undefined;
  }

  /** Ends a lint: drops what it did not use. */
  end(): void {
    const round = this.round;
    for (const [k, list] of this.map) {
      if (list.length === 1) { if (list[0].used !== round) this.map.delete(k); continue; }
      const kept = list.filter((m) => m.used === round);
      if (kept.length) this.map.set(k, kept); else this.map.delete(k);
    }
  }
}

/** Header fields a script's lint read (`LintResult.headerReads`): the shop, the variables' names. */
export const READS_SHOP = 1;
export const READS_VARIABLES = 2;
/** What a script's lint read of the header when it was not recorded: all of it. */
export const READS_ANY = 0xff;

export interface ScriptResult {
  index: number;
  id?: string;
  title?: string;
  scenario?: Script['scenario'];
  stage?: Script['stage'];
  span: Span;
  headSpan: Span;
  /** The script's findings in order (read-only: scripts without findings share one empty list). */
  findings: readonly Finding[];
  card: ScoreCard;
}

export interface LintResult {
  /** The linted text (BOM removed): every offset refers to it. */
  text: string;
  hadBom: boolean;
  findings: Finding[];
  scripts: ScriptResult[];
  score: number;
  library: Library;
  lines: LineIndex;
  ruleErrors: { ruleId: string; error: string }[];
  /**
   * Only when the text has directives: each with the rule ids it suppressed (`used`), and the
   * findings they suppressed. The incremental analysis judges directives across the scripts it
   * lints apart from these (incremental.ts, `directivePass`).
   */
  directives?: DirectiveUse;
  /**
   * With `trackHeader`: per script (by index), the header fields its lint read (`READS_SHOP`,
   * `READS_VARIABLES`). The incremental analysis keeps a script's lint when the header changes
   * in no field it read (a new shop name is read only by an opening's greeting check).
   */
  headerReads?: Uint8Array;
}

/** A lint's directives and what they suppressed (see {@link LintResult.directives}). */
export interface DirectiveUse { list: Directive[]; suppressed: Finding[] }

/** Agent text longer than this (UTF-16 units) is not checked: one finding says so (hostile input, not a reply). */
export const MAX_TURN_CHARS = 20000;

const EMPTY_CONFIG: EffectiveConfig = { rules: {}, phrases: [], allow: [] };

/** Lints one library. `text` may start with a BOM; offsets are relative to the text without it. */
export function lintText(input: string, options: LintOptions = {}): LintResult {
  const { text, hadBom, library } = parseForLint(input, options);
  return lintLibrary(text, hadBom, library, options);
}

/** What `lintText` reads before it lints: the text without its BOM, and the library parsed from it. */
export function parseForLint(input: string, options: Pick<LintOptions, 'parse'> = {}): { text: string; hadBom: boolean; library: Library } {
  const { text, hadBom } = stripBom(input);
  const tm = activeTiming();
  tm?.enter('parse');
  const library = parseLibrary(text, { full: options.parse === 'full' });
  tm?.leave();
  return { text, hadBom, library };
}

export function lintLibrary(text: string, hadBom: boolean, library: Library, options: LintOptions = {}): LintResult {
  const run = new LintRun(text, library, options);
  const { memo } = options;
  memo?.begin(library, options.config ?? EMPTY_CONFIG);
  for (const script of library.scripts) run.script(script);
  if (!options.memoPart) memo?.end();
  return run.finish(hadBom, library, options.externalIds);
}

/**
 * lintLibrary(text, hadBom, parseLibrary(text)) in less memory, for the CLI: the same result
 * (tested; a rule error's stack trace shows the path it ran on), but each script is linted as
 * soon as the parser has read it and then kept only as a skeleton (index, id, title, scenario,
 * stage and spans: what ids, library rules and scores read), so that the library is never whole
 * in memory. The returned `library` has those
 * skeletons: no turns, tags, customer or notes, and no scalar spans unless the text may have
 * directives (mayHaveDirectives). `text` has no BOM (stripBom).
 *
 * Linting a script needs the file's header (shop, platform, variables) before its scripts: it is
 * read from the text before the top-level `scripts:` key (in a library that is one flow map, such
 * as JSON, before its `"scripts"` key, the map closed there), and checked against the whole
 * file's afterwards. A file whose header does not come first, or reads differently whole, is linted
 * the usual way.
 */
export function lintTextLean(text: string, hadBom: boolean, options: LintOptions = {}): LintResult {
  return startLean(text, hadBom, options).finish(options.externalIds);
}

/**
 * A lint whose scripts are done and whose file-level step (structure, ids, library rules,
 * directives, scores) waits for `finish`: the CLI lints every file's scripts first and then
 * finishes each with the ids the other files define, without keeping any library whole.
 */
export interface PendingLint {
  /** The library as lintTextLean returns it: skeleton scripts. */
  readonly library: Library;
  finish(externalIds?: ExternalIds): LintResult;
}

/** lintTextLean up to its file-level step (`options.externalIds` is not read: give them to `finish`). */
export function startLean(text: string, hadBom: boolean, options: LintOptions = {}): PendingLint {
  return timed('parse', () => startLeanLint(text, hadBom, options));
}

function startLeanLint(text: string, hadBom: boolean, options: LintOptions): PendingLint {
  const lines = options.lines ?? new LineIndex(text);
  const whole = (library: Library): PendingLint => ({ library, finish: (ext) => lintLibrary(text, hadBom, library, { ...options, lines, externalIds: ext }) });
  // only directives read the scalars' spans: a text without them keeps none
  const scalarSpans = mayHaveDirectives(text);
  const cut = options.parse === 'full' ? -1 : scriptsKeyAt(text);
  const header = cut >= 0 ? parseLibrary(headerBefore(text, cut), { scalarSpans: false }) : undefined;
  if (!header || header.keySpans.has('scripts')) return whole(parseLibrary(text, { full: options.parse === 'full', scalarSpans }));
  const run = new LintRun(text, header, { ...options, lines });
  const { memo } = options;
  memo?.begin(header, options.config ?? EMPTY_CONFIG);
  const take = memo?.take && !scalarSpans ? memo.take.bind(memo) : undefined;
  const library = parseLibrary(text, {
    scalarSpans,
    onScript: (script, chunk) => {
      // a fast scan that gave up midway hands the scripts over again, from the first
      if (script.index === 0) run.reset();
      run.script(script, chunk);
      return skeletonOf(script);
    },
    takeScript: take && ((start, end, index) => {
      if (index === 0) run.reset();
      const taken = take(text, start, end, index);
      if (taken) run.taken(taken);
      return taken;
    }),
  });
  memo?.end();
  if (library.keySpans.get('scripts')?.start !== cut || !sameHeader(header, library)) return whole(parseLibrary(text, { scalarSpans }));
  return { library, finish: (ext) => run.finish(hadBom, library, ext) };
}

/** A library that is one flow map: JSON (`{"huashu": 1, …, "scripts": […]}`), as a tool exports it. */
const FLOW_ROOT = /^\s*\{/;

/**
 * Where the top-level `scripts` key seems to start: a line that starts with it (the block
 * layout), or in a library that is one flow map, its first `"scripts"` or `scripts` key. A guess
 * the lean lint checks against the whole file's reading.
 */
function scriptsKeyAt(text: string): number {
  if (!FLOW_ROOT.test(text)) return text.search(/^scripts[ \t]*:(?=[ \t\r\n#]|$)/m);
  const m = /(?<=[{,\s])("scripts"|'scripts'|scripts)[ \t]*:/.exec(text);
  return m ? m.index : -1;
}

/** The header's text: what comes before the `scripts` key (a flow map closed after it). */
function headerBefore(text: string, cut: number): string {
  return FLOW_ROOT.test(text) ? `${text.slice(0, cut)}}` : text.slice(0, cut);
}

/** What linting a script reads from the file's header. */
function sameHeader(a: Library, b: Library): boolean {
  if (a.shop !== b.shop || a.platform !== b.platform || a.variables.size !== b.variables.size) return false;
  const bv = [...b.variables.keys()];
  let k = 0;
  for (const name of a.variables.keys()) if (name !== bv[k++]) return false;
  return true;
}

/** Which rules a config runs, and how: the same for every lint with that config. */
interface RunPlan {
  readonly active: RuleModule[];
  /** Rules with a check or phrases of their own: run on each turn. */
  readonly perTurn: RuleModule[];
  /** Per rule of perTurn: skipped on turns without its own hits (rule-gating.ts). */
  readonly needsHits: boolean[];
  /** Rule id → its index in perTurn. */
  readonly ruleIndex: ReadonlyMap<string, number>;
  /** Whether scans keep only the first hit of the owners in PRESENCE_ONLY (rule-gating.ts). */
  readonly presence: boolean;
}

/**
 * Plans by config (with rule gating on, off): a CLI run over 1,000 files made the same plan
 * 1,000 times (70 severity look-ups each), now once per config object.
 */
const PLANS = new WeakMap<EffectiveConfig, [RunPlan | undefined, RunPlan | undefined]>();

function planFor(config: EffectiveConfig): RunPlan {
  const gating = ruleGatingEnabled();
  let plans = PLANS.get(config);
  if (!plans) PLANS.set(config, (plans = [undefined, undefined]));
  const k = gating ? 1 : 0;
  let plan = plans[k];
  if (!plan) {
    const active = ALL_RULES.filter((r) => severityOf(config, r.meta.id) !== 'off');
    const perTurn = active.filter((r) => r.check || r.triggers);
    const needsHits = perTurn.map((r) => !r.check || (gating && HIT_GATED.has(r.meta.id)));
    const ruleIndex = new Map<string, number>();
    perTurn.forEach((r, j) => ruleIndex.set(r.meta.id, j));
    plan = plans[k] = { active, perTurn, needsHits, ruleIndex, presence: gating };
  }
  return plan;
}

/**
 * The header as the rules of a lint with `trackHeader` see it: the library's fields, the shop and
 * the variables noted as read by the script being linted. A class, not the header as the prototype
 * of an object with two getters (`Object.create(header, …)`): that made every lint's header a
 * prototype, which V8 reshapes and guards, and was a third of the time of linting one script alone
 * (13 µs of each `LintRun`, and five times the garbage collection: bench/README.md, the
 * forty-third round).
 */
class TrackedHeader implements Library {
  constructor(private readonly header: Library, private readonly run: LintRun) {}
  get shop(): string | undefined { this.run.noteRead(READS_SHOP); return this.header.shop; }
  get variables(): Map<string, Span> { this.run.noteRead(READS_VARIABLES); return this.header.variables; }
  get version(): unknown { return this.header.version; }
  get platform(): Platform { return this.header.platform; }
  get scripts(): Script[] { return this.header.scripts; }
  get issues(): StructuralIssue[] { return this.header.issues; }
  get scalarSpans(): SpanList { return this.header.scalarSpans; }
  get keySpans(): Map<string, Span> { return this.header.keySpans; }
  get anchors(): boolean | undefined { return this.header.anchors; }
}

/**
 * One lint of one library: `script` for each script in order (what each turn's rules find),
 * then `finish` (the file's structure, ids, library rules, directives, order, scores). The
 * library given first supplies the header (shop, platform, variables) the turns' rules read.
 */
class LintRun {
  private readonly config: EffectiveConfig;
  private readonly lines: LineIndex;
  private readonly active: RuleModule[];
  private readonly matcher: ReturnType<typeof getMatcher>;
  private readonly perTurn: RuleModule[];
  private readonly needsHits: boolean[];
  /** Which rules a turn's hits name: one look-up per owner with hits, not one per rule. */
  private readonly ruleIndex: ReadonlyMap<string, number>;
  /**
   * Per rule of perTurn, its check (no rule's check reads \`this\`), read when the run starts: from
   * an array, where \`rule.check\` on rule objects of ~70 shapes was a megamorphic look-up per rule
   * and turn.
   */
  private readonly checks: (((ctx: TurnContext) => void) | undefined)[];
  /**
   * Per rule of perTurn, its id, for the same reason: `rule.meta.id` reads the meta objects of
   * many shapes, a megamorphic look-up per rule and turn (V8's inline-cache log, 5,000 scripts).
   */
  private readonly ids: string[];
  private readonly presence: boolean;
  private readonly named: Uint8Array;
  /** Per rule of perTurn, its hits in the turn (set where `named` is, cleared as the rule runs). */
  private readonly hitsAt: (Hit[] | undefined)[];
  private readonly env: TurnEnv;
  private readonly rc: RuleContexts;
  /** The turns' findings, in script order. */
  private readonly raw: Finding[] = [];
  /** Whether the result keeps each script's result (`LintOptions.scriptResults`). */
  private readonly results: boolean;
  private readonly ruleErrors: LintResult['ruleErrors'] = [];
  /** Marks the rules a turn's hits name, with their hits (for Map.forEach: no iterator per turn). */
  private readonly markNamed = (hits: Hit[], owner: string): void => {
    const k = this.ruleIndex.get(owner);
    if (k !== undefined) { this.named[k] = 1; this.hitsAt[k] = hits; }
  };
  /** Per line, the furthest end of a script or value that starts there (for trailing directives; none without directives). */
  private readonly valueEnds: Int32Array | undefined;
  /** With `trackHeader`: the header fields each script's lint read, in script order; the script being linted. */
  private readonly reads: number[] | undefined;
  private scriptNo = -1;
  private readonly memo: ScriptLints | undefined;
  /** `huashu lint --timing`: where the time goes (timing.ts); undefined, and unread, otherwise. */
  private readonly timing: LintTiming | undefined = activeTiming();
  /** LintOptions.directiveBounds, LintOptions.externalFirst. */
  private readonly bounds: readonly number[] | undefined;
  private readonly externalFirst: boolean;

  constructor(private readonly text: string, header: Library, options: LintOptions) {
    const config = (this.config = options.config ?? EMPTY_CONFIG);
    this.results = options.scriptResults ?? true;
    this.lines = options.lines ?? new LineIndex(text);
    this.valueEnds = mayHaveDirectives(text) ? new Int32Array(this.lines.lineCount) : undefined;
    const platform: Platform = header.platform !== 'generic' ? header.platform : config.platform ?? 'generic';
    const plan = planFor(config);
    this.active = plan.active;
    this.matcher = getMatcher(config);
    this.perTurn = plan.perTurn;
    this.needsHits = plan.needsHits;
    this.ruleIndex = plan.ruleIndex;
    this.checks = this.perTurn.map((r) => r.check);
    this.ids = this.perTurn.map((r) => r.meta.id);
    this.presence = plan.presence;
    this.named = new Uint8Array(this.perTurn.length);
    this.hitsAt = new Array<Hit[] | undefined>(this.perTurn.length).fill(undefined);
    this.env = { library: header, script: undefined!, turn: undefined!, folded: undefined!, hits: NO_HITS, customer: '', customerHits: NO_HITS, platform, config, raw: this.raw, quotes: undefined };
    this.rc = RULE_CONTEXTS;
    this.memo = options.memo;
    this.bounds = options.directiveBounds;
    this.externalFirst = !!options.externalFirst;
    if (options.trackHeader) {
      // the rules read the header through env.library: the same library, its shop and variables
      // read through getters that note the script being linted
      this.reads = [];
      this.env.library = new TrackedHeader(header, this);
    }
  }

  /** Notes that the script being linted read a header field (`READS_SHOP`, `READS_VARIABLES`; with `trackHeader`). */
  noteRead(bit: number): void {
    if (this.reads && this.scriptNo >= 0) this.reads[this.scriptNo] |= bit;
  }

  /** Forgets every script seen so far. */
  reset(): void {
    this.raw.length = 0;
    this.ruleErrors.length = 0;
    this.valueEnds?.fill(0);
    if (this.reads) this.reads.length = 0;
    this.scriptNo = -1;
    this.memo?.restart?.();
  }

  script(script: Script, chunk?: ItemChunk): void {
    this.note(script.span.start, script.span.end);
    const turns = script.turns;
    if (this.valueEnds) for (let k = 0; k < turns.length; k++) { const t = turns[k]; this.note(t.keyStart, t.span.end); this.note(t.span.start, t.span.end); }
    const { memo } = this;
    if (!memo) { this.lintScript(script); return; }
    const at = script.span.start;
    const end = script.span.end;
    const line = this.lines.lineOf(at);
    const col = at - this.lines.lineStart(line);
    // found by id (a string the parse made, hashed once), then checked against the whole source text
    const key = script.id ?? '';
    const known = memo.get(key, this.text, at, end, line, col, chunk);
    if (known) {
      for (let k = 0; k < known.findings.length; k++) this.raw.push(known.findings[k]);
      for (const e of known.errors) this.ruleErrors.push(e);
      if (this.reads) this.reads[++this.scriptNo] = known.reads;
      return;
    }
    const from = this.raw.length;
    const errorsFrom = this.ruleErrors.length;
    this.lintScript(script);
    memo.set(key, { source: this.text.slice(at, end), findings: this.raw.slice(from), at, line, col, reads: this.reads ? this.reads[this.scriptNo] : READS_ANY, errors: this.ruleErrors.slice(errorsFrom) });
  }

  /** A script the memo took before it was read (`ScriptLints.take`): its lint, as `script` takes a known one. */
  taken(t: TakenScript): void {
    this.note(t.script.span.start, t.script.span.end);
    for (let k = 0; k < t.findings.length; k++) this.raw.push(t.findings[k]);
    if (this.reads) this.reads[++this.scriptNo] = t.reads;
  }

  /** What the rules of each turn find in a script. */
  private lintScript(script: Script): void {
    const { env, rc, perTurn, needsHits, named, hitsAt, checks, ids, matcher, raw, presence, timing: tm } = this;
    tm?.enter('lint');
    rc.use(env);
    const turns = script.turns;
    let customer = '';
    if (script.customer.length) {
      tm?.enter('fold');
      customer = fold(script.customer.join('\n').slice(0, MAX_TURN_CHARS)).text;
      tm?.leave();
    }
    env.script = script;
    if (this.reads) this.reads[++this.scriptNo] = 0;
    env.customer = customer;
    env.customerHits = NO_HITS;
    if (customer) {
      tm?.enter('scan');
      env.customerHits = matcher.scan(customer, env.platform, presence);
      tm?.leave();
    }
    // indexed, not for-of: an iterator per script until V8 optimises this (a cold first lint does not)
    for (let t = 0; t < turns.length; t++) {
      const turn = turns[t];
      checkVariables(env.library, script, turn, raw);
      if (turn.text.value.length > MAX_TURN_CHARS) {
        // no real reply is this long; matching it would cost seconds per keystroke in an editor
        raw.push({ ruleId: 'invalid-field', severity: 'error', message: msg.turnTooLong(turn.text.value.length, MAX_TURN_CHARS), start: turn.span.start, end: Math.min(turn.span.end, turn.span.start + 1), scriptId: script.id });
        continue;
      }
      tm?.enter('fold');
      const folded = fold(turn.text.value);
      tm?.leave();
      tm?.enter('scan');
      const hits = matcher.scan(folded.text, env.platform, presence);
      tm?.leave();
      if (hits.has(OVER_BUDGET)) {
        raw.push({ ruleId: 'team-forbidden-phrase', severity: 'warning', message: msg.scanOverBudget(), start: turn.span.start, end: Math.min(turn.span.end, turn.span.start + 1), scriptId: script.id });
      }
      env.turn = turn;
      env.folded = folded;
      env.hits = hits;
      env.quotes = undefined;
      rc.startTurn();
      hits.forEach(this.markNamed);
      for (let k = 0; k < perTurn.length; k++) {
        const rule = perTurn[k];
        if (needsHits[k] && named[k] === 0) continue;
        named[k] = 0;
        const ruleHits = hitsAt[k] ?? NO_HIT_LIST;
        hitsAt[k] = undefined;
        tm?.enter(rule.meta.id);
        try {
          rc.run(rule, ids[k], checks[k], ruleHits);
        } catch (e) {
          this.ruleErrors.push({ ruleId: rule.meta.id, error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) });
        }
        tm?.leave();
      }
      if (env.config.phrases.length) {
        tm?.enter(TEAM_FORBIDDEN.meta.id);
        teamPhrases(env);
        tm?.leave();
      }
    }
    tm?.leave();
  }

  private note(at: number, end: number): void {
    const { valueEnds } = this;
    if (!valueEnds) return;
    const l = this.lines.lineOf(at);
    if (end > valueEnds[l]) valueEnds[l] = end;
  }

  /** The file-level step; may be called again (with other ids), each call on its own copies. */
  finish(hadBom: boolean, library: Library, externalIds: ExternalIds | undefined): LintResult {
    const tm = this.timing;
    tm?.enter('library');
    try {
      return this.finishLint(hadBom, library, externalIds, tm);
    } finally {
      tm?.leave();
    }
  }

  private finishLint(hadBom: boolean, library: Library, externalIds: ExternalIds | undefined, tm: LintTiming | undefined): LintResult {
    const { text, lines, config } = this;
    const ruleErrors = this.ruleErrors.slice();
    const raw: Finding[] = [];
    for (const issue of library.issues) {
      const script = issue.scriptIndex !== undefined ? library.scripts[issue.scriptIndex] : undefined;
      raw.push({ ruleId: issue.ruleId, severity: RULES_BY_ID.get(issue.ruleId)?.meta.severity ?? 'error', message: issue.message, start: issue.start, end: Math.max(issue.end, issue.start), scriptId: script?.id });
    }
    checkIds(library, externalIds, raw, this.externalFirst);
    for (let k = 0; k < this.raw.length; k++) raw.push(this.raw[k]);
    for (const rule of this.active) {
      if (!rule.checkLibrary) continue;
      tm?.enter(rule.meta.id);
      try {
        rule.checkLibrary({
          ruleId: rule.meta.id, library,
          option: (name, fallback) => optionOf(config, rule, name, fallback),
          reportAt: (r) => raw.push({
            ruleId: rule.meta.id, severity: r.severity ?? rule.meta.severity, message: r.message ?? rule.meta.message,
            start: r.start, end: r.end, scriptId: r.scriptIndex !== undefined ? library.scripts[r.scriptIndex]?.id : undefined,
          }),
        });
      } catch (e) {
        ruleErrors.push({ ruleId: rule.meta.id, error: e instanceof Error ? e.message : String(e) });
      }
      tm?.leave();
    }

    const use: DirectiveUse | undefined = this.valueEnds ? { list: [], suppressed: [] } : undefined;
    const findings = finalize(text, lines, library, this.valueEnds, config, raw, use, this.bounds);
    const { scripts, score } = scoredScripts(library.scripts, findings, this.results);
    const result: LintResult = { text, hadBom, findings, scripts, score, library, lines, ruleErrors };
    if (use?.list.length) result.directives = use;
    if (this.reads) result.headerReads = Uint8Array.from(this.reads);
    return result;
  }
}

const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

/** What a script's result keeps of the script itself. */
export type ScriptBase = Pick<Script, 'index' | 'id' | 'title' | 'scenario' | 'stage' | 'span' | 'headSpan'>;

/**
 * The scripts' results (each with its findings and score card) and the file's score, from the
 * file's sorted findings: the last step of a lint, and how the CLI's cache (cli/lint-cache.ts)
 * makes a file's report from stored findings, the same way. `keep` false: the score alone, no
 * result kept (`scripts` empty; `LintOptions.scriptResults`).
 */
export function scoredScripts(bases: readonly ScriptBase[], findings: readonly Finding[], keep = true): { scripts: ScriptResult[]; score: number } {
  // a script's findings are a contiguous run of the sorted list, so each list is one slice of it
  const { from, to } = findingRuns(bases, findings);
  const scripts: ScriptResult[] = [];
  const scores: number[] = [];
  for (let k = 0; k < bases.length; k++) {
    const own = from[k] < 0 ? NO_FINDINGS : findings.slice(from[k], to[k]);
    const card = scoreScript(own, rubricOf);
    scores.push(card.score);
    if (!keep) continue;
    const s = bases[k];
    scripts.push({ index: s.index, id: s.id, title: s.title, scenario: s.scenario, stage: s.stage, span: s.span, headSpan: s.headSpan, findings: own, card });
  }
  return { scripts, score: meanScore(scores) };
}

/** Each script's run of the sorted findings (by offset inside the script's span, in one pass): [from[k], to[k]), from[k] -1 for none. */
function findingRuns(scripts: readonly Pick<Script, 'span'>[], findings: readonly Finding[]): { from: Int32Array; to: Int32Array } {
  const from = new Int32Array(scripts.length).fill(-1);
  const to = new Int32Array(scripts.length);
  const order = scripts.map((s, k) => k).sort((a, b) => scripts[a].span.start - scripts[b].span.start);
  let j = 0;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    while (j + 1 < order.length && scripts[order[j + 1]].span.start <= f.start) j++;
    const k = order[j];
    if (k === undefined) break;
    const s = scripts[k];
    if (f.start >= s.span.start && f.start < Math.max(s.span.end, s.span.start + 1)) {
      if (from[k] < 0) from[k] = i;
      to[k] = i + 1;
    }
  }
  return { from, to };
}

interface TurnEnv {
  library: Library; script: Script; turn: Turn; folded: Folded; hits: Map<string, Hit[]>;
  customer: string; customerHits: Map<string, Hit[]>; platform: Platform; config: EffectiveConfig; raw: Finding[];
  /** Quoted spans of the turn's folded text, computed on first use. */
  quotes: [number, number][] | undefined;
}

/** Read-only shared empties: no allocation for the many rules and turns without hits. */
const NO_HITS: Map<string, Hit[]> = new Map();
const NO_HIT_LIST: Hit[] = Object.freeze([] as Hit[]) as Hit[];

type MutableContext = { -readonly [K in keyof TurnContext]: TurnContext[K] };

/**
 * The context every rule's `check` receives. One object and one set of closures for the whole
 * process, pointed at the current lint's state (`use`) and updated for each turn and each rule
 * (the closures read the current turn and rule), instead of a fresh object with a dozen closures
 * for every rule of every turn. One set for all lints rather than one per lint: the rules'
 * calls to ctx.report, ctx.inQuote … then always reach the same functions, which V8 inlines;
 * with a new set per file, a run over many files called them as unknown targets (the CLI on
 * 100 files was 9 % slower than on one).
 */
class RuleContexts {
  private rule!: RuleModule;
  private env!: TurnEnv;
  private readonly ctx: MutableContext;

  constructor() {
    this.ctx = {
      ruleId: '', text: '', script: undefined!, turn: undefined!, library: undefined!, platform: 'generic',
      hits: NO_HIT_LIST,
      hitsOf: (owner) => this.env.hits.get(owner) ?? NO_HIT_LIST,
      has: (owner) => (this.env.hits.get(owner)?.length ?? 0) > 0,
      customer: '',
      customerHas: (owner) => (this.env.customerHits.get(owner)?.length ?? 0) > 0,
      isComplaint: () => this.env.script.scenario === 'complaint' || (this.env.customerHits.get('@COMPLAINT')?.length ?? 0) > 0,
      option: (name, fallback) => optionOf(this.env.config, this.rule, name, fallback),
      inQuote: (a, b) => inSpans((this.env.quotes ??= quotedSpans(this.env.folded.text)), a, b),
      negated: (start) => negatedBefore(this.env.folded.text, start),
      report: (r) => this.env.raw.push(toFinding(this.rule, r, this.env, this.ctx.hits)),
    };
  }

  /** Points the context at a lint's state: called before each script, as lints may take turns. */
  use(env: TurnEnv): void {
    this.env = env;
    this.ctx.library = env.library;
    this.ctx.platform = env.platform;
  }

  startTurn(): void {
    const { ctx, env } = this;
    ctx.text = env.folded.text;
    ctx.script = env.script;
    ctx.turn = env.turn;
    ctx.customer = env.customer;
  }

  /**
   * Runs `rule` on the turn: `id` its id, `check` its check, `hits` its own hits in the turn
   * (env.hits' list for its id).
   */
  run(rule: RuleModule, id: string, check: ((ctx: TurnContext) => void) | undefined, hits: Hit[]): void {
    const { ctx } = this;
    this.rule = rule;
    ctx.ruleId = id;
    ctx.hits = hits;
    if (check) check(ctx);
    else for (let k = 0; k < ctx.hits.length; k++) ctx.report({ start: ctx.hits[k].start, end: ctx.hits[k].end });
  }
}

/** The one rule context of the process (see RuleContexts). */
const RULE_CONTEXTS = new RuleContexts();

function toFinding(rule: RuleModule, r: Report, env: TurnEnv, own: readonly Hit[] | undefined = env.hits.get(rule.meta.id)): Finding {
  const { folded, turn } = env;
  // the rule's own hit at the report's range, whose trigger may carry its replacement, severity, message
  let hit: Hit | undefined;
  if (own) for (let k = 0; k < own.length; k++) if (own[k].start === r.start && own[k].end === r.end) { hit = own[k]; break; }
  // the report's range in the reply's value (no closure, array or destructuring: this runs for
  // every finding, and a cold start's first lint runs it unoptimised)
  const a = r.start;
  const b = r.end;
  const n = folded.text.length;
  const va = n === 0 ? 0 : a < n ? folded.toOrig[a] : turn.text.value.length;
  const vb = n === 0 ? 0 : b > a ? folded.toOrigEnd[Math.min(b, n) - 1] : va;
  const span = turn.text.value.length ? sourceSpan(turn.text, va, Math.max(vb, va + 1)) : { start: turn.span.start, end: turn.span.end };
  const replacement = r.replacement ?? hit?.trigger.replacement;
  let fix: Finding['fix'];
  if (r.insert) {
    const at = r.insert.at < folded.text.length ? folded.toOrig[r.insert.at] : turn.text.value.length;
    fix = turnFix(turn, at, at, r.insert.text);
  } else if (replacement !== undefined) {
    fix = turnFix(turn, va, vb, replacement);
  }
  const ruleId = rule.meta.id;
  const severity = r.severity ?? hit?.trigger.severity ?? rule.meta.severity;
  const message = r.message ?? hit?.trigger.message ?? rule.meta.message;
  const start = span.start;
  const end = Math.max(span.end, span.start);
  // the fix in the literal, not added after: a field added later is kept outside the object, in
  // an array of its own (a run keeps every finding to its report)
  return fix
    ? { ruleId, severity, message, start, end, scriptId: env.script.id, fix }
    : { ruleId, severity, message, start, end, scriptId: env.script.id };
}

/** A config's team phrases by kind: the forbidden ones' indexes by their matcher owner, the required ones' indexes and owners. */
interface TeamKinds { length: number; forbidden: Map<string, number>; required: { k: number; owner: string }[] }
const TEAM_KINDS = new WeakMap<readonly TeamPhrase[], TeamKinds>();

function teamKinds(phrases: readonly TeamPhrase[]): TeamKinds {
  let t = TEAM_KINDS.get(phrases);
  // (a list grown since: made again)
  if (!t || t.length !== phrases.length) {
    t = { length: phrases.length, forbidden: new Map(), required: [] };
    for (let k = 0; k < phrases.length; k++) {
      if (phrases[k].kind === 'forbidden') t.forbidden.set(teamOwner(k), k); else t.required.push({ k, owner: teamOwner(k) });
    }
    TEAM_KINDS.set(phrases, t);
  }
  return t;
}

/**
 * The team's phrases in a reply: each forbidden one it has (found among the matcher's owners
 * with hits: a reply has hits of a few owners, a config up to 2,000 phrases, which were looked up
 * one by one for every reply: 1.6 s of a 10,000-script lint), each required one it lacks.
 */
function teamPhrases(env: TurnEnv): void {
  const phrases = env.config.phrases;
  const kinds = teamKinds(phrases);
  if (kinds.forbidden.size) {
    // in the order of the phrases, as findings of one span and rule keep it
    const found: [number, Hit[]][] = [];
    for (const [owner, hits] of env.hits) {
      const k = kinds.forbidden.get(owner);
      if (k !== undefined) found.push([k, hits]);
    }
    found.sort((a, b) => a[0] - b[0]);
    for (const [k, hits] of found) {
      const p = phrases[k];
      for (const h of hits) {
        env.raw.push(toFinding(TEAM_FORBIDDEN, { start: h.start, end: h.end, message: p.message ?? `团队禁用语“${p.pattern}”`, severity: p.severity, replacement: p.replacement }, env));
      }
    }
  }
  const s = env.script;
  for (const { k, owner } of kinds.required) {
    const p = phrases[k];
    if (p.scenarios?.length && (!s.scenario || !p.scenarios.includes(s.scenario))) continue;
    if (p.stages?.length && (!s.stage || !p.stages.includes(s.stage))) continue;
    if (env.hits.get(owner)?.length) continue;
    env.raw.push(toFinding(TEAM_REQUIRED, { start: 0, end: Math.min(env.folded.text.length, 1), message: p.message ?? `回复缺少团队要求的用语“${p.pattern}”`, severity: p.severity }, env));
  }
}

const TEAM_FORBIDDEN = RULES_BY_ID.get('team-forbidden-phrase')!;
const TEAM_REQUIRED = RULES_BY_ID.get('team-required-phrase')!;

/** `{name}` placeholders must be declared; `{{` and `}}` are literal braces. */
function checkVariables(library: Library, script: Script, turn: Turn, raw: Finding[]): void {
  const v = turn.text.value;
  if (v.indexOf('{') < 0) return;
  for (let i = 0; i < v.length; i++) {
    if (v[i] !== '{') continue;
    if (v[i + 1] === '{') { i++; continue; }
    const close = v.indexOf('}', i + 1);
    if (close < 0) break;
    const name = v.slice(i + 1, close).trim();
    if (name && !/[{\n]/.test(name) && !library.variables.has(name)) {
      const span = sourceSpan(turn.text, i, close + 1);
      raw.push({ ruleId: 'undeclared-variable', severity: 'error', message: msg.undeclaredVariable(name, [...library.variables.keys()]), ...span, scriptId: script.id });
    }
    i = close;
  }
}

/**
 * Where else a script's id is defined, as its duplicate-id finding says it: the first script of
 * this file with that id (its index), else another file (`external`); undefined: nowhere.
 */
export function whereDefined(id: string, firstIndex: number | undefined, external: ExternalIds | undefined): string | undefined {
  return firstIndex !== undefined ? `本文件第 ${firstIndex + 1} 条话术` : external?.get(id);
}

function checkIds(library: Library, external: ExternalIds | undefined, raw: Finding[], externalFirst: boolean): void {
  const seen = new Map<string, Script>();
  const scripts = library.scripts;
  for (let k = 0; k < scripts.length; k++) {
    const s = scripts[k];
    if (!s.id || !s.idSpan) continue;
    const first = seen.get(s.id);
    const where = (externalFirst ? external?.get(s.id) : undefined) ?? whereDefined(s.id, first?.index, external);
    if (where) raw.push({ ruleId: 'duplicate-id', severity: 'error', message: msg.duplicateId(s.id, where), ...s.idSpan, scriptId: s.id });
    if (!first) seen.set(s.id, s);
  }
}

export function severityOf(config: EffectiveConfig, id: string): Severity | 'off' {
  return config.rules[id]?.severity ?? RULES_BY_ID.get(id)?.meta.severity ?? 'error';
}

function optionOf<T>(config: EffectiveConfig, rule: RuleModule, name: string, fallback: T): T {
  const v = config.rules[rule.meta.id]?.options?.[name] ?? rule.meta.options?.[name];
  return (v === undefined ? fallback : v) as T;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * Config severities, directives, unused-directive findings, order. A configured severity replaces
 * the rule's default; findings a rule graded below its default keep their grade, capped by it.
 */
function finalize(text: string, lines: LineIndex, library: Library, valueEnds: Int32Array | undefined, config: EffectiveConfig, raw: Finding[], use?: DirectiveUse, bounds?: readonly number[]): Finding[] {
  const directives = valueEnds ? readDirectives(text, lines, library.scalarSpans, (l) => valueEnds[l] ?? 0) : [];
  if (bounds?.length) boundRegions(directives, bounds, text.length);
  const out: Finding[] = [];
  // (a finding of a rule the config turned off suppresses nothing: it is not there)
  const suppressed = suppressedFindings(directives, raw, (k) => raw[k].ruleId !== 'yaml-syntax' && config.rules[raw[k].ruleId]?.severity !== 'off');
  for (let k = 0; k < raw.length; k++) {
    const f = raw[k];
    const meta = RULES_BY_ID.get(f.ruleId)?.meta;
    const configured = config.rules[f.ruleId]?.severity;
    if (configured === 'off') continue;
    let severity = f.severity;
    if (configured && meta) severity = severity === meta.severity ? configured : (RANK[severity] < RANK[configured] ? severity : configured);
    // a finding is copied only when the config changes its severity: a copy of each of the
    // 58,000 findings of 100,000 scripts was about 6 MB more at the CLI's peak
    const g = severity === f.severity ? f : { ...f, severity };
    if (suppressed[k]) { use?.suppressed.push(g); continue; }
    out.push(g);
  }
  if (use) use.list = directives;
  // a file the YAML parser cannot read whole is not judged for unused directives: a directive
  // may suppress nothing only because its script was not read, and fix-all removed such
  // directives, explanations and all (found by fixing every one-line edit of the samples)
  if (config.rules['unused-directive']?.severity !== 'off' && !raw.some((f) => f.ruleId === 'yaml-syntax')) {
    for (const d of directives) unusedDirectiveFindings(text, lines, d, d.used, config, out);
  }
  out.sort(compareFindings);
  return out;
}

/**
 * Ends each region and `enable` of `directives` at the end of its chunk at the latest (chunks
 * starting at `bounds`, the last ending at `textLength`), where it ends in the chunk linted alone:
 * a region closed in its chunk is closed by the same `enable` either way (the first after it that
 * closes it), one closed in a later chunk or never reaches the end of the text, that is, of its
 * chunk. Directives before the first chunk (a header's) are left as read.
 */
function boundRegions(directives: Directive[], bounds: readonly number[], textLength: number): void {
  let j = 0;
  for (const d of directives) {
    if (d.kind !== 'disable' && d.kind !== 'enable') continue;
    if (d.span.start < bounds[0]) continue;
    while (j + 1 < bounds.length && bounds[j + 1] <= d.span.start) j++;
    const end = j + 1 < bounds.length ? bounds[j + 1] : textLength;
    if (d.to > end) d.to = end;
  }
}

/** The tags of a finding about text that can go (one array for all: read, never changed). */
const UNNECESSARY = Object.freeze(['unnecessary']) as 'unnecessary'[];

/** The `unused-directive` message for rule id `id` ('*': every rule), one string per id (a library with a directive above every script has as many such findings). */
const unusedMessages = new Map<string, string>();
function unusedMessage(id: string): string {
  let m = unusedMessages.get(id);
  if (m === undefined) {
    m = msg.unusedDirective(id === '*' ? '所有规则' : RULES_BY_ID.has(id) ? id : msg.unknownRuleInDirective(id));
    // (ids typed wrong in a long editing session are not kept without end)
    if (unusedMessages.size < 512) unusedMessages.set(id, m);
  }
  return m;
}

/**
 * The `unused-directive` findings of directive `d` (of `text`) when it suppressed the rule ids
 * `used` ('*' for any, by a directive without ids), pushed to `out`. An `enable` has none.
 */
export function unusedDirectiveFindings(text: string, lines: LineIndex, d: Directive, used: ReadonlySet<string>, config: EffectiveConfig, out: Finding[]): void {
  if (d.kind === 'enable') return;
  const unusedIds = d.ids.length ? d.ids.filter((id) => !used.has(id)) : used.size ? [] : ['*'];
  for (const id of unusedIds) {
    const span = id === '*' ? d.span : idSpan(text, d, id);
    const fixAll = unusedIds.length === Math.max(1, d.ids.length);
    out.push({
      ruleId: 'unused-directive', severity: config.rules['unused-directive']?.severity as Severity ?? 'warning',
      message: unusedMessage(id), start: span.start, end: span.end, tags: UNNECESSARY,
      fix: fixAll ? removeCommentFix(text, lines, d.span) : undefined,
    });
  }
}

/** Removes a directive comment: the whole line when it stands alone, else from the '#'. */
function removeCommentFix(text: string, lines: LineIndex, span: Span): Finding['fix'] {
  const line = lines.lineOf(span.start);
  const ls = lines.lineStart(line);
  if (/^\s*$/.test(text.slice(ls, span.start))) {
    const next = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : lines.lineEnd(line);
    return { range: [ls, next], text: '' };
  }
  let s = span.start;
  while (s > ls && /[ \t]/.test(text[s - 1])) s--;
  return { range: [s, lines.lineEnd(line)], text: '' };
}
