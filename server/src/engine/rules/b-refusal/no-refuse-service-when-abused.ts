import type { RuleModule } from '../api';
import { hasAny } from '../a-blame/util';

/** Words of a swearing or insulting customer (read in the customer lines). */
const ABUSE = ['滚', '傻', '妈的', '他妈', '特么', 'tm', 'sb', '操你', '卧槽', '骂', '狗', '废物', '垃圾', '去死', '混蛋', '王八', '白痴', '脑残', '智障', '骗子', '神经病'];

/**
 * B4. Refusing or ending service because the customer is rude. Threats conditioned on the
 * customer's conduct (再这样说话我就不回复了, 否则无法为您服务) and blocking (拉黑) are always
 * errors; a plain "不再回复/不接待" counts when the customer line is abusive.
 */
export const noRefuseServiceWhenAbused: RuleModule = {
  meta: {
    id: 'no-refuse-service-when-abused',
    category: 'B',
    severity: 'error',
    scope: 'context',
    title: '顾客说粗话也要继续服务',
    message: '因为顾客情绪激动、说粗话就威胁不回复、不接待或拉黑，是拒绝服务：控制好情绪，先安抚再继续解决问题，例如“亲，您先别着急，如果有什么问题您和我说，我们一定会帮您解决的”。',
    docs: {
      why: '「当客户爆粗口时,要能控制自己的情绪,千万不要因为这种原因而不去为他服务。控制情绪非常重要。」（000_37cadcef1d5464bd.txt）；「在客户出言不逊时,让自己静置几秒钟,喝一口水,作一下深呼吸,把自己调整到正常状态,然后开始主动的对话。」（003_0eb3ff2274ce9cfe.txt）',
      bad: [
        '您再这样说话我就不回复了',
        '请您文明用语,否则我无法为您服务',
        '骂人的话我们不接待',
        '再骂就拉黑了',
      ],
      good: [
        '理解您现在很生气,我一定尽力帮您解决',
        '亲 您先别着急。如果有什么问题您和我说。我们一定会帮您解决的。',
        '非常抱歉,您所在的地区暂时无法配送,我帮您看看能不能换个收货点',
      ],
      notes: [
        '以顾客言行为条件的威胁（再…就不回复、否则无法为您服务）和“拉黑”始终报告。',
        '单纯的“不再回复/不接待/结束对话”只在顾客的话里有辱骂或激烈情绪（scenario 的 customer 行）时报告；配送范围之类的“无法为您服务”不报告。',
        '只提醒“请文明用语”而没有威胁，不报告。',
      ],
    },
  },
  triggers: [
    { pattern: '(再这样|再骂|再说脏话|继续骂|再辱骂|再这么说|如果您再|如果您继续|否则|不然)…{12}(不回复|不再回复|不接待|不再接待|不理|不再理|无法服务|无法为您服务|无法给您服务|无法继续服务|无法接待|无法继续为您服务|不能为您服务|不能服务|不能继续服务|不能继续为您服务|拉黑|结束对话|结束会话|结束服务|停止服务|不奉陪)', tag: 'threat' },
    { pattern: '(骂人|脏话|粗口|辱骂|不文明|这种态度|这样的态度)…{10}(不接待|不回复|不予回复|不服务|无法服务|无法为您服务|无法给您服务|不理|不奉陪|拉黑)', tag: 'threat' },
    { pattern: '(就|会|要|将|直接)拉黑', tag: 'threat' },
    { pattern: '拉黑(您|你)', tag: 'threat' },
    { pattern: '(不再|不想|不会再)(回复|接待|理会|理)(您|你)?', tag: 'stop' },
    { pattern: '(无法|不能|拒绝)(继续)?(为您|给您|为你)?(服务|接待)', tag: 'stop' },
    { pattern: '(结束|终止)(本次)?(对话|会话|服务|聊天)', tag: 'stop' },
  ],
  check(ctx) {
    const abused = hasAny(ctx.customer, ABUSE) || ctx.customerHas('@EMOTION');
    for (const h of ctx.hits) {
      if (h.trigger.tag === 'stop' && !abused) continue;
      ctx.report({ start: h.start, end: h.end });
      return;
    }
  },
};
