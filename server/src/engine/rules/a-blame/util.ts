/**
 * Small text helpers shared by the category-A rules (folded turn text only). Markers here are
 * plain substrings searched in `check`, not triggers, so they never take part in overlap
 * resolution of a rule's own hits.
 */
import type { TurnContext } from '../api';
import { hasAny, isClauseEnd } from '../../text/context';

export { hasAny };

/** The shop's own action: the agent (or 我们/这边) contacts, chases, checks, follows up. */
export const OWN_ACTION = [
  '我已经联系', '我已联系', '我联系了', '我马上联系', '我这边联系', '我这边马上联系', '这边联系', '我来联系', '我去联系', '我们联系', '我们来联系',
  '我已经催', '我已催', '我会催', '帮您催', '给您催', '为您催', '我来催', '我去催', '催促', '已经催', '已催件', '加急', '跟进', '交涉',
  '帮您核实', '给您核实', '为您核实', '帮您查', '给您查', '为您查', '帮您反馈', '给您反馈', '为您反馈', '帮您联系', '给您联系', '为您联系',
  '帮您处理', '给您处理', '为您处理', '我们来处理', '我们处理', '由我们', '我们负责', '我们承担', '我们来承担',
  '我们这面', '这面也催', '我们也催', '这边也催', '我们这边也会催', '已经通知', '已通知', '通知站点',
];

/** Concrete fixes the shop offers (stricter than @REMEDY: a bare 退款 is not an offer). */
export const CONCRETE_REMEDY = [
  '补发', '重发', '重新发', '重新安排发货', '重新给您发', '再给您发', '再发一个', '再寄一个', '补寄', '换货', '换新', '给您换', '为您换', '帮您换',
  '给您退', '为您退', '帮您退', '先退', '差价', '退款给您', '退给您', '赔偿', '补偿', '优惠券', '运费我们', '运费由我们', '不用您补', '免费',
  '马上为您处理', '马上给您处理', '马上帮您处理', '立即为您处理', '第一时间为您处理', '第一时间给您处理',
];

/** Whether the reply is shown to a complaining customer (scenario or customer line). */
export function complaintContext(ctx: TurnContext): boolean {
  return ctx.isComplaint() || ctx.script.scenario === 'after-sales';
}

/** Hits of another rule minus tags that must not count (e.g. caveats). */
export function realHits(ctx: TurnContext, ruleId: string, ignoreTags: readonly string[] = []): number {
  return ctx.hitsOf(ruleId).filter((h) => !ignoreTags.includes(h.trigger.tag ?? '')).length;
}

/** A1's escalation test, shared so that A1 and its tests agree. */
export function blameEscalates(ctx: TurnContext): boolean {
  if (redirectHits(ctx).length > 0) return true;
  if (realHits(ctx, 'no-disclaim-courier-control', ['caveat']) > 0) return true;
  const deny = ctx.hitsOf('no-deny-fault').filter((h) => h.trigger.tag !== 'preemptive' || complaintContext(ctx));
  return deny.length > 0;
}

const AGENT_SUBJECT = ['帮您', '为您', '给您', '替您', '我', '我们', '这边', '小店', '本店', '店铺', '小妹', '妹纸', '妹子', '已经', '咱们'];
const CUSTOMER_SUBJECT = ['您', '你', '请', '麻烦', '自己', '自行', '亲自', '客官', '您这边', '你这边', '您那边'];
const OPTIONAL = ['可以', '方便的话', '着急的话', '如果', '要是', '需要的话', '的话'];

/** Which subject stands closest before the verb: 'agent', 'customer' or undefined. */
export function nearestSubject(text: string): 'agent' | 'customer' | undefined {
  // 帮你您: the pronoun typed twice is one (帮您)
  const before = text.indexOf('你您') >= 0 ? text.replace(/你您/g, '您') : text;
  let best: { at: number; len: number; who: 'agent' | 'customer' } | undefined;
  // the word ending last; of two ending together the longer (帮您 over 您, 您这边 over 这边)
  const look = (words: string[], who: 'agent' | 'customer'): void => {
    for (const w of words) {
      const at = before.lastIndexOf(w);
      if (at < 0) continue;
      const end = at + w.length;
      if (!best || end > best.at || (end === best.at && w.length > best.len)) best = { at: end, len: w.length, who };
    }
  };
  look(CUSTOMER_SUBJECT, 'customer');
  look(AGENT_SUBJECT, 'agent');
  return best?.who;
}

/** The phrase (back to the last comma or clause end) before `at`. */
export function phraseBefore(text: string, at: number, max = 16): string {
  let s = at;
  const min = Math.max(0, at - max);
  // (by unit code, not a regular expression on a one-character string per step)
  while (s > min && !isPhraseStop(text.charCodeAt(s - 1))) s--;
  return text.slice(s, at);
}

