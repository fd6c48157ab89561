import type { RuleModule } from '../api';
import { buyerPii } from './pii';

/** Rules whose hits count double in a public review explanation (catalog G19). */
const PUBLIC_STRICT = [
  'no-blame-customer', 'no-internal-customer-labels', 'no-blame-courier', 'no-disclaim-courier-control', 'no-rules-lawyering',
  'no-send-customer-elsewhere', 'no-argue', 'no-verbal-conflict', 'no-deny-fault', 'no-disparage-competitor',
];

/**
 * G19. Review explanations (scenario: review) are public: no personal data, no accusations or
 * labels, no blaming the courier, no rules-lawyering, no sending the customer elsewhere. Reports its
 * own phrases, personal data, and the hits of the chat rules above (one finding per stretch).
 */
export const reviewReplyPublicRules: RuleModule = {
  meta: {
    id: 'review-reply-public-rules',
    category: 'G',
    severity: 'error',
    scope: 'context',
    title: '评价解释要守公开规则',
    message: '评价解释是公开的，所有聊天规则在这里更严格：不能公开买家信息、指责或给买家贴标签、推给快递、搬标准反驳、让买家去别家。请先致谢或致歉，再就事论事说明处理，例如“感谢您的反馈,给您带来不便非常抱歉,我们已联系您为您补发”。',
    docs: {
      why: '考试题「对店铺不利的评价,下面客服所作的评价解释,不恰当的有ABCD」的四个选项都不恰当：「客服A公布了顾客的个人信息,指责顾客讹诈货款」「客服B解释:描述中的尺码说明为手工测量,可能有2~3CM误差,属于国家标准误差范围内。」「客服C解释快递公司不是他们开的,所以干涉不了快递公司的事,请买家多担待。」「客服D解释一分价一分货,要便宜,去别家买。」（000_37cadcef1d5464bd.txt）。',
      bad: [
        '该买家张三(电话13812345678)无理要求退部分货款,未果后恶意差评,属于讹诈。',
        '描述中的尺码说明为手工测量,可能有2~3CM误差,属于国家标准误差范围内。',
        '快递公司不是我们开的,我们干涉不了快递公司的事,请您多担待。',
        '一分价一分货,要便宜,去别家买。',
        '这是职业差评师,大家不要相信',
      ],
      good: [
        '感谢您的反馈,给您带来不便非常抱歉,我们已联系您为您补发,欢迎随时联系我们',
        '亲,尺码是手工测量的,可能有1~2cm的误差,给您带来困扰很抱歉,已为您办理换货',
      ],
      notes: [
        '只在评价解释（scenario: review）里检查。',
        '除了本规则自己的说法（该买家、此人、恶意差评、职业差评师、讹诈、国家标准、误差范围内、快递公司不是我们开的、去别家买），还会把个人信息（no-leak-buyer-info 的检测）和这些聊天规则的命中在评价解释里升为错误：' + PUBLIC_STRICT.join('、') + '。同一段文字只报告一次。',
        '就事论事、礼貌地纠正明显的恶意评价是允许的（种子:「证明此评价为恶意评价,避免影响该产品销售」），只要不含个人信息和指责。评价解释须在评价后 15 天内作出（元数据，不检查）。',
      ],
    },
  },
  triggers: [
    { pattern: '(该买家|该顾客|该客户|此买家|这位买家|此人|这个买家|这种买家)', tag: 'label' },
    { pattern: '(恶意差评|职业差评师|差评师|讹诈|敲诈|勒索|无理取闹|故意找茬|碰瓷|骗子|骗钱|刁难)', tag: 'label' },
    { pattern: '(国家标准|国标|行业标准)…{8}(误差|范围|允许|规定)', tag: 'rules' },
    { pattern: '(误差|色差)…{6}(范围内|正常范围|属于正常)', tag: 'rules' },
    { pattern: '快递(公司)?不是(我们|他们|我们家)开的', tag: 'courier' },
    { pattern: '(干涉|管)不了快递', tag: 'courier' },
    { pattern: '(去|到)(别家|别的店|其他店|别处)(买|看看|购买)', tag: 'elsewhere' },
  ],
  check(ctx) {
    if (ctx.script.scenario !== 'review') return;
    const spans: { start: number; end: number }[] = [];
    const add = (s: number, e: number): void => {
      if (spans.some((x) => s < x.end && e > x.start)) return;
      spans.push({ start: s, end: e });
    };
    const own = ctx.hits;
    for (let k = 0; k < own.length; k++) add(own[k].start, own[k].end);
    const pii = buyerPii(ctx.text);
    for (let k = 0; k < pii.length; k++) add(pii[k].start, pii[k].end);
    for (let j = 0; j < PUBLIC_STRICT.length; j++) {
      const hits = ctx.hitsOf(PUBLIC_STRICT[j]);
      for (let k = 0; k < hits.length; k++) add(hits[k].start, hits[k].end);
    }
    spans.sort((a, b) => a.start - b.start);
    for (const s of spans) ctx.report({ start: s.start, end: s.end });
  },
};
