import type { RuleModule } from '../api';

/**
 * E5 (info). Two checks: agent-centred opinion openings (我觉得 / 我认为 / 我个人…), and the
 * metric of the catalog: 我 (not 我们, not service-action 我帮您/我马上/我会…, not object 联系我)
 * counted ≥ 3 and more than 您 + 咱们/咱家.
 */
const SERVICE_AFTER = /^(帮|给|为|来|会|马上|立即|立刻|这边|这里|现在|先|去|已经|再|都会|一定|尽快|尽量|替|也会|可以帮|随时|稍后|第一时间|核实|查|看一下|看看|跟进|申请|处理|安排|联系)/;
/** 我的京东 / 我的订单…: names of app pages, not the agent speaking. */
const UI_AFTER = /^的?(京东|订单|淘宝|发票|退换货|账户|资产|优惠券|钱包|客户服务|活动|预约|售后|评价|页面|主页|收货地址|地址|收藏|购物车|足迹|预约|-|—|>|”)/;
const OBJECT_BEFORE = /(联系|告诉|找|叫|跟|和|给|问|私信|提醒|通知|转告|帮|让|请|麻烦)$/;

export const fewerWoMoreNinZanmen: RuleModule = {
  meta: {
    id: 'fewer-wo-more-nin-zanmen',
    category: 'E',
    severity: 'info',
    scope: 'text',
    title: '少用“我”，多用“您”“咱们”',
    message: '这句话以“我”的看法为中心：换成从顾客角度出发的说法，多用“您”“咱们”，例如把“我觉得这款适合”改成“这款很适合您”。',
    docs: {
      why: '种子培训资料要求「少用我字,多用您或咱们,这样的字眼,让顾客感觉到卖家在全心全意的为他想问题」（000_37cadcef1d5464bd.txt）。种子话术里的「其实我觉得,买东西的时候咱们更多的去在意价格」「我个人偏好粉色呢」（001_87bc0df9dc2bb46e.txt）都是以客服自己为中心的说法。',
      bad: [
        '其实我觉得,买东西的时候咱们更多的去在意价格',
        '黄色显得更精神,粉色更可爱,我个人偏好粉色呢',
        '我看了一下,我是觉得我这边说得很清楚了,我也没办法',
      ],
      good: [
        '您完成这笔交易之后您就是咱们店铺的VIP会员了,以后您这个旺旺来咱家购物就能享受相应的折扣的哦。',
        '有消息后我会第一时间联系您~',
        '我帮您查一下,我马上给您答复',
      ],
      notes: [
        '提示级（度量）。两种情况报告：以“我觉得/我认为/我个人/我感觉”开头的个人看法；以及一条回复里“我”（不含“我们”）出现至少 3 次且多于“您”和“咱们/咱家”的总数。',
        '为顾客做事的“我”不计数：我帮您、我马上、我这边给您、我来处理、我会第一时间联系您；“联系我”“和我说”这类宾语位置的“我”也不计数。',
        '“我们”不计数（种子说的是“我字”），只在提示里建议换成“咱们”。',
      ],
    },
  },
  triggers: [
    { pattern: '我(个人)?(觉得|认为|感觉|偏好|个人觉得)', tag: 'opinion' },
    { pattern: '我个人(建议|喜欢|比较|更|倾向|偏)', tag: 'opinion' },
    { pattern: '我(这里|这边)(的)?规定', tag: 'opinion', message: '“我这里规定”把规矩说成客服个人的：请从顾客角度说明，例如“为了保障您的权益，咱们店铺是这样安排的……”。' },
  ],
  check(ctx) {
    const t = ctx.text;
    const hits = ctx.hits;
    for (let k = 0; k < hits.length; k++) {
      const h = hits[k];
      if (ctx.negated(h.start)) continue;
      ctx.report({ start: h.start, end: h.end });
    }
    // three 我 at least are needed to report: most replies have fewer, and this rule runs on every reply
    let wo = 0;
    for (let i = t.indexOf('我'); i >= 0 && wo < 3; i = t.indexOf('我', i + 1)) wo++;
    if (wo < 3) return;
    const counted: number[] = [];
    for (let i = t.indexOf('我'); i >= 0; i = t.indexOf('我', i + 1)) {
      if (/[们司]/.test(t[i + 1] ?? '') || t.startsWith('公司', i + 1) || ctx.inQuote(i, i + 1)) continue;
      if (SERVICE_AFTER.test(t.slice(i + 1, i + 6)) || UI_AFTER.test(t.slice(i + 1, i + 7))) continue;
      if (/[-—>“:]$/.test(t.slice(Math.max(0, i - 1), i).trim())) continue;
      if (OBJECT_BEFORE.test(t.slice(Math.max(0, i - 3), i))) continue;
      counted.push(i);
    }
    if (counted.length < 3) return;
    const nin = t.split('您').length - 1;
    const zan = t.split('咱').length - 1;
    if (counted.length <= nin + zan) return;
    const first = counted.find((i) => !ctx.hits.some((h) => i >= h.start && i < h.end));
    if (first === undefined) return;
    ctx.report({
      start: first, end: first + 1,
      message: `这条回复以“我”为中心（“我”${counted.length} 次，“您/咱们” ${nin + zan} 次）：多站在顾客角度说话，多用“您”“咱们”。`,
    });
  },
};
