import type { RuleModule } from '../api';

/**
 * C9 (derived). Downplaying the customer's problem. Hedged product facts in pre-sales are fine
 * (FX-001-06), so most phrases fire only in a complaint context: the script is a complaint
 * (ctx.isComplaint()), an after-sales or review script, or the reply itself apologises or offers
 * a remedy (it answers a problem). A few phrases dismiss in any context (没什么大不了 / 至于吗).
 */
export const noMinimizeCustomerConcern: RuleModule = {
  meta: {
    id: 'no-minimize-customer-concern',
    category: 'C',
    severity: 'warning',
    scope: 'context',
    title: '不要淡化顾客遇到的问题',
    message: '这是在淡化顾客的问题（不影响使用/小问题/很正常），顾客会觉得自己的感受被否定：先认同顾客的感受并道歉，再给出补偿或换新，例如“收到有磨损的宝贝肯定很影响心情，真的很抱歉，我们给您免费换新，您看可以吗？”。',
    docs: {
      why: '这是由种子推导出的规则：种子要求「(六)认同客户的感受」，判断题「处理客户投诉时,对客户说“我能明白你为什么会有这种感觉”其实是对客户的情感表达理解。( )√」「真正地倾听是要听两方面的内容,事实和情感。 √」（003_0eb3ff2274ce9cfe.txt）。手册的售后话术却对有磨损的宝贝说「这个不会影响您的正常使用的」（001_87bc0df9dc2bb46e.txt），这就是淡化顾客的问题。',
      bad: [
        '这个不会影响您的正常使用的,要不这样我们给您退xx钱作为补偿好吗',
        '这点小问题不影响的',
        '没什么大不了的',
        '别人都没说有问题',
      ],
      good: [
        '（售前咨询色差）当然不同显示器显示可能稍有不同,不过一般影响不大,您可以在同事电脑上也打开看下~',
        '亲,收到有磨损的宝贝肯定很影响心情,真的很抱歉,我们给您退10元作为补偿,或者给您免费换新,您看哪种更方便?',
        '只要不影响二次销售就可以退的哦',
      ],
      notes: [
        '只在投诉/售后语境报告：话术的 scenario 是 complaint、after-sales 或 review，或顾客的话里有投诉、不满（ctx.isComplaint()），或回复本身在道歉、给补救（说明是在回应问题）。售前回答商品事实（不过一般影响不大）不报告。',
        '“没什么大不了/至于吗/这点小事”在任何语境都是轻视，直接报告。',
      ],
    },
  },
  triggers: [
    { pattern: '不(会)?影响(您|你)?(的)?(正常)?(使用|用|佩戴|穿着|穿戴|效果|质量|功能|美观)', tag: 'ctx', except: ['(只要|如果|若|是否|会不会|有没有|确保|保证)…{6}不(会)?影响…{4}(使用|用|佩戴|穿着|穿戴|效果|质量|功能|美观)'] },
    { pattern: '(这点|这种|一点|一点点)?小(问题|毛病|瑕疵|划痕|磨损)…{6}(不影响|没关系|没什么关系|没事|不碍事|无所谓|很正常)', tag: 'ctx' },
    { pattern: '(一般|基本|其实)?影响不大', tag: 'ctx' },
    { pattern: '(这|这个|这种情况|这种)(是|也是|都是)?(很|挺|非常)正常(的)?', tag: 'ctx', negatable: true },
    { pattern: '(别人|其他人|其他顾客|别的顾客|其他买家|别的买家)都(没|没有)(说|反映|遇到|出现)', tag: 'ctx' },
    { pattern: '不仔细看(的话)?(是)?看不出(来)?', tag: 'ctx' },
    { pattern: '(没什么|没啥|有什么)大不了' },
    { pattern: '至于(吗|嘛|么)' },
    { pattern: '(这点|这么点)小事' },
  ],
  check(ctx) {
    const s = ctx.script.scenario;
    const complaint = ctx.isComplaint() || s === 'after-sales' || s === 'review'
      || (s !== 'pre-sales' && s !== 'in-sales' && (ctx.has('@APOLOGY') || ctx.has('@REMEDY')));
    for (const h of ctx.hits) {
      if (h.trigger.tag === 'ctx' && !complaint) continue;
      ctx.report({ start: h.start, end: h.end });
    }
  },
};
