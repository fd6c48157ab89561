import type { RuleModule } from '../api';
import { clauseText, isQuestion, namesShopFault } from './shared';

/**
 * G17. The text-decidable part: refusing after-sales *because* the order is 交易成功 / 已确认收货
 * (quality after-sales runs 30 days after 交易成功). "过了7天就不能处理" fires only when the reply or
 * the customer's line names a quality problem: change-of-mind returns after 7 days may be declined.
 * Whether the 30 days have passed needs order dates ([M]) and is not checked.
 */
export const afterSalesWindow30d: RuleModule = {
  meta: {
    id: 'after-sales-window-30d',
    category: 'G',
    severity: 'warning',
    scope: 'text',
    title: '交易成功后30天内的质量问题可以售后',
    message: '交易成功、确认收货后，30 天内发现质量问题仍然可以申请售后，不能以“已确认收货/交易成功”为由拒绝。请写“亲,交易成功30天内出现质量问题都可以申请售后的,麻烦您拍一下问题部位的照片,我马上帮您处理~”。',
    docs: {
      why: '考试题「交易成功后( D)天内,在使用商品过程中,发现商品有质量问题或无法正常使用,可申请售后。 A.15天 B.7天 C.10天 D.30天」的答案是 30 天（000_37cadcef1d5464bd.txt；003_0eb3ff2274ce9cfe.txt 的抄本选项错乱，以 000 为准）。',
      bad: [
        '已经确认收货了就不能售后了哦',
        '交易成功就不管了哦',
        '过了7天就不能处理了（顾客反映质量问题）',
      ],
      good: [
        '亲,交易成功30天内出现质量问题都可以申请售后的,麻烦您拍一下问题部位的照片',
        '已经超过7天了,不支持无理由退货了呢（顾客只是不喜欢）',
        '确认收货后不能申请价保哦',
      ],
      notes: [
        '只检查能从文字判断的部分：以交易成功/确认收货为理由拒绝售后。是否真的超过 30 天需要订单日期（元数据），不检查。',
        '“过了7天不能处理”只在回复或顾客的话提到质量问题时报告；无理由退货超过 7 天可以婉拒（注意 no-blunt-refusal）。',
      ],
    },
  },
  triggers: [
    { pattern: '(确认收货|交易成功|交易完成|已签收|签收)(了)?(的话)?(以后|之后|后)?(就)?…{4}(不能|不可以|无法|没法|不给|不予|不支持|不)(售后|退换|退货|换货|维修|处理|申请售后|办理售后|退款|保修)', tag: 'status' },
    { pattern: '(交易成功|确认收货|交易完成)(了)?(就|后|以后|之后)?(不管|不负责|不处理|概不负责)(了)?', tag: 'status' },
    { pattern: '(过了|超过|超出|已过)(7|七)天(了)?…{6}(不能|不可以|无法|没法|不予|不给|不)(售后|处理|退换|退|换|维修|保修)', tag: 'seven-days' },
  ],
  check(ctx) {
    const t = ctx.text;
    const quality = namesShopFault(ctx.customer);
    for (const h of ctx.hits) {
      if (isQuestion(t, h)) continue;
      if (h.trigger.tag === 'seven-days' && !quality && !namesShopFault(clauseText(t, h.start))) continue;
      // 确认收货后不能退款了,可以申请售后: pointing to after-sales is the right answer
      if (h.trigger.tag === 'status' && !t.slice(h.start, h.end).includes('售后') && /(申请售后|售后申请|联系售后|走售后|售后处理)/.test(t)) continue;
      ctx.report({ start: h.start, end: h.end });
    }
  },
};