/**
 * A2's decision, shared with A1: which redirect hits tell the customer to go to the courier
 * themselves. Claims (索赔) always count; contacting or calling the courier counts when the
 * customer is the subject and the reply has no own action of the shop (我已催件…). A merely
 * offered option (您可以联系配送员 / 方便的话…) is a warning, an instruction an error.
 */
// checking for the customer (正在为您查询) or naming a coupon is no action on the courier
const COURIER_OWN_ACTION = OWN_ACTION.filter((w) => !w.endsWith('查'));
/** A hold said at a message's start (马上为您核实下哦): the check before the answer. */
const HOLD_CHECK = /(^|\n)(现在|马上|这就)?(帮您|为您|给您)核实(一下|下)(哈|哦|呢|~)*\s*/g;
const COURIER_REMEDY = CONCRETE_REMEDY.filter((w) => !['优惠券', '差价', '免费'].includes(w));
// (只能是到货和快递员协商: the only way left, the customer's to take; 直接联系配送电话即可: a step told)
const OPTIONAL_OR_ADVICE = [...OPTIONAL, '建议', '只能', '直接'];

/** The people who deliver or collect a parcel, by name (no-redirect-to-courier's COURIER adds the firms and places). */
export const COURIER_PEOPLE = ['快递员', '配送员', '配送人员', '派件员', '派送员', '送货员', '送货人员', '派送人员', '取件员', '快递小哥', '配送小哥', '快递师傅', '配送师傅', '送货师傅', '站长'];
/** A courier named, for a 他/她 after it. */
// (配送出发前会联系您 您就与其商量: the courier's call named with its time between)
const COURIER_BEFORE = new RegExp([...COURIER_PEOPLE, '配送(给您|给你)?(打电话|来电|联系您)', '配送[^,，。!?]{1,6}(打电话|来电|联系您)'].join('|'));
/** Delivery words, and the trades a bare 师傅 may also name (an installer, a repairer). */
const DELIVERY = /配送|送货|送来|送达|送过来|派件|派送|取件|快递|物流|站点|站长|签收|收货|地址|pos机/;
const FITTER = /安装|维修|检修|检测|上门服务|厂家|售后师傅|师傅上门/;

/** The courier word of a redirect hit is a bare 师傅 (not 快递师傅 / 配送师傅 / 送货师傅). */
function bareMaster(text: string, h: { start: number; end: number }): boolean {
  const i = text.indexOf('师傅', h.start);
  return i >= 0 && i < h.end && !/(快递|配送|送货)$/.test(text.slice(Math.max(h.start, i - 2), i));
}

/** The customer told what they may do, earlier in the sentence. */
const CUSTOMER_MAY = /(您|你)(也)?可以|(您|你)这边(留意|关注|注意)/;

/** The rest of the phrase after a hit asks (…咨询什么问题呢 / …了吗); a space ends it too (…电话联系哟 那请问还有…吗?). */
function asksAfter(text: string, end: number): boolean {
  let e = end;
  while (e < text.length && !/[,,、;。!?\n~…\s]/.test(text[e])) e++;
  return text[e] === '?' || /[吗么]|什么|哪|怎么|多少/.test(text.slice(end, e));
}

