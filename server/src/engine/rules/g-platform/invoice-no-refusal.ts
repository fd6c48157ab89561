import type { RuleModule } from '../api';
import { clauseText, deferTo, hasAny, isQuestion, phraseAfter, phraseBefore, restOfClause, SEED, VAT_SPECIAL } from './shared';

/**
 * G1. Refusing to issue an invoice at all (不开发票 / 发票开不了 / 没有发票的哦). Refusing to
 * re-issue (换开) is `no-blunt-refusal`'s (§19.9); special VAT invoices, a paper → electronic
 * switch and "not yet issued" (还没开具, 订单完成后…) are no refusal. A more specific invoice rule
 * (特价 G3, excuse G4, title type G6) in the same clause owns the finding.
 */
export const invoiceNoRefusal: RuleModule = {
  meta: {
    id: 'invoice-no-refusal',
    category: 'G',
    severity: 'error',
    scope: 'text',
    penalty: 6,
    title: '不能拒绝开发票',
    message: '拒绝开发票违反平台发票规则（违规成立扣 6 分）：买家付过款就必须无偿提供发票。请明确说可以开，例如“亲,可以开发票的哦~麻烦提供一下抬头和税号,我们会随货寄出或发电子发票给您”。',
    docs: {
      why: `平台培训资料「一、发票问题(违规成立,扣6分)」规定「发票问题的标准:只要买家有支付过货款,商家就需要无偿向索要发票的买家提供发票,不能拒绝,不能要额外的费用」，并把「(1)商家表示不提供发票。」列为常见违规，提醒客服「(1)必须说明可以开具发票;」（${SEED}）。违规成立扣 6 分。`,
      bad: [
        '不好意思亲,我们店不开发票的哦',
        '亲,发票开不了呢',
        '亲,小店没有发票的哦',
        '要发票的话就不能包邮了哦',
      ],
      good: [
        '亲,可以开发票的哦~麻烦您提供一下抬头和税号,我们会随货寄出',
        '不用担心,发票可以开的,订单完成后会发电子发票给您',
        '发票还没有开具出来,订单完成后系统会自动开具哦',
        '个人抬头不能开增值税专用发票,可以为您开普通发票哦',
        '您是不需要发票了吗?',
      ],
      notes: [
        '只管“完全拒绝开票”。拒绝换开（已开发票改抬头、改内容）归 no-blunt-refusal（§19.9）。',
        '增值税专用发票可按店铺实际情况要求（种子:「关于增值发票开具的要求,可根据店铺实际情况梳理。」），纸质改电子、还没开出来（还没开具、订单完成后再开）都不算拒绝。',
        '同一句里已由更具体的发票规则报告（特价不开票 invoice-no-promo-exclusion、借口 invoice-excuse-needs-reissue-plan、抬头类型 invoice-title-company-or-personal）时，本规则不再重复报告。',
        '问句（您是不开发票吗?）和顾客自己不要发票（如果您不开发票的话）不报告。',
        '没有安全的一句话替换，所以不提供快速修复。',
      ],
    },
  },
  triggers: [
    { pattern: '(不|无法|不能|没法|没办法|不可以|不给|不予|不支持|不会)(提供|开具|开|出具|给您开|帮您开|开出|给开)(发票|票)', tag: 'refuse' },
    { pattern: '发票(是|我们|这边|我们这边|这边是|我们是|我这边|这里)?(开不了|开不出来|开不出|不能开|没法开|没办法开|无法开具|无法开|无法提供|不提供|不开|不给开|不能提供|不可以开|不能开具|提供不了)', tag: 'subject' },
    { pattern: '(开|开具|提供)(不了|不出)(发票|票)', tag: 'refuse' },
    { pattern: '(没有|没)(发票|票)(的|哦|呢|哈|呀|啊|噢|喔|,|。|!|~|啦)', except: ['(没有|没)(发票|票)的话', '(没有|没)(发票|票)的(订单|商品|情况|问题)'], tag: 'none' },
    {
      pattern: '(要|开|需要|开具)(发票|票)(的话)?…{6}(就)?(不能|不|没法|无法)(包邮|优惠|参加活动|享受优惠|享受活动|用券|用优惠券)',
      message: '把开发票和放弃包邮、优惠挂钩等于变相拒绝或加价（违规成立扣 6 分）。开票必须无条件、无额外费用，例如“亲,发票可以正常开,活动优惠和包邮都照常享受哦”。',
      tag: 'condition',
    },
  ],
  check(ctx) {
    const t = ctx.text;
    for (const h of ctx.hits) {
      if (isQuestion(t, h)) continue;
      if (deferTo(ctx, h, ['invoice-no-promo-exclusion', 'invoice-excuse-needs-reissue-plan', 'invoice-title-company-or-personal'])) continue;
      const clause = clauseText(t, h.start);
      if (hasAny(clause, VAT_SPECIAL)) continue;
      if (h.trigger.tag !== 'condition') {
        // paper → electronic is still an invoice; 换开 / 重开 refusals belong to no-blunt-refusal
        if (hasAny(clause, ['电子发票', '电子票', '纸质', '换开', '重开', '重新开', '修改'])) continue;
        // 包裹里没有发票,会单独寄给您: an invoice that travels separately is no refusal
        if (h.trigger.tag === 'none' && hasAny(clause, ['单独', '另外', '随后', '稍后', '寄出', '寄给您', '补寄', '补开', '会开', '下载', '发到'])) continue;
        const before = phraseBefore(t, h.start, 4);
        // the customer's own choice (如果您不开发票的话), double negation (不是不开), "not yet"
        if (/(您|你|亲)$/.test(before) || /(不是|并非|没有|不会|哪有|并不是)$/.test(before)) continue;
        if (phraseAfter(t, h.end).startsWith('的话')) continue;
        // 发票不开具办公用品: the verb has an object, so it is about what goes on the invoice
        if (h.trigger.tag === 'subject' && !/^(具)?(给您|给你)?([的哦呢哈了啊呀哟噢喔啦吧嘛,.!?~。;\n ]|$)/.test(t.slice(h.end, h.end + 4))) continue;
        if (/(还|尚|暂时|目前还)/.test(before) && /(后|之后|以后|完成|再|才)/.test(restOfClause(t, h.end))) continue;
      }
      ctx.report({ start: h.start, end: h.end });
    }
  },
};
