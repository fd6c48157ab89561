import type { RuleModule } from '../api';
import { blameEscalates } from './util';

/**
 * A1. Graded (catalog §2 A1): error with neither apology nor remedy, or when a redirect,
 * disclaimer or denial co-occurs; warning with an apology only; no finding with apology + remedy.
 * Courier-control disclaimers (快递不归我们管, §19.4) are always errors: they fire this rule,
 * no-disclaim-courier-control and no-disclaim-responsibility together.
 */
export const noBlameCourier: RuleModule = {
  meta: {
    id: 'no-blame-courier',
    category: 'A',
    severity: 'error',
    scope: 'text',
    title: '不要把问题推给快递',
    message: '把问题归咎于快递/物流是推卸责任：先道歉，再由店铺承担解决（补发、退款、运费我们承担），例如“非常抱歉，包裹在运输途中出了问题，我马上为您补发”。',
    docs: {
      why: '种子培训资料要求「不管是买家的过失还快递公司的问题,都应该及时解决,不能回避、推脱。」（000_37cadcef1d5464bd.txt），考试题把「亲的货被快递公司遗失了,请找快递公司索赔」列为客服不能说的话。可以如实说明物流情况，但解决问题的责任在店铺。',
      bad: [
        '亲 可能是在快递的过程中压坏的,我们再发货的之前都检查好了的,物流中的摩擦是我们不能避免的哦。',
        '亲,是快递给发错地方了哦',
        '这是快递的问题,不是我们的问题',
        '快递不归我们管,请您多担待。',
      ],
      good: [
        '亲,您好,非常抱歉给您带来了不好的购物体验,我刚联系快递公司,那边说件不小心丢失了,您看我们这边可以给您重新安排发货吗?',
        '如果我们快递公司给您带来了不便,我们很抱歉给您添麻烦了,请您放心,我们一定给您一个满意的答复。',
        '亲,默认申通或者圆通呢',
      ],
      notes: [
        '分级：既无道歉也无补救措施，或同时出现“让顾客找快递”“快递不归我们管”“不是我们的问题”时为错误；只有道歉、没有具体补救时为警告；道歉加补救（补发、退款、重新安排发货）时不报告。',
        '“快递不归我们管”“快递我们管不了”这类撇清控制权的说法（§19.4）同时触发本规则、no-disclaim-courier-control 和 no-disclaim-responsibility，始终为错误。',
        '“我们快递公司”这种把快递当作自己一方的说法不报告。',
        '把延误归到快递、配送的人手或运力不足上（由于过年期间配送人力缺少，导致物流延迟）也算（第十四轮真实语料评测）；“配送也有请假回家的，所以人力比较少”同样（第二十三轮）。“物流/快递耽搁了”和“耽误了”一样把延误推给快递，也报告（第一百零四轮）。',
      ],
    },
  },
  triggers: [
    { pattern: '(是|因为|由于|都是|可能是)(在)?(快递|物流)(公司|员|小哥|那边|方面)?…{8}(弄坏|压坏|摔坏|弄丢|丢失|遗失|丢了|发错|送错|延误|延迟|耽误|耽搁|的问题|的原因|的责任|造成|导致|压的|摔的|弄的)', negatable: true },
    { pattern: '(快递|物流)(公司|员|小哥|那边)?(给|把)?…{4}(弄坏|压坏|摔坏|弄丢|丢失|遗失|发错|送错|延误了|耽误了|耽搁了|暴力分拣)', negatable: true, except: ['我们(的)?快递(公司)?'] },
    { pattern: '物流中的…{6}(不能|无法|没法)避免' },
    // 由于过年期间配送人力缺少，导致物流延迟: the delivery staff as the cause
    { pattern: '(由于|因为|是)…{8}(快递|物流|配送)(的)?(人力|人手|运力)(缺少|不足|紧张|短缺|不够)', negatable: true },
    // 配送也有请假回家的…所以人力比较少
    { pattern: '(快递|物流|配送)(员|小哥|师傅)?(也)?(有)?(请假|放假)(回家)?(的)?…{6}(人力|人手|运力)(比较|很|太|有点)?(少|不足|紧张|短缺|不够)', negatable: true },
    { pattern: '(要|得|该)怪快递' },
    { pattern: '(快递|物流)(慢|延误|的事)…{4}(我们也没办法|我们也没有办法|我们也无能为力)' },
    { pattern: '(快递|物流)(公司)?…{6}(不归我们管|不是我们开的|我们管不了|我们控制不了|我们干涉不了|不在我们的控制范围)', tag: 'control' },
  ],
  check(ctx) {
    const escalate = blameEscalates(ctx) || ctx.hits.some((h) => h.trigger.tag === 'control');
    const apology = ctx.has('@APOLOGY');
    const remedy = ctx.has('@REMEDY');
    for (const h of ctx.hits) {
      if (!escalate && apology && remedy) continue;
      const severity = escalate || !apology ? 'error' : 'warning';
      ctx.report({
        start: h.start, end: h.end, severity,
        message: severity === 'warning'
          ? '已经道歉，但仍把原因归于快递且没有给出具体补救：请由店铺承担解决，例如“我马上为您补发/退款，运费由我们承担”。'
          : undefined,
      });
    }
  },
};
