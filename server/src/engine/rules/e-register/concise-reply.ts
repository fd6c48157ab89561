import type { RuleModule } from '../api';
import { messageRanges } from './util';
import { isSpace } from '../../text/context';

/**
 * E9 (info). A single message longer than `maxLength` (150) characters, spaces not counted, is a
 * wall of text. Messages laid out as numbered steps (1. 2. / ①②) get twice the limit. The finding
 * underlines the part past the limit.
 */
const STEPS = /(^|[\s,。;:])(\d[.、)]|[①②③④⑤⑥⑦⑧⑨]|第[一二三四五]步|[一二三四五]、)/g;

export const conciseReply: RuleModule = {
  meta: {
    id: 'concise-reply',
    category: 'E',
    severity: 'info',
    scope: 'text',
    title: '回复要简洁',
    message: '这条消息太长，顾客不容易读完、抓不住重点：请删去重复的客套话，或拆成几条短消息（道歉 → 情况说明 → 解决办法 → 后续跟进）。',
    options: { maxLength: 150 },
    docs: {
      why: '种子考题把「客服话术准则包括:简洁丰富原则,表情使用原则,语言适用原则A A.正确」（000_37cadcef1d5464bd.txt）列为正确说法，质检也要求「真正做到把问题说清楚」（004_6f48d8546034e7a1.txt）。种子里最长的两段话术（话术 12 第二段、话术 14 第二段，各约 200 多字，001_87bc0df9dc2bb46e.txt）也正是问题最多的话术；下面的反例就是话术 12 第二段。',
      bad: [
        '亲,非常抱歉哦,真的不好意思,给您造成不便了亲,真没想到会发生这样的事情呢亲,主要是因为这边是公司化经营,退换货有个流程,包裹还没有找到的情况下没办法办理呢亲,相信如果是我们给您发快递,包裹到您那边之后如果找不到了,情况不明的情况下,我们也不能让您确认收货打款给我们呢,您说是吗?如果您没收到衣服但是又着急用,我们肯定要先给您重发,然后跟快递公司交涉问题件事宜呢,亲,希望大家互相理解下哦~我相信您是太着急了才这样,等您冷静一下会理解我们的呢~谢谢您的友善哦,有消息后我会第一时间联系您~',
      ],
      good: [
        '亲,非常抱歉给您添麻烦了。',
        '我已经为您申请补发,今天下午安排发出,运费由我们承担。',
        '单号出来后我第一时间发给您~',
      ],
      notes: [
        '提示级（度量）。选项 maxLength 为每条消息的字数上限（默认 150，不算空格）；回复写成列表时每一项是一条消息，分别计算。',
        '写成编号步骤（1. 2. 或 ①②）的消息结构清楚，上限放宽为两倍。',
        '下划线标出超出上限的那一段，方便决定从哪里拆分。',
      ],
    },
  },
  check(ctx) {
    const max = Math.max(10, Number(ctx.option('maxLength', 150)) || 150);
    const t = ctx.text;
    // a text no longer than the limit has no message over it (most replies): no ranges made
    if (t.length <= max) return;
    const ranges = messageRanges(t);
    for (let r = 0; r < ranges.length; r++) {
      const ms = ranges[r][0];
      const me = ranges[r][1];
      let total = 0;
      for (let i = ms; i < me; i++) if (!isSpace(t.charCodeAt(i))) total++;
      // most messages are short: the steps are counted only for a long one
      if (total <= max) continue;
      const steps = (t.slice(ms, me).match(STEPS) ?? []).length;
      const limit = steps >= 2 ? max * 2 : max;
      if (total <= limit) continue;
      let n = 0;
      let cut = -1;
      for (let i = ms; i < me && cut < 0; i++) if (!isSpace(t.charCodeAt(i)) && ++n === limit + 1) cut = i;
      let end = me;
      while (end > cut && isSpace(t.charCodeAt(end - 1))) end--;
      ctx.report({ start: cut, end, message: `这条消息有 ${total} 个字，超过了 ${limit} 字：请删去重复的客套话，或拆成几条短消息（道歉 → 情况说明 → 解决办法 → 后续跟进）。` });
    }
  },
};
