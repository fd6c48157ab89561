import type { RuleModule } from '../api';
import { complaintContext, conditionalOrQuestion } from './util';

const US = '(我们|我们店|我们家|咱们|本店|店铺|商家|卖家|我方)';

/**
 * A6. Flatly denying fault: 不是我们的错 / 不属于我们的问题 / 跟我们没有关系 (§19.8). The
 * pre-emptive form (发货前都检查过的) counts only towards a complaining customer.
 */
export const noDenyFault: RuleModule = {
  meta: {
    id: 'no-deny-fault',
    category: 'A',
    severity: 'error',
    scope: 'text',
    title: '不要否认错误',
    message: '“不是我们的错/不属于我们的问题”是在坚决不认错：先道歉并承担解决，例如“非常抱歉，给您造成不便了，是我们没有做好，我马上为您处理”。',
    docs: {
      why: '【严禁事项】「不要坚决不承认错误。」（000_37cadcef1d5464bd.txt）；判断题「处理客户投诉时,银行应首先搞清楚究竟谁对谁错,如果投诉事件错不在银行就不应该向客户道歉。 ×」（003_0eb3ff2274ce9cfe.txt）判为错误。考试题里「这个不属于我们的问题,我们不能负责」和「这不是我们的错」（000_37cadcef1d5464bd.txt）都是客服不能说的话。',
      bad: [
        '这个不属于我们的问题,我们不能负责',
        '退得货你没填单号,导致退款速度慢,这不是我们的错',
        '这跟我们没有关系哦',
        '不可能是我们的问题',
        '我们再发货的之前都检查好了的（顾客投诉时）',
      ],
      good: [
        '亲,非常抱歉哦,请先息怒呢,真的不好意思,给您造成不便了亲,是我们的失误',
        '是不是我们这边的问题,我先帮您核实一下',
        '不是很清楚您说的是哪一款,麻烦发个链接给我哦',
        '我们发货前都会检查的,您放心（售前介绍）',
      ],
      notes: [
        '检测范围包括“跟我们没有关系”和“不是我们(这边|X这边)的问题”（§19.8）。',
        '“发货前都检查过的”这类先发制人的辩解只在投诉场景（scenario: complaint/after-sales 或顾客在抱怨）里报告；售前介绍质检流程不报告。',
        '“是不是我们的问题”“如果不是我们的问题”是疑问或条件，不报告。',
        '回应计费投诉时说“不存在恶意的虚假计费”同样是不认错（第三十五轮真实语料评测）。',
      ],
    },
  },
  triggers: [
    { pattern: `(这|那|这个|那个|这并|这可)?(并)?不是${US}(这边|那边)?的(错|问题|责任|过错|失误|原因|过失)`, except: [`是不是${US}(这边|那边)?的(错|问题|责任|过错|失误|原因|过失)`] },
    { pattern: `不是${US}…{4}这边的(错|问题|责任|原因)`, except: [`是不是${US}…{4}这边的(错|问题|责任|原因)`] },
    { pattern: `不属于${US}(的|这边的)?(问题|责任|错|过错|原因)` },
    { pattern: `不是${US}(这边)?(单方面|一方)?(引起|造成|导致|弄)的`, except: [`是不是${US}(这边)?(单方面|一方)?(引起|造成|导致|弄)的`] },
    { pattern: `(不可能|不会)是${US}(这边)?(的)?(问题|错|原因|责任|发错|弄错|弄坏|造成)` },
    { pattern: `(跟|和|与)${US}(这边)?(没有|没|无|毫无)(任何)?(关系|关联)` },
    { pattern: `与${US}无关` },
    // a billing complaint answered with 不存在恶意的虚假计费: no fault possible
    { pattern: '不存在…{4}(虚假|错误|多收|乱收|多扣|乱扣|重复)(的)?(计费|扣费|收费)' },
    { pattern: `${US}(这边)?(并)?(没有|没)(错|做错|任何错|过错)`, except: [`${US}(这边)?(并)?(没有|没)错过`] },
    { pattern: '(发货前|发货之前|出库前|出库之前|寄出前|寄出之前|发货的之前|发出前|发货时|出库时|发出去的时候|寄出的时候|出仓前|打包前|打包时)…{8}(检查|检验|质检|验货|确认|测试)(过|好|了)', tag: 'preemptive' },
    { pattern: '(出库|发货|发出|寄出)(的时候|时)(都)?(是)?(好|完好|没问题)的', tag: 'preemptive' },
    { pattern: `${US}(是)?(不会|不可能)(发错|少发|漏发|弄错|搞错)`, tag: 'preemptive' },
  ],
  check(ctx) {
    const complaint = complaintContext(ctx);
    for (const h of ctx.hits) {
      if (h.trigger.tag === 'preemptive' && !complaint) continue;
      if (conditionalOrQuestion(ctx.text, h.start, h.end)) continue;
      ctx.report({ start: h.start, end: h.end });
    }
  },
};
