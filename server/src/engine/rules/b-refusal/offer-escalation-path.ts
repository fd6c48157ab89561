import type { RuleModule } from '../api';
import { hasAny } from '../a-blame/util';
import { gradeRefusal, refusalHits } from './refusal';
import { ESCALATE } from './no-self-diminish-authority';

/**
 * B7. When a request is beyond the agent's authority (B6) or a refusal (B2) meets a
 * dissatisfied customer, the reply should offer an application or escalation path
 * (申请 / 主管 / 电话沟通). Info; it has no phrases of its own and reads the B2/B6 hits.
 */
/** Escalation words that stand on their own (主管, 领导, 上级 count only after an agent's verb, below). */
const ESCALATE_OWN = ESCALATE.filter((w) => w !== '主管' && w !== '领导' && w !== '上级');

export const offerEscalationPath: RuleModule = {
  meta: {
    id: 'offer-escalation-path',
    category: 'B',
    severity: 'info',
    scope: 'context',
    title: '超出权限时给出申请或上报途径',
    message: '超出权限或顾客仍不满意时，不要当场回绝：给出申请或上报的途径和时间，例如“您的情况比较特殊，我已经提交给主管，主管会在今天18点前电话联系您”。',
    docs: {
      why: '「以上所有问题,客服必须认真处理,如客户态度坚决无法处理,交由客服 主管电话沟通。」（000_37cadcef1d5464bd.txt）；判断题「如果客户提出的要求超出投诉处理人员的职权的要求,客户投诉处理人员仍应当场予以回绝。 ×」（003_0eb3ff2274ce9cfe.txt）。种子里合格的说法是「我去给您申请一下」（001_87bc0df9dc2bb46e.txt）。',
      bad: [
        '我没有这个权限哦',
        '这个没办法的（顾客在投诉）',
      ],
      good: [
        '您的情况比较特殊,我已经提交给主管,主管会在今天18点前电话联系您,请您保持电话畅通。',
        '要不这样,我去给您申请一下给您免掉一些运费您看可以吗?',
      ],
      notes: [
        '提示级，只在出现 no-self-diminish-authority 的权限说法，或在投诉/顾客情绪激动时出现 no-blunt-refusal 的拒绝时检查。',
        '只说“您去找我们主管吧”而没有时间和跟进，不算给出途径（见 no-blunt-refusal、promise-follow-up）。',
      ],
    },
  },
  check(ctx) {
    const t = ctx.text;
    // it reports only at a limit of authority or in a complaint: most replies are neither, and
    // this rule runs on every reply, so those are asked before the text is searched
    const limit = ctx.hitsOf('no-self-diminish-authority')[0];
    if (!limit && !ctx.isComplaint() && !ctx.customerHas('@EMOTION')) return;
    const escalates = hasAny(t, ESCALATE_OWN)
      || /(帮您|给您|为您|我|已经|已)[^,,。!?\n]{0,6}(主管|领导|上级)/.test(t);
    if (escalates) return;
    if (limit) { ctx.report({ start: limit.start, end: limit.end }); return; }
    const r = gradeRefusal(ctx, refusalHits(ctx));
    if (r && r.severity !== 'info') ctx.report({ start: r.hit.start, end: r.hit.end });
  },
};
