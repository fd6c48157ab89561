import type { RuleModule } from '../api';
import { clauseText, hasAny, isQuestion, negatedAt, phraseAfter } from './shared';

/** Money going to the customer (refunds) or official corporate transfer is no off-platform payment. */
const TO_CUSTOMER = ['转给您', '打给您', '汇给您', '退给您', '到您', '您的', '退款', '退回', '原路', '返还', '退到', '返到', '对公', '公司转账', '企业'];

/**
 * G18. Steering the buyer to pay outside the platform: bank transfer, WeChat or Alipay transfer to
 * a personal account, a payment QR code, "线下付款". Official platform options (代付, 花呗, 信用卡,
 * 货到付款) and refunds to the customer do not fire. Warning by default (implied rule).
 */
export const noOffPlatformPayment: RuleModule = {
  meta: {
    id: 'no-off-platform-payment',
    category: 'G',
    severity: 'warning',
    scope: 'text',
    title: '不能引导买家站外付款',
    message: '引导买家通过银行转账、微信或支付宝直接转账到个人账户属于站外交易，买家资金没有保障，店铺也会被平台处罚。请写“亲,为了保障您的资金安全,需要通过平台下单付款哦~余额不足的话可以用银行卡、花呗或找朋友代付~”。',
    docs: {
      why: '种子的考试题问「我支付宝没有余额,你提供一个银行账号给我,我汇钱给你吧,是否可以?为什么?」（003_0eb3ff2274ce9cfe.txt），没有给出答案；引导站外交易是各平台的通行禁令（非种子内容）。种子列出的付款方式都是平台内的：「付款(在线付款,代付,货到付款)」（002_c8fa4cc30f1a7fd9.txt）。',
      bad: [
        '加我微信转账就可以',
        '直接打到我银行卡上吧',
        '支付宝转我就行',
        '我给您发个收款码,扫码付款',
        '线下付款给您便宜点',
      ],
      good: [
        '亲,为了保障您的资金安全,需要通过平台下单付款哦~',
        '余额不足的话,可以用银行卡、花呗或找朋友代付~',
        '退款会原路退回到您的银行卡',
        '企业采购可以选择公司转账,在结算页选择即可',
      ],
      notes: [
        '默认为警告（种子只提出问题，没有给答案，目录把它定为隐含规则）；店铺可以在配置里提升为错误。',
        '退款打到顾客的银行卡、平台提供的对公转账（企业购）、货到付款时向配送员扫码或刷 POS 付款不报告。',
      ],
    },
  },
  triggers: [
    { pattern: '(加|添加)(我|我的|一下)?(微信|vx|wx|v信|qq|薇信)…{8}(转账|付款|支付|转给|转我|付钱|打款|交易)' },
    { pattern: '(微信|支付宝|银行卡|银行账户|银行账号|卡号|私人账户|个人账户|个人账号|私人账号)(直接)?(转账|转给我|汇款|打款|转我|打到|汇到|转过来|转一下)', tag: 'transfer' },
    { pattern: '(打|转|汇|转账|汇款|打款|付款|付钱)(到|给|至)?(我|我的|我们的|我个人的)(银行卡|卡上|卡里|账户|账号|支付宝|微信|私人账户|个人账户)' },
    { pattern: '(打|转|汇|付)(到|给|至)(我|我们)(提供|给您|发您|发给您)的…{4}(支付宝|微信|银行卡|卡上|账户|账号)' },
    { pattern: '(发|扫|给您发)(个|一个|一下)?(收款码|收款二维码|我的二维码|个人二维码)…{6}(付|转|支付|付款|扫)' },
    { pattern: '(给您发|发您|发给您)(个|一个)?(收款码|收款二维码)' },
    { pattern: '(线下|私下|不走平台|绕过平台|站外|平台外)(付款|交易|支付|转账|汇款|打款)' },
    { pattern: '(提供|给您|发您|发给您)(一个|个)?(银行账号|银行卡号|账号|收款账号|卡号)…{8}(汇|转|打款|付)' },
  ],
  check(ctx) {
    const t = ctx.text;
    for (const h of ctx.hits) {
      if (negatedAt(t, h.start)) continue;
      const span = t.slice(h.start, h.end);
      if (hasAny(span, TO_CUSTOMER) || hasAny(clauseText(t, h.start), ['退款', '对公', '公司转账', '企业购', '原路', '师傅', '配送员', '快递员', 'pos', '货到付款'])) continue;
      if (isQuestion(t, h) && !/(我|我的)/.test(span)) continue;
      // 通过银行卡打款给您: money going to the customer
      if (h.trigger.tag === 'transfer' && /^(给|到|至)?(您|你)/.test(phraseAfter(t, h.end))) continue;
      ctx.report({ start: h.start, end: h.end });
    }
  },
};
