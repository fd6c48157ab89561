import type { RuleModule } from '../api';
import { isQuestion, SEED } from './shared';

/** G3. Sale, special-price or promotional items are invoiced like any other. */
export const invoiceNoPromoExclusion: RuleModule = {
  meta: {
    id: 'invoice-no-promo-exclusion',
    category: 'G',
    severity: 'error',
    scope: 'text',
    penalty: 6,
    title: '特价活动商品也要开发票',
    message: '以特价、活动、秒杀、清仓为由不开发票违反平台发票规则（违规成立扣 6 分）。活动商品同样要开票，例如“亲,活动商品也是可以正常开发票的哦~”。',
    docs: {
      why: `平台培训资料「一、发票问题(违规成立,扣6分)」把「(3)商家表示是特价商品,无法提供发票。」列为常见违规（${SEED}）。只要买家付过款，商品是否打折都要无偿提供发票。违规成立扣 6 分。`,
      bad: [
        '亲,这款是特价商品,无法提供发票哦',
        '活动价不含发票的哦',
        '秒杀款不开发票',
        '打折了就不能开票了亲',
      ],
      good: [
        '亲,活动商品也是可以正常开发票的哦~',
        '特价商品同样可以开发票,下单时填写抬头就可以',
      ],
      notes: ['赠品本身没有金额，说明“赠品不单独开票”不属于本规则。问句不报告。'],
    },
  },
  triggers: [
    { pattern: '(特价|活动|促销|打折|折扣|秒杀|清仓|团购|聚划算|特卖|满减|折后|优惠价|打折缴费)(商品|款|价|产品|宝贝|的|了)?…{10}(无法|不能|不|没有|没法|不可以|不支持|不提供|不含|没|不带|不附)(提供|开具|开|出具|带|含|附)?(发票|票)' },
    { pattern: '(发票|开票)…{8}(不包括|不含|除外|不适用)…{6}(特价|活动|促销|秒杀|清仓|打折)' },
  ],
  check(ctx) {
    for (const h of ctx.hits) {
      if (isQuestion(ctx.text, h)) continue;
      ctx.report({ start: h.start, end: h.end });
    }
  },
};
