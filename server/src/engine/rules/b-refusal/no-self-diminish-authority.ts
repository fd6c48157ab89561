import type { RuleModule } from '../api';
import { hasAny } from '../a-blame/util';

/** An offered application or escalation (§19.11). */
/** An agent's signature at a reply's end (（专员小树）), folded: 专员 there is the agent, not a specialist. */
const SIGNATURE = /[(（]专员[^)）]{1,6}[)）]/g;

export const ESCALATE = [
  '申请', '主管', '上级', '领导', '反馈给', '上报', '升级', '转给', '转交', '请示', '帮您问', '帮您争取', '给您争取', '为您争取', '专员', '提交给', '帮您提交', '帮您登记',
];

/** True when [start, end) is a whole phrase: punctuation, a space or the text edge on both sides. */
function standsAlone(text: string, start: number, end: number): boolean {
  const edge = (c: string | undefined): boolean => c === undefined || /[\s,,。.!?;~、…]/.test(c);
  return edge(text[start - 1]) && edge(text[end]);
}

/**
 * B6. Shirking by claiming to be powerless. "I'm only a small agent" forms are warnings; an
 * authority limit (没有权限, 做不了主) is a warning without and info with an offered
 * application or escalation (§19.11).
 */
export const noSelfDiminishAuthority: RuleModule = {
  meta: {
    id: 'no-self-diminish-authority',
    category: 'B',
    severity: 'warning',
    scope: 'text',
    fixable: true,
    title: '不要说“我只是个小客服”',
    message: '“我只是个小小的客服/我做不了主”会让顾客觉得在推诿：直接说您能为顾客做什么，例如“我马上帮您向主管申请运费减免，申请结果5分钟内告诉您~”。',
    docs: {
      why: '「要勇于承担责任:不能产生推诿感」（004_6f48d8546034e7a1.txt）。店铺手册处理“硬是不出运费”的话术里有「我只是个小小的客服」（001_87bc0df9dc2bb46e.txt），这句推卸感很强；同一段后面的「要不这样,我去给您申请一下给您免掉一些运费您看可以吗?」（001_87bc0df9dc2bb46e.txt）才是该有的做法。',
      bad: [
        '我只是个小小的客服',
        '这个我说了不算',
        '我没有这个权限哦',
        '我只是打工的',
      ],
      good: [
        '我没有这个权限,不过我马上帮您向主管申请,5分钟内给您答复（提示级）',
        '亲,我马上帮您向主管申请运费减免,申请结果5分钟内告诉您~',
      ],
      notes: [
        '“我只是个(小小的)客服/打工的”这类自我贬低始终为警告（FX-001-37 即使后面有“我去给您申请一下”也报告）。',
        '“没有权限/做不了主/说了不算”后面给出申请或转主管等办法时为提示，否则为警告（§19.11）。',
        '“我这边不是技术人员，无法确定”同样是以身份推脱：请去问清楚再答复（第十六轮真实语料评测）；“小妹也非专业人士”“这里只是…售前客服 是操作不了”同样报告（第二十轮）；“这边确实不是很懂”同样（第二十五轮）；“活动设置这边确实不是很清楚”同样，“确实不太清楚您指的是哪个”是反问，不报告（第三十六轮）；“妹子也不是很清楚…”同样（第三十七轮）；“暂无权限查询…”同样，说顾客账号没有权限的不报告（第四十轮）；作为回答的“我也不清楚”也报告，后面接着问顾客的（我也不清楚您指的是…）不报告（第四十七轮）。“第一次遇到，不太清楚”也报告；回复末尾客服的署名（专员某某）不是上报给专员，不算给出的办法（第一百二十四轮）。',
        '快速修复：“我只是个小小的客服”单独成句时可以直接删除，其余部分不变。',
      ],
    },
  },
  triggers: [
    { pattern: '我(只是|就是|不过是|仅仅是)(个|一个|一名|一位)?(小小的|小小|小|普通的|普通)?(客服|打工的|打工人|员工|小兵|售前|售后)', tag: 'diminish' },
    { pattern: '我一个(小)?(客服|打工的)', tag: 'diminish' },
    { pattern: '(我|小妹|客服)(也|这边|可)?(做不了主|作不了主|说了不算|决定不了|定不了|无权|没权|没有权力|没有这个权力)', tag: 'limit' },
    { pattern: '(我|小妹|客服|我这边)(也)?(没有|没)(这个|相关|这样的)?(权限|权利)', tag: 'limit' },
    { pattern: '(权限不够|权限不足)', tag: 'limit' },
    // 小沃这边是微博客服,暂无权限查询…: no permission, as the answer (not the customer's account lacking one)
    { pattern: '(暂无|暂时没有)(相关)?权限(查询|查看|处理|操作|修改|办理)', tag: 'limit', except: ['(您|你)…{4}(暂无|暂时没有)(相关)?权限(查询|查看|处理|操作|修改|办理)'] },
    // 我这边不是技术人员无法确定: not the one who knows, instead of finding out
    { pattern: '(我|小妹|妹子|客服)(这边)?(也)?(不是|并不是|并非)(技术|专业|维修)(人员)?…{4}(无法|不能|没法|不清楚|不知道)', tag: 'limit' },
    // 小妹也非专业人士 / 小胡这里只是…售前客服 是操作不了
    { pattern: '(我|小妹|妹子|客服)(这边|这里)?(也)?(非|不是|并非)专业(人士|人员)', tag: 'limit' },
    { pattern: '(这边|这里)(只是|就是|仅仅是)…{4}(售前|售后)(客服)?…{4}(操作不了|处理不了|做不了|办不了|无法|不能)', tag: 'limit' },
    // 这边确实不是很懂…建议您联系页面商品客服
    // (not 我不太懂您的意思 / 不太了解您说的情况: a question asked back, not a lack of knowledge)
    { pattern: '(我|小妹|妹子|这边|我这边)(也)?(确实|真的)?不(是)?(很|太)(懂|专业)', tag: 'limit', except: ['(我|小妹|妹子|这边|我这边)(也)?(确实|真的)?不(是)?(很|太)懂(您|你|亲)'] },
    // 活动设置这边确实不是很清楚: not knowing, said as the answer (not 不太清楚您说的是哪款, a question back)
    { pattern: '(我|小妹|妹子|这边|我这边)(也|确实|真的|也确实)不(是)?(很|太)?清楚', tag: 'limit', except: ['(我|小妹|妹子|这边|我这边)(也|确实|真的|也确实)不(是)?(很|太)?清楚(您|你|亲|是|哪|什么|具体|呢|哦|的)'] },
    // (我们也是第一次见到，不太清楚，建议您去论坛…: not knowing, said as the answer after a remark, then sent elsewhere)
    { pattern: '第一次(看见|见到|遇到|听说)…{4}不(是)?(很|太)?清楚', tag: 'limit' },
    { pattern: '超出(了)?(我的)?权限', tag: 'limit' },
    { pattern: '不是我(能|可以)(决定|做主|说了算)', tag: 'limit' },
  ],
  check(ctx) {
    // (…（专员咖啡）: the agent's signature names no specialist to escalate to)
    const escalates = hasAny(ctx.text.indexOf('专员') >= 0 ? ctx.text.replace(SIGNATURE, '') : ctx.text, ESCALATE);
    for (const h of ctx.hits) {
      if (h.trigger.tag === 'limit' && escalates) {
        ctx.report({ start: h.start, end: h.end, severity: 'info', message: '说明了权限限制，也给出了申请/上报的办法：可以更直接地说“我马上帮您向主管申请”，不必先说自己做不了主。' });
      } else if (h.trigger.tag === 'diminish' && standsAlone(ctx.text, h.start, h.end)) {
        // the phrase is a clause of its own: dropping it leaves the rest of the reply intact
        ctx.report({ start: h.start, end: h.end, replacement: '', fixTitle: '删除“我只是个客服”这类推诿的说法' });
      } else ctx.report({ start: h.start, end: h.end });
    }
  },
};
