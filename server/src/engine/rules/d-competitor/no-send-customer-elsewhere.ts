import type { RuleModule } from '../api';
import { sendAwaySeverity } from './shared';

const AWAY = '(别家|别人家|别的店|别的店铺|别处|其他家|其它家|其他店|其他店铺|其它店铺|其他商家|别的商家|别的地方|外面|拼多多|实体店|线下)';

/**
 * D2. Telling the customer to buy elsewhere. Graded per §19.12 (see shared.ts sendAwaySeverity):
 * over price or dissatisfaction → error; to a physical store to try the item, or because the item
 * is not sold here → info. “货比三家” invites comparison and is not a send-away.
 */
export const noSendCustomerElsewhere: RuleModule = {
  meta: {
    id: 'no-send-customer-elsewhere',
    category: 'D',
    severity: 'error',
    scope: 'text',
    title: '不要把顾客打发到别家去',
    message: '这是在把顾客往别家打发（要便宜去别家买/嫌贵就别买了）：进店咨询的顾客不能轻易放走。请说明我们的价值并给出可以做的，例如“亲，价格确实是我们的实在价了，做工和售后都有保障，您先收藏一下，有活动我第一时间通知您~”。',
    docs: {
      why: '考试题「对店铺不利的评价,下面客服所作的评价解释,不恰当的有ABCD」把「一分价一分货,要便宜,去别家买」列为不恰当的解释（000_37cadcef1d5464bd.txt）；手册也说「进来了咨询的顾客就不能这么轻易的放他走!」（001_87bc0df9dc2bb46e.txt）。',
      bad: [
        '一分价一分货,要便宜,去别家买。',
        '嫌贵您可以去别家',
        '别家便宜您去别家买吧',
        '觉得贵就别买了',
        '那您去拼多多买吧',
      ],
      good: [
        '亲可以货比三家哦~',
        '别家的情况我们不太了解,我们家这款是加厚材质,支持7天无理由',
        '亲,价格方面确实是我们的实在价了,这款的做工和售后都有保障,您收藏一下,活动的时候我第一时间通知您~',
        '我们家就有同款,不用去别家找了',
      ],
      notes: [
        '分级（§19.12）：因为价格或不满把顾客打发到别家（要便宜去别家买、嫌贵就别买了、那您去别家看看吧）为错误；建议去实体店试穿/看看，或因为本店没有这款（缺货、不卖）而指向别处为提示。',
        '“货比三家”“别家”的中性提及不报告；“不用去别家”这类否定不报告。',
        '与 price-value-cliche 配合：同一条回复里既有“一分钱一分货”又有错误级的打发时，price-value-cliche 升为错误（FX-000-19）。',
      ],
    },
  },
  triggers: [
    { pattern: `(要|想要|嫌|觉得|图|贪)(便宜|贵)…{8}(去|到|找|上)${AWAY}(买|看看|看|购买|问问)?`, tag: 'price' },
    { pattern: '(嫌贵|觉得贵|嫌弃|不满意|不喜欢|看不上)…{6}(就|那就|那)(别|不要)(买|拍|下单)(了|吧)', tag: 'dismiss', negatable: true },
    { pattern: `(不满意|不喜欢|看不上|觉得不好)…{8}(去|到|找)${AWAY}(买|看看|看|购买|问问)?`, tag: 'price' },
    { pattern: '(去|到|上|找)(别家|别人家|别的店|别的店铺|别处|其他家|其它家|其他店|其他店铺|其它店铺|其他商家|别的商家|别的地方|拼多多)(买|看看|看|问问|问|购买|逛逛|找找|挑|比较|下单)', tag: 'away', negatable: true, except: ['(去|到)别的地方(看看|逛逛)(其他|别的)?(宝贝|商品)'] },
    { pattern: '(去|到)(实体店|专柜|线下店|门店|商场)(看看|试|试穿|试戴|体验|买|购买)', tag: 'channel', negatable: true },
  ],
  check(ctx) {
    for (const h of ctx.hits) {
      const severity = sendAwaySeverity(ctx, h);
      ctx.report({
        start: h.start, end: h.end, severity,
        message: severity === 'info'
          ? '指引顾客去别处（实体店试穿、本店没有的商品）时，也请先说明我们能提供的帮助，例如可以到货通知、推荐相似款，或说明支持7天无理由退换。'
          : undefined,
      });
    }
  },
};
