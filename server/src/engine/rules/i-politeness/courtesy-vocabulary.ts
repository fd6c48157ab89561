import type { RuleModule } from '../api';
import { leadRange } from './util';

/** I3. Info: a reply with no courtesy word and no polite address at all. */
export const courtesyVocabulary: RuleModule = {
  meta: {
    id: 'courtesy-vocabulary',
    category: 'I',
    severity: 'info',
    scope: 'text',
    title: '多用礼貌用语',
    message: '这条回复没有任何礼貌用语，也没有用“您/亲”称呼顾客：建议加上“您好、请、请问、麻烦、请稍等、不好意思、谢谢”等用语，例如“您好，这款是有现货的哦，谢谢您的关注~”。',
    docs: {
      why: '种子资料要求「常用请或者是欢迎光临、认识您很高兴、希望您在这里找到满意的宝贝、您好、请问、麻烦、请稍等、不好意思、非常抱歉、和多谢支持等用语。」（000_37cadcef1d5464bd.txt），并说「一句欢迎光临,一句谢谢惠顾,短短几个字,却能让买家听起来舒服」（000_37cadcef1d5464bd.txt）。',
      bad: ['这款有货,直接拍', '尺码表在详情页里'],
      good: ['亲,默认申通或者圆通呢', '请问您平时穿多大的码呢?', '这款有现货的,谢谢关注'],
      notes: [
        '只在回复里既没有礼貌用语（共享词表 POLITE、APOLOGY、THANKS、GREETING，以及欢迎、很高兴、打扰了）也没有“您/亲”称呼和语气词时提示。',
        '语气词（哦、呢、呀、哈、啦）和“客官、咱们”这类亲切称呼也算有温度，不提示：这类回复缺的是完整的礼貌用语，但已不显冷漠。',
        '提示级别：冷漠、机械的短回复由 no-cold-mechanical-tone 负责评分，这里只给出用语建议。',
        '“申请”“邀请”里的“请”不算礼貌用语（真实语料评测：“可以申请退款”这类回复原来被当成有礼貌用语）。',
      ],
    },
  },
  triggers: [
    { pattern: '您', tag: 'warm' },
    { pattern: '亲', except: ['亲自', '亲身', '亲手', '亲眼', '亲测', '亲肤', '亲子', '亲人', '亲戚', '亲友', '母亲', '父亲', '双亲'], tag: 'warm' },
    { pattern: '欢迎', tag: 'warm' },
    { pattern: '很高兴', tag: 'warm' },
    { pattern: '打扰', tag: 'warm' },
    { pattern: '劳驾', tag: 'warm' },
    { pattern: '(客官|小妹|咱们|咱家|亲亲)', tag: 'warm' },
    { pattern: '(哦|呢|呀|哈|啦|噢|哟|呦|喔)', tag: 'particle' },
  ],
  check(ctx) {
    if (!/[\u4e00-\u9fff]/.test(ctx.text)) return;
    if (ctx.hits.length) return;
    // 请 inside 申请 / 邀请 is no courtesy word
    const polite = ctx.hitsOf('@POLITE').some((p) => !(ctx.text[p.start] === '请' && /[申邀]/.test(ctx.text[p.start - 1] ?? '')));
    if (polite || ['@APOLOGY', '@THANKS', '@GREETING'].some((o) => ctx.has(o))) return;
    ctx.report(leadRange(ctx.text));
  },
};
