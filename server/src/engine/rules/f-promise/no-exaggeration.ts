import type { RuleModule, Trigger } from '../api';

/**
 * F1. Graded as settled in §19.5. Error: the three statutory words of Advertising Law art. 9(3)
 * (国家级, 最高级, 最佳) used as a claim. Warning: superlatives and absolute guarantees about the
 * product or price (全网最低, 零差评, 保证不过敏, 肯定会喜欢, 绝对正品) and absolute-term advertising
 * words (销量第一, 独一无二, 顶级). Info: the shop's assurance of authenticity or quality (保证正品,
 * 质量有保证), service aspirations (最好的服务, 最大的优惠) and opinions (哪个都好看, 相信您一定会喜欢).
 * Implausible loss claims (都是亏本的) stay warnings (seed trigger of F1). Bare 最 / 第一 never fire
 * (最后, 最晚, 第一时间, 第一次).
 *
 * Term choice follows the fp_risk column of the research corpus's advertising-law term list (268
 * terms): statutory terms → error; low-risk terms that a reply can only use as a claim → warning
 * (TSV_LOW below); low-risk terms with an ordinary service sense (最大程度, 最符合, 最底下, 首席, 金牌,
 * 至尊 as a product name…) → off; medium-risk (最低, 最大, 绝对, 100%, 完美, 一流…) and high-risk
 * (最, 最好, 第一, 唯一, 正品, 今天…) terms → only inside longer claim phrases, with the allow list
 * (最后, 最晚, 第一时间…) for the harmless ones. Time-limit and inducement terms belong to
 * urgency-claims-must-be-true, off-platform terms (微信, QQ, with 微信支付 and 京东's own name safe)
 * to no-off-platform-contact / no-off-platform-payment, fake-review terms to no-review-incentive.
 */
const NEG = { negatable: true } as const;
const INFO = 'info' as const;

/** “In the whole market”: makes 最 / 第一 a comparison with every other seller. */
const WHOLE_MARKET = '全网|全国|全球|全世界|全淘宝|全京东|全平台|全行业|市面上|市场上|史上|行业内|同行中|同类中';
const ADJ = '好|棒|优质|优秀|佳|高端|高档|顶级|先进|牛|强|耐用|结实|安全|舒服|舒适|保暖|正宗|受欢迎|畅销|火|热销|流行|时尚|好用|好看|漂亮|耐磨';
const PRODUCT = '产品|商品|宝贝|质量|品质|材料|面料|材质|手机壳|货|款|款式|牌子|品牌|工艺|做工|设计|选择';

const CLAIMS: Trigger[] = [
  { pattern: `(${WHOLE_MARKET})最(低|便宜|好|优惠|实惠|划算|全|高|强|火|热销|畅销|受欢迎|好用)(价|的)?`, ...NEG },
  { pattern: `(${WHOLE_MARKET})(第一|独家|首家|首发|唯一)`, ...NEG },
  { pattern: '(销量|质量|品质|口碑|人气|排名|行业|中国|世界|全国|销售|好评)(第一|冠军)', ...NEG },
  { pattern: '(第一品牌|销冠|全网销量冠军)', ...NEG },
  { pattern: '(no\\.1|top1|top\\.1)', tag: 'ascii', ...NEG },
  { pattern: '(世界级|国际级|宇宙级|顶级品质|顶级工艺|极品|终极|独一无二|绝无仅有|无与伦比|史无前例|前所未有|举世无双|根治|祖传秘方|纯天然|国家免检|免检产品|驰名商标|无人能及|空前绝后)', ...NEG },
  { pattern: '零(色差|差评|风险|缺陷|瑕疵|添加|投诉|甲醛|副作用)', ...NEG },
  { pattern: '永(不|远不|远都不|久不)(会)?(褪色|掉色|变形|起球|过时|磨损|损坏|坏|变色|开胶|生锈|氧化|断|破)', ...NEG },
  { pattern: '(用|穿|戴)(十|几|一百|100|10|一辈子|一辈)…{3}都不(会)?(坏|破|变形|掉色|褪色)', ...NEG },
  { pattern: '(保证|绝对|肯定|一定|百分百|100%|完全|确保|包)(是)?(不会|不|没有|无|零)(有)?(过敏|掉色|褪色|起球|变形|开胶|缩水|掉毛|发黄|色差|异味|副作用|质量问题|刺激|甲醛|破损)', ...NEG },
  { pattern: '质量(绝对|肯定|百分百|100%|保证)(没问题|没有问题|过关|好|一流)', ...NEG },
  { pattern: '(绝对|肯定|百分百|100%|包)(是)?(正品|真品|原装|正货|好货|真货)', ...NEG },
  { pattern: '(百分百|100%)(好评|满意|有效|不过敏)', ...NEG },
  { pattern: '(肯定|绝对|保证|百分百|100%|一定)(会|能|是)?(喜欢|满意|好看|合适|惹人眼球|吸睛|不会后悔|不后悔|物超所值|好用|耐用|耐摔|显瘦)', ...NEG, tag: 'guess' },
  { pattern: `最(${ADJ})的(${PRODUCT})`, ...NEG },
  { pattern: `(是|算是|就是)(我们|本店|店里|咱家|全店|目前)?最(${ADJ}|便宜|实惠|划算)的`, ...NEG, tag: 'shi', except: ['最(好|快)的(办法|方法|方式|解决)'] },
];

