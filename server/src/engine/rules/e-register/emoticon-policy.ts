import type { RuleModule, TurnContext } from '../api';
import { messageRanges, NO_MATCHES, scan, sentenceAt, hasIn } from './util';

/**
 * E2. Configurable (`policy: {emoticons: allow|limit|forbid}` → option `mode`, default `limit`).
 *  - forbid: every emoticon is a warning.
 *  - limit: a playful or ambiguous emoticon in an apology sentence, or a playful one anywhere in a
 *    complaint, is a warning; more than `max` (3) emoticons in one message is info.
 *  - allow: only the apology check, as info.
 * Emoticons: emoji, kaomoji (^_^), Wangwang codes (/:调皮), bracket codes of known names
 * ([微笑]; never JD's anonymised [数字x]) and JD's #E-s codes. The tilde ~ and 哦/呢/哈 are not
 * emoticons.
 */

/** Names of platform emoticon codes written as [名字] (Wangwang, Weibo, WeChat). */
const NAMES = [
  '微笑', '呵呵', '哈哈', '嘻嘻', '偷笑', '调皮', '坏笑', '奸笑', '得意', '可爱', '害羞', '抱抱', '爱心', '心', '玫瑰', '握手', '胜利', '强', '赞',
  'ok', '拜拜', '再见', '大哭', '流泪', '泪', '哭', '委屈', '难过', '伤心', '汗', '尴尬', '无语', '白眼', '鄙视', '鬼脸', '吐舌', '呲牙', '色', '亲亲',
  '飞吻', '晕', '抓狂', '发怒', '怒', '鼓掌', '愉快', '憨笑', '疑问', '嘘', '衰', '困', '睡', '惊讶', '酷', '笑脸', '么么哒', '耶', '拳头', '抱拳',
  '作揖', '花', '太阳', '礼物', '红包', '蛋糕', '爱你', '挖鼻', '挖鼻屎', '笑cry', '允悲', 'doge', '二哈', '吃瓜', '摊手', '捂脸', '奸笑', '机智',
  '皱眉', '阴险', '哼', '傲慢', '撇嘴', '发呆', '闭嘴', '可怜', '快哭了', '憨笑', '悠闲', '奋斗', '咒骂', '敲打', '左哼哼', '右哼哼', '打哈欠',
  '坏笑', '冷汗', '擦汗', '抠鼻', '糗大了', 'cai太好了', '太好了', '开心', '笑', '哈欠', '好的', 'good', 'hi',
];
const PLAYFUL = new Set(['调皮', '坏笑', '奸笑', '得意', '偷笑', '鬼脸', '吐舌', '呲牙', '哈哈', '嘻嘻', '色', '飞吻', '亲亲', '么么哒', 'doge', '二哈',
  '吃瓜', '挖鼻', '挖鼻屎', '抠鼻', '阴险', '笑cry', '允悲', '耶', 'cai太好了', '机智', '捂脸']);
const AMBIGUOUS = new Set(['微笑', '汗', '冷汗', '擦汗', '尴尬', '无语', '白眼', '鄙视', '摊手', '撇嘴', '傲慢', '哼', '左哼哼', '右哼哼', '发呆']);

/** Emoji faces and gestures counted as playful or ambiguous (see catalog E2 (b)/(c)). */
const PLAYFUL_EMOJI = new Set([...'😜😝😛🤪😋😏🤭🤣😂😆😹👻🙈😘😚😙🤑😎🤗💋']);
const AMBIGUOUS_EMOJI = new Set([...'🙂😅🙃😓😒🙄👌😑😐😶🤷']);

/** A bracket code of a known emoticon name (`[微笑]`; never a placeholder such as `[订单号]` or JD's `[数字x]`). */
export const EMOTICON_NAME_SOURCE = `\\[(${NAMES.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\]`;
const NAME_RE = new RegExp(EMOTICON_NAME_SOURCE, 'g');
/** Kaomoji, Wangwang /: codes, JD #e-s codes, emoji. */
const OTHER_RE = /(\^[_\-o○▽ω.]?\^|>_<|-_-|=_=|t_t|qaq|o\(∩_∩\)o|\(╯▽╰\)|╥[﹏_]╥|:-\)|\/:[^\s,。!?~\u4e00-\u9fff]{1,4}|\/:[\u4e00-\u9fff]{1,3}|#e-[a-z](\[数字x\]|[0-9]{1,3})|[\u{1F300}-\u{1FAFF}]|[\u263A\u2639\u2764\u2665\u270C\u2728])/gu;

type Kind = 'playful' | 'ambiguous' | 'plain';
interface Emo { start: number; end: number; kind: Kind; text: string }

