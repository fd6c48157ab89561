import type { RuleModule } from '../api';
import { hasAny, phraseBefore, sentenceAt } from '../a-blame/util';

/** What keeps an out-of-stock customer interested: alternatives, restock, notification. */
const KEEP = [
  '推荐', '同款', '类似', '相似', '到货', '补货', '其他款', '其它款', '别的款', '其他颜色', '其他尺码', '其他型号', '别的颜色', '看看其他', '看看别的',
  '看一下其他', '看下其他', '预订', '预定', '预售', '登记', '通知您', '提醒您', '联系您', '告诉您', '上新', '新款', '替代', '换成', '可以看看', '可以看一下',
  '可以选', '收藏', '关注', '有货了', '调货', '调拨', '帮您问', '帮您看', '帮您查', '给您留意', '帮您留意', '其他都有', '别的都有',
  '到了', '尽快', '申请', '有货先发', '预计', '建议', '有货的', '可以帮您', '其他有货',
];
/** Restocking denied (没办法补货了): no way offered. One source for the trigger and the KEEP test. */
const DENIED_RESTOCK = '(没办法|没有办法|没法|无法|不能|不会)(再)?(补货|进货)';
const NO_RESTOCK = new RegExp(DENIED_RESTOCK, 'g');
const PARTICLES = /^[了的呢哦噢哈呀啊喔哟呦啦嘛吧亲恩嗯\s~]*$/;
/** Customer lines that ask about stock or availability. */
const STOCK_Q = ['有没有', '有货', '还有吗', '有吗', '有么', '有木有', '现货', '库存', '缺货', '没货', '卖完', '断货', '还卖吗', '还有没有', '能买吗', '有卖吗'];

/**
 * B3. Never answer a stock question with a bare "没有": keep the customer interested with an
 * alternative, a restock date or a notification. Explicit stock words (没货, 缺货, 卖完了…)
 * fire without an alternative; a bare 没有 only in a short reply to a stock question.
 */
/** A chat emoticon code (#E-s12, #E-s[数字x] as the corpus masks it), folded to lower case. */
const EMOTICON_CODE = /#e-s(\[[^\]]*\]|[0-9]+)/g;

