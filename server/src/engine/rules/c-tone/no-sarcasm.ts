import type { RuleModule } from '../api';
import { nearBefore } from './shared';

/** Disagreement before a surface compliment turns it into sarcasm (catalog §4 C4 trap). */
const DISAGREE = /(但是|可是|不过|只是|其实|根本|并不|不是|哪有|怎么可能|不可能|没办法|不行|那您|那你|去买|别家|贵的|呵呵)/;
/** A contradiction of the customer's claim just before 呵呵 (FX-001-11). */
const CONTRADICT = /(只是|不过是|其实|根本|并不是|并没有|不是|哪有|怎么可能|不可能|才怪)/;

/**
 * C4. Low-recall lexicon of mocking remarks (the seeds give none verbatim). Surface compliments
 * (真会挑, 真幽默, 厉害) fire only after a disagreement; 呵呵 only right after a contradiction
 * (warning); 呵呵 in general is no-internet-slang's.
 */
export const noSarcasm: RuleModule = {
  meta: {
    id: 'no-sarcasm',
    category: 'C',
    severity: 'error',
    scope: 'text',
    title: '不要讽刺顾客',
    message: '这句话带有讽刺、挖苦的意味：不要嘲讽顾客的要求或能力，真诚地认同顾客，再介绍商品或给出办法，例如“亲，您对品质要求高我们特别理解，这款的材质是…”。',
    docs: {
      why: '种子资料的【严禁事项】第3条：「不要讽刺客户及说出客户的错误。」（000_37cadcef1d5464bd.txt）。种子没有给出原话，最接近的是在反驳顾客后接一个「呵呵」：「相信实体店只是“5折起”,呵呵」（001_87bc0df9dc2bb46e.txt）。',
      bad: [
        '这么简单都不会?',
        '这款已经很便宜了,您可真会挑,那您去买贵的吧',
        '不行就是不行,那您厉害',
        '相信实体店只是“5折起”,呵呵,真正5折的应该只有几款老款的',
      ],
      good: [
        '亲的眼光非常好呢',
        '您的眼光真好呢,这款是我们的爆款哦',
        '您真会挑,这款是今年的新款哦',
        '亲,您对品质要求高我们特别理解,这款的材质是纯棉的,您可以放心选择',
      ],
      notes: [
        '真诚的夸奖（您的眼光真好呢）是种子推荐的说法：“真会挑/真幽默/厉害”只在同一句前后有反驳、拒绝或“呵呵”（不行就是不行,那您厉害；您可真会挑,那您去买贵的吧）时报告。',
        '“呵呵”紧跟在反驳顾客的话后面时为警告；其他场合的“呵呵”由 no-internet-slang 按网络用语处理。',
        '这条规则召回率低（只收录明确的挖苦说法），主要防止最刺耳的讽刺。',
        '把顾客的坚持说成性格（看来您可真是个固执的人、亲真是很较真的人）也报告；真诚的夸奖（您真是一个细心的人）不报告（第一百一十六轮真实语料评测）。',
      ],
    },
  },
  triggers: [
    { pattern: '这么(简单|容易)(的)?(事|问题|操作)?(都|也)(不会|不懂|不知道|看不懂|搞不定|弄不好)' },
    { pattern: '连(这|这个|这点|这都)(都|也)?(不会|不懂|不知道|看不懂|搞不定)' },
    { pattern: '(您|你|亲)(可)?真(会|能)(挑|说|砍|算|讲价|想)', tag: 'compliment' },
    { pattern: '(您|你|亲)(可)?真(幽默|有意思|厉害|牛|行)', tag: 'compliment' },
    { pattern: '(您|你)眼光(可)?真高', tag: 'compliment' },
    { pattern: '那(您|你)(可|真|就)?(厉害|牛|了不起)(了)?', tag: 'compliment' },
    { pattern: '那(您|你)(就)?(去)?买(贵|更贵|好)的(吧|去)' },
    // 看来您可真是个固执的人: the customer's insistence turned into a remark on their character
    { pattern: '(您|你|亲)(可|还)?真(是)?(一个|个)?(很|太|挺|蛮)?(执着|固执|较真|倔强|挑剔|难伺候)的人' },
    { pattern: '呵呵', tag: 'hehe' },
  ],
  check(ctx) {
    for (const h of ctx.hits) {
      const tag = h.trigger.tag;
      if (tag === 'compliment') {
        // The disagreement may come just before (不行就是不行,那您厉害) or right after (您可真会挑,那您去买贵的吧).
        const after = ctx.text.slice(h.end, h.end + 16).split(/[。!?\n]/)[0];
        if (!nearBefore(ctx.text, h.start, DISAGREE, 30) && !DISAGREE.test(after)) continue;
      } else if (tag === 'hehe') {
        if (ctx.text[h.start - 1] === '[' || ctx.text[h.start - 1] === '/') continue; // [呵呵] emoticon code
        if (!nearBefore(ctx.text, h.start, CONTRADICT, 24)) continue;
        ctx.report({ start: h.start, end: h.end, severity: 'warning', message: '在反驳顾客的话后面接“呵呵”，读起来像冷笑和讽刺：去掉“呵呵”，心平气和地说明情况。' });
        continue;
      }
      ctx.report({ start: h.start, end: h.end });
    }
  },
};
