import type { RuleModule, Trigger } from '../api';
import { isPunct } from './util';

/**
 * E1. Tiers as settled in §19.6: warning for slang words, 的-position 滴, M我 and meme phrases;
 * info for laughter (呵呵/哈哈/嘿嘿) and cute endings (好哒, 亲爱哒). 呵呵 rises to warning next
 * to an apology, a contradiction or a mocking question. 擦/晕/靠 fire only as standalone
 * interjections (not 擦拭, 摩擦, 头晕, 晕车, 靠谱).
 */
const INFO = 'info' as const;

/** Words whose whole match is slang; replacement only where the plain word fits every sentence. */
const WORDS: Trigger[] = [
  { pattern: '木有', replacement: '没有' },
  { pattern: '么有', replacement: '没有', boundary: true },
  { pattern: '神马', replacement: '什么' },
  { pattern: '肿么', replacement: '怎么' },
  { pattern: '酱紫', replacement: '这样' },
  { pattern: '灰常', replacement: '非常' },
  // 笔芯 for 比心 after thanks (not the pen refill)
  // (笔芯~~期待与您下次相遇: said as a greeting with its tildes)
  { pattern: '笔芯(~|～)', message: '“笔芯”（比心）是网络用语：请改用“感谢您”“祝您…”等规范说法。' },
  { pattern: '(支持|谢谢|感谢|爱您|爱你|给您|!)(,|~)?笔芯', message: '“笔芯”（比心）是网络用语：请改用“感谢您”“祝您…”等规范说法。' },
  // 虾米 for 什么 (虾米情况 / 是虾米), not the dried shrimp
  { pattern: '虾米(情况|意思|事|问题|东西|东东)', message: '“虾米”代替“什么”是网络用语：请写“什么”。' },
  { pattern: '(是|干|做|说|有)虾米(\\?|？|呢|啊|呀)', message: '“虾米”代替“什么”是网络用语：请写“什么”。' },
  { pattern: '蟹蟹', replacement: '谢谢' },
  { pattern: '矮油', replacement: '哎哟' },
  { pattern: '矮马', replacement: '哎呀', message: '“矮马”（哎妈）是网络用语，显得随便：请写“哎呀”或去掉。' },
  // (好de: the letters typed for 的)
  { pattern: '(好|是|对|可以|挺好)de', tag: 'ascii', message: '用“de”代替“的”是网络用语，显得随便：请写“的”。' },
  { pattern: '3q', tag: 'ascii', replacement: '谢谢' },
  { pattern: '妹纸' },
  // 伦家 for 人家 (the agent speaking of herself, cutesy)
  { pattern: '伦家', replacement: '我们', message: '“伦家”（人家）是网络用语，显得轻浮：请改用“我”“我们”。' },
  { pattern: '(镁铝|美铝|镁女)', replacement: '您', message: '“镁铝”是“美女”的网络谐音，用来称呼顾客显得轻浮：请改用“您”或“亲”。' },
  // (童鞋 for 同学 wherever it stands: 这位童鞋, 童鞋们, 童鞋，您的…)
  { pattern: '童鞋' },
  { pattern: '(很|超|好|超级|蛮|真|也|最)稀饭', tag: 'xifan' },
  { pattern: '伤不起' },
  { pattern: '坑爹' },
  // 这比较悲催: the Weibo word for a sorry state
  { pattern: '悲催' },
  { pattern: '(卧槽|我靠|尼玛|我勒个去)' },
  { pattern: 'yyds', tag: 'ascii' },
  { pattern: 'skr', tag: 'ascii' },
  // 鸭 for 呀 after a wish (要开心鸭 / 加油鸭), not the bird
  { pattern: '(开心|快乐|加油|冲|幸福|顺利)鸭', message: '“…鸭”代替“呀”是网络用语：请写“呀”或去掉。' },
  { pattern: '绝绝子' },
  { pattern: '666', tag: 'digits' },
  { pattern: '2333', tag: 'digits' },
  { pattern: 'emm', tag: 'ascii' },
  { pattern: 'hhh', tag: 'ascii' },
  { pattern: 'orz', tag: 'ascii' },
  { pattern: '秒回' },
  { pattern: '(确认过眼神|洪荒之力|不要不要的|么么哒|孩纸|发财的小手|发财小手|来都来了|重要的事情说三遍|重要的事说三遍)', message: '这是网络流行语（梗），在客服回复里显得随便，顾客也未必看得懂：请改用规范的说法。' },
  { pattern: '家人们' },
  { pattern: '集美们' },
  { pattern: '宝子(们)?', boundary: true },
  { pattern: 'm我', tag: 'ascii', replacement: '联系我', message: '“M我”是旺旺圈子里的网络用语，顾客未必看得懂：请写“联系我”“随时找我”。' },
];

