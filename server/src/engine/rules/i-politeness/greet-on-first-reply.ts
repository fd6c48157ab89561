import type { RuleModule, TurnContext } from '../api';
import { firstCustomerLine, leadRange } from './util';

/** A customer's first contact: 在吗 / 你好 / 有人吗 … at the start of the first customer message. */
const FIRST_CONTACT = /^\s*(在吗|在么|在嘛|在不在|在不|在\?|有人吗|有人在吗|有人在|你好|您好|hello|hi|哈喽|嗨|亲|客服|掌柜|老板|店家)/;

/** Where an opening is expected: stage opening, or an unstaged pre-sales script answering 在吗. */
export function isOpening(ctx: TurnContext): boolean {
  const s = ctx.script;
  if (s.stage === 'opening') return true;
  return !s.stage && s.scenario === 'pre-sales' && FIRST_CONTACT.test(firstCustomerLine(ctx));
}

/** Text left after removing greeting words, 亲, particles and punctuation: a bare greeting leaves nothing. */
function isBareGreeting(ctx: TurnContext): boolean {
  let rest = ctx.text;
  const hits = [...ctx.hitsOf('@GREETING')].sort((a, b) => b.start - a.start);
  for (const h of hits) rest = rest.slice(0, h.start) + rest.slice(h.end);
  rest = rest.replace(/亲爱的|亲/g, '').replace(/[呀呢哦啊哈嗯~!?,.。、 \n]/g, '');
  return [...rest].filter((c) => /[\u4e00-\u9fffa-z0-9]/.test(c)).length < 2;
}

/** I1. Warning: an opening reply needs a warm greeting, and more than a bare 您好. */
export const greetOnFirstReply: RuleModule = {
  meta: {
    id: 'greet-on-first-reply',
    category: 'I',
    severity: 'warning',
    scope: 'context',
    rubric: 'flow',
    fixable: true,
    title: '开场回复要热情问候',
    message: '开场回复缺少问候：请以“您好”“欢迎光临”“在的”开头，再接一句服务用语，例如“您好，欢迎光临，请问有什么可以为您效劳的吗？”。',
    docs: {
      why: '种子资料要求「礼貌对客,让顾客感受到上帝般的待遇,顾客来了先说一句,欢迎光临,请多多关照,或者欢迎光临,请问有什么可以为您效劳的吗?」（000_37cadcef1d5464bd.txt），买家问在么时可以答「亲,在的,正等您呢!」（000_37cadcef1d5464bd.txt）。考试题里只回「A.您好!」或「D.有什么需要的吗?」都不是好答案；质检评分表把「开头」列为服务流程的第一步（004_6f48d8546034e7a1.txt）。',
      bad: ['有什么需要的吗?', '您好!', '这款有货的,直接拍就可以'],
      good: ['欢迎光临,请问有什么可以为您效劳的吗?', '亲,在的,正等您呢!', '您好,我是店铺的客服圈圈,感谢您的光临'],
      notes: [
        '适用范围：stage 为 opening 的话术；以及没有 stage、scenario 为 pre-sales、顾客第一句是“在吗/你好/有人吗”一类开场的话术。其他阶段不要求问候（续接中的会话不必重新打招呼）。',
        '没有问候语时为警告，快速修复在开头插入“您好，”。只有“您好!”“在的”而没有任何服务用语时也是警告（问候过于简单），这时不提供修复。',
        '问候语来自共享词表 GREETING（您好、欢迎光临、在的、很高兴为您服务、有什么可以帮您……）。“你好”也算问候，称呼问题由 prefer-nin-over-ni 负责。',
      ],
    },
  },
  check(ctx) {
    if (!isOpening(ctx) || !ctx.text.trim()) return;
    const lead = leadRange(ctx.text);
    if (!ctx.has('@GREETING')) {
      const insert = /^[\u4e00-\u9fff]/.test(ctx.text) ? { at: 0, text: '您好，' } : undefined;
      ctx.report({ start: lead.start, end: lead.end, insert, fixTitle: insert ? '在开头加上“您好，”' : undefined });
      return;
    }
    if (isBareGreeting(ctx)) {
      ctx.report({
        ...lead,
        message: '开场只有一句问候，显得敷衍：请在问候后接上服务用语，例如“您好，欢迎光临，请问有什么可以为您效劳的吗？”。',
      });
    }
  },
};