/** Low-risk advertising-law terms (TSV fp_risk = low) that read only as claims in a reply. */
const TSV_LOW = '最具|最赚|最优秀|最高档|最高端|最奢侈|最低价|最流行|最受欢迎|最时尚|最舒适|最先进|中国第一|全网第一|全国第一|排名第一|第一品牌|'
  + '销冠|全球级|顶级|顶尖|尖端|极佳|绝佳|极致|全网首发|全国首发|全球首发|全网首家|全国首家|填补国内空白|中国驰名|国际品质|领袖品牌|领导品牌|'
  + '世界领先|全球领先|遥遥领先|销量冠军|全网销量第一|无人能及|绝无仅有|前无古人|史无前例|空前绝后|国家机关专供|特供|质量免检|免抽检|祖传|巅峰|至臻|臻品';
/** Price data, not a claim (历史最低价为868元). */
const TSV_LOW_EXCEPT = ['(实时|历史|当前|目前|近期)最低价'];

/** The three statutory words (Advertising Law art. 9(3)): a legal risk, so an error. */
const STATUTE: Trigger[] = [
  {
    pattern: '(国家级|最高级|最佳)', ...NEG, severity: 'error', tag: 'statute',
    except: ['最高级别', '最佳(赏味|食用|饮用|使用|观赏|保质|储存|佩戴|拍摄|收货|配送)', '国家级(景区|非遗|自然保护区|保护区|贫困县|新区|开发区)'],
    message: '“国家级/最高级/最佳”是《广告法》第九条明令禁止的用语：请删掉，改成具体、可证实的描述，例如“通过了3C认证”“这款的电池容量是5000mAh”。',
  },
];

const INFOS: Trigger[] = [
  { pattern: '(保证|确保|承诺)(是)?(正品|真品|原装|正货)', severity: INFO, ...NEG, message: '“保证正品”是店铺对真伪的承诺，可以说，但要能兑现：最好附上依据，例如“支持专柜验货，假一赔三”。' },
  { pattern: '(正品|品质|质量)(保证|保障|有保证|是有保证)', severity: INFO, ...NEG, message: '“质量有保证”要有依据才有说服力：可以说明具体的质检、售后或退换政策。' },
  { pattern: '(能|可以|会)保证(商品|产品|宝贝)?(的)?质量', severity: INFO, ...NEG, message: '“能保证质量”要有依据才有说服力：可以说明具体的质检、售后或退换政策，例如“有质量问题7天包退换”。' },
  { pattern: '最(好|优质|优|佳|周到|贴心|满意|专业|大|快|真诚)的(售前|售后|服务|答复|解决|方案|帮助|体验|处理)', severity: INFO, ...NEG, message: '“最好/最优质的服务”是空泛的最高级：可以换成具体能做到的事，例如“有问题我会第一时间帮您处理”。' },
  { pattern: '最(大|低|多|优惠|实惠|便宜)的(优惠|折扣|价格|让利)', severity: INFO, ...NEG, message: '“最大的优惠/最低的价格”是最高级说法：请说清具体优惠，例如“可以给您再减5元”。' },
  { pattern: '(哪|每)(个|款|种|一款|一个|一种)(颜色)?都(是|很|挺|非常)?(好看|漂亮|合适|不错|百搭)', severity: INFO, ...NEG, message: '“哪个都好看”是笼统的夸奖：请根据顾客的需求给出具体建议，例如“黑色手机配黄色更显精神”。' },
];

const LOSS: Trigger[] = [
  { pattern: '(没有利润|没利润|零利润|亏本|赔本)', ...NEG, tag: 'loss', message: '“没有利润/亏本卖”这类说法顾客很难相信，也会被当成夸大：请如实说明价格和优惠，不要用经营亏损来说服顾客。' },
];

