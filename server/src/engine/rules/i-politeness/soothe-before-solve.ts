import type { RuleModule } from '../api';
import { empathyHits, insertPoint, leadRange, prefixEnd } from './util';

/** I11. Warning: an emotional customer is soothed (or apologised to) before anything is explained or asked. */
export const sootheBeforeSolve: RuleModule = {
  meta: {
    id: 'soothe-before-solve',
    category: 'I',
    severity: 'warning',
    scope: 'context',
    rubric: 'soothing',
    fixable: true,
    title: '顾客情绪激动时先安抚再处理',
    message: '顾客情绪激动，回复却直接开始解释或处理：请在开头先安抚或道歉，例如“非常理解您的心情，您先别着急，我马上为您处理”。',
    docs: {
      why: '种子资料要求「当客户情绪激动的想要你换货或者退款时,首先需要安抚一下客户的心情,让客户把情绪稳定下来,直到能完整的和你聊天为止。」「稳定好买家情绪,千万不要火上加油」（000_37cadcef1d5464bd.txt），质检评分表有「把握客户文字语气,正确安抚10」（004_6f48d8546034e7a1.txt）；推荐写法如「请先息怒呢」「亲 您先别着急。」（001_87bc0df9dc2bb46e.txt）。',
      bad: ['您把订单号发我,我查一下。', '亲,这个我们是按流程处理的,非常抱歉'],
      good: ['亲,非常抱歉哦,请先息怒呢,真的不好意思,给您造成不便了亲', '亲 您先别着急。如果有什么问题您和我说。我们一定会帮您解决的。', '非常理解您的心情,换做是我也会着急,我马上为您处理'],
      notes: [
        '只在顾客一句带情绪时检查（共享词表 EMOTION：气死、太过分、垃圾、!!、?? ……）。',
        '安抚或道歉（共享词表 SOOTHE、APOLOGY）必须出现在回复开头：称呼（亲、您好）之后的第一个短句里，或开头 12 个字以内。“希望您能理解”“请您体谅”是要求顾客理解，不算安抚；居高临下的“冷静一下”也不算（见 no-condescension）。',
        '快速修复：在开头的称呼之后插入“非常理解您的心情，”。',
      ],
    },
  },
  check(ctx) {
    if (!ctx.customerHas('@EMOTION') || !ctx.text.trim()) return;
    const text = ctx.text;
    const pe = prefixEnd(text);
    let phraseEnd = pe;
    while (phraseEnd < text.length && !/[,、:;。!?~\n…]/.test(text[phraseEnd])) phraseEnd++;
    const limit = Math.max(phraseEnd, pe + 12);
    const first = empathyHits(ctx)[0];
    if (first && first.start < limit) return;
    const at = insertPoint(text);
    const insert = at === undefined ? undefined : { at, text: '非常理解您的心情，' };
    const lead = leadRange(text);
    ctx.report({ start: lead.start, end: lead.end, insert, fixTitle: insert ? '在开头加上“非常理解您的心情，”' : undefined });
  },
};
