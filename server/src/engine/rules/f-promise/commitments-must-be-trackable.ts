import type { RuleModule } from '../api';
import { TIME_EXPR, scan, sentenceAt } from '../e-register/util';

/**
 * F4 (info, a tooling hook). Extracts concrete commitments so that they can be logged and kept:
 * a time-bound action for the customer (明天上午给您回电, 今天下班前给您退款, 2分钟后给您答复)
 * and a compensation amount (给您补偿10元). Also notes when the customer says an earlier promise
 * was broken (答应我昨天退). Vague intentions (会尽快) are left to promise-follow-up.
 */
const TIME_G = new RegExp(`(${TIME_EXPR.source.slice(1, -1)}|下班前|今晚|中午前|[0-9]+\\s*分钟后)`, 'g');
const ACTION = /^[^,、:。!?;~\n\[]{0,8}?(回电|回复您|答复|联系您|通知您|告诉您|退款|退还|补发|重发|重新发|发货|发出|寄出|处理好|给您处理|到账|打电话|电话联系|核实|给您结果|给您消息|安排|退给您|转账)/;
const OWNER = /(给您|为您|帮您|我会|我们会|这边会|我来|我这边|我们这边|我们将|我将|专员会|同事会|售后会|我(明天|今天|今晚|稍后|下午|上午))/;
const AMOUNT = /((补偿|赔偿|返现|返还|退还|退|补|赔|返)(您|给您)?|送(您|给您))\s*(([0-9]+(\.[0-9]+)?|[一二两三四五六七八九十百]+)\s*(元|块钱|块|积分)|\[金额x\])/g;
/** The units an amount ends in (AMOUNT): without one, no compensation is promised. */
const AMOUNT_UNIT = /元|块|积分|金额/;
const NONE: ReturnType<typeof scan> = [];
const BROKEN = /(答应(我|过|了|好)|说好(的|了)|承诺(过|了)|不讲信用|说话不算数|言而无信)/;

export const commitmentsMustBeTrackable: RuleModule = {
  meta: {
    id: 'commitments-must-be-trackable',
    category: 'F',
    severity: 'info',
    scope: 'text',
    title: '具体承诺要记录并兑现',
    message: '这句话给了顾客一个具体承诺（时间、回电或金额）：请记录下来并按时兑现，做不到时提前告知顾客。',
    docs: {
      why: '种子质检标准要求「不轻易承诺:说了就要做到,承诺必须兑现。」（004_6f48d8546034e7a1.txt），售后规范要求「如有消息一定第一时间告诉客户,及时跟进。」（000_37cadcef1d5464bd.txt）。种子话术 12 里顾客就在抱怨「答应我昨天退怎么能不讲信用」（001_87bc0df9dc2bb46e.txt）。',
      bad: [
        '明天上午给您回电,告诉您处理结果',
        '我们给您补偿10元,今天下班前给您退款',
      ],
      good: [
        '我会尽快帮您跟进的',
        '有消息后我会第一时间联系您~',
      ],
      notes: [
        '提示级：这是给工具用的提取规则，不是违规。它标出带具体时间的行动（明天上午给您回电、今天下班前给您退款、2分钟后给您答复）和具体的补偿金额（给您补偿10元），方便记录和跟进。',
        '顾客说之前的承诺没有兑现（答应我昨天退、说好的）时，在回复开头提示一次。',
        '“会尽快”这类没有时间的意愿不算具体承诺，由 promise-follow-up 负责。',
      ],
    },
  },
  check(ctx) {
    const t = ctx.text;
    const spans: [number, number][] = [];
    // a commitment has an owner (给您 / 我会 …) and an amount a unit: most replies hold neither, and
    // this rule runs on every reply
    const times = OWNER.test(t) ? scan(ctx, TIME_G) : NONE;
    for (let k = 0; k < times.length; k++) {
      const m = times[k];
      const [ss, se] = sentenceAt(t, m.start);
      if (spans.some(([a, b]) => m.start < b && a < m.end + 1)) continue;
      const after = t.slice(m.end, se);
      const a = ACTION.exec(after);
      if (!a) continue;
      let cs = m.start;
      while (cs > ss && !/[,、:]/.test(t[cs - 1])) cs--;
      if (!OWNER.test(t.slice(cs, m.end + a[0].length))) continue;
      if (/(吗|\?)/.test(t.slice(m.end + a[0].length, se + 1))) continue;
      const end = m.end + a[0].length;
      if (/(左右|预计|一般|大概|估计|大约|可能|应该)/.test(t.slice(ss, end))) continue; // an estimate, not a commitment
      spans.push([m.start, end]);
      ctx.report({ start: m.start, end, message: `“${t.slice(m.start, end)}”是一个具体承诺：请记录下来，到时一定兑现；做不到时要提前告知顾客。` });
    }
    const amounts = AMOUNT_UNIT.test(t) ? scan(ctx, AMOUNT) : NONE;
    for (let k = 0; k < amounts.length; k++) {
      const m = amounts[k];
      ctx.report({ start: m.start, end: m.end, message: `“${m.text}”是具体的补偿承诺：请记录下来并确保兑现（金额要和实际申请的一致）。` });
    }
    if (BROKEN.test(ctx.customer) && t.length) {
      ctx.report({ start: 0, end: Math.min(t.length, 1), message: '顾客提到之前答应的事没有做到：请先为失信道歉，查清原来的承诺，给出这次能兑现的具体时间并记录下来。' });
    }
  },
};
