import type { RuleModule } from '../api';
import { BUYER, clauseText, hasAny, innerNegated, isQuestion, namesShopFault } from './shared';

/** The reply accepts or offers the return first (可以退, 为您办理…). */
const ACCEPTS = /(可以(退|换|办理|寄回|申请)|(为|给|帮)您(办理|退|申请|处理)|支持(7|七)天|(7|七)天无理由|退回来(之后|后)?[^。!?;\n]{0,10}退款|给您退款|运费险|(运费|邮费)[^。!?;\n]{0,6}(我们|商家|店铺|这边)(来)?(承担|出)|(我们|商家|店铺)(来)?(承担|出)[^。!?;\n]{0,6}(运费|邮费))/;

/**
 * G15. Return shipping for change-of-mind returns: stating that the buyer pays the return leg is
 * allowed after accepting the return. Graded: cost as a condition or refusal (不出运费就不给退, 先补
 * 运费再退) → warning; both legs on the buyer (来回运费您承担) → warning; one leg on the buyer with no
 * acceptance of the return → info (leads with cost); after accepting → no finding. When the reply
 * or customer line names a shop fault, `quality-issue-seller-pays-shipping` owns it.
 */
export const sevenDayReturnShippingWording: RuleModule = {
  meta: {
    id: 'seven-day-return-shipping-wording',
    category: 'G',
    severity: 'warning',
    scope: 'text',
    title: '无理由退货的运费要先受理再说明',
    message: '不能拿运费当拒绝或拖延退货的条件，也不能要求买家承担来回运费。先受理退货，再如实说明寄回运费，例如“亲,可以为您办理7天无理由退货的哦;因为是个人原因,寄回运费需要您承担,有运费险的话会自动理赔~”。',
    docs: {
      why: '考试题把「B.要求顾客承担寄出运费」「C.要求顾客承担寄回运费」列为处理7天无理由退货的错误做法（000_37cadcef1d5464bd.txt），同一份试卷的判断题又说「卖家加入7天无理由退换货服务承诺后,买家的退换货费用由卖家承担。B」（答案为错误），店铺手册写「如果是客户不喜欢退货,退回来的运费客户出」（001_87bc0df9dc2bb46e.txt）。所以本规则判断的是“怎么说”运费，不是“谁出”。',
      bad: [
        '退货运费您自己出,不出就不给退',
        '先把运费补给我们再给您退',
        '亲如果是您不喜欢,退换的来回运费是由买家承担的',
        '寄回运费需要您承担哦',
      ],
      good: [
        '可以退的哦~不喜欢退回的运费需要您承担,有运费险的话可以抵扣',
        '亲,可以为您办理7天无理由退货的哦,商品不影响二次销售就可以;寄回运费需要您承担',
        '如果是质量问题,来回运费都由我们承担',
      ],
      notes: [
        '分级：把运费当条件或拒绝（不出就不给退、先补运费再退）为警告；要求买家承担来回（双向）运费为警告；只说寄回运费由买家承担、却没有先受理退货为提示；先受理再说明运费不报告。',
        '回复或顾客的话里提到质量问题、发错、破损等店铺责任时，由 quality-issue-seller-pays-shipping 负责。',
        '运费由我们承担、否定说法（不用您出运费）不报告。',
      ],
    },
  },
  triggers: [
    { pattern: '(寄回|退回|退货|退换货|换货|退换)?(的)?(运费|邮费)…{8}(不出|不承担|不付|不补)…{4}(就)?(不给|不能|没法|无法|不)(退|办理|处理|给您退)', tag: 'condition' },
    { pattern: '先(把|将)?(运费|邮费)(补|付|打|转|给)…{8}(再|才)(退|给您退|办理|处理)', tag: 'condition' },
    { pattern: '(来回|往返|双向|寄出和寄回|退换的来回)(的)?(运费|邮费)…{6}(都|全)?(要|需要|得|由|是由|是)?(您|你|买家|客户|顾客)(自己)?(来)?(承担|出|付|自理|负责)', tag: 'both' },
    { pattern: '(寄回|退回|寄出|退货|退换货|换货|退换)(的)?(运费|邮费)…{6}(要|需要|得|由|是由|是)?(您|你|买家|客户|顾客)(自己)?(来)?(承担|出|付|自理|负责)', tag: 'one' },
    { pattern: '(寄回|退回|寄出|退货|退换货|换货|退换)(的)?(运费|邮费)(需要|要|得)?(自理|自付)', tag: 'one' },
  ],
  check(ctx) {
    const t = ctx.text;
    if (namesShopFault(t) || namesShopFault(ctx.customer)) return;
    const accepts = ACCEPTS.test(t);
    for (const h of ctx.hits) {
      if (isQuestion(t, h)) continue;
      const clause = clauseText(t, h.start);
      const tag = h.trigger.tag;
      if (tag !== 'condition' && hasAny(t.slice(h.start, h.end), ['我们', '商家', '店铺', '卖家'])) continue;
      if (tag !== 'condition' && innerNegated(t, h, BUYER)) continue;
      if (tag === 'condition') {
        ctx.report({ start: h.start, end: h.end, message: '不能把运费当成退货的条件或拒绝理由。请先受理退货，再说明运费，例如“亲,可以为您办理退货的哦,寄回运费需要您承担,有运费险会自动理赔~”。' });
      } else if (tag === 'both') {
        if (clause.includes('运费险') || hasAny(clause, ['换货'])) continue;
        ctx.report({ start: h.start, end: h.end, message: '无理由退货不能要求买家承担来回运费：发货运费已经由店铺承担，买家最多承担寄回运费。请先受理，再说明“寄回运费需要您承担,有运费险会自动理赔”。' });
      } else if (!accepts) {
        ctx.report({ start: h.start, end: h.end, severity: 'info', message: '回复一上来就说运费由买家承担，读起来像拒绝退货。请先受理退货，再说明寄回运费，例如“可以为您办理退货的哦,寄回运费需要您承担,有运费险会自动理赔~”。' });
      }
    }
  },
};
