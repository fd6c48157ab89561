import type { RuleModule } from '../api';

/**
 * C2. Citing standards, tolerances or rules to show the customer is wrong. Graded by what comes
 * with it: neither apology nor help → warning; one of them → info; both → fine (catalog §4 C2
 * trap). A pre-sales or in-sales reply states the tolerance as product information → not reported.
 */
export const noRulesLawyering: RuleModule = {
  meta: {
    id: 'no-rules-lawyering',
    category: 'C',
    severity: 'warning',
    scope: 'context',
    title: '不要搬出标准或规定来证明顾客不对',
    message: '用“国家标准误差范围内/属于正常现象/详情页已写明”来回应顾客的不满，等于说顾客错了：先道歉并认同顾客的感受，再说明事实并给出解决办法，例如“给您带来困扰非常抱歉，尺码为手工测量可能有1-3cm误差，如不合适我们支持退换”。',
    docs: {
      why: '种子考试题「对店铺不利的评价,下面客服所作的评价解释,不恰当的有ABCD」把「客服B解释:描述中的尺码说明为手工测量,可能有2~3CM误差,属于国家标准误差范围内。」列为不恰当的解释（000_37cadcef1d5464bd.txt）：事实也许没错，但只拿标准证明顾客不对，没有道歉也没有帮助。',
      bad: [
        '描述中的尺码说明为手工测量,可能有2~3CM误差,属于国家标准误差范围内。',
        '新衣服有点味道属于正常现象。',
        '平台规定就是这样的。',
        '详情页已经写明了。',
      ],
      good: [
        '手工测量可能有1-3cm误差,给您带来不便很抱歉,如果不合适我们包退换。',
        '感谢您的反馈,尺码给您带来困扰非常抱歉,我们的尺码为手工测量,可能存在1-3cm误差,如不合身,我们支持退换,马上为您处理。',
      ],
      notes: [
        '分级：没有道歉也没有补救措施时为警告；只有其一时为提示；道歉和补救（退换、补发、马上为您处理）都有时不报告。',
        '售前、售中话术（scenario: pre-sales / in-sales）里说明误差范围是商品信息，不报告。',
      ],
    },
  },
  triggers: [
    { pattern: '(属于|在)(国家|国标|行业)?(标准|规定|允许|正常|合理)?(的)?(误差)(范围)(内|之内|以内)' },
    { pattern: '(属于|在)(国家|国标|行业)(标准|规定)(的)?(范围)?(内|之内|以内)' },
    { pattern: '符合(国家|国标|行业)(标准|规定)' },
    { pattern: '属于正常(现象|情况|范围)', negatable: true },
    { pattern: '(平台|淘宝|天猫|京东|公司)(的)?规定(就是|就)(这样|这么)' },
    { pattern: '(这是|这属于|属于)行业(惯例|规矩|常规)' },
    { pattern: '(详情页|宝贝描述|商品描述|页面上|详情里)(上|里|中)?(已经|都|早就)(写明|写清楚|标明|注明|说明|写)(了|过)' },
  ],
  check(ctx) {
    const s = ctx.script.scenario;
    if (s === 'pre-sales' || s === 'in-sales') return;
    const apology = ctx.has('@APOLOGY');
    const remedy = ctx.has('@REMEDY');
    if (apology && remedy) return;
    const severity = apology || remedy ? 'info' : 'warning';
    for (const h of ctx.hits) {
      ctx.report({
        start: h.start, end: h.end, severity,
        message: severity === 'info'
          ? '引用了标准或规定，虽然已有道歉或补救，仍容易让顾客觉得在说他不对：请同时道歉并给出具体解决办法（退换、补发等）。'
          : undefined,
      });
    }
  },
};
