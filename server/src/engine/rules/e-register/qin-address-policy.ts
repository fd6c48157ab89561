import type { RuleModule } from '../api';
import { messageRanges } from './util';

/**
 * E3. The address term 亲 (淘宝体): a shop policy (`policy: {qin: allow|limit|forbid}` → option
 * `mode`, default `allow`). allow: more than `max` (2) 亲 in one message is info. limit: more than
 * `max` (1) in one message, or 亲 in a complaint, is info. forbid: every 亲 is a warning.
 * 亲 inside words (亲自, 亲身, 亲切, 亲测, 亲肤, 亲子, 母亲…) is not the address term.
 */
export const qinAddressPolicy: RuleModule = {
  meta: {
    id: 'qin-address-policy',
    category: 'E',
    severity: 'info',
    scope: 'text',
    title: '称呼“亲”要按店铺规范使用',
    message: '一条消息里“亲”用得太多，显得过于随意、不够专业：一条消息开头称呼一次即可，其余地方用“您”。',
    options: { mode: 'allow' },
    docs: {
      why: '种子资料对“亲”看法不一：「比如,使用网络流行的“淘宝体”,虽然对“亲”这个字的褒贬不一,但很容易拉近客服与买家的距离。」（001_87bc0df9dc2bb46e.txt）。最佳开场白选项「C.您好,我是某某店铺的客服圈圈,感谢您的光临」（000_37cadcef1d5464bd.txt）没有用“亲”，而种子话术 12 一条消息里用了五次（「给您造成不便了亲,真没想到会发生这样的事情呢亲」，001_87bc0df9dc2bb46e.txt）。所以是否用“亲”由店铺决定，本规则默认只提示用得过多。',
      bad: [
        '亲,非常抱歉哦,给您造成不便了亲,真没想到会发生这样的事情呢亲,我马上为您处理',
      ],
      good: [
        '您好,亲有什么问题让您不满意吗?',
        '亲,建议您亲自试一下,亲身体验一下手感',
        '非常抱歉哦,请先息怒呢,真的不好意思,给您造成不便了',
      ],
      notes: [
        '配置：policy: {qin: allow|limit|forbid}（对应选项 mode，默认 allow）；选项 max 为每条消息允许的次数（allow 默认 2，limit 默认 1）。',
        'allow：一条消息里超过 max 次为提示。limit：超过 max 次，或在投诉场景里称呼“亲”，为提示。forbid：品牌不允许用“亲”，每一处都是警告，请改用“您”或“先生/女士”。',
        '“亲亲”“亲爱的”“亲们”按同一称呼处理；亲自、亲身、亲切、亲测、亲肤、亲子、母亲等词里的“亲”不算称呼。',
        '不提供自动修复：“亲”在句首、句尾位置不同，删除或替换都可能让句子不通。',
      ],
    },
  },
  triggers: [
    {
      pattern: '亲(亲|爱的|们)?',
      except: [
        '亲(自|身|切|测|肤|子|人|友|戚|近|密|手|眼|耳|口|笔|和|情|属|朋|历|临|民|吻|热|生|家|王|昵|水|油|睐|信|疏|缘|娘|爹|骨肉|兄弟|姐妹)',
        '(母|父|双|乡|探|相|省|血|近|至|表|宗|娘|成|定|结|求|思|可|乡|六)亲',
      ],
    },
  ],
  check(ctx) {
    const mode = String(ctx.option('mode', 'allow'));
    if (mode === 'forbid') {
      for (const h of ctx.hits) {
        ctx.report({ start: h.start, end: h.end, severity: 'warning', message: '店铺规范不使用“亲”这个称呼：请改用“您”，或“先生/女士”，例如“您好，请问有什么可以帮您？”。' });
      }
      return;
    }
    const max = Math.max(0, Number(ctx.option('max', mode === 'limit' ? 1 : 2)));
    const reported = new Set<number>();
    for (const [ms, me] of messageRanges(ctx.text)) {
      const inMsg = ctx.hits.filter((h) => h.start >= ms && h.end <= me);
      if (inMsg.length <= max) continue;
      const h = inMsg[max];
      reported.add(h.start);
      ctx.report({ start: h.start, end: h.end, message: `这条消息用了 ${inMsg.length} 次“亲”，显得过于随意：一条消息称呼一次即可，其余地方用“您”。` });
    }
    if (mode === 'limit' && ctx.isComplaint() && ctx.hits.length && !reported.has(ctx.hits[0].start)) {
      const h = ctx.hits[0];
      ctx.report({ start: h.start, end: h.end, message: '顾客在投诉或协商赔偿时，“亲”会显得轻率：请改用“您”，语气更郑重。' });
    }
  },
};
