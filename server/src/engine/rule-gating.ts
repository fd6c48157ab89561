/**
 * Rules whose `check` can only report on the turn's own hits of the rule (its triggers matched,
 * after the matcher's filters): for every other turn, calling them is work without result. The
 * engine calls them only for turns where they have hits; every other rule runs on every turn.
 * Each entry was read: every report of its check comes from `ctx.hits` (or `ctx.hitsOf(itsOwnId)`,
 * the same list), and its check returns without reporting when that list is empty. Rules that
 * report on context (a missing greeting, thanks, closing…), on other owners' hits or on their own
 * scans of the text are not listed. test/engine/rule-gating.test.ts lints the corpus and every
 * rule's documented examples with and without this list and requires identical results: a rule
 * changed to report without its own hits fails there and must be taken out of the list.
 */
export const HIT_GATED: ReadonlySet<string> = new Set([
  'no-blame-courier', 'no-redirect-to-courier', 'no-blame-customer', 'no-blame-other-department', 'no-deny-fault',
  'no-excuse-making', 'external-cause-needs-ownership', 'no-disclaim-responsibility', 'no-blunt-refusal',
  'no-bare-out-of-stock', 'no-refuse-service-when-abused', 'no-dismissive-brushoff', 'no-self-diminish-authority',
  'no-premature-conclusion', 'no-shift-burden-to-customer', 'no-argue', 'no-rules-lawyering', 'no-interrogate',
  'no-sarcasm', 'no-internal-customer-labels', 'no-minimize-customer-concern', 'no-disparage-competitor',
  'no-send-customer-elsewhere', 'price-value-cliche', 'no-internet-slang', 'qin-address-policy',
  'product-noun-consistency', 'no-third-person-customer-reference', 'no-exaggeration', 'no-rash-delivery-promise',
  'urgency-claims-must-be-true', 'invoice-no-refusal', 'invoice-no-extra-charge', 'invoice-no-promo-exclusion',
  'invoice-excuse-needs-reissue-plan', 'invoice-category-and-entity-match', 'invoice-title-company-or-personal',
  'free-shipping-no-surcharge', 'credit-card-must-accept', 'credit-card-no-surcharge', 'cod-must-honor',
  'no-unilateral-order-close', 'seven-day-return-no-refusal', 'seven-day-return-shipping-wording',
  'quality-issue-seller-pays-shipping', 'after-sales-window-30d', 'no-off-platform-payment', 'no-leak-company-info',
  'polite-requests', 'hold-notice', 'promise-follow-up',
]);

/**
 * Owners (rule ids and '@' lexicons) whose hits every reader asks only whether there are any
 * (`ctx.hits.length`, `ctx.has(owner)`), never where or how many: the matcher keeps the first
 * hit of each per scan. Each was read like the list above; the same test, with and without
 * both lists, requires identical results.
 */
export const PRESENCE_ONLY: ReadonlySet<string> = new Set(['courtesy-vocabulary', '@THANKS', '@CLOSING', '@HOLD']);

let enabled = true;

/**
 * For the gating test only: run every rule on every turn and keep every hit of every owner
 * (the reference behaviour).
 */
export function setRuleGating(on: boolean): void { enabled = on; }

export function ruleGatingEnabled(): boolean { return enabled; }
