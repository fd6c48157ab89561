import type { RuleModule } from '../api';

/** B5. Take-it-or-leave-it replies: 爱买不买, 不买拉倒, 随便你, 要便宜去别家买. */
export const noDismissiveBrushoff: RuleModule = {
  meta: {
    id: 'no-dismissive-brushoff',
    category: 'B',
    severity: 'error',
    scope: 'text',
    title: '不要打发顾客（爱买不买）',
    message: '“爱买不买/不买拉倒/随便你”是在打发顾客：即使成交不了也要礼貌挽留，例如“亲，感谢您的光临，非常遗憾没能跟您完成这次交易，希望您可以收藏下咱家店铺”。',
    docs: {
      why: '考试题的错误选项「C、直接不理会客户,爱买不买,客户有不是真正的上帝;」（003_0eb3ff2274ce9cfe.txt）；店铺手册的原则「原则:进来了咨询的顾客就不能这么轻易的放他走!」（001_87bc0df9dc2bb46e.txt）。评价解释「一分价一分货,要便宜,去别家买。」（000_37cadcef1d5464bd.txt）也被考试判为不恰当。',
      bad: [
        '爱买不买',
        '不买拉倒',
        '随便你吧',
        '一分价一分货,要便宜,去别家买。',
        '你自己看着办',
      ],
      good: [
        '亲,感谢您的光临,非常遗憾没能跟您完成这次交易,希望您可以收藏下咱家店铺',
        '亲可以随便看看哦',
        '随便您挑,喜欢哪款都可以问我',
      ],
      notes: [
        '“随便看看/随便挑/随便选”是友好的说法，不报告；只有单独的“随便你(吧)”报告。',
        '种子里的「自己看着办」出自内部员工纪律（两次以上者,自己看着办），不是对顾客说的；出现在回复里仍然报告。',
        '“要便宜去别家买”同时触发 no-send-customer-elsewhere。',
      ],
    },
  },
  triggers: [
    { pattern: '(爱买不买|不买拉倒|不买就算了|不想买就算了|不要就算了|爱要不要|爱信不信|爱咋咋地|爱咋咋滴|不买就别|买不起就别|嫌贵就别)' },
    { pattern: '随便(你|您)(吧|了|咯|啦|好了)' },
    { pattern: '(你|您)?自己看着办' },
    { pattern: '(要便宜|想要便宜|嫌贵|嫌贵的话|要更便宜的)…{6}(去|找|到)(别家|别人家|其他家|其它家|别的店|其他店|其他店铺|别处)' },
    { pattern: '(不满意|嫌贵|不喜欢)(的话)?(就|可以)?(去|到)(别家|别人家|其他家|别的店|别处)(买)?(吧|好了)' },
    { pattern: '(就这价|就这个价)(了)?…{4}(爱买不买|不买拉倒|买不买随你|要不要随你)' },
    { pattern: '买不买(随你|随您|无所谓|你自己决定)' },
  ],
  check(ctx) {
    const t = ctx.text;
    for (const h of ctx.hits) {
      // 随便您 must stand alone: 随便您吧 / 随便您了 at the end of a phrase
      if (t.slice(h.start, h.end).startsWith('随便')) {
        const next = t[h.end] ?? '';
        if (next && !/[,.!?~、。;…\s呢哦啊]/.test(next)) continue;
      }
      ctx.report({ start: h.start, end: h.end });
    }
  },
};
