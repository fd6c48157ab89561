import type { RuleModule } from '../api';

/**
 * F6 (info). Guilt-tripping with the shop's or the agent's hardship (没有利润甚至亏本, 小本生意不容易,
 * 差评我就要被罚 / 扣工资, 求求您改个好评) to avoid a cost or get a review changed. A plain thank-you
 * for changing a review (谢谢您答应帮我们修改) is fine.
 */
export const noSobStoryPressure: RuleModule = {
  meta: {
    id: 'no-sob-story-pressure',
    category: 'F',
    severity: 'info',
    scope: 'text',
    title: '不要用诉苦给顾客施压',
    message: '用店铺亏本、客服受罚来博同情，会让顾客觉得被道德绑架，也泄露了内部情况：请用解决问题来打动顾客，例如“给您带来不好的体验真的很抱歉，我们已经为您办理了补发”。',
    docs: {
      why: '种子资料曾建议处理中差评时「一定要表现出你的大方和你经营这个店铺的不易,或者从个客服的角度,比如如果收到中差评会收到相应的处罚。」（001_87bc0df9dc2bb46e.txt），但这与「不要刻意去夸大自家的商品」（001_87bc0df9dc2bb46e.txt）和「严禁向外泄露公司之任何资料。」（000_37cadcef1d5464bd.txt）相冲突。种子话术里的「我们公司现在都是没有利润甚至亏本的。希望您多多理解」（001_87bc0df9dc2bb46e.txt）就是这种施压。',
      bad: [
        '我们公司现在都是没有利润甚至亏本的。希望您多多理解',
        '您给差评我这个月工资就没了',
        '我们小本生意不容易,求求您改个好评吧',
      ],
      good: [
        '谢谢您答应帮我们修改。',
        '给您带来不好的体验真的很抱歉,我们已经给您办理了补发,如果问题已经解决,方便的话可以帮我们更新一下评价,不方便也没关系,感谢您的反馈~',
      ],
      notes: [
        '提示级：种子对这种做法态度矛盾（既推荐又与如实、保密的要求冲突），所以只作提示。',
        '“没有利润/亏本”同时由 no-exaggeration 按警告报告；透露内部奖惩由 no-leak-company-info 负责。',
      ],
    },
  },
  triggers: [
    { pattern: '(没有利润|没利润|零利润|亏本|赔本|不赚钱|赚不到钱|白干|倒贴)', negatable: true },
    { pattern: '小本(生意|经营|买卖)' },
    { pattern: '(经营|开店|做生意|开个店|做电商|做淘宝)…{6}(不容易|不易|很难|太难)' },
    { pattern: '(差评|中评|投诉)…{10}(处罚|扣钱|扣工资|扣奖金|扣绩效|罚款|被罚|挨罚|开除|丢工作|饭碗|工资)' },
    { pattern: '(工资|奖金|绩效|提成)…{4}(就)?(没了|扣光|被扣|泡汤)' },
    { pattern: '(我|我们)(会|就|要)?(被|挨)(罚|处罚|扣钱|扣工资|骂|开除)' },
    { pattern: '(求求您|求您了|求求你|拜托您了|跪求)' },
    { pattern: '(求您|拜托您)…{6}(改|删|追加)…{3}(好评|评价)' },
  ],
};
