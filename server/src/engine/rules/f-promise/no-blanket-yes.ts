import type { RuleModule } from '../api';

/**
 * F3. A reply that is nothing but assent (没问题 / 好的 / 都可以 / 放心吧) to a customer demand that
 * needs checking or action (compensation, refund amount, a delivery deadline, a threat), and the
 * "anything you say" phrases (您说什么都行, 都听您的, 行行行). Warning when the customer line makes
 * a demand or complains; the phrases alone, without a customer line, are info. 没问题 answering a
 * factual question (能开发票吗? → 没问题的亲,可以开的) is not reported.
 */
const ASSENT_WORDS = /(没问题|没有问题|好的|好滴|好哒|可以的|可以|都可以|都行|行的|行|ok|okay|嗯嗯|嗯|放心吧|放心|您放心|请放心|一定|肯定|保证|当然|收到|知道了|明白|没事|包在我身上|都听您的|听您的)/g;
const FILLERS = /[亲您哦呢的哈啦吧呀啊嘛了哒滴呐都是也\s,.!?~。、…:;"“”'‘’]/g;
/** A customer line that asks for something that must be checked or done. */
const DEMAND = /(赔|补偿|退款|退钱|退差价|差价|返现|保价|必须|一定要|马上|立刻|立即|今天.{0,6}(发|到)|明天.{0,6}(发|到|收到)|加急|保证|不然|否则|投诉|差评|给我(退|换|赔|补|重发|免)|免单)/;

export const noBlanketYes: RuleModule = {
  meta: {
    id: 'no-blanket-yes',
    category: 'F',
    severity: 'warning',
    scope: 'context',
    title: '不要用“没问题”敷衍顾客的要求',
    message: '顾客提了需要核实或办理的要求，只回一句“没问题/都可以”既没有核实也没有说明怎么办，容易变成空头承诺：请先核实，再说明具体怎么处理、什么时候答复，例如“您的要求我记下了，我先核实一下库存和物流，2分钟后给您准确答复”。',
    docs: {
      why: '种子判断题把「为了能快速处理好客户的投诉 银行对于客户的要求一律采取“没问题”的态度,尽快把客户打发掉。 ×」（003_0eb3ff2274ce9cfe.txt）判为错误做法；质检标准要求「不轻易承诺:说了就要做到,承诺必须兑现。」（004_6f48d8546034e7a1.txt）。',
      bad: [
        '好的好的,您说什么都行(顾客：明天必须给我送到,不然我就退款)',
        '没问题没问题,都可以的亲(顾客：给我补偿50块,不然差评)',
      ],
      good: [
        '没问题的亲,可以开的(顾客：能开发票吗?)',
        '亲,您的要求我记下了,我先帮您核实一下库存和物流,2分钟后给您准确答复,请稍等~',
        '好的,已经帮您备注顺丰了哦(顾客：能发顺丰吗)',
      ],
      notes: [
        '警告：顾客提出赔偿、退款金额、到货期限、“不然就差评/投诉”等需要核实或办理的要求，而回复只有“没问题/好的/都可以/放心吧”，没有任何具体内容；或回复里有“您说什么都行”“都听您的”“行行行”这类一概答应的话。',
        '提示：没有顾客原话可参考时，“您说什么都行”这类话只作提示。',
        '不报告：回答事实性问题的“没问题”（能开发票吗？→ 没问题的亲，可以开的），以及带具体内容的答应（已经帮您备注顺丰了）。',
      ],
    },
  },
  triggers: [
    { pattern: '(您)?(说|要)(什么|啥)都(行|可以|好|答应)', tag: 'phrase' },
    { pattern: '(怎么样|怎样|怎么)都(行|可以)', tag: 'phrase', negatable: true },
    { pattern: '(都听您的|您说了算|您说怎么办就怎么办|行行行|好好好|没问题没问题)', tag: 'phrase' },
  ],
  check(ctx) {
    const t = ctx.text;
    const demand = DEMAND.test(ctx.customer) || ctx.isComplaint();
    const hasCustomer = ctx.customer.trim().length > 0;
    let reported = false;
    const hits = ctx.hits;
    for (let k = 0; k < hits.length; k++) {
      const h = hits[k];
      if (hasCustomer && !demand) continue;
      reported = true;
      ctx.report({
        start: h.start, end: h.end, severity: demand ? 'warning' : 'info',
        message: '“您说什么都行”这类一概答应的话像是在打发顾客，也可能答应了做不到的事：请说明能做什么、怎么做、什么时候给答复。',
      });
    }
    if (reported || !demand) return;
    const rest = t.replace(ASSENT_WORDS, '').replace(FILLERS, '');
    if (rest.length > 2) return;
    const first = [...t.matchAll(ASSENT_WORDS)][0];
    if (!first || first.index === undefined) return;
    ctx.report({ start: first.index, end: first.index + first[0].length });
  },
};