/** A unit every OTHER_RE match starts with (folded text is lower case): replies without one skip it. */
const OTHER_START = /[\^>\-=tqo(╥:/#\ud83c-\ud83e\u263a\u2639\u2764\u2665\u270c\u2728]/;

export function findEmoticons(ctx: TurnContext): Emo[] {
  const out: Emo[] = [];
  // most replies hold no emoticon at all: two cheap tests decide whether the expressions run
  const named = ctx.text.indexOf('[') >= 0;
  const other = OTHER_START.test(ctx.text);
  if (!named && !other) return out;
  // indexed loops: this runs on every turn, in a cold first lint unoptimised (for-of makes an
  // iterator and a result object per step there)
  const names = named ? scan(ctx, NAME_RE) : NO_MATCHES;
  for (let k = 0; k < names.length; k++) {
    const m = names[k];
    const name = m.groups[0];
    out.push({ start: m.start, end: m.end, text: m.text, kind: PLAYFUL.has(name) ? 'playful' : AMBIGUOUS.has(name) ? 'ambiguous' : 'plain' });
  }
  const others = other ? scan(ctx, OTHER_RE) : NO_MATCHES;
  for (let k = 0; k < others.length; k++) {
    const m = others[k];
    if (out.some((o) => m.start < o.end && o.start < m.end)) continue;
    const s = m.text;
    let kind: Kind = 'plain';
    if (PLAYFUL_EMOJI.has(s) || /^\/:(调皮|坏笑|奸笑|得意|偷笑|鬼脸|吐舌|色|p|d)$/.test(s)) kind = 'playful';
    else if (AMBIGUOUS_EMOJI.has(s) || /^\/:(汗|尴尬|无语|白眼|微笑|-\||8-\))$/.test(s) || s === '-_-' || s === '=_=') kind = 'ambiguous';
    out.push({ start: m.start, end: m.end, text: s, kind });
  }
  return out.sort((a, b) => a.start - b.start);
}

export const emoticonPolicy: RuleModule = {
  meta: {
    id: 'emoticon-policy',
    category: 'E',
    severity: 'info',
    scope: 'text',
    title: '表情符号要适度、合场合',
    message: '表情符号用得过多会显得不专业，而且表情含义多变，容易被误解：一条消息里最多用一两个友好的表情，道歉和处理投诉时不要用调皮、含糊的表情。',
    options: { mode: 'limit', max: 3 },
    docs: {
      why: '种子资料之间有分歧：一方面要求「要尽量少用或不用网络语言和表情符号」，因为「语言和符号具有多义性,容易导致歧义和误解,很难保证消费者与客服人员对符号理解的一致性。」（001_87bc0df9dc2bb46e.txt）；另一方面又提倡「灵活运用旺旺表情,营造良好的沟通氛围」（002_c8fa4cc30f1a7fd9.txt），考题也把「表情使用原则」列为话术准则（000_37cadcef1d5464bd.txt）。因此本规则默认只管“适度”和“合场合”：道歉和投诉里不要用调皮或容易被读成冷笑的表情。',
      bad: [
        '非常抱歉给您添麻烦了😜',
        '真的不好意思,发错货了[调皮]',
        '亲您好😊😊😊😊 欢迎光临',
      ],
      good: [
        '亲,非常抱歉给您添麻烦了,我马上为您补发。有任何问题随时联系我哦😊',
        '会第一时间联系您的~',
        '好的呢,已经帮您备注好了哦^_^',
      ],
      notes: [
        '配置：policy: {emoticons: allow|limit|forbid}（对应选项 mode，默认 limit）；选项 max 为每条消息的表情上限（默认 3）。',
        'limit：道歉的那句话里出现调皮表情（😜、[调皮]、/:调皮）或含糊表情（🙂、😅、[微笑]、/:汗）为警告；投诉场景里出现调皮表情为警告；一条消息超过 max 个表情为提示。',
        'forbid：团队不允许用表情，每个表情都是警告。allow：只检查道歉句里的调皮/含糊表情，为提示。',
        '波浪号“~”和“哦、呢、哈”是语气词，不算表情。京东的匿名占位符 [数字x] 不算表情，#E-s 表情代码算。[呵呵] 同时由 no-internet-slang 按提示报告。',
        '整条回复只有一个表情（用表情代替回答）由 no-cold-mechanical-tone 负责。',
      ],
    },
  },
  check(ctx) {
    const mode = String(ctx.option('mode', 'limit'));
    const max = Math.max(0, Number(ctx.option('max', 3)) || 3);
    const emos = findEmoticons(ctx);
    if (!emos.length) return;
    if (mode === 'forbid') {
      for (const e of emos) ctx.report({ start: e.start, end: e.end, severity: 'warning', message: '团队规定回复里不使用表情符号：请删掉表情，用文字表达友好，例如“感谢您的耐心”。' });
      return;
    }
    const complaint = ctx.isComplaint();
    const reported = new Set<Emo>();
    for (const e of emos) {
      if (e.kind === 'plain') continue;
      const [s, t] = sentenceAt(ctx.text, e.start);
      // the emoticon usually trails the sentence it belongs to: look at the sentence before it too
      const [ps] = e.start === s && s > 0 ? sentenceAt(ctx.text, s - 1) : [s];
      const apology = hasIn(ctx, '@APOLOGY', ps, t);
      if (apology) {
        reported.add(e);
        ctx.report({
          start: e.start, end: e.end, severity: mode === 'allow' ? 'info' : 'warning',
          message: e.kind === 'playful'
            ? '道歉时用调皮、嬉笑的表情会显得不诚恳：道歉句里请不用表情，真诚地说明补救办法。'
            : '道歉时用这个表情容易被读成冷笑或敷衍（🙂/[微笑]/汗）：道歉句里请不用表情。',
        });
      } else if (mode !== 'allow' && complaint && e.kind === 'playful') {
        reported.add(e);
        ctx.report({ start: e.start, end: e.end, severity: 'warning', message: '顾客在投诉，调皮、嬉笑的表情会显得不当回事：处理投诉时请不用这类表情。' });
      }
    }
    if (mode === 'allow') return;
    for (const [ms, me] of messageRanges(ctx.text)) {
      const inMsg = emos.filter((e) => e.start >= ms && e.end <= me);
      if (inMsg.length <= max) continue;
      const extra = inMsg.slice(max).filter((e) => !reported.has(e));
      if (!extra.length) continue;
      ctx.report({
        start: extra[0].start, end: extra[0].end,
        message: `这条消息用了 ${inMsg.length} 个表情，显得不够专业：一条消息里最多用 ${max} 个，建议只在开头或结尾留一个友好的表情。`,
      });
    }
  },
};
