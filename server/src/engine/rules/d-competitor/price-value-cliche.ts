import type { RuleModule } from '../api';
import { sendAwaySeverity } from './shared';

/**
 * D3. The stock phrase 一分钱一分货 and its kin: info on its own (it appears in a seed-endorsed
 * bargaining script, FX-001-26); error when the same reply also sends the customer elsewhere at
 * error level (the exam-flagged reply, FX-000-19).
 */
export const priceValueCliche: RuleModule = {
  meta: {
    id: 'price-value-cliche',
    category: 'D',
    severity: 'info',
    scope: 'text',
    title: '少用“一分钱一分货”这类套话',
    message: '“一分钱一分货”听起来像在说顾客嫌贵不识货，显得敷衍：具体说明价格对应的价值，例如“结合咱家用的原料以及做工、售后服务来算的话，这款价格还是非常划算的”。',
    docs: {
      why: '考试题把「一分价一分货,要便宜,去别家买」列为不恰当的评价解释（000_37cadcef1d5464bd.txt）。套话本身出现在手册推荐的议价话术里（「毕竟一分钱一分货」，001_87bc0df9dc2bb46e.txt），所以单独出现只是提示；手册同一段给出了更好的说法：「结合咱家用的原料以及咱们的做工、售后服务来算的话,这条裤子价格还是非常划算的。」（001_87bc0df9dc2bb46e.txt）。',
      bad: [
        '一分价一分货,要便宜,去别家买。',
        '我也不否认您说的那个价格,但是毕竟一分钱一分货',
        '便宜没好货的亲',
      ],
      good: [
        '结合咱家用的原料以及咱们的做工、售后服务来算的话,这款价格还是非常划算的。',
        '这款用的是加厚材质,四角防摔,还支持7天无理由,性价比很高的哦',
      ],
      notes: [
        '分级：单独出现为提示；同一条回复里还有错误级的 no-send-customer-elsewhere（要便宜去别家买）时升为错误。',
        '收录：一分钱一分货、一分价一分货、一分价钱一分货、便宜没好货、便宜无好货、好货不便宜、贵有贵的道理。',
      ],
    },
  },
  triggers: [
    { pattern: '一分(钱|价|价钱)一分货' },
    { pattern: '便宜(没|无)好货' },
    { pattern: '好货不便宜' },
    { pattern: '贵有贵的道理' },
  ],
  check(ctx) {
    const paired = ctx.hitsOf('no-send-customer-elsewhere').some((h) => sendAwaySeverity(ctx, h) === 'error');
    for (const h of ctx.hits) {
      ctx.report({
        start: h.start, end: h.end,
        severity: paired ? 'error' : 'info',
        message: paired ? '“一分钱一分货”加上把顾客打发到别家，是考试题明确列出的不恰当回复：去掉套话和打发的话，具体说明我们的价值，并留住顾客。' : undefined,
      });
    }
  },
};
