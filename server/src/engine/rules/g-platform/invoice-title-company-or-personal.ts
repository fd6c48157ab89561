import type { RuleModule } from '../api';
import { clauseText, hasAny, isQuestion, phraseAfter, SEED, VAT_SPECIAL } from './shared';

/** G6. Both company and personal titles are allowed (special VAT invoices excepted). */
export const invoiceTitleCompanyOrPersonal: RuleModule = {
  meta: {
    id: 'invoice-title-company-or-personal',
    category: 'G',
    severity: 'error',
    scope: 'text',
    penalty: 6,
    title: '公司和个人抬头都可以开',
    message: '拒绝开公司抬头或个人抬头的发票违反平台发票规则（违规成立扣 6 分）。两种抬头都可以开，例如“亲,个人和公司抬头都可以开的,公司抬头麻烦提供一下税号哦~”。',
    docs: {
      why: `平台培训资料「一、发票问题(违规成立,扣6分)」明确「(6)可开抬头为公司的发票,也可以开个人发票。」（${SEED}）。只开一种抬头属于拒绝开票，违规成立扣 6 分。`,
      bad: [
        '亲,我们只能开个人抬头哦',
        '不能开公司抬头的',
        '个人不能开发票哦',
      ],
      good: [
        '亲,个人和公司抬头都可以开的,公司抬头麻烦提供一下税号哦~',
        '个人抬头不能开增值税专用发票,可以开普通发票哦',
        '专票只能开公司抬头的哦',
      ],
      notes: ['增值税专用发票（专票、增票）可按店铺实际情况要求（种子:「(3)关于增值发票开具的要求,可根据店铺实际情况梳理。」），所在句子提到专票时不报告。'],
    },
  },
  triggers: [
    { pattern: '只(能开|开|开具|能开具|可以开|给开)(个人|公司|单位|企业)(抬头|发票|的发票|的|票)' },
    { pattern: '(个人|公司|单位|企业)(抬头)(的)?(发票|票)…{6}(开不了|开不出|不能开|不开|没法开|无法开具|不支持)' },
    { pattern: '(不能|不可以|无法|没法|不支持|不给|不)(开|开具)(个人|公司|单位|企业)(抬头|发票|的发票|的票|票)' },
    { pattern: '(个人|公司|单位|企业)(抬头)?(不能|不可以|无法|没法|不支持|不给)(开|开具)(发票|票|抬头)?' },
    { pattern: '(个人|公司|单位|企业)抬头(开不了|开不出|不行|不可以|不能开|不支持)' },
  ],
  check(ctx) {
    for (const h of ctx.hits) {
      if (isQuestion(ctx.text, h)) continue;
      if (hasAny(clauseText(ctx.text, h.start), VAT_SPECIAL)) continue;
      // 公司抬头不支持修改: a refusal to change a title, not to issue one (no-blunt-refusal, §19.9)
      if (/^(修改|更改|变更|换开|改|换)/.test(phraseAfter(ctx.text, h.end))) continue;
      ctx.report({ start: h.start, end: h.end });
    }
  },
};
