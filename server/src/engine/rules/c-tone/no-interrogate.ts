import type { RuleModule } from '../api';
import { nearBefore } from './shared';

/**
 * C3. Accusatory why / on-what-grounds questions aimed at the customer (catalog §4 C3, §17):
 * 您/你 + 为什么/凭什么/怎么 + negation or accusation, 凭什么, 难道您, 您到底, 您确定是我们….
 * A polite 请问 just before it lowers the finding to info; the agent saying it will look into why
 * (帮您查一下为什么没收到) and empathy (我能明白您为什么会有这种感觉) are not questions at the customer.
 */
export const noInterrogate: RuleModule = {
  meta: {
    id: 'no-interrogate',
    category: 'C',
    severity: 'error',
    scope: 'text',
    title: '不要质问顾客',
    message: '这是质问的口气（您为什么…/凭什么…/难道您…），最伤顾客的感情和自尊心：改成关心和询问，例如“亲，方便说说是哪方面让您有顾虑吗？我帮您详细解答一下”。',
    docs: {
      why: '种子资料要求「第三,不要直接质问客户。与客户沟通时,要理解并尊重客户的观点,不 可采取质问的方式与客户谈话。」并指出「用质问或者审讯的 口气与客户谈话,是不懂礼貌的表现,是不尊重人的反映,是最伤害客户的感情 和自尊心的。」，举的例子有「您为什么不买我们的产品?」「您凭什么认为我们的产品不是正品?」（001_87bc0df9dc2bb46e.txt）。',
      bad: [
        '您为什么不买我们的产品?',
        '您凭什么认为我们的产品不是正品?',
        '你为什么不早说?',
        '难道您没看说明吗?',
        '您到底要不要?',
        '您确定是我们的问题?',
        '谁告诉您可以退的?',
      ],
      good: [
        '请问是什么问题?是质量不满意,还是颜色不喜欢,还是其他的呢',
        '请问您需要考虑的是?',
        '您的身高体重是多少呢',
        '为什么会这样呢,我帮您查一下',
        '我能明白您为什么会有这种感觉',
        '我马上帮您查一下为什么还没发货',
      ],
      notes: [
        '需要“您/你 + 为什么/为啥/干嘛 + 否定或指责（不/没/还不/现在才/就不/非要）”、“您怎么 + 不/没 + 顾客该做的动作（早说/看/填/联系…）”或“您怎么现在才…”，或者“凭什么”“难道您”“您到底要不要”“您确定是我们…”“谁告诉您”。',
        '“您怎么没收到呢”“您为什么还没收到”这类询问状况（没收到/没到货/没显示）的话不是指责，不报告；“您到底是哪个订单”也不报告。',
        '前面有礼貌的“请问”时降为提示（请问您为什么想退货呢 这类问法仍建议改成“方便说说原因吗”）。',
        '客服自问（为什么会这样呢，我帮您查一下）、共情（我能明白您为什么会有这种感觉）、说明要去查原因（帮您查一下为什么没收到）不报告；顾客原话（引号内）不报告。',
      ],
    },
  },
  triggers: [
    { pattern: '(您|你)(为什么|为啥|干嘛|干吗)(都|也|又)?(不|没|还不|还没|现在才|才|就不|偏偏|非要|非得|老是|总是)', tag: 'why', except: ['(您|你)(为什么|为啥)(还)?(没|没有)(收到|到货|到|显示|成功|更新|到账|收到货|物流)'] },
    { pattern: '(您|你)怎么(都|也|又|还)?(不|没|没有)(早|先|看|仔细|认真|说|讲|填|写|备注|提供|问|告诉|联系|确认|检查|验货|拍|回复|付款|付|听)', tag: 'why' },
    { pattern: '(您|你)怎么(现在才|才|就不|偏偏|非要|非得|老是|总是)', tag: 'why' },
    { pattern: '(您|你)(是)?凭什么' },
    { pattern: '凭什么(说|认为|觉得|要求|让我们|要我们)' },
    { pattern: '难道(您|你)' },
    { pattern: '(您|你)到底(要不要|买不买|想不想|有没有|需不需要|明不明白|懂不懂|想怎么样|想怎样|要怎样|要怎么样|想干嘛|在说什么)' },
    { pattern: '(您|你)(能|可以)?确定(是|就是)(我们|我家|我们家|咱们|咱家|店里|这边)' },
    { pattern: '谁(告诉|跟|和|同意|答应|允许)(您|你)' },
    { pattern: '(您|你)(有)?没(有)?(看|读)(过)?(详情|说明|描述|页面)(吗|么|啊)' },
  ],
  check(ctx) {
    for (const h of ctx.hits) {
      // The agent announcing it will find out why, or empathising, is not questioning the customer.
      if (nearBefore(ctx.text, h.start, /(查|看看|问问|核实|了解|确认|知道|明白|理解|清楚|解释|说明|告诉您)(一下|下)?[^,，。!?]{0,4}$/, 12)) continue;
      const polite = nearBefore(ctx.text, h.start, /请问[^。!?]{0,6}$/, 10);
      ctx.report({
        start: h.start, end: h.end,
        severity: polite ? 'info' : undefined,
        message: polite ? '虽有“请问”，这样问仍像在追问原因：建议改成“方便说说是哪方面不满意吗？我帮您看看怎么处理”。' : undefined,
      });
    }
  },
};
