import type { RuleModule } from '../api';
import { clauseAt } from '../../text/context';

/**
 * H1. Internal company information in a reply: purchase prices and margins, suppliers, internal
 * penalties and KPIs, what the boss said, colleagues' mistakes. Internal discipline (找出责任人并
 * 严惩) is info (catalog FX-001-18); everything else is a warning. Public shop facts (发货地, 合作快递,
 * 发货时效) and marketing words (厂家直销, 成本价清仓) do not fire.
 */
export const noLeakCompanyInfo: RuleModule = {
  meta: {
    id: 'no-leak-company-info',
    category: 'H',
    severity: 'warning',
    scope: 'text',
    title: '不要泄露公司内部信息',
    message: '回复里透露了公司内部信息（进价、利润、供货厂家、内部处罚或考核、领导的话、同事的失误）。这些不该对顾客说，请只讲顾客关心的价格、品质和服务，例如“亲,这个价格已经是我们的活动优惠价了,品质和售后都有保障的哦~”。',
    docs: {
      why: '培训资料的【严禁事项】写明「严禁向外泄露公司之任何资料。」「严禁利用职务便利窃取公司机密或任何形式的谋利行为。」（000_37cadcef1d5464bd.txt）。店铺手册的话术里也出现过内部信息，例如「我们公司现在都是没有利润甚至亏本的。」（001_87bc0df9dc2bb46e.txt）。',
      bad: [
        '我们公司现在都是没有利润甚至亏本的',
        '我们进价就要50',
        '这款利润只有5块',
        '厂家是东莞的一家代工厂',
        '收到中差评我会被扣工资的',
        '我们主管说了不能退',
        '仓库那个新来的总出错',
      ],
      good: [
        '亲,这个价格已经是我们的活动优惠价了,品质和售后都有保障的哦~',
        '我们是厂家直销,价格很实惠',
        '我们从杭州发货,默认发中通',
        '我帮您申请一下主管,争取给您优惠',
      ],
      notes: [
        '分级：进价、利润、供货方、内部处罚与考核、领导指示、同事失误为警告；处理内部人员（这边会找出责任人并严惩的）为提示（目录 FX-001-18）。',
        '对外公开的店铺信息（发货地、合作快递、发货时效）和营销用语（厂家直销）不报告；申请主管、转主管处理是升级路径，不报告。',
      ],
    },
  },
  triggers: [
    { pattern: '(进价|进货价|拿货价|出厂价|采购价|批发价|成本价)(就|都|是|才|也|要|只有|已经|高|都要|就要|是多少)', tag: 'cost', except: ['成本价(出售|清仓|销售|甩卖|处理|卖给您|给您)'] },
    { pattern: '(我们|我们的|这款|这个|店里)(的)?(成本|进价|拿货价)(都|就|是|才|也|要|已经|价)', tag: 'cost' },
    { pattern: '(利润|毛利|赚头)(只有|就|才|都|也就|很低|很薄|不到|没有|几乎为零)', tag: 'cost' },
    { pattern: '(没有|没|零)利润', tag: 'cost' },
    { pattern: '(亏本|赔本|亏钱|倒贴)(的|卖|在卖|了|给您)', tag: 'cost' },
    { pattern: '(厂家|工厂|供应商|供货商|代工厂|货源)(是|叫|为|来自|在)…{6}(的)?(厂|工厂|公司|代工)', tag: 'supplier' },
    { pattern: '(我们|我)(是)?(从|在)…{8}(进货|拿货|拿的货|进的货)', tag: 'supplier' },
    { pattern: '(中差评|差评|投诉)…{8}(会|要|就)?(被)?(罚款|扣钱|扣工资|处罚|扣绩效|扣奖金|扣分|开除|罚钱)', tag: 'penalty' },
    { pattern: '(我|我们)(会|就|要)?(被)?(扣工资|扣钱|罚款|扣绩效|扣奖金|开除|罚钱|挨骂|被骂)', tag: 'penalty' },
    { pattern: '相应的处罚', tag: 'penalty' },
    { pattern: '(kpi|绩效|考核指标|提成|业绩指标)', tag: 'kpi', boundary: true },
    { pattern: '(主管|领导|老板|经理|上级)(说了|已经说了|规定了|不让|不同意|不允许|交代)', tag: 'boss', except: ['(跟|和|向|给|找|同|帮您问)(主管|领导|老板|经理|上级)(说了|已经说了)', '客户经理'] },
    { pattern: '新来的…{6}(总|老是|经常|又|总是)(出错|搞错|发错|犯错|弄错)', tag: 'staff' },
    { pattern: '(找出|追究|查出)(责任人|相关人员|负责人)…{8}(严惩|处罚|开除|处理|问责)', tag: 'discipline', severity: 'info', message: '“找出责任人并严惩”是公司内部管理，对顾客说意义不大，还透露了内部处理。可以改成“我们会改进工作,避免再次发生”。' },
  ],
  check(ctx) {
    const done: { clause: number; tag?: string }[] = [];
    for (const h of ctx.hits) {
      // one finding per kind of information per clause (没有利润甚至亏本的 is one statement)
      const [cs] = clauseAt(ctx.text, h.start);
      if (done.some((d) => d.clause === cs && d.tag === h.trigger.tag)) continue;
      done.push({ clause: cs, tag: h.trigger.tag });
      if (h.trigger.tag === 'penalty') {
        // the courier being fined after a complaint is not the shop's internal matter
        const [s, e] = clauseAt(ctx.text, h.start);
        if (/(快递|配送|物流|小哥|站点)/.test(ctx.text.slice(s, e))) continue;
      }
      ctx.report({ start: h.start, end: h.end });
    }
  },
};
