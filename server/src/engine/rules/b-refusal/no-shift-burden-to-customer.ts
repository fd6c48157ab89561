import type { RuleModule } from '../api';
import { hasAny } from '../a-blame/util';
import { refusalHits } from './refusal';

/** Customer requests the shop can fulfil itself, or faults of the shop (a reorder is then a burden). */
const SHOP_CAN_DO = ['改', '换地址', '发错', '错了', '少发', '漏发', '破', '坏', '瑕疵', '颜色不对', '尺码不对', '拍错', '选错', '备注', '加急'];

/** Personal help that makes a pointer to reviews or size charts a mere supplement. */
const SUPPLEMENT = ['我帮您', '帮您参考', '给您参考', '为您推荐', '给您推荐', '帮您推荐', '仅供参考', '仅供您参考', '作为参考', '身高体重', '帮您看', '帮您选', '帮您挑'];

/**
 * B9. Making the customer do the shop's work: cancel and reorder, pay again, look things up,
 * read other buyers' reviews instead of getting an answer. Info (the seeds disagree, §16.4).
 */
export const noShiftBurdenToCustomer: RuleModule = {
  meta: {
    id: 'no-shift-burden-to-customer',
    category: 'B',
    severity: 'info',
    scope: 'context',
    title: '不要把店铺的工作推给顾客',
    message: '让顾客退款重拍、自己去查、自己看评价，是把店铺该做的事推给了顾客：先由您来处理，例如“您的身高体重是多少呢，我帮您参考一下哦”或“地址我这边帮您在订单里改好”。',
    docs: {
      why: '考试题（改地址）里「B.告知买家这笔订单申请退货,重新拍」是错误做法，「C.找到订单-详情-修改收货地址,修改好了保存就可以」才对；考试题（尺码）里「B.您好亲,您可以看一下其他买家的评价进行选择哦」不如「D.您好亲,您的身高体重是多少呢,我帮您参考一下哦,这是我们店内模特的参照图,还有这是其他顾客评价的说明,仅供您作为参考。」（000_37cadcef1d5464bd.txt）。店铺手册在发错货时让顾客「如果您比较着急,可以先重新拍下一件」（001_87bc0df9dc2bb46e.txt），错在店铺却要顾客先再付一次钱。',
      bad: [
        '您好亲,您可以看一下其他买家的评价进行选择哦',
        '您退款重拍吧',
        '如果您比较着急,可以先重新拍下一件（店铺发错货时）',
        '您自己看一下尺码表',
      ],
      good: [
        '您好亲,您的身高体重是多少呢,我帮您参考一下哦,这是我们店内模特的参照图,还有这是其他顾客评价的说明,仅供您作为参考。',
        '地址我这边帮您在订单详情里改好了,您核对一下哦',
      ],
      notes: [
        '提示级：种子之间有分歧（§16.4），建议顾客参考评价作为补充（同时有“我帮您参考”“仅供参考”）不报告。',
        '“退货/退款再重新拍”始终报告；“取消重新下单/重新下单”只在店铺本可以自己处理或有过错时报告：顾客要求修改订单、店铺发错/少发/破损、投诉或售后场景，或同一条回复里拒绝了修改；顾客自己取消后建议重新下单不报告。',
        '“先付款、没货再退”（FX-001-23）也属于让顾客先承担，提示级。',
        '让顾客自己去找快递由 no-redirect-to-courier 报告（错误级），本规则不重复。',
      ],
    },
  },
  triggers: [
    { pattern: '(退款|退货|退掉|退回来)…{4}(重新|再|重)(拍|下单|购买|拍下|买)', tag: 'return-reorder' },
    { pattern: '(取消订单|取消)(后|之后|然后|再)?(重新|再|重)?(拍|下单|购买|拍下|买)', tag: 'reorder' },
    { pattern: '(先|可以先|您先|您可以先)?重新(拍|下单|购买|拍下|下一单|拍一件|买一个)', tag: 'reorder' },
    { pattern: '(您|你)(可以)?(自己)?(看|参考|查看|参照)(一下|下)?(其他|别的)?(买家|顾客|客户|宝贝)?(的)?(评价|评论|买家秀)', tag: 'reviews' },
    { pattern: '(您|你)(可以)?自己(看|查|算|量|对照|对比|找|搜|核对)(一下|下)?(尺码表|尺码|详情|详情页|说明|说明书|参数|物流|描述|页面)', tag: 'lookup' },
    { pattern: '(您|你)?先(付款|拍下|下单|拍)…{20}(没货|缺货|没有货)', tag: 'payfirst' },
  ],
  check(ctx) {
    const t = ctx.text;
    const supplement = hasAny(t, SUPPLEMENT);
    // cancel-and-reorder is a burden when the shop could change the order itself or is at fault
    const reorderBurden = ctx.isComplaint() || ctx.script.scenario === 'after-sales' || hasAny(ctx.customer, SHOP_CAN_DO)
      || refusalHits(ctx).length > 0;
    for (const h of ctx.hits) {
      if ((h.trigger.tag === 'reviews' || h.trigger.tag === 'lookup') && supplement) continue;
      // 退款,您可以重新下单 (two phrases) is a plain reorder, not one return-and-reorder request
      const tag = h.trigger.tag === 'return-reorder' && /[,,]/.test(t.slice(h.start, h.end)) && !t.slice(h.start, h.end).includes('重新拍') ? 'reorder' : h.trigger.tag;
      if (tag === 'reorder' && !reorderBurden) continue;
      ctx.report({ start: h.start, end: h.end });
      return;
    }
  },
};
