import type { RuleModule, TurnContext } from '../api';
import { hasAny, insertPoint, leadRange, PRODUCT_OR_DELIVERY_PROBLEM } from './util';

/** A complaint or a problem report: the engine's complaint test, or a product/delivery problem in the customer line. */
export function complaintContext(ctx: TurnContext): boolean {
  return ctx.isComplaint() || hasAny(ctx.customer, PRODUCT_OR_DELIVERY_PROBLEM);
}

/** Closing and invite-review scripts of a complaint flow need no apology once the customer line no longer complains. */
export function apologyExpected(ctx: TurnContext): boolean {
  if (!complaintContext(ctx)) return false;
  const st = ctx.script.stage;
  if ((st === 'closing' || st === 'invite-review') && !ctx.customerHas('@COMPLAINT') && !hasAny(ctx.customer, PRODUCT_OR_DELIVERY_PROBLEM)) return false;
  return true;
}

/** I7. Error: every reply to a complaint or a problem report apologises, whoever is at fault. */
export const apologizeOnComplaint: RuleModule = {
  meta: {
    id: 'apologize-on-complaint',
    category: 'I',
    severity: 'error',
    scope: 'context',
    rubric: 'soothing',
    fixable: true,
    title: '顾客投诉或反映问题时要先道歉',
    message: '顾客在投诉或反映问题，回复里却没有道歉：不论责任在谁，都请先诚恳道歉，例如“非常抱歉给您带来不便，我马上为您处理”。',
    docs: {
      why: '种子资料的每个售后场景都从道歉开始：「与想象不符:首先对客户做出道歉」「少发货、缺货:首先赔礼道歉」（000_37cadcef1d5464bd.txt），并要求「同时在接待客户时,请以安抚客户的语气和表示道歉语气与客户进行交流,这样也可以提升客户的好感度。」（000_37cadcef1d5464bd.txt）。考题把「处理客户投诉时,银行应首先搞清楚究竟谁对谁错,如果投诉事件错不在银行就不应该向客户道歉。 ×」（003_0eb3ff2274ce9cfe.txt）判为错误：道歉不取决于谁对谁错。',
      bad: ['您寄回来的那个件我们正在找呢', '描述中的尺码说明为手工测量,可能有2~3CM误差,属于国家标准误差范围内。', '这个不属于我们的问题,我们不能负责'],
      good: ['亲,您好,非常抱歉给您带来了不好的购物体验,我马上为您重新安排发货', '亲,非常抱歉哦,请先息怒呢,真的不好意思,给您造成不便了亲,是我们的失误', '实在对不起,给您添麻烦了,我这就帮您申请退款'],
      notes: [
        '适用于投诉语境：scenario 为 complaint，或顾客一句里有投诉/问题用语（共享词表 COMPLAINT，以及破损、漏发、色差、没收到等商品或物流问题）。complaint 流程中的结尾、邀评话术，如果顾客一句已不再抱怨，则不要求道歉。',
        '道歉用语来自共享词表 APOLOGY（抱歉、对不起、不好意思、给您添麻烦了、让您久等、遗憾……）。先道歉再甩锅仍然满足本规则，推卸责任由 A 类规则另行报告。',
        '只把“不好意思”当作引起注意的话（不好意思,请问您的订单号是?）时仍算道歉，但给出提示（info），建议换成更完整的道歉。',
        '缺少道歉时为错误，标在回复开头；快速修复在开头的称呼之后插入“非常抱歉给您带来不便，”。回复只有问候（您好）或正文以引号、占位符、数字开头时不提供修复，因为插入后读不通。',
      ],
    },
  },
  check(ctx) {
    if (!ctx.text.trim() || !apologyExpected(ctx)) return;
    const apologies = ctx.hitsOf('@APOLOGY');
    if (!apologies.length) {
      const lead = leadRange(ctx.text);
      const at = insertPoint(ctx.text);
      const insert = at === undefined ? undefined : { at, text: '非常抱歉给您带来不便，' };
      ctx.report({ start: lead.start, end: lead.end, insert, fixTitle: insert ? '加上道歉“非常抱歉给您带来不便，”' : undefined });
      return;
    }
    const weak = apologies.every((h) => ctx.text.slice(h.start, h.end) === '不好意思' && /^[,\s]*(请问|打扰|问一下|麻烦)/.test(ctx.text.slice(h.end, h.end + 6)));
    if (weak) {
      const h = apologies[0];
      ctx.report({
        start: h.start, end: h.end, severity: 'info',
        message: '这里的“不好意思”只是引起注意的客套话：顾客在投诉，建议换成更完整的道歉，例如“非常抱歉给您带来不便”。',
      });
    }
  },
};
