import type { RuleModule } from '../api';
import { leadRange } from '../i-politeness/util';

/** J11. Info: a pre-sales handling or closing reply guides towards ordering, matching items or promotions. */
export const presaleSalesGuidance: RuleModule = {
  meta: {
    id: 'presale-sales-guidance',
    category: 'J',
    severity: 'info',
    scope: 'context',
    rubric: 'closing-deal',
    title: '售前回复适当引导下单',
    message: '售前回复只回答了问题，没有任何引导：建议顺势引导下单、推荐搭配或介绍当前优惠，例如“现在下单满99减10，和这款搭配的XX也很受欢迎哦~”（不要强推）。',
    docs: {
      why: '质检评分表营销规范占 30 分：「营销规范促成交易力度对话中引导下单倾向性10」「购买意向引导客户咨询书籍同类搭配推荐10」「档内优惠理解优惠合理运用引导购买10」（004_6f48d8546034e7a1.txt）；种子还建议「遇到买家咨询商品时可主动推荐新上的产品,搭配促销。」（001_87bc0df9dc2bb46e.txt）。',
      bad: ['这款是纯棉的'],
      good: ['这款是纯棉的哦,现在活动满199减20,很划算的~', '第一次购买之后就是我们老顾客了,下次您带朋友来给您更多优惠哦~', '现在的促销非常实惠了哦~'],
      notes: [
        '只检查 scenario 为 pre-sales 且 stage 为 handling 或 closing 的话术（开头、询问阶段不要求引导）；投诉和售后语境不鼓励推销。',
        '认作引导的写法：下单、拍下、付款、购买、入手、加购、收藏、活动、优惠、满减、折扣、包邮、赠品、券、搭配、推荐、新品、现货、库存、划算、实惠、限时、会员等。',
        '提示级别；施压式推销由 no-hard-sell-pressure 负责。',
      ],
    },
  },
  triggers: [
    { pattern: '(下单|拍下|拍了|付款|购买|入手|带走|下手|抢购|加购|购物车|收藏|链接|活动|优惠|满减|折扣|打折|包邮|赠品|赠送|送您|券|搭配|推荐|新品|现货|库存|一起买|组合|套餐|划算|实惠|限时|秒杀|会员|老顾客|性价比)', tag: 'guide' },
  ],
  check(ctx) {
    const s = ctx.script;
    if (s.scenario !== 'pre-sales' || (s.stage !== 'handling' && s.stage !== 'closing')) return;
    if (!ctx.text.trim() || ctx.hits.length) return;
    ctx.report(leadRange(ctx.text));
  },
};
