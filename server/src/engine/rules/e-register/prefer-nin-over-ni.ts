import type { RuleModule } from '../api';

/**
 * E4. 你 addressed to the customer → 您 (quick fix). 你们 addressed to customers fires too but
 * gets no fix (§19.10: suggest 您 / 各位 / 大家, never 您们). Not: 迷你, 你我, idioms, the typo
 * 你您, quoted customer speech.
 */
export const preferNinOverNi: RuleModule = {
  meta: {
    id: 'prefer-nin-over-ni',
    category: 'E',
    severity: 'warning',
    scope: 'text',
    title: '称呼顾客用“您”',
    message: '对顾客说“你”不够尊重：请改用敬称“您”，例如“给您带来了麻烦”“您考虑好了随时联系我”。',
    fixable: true,
    docs: {
      why: '种子培训资料要求「少用我字,多用您或咱们,这样的字眼,让顾客感觉到卖家在全心全意的为他想问题」（000_37cadcef1d5464bd.txt），推荐用语是「您好、请问、麻烦、请稍等」（000_37cadcef1d5464bd.txt）。种子话术里的「给你带来了麻烦」（000_37cadcef1d5464bd.txt）、「你考虑好了随时M我哈」「这次我一定好好给你包装一下」（001_87bc0df9dc2bb46e.txt）都应改成“您”。',
      bad: [
        '真的非常抱歉,快递耽误了那么久,给你带来了麻烦。',
        '退得货你没填单号,导致退款速度慢',
        '这次我一定好好给你包装一下',
        '你们那边收到货以后先不要签收',
      ],
      good: [
        '给您带来了麻烦,真的非常抱歉。',
        '您说“你们怎么还不发货”,非常抱歉让您久等了',
        '这款迷你充电宝只有巴掌大',
        '这是你我之间的小秘密哦',
      ],
      notes: [
        '“你”提供一键改为“您”的快速修复。',
        '“你们”对顾客说时同样报告（§19.10），但不自动修复：请改成“您”“各位”或“大家”，不要写“您们”。',
        '不报告：引号里或“您说”之后转述的顾客原话、迷你、你我（你我之间）、你追我赶等成语、引用的套话“如你所愿”（第五十二轮），以及把“您”误打成“你您”的笔误。',
      ],
    },
  },
  triggers: [
    {
      pattern: '你',
      replacement: '您',
      except: ['迷你', '你我', '你您', '(你死我活|你追我赶|你来我往|你争我夺|你推我让|你侬我侬|你一言我一语|你情我愿)', '如你所愿'],
    },
    {
      pattern: '你们',
      message: '对顾客说“你们”不够尊重：请改成“您”“各位”或“大家”（不要写“您们”）。',
    },
    {
      pattern: '你俩',
      message: '对顾客说“你俩”不够尊重：请改成“您二位”。',
      replacement: '您二位',
    },
  ],
};
