/**
 * Shared types of the lint engine. Offsets are UTF-16 code-unit offsets into the file text
 * after a leading BOM has been removed; they are the engine's only position currency.
 */

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export type Platform = 'taobao' | 'tmall' | 'jd' | 'pdd' | 'douyin' | 'generic';
export const PLATFORMS: readonly Platform[] = ['taobao', 'tmall', 'jd', 'pdd', 'douyin', 'generic'];

export type Scenario =
  | 'pre-sales' | 'in-sales' | 'after-sales' | 'complaint' | 'logistics' | 'review' | 'other';
export const SCENARIOS: readonly Scenario[] = [
  'pre-sales', 'in-sales', 'after-sales', 'complaint', 'logistics', 'review', 'other',
];

export type Stage = 'opening' | 'inquiry' | 'handling' | 'invite-review' | 'closing';
export const STAGES: readonly Stage[] = ['opening', 'inquiry', 'handling', 'invite-review', 'closing'];

/**
 * `value` as the list's own string (a scenario or a stage read from a file or a cache is kept as
 * the one string of the list, not a copy per script), or undefined when the list lacks it.
 */
export function listed<T extends string>(list: readonly T[], value: unknown): T | undefined {
  const at = list.indexOf(value as T);
  return at < 0 ? undefined : list[at];
}

/** Rule categories of the catalog, plus `format` for the file format's own structural rules. */
export type Category = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'format';

/** A half-open range [start, end) of file offsets. */
export interface Span { start: number; end: number }

/**
 * Where other files linted together define script ids (for duplicate-id): id → "file:line" or
 * "file 第 N 行". A lint asks only for the ids of its own scripts, so a look-up suffices: a Map,
 * or an index of a whole workspace answering one id at a time.
 */
export interface ExternalIds { get(id: string): string | undefined }

/** A text edit on the file: replace [start, end) with `text`. */
export interface Fix { range: [number, number]; text: string }

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Chinese message: what is wrong and what to write instead. */
  message: string;
  /** File offsets of the offending characters. */
  start: number;
  end: number;
  /** The script the finding belongs to, when it belongs to one. */
  scriptId?: string;
  fix?: Fix;
  /** Optional further suggestions (not applied by fix-all). */
  suggestions?: { title: string; fix: Fix }[];
  /** Marks findings an editor may show faded (e.g. unused directives). */
  tags?: ('unnecessary')[];
}

/** One rubric item of the work-attitude checklist (catalog §14.4). */
export type RubricItem =
  | 'flow' | 'wording' | 'proactive' | 'ownership' | 'soothing'
  | 'correctness' | 'proficiency' | 'closing-deal' | 'purchase-intent' | 'promotion';
