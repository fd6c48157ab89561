import type { RuleModule } from '../api';

/**
 * F5 (info). Scarcity and deadline claims used to hurry the customer (库存也少了, 抢购人数太多,
 * 只剩3件, 过两天活动就结束了, 马上涨价, 随时结束) are flagged so they can be checked against
 * real stock and promotion data. A plain dated deadline without pressure (活动价到本周日24点截止)
 * is not reported.
 */
export const urgencyClaimsMustBeTrue: RuleModule = {
  meta: {
    id: 'urgency-claims-must-be-true',
    category: 'F',
    severity: 'info',
    scope: 'text',
    title: '催单时的紧迫说法必须属实',
    message: '这是制造紧迫感的说法（库存少、很多人抢、活动马上结束）：只有在属实时才能说，最好给出具体依据，例如“这款活动价到本周日24点截止”。',
    docs: {
      why: '种子资料一方面允许「客服人员在售中需要订单催付时,可以委婉地制造急迫感」（001_87bc0df9dc2bb46e.txt），另一方面要求「一定要如实的回答顾客所提出的问题」（001_87bc0df9dc2bb46e.txt）。「虽然我们库存量很大,但是抢购人数太多」「过两天可能活动就结束了呢」「库存也少了」（001_87bc0df9dc2bb46e.txt）这类说法，如果不属实就成了欺骗。',
      bad: [
        '虽然我们库存量很大,但是抢购人数太多,请抓紧时间付款',
        '过两天可能活动就结束了呢',
        '这款只剩最后3件了,马上就要涨价了',
      ],
      good: [
        '这款活动价到本周日24点截止,您可以根据需要安排哦~',
        '这款现在有货,您拍下后我们今天安排发出',
      ],
      notes: [
        '提示级：规则无法知道库存和活动的真实数据，只把这类说法标出来，提醒核实；有库存、活动数据的团队可以在审核时据此判断。',
        '写明具体截止时间、没有催促语气的说明（活动价到本周日24点截止）不报告；顾客问“还有货吗”时如实回答库存紧张，也不报告。',
      ],
    },
  },
  triggers: [
    { pattern: '库存…{3}(不多|很少|紧张|有限|少了|告急|没几|快没)', tag: 'stock' },
    { pattern: '(只剩|仅剩|就剩)(下)?(最后)?…{3}(件|个|台|套|份|单|双|条|支|瓶)' },
    { pattern: '最后(的)?…{3}(件|套|双|条|支|瓶|台)了' },
    { pattern: '(快|马上)(就)?(要)?(卖完|售罄|断货|没货|抢光|卖光|被抢光)' },
    { pattern: '(抢购人数|抢购的人数|抢购的人|抢购人|很多人|好多人|大家都)(太多|很多|在抢|都在抢|抢着买)' },
    { pattern: '(万人疯抢|全民疯抢|卖疯了|抢疯了|手慢无|再不抢就没了|数量有限|先到先得|售完即止|仅此一次|最后一波)' },
    { pattern: '错过(了)?(就|这次)?(没|不再|再也没)…{3}(机会|优惠|这个价)' },
    { pattern: '(随时|马上|即将|快要|很快)(就)?(要)?(涨价|恢复原价|结束|截止|下架|调价)', negatable: true, except: ['(马上|即将|很快)(就)?(要)?结束(通话|会话|服务)'] },
    { pattern: '(过两天|过几天|明天|后天|过段时间)…{6}(活动|优惠|折扣|这个价)…{4}(结束|没有了|没了|取消|涨价)' },
    { pattern: '(活动|优惠|折扣)…{4}(马上|快|就要|即将)…{3}(结束|截止|没了)' },
    { pattern: '(趁现在|倒计时)' },
  ],
  check(ctx) {
    // answering a stock question (这款还有货吗?) with the stock level is information, not pressure
    const askedStock = /(有货|有没有|还有吗|还有么|库存|缺货|断货|没货)/.test(ctx.customer);
    for (const h of ctx.hits) {
      if (askedStock && h.trigger.tag === 'stock') continue;
      ctx.report({ start: h.start, end: h.end });
    }
  },
};
