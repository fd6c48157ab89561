import type { RuleModule } from '../api';
import { isQuestion, SEED } from './shared';

/** G5. No substitute goods category, and no other company as the issuer. */
export const invoiceCategoryAndEntityMatch: RuleModule = {
  meta: {
    id: 'invoice-category-and-entity-match',
    category: 'G',
    severity: 'error',
    scope: 'text',
    penalty: 6,
    title: '发票类目和开票公司要如实',
    message: '只肯开别的类目（如办公用品）或别的公司名义的发票违反平台发票规则（违规成立扣 6 分）。发票内容按实际购买的商品开，开票方是本店经营公司，例如“发票内容会按您购买的商品如实开具”。',
    docs: {
      why: `平台培训资料「一、发票问题(违规成立,扣6分)」把「(5)经营类目为A,告知只能开具B类目发票(如鞋类商家告知买家只能开办公用品),或A公司只能开B公司名称的发票。」列为常见违规（${SEED}）。违规成立扣 6 分。`,
      bad: [
        '亲,发票只能开办公用品哦',
        '我们只能开“日用品”',
        '发票是我们合作公司开的哦',
        '开票方是另一家公司,您放心',
      ],
      good: [
        '发票内容会按您购买的商品如实开具,开票方为本店经营公司',
        '发票内容可以选择商品明细或者商品大类',
        '现在发票不开具办公用品的哦,会按实际商品开',
      ],
      notes: [
        '买家要求改成别的内容（如要求开成办公用品）而店铺婉拒，是允许的，不报告；本规则只管商家自己替换类目或公司。',
        '店铺确实经营该类目时（如文具店只能开办公用品）可以用行内指令关闭本条。',
      ],
    },
  },
  triggers: [
    { pattern: '只能(开|开具|开成|开为|写)(成|为)?(“|")?(办公用品|日用品|礼品|服务费|办公耗材|劳保用品|百货|杂货|耗材|咨询费|技术服务费|材料费|劳务费|生活用品|其他类)', tag: 'category' },
    { pattern: '(发票|开票)(内容|明细|类目|项目|品名)?(只能|统一|一律)(开|写|是|开成|开为|为)(成|为)?(“|")?(办公用品|日用品|礼品|服务费|办公耗材|劳保用品|百货|杂货|耗材|咨询费|技术服务费|材料费|劳务费|生活用品)', tag: 'category' },
    { pattern: '(开票方|开票单位|开票公司|开票主体|销售方|发票)(是|由|为|会由|都是|是由|都由|用)…{6}(合作|关联|其他|另一家|别的|第三方|兄弟|朋友)(的)?(公司|单位|企业)', tag: 'entity' },
    { pattern: '(其他|别的|另一家|合作|第三方|关联|兄弟)(公司|单位|企业)(代开|开具|来开|开的|帮忙开|帮开)', tag: 'entity' },
  ],
  check(ctx) {
    for (const h of ctx.hits) {
      if (isQuestion(ctx.text, h)) continue;
      // the buyer's own other company as the title (发票可以开您其他公司的抬头) is the buyer's choice
      if (h.trigger.tag === 'entity' && /(您|你|抬头)/.test(ctx.text.slice(h.start, h.end))) continue;
      ctx.report({ start: h.start, end: h.end });
    }
  },
};
