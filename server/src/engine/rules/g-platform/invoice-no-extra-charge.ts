import type { RuleModule } from '../api';
import { findInside, hasAny, INVOICE_WORDS, isQuestion, negatedAt, SEED, SHOP_SIDE } from './shared';

/** Charge verbs; a negation just before one (不用您承担, 不加税点) clears the hit. */
const CHARGE = ['另加', '另收', '另付', '加收', '多收', '多付', '额外收', '收取', '承担', '自理', '自付', '支付', '补', '加', '出', '付', '贵', '高', '便宜', '优惠', '少'];

/**
 * G2. Tax points, a surcharge or the postage of an invoice put on the buyer. Needs a charge verb
 * next to the tax or fee (§19.9): a bare "税点6%" statement does not fire.
 */
export const invoiceNoExtraCharge: RuleModule = {
  meta: {
    id: 'invoice-no-extra-charge',
    category: 'G',
    severity: 'error',
    scope: 'text',
    penalty: 6,
    title: '开发票不能另收费用',
    message: '让买家为发票承担税点、加价或邮费违反平台发票规则（违规成立扣 6 分）。发票必须免费开具，分开寄的邮费也由商家承担，例如“亲,发票是免费开具的,需要单独寄的话邮费也由我们承担哦”。',
    docs: {
      why: `平台培训资料「一、发票问题(违规成立,扣6分)」要求「商家就需要无偿向索要发票的买家提供发票,不能拒绝,不能要额外的费用」，常见违规「(2)商家表示开发票需要买家承担税点金额,或者让买家承担发票邮寄费用。」，并提醒「(2)如果需要货和发票分开寄,商家需要承担运费;」（${SEED}）。违规成立扣 6 分。`,
      bad: [
        '开发票需要您承担6%税点哦',
        '亲,开票要另加3个点的税费',
        '发票单独寄的话邮费需要您出哦',
        '发票到付的哦',
        '含票价要贵一些哦',
        '不要发票的话可以便宜5块',
      ],
      good: [
        '亲,发票是免费开具的,需要和货物分开寄的话邮费也由我们承担~',
        '开发票不用您承担税点,您放心',
        '发票邮寄费用由我们承担哦',
        '这款商品的增值税税率是13%',
      ],
      notes: [
        '必须有收费动词（加、另收、承担、需要您出、补、到付、贵）紧挨着税点或费用（§19.9）；只说明“税点X%”“税率13%”不报告。',
        '费用由我们/商家/店铺承担，或前面有否定（不用您出、不加税点、免邮费）时不报告。',
      ],
    },
  },
  triggers: [
    { pattern: '(开票|开发票|开具发票|要发票|需要发票|开专票|开普票|含票|带票|发票)…{10}(另加|另收|另付|加收|多收|多付|额外收|收取|承担|自理|自付|补|加)…{6}(税点|个点|点税|税费|税金|的税|点的税|手续费|开票费)', tag: 'tax' },
    { pattern: '(税点|个点|点税|税费|税金|开票费)…{6}(需要|要|得|由)?(您|你|买家|顾客|客户|亲)(自己)?(出|承担|自理|另付|付|补|支付)', tag: 'tax-needs-invoice' },
    { pattern: '发票…{12}(邮费|运费|快递费|邮寄费)…{6}(需要|要|得|由)?(您|你|买家|顾客|客户|亲)(自己)?(出|承担|自理|付|支付)', tag: 'postage' },
    { pattern: '(您|你|买家|顾客|客户)(自己)?(承担|出|付|支付)…{4}发票(的)?(邮费|运费|快递费|邮寄费)', tag: 'postage' },
    { pattern: '发票(邮费)?(到付|运费到付|邮费到付|邮费自理|运费自理|邮费自付)', tag: 'postage' },
    { pattern: '(含票|带票|开票|要发票|开发票)(的话)?(的)?(价|价格|价钱)…{6}(贵|加|高|另算|多)', tag: 'price' },
    { pattern: '(不开|不要|不需要)(发票|票)(的话)?…{8}(便宜|少收|减价|少算|优惠)', tag: 'price' },
  ],
  check(ctx) {
    const t = ctx.text;
    for (const h of ctx.hits) {
      const span = t.slice(h.start, h.end);
      const tag = h.trigger.tag;
      if (tag === 'tax-needs-invoice' && !hasAny(t, INVOICE_WORDS)) continue;
      if (tag !== 'price' && hasAny(span, SHOP_SIDE)) continue;
      if (isQuestion(t, h)) continue;
      // 不要发票的话…便宜: the leading 不 is the trigger itself; look for a negation after 票
      const from = tag === 'price' && span.startsWith('不') ? h.start + span.indexOf('票') + 1 : h.start - 4;
      const k = findInside(t, { start: Math.max(h.start, from), end: h.end }, CHARGE);
      if (k >= 0 && /(不用|不会|无需|不必|不需要|不|没有|没|免)/.test(t.slice(Math.max(0, from, k - 4), k))) continue;
      // 不开发票也有优惠: the price is the same either way
      if (tag === 'price' && k >= 0 && /(也|同样|照样|都|一样)/.test(t.slice(Math.max(h.start, k - 4), k))) continue;
      if (tag !== 'price' && negatedAt(t, h.start, 2)) continue;
      ctx.report({ start: h.start, end: h.end });
    }
  },
};
