import type { RuleModule } from '../api';
import { hasAny, leadRange } from './util';

/** The customer already said there is nothing else. */
const DONE = ['没有了', '没了', '不用了', '没别的', '没有别的', '就这些', '就这样', '没事了', '没其他'];

/** I10. Info: before ending, ask whether there is anything else. */
export const askFurtherNeedsAtClose: RuleModule = {
  meta: {
    id: 'ask-further-needs-at-close',
    category: 'I',
    severity: 'info',
    scope: 'context',
    rubric: 'flow',
    title: '结束前询问是否还有其他需要',
    message: '结尾话术没有询问顾客是否还有其他需要：建议加上“请问还有其他可以帮您的吗？”或“后续有任何问题随时联系我们哦~”。',
    docs: {
      why: '种子资料要求「结束对话时再次询问需求和表达感谢」（002_c8fa4cc30f1a7fd9.txt），推荐写法如「宝贝还有后续问题都及时联系我们,优先处理哦。」（000_37cadcef1d5464bd.txt）和「如果您还有什么问题请您和我说」（001_87bc0df9dc2bb46e.txt）。',
      bad: ['感谢您的光临,祝您生活愉快!'],
      good: ['请问还有其他可以帮您的吗?', '宝贝还有后续问题都及时联系我们,优先处理哦。', '如果您还有什么问题请您和我说,我一定第一时间给您解决。'],
      notes: [
        '只检查 stage 为 closing 的话术；顾客一句已经说了“没有了/不用了/就这些”时不提示。',
        '认作询问的写法：还有其他/别的/什么…吗、如（果）还有…问题/需要…、有任何问题随时联系/找、后续…问题…联系。',
        '提示级别，不提供快速修复（proper-closing 的修复已在末尾追加祝福）。',
      ],
    },
  },
  triggers: [
    { pattern: '还有(其他|别的|什么|哪些|啥)…{8}(吗|么|呢|\\?|随时)', tag: 'further' },
    { pattern: '(如|若|如果|要是)(还|您还)?有…{8}(问题|需要|疑问|需求)', tag: 'further' },
    { pattern: '(有|还有)(任何|什么|其他|别的)?(问题|疑问|需要|需求)…{8}(随时|联系|找|咨询|告诉|说)', tag: 'further' },
    { pattern: '随时(联系|找|咨询|留言|戳|召唤|问)', tag: 'further' },
    { pattern: '(后续|之后|以后)…{6}(问题|需要)…{6}(联系|找)', tag: 'further' },
  ],
  check(ctx) {
    if (ctx.script.stage !== 'closing' || !ctx.text.trim() || ctx.hits.length) return;
    if (hasAny(ctx.customer, DONE)) return;
    ctx.report(leadRange(ctx.text));
  },
};
