/** The registry: every rule module, in catalog order. Ids are unique (a test checks). */
import type { RuleModule, RuleMeta } from './api';
import type { RubricItem, Severity } from '../types';
import { CATEGORY_RUBRIC } from '../score';
import { formatRules } from './format';
import { rules as a } from './a-blame';
import { rules as b } from './b-refusal';
import { rules as c } from './c-tone';
import { rules as d } from './d-competitor';
import { rules as e } from './e-register';
import { rules as f } from './f-promise';
import { rules as g } from './g-platform';
import { rules as h } from './h-confidential';
import { rules as i } from './i-politeness';
import { rules as j } from './j-flow';
import { rules as k } from './k-platform-contact';

export const ALL_RULES: RuleModule[] = [...formatRules, ...a, ...b, ...c, ...d, ...e, ...f, ...g, ...h, ...i, ...j, ...k];

export const RULES_BY_ID: ReadonlyMap<string, RuleModule> = new Map(ALL_RULES.map((r) => [r.meta.id, r]));

export const RULE_IDS: readonly string[] = ALL_RULES.map((r) => r.meta.id);

export const DEFAULT_SEVERITIES: Record<string, Severity> = Object.fromEntries(ALL_RULES.map((r) => [r.meta.id, r.meta.severity]));

export function ruleMeta(id: string): RuleMeta | undefined { return RULES_BY_ID.get(id)?.meta; }

export function rubricOf(id: string): RubricItem | undefined {
  const m = ruleMeta(id);
  return m ? m.rubric ?? CATEGORY_RUBRIC[m.category] : undefined;
}

/** Docs URL of a rule: its page in the repository's docs/rules folder. */
export const DOCS_BASE = 'https://github.com/huashu-dev/huashu/blob/main/docs/rules/';
export function docsUrl(id: string): string { return `${DOCS_BASE}${id}.md`; }
