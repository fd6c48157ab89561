import type { RuleModule } from '../api';
import { hasAny, sentenceAt } from './util';

/** Refusal or requirement words that turn a process mention into an excuse (same sentence). */
const REFUSAL = ['没办法', '没有办法', '没法', '不能', '无法', '只能', '不可以', '不行', '办不了', '做不到', '才能', '才可以', '必须', '不允许', '不支持', '不予', '不给'];
/** A concrete way out offered by the agent: an application or escalation. */
const ESCALATION = ['帮您申请', '给您申请', '为您申请', '我去申请', '去给您申请', '特殊申请', '向主管', '找主管', '请示', '帮您争取', '给您争取', '为您争取', '帮您问问', '帮您反馈', '加急'];

/**
 * A7. Hiding behind company process or policy (公司化经营, 公司规定, 有个流程, 系统设置) to
 * justify not helping. Fires when the excuse marker stands in one sentence with a refusal or a
 * requirement and the reply offers no application or escalation. Warning.
 */
export const noExcuseMaking: RuleModule = {
  meta: {
    id: 'no-excuse-making',
    category: 'A',
    severity: 'warning',
    scope: 'text',
    title: '不要拿流程和规定当借口',
    message: '用“公司化经营/公司规定/有流程/系统就是这么设置的”来解释为什么不能帮忙，是在找借口：直接说您能为顾客做什么，例如“我这边先帮您申请加急处理，今天下午5点前给您答复”。',
    docs: {
      why: '「沟通时切忌为自己找理由,找借口,这样会给买家的印象是责任在买家而不在你,否则再好商量的买家也会拒绝你。」（001_87bc0df9dc2bb46e.txt）。店铺手册话术 12 的「主要是因为这边是公司化经营,退换货有个流程,包裹还没有找到的情况下没办法办理呢亲」和话术 17 的「亲,这边是公司化经营,很抱歉呢,售后同事需要收到退回的衣服才能帮您换出呢~」（001_87bc0df9dc2bb46e.txt）都是拿流程当理由。',
      bad: [
        '主要是因为这边是公司化经营,退换货有个流程,包裹还没有找到的情况下没办法办理呢亲',
        '这是公司规定,我也没办法',
        '系统就是这么设置的,不能改哦',
      ],
      good: [
        '退货流程是:①申请退货 ②填写单号 ③我们签收后24小时内退款',
        '按公司规定这个需要审批,我这边先帮您申请加急,今天下午5点前给您答复',
        '亲,真的很抱歉让您久等了,您的包裹我们已签收,我这边先帮您申请加急处理,今天下午5点前给您答复',
      ],
      notes: [
        '警告级：如实介绍流程是正当的，只有“流程/规定”和拒绝或前提条件（没办法、不能、只能、需要…才能）出现在同一句、且回复里没有申请或上报的办法时才报告。',
        '给出步骤（退货流程是：①…②…）是帮助，不是借口。',
      ],
    },
  },
  triggers: [
    { pattern: '公司化(经营|管理|运作)' },
    { pattern: '(公司|店铺|我们|平台)?(的)?(规定|制度)(就是这样|就是这么|只能|不能|不允许|是这样|如此)' },
    { pattern: '(这是|这个是|都是|是)(我们)?(公司|店铺|上面|领导)(的)?(规定|制度|要求)' },
    { pattern: '(按|按照|根据)(我们)?(公司|店铺)?(的)?(规定|制度)' },
    { pattern: '有(个|一个|一套|固定的|我们的)?流程' },
    { pattern: '流程(就是这样|就是这么|规定|如此|是这样的)' },
    { pattern: '系统(就是这么|就是这样|规定|限制|不允许)' },
    { pattern: '(是)?系统(自动)?(设置|设定|默认)(的|好的)' },
    { pattern: '(上面|领导|上级)(不批|不让|不同意|规定|不允许)' },
    { pattern: '(我|我们)也没办法…{6}(规定|上面|公司|流程|系统)' },
  ],
  check(ctx) {
    if (hasAny(ctx.text, ESCALATION)) return;
    for (const h of ctx.hits) {
      const [s, e] = sentenceAt(ctx.text, h.start);
      const sentence = ctx.text.slice(s, h.start) + ' ' + ctx.text.slice(h.end, e);
      if (!hasAny(sentence, REFUSAL) && !hasAny(ctx.text.slice(h.start, h.end), REFUSAL)) continue;
      ctx.report({ start: h.start, end: h.end });
      return;
    }
  },
};
