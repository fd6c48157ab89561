import type { RuleModule } from '../api';
import { buyerPii, Pii, THIRD_PARTY } from './pii';
import { SEED } from './shared';

const KIND: Record<Pii['kind'], string> = { mobile: '手机号', 'id-card': '身份证号', address: '详细地址' };

/**
 * G12. Buyer personal data in the agent's text: mobile numbers (also spaced or dashed), resident ID
 * numbers, street addresses down to the door. Graded (catalog G12): error on a public review reply,
 * when the data is about a third party (该买家 / 收件人是… / 您朋友…) and for ID numbers; info when a
 * number or address is echoed in a chat (confirming with the purchasing account is allowed).
 * Placeholders ({手机号}, JD's desensitised [电话x] [地址x] [姓名x]) and masked numbers
 * (138****5678) are no data; order, waybill and tracking numbers and the shop's own hotline are
 * not the buyer's.
 */
export const noLeakBuyerInfo: RuleModule = {
  meta: {
    id: 'no-leak-buyer-info',
    category: 'G',
    severity: 'error',
    scope: 'text',
    penalty: 6,
    title: '不能泄露买家信息',
    message: '回复里出现了买家的个人信息（手机号、身份证号、详细地址），泄露他人信息违规成立扣 6 分。不要把买家信息发给第三方或公开；核对信息只能跟下单账号进行，并隐去中间位，例如“收件电话138****5678,请您用下单账号核对一下哦”。',
    docs: {
      why: `平台培训资料「五、泄露他人信息(违规成立,扣6分)」要求「商家不能以任何形式透露买家的信息。」「(1)买家用哪个拍的,跟哪个核对信息。」（${SEED}）；考试题把「客服A公布了顾客的个人信息,指责顾客讹诈货款」列为不恰当的评价解释（000_37cadcef1d5464bd.txt）。违规成立扣 6 分，同时有个人信息保护法上的风险。`,
      bad: [
        '该买家张三(电话13812345678)无理要求退部分货款',
        '收件人是李四,电话138-1234-5678',
        '您朋友下单留的手机是139 1234 5678',
        '他的身份证号是11010519491231002x',
      ],
      good: [
        '亲,为保护买家隐私,订单信息需要用下单的账号来核对哦',
        '收件电话138****5678,请您核对一下',
        '您的退货单号1200458258899已经签收了',
        '有问题可以拨打我们的客服热线400-118-2016',
        '到时候会拨打您订单上留的{手机号}联系您',
      ],
      notes: [
        '分级（目录 G12）：评价解释（scenario: review）里出现、指向第三方（该买家、收件人是、您朋友、他的）或身份证号时为错误；在聊天里向顾客复述手机号或地址为提示（请确认对方是下单账号，并隐去中间位）。',
        '不算个人信息：话术变量 {手机号}、京东语料的脱敏占位 [电话x] [地址x] [姓名x]（它们在语料里多是配送员电话、售后热线、退货地址，由模板填入，本规则无从判断是谁的）、打码号码 138****5678、订单号/运单号/快递单号（前后有“单号”等字样或不是 11 位）、店铺自己的热线与售后电话、请买家寄回的退货地址。',
        '详细地址只在写到门牌（号、栋、单元、室）时才算；只有省市区不算。',
      ],
    },
  },
  check(ctx) {
    const t = ctx.text;
    const found = buyerPii(t);
    if (!found.length) return;
    const publicReply = ctx.script.scenario === 'review';
    const thirdParty = THIRD_PARTY.test(t);
    for (const p of found) {
      if (ctx.inQuote(p.start, p.end) && !publicReply) continue;
      const what = KIND[p.kind];
      if (publicReply) {
        ctx.report({ start: p.start, end: p.end, message: `评价解释是公开的，不能出现买家的${what}（泄露他人信息违规成立扣 6 分）。请删掉个人信息，只就事论事地说明，例如“感谢您的反馈,我们已联系您处理”。` });
      } else if (thirdParty || p.kind === 'id-card') {
        ctx.report({ start: p.start, end: p.end, message: `回复把${thirdParty ? '他人' : '买家'}的${what}发了出去（泄露他人信息违规成立扣 6 分）。买家信息只能跟下单账号核对，请删掉或隐去，例如“为保护隐私,请用下单账号联系我们核对信息哦”。` });
      } else {
        ctx.report({ start: p.start, end: p.end, severity: 'info', message: `回复里写出了完整的${what}：只能跟下单账号核对买家信息，请确认对方是下单账号，并隐去中间位（如 138****5678），话术库里请用变量代替。` });
      }
    }
  },
};
