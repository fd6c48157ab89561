import type { RuleModule } from '../api';
import { clauseText, hasAny, isQuestion, phraseAfter, phraseBefore, SEED } from './shared';

/** Real limits that may be stated (seed): postal-bank cards, instalments under 600 or on flash sales. */
const REAL_LIMITS = ['邮政', '秒杀', '聚划算', '限时折扣', '600', '满', '金额', '活动', '退', '返还', '原路'];

/**
 * G8. Telling the buyer credit cards are not accepted (Tmall stores accept them by default,
 * special categories excepted). Instalment refusals fire only without a real limit in the clause.
 */
export const creditCardMustAccept: RuleModule = {
  meta: {
    id: 'credit-card-must-accept',
    category: 'G',
    severity: 'error',
    scope: 'text',
    penalty: 6,
    title: '信用卡付款要说可以',
    message: '告诉买家不能用信用卡付款违反平台信用卡规则（违规成立扣 6 分）：天猫默认支持信用卡付款。买家问到时请说可以，例如“亲,可以用信用卡付款的哦~满600元还可以选择分期”。',
    docs: {
      why: `平台培训资料「三、信用卡问题 (如违规事实成立,扣6分)」给出标准答案「(1)商城默认是支持信用卡支付的。」，要求「(1)买家咨询是否可以信用卡付款时,告知可以。」，并说明「(3)天猫商家都默认支持信用卡付款(特殊类目除外)。」（${SEED}）。违规成立扣 6 分。`,
      bad: [
        '亲,我们不支持信用卡哦',
        '不能刷信用卡的',
        '信用卡付不了呢',
        '只能用储蓄卡或者余额支付哦',
        '我们不做分期',
      ],
      good: [
        '亲,可以用信用卡付款的哦~',
        '邮政的信用卡暂不支持快捷支付,其他银行都可以',
        '秒杀活动商品不支持信用卡分期哦',
        '分期需要交易金额满600元',
        '退款会原路退回信用卡,信用卡不能直接退现',
      ],
      notes: [
        '如实说明平台的真实限制不报告：邮政银行卡、满 600 元才能分期、限时折扣/秒杀/聚划算不支持分期（种子原文），以及退款原路返回信用卡。',
        '特殊类目确实不支持信用卡时可以用行内指令关闭本条。问句不报告。',
      ],
    },
  },
  triggers: [
    { pattern: '(不支持|不能|不能用|不能刷|不能使用|不可以|不可以用|不可以刷|不可以使用|无法|无法使用|无法用|没法|没法用|不收|不接受)(信用卡)(付款|支付|付|购买)?' },
    { pattern: '信用卡(付款|支付)?(付不了|用不了|不能用|不能付|不能支付|不能付款|不能刷|不支持|不可以|不可以用|不可以付|不可以支付|不可以付款|无法支付|无法使用|无法付款|不行|刷不了)' },
    { pattern: '只能(用)?(借记卡|储蓄卡|余额|支付宝余额|现金)(支付|付款|付)?', tag: 'only', message: '说只能用借记卡、余额付款等于拒收信用卡（违规成立扣 6 分）。天猫默认支持信用卡付款，请说可以，例如“亲,信用卡、储蓄卡、余额都可以付款的哦”。' },
    { pattern: '(我们|本店|店铺|这边)?(不做|不支持|不能|不提供|不可以)(信用卡)?分期', tag: 'instalment', message: '说不能分期付款前请先看平台条件（满 600 元、活动商品除外）：买家问分期时建议发分期介绍链接或正确解答，例如“满600元就可以选择信用卡分期,手续费以收银台显示为准”（违规成立扣 6 分）。' },
  ],
  check(ctx) {
    for (const h of ctx.hits) {
      if (isQuestion(ctx.text, h)) continue;
      if (hasAny(clauseText(ctx.text, h.start), REAL_LIMITS)) continue;
      const after = phraseAfter(ctx.text, h.end);
      // 如果信用卡不行的话 (a condition); 信用卡无法使用优惠券 (the card is fine, something else is not)
      if (after.startsWith('的话') || /(如果|要是|万一)$/.test(phraseBefore(ctx.text, h.start, 4))) continue;
      if (!h.trigger.tag && !/^([的哦呢哈了啊呀哟噢喔啦吧嘛,.!?~。;\n ]|$|付款|支付|购买|付)/.test(after)) continue;
      ctx.report({ start: h.start, end: h.end });
    }
  },
};
