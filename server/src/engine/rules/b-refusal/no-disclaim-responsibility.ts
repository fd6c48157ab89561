import type { RuleModule } from '../api';
import { conditionalOrQuestion } from '../a-blame/util';

const US = '(我们|本店|店铺|商家|卖家|这边|我方|咱们|我们店|我们家|小店)';

/**
 * B1. "We are not responsible / it has nothing to do with us." Error; a conditional policy
 * statement (如果是人为损坏,我们不负责) is a warning; courier-control disclaimers fire here too
 * (§19.4).
 */
export const noDisclaimResponsibility: RuleModule = {
  meta: {
    id: 'no-disclaim-responsibility',
    category: 'B',
    severity: 'error',
    scope: 'text',
    title: '不要说“我们不负责”',
    message: '“我们不负责/跟我们没关系/是我们不能避免的”是在推卸责任：主动承担并说明怎么解决，例如“请您放心，如果是我们的质量问题这边一定会为您处理好的”或“这个问题我来帮您处理”。',
    docs: {
      why: '考试题「客服不能说的话」的 A 项就是「这个不属于我们的问题,我们不能负责」（000_37cadcef1d5464bd.txt）。种子要求「当的确是我们的商品出了问题时,我们应该主动给客户解决。不能推脱,第一时间为其解决。」（000_37cadcef1d5464bd.txt），以及「要勇于承担责任:不能产生推诿感」（004_6f48d8546034e7a1.txt）。',
      bad: [
        '这个不属于我们的问题,我们不能负责',
        '物流中的摩擦是我们不能避免的哦。',
        '这个跟我们没关系',
        '出了门就不归我们管了',
        '快递公司不是我们开的,我们干涉不了快递公司的事,请您多担待。',
      ],
      good: [
        '亲,请您放心哦,如果是我们的质量问题这边一定会为您处理好的。',
        '不能让您久等,我马上帮您查',
        '不能及时回复非常抱歉',
        '这个问题我来帮您处理,您先别着急',
      ],
      notes: [
        '只匹配具体的撇清说法（不负责、概不负责、没关系、无关、不能避免、不归我们管），不匹配单独的“不能”。',
        '条件式的承诺（如果是我们的质量问题一定会为您处理好）不报告；条件式的免责（如果是人为损坏我们不负责）降为警告。',
        '撇清对快递的控制权（快递不归我们管、我们干涉不了快递）按 §19.4 与 no-blame-courier、no-disclaim-courier-control 一起报告。',
        '“您要找平台”把顾客推给平台，为警告。',
      ],
    },
  },
  triggers: [
    { pattern: `${US}(也|是|都)?(概不负责|不负责|不能负责|无法负责|不负任何责任|不承担任何责任|不承担责任|不予负责|负不了责|没法负责|不会负责|不负这个责)`, except: [`${US}(也|是|都)?不负责任`] },
    { pattern: '概不负责' },
    { pattern: `不是${US}(这边)?(开|发|负责|处理|经手)的`, except: [`是不是${US}(这边)?(开|发|负责|处理|经手)的`] },
    { pattern: `(跟|和|与)${US}(这边)?(没有|没|无|毫无|没啥)(任何)?(关系|关联|干系)` },
    { pattern: `(与|和|跟)${US}无关` },
    { pattern: `${US}(也)?(是)?(不能|无法|没法|没办法|不可)避免` },
    { pattern: `${US}(就|也)?(不管了|不管的|管不着|不予处理|不予受理|不予理会)` },
    { pattern: `不归${US}管` },
    { pattern: `${US}(也)?(管不了|干涉不了|控制不了|左右不了)(快递|物流)` },
    { pattern: '(快递|物流)(公司)?…{6}(不是我们开的|我们管不了|我们干涉不了|我们控制不了)' },
    { pattern: '(您|你)(要|得|只能|需要|自己)(去)?找(平台|淘宝|天猫|京东|小二|官方)', severity: 'warning', message: '把顾客推给平台是推诿：先由店铺处理，例如“这个问题我来帮您处理，处理不了我会帮您申请主管介入”。' },
  ],
  check(ctx) {
    for (const h of ctx.hits) {
      const conditional = conditionalOrQuestion(ctx.text, h.start, h.end);
      ctx.report({
        start: h.start, end: h.end, severity: conditional && !h.trigger.severity ? 'warning' : undefined,
        message: conditional && !h.trigger.message ? '条件式的免责（如果…我们不负责）仍让顾客觉得被推开：说清楚店铺能做什么，例如“如果是人为损坏，我们也可以帮您联系维修，费用我先帮您确认”。' : undefined,
      });
    }
  },
};
