import type { RuleModule } from '../api';
import { clauseText, findInside, hasAny, negatedAt, SEED, SHOP_SIDE } from './shared';

const VERBS = ['另收', '加收', '另加', '多收', '多付', '收取', '承担', '自理', '自付', '补', '加', '收', '贵', '高', '不一样', '不同', '另算'];

/**
 * G9. Any credit-card processing fee put on the buyer. The bank's instalment fee shown at checkout
 * is between buyer and bank (seed) and does not fire.
 */
export const creditCardNoSurcharge: RuleModule = {
  meta: {
    id: 'credit-card-no-surcharge',
    category: 'G',
    severity: 'error',
    scope: 'text',
    penalty: 6,
    title: '信用卡付款不能加收手续费',
    message: '向买家收信用卡手续费或加价违反平台信用卡规则（违规成立扣 6 分）：信用卡手续费由商家承担。请写“亲,信用卡付款不收任何额外费用的,您放心使用~”。',
    docs: {
      why: `平台培训资料「三、信用卡问题 (如违规事实成立,扣6分)」规定「(3)买家使用信用卡付款时,手续费是要商家提供的,商家不能提出由买家来支持手续费。」「(4)信用卡结算是不能问买家收取任何形式的手续费。」（${SEED}）。违规成立扣 6 分。`,
      bad: [
        '刷信用卡要加3%手续费哦',
        '信用卡付款的话手续费您出',
        '用信用卡的话要补差价',
        '信用卡支付价格不一样的',
      ],
      good: [
        '亲,信用卡付款不收任何额外费用的,您放心使用~',
        '分期手续费每家银行不一样,以收银台显示为准',
        '信用卡手续费由我们承担',
      ],
      notes: [
        '银行的分期手续费在收银台显示，是买家和银行之间的事（种子:「(2)分期手续费每家银行不一样,具体查看下单时收银台的显示。」），句子里有“分期”并提到银行或收银台时不报告。',
        '但不要对顾客说「分期付款跟商家没有关系的」，那听起来像推卸责任（no-disclaim-responsibility）。',
      ],
    },
  },
  triggers: [
    { pattern: '(信用卡|刷卡)…{10}(另收|加收|另加|多收|多付|收取|承担|自理|自付|补|加|收)…{6}(手续费|个点|点的手续费|%|费用|差价)', except: ['收银台'] },
    { pattern: '(手续费|刷卡费)…{6}(需要|要|得|由)?(您|你|买家|顾客|客户|亲)(自己)?(出|承担|自理|付|支付|补)', tag: 'needs-card' },
    { pattern: '信用卡(支付|付款)?(的)?(价格|价|价钱)…{4}(不一样|不同|贵|高|另算|要加)' },
  ],
  check(ctx) {
    const t = ctx.text;
    for (const h of ctx.hits) {
      const span = t.slice(h.start, h.end);
      const clause = clauseText(t, h.start);
      if (h.trigger.tag === 'needs-card' && !hasAny(clause, ['信用卡', '刷卡'])) continue;
      if (clause.includes('分期') && hasAny(clause, ['银行', '收银台'])) continue;
      if (hasAny(span, SHOP_SIDE)) continue;
      const k = findInside(t, { start: h.start + 2, end: h.end }, VERBS);
      if (k >= 0 && negatedAt(t, k)) continue;
      if (negatedAt(t, h.start, 2)) continue;
      ctx.report({ start: h.start, end: h.end });
    }
  },
};
