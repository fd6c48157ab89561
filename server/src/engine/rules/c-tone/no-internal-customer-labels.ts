import type { RuleModule } from '../api';

/**
 * C8 (derived). The seeds' internal, pejorative labels for customers must never reach a
 * customer. In a review reply (scenario `review`), labels of the review itself (恶意评价/恶意差评)
 * are left alone (the exam says an explanation may show a review is malicious); labels of the
 * reviewer still fire (§4 C8 trap).
 */
export const noInternalCustomerLabels: RuleModule = {
  meta: {
    id: 'no-internal-customer-labels',
    category: 'C',
    severity: 'error',
    scope: 'context',
    title: '不要把内部对顾客的贬称说给顾客',
    message: '这是对顾客的贬称（难缠、职业差评师、恶意买家、讹诈…），说给顾客听就是辱骂：只陈述事实和我们能提供的帮助，例如“关于您提到的问题，我们已多次联系您希望协助处理，如您仍有需要，请随时联系在线客服”。',
    docs: {
      why: '这是由种子推导出的规则：种子里的内部笔记会给顾客贴标签，如「如果是比较难缠的客户,硬是不出运费」「那基本遇上职业差评师了,准备好补偿吧」（001_87bc0df9dc2bb46e.txt）、「假设如果遇到恶意买家咨询或拍下订单」（002_c8fa4cc30f1a7fd9.txt），考试题把「指责顾客讹诈货款」列为不恰当的评价解释（000_37cadcef1d5464bd.txt）。把这些说给顾客就是种子严禁的「任何形式的语言冲突」（000_37cadcef1d5464bd.txt）。',
      bad: [
        '您这样的难缠客户我们见多了',
        '您是职业差评师吧',
        '该买家无理要求退部分货款,未果后恶意差评,属于讹诈。',
        '我们不接受羊毛党下单',
      ],
      good: [
        '感谢您的评价,关于您提到的问题,我们已多次联系您希望协助处理,如您仍有需要,请随时联系在线客服。',
        '这款适合喜欢奇幻风格的朋友',
      ],
      notes: [
        '在聊天回复里一律报告。在评价解释（scenario: review）里，“恶意评价/恶意差评”是说评价本身，不报告；直接给评价人贴标签（差评师、恶意买家、讹诈）仍报告。',
        '标签词表：难缠的客户/顾客/买家、职业差评师、差评师、恶意买家/顾客/客户、恶意评价/差评/退款/投诉、奇葩（客户/顾客/买家）、讹诈、敲诈、羊毛党、白嫖党、碰瓷、刁民、无理取闹的买家、事儿多的客户。',
      ],
    },
  },
  triggers: [
    { pattern: '难缠(的)?(客户|顾客|买家|客人|人)' },
    { pattern: '(职业)?差评师' },
    { pattern: '恶意(买家|顾客|客户|客人|用户)' },
    { pattern: '恶意(评价|差评|中评|退款|退货|投诉|拍下|下单)', tag: 'act' },
    { pattern: '奇葩(的)?(客户|顾客|买家|客人|要求)' },
    { pattern: '(讹诈|敲诈|勒索|碰瓷)', except: ['谨防(讹诈|敲诈|勒索|碰瓷)', '(防|防止)(讹诈|敲诈|勒索|碰瓷)'] },
    { pattern: '(羊毛党|白嫖党|白嫖|刁民|刁蛮的客户|刁蛮的顾客|刁蛮的买家|刁蛮客户|刁蛮顾客|刁蛮买家)' },
    { pattern: '(无理取闹|胡搅蛮缠|事儿多|事多)的(客户|顾客|买家|客人|人)' },
  ],
  check(ctx) {
    const review = ctx.script.scenario === 'review';
    for (const h of ctx.hits) {
      if (review && h.trigger.tag === 'act') continue;
      ctx.report({ start: h.start, end: h.end });
    }
  },
};
