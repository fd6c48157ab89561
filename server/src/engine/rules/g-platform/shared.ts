/**
 * Helpers shared by the category-G rules (platform rules with penalty points). All positions are
 * in folded turn text (see text/fold.ts): ASCII punctuation, lower case, simplified characters.
 */
import type { Hit, TurnContext } from '../api';
import { clauseAt, hasAny, negatedBefore } from '../../text/context';

export { hasAny };

/** Characters that end a phrase (a clause also ends at 。!?;~ and a line break). */
const PHRASE_END = /[,、:。!?;~\n…]/;


/** Text of the clause (up to 。!?;~ or a line break) around position i. */
export function clauseText(text: string, i: number): string {
  const [s, e] = clauseAt(text, i);
  return text.slice(s, e);
}

/** Text from position i to the end of its clause. */
export function restOfClause(text: string, i: number): string {
  const [, e] = clauseAt(text, Math.max(0, i - 1));
  return text.slice(i, Math.max(i, e));
}

/** Text of the phrase (up to the next comma or clause end) that follows position i. */
export function phraseAfter(text: string, i: number): string {
  let e = i;
  while (e < text.length && !PHRASE_END.test(text[e])) e++;
  return text.slice(i, Math.min(e + 1, text.length));
}

/** Up to `n` characters before position i, not crossing a phrase end. */
export function phraseBefore(text: string, i: number, n = 6): string {
  let s = i;
  while (s > 0 && i - s < n && !PHRASE_END.test(text[s - 1])) s--;
  return text.slice(s, i);
}

/**
 * True when the hit is part of a question to the customer (不开发票吗? / 需要我帮您关闭订单吗),
 * judged on the rest of its phrase.
 */
export function isQuestion(text: string, h: { start: number; end: number }): boolean {
  const after = phraseAfter(text, h.end);
  if (/(吗|么|对吧|是吧|好吧|可以不|行不行|是否)/.test(after) || after.endsWith('?')) return true;
  return /(是否|要不要|需不需要|需要我|要我|可不可以|能不能)/.test(phraseBefore(text, h.start, 8));
}

/**
 * The first position of any of `words` inside the hit, searched from the left. Used to find the
 * charge verb of a match and test a negation just before it (不用您承担).
 */
export function findInside(text: string, h: { start: number; end: number }, words: readonly string[]): number {
  let best = -1;
  for (const w of words) {
    const k = text.indexOf(w, h.start);
    if (k >= 0 && k + w.length <= h.end && (best < 0 || k < best)) best = k;
  }
  return best;
}

/** A negation (不/没/不用/无需/免…) just before position i, within the same phrase. */
export function negatedAt(text: string, i: number, window = 4): boolean {
  return negatedBefore(text, i, window);
}

/** True when b starts in the clause of a. */
export function sameClause(text: string, a: { start: number }, b: { start: number }): boolean {
  const [s, e] = clauseAt(text, a.start);
  return b.start >= s && b.start < e;
}

/** True when another owner (a more specific rule) has a hit in the clause of h: it owns the finding. */
export function deferTo(ctx: TurnContext, h: Hit, owners: readonly string[]): boolean {
  return owners.some((o) => ctx.hitsOf(o).some((x) => sameClause(ctx.text, h, x)));
}

/** Invoice words (any mention of an invoice in the turn). */
export const INVOICE_WORDS = ['发票', '开票', '专票', '普票', '增票', '开具', '电子票', '票据'];

/** Special VAT invoices follow shop-specific requirements (seed: 可根据店铺实际情况梳理). */
export const VAT_SPECIAL = ['增值税', '专票', '专用发票', '增票'];

/** The shop pays (我们/商家…) — used to tell 邮费由我们承担 from 邮费您承担. */
export const SHOP_SIDE = ['我们', '我方', '商家', '店铺', '本店', '卖家', '由我', '我司', '小店', '这边来', '公司承担'];

/** Words for the shop's own faults (quality problem, wrong or missing item, damage). */
export const QUALITY_WORDS = [
  '质量问题', '质量有问题', '有质量', '发错', '错发', '发成了', '破损', '少发', '漏发', '瑕疵', '坏了', '损坏', '残次', '次品',
  '故障', '不能用', '用不了', '不能正常使用', '开线', '掉色', '破了', '碎了', '划痕', '缺件', '少件', '漏件', '做工',
];

/** Words that say the return is NOT for a shop fault (a contrast clause). */
export const NOT_QUALITY = [
  '非质量', '费质量', '不是质量', '没有质量', '无质量', '没质量', '个人原因', '不喜欢', '不想要', '无理由', '拍错', '不合适', '自身原因', '买家原因',
];

/** True when `s` names a shop fault that is not itself negated (非质量问题 is no shop fault). */
export function namesShopFault(s: string): boolean {
  for (const w of QUALITY_WORDS) {
    let k = s.indexOf(w);
    while (k >= 0) {
      if (!negatedBefore(s, k, 2)) return true;
      k = s.indexOf(w, k + 1);
    }
  }
  return false;
}

/** The penalty section heading of the seed, for docs. */
export const SEED = '002_c8fa4cc30f1a7fd9.txt';

/** True when the first of `words` inside the hit has a negation just before it (不用您承担). */
export function innerNegated(text: string, h: { start: number; end: number }, words: readonly string[]): boolean {
  const k = findInside(text, h, words);
  return k >= 0 && negatedBefore(text, k, 4);
}

/** Who pays, on the buyer's side. */
export const BUYER = ['您', '你', '买家', '客户', '顾客', '亲'];
