import type { RuleModule } from '../api';
import { clauseText, hasAny, isQuestion, negatedAt, phraseBefore, SEED } from './shared';

/** The customer asked to cancel or close (from the purchasing account, in this chat). */
const REQUEST = /(取消|关闭|关掉|关了|不要了|不想要|不买了|退款|拍错|重拍|重新拍|撤销|作废|删掉|删除)/;

/**
 * G13. Closing or cancelling a buyer's order without their request. Wording that is unilateral in
 * itself (直接关闭 / 先帮您关了 / 不付款就关闭) fires unless the customer's line asks for it; a plain
 * "已为您取消订单" fires only when the script's customer line is present and does not ask for it.
 * System auto-close described as a platform fact and questions asking for consent do not fire.
 */
export const noUnilateralOrderClose: RuleModule = {
  meta: {
    id: 'no-unilateral-order-close',
    category: 'G',
    severity: 'error',
    scope: 'context',
    penalty: 1,
    title: '不能私自关闭订单',
    message: '未经买家同意关闭或取消订单违反平台规则（违规成立每笔扣 1 分）。只有买家用下单账号提出时才能关闭，请先征得同意，例如“亲,需要我帮您关闭这笔订单吗?您确认后我这边再操作哦~”。',
    docs: {
      why: `平台培训资料「六、关闭订单交易( 违规成立,扣1分每笔)」要求「1、不能未经买家同意,私自关闭订单。」「2、如果买家要求关闭订单,除非通过购买的旺旺要求(即商家能够提供凭证是买家要求关闭)。」，货到付款部分也提醒「不要私自关闭订单」（${SEED}）。违规成立每笔扣 1 分。`,
      bad: [
        '我这边先帮您把订单关了,您重新拍一下',
        '超时没付款的订单我们会直接关闭',
        '这单我们关掉了哦',
        '已经为您取消订单了（顾客并没有要求取消）',
      ],
      good: [
        '亲,需要我帮您关闭这笔订单吗?您确认后我这边再操作哦~',
        '未付款订单系统会在72小时后自动关闭',
        '好的,已经为您取消订单了（顾客说“帮我取消订单吧”）',
      ],
      notes: [
        '顾客在本话术的 customer 里要求取消、关闭、不要了、退款或重拍时不报告（有下单账号的凭证）。',
        '“已为您取消订单”这类平常说法只在有 customer 而顾客没有提出时报告；没有 customer 时无从判断，不报告。',
        '描述系统自动关闭（系统会自动关闭、超时自动关闭）和征求同意的问句不报告。',
      ],
    },
  },
  triggers: [
    { pattern: '直接(给您|帮您|为您)(把)?(订单|您的订单|这单)?(关闭|关掉|关了|取消)', tag: 'unilateral' },
    { pattern: '(我们|我|这边|我这边|小店|店铺)(会|就|将|要|已经|已|先)?直接(把订单|把您的订单|把这单)?(关闭|关掉|取消)(订单|交易|您的订单|这单|了|掉)?', tag: 'unilateral' },
    { pattern: '先(帮您|给您|为您)(把)?(订单|这单|单子|您的订单|这笔订单)?(关了|关掉|关闭|取消了|取消掉|撤销|取消)', tag: 'unilateral' },
    { pattern: '先(把)?(订单|这单|单子|您的订单|这笔订单)(关了|关掉|关闭|取消了|取消掉|撤销)', tag: 'unilateral' },
    { pattern: '(订单|这单|单子|这笔订单)(我们|我|这边|我这边)(已经|就|先|给)?(关了|关掉|关闭了|取消了|取消掉了)', tag: 'unilateral' },
    { pattern: '(我们|我|这边|我这边)(会|就|将|要)(直接)?(把订单|把您的订单|把这单)?(关闭|关掉|取消)(订单|您的订单|这单|交易|掉)', tag: 'unilateral' },
    { pattern: '(不付款|没付款|未付款|没有付款|超时)…{6}(我们|我|这边|我这边|小店|店铺)(就|会|将|要)?(直接)?(关闭|关掉|取消)', tag: 'unilateral' },
    { pattern: '(已经|已)(帮您|为您|给您)(把)?(订单|这单|您的订单|这笔订单)?(关闭|取消)(了)?(订单|交易)?', tag: 'plain' },
  ],
  check(ctx) {
    const asked = REQUEST.test(ctx.customer);
    const hasCustomer = ctx.script.customer.length > 0;
    for (const h of ctx.hits) {
      if (isQuestion(ctx.text, h)) continue;
      if (negatedAt(ctx.text, h.start)) continue;
      const clause = clauseText(ctx.text, h.start);
      if (hasAny(clause, ['系统', '自动', '平台'])) continue;
      if (asked) continue;
      // the customer is the subject (您可以直接取消订单): no close by the shop
      const before = phraseBefore(ctx.text, h.start, 6);
      if (/(您|你|亲)(可以|自己|也可以|需要|要|先)?$/.test(before) && !/(给|帮|为)$/.test(before)) continue;
      if (h.trigger.tag === 'plain') {
        if (!hasCustomer) continue;
        if (!/(订单|这单|交易)/.test(ctx.text.slice(h.start, h.end)) && !/^(了)?(订单|这单|这笔订单|交易)/.test(ctx.text.slice(h.end, h.end + 5))) continue;
      }
      ctx.report({ start: h.start, end: h.end });
    }
  },
};
