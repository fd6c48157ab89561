import type { RuleModule } from '../api';

/**
 * E8 (info, derived). 买家/客户/顾客 used for the person being addressed, in a statement about what
 * they must do, pay or bear (由买家承担, 请买家多担待, 如果是客户不喜欢). The fix replaces the noun
 * with 您. Not: other buyers (其他买家的评价, 很多顾客反映), and a platform rule quoted once
 * (根据平台规则,买家…); a second such mention in the reply is reported.
 */
const OTHERS_BEFORE = /(其他|其它|很多|好多|有些|有的|部分|不少|大部分|多数|别的|老|新|每位|每个|每一位|广大|各位|所有|一些|个别|该|那位|这位|位|名|我们的|咱们的|的)$/;
const RULE_BEFORE = /(根据|按照|依照|按).{0,8}(规则|规定|政策|条款|协议)/;

export const noThirdPersonCustomerReference: RuleModule = {
  meta: {
    id: 'no-third-person-customer-reference',
    category: 'E',
    severity: 'info',
    scope: 'text',
    title: '对顾客本人说“您”，不说“买家/客户”',
    message: '对正在沟通的顾客称“买家/客户/顾客”，像在念规章、显得冷淡：请直接说“您”，例如“来回运费需要您这边承担哦”。',
    fixable: true,
    docs: {
      why: '种子培训资料要求「少用我字,多用您或咱们」（000_37cadcef1d5464bd.txt），并提醒「不要用淡漠的语气和顾客沟通」（001_87bc0df9dc2bb46e.txt）。种子话术「亲如果是您不喜欢 退换的来回运费是由买家承担的。」「如果是客户不喜欢 来回的运费是买家承担的」（001_87bc0df9dc2bb46e.txt）对着顾客本人说“买家/客户”，读起来像在划清界限。（本规则由种子话术推导而来。）',
      bad: [
        '亲如果是您不喜欢 退换的来回运费是由买家承担的。',
        '快递公司的事我们也干涉不了,请买家多担待。',
        '拍错的话买家需自行承担运费',
      ],
      good: [
        '亲,如果是不喜欢退换的话,来回运费需要您这边承担哦,您的订单有运费险的话可以抵扣~',
        '您可以看一下其他买家的评价,我也帮您参考一下尺码',
        '根据平台规则,买家需承担退货运费,您的订单有运费险可以抵扣哦',
      ],
      notes: [
        '快速修复把“买家/客户/顾客”换成“您”。',
        '只报告说顾客本人要做什么、付什么、承担什么的句子（买家承担、请买家多担待、客户不喜欢、买家需自行…）；“其他买家的评价”“很多顾客反映”说的是别人，不报告。',
        '逐字引用平台规则（根据平台规则,买家…）一次可以接受；同一条回复里再这样说就会报告。',
      ],
    },
  },
  triggers: [
    { pattern: '(买家|客户|顾客)(来|自己|自行|需|须|必须|需要|要|得)?(承担|负责|支付|出运费|付运费|补运费|补邮费|承受)' },
    { pattern: '(请|让|麻烦)(买家|客户|顾客)(多|您)?(担待|理解|谅解|配合|见谅|耐心等待)' },
    { pattern: '(是|如果|若|假如)(买家|客户|顾客)(不喜欢|不想要|拍错|买错|选错|自己|个人原因)' },
    { pattern: '(买家|客户|顾客)(需|须|需要|必须)自行' },
  ],
  check(ctx) {
    const t = ctx.text;
    let ruleQuoted = false;
    for (const h of ctx.hits) {
      const span = t.slice(h.start, h.end);
      const k = Math.max(span.indexOf('买家'), span.indexOf('客户'), span.indexOf('顾客'));
      const ns = h.start + k;
      if (OTHERS_BEFORE.test(t.slice(Math.max(0, ns - 4), ns))) continue;
      if (!ruleQuoted && RULE_BEFORE.test(t.slice(Math.max(0, ns - 14), ns))) { ruleQuoted = true; continue; }
      ctx.report({ start: ns, end: ns + 2, replacement: '您', fixTitle: '改为“您”' });
    }
  },
};