const INTERJECTIONS: Trigger[] = [
  { pattern: '(我)?擦(了|啊)?', boundary: true, tag: 'interj', except: ['擦(拭|干|洗|亮|除|伤|痕|掉|一下|一擦|干净)', '(摩|橡皮|眼镜|镜|板|黑板|磨)擦'] },
  { pattern: '晕(死了|死|了|啊)?', boundary: true, tag: 'interj', except: ['(头|眩|光|红|防|发|车)晕', '晕(车|船|机|染|开|眩)'] },
  { pattern: '靠(了|啊)?', boundary: true, tag: 'interj' },
];

/** 滴 for 的 and 捏 for 呢: only at the end of a phrase (退款滴。好滴~ 是的捏). */
const PARTICLES: Trigger[] = [
  { pattern: '滴', tag: 'di', replacement: '的', message: '“滴”代替“的”是网络用语，显得随便：请写“的”。', except: ['(一|水|点|雨|油|汗|泪|血|露|几|半)滴', '滴滴'] },
  // (不用客气捏~ / 是的捏: any word before it; not the verb, 手捏 / 轻轻捏 / 捏一下)
  { pattern: '咩', tag: 'mie', message: '“咩”代替“吗”是网络用语：请写“吗”。', except: ['咩咩'] },
  { pattern: '捏', tag: 'nie', message: '“捏”代替“呢”是网络用语：请写“呢”。', except: ['(手|轻|一|揉|捏|拿|掐|力|别|要|就|可以|能)捏', '捏(一|捏|住|碎|破|紧|着|了|开|起|出|成|下)'] },
];

const LAUGH: Trigger[] = [
  { pattern: '呵呵', tag: 'hehe', severity: INFO, message: '“呵呵”在现在的聊天里常被理解为冷笑或敷衍，容易引起误会：可以删掉，或换成真诚的文字，例如“感谢您的理解”。' },
  { pattern: '(哈哈|嘿嘿|嘻嘻)', severity: INFO, message: '“哈哈/嘿嘿/嘻嘻”偏随意，正式场合请少用：可以删掉，语气用“哦”“呢”来缓和。' },
  { pattern: '(好哒|亲爱哒|萌萌哒|棒棒哒)', severity: INFO, message: '“好哒/么么哒”等卖萌说法偏随意：请写“好的”，或按店铺风格酌情使用。' },
  { pattern: ',好吧\\?', tag: 'haoba', severity: INFO, message: '句末的“……,好吧?”口语化，听起来像在催顾客表态：可以改成“您看可以吗？”。' },
  { pattern: '给力', severity: INFO, message: '“给力”是网络用语，略显随便：可以写“很好”“很实在”。' },
];

const APOLOGY_NEAR = 6;
const CONTRA_AFTER = /^[\s,，、:]*(其实|但是|可是|不过|真正|实际上|事实上|只是|并不|并没有|哪有|怎么可能)/;
const MOCKING = /(难道|不会.{0,8}吗|没看到|没看见|看不懂|不懂吗|不明白吗|不知道吗|您说呢|你说呢|不是.{0,8}吗|怎么.{0,6}都)/;
const CONTRA_BEFORE = /(只是|并不|并没有|不是|才不|哪有)/;

