import type { RuleModule } from '../api';
import { BUYER, clauseText, hasAny, innerNegated, isQuestion, namesShopFault, negatedAt, NOT_QUALITY } from './shared';

/** The shop pays the money back (运费您先垫付,收到后我们补给您). */
const REIMBURSE = /((我们|这边|商家|店铺|会)[^。!?;\n]{0,6}(补给|报销|返还|退给|补偿|承担|给您报|一起退|补您|返您)|(运费|邮费)[^。!?;\n]{0,8}(报销|补给您|返还|退给您|一起退|我们承担|补偿|返给您)|(收到|签收)(后|之后)[^。!?;\n]{0,8}(补|退|返|报))/g;

/**
 * G16. For quality problems, wrong or missing items and transit damage the shop pays all shipping.
 * Fires when the buyer is asked to pay shipping and the sentence (or the customer's line) names a
 * shop fault and no contrast clause (非质量问题 / 个人原因) makes it the change-of-mind branch.
 * Advance-and-reimburse (运费您先垫付,收到后我们补给您) is info. Negation (不用您补运费) clears it.
 */
export const qualityIssueSellerPaysShipping: RuleModule = {
  meta: {
    id: 'quality-issue-seller-pays-shipping',
    category: 'G',
    severity: 'error',
    scope: 'context',
    title: '质量问题的运费由店铺承担',
    message: '质量问题、发错、漏发、破损是店铺的责任，来回运费都应由店铺承担，不能让买家出。请写“亲,质量问题的来回运费都由我们承担,您看是退款还是补发呢?”。',
    docs: {
      why: '店铺手册要求「如质量问题:我们承担来回运费,看客户意思是退款还是补发,如果申请退款的,来回运费我们出」（001_87bc0df9dc2bb46e.txt），培训资料承诺「如果您收到宝贝有质量问题,我们将无条件的为您退换货,请您放心。」（000_37cadcef1d5464bd.txt）。',
      bad: [
        '质量问题的话运费您先出,我们不报销',
        '发错货寄回的运费您自理哦',
        '破损的需要您先寄回来,运费您承担',
        '补发需要您补邮费（顾客反映少发了一件）',
      ],
      good: [
        '我们这边就给您重发,发顺丰,不用您补运费',
        '那我们把手机壳的款项退给您好吗?或者我们免费包邮给您再补发一个过去',
        '非质量问题退货的话,寄回运费需要您承担哦',
        '如果是质量问题,运费我们承担;如果是个人原因,寄回运费需要您承担',
      ],
      notes: [
        '分级：让买家承担运费且没有说明报销为错误；先垫付、收到后由店铺补给为提示（最好直接说“运费我们承担”）。',
        '只在所在句子或顾客的话里提到店铺责任（质量问题、发错、漏发、破损、瑕疵…）时报告；同一句里有“非质量问题、个人原因、不喜欢”这类对照时，运费说的是无理由退货，归 seven-day-return-shipping-wording。',
        '否定说法（不用您补运费、无需您承担）不报告（目录 §0.6）。',
      ],
    },
  },
  triggers: [
    { pattern: '(运费|邮费|快递费|来回运费|寄回运费|寄回的运费|退回运费)…{8}(需要|要|得|由|是)?(您|你|买家|客户|顾客|亲)(自己)?(先)?(来)?(出|承担|自理|付|垫付|支付|负责)' },
    { pattern: '(您|你|买家|客户|顾客)(需要|要|得)?(自己)?(先)?(承担|出|付|垫付|支付|自理|补)(一下)?(运费|邮费|来回运费|寄回运费|快递费|来回的运费|邮资)' },
    { pattern: '(需要|要|得|请)(您)?(补|补交|补付)(一下)?(运费|邮费|快递费)' },
    { pattern: '(运费|邮费|快递费)(需要|要|得)?(自理|自付)' },
    { pattern: '(运费|邮费)(我们|这边|店铺|商家)(不|是不)(报销|承担|负责|退|出)', tag: 'shop-refuses' },
  ],
  check(ctx) {
    const t = ctx.text;
    const customerFault = namesShopFault(ctx.customer);
    const reimburse = [...t.matchAll(REIMBURSE)].some((m) => !/(不|没|无)/.test(m[0]));
    for (const h of ctx.hits) {
      if (isQuestion(t, h)) continue;
      if (negatedAt(t, h.start)) continue;
      if (h.trigger.tag !== 'shop-refuses' && innerNegated(t, h, [...BUYER, '补'])) continue;
      const clause = clauseText(t, h.start);
      if (hasAny(clause, NOT_QUALITY)) continue;
      if (!namesShopFault(clause) && !customerFault) continue;
      if (reimburse && h.trigger.tag !== 'shop-refuses') {
        ctx.report({ start: h.start, end: h.end, severity: 'info', message: '质量问题让买家先垫付运费、之后再补给，买家仍要先出钱。最好直接说“来回运费都由我们承担”，或用到付、上门取件。' });
        continue;
      }
      ctx.report({ start: h.start, end: h.end });
    }
  },
};
