import type { RuleModule } from '../api';
import { appendAtEnd, leadRange } from './util';

/** I9. Warning: a closing-stage reply needs a courteous close (wish, welcome back), sale or no sale. */
export const properClosing: RuleModule = {
  meta: {
    id: 'proper-closing',
    category: 'I',
    severity: 'warning',
    scope: 'context',
    rubric: 'flow',
    fixable: true,
    title: '结束对话要有礼貌的道别',
    message: '结尾话术缺少道别：无论是否成交，都请用祝福或欢迎再来收尾，例如“感谢您的光临，欢迎下次光顾，祝您生活愉快！”。',
    docs: {
      why: '种子资料强调「道别步骤也必不可少,无论是成交或没有成交都要保持统一的热 情态度去对待每一位客人。」（001_87bc0df9dc2bb46e.txt），「交易完成之后或者谈崩之后,记得欢送以及期待客人收藏、关注。」（001_87bc0df9dc2bb46e.txt）；推荐结尾如「再次感谢您的惠顾,期待与您成为朋友,祝您事事顺心!」（000_37cadcef1d5464bd.txt）。质检评分表把「结尾」列为服务流程的最后一步（004_6f48d8546034e7a1.txt）。',
      bad: ['好的,已经给您备注了', '那您再看看吧'],
      good: ['再次感谢您的惠顾,期待与您成为朋友,祝您事事顺心!', '谢谢您的惠顾,您就等着收货吧,合作愉快,就不打扰您了。', '亲,感谢您的光临,非常遗憾没能跟您完成这次交易,希望您可以收藏下咱家店铺,再次感谢光临~'],
      notes: [
        '只检查 stage 为 closing 的话术。',
        '认作道别的写法：共享词表 CLOSING（祝您、欢迎下次光临、期待与您、就不打扰您了、再次感谢、有任何问题随时联系……），以及“期待您再来”“欢迎常来”“下次见”“下次…回来逛”“收藏…店铺”“祝…愉快/顺利/开心”等（FX-001-33 的购后结尾“收藏下咱们店铺,方便您下次回来逛”算道别）。',
        '快速修复：回复以汉字或句末标点结尾时，在末尾追加“祝您生活愉快！”（以汉字结尾时前面加“，”）；以链接、占位符或括号结尾时不提供修复。',
      ],
    },
  },
  triggers: [
    { pattern: '期待(您|下次|再次|与您|和您)', tag: 'close' },
    { pattern: '欢迎…{4}(再来|回来|光顾|光临|常来|再次)', tag: 'close' },
    { pattern: '(有需要|有问题|有事)…{4}(随时|再)…{3}(联系|找|咨询)', tag: 'close' },
    { pattern: '(回头|下次)见', tag: 'close' },
    { pattern: '(祝|愿)…{8}(愉快|顺利|开心|快乐|顺心|健康|如意|美满|满意)', tag: 'close' },
    { pattern: '(晚安|常来|再会|随时恭候|随时为您服务)', tag: 'close' },
    { pattern: '下次…{4}(再来|来|回来|光临|光顾|逛)', tag: 'close' },
    { pattern: '(收藏|关注)…{6}(店铺|本店|咱家|小店)', tag: 'close' },
  ],
  check(ctx) {
    if (ctx.script.stage !== 'closing' || !ctx.text.trim()) return;
    if (ctx.has('@CLOSING') || ctx.hits.length) return;
    const insert = appendAtEnd(ctx.text, '祝您生活愉快！');
    const lead = leadRange(ctx.text);
    ctx.report({ start: lead.start, end: lead.end, insert, fixTitle: insert ? '在末尾加上“祝您生活愉快！”' : undefined });
  },
};
