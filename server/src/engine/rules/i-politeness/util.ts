/**
 * Helpers shared by the required-element rules (categories I and J): where a reply "starts", where
 * a missing element can be inserted safely, and small readers of the (folded) customer line.
 * Everything works on folded text: ASCII punctuation, simplified characters, lower case.
 */
import type { Hit, TurnContext } from '../api';
import { hasAny, isClauseEnd, isPhraseEnd, isSpace } from '../../text/context';

export { hasAny };

/** Phrase ends inside a sentence or between sentences (folded text). */
/** A phrase's end: ,、: (isPhraseEnd), 。!?;~… or a line break (isClauseEnd), or a full stop. By unit code: text[i] of a CJK character is a new string. */
function isStop(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 46 /* . */ || isClauseEnd(c) || isPhraseEnd(c);
}

/**
 * The short range required-element findings underline: the first phrase of the reply, at most
 * 10 characters. A bare address of one or two characters (亲 / 您好) takes the next phrase with it,
 * so the squiggle stays readable.
 */
export function leadRange(text: string): { start: number; end: number } {
  let s = 0;
  while (s < text.length && isSpace(text.charCodeAt(s))) s++;
  if (s >= text.length) return { start: 0, end: Math.min(1, text.length) };
  let e = s;
  while (e < text.length && e - s < 10 && !isStop(text, e)) e++;
  if (e - s <= 2) {
    let f = e;
    while (f < text.length && (isStop(text, f) || text[f] === ' ')) f++;
    let g = f;
    while (g < text.length && g - s < 10 && !isStop(text, g)) g++;
    if (g > f) e = g;
  }
  while (e > s + 1 && text[e - 1] === ' ') e--;
  return { start: s, end: Math.max(e, s + 1) };
}

/** Address or greeting words that may open a reply before its content. */
const PREFIX = /^(?:\s*(?:亲爱的|亲亲|亲|您好呀|您好|你好|在的呢|在的|hi|hello|哈喽)(?:呀|哦|呢|啊)?(?:[,!~ \n]+|$))+/;

/** Index just after a leading 亲, / 您好, (with its punctuation); 0 when there is none. */
export function prefixEnd(text: string): number {
  const m = PREFIX.exec(text);
  if (!m || m[0].length >= text.trimEnd().length) return 0;
  return m[0].length;
}

/** Start of a phrase: the reply start or just after a punctuation mark (spaces skipped). */
export function atPhraseStart(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && text[k] === ' ') k--;
  return k < 0 || isStop(text, k) || k < prefixEnd(text);
}

/**
 * Where a missing element (apology, thanks, empathy) can be inserted safely: after the leading
 * address, before a Chinese character. Undefined when the reply is nothing but an address or a
 * greeting (您好) or the content starts with a quote, a placeholder or a number.
 */
export function insertPoint(text: string): number | undefined {
  const m = PREFIX.exec(text);
  const pe = m ? m[0].length : 0;
  if (pe >= text.trimEnd().length) return undefined;
  return /^[\u4e00-\u9fff]/.test(text.slice(pe)) ? pe : undefined;
}

/**
 * An insertion that appends `phrase` to the end of the reply, or undefined when the reply ends in
 * something after which a courteous phrase cannot simply follow (a placeholder, a link, a bracket).
 * `phrase` has no leading punctuation: "，" is added after a word, nothing after 。！～.
 */
export function appendAtEnd(text: string, phrase: string): { at: number; text: string } | undefined {
  let e = text.length;
  while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
  if (e === 0) return undefined;
  const c = text[e - 1];
  if (/[。!~.]/.test(c)) return { at: e, text: phrase };
  if (/[\u4e00-\u9fff]/.test(c)) return { at: e, text: `，${phrase}` };
  return undefined;
}

/** First line of the customer text (the customer's first message). */
export function firstCustomerLine(ctx: TurnContext): string {
  return ctx.customer ? ctx.customer.split('\n').find((l) => l.trim()) ?? '' : '';
}

/** True when one of `words` occurs in `text` without 不/没/别 just before it. */
export function hasUnnegated(text: string, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    let i = text.indexOf(w);
    while (i >= 0) {
      const before = text.slice(Math.max(0, i - 2), i);
      if (!/[不没别]/.test(before)) return true;
      i = text.indexOf(w, i + 1);
    }
  }
  return false;
}

/**
 * Problem reports about the product or the delivery, read in the customer line (folded text).
 * Service-only feedback (态度, 服务) is not in here on purpose.
 */
export const PRODUCT_OR_DELIVERY_PROBLEM = [
  '坏了', '坏的', '弄坏', '损坏', '破了', '破损', '破的', '碎了', '碎的', '裂了', '裂开', '漏了', '漏水', '质量', '瑕疵', '发错', '错发',
  '少发', '漏发', '少了', '缺了', '缺件', '没收到', '没到', '还没到', '未收到', '收不到', '没发货', '不发货', '还不发', '还没发', '怎么还',
  '太慢', '这么慢', '好慢', '丢了', '丢件', '弄丢', '色差', '不能用', '用不了', '不好用', '坏掉', '不一样', '不符', '假货', '假的', '脏',
  '划痕', '掉色', '起球', '变形', '过期', '异味', '臭', '不退款', '没退款', '还不退', '没有退', '不给退', '有问题', '故障', '不亮', '不转',
  '开线', '掉漆', '生锈', '发霉', '少件', '配件', '送错', '寄错', '不对',
];

/** The reply itself names a product or delivery problem (used when there is no customer line). */
export const REPLY_NAMES_PROBLEM = [
  '破损', '损坏', '损毁', '坏了', '压坏', '摔坏', '弄丢', '遗失', '发错', '错发', '少发', '漏发', '丢失', '丢件', '延误', '质量问题', '瑕疵', '色差', '没收到', '未收到',
  '还没收到', '没有收到', '寄错', '送错', '物流慢', '快递慢', '发货慢',
];

/** Apology and soothing hits, without 希望您能理解 / 请您理解 (asking the customer to understand is not empathy). */
export function empathyHits(ctx: TurnContext): Hit[] {
  const text = ctx.text;
  const soothe = ctx.hitsOf('@SOOTHE').filter((h) => {
    const word = text.slice(h.start, h.end);
    if (!word.includes('理解') && !word.includes('体谅')) return true;
    const before = text.slice(Math.max(0, h.start - 4), h.start);
    return !/(希望|请|您|你|多|也)$/.test(before);
  });
  return [...ctx.hitsOf('@APOLOGY'), ...soothe].sort((a, b) => a.start - b.start);
}

/** Script stages in Chinese, in flow order. */
export const STAGE_NAMES: Record<string, string> = {
  opening: '开头', inquiry: '询问', handling: '处理', 'invite-review': '邀评', closing: '结尾',
};

export const SCENARIO_NAMES: Record<string, string> = {
  'pre-sales': '售前', 'in-sales': '售中', 'after-sales': '售后', complaint: '投诉', logistics: '物流', review: '评价', other: '其他',
};
