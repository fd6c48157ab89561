import type { RuleModule } from '../api';
import { REVIEW_WORDS, REWARD_WORDS, REMOVE_WORDS, forms } from './terms';
import { lit } from './no-off-platform-contact';

const alt = (list: string[]): string => `(${list.map(lit).join('|')})`;
const REVIEW = alt(forms(REVIEW_WORDS));
const REWARD = alt(forms(REWARD_WORDS));
/** Rewards strong enough to read "for a review" when they come first (红包 and 礼品 alone also pay for purchases). */
const STRONG_REWARD = alt(forms(REWARD_WORDS).filter((f) => !['红包', '礼品', '小礼物', '送您', '返您', 'hb', '红bao', '现金', '奖励'].includes(f)));
const REMOVE = alt(REMOVE_WORDS);

/**
 * K2. Cash or gifts for a good review, or for removing a bad one (好评返现, 晒单返现, 追评送…, 删差评返…),
 * disguised forms included (hp返现, 好平反现, 好 评 返 现).
 */
export const noReviewIncentive: RuleModule = {
  meta: {
    id: 'no-review-incentive',
    category: 'G',
    severity: 'error',
    scope: 'text',
    title: '不得用返现或礼品换好评、换删差评',
    message: '用返现、红包或礼品换好评（或换顾客删除、修改差评）是平台明令禁止的“好评返现”，属于虚假交易/不当评价类违规。请删除利益诱导，只真诚地邀请评价，例如“收到宝贝满意的话，欢迎给我们一个好评哦~”；对差评请先解决问题。',
    fixable: false,
    docs: {
      why: '各平台都禁止以利益换取好评：淘宝把“好评返现”“刷单”“私下转账”列为诱导类违规（第三方整理，lingtaoedu.com/378）；抖店飞鸽禁止索要五星好评或承诺返现（第三方整理，mmker.cn/article/12818）。以利益换删差评同样违规。店铺面临评价被删除、违规扣分、搜索降权和罚款（第三方资料，未核实具体分值）。研究记录见 research/anchors-domain.md §2。',
      bad: ['好评返现5元,记得截图找客服哦', '晒单返现,带图评价再送小礼物', '追评送运费险', '您把差评删掉,我们返您20元', 'hp返现哦亲', '五星好评后联系客服领红包'],
      good: ['收到宝贝满意的话,欢迎给我们一个好评哦~', '本店没有好评返现活动,请您按真实感受评价', '下单领红包,满减活动今天截止', '您给的差评我们已经看到了,非常抱歉,马上为您补发'],
      notes: [
        '变体是数据（rules/k-platform-contact/terms.ts）：hp、好平、5☆ 对应好评，反现、fx、返xian 对应返现；字之间插入的空格和符号（好 评 返 现）也能识别。',
        '被否定（没有好评返现）和引用顾客原话不报告。',
        '与 invite-review-or-favorite 的“付费邀评”提示重叠时，以本规则（错误）为准。',
      ],
    },
  },
  triggers: [
    // 请用五星奖励我们: the review is the reward, to the shop
    { pattern: `${REVIEW}…{8}${REWARD}`, tag: 'paid', noise: true, negatable: true, except: [`${REVIEW}…{8}奖励(我们|我|小店|小妹|客服)`] },
    { pattern: `${STRONG_REWARD}…{6}${REVIEW}`, tag: 'paid', noise: true, negatable: true },
    { pattern: `${REVIEW}(就|即|即可|可|可以|后|了)?(送|返|领|得|赠)`, tag: 'paid', noise: true, negatable: true },
    // a screenshot of the good review sent to the agent, the reward further on (好评截图给我…给您返现4元)
    { pattern: `${REVIEW}(的)?(截图|晒图)…{16}${REWARD}`, tag: 'paid', noise: true, negatable: true },
    { pattern: `${REMOVE}…{8}(返|送|补偿|红包|退您|给您|赔|现金|奖励)`, tag: 'remove', noise: true, negatable: true },
    { pattern: `(返|送|补偿|红包|现金|奖励|赔)…{10}${REMOVE}`, tag: 'remove', noise: true, negatable: true },
  ],
};