export function redirectHits(ctx: TurnContext): { start: number; end: number; strong: boolean; optional: boolean }[] {
  const out: { start: number; end: number; strong: boolean; optional: boolean }[] = [];
  const hits = ctx.hitsOf('no-redirect-to-courier');
  if (!hits.length) return out;
  // (a hold at a message's start, 为您核实下哦, is the pause before the answer, not the shop acting on the courier)
  const acted = ctx.text.indexOf('核实一下') >= 0 || ctx.text.indexOf('核实下') >= 0 ? ctx.text.replace(HOLD_CHECK, '') : ctx.text;
  const own = hasAny(acted, COURIER_OWN_ACTION) || hasAny(acted, COURIER_REMEDY);
  for (const h of hits) {
    // 您可以直接联系 counts only when the reply is about the courier (a station number was given)
    if (h.trigger.tag === 'direct' && !/(快递|物流|配送|派件|派送|站点|送货|出发)/.test(ctx.text)) continue;
    // 他/她 stands for the courier only when one was named just before
    // (取件的时候 师傅会联系您的 您和他说下就行: a bare 师傅, in a reply about delivery, is the courier too)
    if (h.trigger.tag === 'pronoun') {
      const near = ctx.text.slice(Math.max(0, h.start - 40), h.start);
      if (!COURIER_BEFORE.test(near) && !(near.includes('师傅') && DELIVERY.test(ctx.text) && !FITTER.test(ctx.text))) continue;
    }
    // a bare 师傅 is the delivery man only in a reply about delivery, not about fitting or repair
    if (bareMaster(ctx.text, h) && (!DELIVERY.test(ctx.text) || FITTER.test(ctx.text))) continue;
    const before = phraseBefore(ctx.text, h.start, 12);
    // (这个咱们快递员联系您的时候…: 咱们 owns the courier, it is not the subject)
    const owner = /(咱们|我们)(的)?$/.exec(before);
    const who = nearestSubject(owner ? before.slice(0, owner.index) : before);
    if (who === 'agent') continue;
    // asking whether the customer did (您是否有联系下这个师傅) or what for (您需要联系配送咨询什么问题呢)
    // tells them nothing to do
    if (/是否|有没有|有无/.test(before) || asksAfter(ctx.text, h.end)) continue;
    const strong = h.trigger.tag === 'claim';
    // no subject but 可以/建议 (…的话,可以联系配送员协调): the customer is meant
    // (or 您可以 earlier in the sentence, the phrase carrying on without a subject: 您可以在…之后，与配送小哥联系协调;
    // once per sentence: 您可以联系他，与他协商一下 is one redirect)
    const sentStart = sentenceAt(ctx.text, h.start)[0];
    const mayBefore = who === undefined && !hasAny(before, OPTIONAL_OR_ADVICE) && CUSTOMER_MAY.test(ctx.text.slice(Math.max(sentStart, h.start - 40), h.start));
    if (mayBefore && out.some((o) => o.start >= sentStart)) continue;
    // (配送时间情况和师傅说下就可以: what the customer need only do, no subject)
    // (跟配送说就行: the trigger itself may end on it)
    const suffices = who === undefined && (/^[^,，。!?]{0,4}(就可以|就行|即可|就好)/.test(ctx.text.slice(h.end, h.end + 10)) || /(就可以|就行|即可)$/.test(ctx.text.slice(h.start, h.end)));
    // (这个和快递联系下: the step told with 下, no subject)
    const told = who === undefined && h.trigger.tag === 'contact' && /^(一下|下)(?!单|午|次|面)/.test(ctx.text.slice(h.end, h.end + 3));
    const implied = (who === undefined && hasAny(before, OPTIONAL_OR_ADVICE)) || mayBefore || suffices || told || h.trigger.tag === 'direct';
    if (!strong) {
      if (own) continue;
      if ((h.trigger.tag === 'contact' || h.trigger.tag === 'direct' || h.trigger.tag === 'pronoun') && who !== 'customer' && !implied) continue;
      // when the courier calls, settle it (…联系您的时候也可以直接协商): the customer is meant when
      // told they may or are advised to (not …的时候会协商, the courier's own doing)
      // (…的时候 您跟他约好时间: the customer named as the one to settle it; 快递给您致电时候 您说一下: to tell him)
      // (您可以配送给您打电话时，协商一下: the customer the subject before the courier's call; …记得协商: told to)
      if (h.trigger.tag === 'when' && !implied && who !== 'customer' && !/可以|建议|记得|(您|你)(跟|和|与)(他|她)|时候?\s*(您|你)(说|讲|告知)/.test(ctx.text.slice(h.start, h.end))) continue;
    }
    out.push({ start: h.start, end: h.end, strong, optional: !strong && (implied || h.trigger.tag === 'when' || hasAny(before, OPTIONAL)) });
  }
  return out;
}

/** [start, end) of the sentence around i (clause ends only: 。!?;~ newline). */
export function sentenceAt(text: string, i: number): [number, number] {
  let s = i;
  while (s > 0 && !isClauseEnd(text.charCodeAt(s - 1))) s--;
  let e = i;
  while (e < text.length && !isClauseEnd(text.charCodeAt(e))) e++;
  return [s, e];
}

/** What ends a phrase for phraseBefore: a comma, an enumeration comma or a clause end (。!?;~…, a line break). */
function isPhraseStop(c: number): boolean {
  return c === 44 /* , */ || c === 0x3001 /* 、 */ || isClauseEnd(c);
}

const CONDITIONAL = ['如果', '若是', '假如', '要是', '万一', '如若', '倘若', '的话', '若'];

/** A hit inside a conditional (如果…/…的话) or a question (…吗? / …?). */
export function conditionalOrQuestion(text: string, start: number, end: number): boolean {
  const [s, e] = sentenceAt(text, start);
  const before = phraseBefore(text, start, 12);
  if (hasAny(before, CONDITIONAL)) return true;
  let pe = end;
  while (pe < e && !/[,,、]/.test(text[pe])) pe++;
  const after = text.slice(end, pe);
  if (after.includes('的话') || after.includes('吗')) return true;
  return s <= start && text[e] === '?' && !/[,,]/.test(text.slice(end, e));
}
