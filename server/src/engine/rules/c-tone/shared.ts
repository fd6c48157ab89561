/**
 * Small text helpers shared by the category C rules. They read folded turn text only (lower
 * case, NFKC, simplified), so the characters below are the folded forms.
 */

/** An A-not-A question's core (能不能 / 有没有 / 可不可以 / 行不行): a verb, 不 or 没, the verb again. */
export const A_NOT_A_FORM = /(?![不没])([\u4e00-\u9fff])[不没]\1/;

/** The customer addressed (亲 / 亲亲 / 亲爱的 / 亲爱哒), beside a bare step or refusal that it does not soften. */
export const ADDRESS = /亲爱的|亲爱哒|亲爱滴|亲亲|亲/g;

/** Punctuation and spaces that separate clauses or trail a phrase. */
export const PUNCT = /[\s,.;:!?~、。!?…'"“”‘’()【】\[\]<>《》-]/;

/** Sentence-end or trailing punctuation only (used to see where a rhetorical tag ends). */
export function atPhraseEnd(text: string, i: number): boolean {
  if (i >= text.length) return true;
  return /[\s,.;!?~。…\n)]/.test(text[i]) || /[呢啊呀吧哈哦嘛]/.test(text[i]);
}

/** [start, end) of the message (line of the turn) that contains index i. */
export function messageAt(text: string, i: number): [number, number] {
  let s = i;
  while (s > 0 && text[s - 1] !== '\n') s--;
  let e = i;
  while (e < text.length && text[e] !== '\n') e++;
  return [s, e];
}

/** The text of the current sentence up to index i (back to the previous 。!?;\n), at most `max` units. */
export function sentenceBefore(text: string, i: number, max = 40): string {
  let s = i;
  const min = Math.max(0, i - max);
  while (s > min && !/[。!?;\n]/.test(text[s - 1])) s--;
  return text.slice(s, i);
}

/** Whether `re` occurs in the `max` units before index i, within the same message. */
export function nearBefore(text: string, i: number, re: RegExp, max = 20): boolean {
  let s = i;
  const min = Math.max(0, i - max);
  while (s > min && text[s - 1] !== '\n') s--;
  return re.test(text.slice(s, i));
}
