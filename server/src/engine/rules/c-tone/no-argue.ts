import type { RuleModule } from '../api';
import { atPhraseEnd } from './shared';

const TOLD = '已经对顾客解释过的内容再说一遍时，不要强调“我已经说过了”：换个说法耐心再解释一次，例如“可能是我刚才没说清楚，我再给您详细说明一下”。';

/**
 * C1. Rebuttal markers, not explanation length (catalog §4 C1 traps): rhetorical tags, “您这么说就
 * 不对”, “讲道理”, “I already told you” (§19.7, together with no-condescension). Concession-rebuttals,
 * analogies and contradictions of the customer's claim are warnings (FX-001-25/26, FX-001-11).
 */
export const noArgue: RuleModule = {
  meta: {
    id: 'no-argue',
    category: 'C',
    severity: 'error',
    scope: 'text',
    fixable: true,
    title: '不要与顾客争辩、讲道理',
    message: '这是在和顾客争辩（反问、反驳或讲道理）：不要试图说服或驳倒顾客，先认同顾客的感受，再给出解决办法，例如“非常理解您的心情，我马上为您处理，您看这样可以吗？”。',
    docs: {
      why: '种子资料的【严禁事项】要求「不要和客户讲道理。」「不要与客户发生争吵。」（000_37cadcef1d5464bd.txt），并指出「与买家沟通最忌讳的就是逞一时口舌之能」；工作总结也说「首先,不要与客户争辩。」「我们的目的是为了达成交易,」「而不是赢得辩论会的胜利。」（001_87bc0df9dc2bb46e.txt）。反问（您说是吗?）、“我也不否认…但是…”、用类比证明顾客不对，都是在争辩。',
      bad: [
        '相信如果是我们给您发快递,包裹到您那边之后如果找不到了,情况不明的情况下,我们也不能让您确认收货打款给我们呢,您说是吗?',
        '您这么说就不对了,这款本来就是这个颜色。',
        '我都跟您说了好几遍了,七天内才能退。',
        '我也不否认您说的那个价格,但是毕竟一分钱一分货',
      ],
      good: [
        '我去给您申请一下给您免掉一些运费您看可以吗?',
        '这个方案您看行吗?',
        '亲,气象预报里说的气温和人体感觉到的温度不太一样,我给您详细解释一下哦。',
        '可能是我刚才没说清楚,我再给您详细说明一下。',
      ],
      notes: [
        '分级：反问（您说是吗?/您说对吧?）、“您这么说就不对了”“您要讲道理”“我都说了好几遍了”为错误；“我也不否认…但是…”、用类比反驳（外观一样的东西也有档次区别）、否定顾客的说法（相信实体店只是…）、“我已经跟您说过了”为警告。',
        '只看反驳用语，不看解释的长短：耐心解释顾客误解的事实是种子资料要求的做法，不报告。征求意见的“您看行吗?”“您看可以吗?”“好吗?”不是反问，不报告。',
        '“我已经跟您说过了”这类说法同时由 no-condescension 报告（§19.7），两条各说明自己的角度。',
        '快速修复：“您这么说就不对了/您说的不对”替换为“可能是我没解释清楚”。',
        '说顾客“太过分了”（侬过分的…，侬即“你”）是在指责顾客，为警告（第一百二十二轮真实语料评测）。',
      ],
    },
  },
  triggers: [
    { pattern: '(您|你)说(是吗|是不是|对吗|对不对|对吧|是吧|不是吗)', tag: 'rhetoric', message: '“您说是吗?”是反问，是在用道理逼顾客认同：去掉反问，直接给出解决办法，再用“您看这样可以吗?”征求意见。' },
    { pattern: '(您|你)(这么|这样|那么|这)说(就|可就|是)?不对(了)?', replacement: '可能是我没解释清楚' },
    { pattern: '(您|你)说(的|得)(就|也)?不对', replacement: '可能是我没解释清楚' },
    { pattern: '(事实上|其实|根本|压根)(就)?(并)?不是(您|你)(说|想|讲)的(那样|这样)' },
    { pattern: '不是(您|你)(说|想|讲)的(那样|这样)', severity: 'warning' },
    { pattern: '(您|你)(要|得|也要|也得|能不能|可不可以|讲不讲)讲(点|一点)?道理' },
    { pattern: '(跟|和|给|同)(您|你)讲(讲)?道理' },
    { pattern: '道理很简单' },
    // (侬过分的丫: the customer told they go too far; 侬 is 你 in Shanghainese)
    { pattern: '(您|你|侬|亲)(也|可|就)?(太|真|好|有点)?过分(了|的|啦|啊|呀|丫)', severity: 'warning', message: '说顾客“太过分了”是在指责顾客，会激化矛盾：先表示理解，再说明能做的，例如“能理解您的不满，我们马上为您处理”。' },
    { pattern: '我(已经|都)(跟|和|给|向)?(您|你)?(说|讲|解释)(了|过)(好几|很多|多少|几|无数|n)(遍|次)', message: TOLD },
    { pattern: '(已经|都)(跟|和|给|向)(您|你)(说|讲|解释)(过|清楚|明白)?了', severity: 'warning', message: TOLD },
    { pattern: '不否认…{12}(但是|但|可是|不过)', severity: 'warning', message: '“我也不否认…但是…”是先让步再反驳，顾客听到的仍是“您不对”：直接说明我们能提供的价值和服务，不要反驳顾客的说法。' },
    { pattern: '(换成|换做|换作|假如|要是|如果)(您|你)是(卖家|商家|店家|老板|客服)', severity: 'warning', message: '用“换成您是卖家”这类类比来说服顾客是在讲道理：请站在顾客一边，直接说明我们怎么解决。' },
    { pattern: '(外观|看起来|看着|长得)(一样|差不多|相同|很像)的…{8}(也有|也分)', severity: 'warning', message: '用类比反驳顾客（外观一样也有档次区别）是在争辩：请客观介绍我们产品的材质、做工和售后，不要证明顾客想错了。' },
    { pattern: '(相信|估计|其实)(实体店|专柜|商场|别家|别人家|他们|那边|那家)…{4}(只是|不过是|也就是)', severity: 'warning', message: '这是在否定顾客的说法：不要反驳顾客看到的价格或信息，先认同，再介绍我们的优势。' },
  ],
  check(ctx) {
    for (const h of ctx.hits) {
      // A rhetorical tag ends the sentence (您说是吗?); 您说是不是质量问题 is a real question.
      if (h.trigger.tag === 'rhetoric' && !atPhraseEnd(ctx.text, h.end)) continue;
      ctx.report({ start: h.start, end: h.end });
    }
  },
};
