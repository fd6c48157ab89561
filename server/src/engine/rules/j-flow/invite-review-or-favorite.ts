import type { RuleModule } from '../api';
import { hasAny, leadRange, PRODUCT_OR_DELIVERY_PROBLEM } from '../i-politeness/util';
import { refused } from './complaint-must-offer-remedy';

/**
 * J6. Info: an invite-review script invites a review, a rating or favouriting the shop. Warning when a
 * review is asked for in an unresolved complaint, or when the review is paid for (好评返现).
 */
export const inviteReviewOrFavorite: RuleModule = {
  meta: {
    id: 'invite-review-or-favorite',
    category: 'J',
    severity: 'info',
    scope: 'context',
    rubric: 'flow',
    title: '适时邀请评价或收藏',
    message: '邀评话术没有邀请顾客评价或收藏：建议轻松地邀请，例如“收到宝贝满意的话，欢迎给我们一个好评哦~也可以收藏一下咱家店铺”。',
    docs: {
      why: '种子资料建议「您收到货后如有问题请及时与我们在线客服联系我们会及时帮其解决问题,若没有问题请其及时确认订单并给我们好评」（001_87bc0df9dc2bb46e.txt），「交易完成之后或者谈崩之后,记得欢送以及期待客人收藏、关注。」（001_87bc0df9dc2bb46e.txt）；质检评分表的服务流程里有「邀评」一环（004_6f48d8546034e7a1.txt）。',
      bad: ['好的,已经给您安排发货了', '（顾客投诉商品破损，问题还没解决）麻烦给个五星好评哦', '好评返现5元,记得截图找客服哦'],
      good: ['记得帮咱家收藏一下宝贝和店铺哦。', '希望您可以收藏下咱家店铺,以后咱们每半个月都会陆续有新品上架', '收到宝贝有任何问题随时找我,满意的话欢迎给我们好评哦~'],
      notes: [
        '提示（info）：stage 为 invite-review 的话术里没有邀请用语（好评、五星、评价、收藏、关注店铺、满意的话……）。',
        '警告：顾客一句还在投诉或反映问题（共享词表 COMPLAINT 或商品、物流问题用语），回复还没有给出补救（共享词表 REMEDY）也没有说明已经处理好，就请顾客给好评/五星/评价——要先解决问题；以及用返现、红包、送礼换好评（平台规则禁止，不出自种子）。只有 scenario 为 complaint 而没有顾客一句时无法判断问题是否已解决，不报告。',
        '施压、诉苦式求评由 no-sob-story-pressure 负责。',
      ],
    },
  },
  triggers: [
    { pattern: '(好评|五星|5星|满分|评分|打分|收藏|晒图|晒单|追评|点赞|点个赞|加购)', tag: 'invite' },
    { pattern: '关注(我们|店铺|本店|咱家|小店|一下)', tag: 'invite' },
    { pattern: '(给|留|写|打|来)(个|一个|下|一下|我们|个好)?(评价|评分)', tag: 'invite' },
    { pattern: '(期待|欢迎|记得|希望)…{6}(评价|反馈)', tag: 'invite' },
    { pattern: '满意(的话|吗|么|请|就)', tag: 'invite' },
    { pattern: '(好评|五星|5星|晒图)…{8}(返现|返钱|返红包|红包|有礼|送您)', tag: 'paid' },
    { pattern: '(返现|返钱|返红包|红包|有礼)…{8}(好评|五星|5星|晒图)', tag: 'paid' },
  ],
  check(ctx) {
    const text = ctx.text;
    const paid = ctx.hits.find((h) => h.trigger.tag === 'paid');
    if (paid) {
      ctx.report({
        start: paid.start, end: paid.end, severity: 'warning',
        message: '用返现、红包或礼物换好评违反平台规则：请删除利益诱导，只做真诚的邀请，例如“满意的话欢迎给我们一个好评哦~”。',
      });
      return;
    }
    const review = ctx.hits.find((h) => h.trigger.tag === 'invite' && /好评|五星|5星|满分|追评|晒图|晒单|评价|评分|打分/.test(text.slice(h.start, h.end)));
    const stillComplaining = ctx.customerHas('@COMPLAINT') || hasAny(ctx.customer, PRODUCT_OR_DELIVERY_PROBLEM);
    if (review && stillComplaining) {
      const resolved = ctx.hitsOf('@REMEDY').some((h) => !refused(ctx, h))
        || /已(经)?[^,。!?~]{0,6}(处理|解决|补发|退款|换货|寄出|发出|安排|到账|退回)/.test(text);
      if (!resolved) {
        ctx.report({
          start: review.start, end: review.end, severity: 'warning',
          message: '顾客的问题还没有解决就邀请评价，容易招来差评：请先给出补救措施，问题解决后再邀请评价。',
        });
        return;
      }
    }
    if (ctx.script.stage === 'invite-review' && text.trim() && !ctx.hits.some((h) => h.trigger.tag === 'invite')) {
      ctx.report(leadRange(text));
    }
  },
};
