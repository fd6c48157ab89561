import type { RuleModule } from '../api';
import { clauseText, findInside, hasAny, isQuestion, negatedAt, SEED } from './shared';

const VERBS = ['补交', '补付', '加收', '另付', '另收', '多付', '补', '加', '付', '出'];
/** A buyer-chosen courier may cost extra when stated clearly (seed: 买家指定其他快递如需补邮,要有明确说明). */
const BUYER_CHOICE = ['指定', '顺丰', 'ems', '京东快递', '加急', '升级', '改发', '换快递', '到付'];
const REGION = '(偏远|新疆|西藏|青海|内蒙|宁夏|甘肃|海南|港澳台|香港|澳门|台湾|边远|云南|贵州)';
const REGION_RE = new RegExp(REGION);

/**
 * G7. Extra postage asked on a listing presented as free-shipping (包邮). The listing itself is [M];
 * from the text, a remote-area surcharge demand always fires, a generic 补运费 demand only when
 * 包邮 is in the reply or the customer's line and no 满…包邮 threshold is mentioned.
 */
export const freeShippingNoSurcharge: RuleModule = {
  meta: {
    id: 'free-shipping-no-surcharge',
    category: 'G',
    severity: 'error',
    scope: 'text',
    penalty: 4,
    title: '包邮商品不能再要运费',
    message: '包邮商品向买家加收运费（如偏远地区补运费）属于违背承诺（违规成立扣 4 分）。页面没有写明例外时，请照常包邮，例如“亲,您这单是包邮的哦,偏远地区也不用补运费,我们正常给您安排发货~”。',
    docs: {
      why: `平台培训资料「二、包邮问题(如违规事实成立,扣4分)」写明：「商家没有使用运费模板,设置的商家承担运费,也没有在页面说明运费情况,买家填写偏远地区拍下,商家要求加运费。此种如果买家投诉,肯定是算违背承诺的。」，并要求「(3)在信息描述中,还要对于包邮的快递有明确说明,买家指定其他快递如需补邮,要有明确说明。」（${SEED}）。违规成立扣 4 分。`,
      bad: [
        '新疆西藏需要补10元运费哦',
        '亲,偏远地区不包邮,请补差价',
        '您那边是偏远地区,要加邮费的',
        '这款包邮的,不过您需要拍个补运费链接',
      ],
      good: [
        '亲,您这单是包邮的哦,偏远地区也不用补运费~',
        '我们这边就给您重发,发顺丰,不用您补运费',
        '包邮默认中通,指定顺丰的话需要补差价哦',
        '满99元包邮,不满的话需要补运费哦',
      ],
      notes: [
        '只说明“偏远地区不包邮”（页面上的运费规则）而不向买家要钱时不报告；页面确实写明偏远地区不包邮时（运费模板，属于元数据）可以用行内指令关闭本条。',
        '买家自己指定快递（顺丰、EMS、加急）需要补邮是允许的，所在句子提到指定快递时不报告。',
        '“不用您补运费”等否定说法不报告。“满X元包邮”的门槛说明不报告。',
      ],
    },
  },
  triggers: [
    { pattern: `${REGION}(地区|地方|省份|那边|这边|的)?…{10}(补交|补付|补|加收|加|另付|另收|多付)…{4}(运费|邮费|差价|快递费|邮|运费差价)`, tag: 'region' },
    { pattern: '(您|你)(那边|那里|这个地址|的地址|地址)…{6}(要|需要|得)?(加|补|另付|多付)(运费|邮费|快递费|差价)', tag: 'generic' },
    { pattern: '(拍|补拍)(个|一个|一下)?(补运费|补邮费|补差价|邮费补拍|运费补拍)(的)?(链接)', tag: 'generic' },
    { pattern: '不补(运费|邮费)(的话)?(就)?(不|没法|不能|无法)(发|给您发|发货)', tag: 'generic' },
    { pattern: '(需要|要|得|请)(您)?(补|加|另付)(一下)?(运费|邮费|快递费)', tag: 'generic' },
  ],
  check(ctx) {
    const t = ctx.text;
    const freeShipping = t.includes('包邮') || ctx.customer.includes('包邮');
    const threshold = /满[^,。!?;\n]{0,6}包邮|不满/.test(t);
    for (const h of ctx.hits) {
      if (isQuestion(t, h)) continue;
      // a generic match that names a remote region (您那边是偏远地区,要加邮费) is a region demand
      const region = h.trigger.tag === 'region' || REGION_RE.test(t.slice(h.start, h.end));
      if (!region && (!freeShipping || threshold)) continue;
      if (hasAny(clauseText(t, h.start), BUYER_CHOICE)) continue;
      if (negatedAt(t, h.start)) continue;
      const k = findInside(t, { start: h.start + 1, end: h.end }, VERBS);
      if (k >= 0 && negatedAt(t, k)) continue;
      ctx.report({ start: h.start, end: h.end });
    }
  },
};
