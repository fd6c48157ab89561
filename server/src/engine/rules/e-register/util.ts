/**
 * Small text helpers shared by the E (register) and F (promise) rules. They work on folded turn
 * text (NFKC, lower case, simplified), so punctuation is ASCII where NFKC makes it so (，→ ,) and
 * CJK where it stays (。、【】).
 */
import type { TurnContext } from '../api';
import { isClauseEnd } from '../../text/context';

/** Any punctuation or space: what may stand around a standalone interjection (擦! 晕,). */
const PUNCT = new Set([...'。!?;~\n…,、:. "“”\'‘’()（）【】《》-—\t']);

export function isPunct(ch: string | undefined): boolean { return ch === undefined || PUNCT.has(ch); }

/**
 * [start, end) of the sentence around index i (between sentence-final marks 。!?;~… or line
 * breaks: a hedge or an apology "nearby" means inside the same sentence). Read by unit code: a
 * CJK character read as text[i] is a new string each time.
 */
export function sentenceAt(text: string, i: number): [number, number] {
  let s = Math.min(i, text.length);
  while (s > 0 && !isClauseEnd(text.charCodeAt(s - 1))) s--;
  let e = Math.min(i, text.length);
  while (e < text.length && !isClauseEnd(text.charCodeAt(e))) e++;
  return [s, e];
}

/** Messages of a turn: the folded text split at line breaks, as [start, end) ranges. */
export function messageRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) { out.push([s, i]); s = i + 1; }
  }
  return out;
}

/** True when some hit of `owner` lies inside [a, b). */
export function hasIn(ctx: TurnContext, owner: string, a: number, b: number): boolean {
  return ctx.hitsOf(owner).some((h) => h.start >= a && h.end <= b);
}

/** A match of `scan`. */
export interface RegexMatch { start: number; end: number; text: string; groups: string[] }

export const NO_MATCHES: readonly RegexMatch[] = Object.freeze([]);

/**
 * All matches of a global regex in `text` that are not inside quoted customer speech (read-only:
 * a turn without matches gets one shared empty list). An `exec` loop, not `matchAll`: the rules
 * call this on every turn and most turns have no match, where `matchAll` still made an iterator
 * and its results (bench/README.md, tenth round).
 */
export function scan(ctx: TurnContext, re: RegExp): readonly RegexMatch[] {
  if (!re.global) throw new TypeError(`scan: ${re} must be global`);
  const text = ctx.text;
  let out: RegexMatch[] | undefined;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (end === start) {
      // an empty match: step over it as matchAll does (a whole code point in unicode mode)
      re.lastIndex = start + (re.unicode && start + 1 < text.length && isHighSurrogate(text.charCodeAt(start)) ? 2 : 1);
      continue;
    }
    if (ctx.inQuote(start, end)) continue;
    (out ??= []).push({ start, end, text: m[0], groups: m.slice(1) });
  }
  re.lastIndex = 0;
  return out ?? NO_MATCHES;
}

function isHighSurrogate(c: number): boolean { return c >= 0xd800 && c <= 0xdbff; }

/** Hedge words that turn a delivery or product statement into an estimate (catalog §0.5 HEDGE + variants). */
export const EXTRA_HEDGES = /(应该|不出意外|如无意外|没有意外的话|顺利的话|以物流为准|以实际为准|具体以|仅供参考|一般来说|原则上|基本上|基本都)/;

/** A time expression that makes a promise concrete (今天, 明天, 3天内, 周五前, 下午5点前, 24小时). */
export const TIME_EXPR = /(今天|今日|今晚|当天|当日|明天|明日|明早|明晚|后天|大后天|本周|这周|下周|周末|节前|年前|月底|([0-9一二两三四五六七八九十]+|\[数字x\])\s*(个)?(天|日|小时|工作日|分钟)(之内|以内|内|前|后)?|(周|星期|礼拜)[一二三四五六日天末]|([0-9]+|\[数字x\])\s*(号|日|点)|[一二三四五六七八九十]+(号|点前|点之前|点以前)|(上午|下午|中午|晚上|早上)|\[(时间|日期)x\])/;
