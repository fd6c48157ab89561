import type { RuleModule } from '../api';
import { hasAny, insertPoint, leadRange } from './util';

/** The customer complains about waiting for a reply (folded customer text). */
const WAITED = ['怎么不回', '不回复', '不回我', '没人回', '没人理', '不理人', '都不理', '人呢', '半天不', '半天没', '等了半天', '等了好久', '等了很久', '等你好久', '等你们好久', '回复太慢', '回复好慢', '回复这么慢', '回得太慢', '回的太慢', '回得好慢', '回的好慢', '这么久才回', '才回我', '还在吗', '在不在啊'];

/** I6. Warning: a customer who had to wait gets an apology (让您久等了). */
export const apologizeForWait: RuleModule = {
  meta: {
    id: 'apologize-for-wait',
    category: 'I',
    severity: 'warning',
    scope: 'context',
    rubric: 'soothing',
    fixable: true,
    title: '让顾客久等要道歉',
    message: '顾客等了很久（或回复里承认回复晚了），却没有道歉：请先说“抱歉让您久等了”，例如“亲，不好意思哦，店里现在比较繁忙，让您久等了”。',
    docs: {
      why: '种子资料写明「忙碌时:亲,不好意思哦,店里现在比较繁忙,让您久等了。」（001_87bc0df9dc2bb46e.txt），推荐「亲,很抱歉让您久等了」（000_37cadcef1d5464bd.txt），考题也认为「接听客户来电时,因为有急事或在接另一个电话而耽搁时,应向来电的客户表示歉意。 √」（003_0eb3ff2274ce9cfe.txt）。',
      bad: ['刚才比较忙,您说的问题我看了', '回复晚了,您说的是哪个订单?'],
      good: ['亲,不好意思哦,店里现在比较繁忙,让您久等了。', '久等了亲,您的问题我已经看到了'],
      notes: [
        '回复时长是元数据，话术文件里没有；本规则只检查文本能判断的两种情况：顾客一句在抱怨没人回复（怎么不回、等了半天、人呢……），或回复自己承认回复晚了/刚才在忙（回复晚了、刚才比较忙、店里比较繁忙），而回复里没有道歉（共享词表 APOLOGY，含“让您久等”）也没有“久等”。',
        '顾客抱怨等待时标在回复开头；回复自己承认回复晚了时标在那句话上。快速修复：在开头的称呼（亲、您好）之后插入“抱歉让您久等了，”。',
      ],
    },
  },
  triggers: [
    { pattern: '(回复|回)(晚|慢|迟)了', tag: 'late' },
    { pattern: '(刚才|刚刚)…{4}(忙|没看到|没注意|没看见)', tag: 'late' },
    { pattern: '(店里|现在|目前)…{4}(繁忙|比较忙|太忙|很忙)', tag: 'late' },
    { pattern: '咨询(的)?人(比较|太|有点)?多', tag: 'late' },
  ],
  check(ctx) {
    const waited = hasAny(ctx.customer, WAITED);
    if (!waited && !ctx.hits.length) return;
    if (ctx.has('@APOLOGY') || ctx.text.includes('久等')) return;
    const at = insertPoint(ctx.text);
    const late = ctx.hits[0];
    const insert = at === undefined ? undefined : { at, text: '抱歉让您久等了，' };
    const where = late && !waited ? late : leadRange(ctx.text);
    ctx.report({ start: where.start, end: where.end, insert, fixTitle: insert ? '加上“抱歉让您久等了，”' : undefined });
  },
};
