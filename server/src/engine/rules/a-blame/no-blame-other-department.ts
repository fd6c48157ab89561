import type { RuleModule } from '../api';
import { conditionalOrQuestion, hasAny, OWN_ACTION, CONCRETE_REMEDY } from './util';

const DEPT = '(仓库|库房|财务|售后|打包|发货部|质检|其他部门|别的部门|其它部门|技术部|物流部|客服部|运营|同事|厂家|工厂|供应商)';
const WHO = '(那边|部门|的同事|同事|人员|小哥|师傅|方面|的人)';

/**
 * A5. Pushing the blame onto the warehouse, finance, another department or colleague. Cause
 * framing (是仓库发错的, 仓库那边没有找到) is reported when the reply keeps no ownership (no own
 * action, no remedy, no follow-up); "not my department" forms (这是售后的事, 不归我管) always.
 */
export const noBlameOtherDepartment: RuleModule = {
  meta: {
    id: 'no-blame-other-department',
    category: 'A',
    severity: 'error',
    scope: 'text',
    title: '不要把责任推给其他部门',
    message: '把问题推给仓库、财务、售后或其他同事会让顾客觉得在踢皮球：以店铺整体的名义承担，并说明您会亲自跟进，例如“非常抱歉让您久等了，我会亲自跟进，今天下班前一定给您答复”。',
    docs: {
      why: '判断题「客户服务人员在接到客户投诉时,如果是别人的错,要告诉客户“这个问题是因为其他部门耽误了”以便推掉自身的责任。 ×」（003_0eb3ff2274ce9cfe.txt）明确判为错误；「要勇于承担责任:不能产生推诿感」（004_6f48d8546034e7a1.txt）。店铺手册的话术 12 第一句回复「仓库那边没有找到」（001_87bc0df9dc2bb46e.txt）既没有道歉，也把责任交给了仓库。',
      bad: [
        '这个问题是因为其他部门耽误了',
        '仓库那边没有找到',
        '是仓库发错的',
        '这是售后部门的事,不归我管',
        '系统那边出问题了,我们也没办法',
      ],
      good: [
        '仓库在加紧配货了呢,我会帮您催的哦~',
        '我把您的单号和旺旺名字给售后同事以便她及时找到您的订单帮您退换',
        '非常抱歉,是仓库发错了,我马上给您补发,运费我们承担',
      ],
      notes: [
        '只在部门被说成问题的原因（是/因为/由于 + 部门 + 的问题/弄错/耽误/没…）且回复里没有店铺自己的承担（我会帮您催、帮您跟进、补发、退款、第一时间联系您）时报告。',
        '中性的交接（我把单号给售后同事）和“部门 + 客服自己的行动”（仓库在加紧配货,我会帮您催）不报告。',
        '“这是售后的事”“不归我管”“是上一个客服答应的,我不清楚”这类撇清个人责任的说法始终报告。',
      ],
    },
  },
  triggers: [
    { pattern: `(是|因为|由于|都是|这是)(我们)?(的)?${DEPT}${WHO}?…{8}(的问题|的原因|的责任|的失误|弄错|搞错|发错|漏发|少发|错发|漏放|放错|耽误|延误|拖延|忘了|忘记|出错|出了错|出问题|出了问题)`, negatable: true, tag: 'cause' },
    { pattern: `${DEPT}${WHO}…{4}(没有|没)(找到|打款|处理|审核|操作|退款|安排|回复|通过)`, negatable: true, tag: 'cause' },
    { pattern: `(是|由)${DEPT}(那边|部门)?(审核|审批)?(决定|判定)`, negatable: true, tag: 'cause' },
    { pattern: '(产品|技术|研发|开发)(那边|部门|团队)(没有|没)…{4}(写|做|加|处理|更新|通知|说明|上线)', negatable: true, tag: 'cause' },
    { pattern: '(仓库|打包|发货|库房)(的)?(同事|人员|师傅)(那边)?(弄错|搞错|发错|漏发|少发|漏放|放错|打包错)', negatable: true, tag: 'cause' },
    { pattern: '(其他|别的|其它)(部门|同事)…{4}(耽误|延误|拖延|的问题|的原因|的责任|弄错|搞错)', tag: 'strong' },
    { pattern: `(这|这个)(是|属于)${DEPT}(部门)?(那边)?的(事|事情|问题)`, tag: 'strong' },
    // the decision put on the boss or the company above the agent (这个是老板决定的)
    { pattern: '(这|这个|这些)(是|都是)(老板|领导|上面|上级|公司|掌柜)(决定|规定|定)的', tag: 'strong' },
    { pattern: '不归我(管|负责)', tag: 'strong' },
    { pattern: '不是我(负责|管|经手|处理)的', tag: 'strong' },
    { pattern: '不在我的(职责|负责)范围', tag: 'strong' },
    { pattern: '(上一个|之前那个|之前的|前面的|别的|其他|其它)(客服|同事)…{12}(我不清楚|我不知道|不是我|跟我没关系|我不负责|和我没关系)', tag: 'strong' },
    { pattern: '系统(那边)?(出了问题|出问题|故障|出错|有问题|的问题)…{10}(我们也没办法|我也没办法|我们也没有办法|我们也无能为力)', tag: 'strong' },
  ],
  check(ctx) {
    const owned = hasAny(ctx.text, OWN_ACTION) || hasAny(ctx.text, CONCRETE_REMEDY) || ctx.has('@FOLLOWUP');
    for (const h of ctx.hits) {
      if (conditionalOrQuestion(ctx.text, h.start, h.end)) continue;
      if (h.trigger.tag === 'cause' && owned) continue;
      ctx.report({ start: h.start, end: h.end });
    }
  },
};
