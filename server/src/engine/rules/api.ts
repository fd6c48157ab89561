/**
 * What a rule is. One rule = one module: metadata (id, category, default severity, Chinese
 * texts for messages, hover and docs), phrase data (`triggers`, compiled once into the shared
 * automaton) and, where phrases alone cannot decide, a `check` that grades the hits with
 * context (lexicons, scenario, customer line). Rules never see offsets of the file: they
 * report in units of the folded turn text, and the engine maps back to the source.
 */
import type { Category, Severity, RubricItem, Platform } from '../types';
import type { Script, Library, Turn } from '../parse/library';

/** One phrase that triggers a rule. `pattern` uses the safe syntax of match/pattern.ts. */
export interface Trigger {
  pattern: string;
  /** Message for this phrase; defaults to the rule's `meta.message`. */
  message?: string;
  /** Compliant replacement for the matched text; '' deletes it. Gives a quick fix. */
  replacement?: string;
  /** Severity for this phrase when it differs from the rule's default. */
  severity?: Severity;
  /** Only when the match starts and ends on word boundaries (擦 but not 擦拭). */
  boundary?: boolean;
  /** Not when a negation (不/没/不用…) stands just before it. */
  negatable?: boolean;
  /** Also inside quoted speech (default: quoted customer speech is skipped). */
  inQuotes?: boolean;
  /** Phrases (patterns) that contain this trigger and make it harmless (第一时间 for 第一). */
  except?: string[];
  /** A free label a rule's `check` can use to tell its triggers apart. */
  tag?: string;
  /**
   * A term people disguise: also matched with spaces, punctuation, symbols or emoji between its
   * characters (微@信, 退 款, 微❤信); the finding covers what was inserted (match/noise.ts).
   */
  noise?: boolean;
  /** With `noise`: also matched with its characters repeated (微微信信). */
  repeats?: boolean;
}

export interface RuleDocs {
  /** Why, in Chinese, with the seed's reasoning (quoted) and the seed file it comes from. */
  why: string;
  /** Replies that violate the rule. */
  bad: string[];
  /** Compliant replies and near-misses that must stay clean. */
  good: string[];
  /** Extra notes in Chinese: grading, settled points, options. */
  notes?: string[];
}

export interface RuleMeta {
  id: string;
  category: Category;
  severity: Severity;
  /** Chinese short title, shown in `huashu rules`, SARIF and hover. */
  title: string;
  /** Default finding message: what is wrong and what to write instead (Chinese). */
  message: string;
  /** What the rule reads: the reply text, the script's context fields, or the whole library. */
  scope: 'text' | 'context' | 'library' | 'format';
  /** Work-attitude rubric item (catalog §14.4) this rule takes points from. */
  rubric?: RubricItem;
  /** Platform penalty points a violation risks (catalog §8). */
  penalty?: number;
  fixable?: boolean;
  docs: RuleDocs;
  /** Options a team may set in config, with their defaults. */
  options?: Record<string, unknown>;
}

/** A verified phrase match in folded turn text. */
export interface Hit { start: number; end: number; trigger: Trigger; owner: string }

export interface Report {
  start: number;
  end: number;
  message?: string;
  severity?: Severity;
  /** Replace [start, end) with this text as the quick fix. */
  replacement?: string;
  /** Or insert text at a position of the turn text (0 = before the first character). */
  insert?: { at: number; text: string };
  /** Title of the quick fix, in Chinese. */
  fixTitle?: string;
}

export interface TurnContext {
  readonly ruleId: string;
  /** Folded text of the whole turn (messages joined by '\n'). */
  readonly text: string;
  readonly script: Script;
  readonly turn: Turn;
  readonly library: Library;
  readonly platform: Platform;
  /** This rule's hits. */
  readonly hits: Hit[];
  /** Hits of another owner: a rule id, or a lexicon as '@NAME'. */
  hitsOf(owner: string): Hit[];
  has(owner: string): boolean;
  /** Folded customer text of the script (never linted, read for context). */
  readonly customer: string;
  /** Lexicon or rule hits in the customer text. */
  customerHas(owner: string): boolean;
  /** True when the script is a complaint: scenario `complaint` or a complaining customer line. */
  isComplaint(): boolean;
  option<T>(name: string, fallback: T): T;
  inQuote(start: number, end: number): boolean;
  negated(start: number): boolean;
  report(r: Report): void;
}

export interface LibraryContext {
  readonly ruleId: string;
  readonly library: Library;
  option<T>(name: string, fallback: T): T;
  /** Report on a span of the file (offsets). */
  reportAt(r: { start: number; end: number; message?: string; severity?: Severity; scriptIndex?: number }): void;
}

export interface RuleModule {
  meta: RuleMeta;
  triggers?: Trigger[];
  check?(ctx: TurnContext): void;
  checkLibrary?(ctx: LibraryContext): void;
}