export const noInternetSlang: RuleModule = {
  meta: {
    id: 'no-internet-slang',
    category: 'E',
    severity: 'warning',
    scope: 'text',
    title: '少用网络语言',
    message: '网络用语容易显得不专业、太随便，也可能让顾客误解：请改用规范、礼貌的书面说法，例如“没有”“什么”“谢谢”“随时联系我”。',
    fixable: true,
    docs: {
      why: '种子资料要求「少用网络语言。客服人员与消费者沟通时,要尽量少用或不用网络语言和表情符号,比如“晕”、“擦”等。频繁使用网络语言,容易给消费者留下不专业、太随便的印象,并且,语言和符号具有多义性,容易导致歧义和误解」（001_87bc0df9dc2bb46e.txt），并要求「所以,要尽量用严谨、充满敬意的语言表达」（001_87bc0df9dc2bb46e.txt）。种子自己的话术里也混进了「我们收到会尽快给您退款滴」和「你考虑好了随时M我哈」（001_87bc0df9dc2bb46e.txt）。',
      bad: [
        '亲如果是您不喜欢 退换的来回运费是由买家承担的。您退回来之后给我们提供下单号,如果没有您喜欢的款式,我们收到会尽快给您退款滴。',
        '亲,这个价格咱们真的非常遗憾,您可以再多考虑一下,你考虑好了随时M我哈。',
        '擦,这单又被退回来了',
        '这款木有现货了哦',
        '这个不会影响您的正常使用的,要不这样我们给您退补偿好吗 真不好意思了 呵呵',
      ],
      good: [
        '我们收到后会尽快给您退款的。',
        '您考虑好了随时联系我哦~',
        '亲 可能是在运输途中有些小摩擦,非常抱歉,我马上为您补发',
        '请用干的软布擦拭镜头',
        '容易晕车的话建议您坐前排哦',
        '这款是滴胶材质的手机壳,很耐摔',
        '这款M码是按160身高设计的',
      ],
      notes: [
        '分级（§19.6）：木有、滴（当“的”用）、酱紫、神马、童鞋、灰常、妹纸、捏（当“呢”用）、M我、秒回和网络梗为警告；呵呵、哈哈、嘿嘿、好哒、亲爱哒、给力、句末的“,好吧?”以及平台表情代码 [呵呵] 为提示。',
        '“呵呵”紧挨着道歉（真不好意思了 呵呵）、反驳（……,呵呵,真正……）或反问时升为警告，因为它读起来像冷笑。',
        '“擦”“晕”“靠”只在作为独立感叹词时报告：擦拭、摩擦、橡皮擦、头晕、晕车、晕染、靠谱、依靠都不报告。繁体“暈”会先转成简体再匹配。',
        '“滴”只在句末或“的”的位置报告（好滴、是滴、对滴在哪儿都报告）：一滴、滴水、点滴、滴滴、滴胶不报告；“捏”在任何字后面、位于句末时都报告（不用客气捏~），动词“捏”（手捏、轻轻一捏、用力捏）不报告（第十七轮）；句末代替“吗”的“咩”和代替“什么”的“虾米”（虾米情况、是虾米？）也报告，咩咩叫和食物虾米不报告（第二十二轮）；致谢后的“笔芯”（比心）也报告，笔的笔芯不报告（第二十五轮）；感叹号后的“笔芯”、带波浪号的“笔芯~”（第三十八轮）、“skr”和祝愿后代替“呀”的“鸭”（要开心鸭、加油鸭）也报告，烤鸭、盐水鸭不报告（第三十一轮）；“M我”不会误报 M 码；666/2333 两边不能紧挨数字（订单号、运单号不报告）。',
        '粗口类（我擦、卧槽）另由 no-verbal-conflict 按错误处理。引号里转述的顾客原话不检查。',
        '网络梗（确认过眼神、洪荒之力、不要不要的、孩纸、来都来了、发财的小手）和“么么哒”为警告（真实语料评测中客服开场白里常见；“好哒/亲爱哒”仍为提示）。',
        '“矮油”（哎哟）也是网络用语，为警告（第五十七轮真实语料评测）。',
        '“发财小手”（少了“的”）和“发财的小手”是同一个梗，同样为警告（第六十二轮）。“悲催”也是网络用语，为警告（第六十八轮真实语料评测）。“亲爱滴”后面直接接话（亲爱滴可以价保的）也报告（第七十六轮）。网络梗“重要的事情说三遍”也报告（第八十六轮）。“伦家”（人家，客服说自己）也报告（第一百零九轮）。单独的“童鞋”（童鞋,什么时候收到的…；童鞋是刚刚发出的么）也报告，不只是“这位童鞋”“童鞋们”（第一百一十三轮）。用字母代替“的”的“好de”和“矮马”（哎妈）也报告（第一百一十八轮）。',
      ],
    },
  },
  triggers: [...WORDS, ...INTERJECTIONS, ...PARTICLES, ...LAUGH],
  check(ctx) {
    const t = ctx.text;
    for (const h of ctx.hits) {
      const tag = h.trigger.tag;
      const before = t[h.start - 1];
      const after = t[h.end];
      if (tag === 'ascii' && (/[a-z0-9]/.test(before ?? '') || /[a-z0-9]/.test(after ?? ''))) continue;
      // 666 / 2333 as slang stand alone: not inside numbers, prices or codes (2M666元, 订单666…)
      if (tag === 'digits' && (/[0-9a-z\]]/.test(before ?? '') || !(isPunct(after) || /[了啊呀哈哦的]/.test(after)))) continue;
      if (tag === 'interj') {
        // A standalone interjection: nothing but punctuation or the start/end around it ([晕] is an emoticon code).
        if (before === '[' || after === ']') continue;
        if (!isPunct(before) || !isPunct(after)) continue;
        ctx.report({ start: h.start, end: h.end, message: `“${t.slice(h.start, h.end)}”作为感叹词是网络用语，显得不专业：请删掉，直接说明情况，例如“非常抱歉，我马上为您查看”。` });
        continue;
      }
      if (tag === 'di') {
        // 好滴 / 是滴 / 对滴 are 好的 / 是的 / 对的 wherever they stand (好滴给您联系), not 是滴胶材质
        // (亲爱滴可以价保的: 亲爱滴 is the address, wherever it stands)
        const setPhrase = (/[好是对]/.test(before ?? '') && !/[胶水管灌答溜剂]/.test(after ?? '')) || t.startsWith('亲爱', h.start - 2);
        if (!setPhrase && (!(isPunct(after) || /[哦哈呢啦呀]/.test(after)) || /[0-9\s]/.test(before ?? ' ') || isPunct(before))) continue;
        ctx.report({ start: h.start, end: h.end });
        continue;
      }
      if (tag === 'mie') {
        // 还这样咩？: at the end of a question
        if (!(isPunct(after) || after === undefined) || isPunct(before)) continue;
        ctx.report({ start: h.start, end: h.end, replacement: '吗' });
        continue;
      }
      if (tag === 'nie') {
        if (!(isPunct(after) || /[哦哈~]/.test(after)) || isPunct(before) || /[0-9a-z]/.test(before ?? ' ')) continue;
        ctx.report({ start: h.end - 1, end: h.end, replacement: '呢' });
        continue;
      }
      if (tag === 'haoba') {
        ctx.report({ start: h.start + 1, end: h.end - 1, severity: 'info', message: h.trigger.message });
        continue;
      }
      if (tag === 'hehe') {
        const severity = heheEscalates(ctx, h.start, h.end) ? 'warning' : 'info';
        ctx.report({
          start: h.start, end: h.end, severity,
          message: severity === 'warning'
            ? '“呵呵”紧挨着道歉、反驳或反问，读起来像冷笑、敷衍：请删掉，道歉就诚恳地说完，例如“真的很抱歉，给您添麻烦了”。'
            : undefined,
        });
        continue;
      }
      ctx.report({ start: h.start, end: h.end });
    }
  },
};

function heheEscalates(ctx: Parameters<NonNullable<RuleModule['check']>>[0], s: number, e: number): boolean {
  const t = ctx.text;
  const apologyNear = ctx.hitsOf('@APOLOGY').some((a) => (a.end <= s && s - a.end <= APOLOGY_NEAR) || (a.start >= e && a.start - e <= APOLOGY_NEAR));
  if (apologyNear) return true;
  if (CONTRA_AFTER.test(t.slice(e, e + 10))) return true;
  let cs = s;
  while (cs > 0 && !/[。!?;~\n,]/.test(t[cs - 1])) cs--;
  if (CONTRA_BEFORE.test(t.slice(Math.max(cs, s - 12), s))) return true;
  // a mocking question just before it: 您不会自己看吗?呵呵 / 这都不懂吗?[呵呵]
  const q = /\?[\s\[]{0,2}$/.test(t.slice(Math.max(0, s - 3), s));
  if (q && MOCKING.test(t.slice(Math.max(0, s - 24), s))) return true;
  return false;
}
