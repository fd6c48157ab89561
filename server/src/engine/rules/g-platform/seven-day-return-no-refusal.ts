import type { RuleModule } from '../api';
import { clauseText, isQuestion } from './shared';

/**
 * G14. Refusing a change-of-mind return because there is "no quality problem" (7天无理由). Refusing
 * only an exchange (换) is not covered: the platform rule is about returns. Refusals that depend on
 * the item (opened, special price) are warnings: hygiene, custom-made or damaged items may be
 * excluded ([M]).
 */
export const sevenDayReturnNoRefusal: RuleModule = {
  meta: {
    id: 'seven-day-return-no-refusal',
    category: 'G',
    severity: 'error',
    scope: 'text',
    title: '不能以没有质量问题拒绝7天无理由退货',
    message: '参加了7天无理由退换货，就不能以“没有质量问题”“不喜欢”为由拒绝退货。唯一的条件是商品不影响二次销售，例如“亲,可以退的哦,只要商品不影响二次销售就可以办理~”。',
    docs: {
      why: '考试题「买家收到货后觉得衣服颜色不喜欢,要求退货,客服此时应该怎么处理?(卖家有参加7天无理由退换货)」的正确答案是「D.告知顾客需保证产品不影响二次销售才能办理退货」，「A.以无质量问题回绝顾客」是错误做法（000_37cadcef1d5464bd.txt）。店铺内部的「其它一律不可退」（001_87bc0df9dc2bb46e.txt）与平台规则冲突，不能对顾客说。',
      bad: [
        '亲,没有质量问题是不能退的哦',
        '不喜欢不给退哦',
        '颜色不喜欢不属于退货范围',
        '非质量问题不予退货',
        '其它一律不可退',
      ],
      good: [
        '亲,可以退的哦,只要商品不影响二次销售就可以办理~',
        '亲您好,这个宝贝您不喜欢呀,我们这边加入了7天无理由退换货,如果包装没损坏的话您可以寄回来,我们给您退款',
        '非质量问题退货的话,寄回运费需要您承担哦',
        '已经超过7天了,不支持无理由退货了呢',
      ],
      notes: [
        '分级：以“没有质量问题/不喜欢/一律”为由拒绝退货为错误；“拆了就不能退”“特价商品不退不换”为警告，因为定制、贴身卫生用品、已损坏的商品可以合法排除（需要商品信息判断）。',
        '只拒绝换货（没有质量问题不能换）或仅退款（没有质量问题不支持仅退款）不归本规则：7天无理由管的是退货。',
        '超过 7 天、说明“不影响二次销售”的条件、说明退货运费，都不是拒绝。',
      ],
    },
  },
  triggers: [
    { pattern: '(没有|无|不是|非|没)质量问题(的话|的)?…{6}(不能|不可以|不给|不予|不支持|无法|没法|不|不接受|不让)(退|退货|退换|办理退)', tag: 'refuse' },
    { pattern: '不喜欢(的话|的)?…{4}(不能|不可以|不给|不予|不支持|无法|没法|不接受)(退|退货|退换|退款)', tag: 'refuse' },
    { pattern: '(颜色|尺码|款式|个人原因|不喜欢|不合适|主观原因)…{6}不(属于|在)(退货|退换|退款|售后|可退)(的)?(范围|范畴|条件)?', tag: 'refuse' },
    { pattern: '不(属于|在)(退货|退换货|退换|退款|可退)(的)?(范围|范畴|条件)…{12}(颜色|尺码|款式|个人原因|不喜欢|喜好|主观原因|个人喜好)', tag: 'refuse' },
    { pattern: '无理由(退货|退换货|退换|退)?(的话|的)?(是)?(不支持|不可以|不能|不给|不予|不行|不接受)(的)?', tag: 'refuse-bare' },
    { pattern: '(其他|其它|别的)?(一律|一概)(不可退|不能退|不退|不给退|不予退|不退不换|不予退换)', tag: 'refuse' },
    { pattern: '(拆|拆封|拆开|打开|开封|试穿|试用|穿过|用过)(了|过)?(的)?(话)?(就|后|以后|之后)?(是|也)?(不能|不可以|不给|不予|无法|不支持|不)(退|退货|退换)', tag: 'item', severity: 'warning', message: '拆封、试穿过就不能退？只要不影响二次销售，7天无理由退货都要受理（定制、贴身卫生用品等除外）。请写明条件，例如“商品不影响二次销售就可以退哦”。' },
    { pattern: '(特价|清仓|活动|促销|打折)(商品|款|价|产品)?(的)?…{4}(不退不换|不能退|不予退|不给退|不可退|不退)', tag: 'item', severity: 'warning', message: '参加了7天无理由退货的商品，特价、活动也不能拒绝退货。请按平台规则受理，例如“活动商品也支持7天无理由退货,不影响二次销售就可以”。' },
  ],
  check(ctx) {
    for (const h of ctx.hits) {
      if (isQuestion(ctx.text, h)) continue;
      // 无理由…不支持 is a refusal only when it ends its phrase (无理由不支持的), not 无理由退货不能退运费
      if (h.trigger.tag === 'refuse-bare' && !/^[的呢哦哈啊呀了喔哟亲]*([\s,.!?;~、。…]|$)/.test(ctx.text.slice(h.end))) continue;
      // 仅退款 (refund without return) may be declined when there is no quality problem
      if (/(仅退款|只退款|退款不退货|不退货)/.test(clauseText(ctx.text, h.start))) continue;
      ctx.report({ start: h.start, end: h.end });
    }
  },
};
