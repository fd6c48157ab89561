/**
 * Quality score (0–100) from the work-attitude checklist of the catalog (§14.4): ten items worth
 * 100 points. Each error of a rule mapped to an item zeroes the item; each warning takes half of
 * it (rounded down); info takes nothing. A file's score is the mean of its scripts' scores.
 */
import type { Category, Finding, RubricItem } from './types';

export interface RubricItemInfo { id: RubricItem; group: string; name: string; points: number }

export const RUBRIC: RubricItemInfo[] = [
  { id: 'flow', group: '服务规范', name: '流程全面', points: 10 },
  { id: 'wording', group: '服务规范', name: '聊天话术运用适当', points: 20 },
  { id: 'proactive', group: '服务规范', name: '积极主动', points: 5 },
  { id: 'ownership', group: '服务规范', name: '承担责任', points: 5 },
  { id: 'soothing', group: '业务咨询,受理规范', name: '处理技巧', points: 10 },
  { id: 'correctness', group: '业务咨询,受理规范', name: '正确性', points: 10 },
  { id: 'proficiency', group: '业务咨询,受理规范', name: '熟练性', points: 10 },
  { id: 'closing-deal', group: '营销规范', name: '促成交易力度', points: 10 },
  { id: 'purchase-intent', group: '营销规范', name: '购买意向', points: 10 },
  { id: 'promotion', group: '营销规范', name: '档内优惠理解', points: 10 },
];

/** The rubric item a category feeds when a rule names none. */
export const CATEGORY_RUBRIC: Record<Category, RubricItem | undefined> = {
  A: 'ownership', B: 'ownership', C: 'soothing', D: 'soothing', E: 'wording', F: 'correctness',
  G: 'correctness', H: 'correctness', I: 'wording', J: 'flow', format: undefined,
};

/** Cards and their items are read-only: scripts that lose no points share one frozen card. */
export interface ItemScore { readonly id: RubricItem; readonly name: string; readonly points: number; readonly max: number; readonly rules: readonly string[] }
export interface ScoreCard { readonly score: number; readonly items: readonly ItemScore[] }

/** Items at full points and the card of a script that lost none: shared and frozen, since most
 * scripts lose nothing and ten item objects per script were a third of a large library's memory. */
const FULL_ITEMS: readonly ItemScore[] = RUBRIC.map((r) => Object.freeze({ id: r.id, name: r.name, points: r.points, max: r.points, rules: Object.freeze([]) }));
const PERFECT: ScoreCard = Object.freeze({ score: FULL_ITEMS.reduce((s, i) => s + i.points, 0), items: Object.freeze([...FULL_ITEMS]) });
const ITEM_INDEX = new Map(RUBRIC.map((r, k) => [r.id, k]));

/** Scores one script from its findings; `rubricOf` maps a rule id to its item. Cards are read-only. */
export function scoreScript(findings: readonly Finding[], rubricOf: (ruleId: string) => RubricItem | undefined): ScoreCard {
  type Mutable = { -readonly [K in keyof ItemScore]: K extends 'rules' ? string[] : ItemScore[K] };
  let items: ItemScore[] | undefined;
  for (let j = 0; j < findings.length; j++) {
    const f = findings[j];
    if (f.severity === 'info') continue;
    const k = ITEM_INDEX.get(rubricOf(f.ruleId) as RubricItem);
    if (k === undefined) continue;
    items ??= [...FULL_ITEMS];
    // an item this script loses points on is its own copy; the others stay shared
    let item = items[k] as Mutable;
    // a literal with the rule in it, not a spread of the frozen item and a push onto []: the
    // spread's copy kept its fields out of the object, and an array grown by push has room for
    // 16 more (about 200 bytes per item where one rule took the points, a script in three loses some)
    if (item === FULL_ITEMS[k]) items[k] = item = { id: item.id, name: item.name, points: item.points, max: item.max, rules: [f.ruleId] };
    else if (!item.rules.includes(f.ruleId)) item.rules = [...item.rules, f.ruleId];
    item.points = f.severity === 'error' ? 0 : Math.max(0, item.points - Math.floor(item.max / 2));
  }
  if (!items) return PERFECT;
  return { score: items.reduce((s, i) => s + i.points, 0), items };
}

export function meanScore(scores: number[]): number {
  return scores.length ? Math.round(scores.reduce((a, b) => a + b, 0) / scores.length) : 100;
}
