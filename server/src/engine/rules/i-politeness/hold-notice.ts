import type { RuleModule } from '../api';
import { atPhraseStart } from './util';

/** I5. Info: going off to check something should come with 请稍等 / 您稍等. */
export const holdNotice: RuleModule = {
  meta: {
    id: 'hold-notice',
    category: 'I',
    severity: 'info',
    scope: 'text',
    fixable: true,
    title: '去查询前请顾客稍等',
    message: '要去查询或核实时，没有请顾客稍等：建议先说“请您稍等”，例如“亲，请您稍等，我马上帮您查询”。',
    docs: {
      why: '种子资料给出「需要客户暂时等待的:亲,您稍等,马上帮您查询,您可以先看看店里其他产品。」（001_87bc0df9dc2bb46e.txt），并说「收到这种问题之后首先要客户稍等一下」（001_87bc0df9dc2bb46e.txt）；推荐用语里也有「请稍等」（000_37cadcef1d5464bd.txt）。',
      bad: ['我帮您查一下', '好的,我这边联系一下快递'],
      good: ['亲,您稍等,马上帮您查询,您可以先看看店里其他产品。', '请稍等我马上联系快递给您处理哦', '我帮您查一下,有结果第一时间告诉您', '我帮您查了一下,包裹已经到您所在的城市了'],
      notes: [
        '只在回复里出现“我（这边）…查一下/核实一下/看一下/问一下”或“联系一下快递/仓库”这类马上要去查的说法，而没有“稍等/稍候/等我一下/片刻”也没有回复承诺（第一时间告诉您、有结果通知您）时提示。',
        '查询结果已经在同一条回复里给出（后面有“已经/显示/查到”）时不提示。',
        '快速修复：在查询说法前插入“请您稍等，”。',
      ],
    },
  },
  triggers: [
    { pattern: '(我|这边|我们)…{4}(查一下|查下|查询一下|查看一下|核实一下|核对一下|问一下|问下|问问|询问一下)', tag: 'check' },
    { pattern: '(帮您|给您|为您)(查|查询|查看|核实|核对|问|看)(一下|下)', tag: 'check' },
    { pattern: '(我|这边|我们)…{4}(联系|问问|咨询)(一下|下)?(快递|仓库|物流|厂家|同事|售后|技术|主管)', tag: 'check' },
    { pattern: '(稍等|稍候|片刻|等我|等一下|等一会|耐心等)', tag: 'wait', inQuotes: true },
    { pattern: '(一会儿|一会|稍后|马上|尽快|等下)(给您)?(回复|答复|告诉|通知|联系|回)您', tag: 'wait', inQuotes: true },
  ],
  check(ctx) {
    if (ctx.has('@FOLLOWUP') || ctx.hits.some((h) => h.trigger.tag === 'wait')) return;
    const h = ctx.hits.find((x) => x.trigger.tag === 'check');
    if (!h) return;
    const before = ctx.text.slice(Math.max(0, h.start - 3), h.start);
    if (/已|刚/.test(before + ctx.text.slice(h.start, h.end))) return;
    if (/显示|已经|已到|查到|看到|查了/.test(ctx.text.slice(h.end))) return;
    // the gap may reach back over a comma (发我,我查一下): start at the last subject inside the hit
    const span = ctx.text.slice(h.start, h.end);
    const k = Math.max(span.lastIndexOf('我'), span.lastIndexOf('这边'));
    const start = h.trigger.tag === 'check' && k > 0 && /[,、:]/.test(span.slice(0, k)) ? h.start + k : h.start;
    const insert = atPhraseStart(ctx.text, start) ? { at: start, text: '请您稍等，' } : undefined;
    ctx.report({ start, end: h.end, insert, fixTitle: insert ? '加上“请您稍等，”' : undefined });
  },
};