export const noExaggeration: RuleModule = {
  meta: {
    id: 'no-exaggeration',
    category: 'F',
    severity: 'warning',
    scope: 'text',
    title: '不要夸大商品',
    message: '这是无法保证的绝对化、最高级说法，顾客收到货后一旦有落差就会觉得被骗：请如实、具体地描述，例如“色差很小，不同屏幕显示可能稍有不同”。',
    docs: {
      why: '种子资料要求「还有就是一定要如实的回答顾客所提出的问题,不要刻意去夸大自家的商品,因为一旦顾客收到产品,与之前介绍的有一点不同,就会引起顾客的不满,就会让顾客产生被欺骗感,很有可能给店铺带来不好的评价」（001_87bc0df9dc2bb46e.txt），质检标准也要求「不轻易承诺:说了就要做到,承诺必须兑现。」（004_6f48d8546034e7a1.txt）。“最”“第一”“国家级”这类绝对化用语还受《广告法》限制（非种子内容）。',
      bad: [
        '看到后您肯定会喜欢的~',
        '到时候您的手机穿上这个外壳肯定惹人眼球的',
        '我们家是全网最低价,绝对正品',
        '这款手机壳永不变色,用十年都不会坏',
        '我们公司现在都是没有利润甚至亏本的',
      ],
      good: [
        '亲,我们都是专业人员专业相机实物拍摄的呢,色差很小的,当然不同显示器显示可能稍有不同,不过一般影响不大',
        '这是今天最后一单了,我第一时间给您发出',
        '最晚明天下午发货,最好是在五点前付款',
        '我们不能保证百分百不过敏,敏感肌建议先在耳后试用',
      ],
      notes: [
        '分级（§19.5）：《广告法》第九条第（三）项点名的“国家级、最高级、最佳”为错误（最佳赏味期、最高级别这类说法除外）；对商品、价格的最高级和绝对保证（全网最低、零差评、保证不过敏、肯定会喜欢、绝对正品）和广告法绝对化用语（销量第一、独一无二、顶级）为警告。',
        '只作提示：店铺对真伪、质量的保证（保证正品、质量有保证、能保证质量）、服务上的最高级（最好的服务、最大的优惠）和笼统的夸奖（哪个都好看）；同一小句里有“相信”“觉得”时，“肯定会喜欢”降为提示。',
        '单独的“最”“第一”不报告：最后、最晚、最好是、最快的物流、第一时间、第一次都不是夸大。前面有否定（不能保证、不敢说绝对）时不报告。',
        '选词依据研究语料里的广告法禁用词表（268 个词）的误报风险列：法定三词为错误；低风险且在客服回复里只能当作夸大的词（最受欢迎、最低价、全网第一、顶级、极致、独一无二、世界领先、销量冠军、特供、祖传……）为警告；低风险但有正常用法的词默认不报（最大程度、最符合、最底下、首席、金牌、名牌、至尊——常是商品名、空前、万能、老字号、精确）；中风险词（最低、最大、最高、绝对、100%、完美、一流、首选）和高风险词（最、最好、第一、唯一、首次、正品、今天）只在较长的夸大说法里报告（全网最低、绝对正品、100%好评、销量第一），最后、最晚、第一时间、第一次等由允许列表放行。',
        '词表里的时限和诱导抢购词（仅限、秒杀、倒计时、再不抢就没了）归 urgency-claims-must-be-true，平台外引流词（微信、QQ、手机号，微信支付和京东自己的名字不算）归 no-off-platform-contact / no-off-platform-payment，刷单返现词归 no-review-incentive，都不属于本规则。',
      ],
    },
  },
  triggers: [...STATUTE, ...CLAIMS, { pattern: `(${TSV_LOW})`, ...NEG, except: TSV_LOW_EXCEPT }, ...INFOS, ...LOSS],
  check(ctx) {
    const t = ctx.text;
    for (const h of ctx.hits) {
      if (h.trigger.tag === 'ascii' && /[0-9a-z]/.test(t[h.end] ?? '')) continue;
      let start = h.start;
      let end = h.end;
      if (h.trigger.tag === 'shi') {
        // underline from 最, plus the product noun that follows (是最好的手机壳 → 最好的手机壳)
        start = t.indexOf('最', h.start);
        const noun = PRODUCT.split('|').filter((n) => t.startsWith(n, end)).sort((a, b) => b.length - a.length)[0];
        if (noun) end += noun.length;
      }
      let severity = h.trigger.severity;
      if (!severity) {
        let cs = h.start;
        while (cs > 0 && !/[。!?;~\n,]/.test(t[cs - 1])) cs--;
        if (/(相信|觉得|感觉|认为|估计|应该)/.test(t.slice(cs, h.start))) severity = 'info';
      }
      ctx.report({
        start, end, severity,
        message: severity === 'info' && !h.trigger.severity
          ? '这是个人判断，但说得太绝对：可以换成更有分寸的说法，例如“这款很多顾客反馈不错，您可以参考一下评价”。'
          : undefined,
      });
    }
  },
};
