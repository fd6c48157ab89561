import type { RuleModule } from '../api';
import { hasAny, CONCRETE_REMEDY } from '../a-blame/util';

/** The agent has checked: a guess after these is a finding, not a conclusion. */
const CHECKED = ['核实', '核查', '查询', '查了', '查到', '查看了', '显示', '经检测', '检测结果', '经过检查', '反馈说', '那边说', '看了照片', '看了图片', '确认过', '确认了'];
const FAULT = '(弄|摔|压|碰|磕|造成|导致|的问题|的原因|损坏|坏|丢|漏放|漏发|少发|发错|错发|放错|使用不当|操作不当|拍错|填错|选错|搞错|弄错|人为|不小心|没注意|暴力)';

/**
 * B8. Asserting the cause of a problem before checking. A guess that blames the customer or
 * the courier is a warning; a guess that blames the shop itself is info when a remedy comes
 * with it, else a warning (§19.13). Not after the agent reports a check (经核实 / 物流显示).
 */
export const noPrematureConclusion: RuleModule = {
  meta: {
    id: 'no-premature-conclusion',
    category: 'B',
    severity: 'warning',
    scope: 'text',
    title: '没核实前不要下结论',
    message: '还没核实就断定原因（肯定是您摔的、一定是快递压坏的）会让顾客觉得被冤枉或被推脱：先道歉并处理，同时说明会核查原因，例如“看到照片了，真的很抱歉，我先帮您登记补发，同时核查一下是哪个环节出的问题”。',
    docs: {
      why: '判断题「在处理客户投诉的初期,不论面对什么具体问题,在事实尚不明确的情况下 应快速得出结论,提高投诉处理效率。 ×」（003_0eb3ff2274ce9cfe.txt）判为错误；「如果收到买家的投诉一定要明白事情的原委」（000_37cadcef1d5464bd.txt）；「发生中差评后,一定要先查清楚是什么原因导致的」（001_87bc0df9dc2bb46e.txt）。店铺手册的「可能是在快递的过程中压坏的」（001_87bc0df9dc2bb46e.txt）是一看到照片就下的结论。',
      bad: [
        '亲 可能是在快递的过程中压坏的',
        '肯定是您使用不当',
        '一定是快递摔的',
        '这种情况一般都是人为的',
      ],
      good: [
        '我先帮您核实一下是哪个环节出的问题',
        '经核实,是快递在运输途中压坏的,非常抱歉,马上给您补发',
        '应该是我们打包时漏放了,非常抱歉,马上给您补发（提示级）',
      ],
      notes: [
        '分级（§19.13）：推测把原因归到顾客或快递（一定是您摔的、可能是快递压坏的）为警告；推测是店铺自己的原因且同时给出补救为提示，没有补救为警告。',
        '客服已经说明核实过（经核实、物流显示、快递那边说）时不报告。',
      ],
    },
  },
  triggers: [
    { pattern: `(肯定|一定|应该|可能|估计|八成|多半|大概|百分百|绝对)(就)?是(在)?(您|你|亲|快递|物流|运输|人为|顾客|买家|您自己|你自己|快递员|路上)…{10}${FAULT}`, negatable: true, tag: 'other' },
    { pattern: '(一般|通常|基本|大多|大部分)(都)?是(人为|使用不当|操作不当|您自己|顾客自己)', tag: 'other' },
    { pattern: `(肯定|一定|应该|可能|估计|八成|多半|大概)(就)?是(我们|仓库|打包|发货|我们这边|这边)…{10}${FAULT}`, negatable: true, tag: 'self' },
  ],
  check(ctx) {
    const t = ctx.text;
    for (const h of ctx.hits) {
      if (hasAny(t.slice(0, h.start), CHECKED)) continue;
      if (h.trigger.tag === 'self' && (hasAny(t, CONCRETE_REMEDY) || ctx.has('@REMEDY'))) {
        ctx.report({ start: h.start, end: h.end, severity: 'info', message: '推测是店铺自己的原因并给了补救：很好，可以再补一句“我会核查具体是哪个环节出的问题”。' });
        continue;
      }
      ctx.report({ start: h.start, end: h.end });
    }
  },
};