export const noBareOutOfStock: RuleModule = {
  meta: {
    id: 'no-bare-out-of-stock',
    category: 'B',
    severity: 'warning',
    scope: 'context',
    title: '缺货时不要只回“没有”',
    message: '只说“没有/没货了”会让顾客直接离开：说明补货时间、帮顾客登记到货提醒或推荐相近的款式，例如“这款暂时断货了，预计下周补货，我先帮您登记到货提醒；同系列的这款也很受欢迎，您看看喜不喜欢~”。',
    docs: {
      why: '「当买家询问店里的商品时,如果有的话,就跟客户介绍这个商品的优点好处等。不要直接回复没有,这个时候要做到,即使没有也让客户还想看看店里其他的商品,所以注意回答的技巧。」（000_37cadcef1d5464bd.txt）。种子里的合格示例：「亲,能拍的基本都有的呢,如有特殊情况导致缺货会第一时间联系您的~」（001_87bc0df9dc2bb46e.txt）。',
      bad: [
        '没有（回答“这款还有货吗”）',
        '没货了',
        '这款卖完了哦',
      ],
      good: [
        '亲,能拍的基本都有的呢,如有特殊情况导致缺货会第一时间联系您的~',
        '亲,这款目前暂时断货了呢,预计下周补货,我先帮您登记到货提醒;同系列的这款也很受欢迎,您看看喜不喜欢~',
        '没有问题的亲',
        '这款没有色差哦',
      ],
      notes: [
        '明确的缺货用语（没货、缺货、断货、卖完了、售罄、下架了、停产了）在没有任何挽留措施（推荐、同款、补货、到货通知、登记）时报告。',
        '单独的“没有”只在顾客问的是库存（有没有、有货吗、还有吗）且回复很短（去掉语气词后不超过 10 个字）时报告；“没有问题”“没有色差”“还没有付款”不报告。',
        '条件句（如有缺货会第一时间联系您）不报告。需要订单或库存数据才能判断的“到底有没有货”不在本规则范围内。',
        '不知道顾客问的是不是库存时（没有顾客一句），已经道歉并说明了缺货的回复降为提示；说明售后结果的“退货/换货…没有现货”不报告（真实语料评测中的误报）。',
        '“现在没办法补货了”“目前无法补货了”也是只说没有：补货被否定时不算给出了办法（第二十九轮真实语料评测）；这类句子由本规则报告，no-blunt-refusal 不重复报告。',
        '“处于缺货状态呢”和“缺货了”一样是光秃秃的回答，报告；“可能导致订单显示是缺货状态”是在解释显示问题，不报告（第七十七轮真实语料评测）。',
        '“无现货”和“没有现货”一样是缺货用语，没有挽留措施时报告（第一百零三轮）。语气词后面的表情代码（缺货了哦#E-s12）和语气词一样结束这个短句，照常报告（第一百一十七轮）。',
      ],
    },
  },
  triggers: [
    { pattern: '(没货|没有货|没有现货|没现货|无现货|无货|缺货|断货|卖完|售完|售罄|卖光|没库存|没有库存|库存不足|下架了|停产了|不做了|不卖了)', tag: 'stock', negatable: true },
    { pattern: '没(有)?(了)?', tag: 'bare' },
    { pattern: '(款|色|码|号|包装|规格|尺码|型号|颜色|口味)(的)?(目前|现在|暂时)(也)?(都)?没(有)?了', tag: 'stock' },
    // 现在没办法补货了: no more stock coming, said bare
    { pattern: `${DENIED_RESTOCK}(了)?`, tag: 'stock' },
  ],
  check(ctx) {
    const t = ctx.text;
    // (补货 offers a way only when it is coming: 没办法补货了 says it is not)
    if (hasAny(t.indexOf('补货') >= 0 ? t.replace(NO_RESTOCK, '') : t, KEEP)) return;
    const core = t.replace(/#e-s\[[^\]]*\]|\[[^\]]{1,8}\]|[\s,.!?~、。;:…()"'“”呢哦噢哈呀啊喔哟呦啦嘛的了吧亲]/g, '');
    const stockQ = hasAny(ctx.customer, STOCK_Q);
    for (const h of ctx.hits) {
      const before = phraseBefore(t, h.start, 10);
      if (/如|若|万一|要是|的话|担心|怕|不会|是否|是不是|有没有|说|免得|以免|到时候|请问/.test(before)) continue;
      // after-sales outcome (审核的退货没有现货), not an answer to a stock question
      if (/退货|换货|售后|退款/.test(before)) continue;
      const [, se] = sentenceAt(t, h.start);
      if (t[se] === '?') continue;
      let pe = h.end;
      while (pe < t.length && !/[,,、;。!?\n~…]/.test(t[pe])) pe++;
      // the stock word must be the predicate that ends its phrase (这款缺货了), not a modifier (缺货的订单)
      // (处于缺货状态呢: the state named after it is the same predicate)
      // (not 可能导致订单显示是缺货状态, a display explained)
      // (缺货了哦#E-s12: an emoticon code after the particle ends the phrase as the particle does)
      const tail = t.slice(h.end, pe).replace(EMOTICON_CODE, '');
      const stateAfter = /显示|可能|导致/.test(before) ? tail : tail.replace(/^(的)?状态/, '');
      if (!PARTICLES.test(stateAfter) || t[pe] === '?') continue;
      if (h.trigger.tag === 'bare') {
        if (!stockQ || core.length > 10) continue;
      }
      // without a stock question, an apologised explanation (缺货了,给您带来不便十分抱歉) is not a bare no
      const explained = !stockQ && ctx.has('@APOLOGY');
      ctx.report({ start: h.start, end: h.end, ...(explained ? { severity: 'info' as const, message: '已经道歉并说明了缺货，但没有给出替代办法：可以推荐相似款、登记到货提醒或说明补货时间。' } : {}) });
      return;
    }
  },
};
