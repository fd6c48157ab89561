import type { RuleModule } from '../api';
import { scan } from './util';

/**
 * E6 (warning, derived). Unfilled placeholders (XX / xx / 某某 / ** / 【店名】 / ${…}) and emoticon
 * names or stage directions left as literal text ((哭鼻子表情), 小二表情, (此处插入链接)). No fix:
 * only the author knows what belongs there. Not: size codes XL/XXL/XXXL, masked digits
 * (138****5678, 138xxxx5678), masked names (张**), JD's anonymised [数字x]. Stars before a shop,
 * brand or agent word stand for its name whatever comes before them (欢迎光临***官方旗舰店, 华*客服), and
 * stars after an agent word for the agent's number (客服4**号).
 */

/** Runs of x: a placeholder unless a size code (xl, xxl, xs) or digit masking (138xxxx5678). */
const X_RUN = /x{2,}/g;
const STAR_RUN = /\*+/g;
/** A shop, brand or agent word right after the stars: the stars stand for its name (欢迎光临***官方旗舰店, 华*客服). */
const NAMED_BY_STARS = /^(官方|旗舰|专卖|专营|店|客服|品牌|售后|售前|产品)/;
/** Stars standing for a whole order number (是**这个订单么), not the end of one masked (8**这个订单). */
const ORDER_BY_STARS = /^(这个订单|这单)/;
/** An agent's number begun and left as stars (客服4**号, 专员3***): the stars stand for the number. */
const AGENT_NUMBER = /(客服|专员|工号)[0-9]{0,3}$/;
/** Characters that end no name: stars after them stand for a whole word (永远是***的追求, 设备的***). */
const FUNCTION_BEFORE = /[是的为]/;
/** A verb of looking or clicking before the stars (这款您查看下***): a link or a product left out. */
const LOOK_BEFORE = /(看|查看|点击|点|搜索|搜)(一下|下)?$/;
/** A run followed by one of these is a format example for the customer (xx市xx区xx路xx号, XX银行, **21*). */
const FORMAT_UNIT = /^(市|区|县|路|街|道|号|层|栋|室|省|镇|村|楼|幢|单元|银行|年|月|日|时|分|[0-9#*])/;
const PLACEHOLDER_NAMES = '店名|店铺名|店铺名称|宝贝链接|商品链接|链接|客服名|客服昵称|昵称|姓名|名字|买家昵称|买家名|顾客名|订单号|金额|价格|时间|日期|地址|商品名|宝贝名称|产品名|优惠券|活动名|数量|快递单号|单号';

export const noTemplateArtifacts: RuleModule = {
  meta: {
    id: 'no-template-artifacts',
    category: 'E',
    severity: 'warning',
    scope: 'text',
    title: '不要把模板占位符发给顾客',
    message: '回复里留着模板占位符或表情名称（XX、某某、【店名】、(哭鼻子表情)），顾客会一眼看出是复制粘贴：请换成真实内容（客服昵称、金额、链接），表情请用客户端的表情按钮发送。',
    docs: {
      why: '种子质检标准要求「快捷话术使用规范、准确、无机械感」（004_6f48d8546034e7a1.txt），并要求客服「熟练掌握相关话术」（000_37cadcef1d5464bd.txt）。种子话术本身就带着占位符和舞台提示：「我是客服XX」「给您退xx钱作为补偿」「(哭鼻子表情)」「小二表情」（001_87bc0df9dc2bb46e.txt）、「您好,我是某某店铺的客服圈圈」（000_37cadcef1d5464bd.txt），照抄就会原样发给顾客。（本规则由种子话术推导而来。）',
      bad: [
        '欢迎光临尚米坊官方店,我是客服XX,很高兴为您效劳!小二表情',
        '要不这样我们给您退xx钱作为补偿好吗',
        '如果是客户不喜欢 来回的运费是买家承担的(哭鼻子表情)',
        '您好,我是某某店铺的客服圈圈,感谢您的光临',
        '活动详情请戳【宝贝链接】',
      ],
      good: [
        '欢迎光临尚米坊官方店,我是客服小米,很高兴为您效劳!',
        '您平时穿XL还是XXL呢?',
        '已给您登记手机号138****5678,请注意接听',
        '收件人张**的包裹已经签收了',
      ],
      notes: [
        '不提供自动修复：占位符该换成什么只有写话术的人知道。',
        '不报告：尺码 XL/XXL/XXXL/XS、数字之间的打码（138****5678、138xxxx5678）、姓名打码（张**）、给顾客看的填写格式（xx市xx区xx路xx号、XX银行），以及京东语料里的匿名占位符 [数字x]。顾客那一行里的占位符（「谁家的XXX才XX钱」）不检查。',
        '星号后面紧跟店、品牌或客服字样时（欢迎光临***官方旗舰店、华*客服），星号是没有填上的名字，一个星号也报告；客服、专员、工号后面的星号（客服4**号、工号***）是没有填上的工号，同样报告（来自真实语料评测）；“华*售后”“华*产品”“华*售前客服”和代替整个订单号的“**这个订单”同样报告（第二十轮），只遮住后几位的“8**这个订单”不报告；“是”“的”“为”后面的星号（永远是***的追求、设备的***）不会是姓名打码，同样报告（第二十七轮）。京东价保工具的公式“[价保金额(单件)] * [价保商品数量] = 金额”是工具自己的字段名，结果已填上，不报告（第十九轮）。',
        '“查看下”“点击下”后面的星号（这款您查看下***）是没有填上的链接或商品，同样报告（第三十六轮真实语料评测）。',
        '《》里只有占位符名称（预计是《到货时间》可以到货）同样报告，书名、软件名不报告（第四十轮真实语料评测）。',
        '话术库的变量 {名字} 由 undeclared-variable 检查，不归本规则。',
      ],
    },
  },
  triggers: [
    { pattern: '某某' },
    { pattern: '(shopname|shop_name|storename|username|user_name|nickname|productname|itemname)', boundary: true, message: '英文的模板占位符（SHOPNAME、USERNAME……）没有替换成真实内容：请填上真实的店名、昵称或商品名。' },
    { pattern: '\\((哭鼻子|微笑|调皮|笑脸|小二|可爱|害羞|鬼脸|偷笑|哭泣|委屈|流泪|开心|大笑|抱抱|握手|鞠躬|心|玫瑰|难过|无奈|尴尬)?表情\\)', message: '括号里的“表情”提示被原样发给了顾客：请删掉这段文字，直接用客户端的表情按钮发送表情。' },
    { pattern: '(小二|笑脸|微笑|调皮|哭鼻子|害羞|鬼脸|偷笑)表情', message: '表情名称被当作文字发给了顾客：请删掉它，直接用客户端的表情按钮发送表情。' },
    { pattern: '\\((此处|这里|在此)(插入|填写|填|放|贴|粘贴|加|附)', message: '模板里的编辑提示（此处插入……）被原样发给了顾客：请换成真实内容并删掉提示。' },
    { pattern: '\\((插入|填写|粘贴)…{8}\\)', message: '模板里的编辑提示被原样发给了顾客：请换成真实内容并删掉提示。' },
    { pattern: '\\(自动回复\\)', message: '“(自动回复)”这种标注不该出现在发给顾客的文字里：请删掉。' },
    { pattern: `【(${PLACEHOLDER_NAMES})】`, message: '【…】占位符没有替换成真实内容：请填上真实的店名、链接或金额。' },
    { pattern: `\\[(${PLACEHOLDER_NAMES})\\]`, message: '[…]占位符没有替换成真实内容：请填上真实的店名、链接或金额。' },
    // 预计是《到货时间》可以到货 (not a title, 《现代汉语词典》)
    { pattern: `《(到货|发货|送达|退款|到账|预计|下单|活动)?(${PLACEHOLDER_NAMES})》`, message: '《…》占位符没有替换成真实内容：请填上真实的时间、金额或名称。' },
    { pattern: '$\\{', message: '${…} 模板变量没有替换：请填上真实内容。' },
  ],
  check(ctx) {
    const t = ctx.text;
    // indexed loops: this rule runs on every turn, in a cold start's first lint unoptimised,
    // where a for-of loop makes an iterator and a result object per step
    const hits = ctx.hits;
    for (let k = 0; k < hits.length; k++) ctx.report({ start: hits[k].start, end: hits[k].end });
    const xs = scan(ctx, X_RUN);
    for (let k = 0; k < xs.length; k++) {
      const m = xs[k];
      const before = t[m.start - 1] ?? '';
      const after = t[m.end] ?? '';
      if (/[a-z]/.test(before) || /[a-wyz]/.test(after)) continue; // XXL, XS, words (maxx, xxl)
      if (/[0-9]/.test(before) && /[0-9]/.test(after)) continue; // 138xxxx5678
      if (m.text.length >= 5 && /[0-9]/.test(before)) continue; // 1380000xxxxx: masking at the end of a number
      if (FORMAT_UNIT.test(t.slice(m.end, m.end + 2))) continue;
      ctx.report({ start: m.start, end: m.end, message: `“${m.text.toUpperCase()}”是没有替换的模板占位符：请换成真实内容（客服昵称、金额、数量……）。` });
    }
    const stars = scan(ctx, STAR_RUN);
    for (let k = 0; k < stars.length; k++) {
      const m = stars[k];
      const before = t[m.start - 1] ?? '';
      const wholeOrder = ORDER_BY_STARS.test(t.slice(m.end, m.end + 4)) && !/[0-9a-z]/.test(before);
      if (!wholeOrder && !NAMED_BY_STARS.test(t.slice(m.end, m.end + 2)) && !AGENT_NUMBER.test(t.slice(Math.max(0, m.start - 6), m.start))) {
        if (m.text.length < 2) continue;
        // 138****5678, 张**; not after 是/的/为, which end no name (永远是***的追求, 设备的***)
        if (/[0-9a-z\u4e00-\u9fff]/.test(before) && !FUNCTION_BEFORE.test(before) && !LOOK_BEFORE.test(t.slice(Math.max(0, m.start - 4), m.start))) continue;
        if (FORMAT_UNIT.test(t.slice(m.end, m.end + 2))) continue; // (***市**区…), **21*
      }
      ctx.report({ start: m.start, end: m.end, message: `“${m.text}”是没有替换的模板占位符：请换成真实内容。` });
    }
  },
};
