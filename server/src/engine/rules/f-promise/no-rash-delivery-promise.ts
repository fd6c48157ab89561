import type { RuleModule } from '../api';
import { EXTRA_HEDGES, TIME_EXPR, hasIn, sentenceAt } from '../e-register/util';

/**
 * F2. Warning: an absolute ship/arrival promise (保证/一定/肯定/绝对 … 明天/3天内/周五前 … 发货/到)
 * with no hedge (一般, 左右, 预计, 估计, 正常情况, 以物流为准…) in the sentence, and round-the-clock
 * dispatch promises (全天候24小时加急发货). Info: unhedged certainty without an absolute word
 * (今天就优先给您发货, 您就等着收货吧, 下单马上发). Hedged estimates, vague intentions (会尽快给您发货)
 * and service commitments (一定给您一个满意的答复) pass.
 */
const ABS = '(保证|保准|一定|肯定|绝对|百分百|100%|准保|必定|铁定|务必|准时)';
const SHIP = '(发货|发出|寄出|发走|出库|到货|送达|送到|收到|到达|能到|会到|可以到|就到|到您手|签收|发给您|给您发|发过去|寄过去|给您寄)';
/** After a bare 发 / 到: words that are not shipping (发生, 发现, 发票, 到位, 到时候…). */
const NOT_SHIP_AFTER = /^(生|现|票|错|表|挥|展|炎|霉|黄|热|誓|言|送消息|信息|位|店|时|底|家|期|点|处|手|了解|头|下个|月|年)/;
/** Earlier in the clause: the promise is denied (无法保证明天一定…) or asked of someone else (让卖家今天就发货). */
const DENIED_BEFORE = /(无法|不能|没法|不敢|难以|不可能|没办法|不)(保证|确保|承诺)|不一定|未必/;
const OTHERS_BEFORE = /(让|叫|要求|催|联系|通知)(他们|卖家|商家|厂家|快递|仓库|对方)/;

export const noRashDeliveryPromise: RuleModule = {
  meta: {
    id: 'no-rash-delivery-promise',
    category: 'F',
    severity: 'warning',
    scope: 'text',
    title: '谨慎承诺发货和到货时间',
    message: '这是没有余地的发货/到货时间承诺，物流一旦延误就成了违背承诺：请用预估的说法，例如“正常情况下三天左右可以到，具体以物流为准”。',
    docs: {
      why: '种子平台规则要求「谨慎承诺宝贝的发货时间。」「请务必在承诺时间点发货,如果有困难,请不要随意给消费才承诺。」（002_c8fa4cc30f1a7fd9.txt），质检标准要求「不轻易承诺:说了就要做到,承诺必须兑现。」（004_6f48d8546034e7a1.txt）。种子推荐的标准答法是有余地的估计：「亲,下午五点前的单子一般还来得及配货的,今天发申通的话,正常情况是三天左右可以到哦~」（001_87bc0df9dc2bb46e.txt）。',
      bad: [
        '请抓紧时间付款,我们的配送团队将会全天候24小时加急发货。',
        '您放心,明天保证给您送到',
        '今天下单,三天内绝对能收到',
      ],
      good: [
        '亲,下午五点前的单子一般还来得及配货的,今天发申通的话,正常情况是三天左右可以到哦~',
        '估计您今天就可以收到了。',
        '如果我们快递公司给您带来了不便,我们很抱歉给您添麻烦了,请您放心,我们一定给您一个满意的答复。',
        '我们一定会尽快给您发货的',
      ],
      notes: [
        '警告：“保证/一定/肯定/绝对”＋具体时间（今天、明天、3天内、周五前、下午5点前）＋发货/到货，同一句里没有“一般、左右、预计、估计、正常情况、以物流为准”等余地词；以及“全天候24小时加急发货”这类无法兑现的承诺。',
        '提示：没有绝对词但同样说死了的说法（今天就优先给您发货、您就等着收货吧、下单马上发），真实可兑现时可以保留。',
        '不报告：有余地的估计、没有具体时间的意愿（会尽快给您发货）、服务承诺（一定给您一个满意的答复、有消息第一时间联系您）、问句。',
        '对开通货到付款却不打算发货的订单给出发货时间，由 cod-no-false-ship-time 处理（需要订单信息）。',
      ],
    },
  },
  triggers: [
    { pattern: `${ABS}(能|会|可以|给您|帮您|为您|让您|是|在|于)?…{8}${SHIP}`, negatable: true, tag: 'abs' },
    { pattern: `${ABS}(能|会|可以|就|给您|帮您|为您)?(到|发)`, negatable: true, tag: 'abs1' },
    { pattern: '全天候…{8}(发货|发出|配送|出库)', tag: 'always' },
    { pattern: '(24|二十四)小时(加急|不间断|不停)…{4}(发货|发出|配送)', tag: 'always' },
    { pattern: '(今天|今日|当天|明天|明日)(就|马上|立刻|立即)(会|能|可以)?(优先)?(给您|为您|帮您)?(发货|发出|寄出|安排发货|发|到|送达|收到)', tag: 'soft', negatable: true },
    { pattern: '(下单|付款|拍下)(后|以后|之后)?(马上|立刻|立即|秒)发(货)?', tag: 'soft', negatable: true },
    { pattern: '(就)?等着收货(吧|就行|就好|就可以)', tag: 'soft' },
  ],
  check(ctx) {
    const t = ctx.text;
    for (const h of ctx.hits) {
      const tag = h.trigger.tag;
      const [ss, se] = sentenceAt(t, h.start);
      const sentence = t.slice(ss, se);
      let qe = h.end;
      while (qe < se && !/[,、:]/.test(t[qe])) qe++;
      const question = (qe === se && t[se] === '?') || /[吗么]$/.test(t.slice(h.end, qe));
      const hedged = hasIn(ctx, '@HEDGE', ss, se) || EXTRA_HEDGES.test(sentence);
      if (tag === 'always') {
        ctx.report({ start: h.start, end: h.end, message: '“全天候24小时加急发货”是做不到也无法核实的承诺：请说真实的发货安排，例如“下午5点前付款当天发出”。' });
        continue;
      }
      if (hedged || question) continue;
      let cs = h.start;
      while (cs > ss && !/[,、:]/.test(t[cs - 1])) cs--;
      const before = t.slice(Math.max(ss, cs - 12), h.start);
      if (DENIED_BEFORE.test(before) || OTHERS_BEFORE.test(before)) continue;
      if (/[到发]$/.test(t.slice(h.start, h.end)) && NOT_SHIP_AFTER.test(t.slice(h.end, h.end + 4))) continue;
      if (tag === 'abs' || tag === 'abs1') {
        if (/为了$/.test(t.slice(Math.max(0, h.start - 2), h.start))) continue; // 为了保证您能收到: a purpose
        // the time must be in this clause or the one just before it (明天一定到 / 今天下单,三天内绝对能收到)
        let ps = Math.max(ss, cs - 1);
        while (ps > ss && !/[,、:]/.test(t[ps - 1])) ps--;
        let ce = h.end;
        while (ce < se && !/[,、:]/.test(t[ce])) ce++;
        if (!TIME_EXPR.test(t.slice(ps, ce))) continue;
        ctx.report({ start: h.start, end: h.end });
        continue;
      }
      ctx.report({
        start: h.start, end: h.end, severity: 'info',
        message: '这句把发货/到货说死了：如果确实能做到可以保留，否则请留余地，例如“正常情况下今天可以发出，具体以物流为准”。',
      });
    }
  },
};
