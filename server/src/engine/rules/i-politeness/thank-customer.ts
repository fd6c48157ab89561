import type { RuleModule, TurnContext } from '../api';
import { hasAny, hasUnnegated, insertPoint, leadRange } from './util';

/** Positive feedback in the customer line (unnegated). */
const PRAISE = ['好评', '挺好', '很好', '不错', '喜欢', '满意', '好用', '很棒', '点赞', '推荐'];
/** Suggestions and opinions in the customer line. */
const SUGGEST = ['建议', '意见', '反馈一下', '提个'];

export function customerPraises(ctx: TurnContext): boolean {
  return hasUnnegated(ctx.customer, PRAISE) && !hasAny(ctx.customer, ['不满意', '不太满意', '不喜欢', '差评']);
}

/** I8. Warning where a thank-you is expected: closing stage, review scenario, customer feedback. */
export const thankCustomer: RuleModule = {
  meta: {
    id: 'thank-customer',
    category: 'I',
    severity: 'warning',
    scope: 'context',
    fixable: true,
    title: '该致谢时要感谢顾客',
    message: '这里应当感谢顾客（购买、耐心、反馈或建议），回复里却没有“谢谢/感谢”：请加上致谢，例如“感谢您的支持，祝您生活愉快！”或“谢谢您的建议，我们会改进”。',
    docs: {
      why: '种子资料要求「耐心解读客户疑问,使客户心情舒畅,随时注意感谢客户;」「热情道谢,欢迎再来」（003_0eb3ff2274ce9cfe.txt），以及「结束对话时再次询问需求和表达感谢」（002_c8fa4cc30f1a7fd9.txt）；推荐写法如「也谢谢您的建议哦」「谢谢您的支持哦~您的满意是我们的动力哦」（001_87bc0df9dc2bb46e.txt）。',
      bad: ['好的,祝您生活愉快!', '根据您给到我们的建议,我们一定会不断完善'],
      good: ['亲,感谢您购买我们的产品,欢迎下次光顾,祝您事事顺利。', '谢谢您的支持哦~您的满意是我们的动力哦', '也谢谢您的建议哦'],
      notes: [
        '警告的语境：stage 为 closing；scenario 为 review；顾客一句在表扬（好评、满意、不错、喜欢……，不含“不满意/不喜欢”）或提建议、意见。',
        '其他回复只要提到了顾客的建议或意见（您的建议、您提的意见、宝贵的反馈）却没有致谢，给提示（info）；“您反馈的问题”是问题报告，不在此列。',
        '致谢用语来自共享词表 THANKS（谢谢、感谢、多谢、感恩……）。',
        '快速修复：在开头的称呼之后插入“感谢您的支持，”（评价或建议语境下为“感谢您的反馈，”）。',
      ],
    },
  },
  triggers: [
    { pattern: '(您|你)(的|给到我们的|给我们的|提的|提出的)(宝贵)?(建议|意见)', tag: 'ack' },
    { pattern: '宝贵的(建议|意见|反馈)', tag: 'ack' },
  ],
  check(ctx) {
    if (!ctx.text.trim() || ctx.has('@THANKS')) return;
    const s = ctx.script;
    const praise = customerPraises(ctx);
    const suggest = hasAny(ctx.customer, SUGGEST);
    const expected = s.stage === 'closing' || s.scenario === 'review' || praise || suggest;
    if (expected) {
      const lead = leadRange(ctx.text);
      const phrase = praise || s.stage === 'closing' ? '感谢您的支持，' : '感谢您的反馈，';
      const at = insertPoint(ctx.text);
      const insert = at === undefined ? undefined : { at, text: phrase };
      ctx.report({ start: lead.start, end: lead.end, insert, fixTitle: insert ? `加上“${phrase}”` : undefined });
      return;
    }
    const ack = ctx.hits[0];
    if (ack) {
      ctx.report({
        start: ack.start, end: ack.end, severity: 'info',
        message: '提到了顾客的建议或反馈，却没有致谢：建议加上“谢谢您的建议/感谢您的反馈”。',
      });
    }
  },
};
