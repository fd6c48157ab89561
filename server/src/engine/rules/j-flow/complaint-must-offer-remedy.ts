import type { Hit, RuleModule, TurnContext } from '../api';
import { clauseAt } from '../../text/context';
import { hasAny, leadRange, PRODUCT_OR_DELIVERY_PROBLEM, REPLY_NAMES_PROBLEM } from '../i-politeness/util';
import { complaintContext } from '../i-politeness/apologize-on-complaint';

/** A remedy hit that is refused rather than offered (没办法办理退款, 不能给您换货). */
export function refused(ctx: TurnContext, h: Hit): boolean {
  if (ctx.negated(h.start)) return true;
  const before = ctx.text.slice(Math.max(0, h.start - 6), h.start);
  return /(不能|无法|没办法|没有办法|不可以|不支持|不给|不予|不会|暂时不)[^,。!?;~]*$/.test(before);
}

/** Offered remedies: the shared REMEDY lexicon plus this rule's extra remedy phrases, not refused. */
export function remedies(ctx: TurnContext, ownRemedy: Hit[]): Hit[] {
  return [...ctx.hitsOf('@REMEDY'), ...ownRemedy].filter((h) => !refused(ctx, h));
}

/** The customer line (or, without one, the reply) reports a product or delivery problem. */
export function productProblem(ctx: TurnContext): boolean {
  if (hasAny(ctx.customer, PRODUCT_OR_DELIVERY_PROBLEM)) return true;
  const sc = ctx.script.scenario;
  if (sc !== 'complaint' && sc !== 'after-sales' && sc !== 'logistics') return false;
  // a hypothetical (如果收到有质量问题…) is not a report of a problem
  return REPLY_NAMES_PROBLEM.some((w) => {
    for (let i = ctx.text.indexOf(w); i >= 0; i = ctx.text.indexOf(w, i + 1)) {
      const [cs] = clauseAt(ctx.text, i);
      const before = ctx.text.slice(cs, i);
      if (!/如果|如|若|万一|假如|要是|一旦/.test(before) && !/(非|不是|没有|无)$/.test(before)) return true;
    }
    return false;
  });
}

/**
 * J2. Error: a reply to a product or delivery complaint offers a concrete remedy or next step.
 * Info when only an evidence request or a follow-up promise stands in for the remedy.
 */
export const complaintMustOfferRemedy: RuleModule = {
  meta: {
    id: 'complaint-must-offer-remedy',
    category: 'J',
    severity: 'error',
    scope: 'context',
    rubric: 'proficiency',
    title: '投诉回复必须给出补救措施',
    message: '顾客反映了商品或物流问题，回复里却没有具体的补救措施：请给出补发、重发、换货、退款、补偿或明确的处理安排，例如“非常抱歉，我马上为您重新安排发货，运费由我们承担”。',
    docs: {
      why: '考题判定「12、大部分客户投诉是为了解决问题,所以向客户提出解决问题的建议、消除问题的原因,并采取正确的行动是必须的。 √」（003_0eb3ff2274ce9cfe.txt），投诉处理步骤里有「(九)提出补救措施:」（003_0eb3ff2274ce9cfe.txt），并且要「尽快的提出解决的办法」（000_37cadcef1d5464bd.txt）；「不管客服声音有多动人,多会安抚客户,但是如果没有解决客服的实际问题和实际需求,那客户始终不会满意。」（002_c8fa4cc30f1a7fd9.txt）。只道歉不补救是不够的。',
      bad: ['您寄回来的那个件我们正在找呢', '亲,我们感到非常的抱歉。我们对每一位顾客的购物体验都非常的重视,您反馈的情况我们今后一定加以改进,希望我们能让您满意。（顾客反映商品破损）', '亲的货被快递公司遗失了,请找快递公司索赔'],
      good: ['亲,您好,非常抱歉给您带来了不好的购物体验,我刚联系快递公司,那边说件不小心丢失了,您看我们这边可以给您重新安排发货吗?', '要不这样我们给您退xx钱作为补偿好吗', '如果您收到宝贝有质量问题,我们将无条件的为您退换货,请您放心。'],
      notes: [
        '适用于投诉或问题反映（同 apologize-on-complaint 的投诉语境），并且问题涉及商品或物流：顾客一句里有破损、质量、发错、漏发、没收到、太慢、丢件、色差、不退款等用语；没有顾客一句时，scenario 为 complaint/after-sales/logistics 且回复本身点出了这类问题。只针对服务态度的意见（态度、服务）不要求补救。',
        '只检查 stage 为 handling 或没有 stage 的话术；开头、询问、邀评、结尾阶段不要求补救。',
        '补救措施来自共享词表 REMEDY（补发、重发、换货、退款、补偿、马上为您处理、我去给您申请……），另加“重新发/再寄一个、给您发新的、上门取件、运费我们出、报销、维修”等；物流延迟时，已经做了的核实（我刚给快递公司打电话询问了）或明确的到货时间（估计您今天就可以收到了，FX-000-06）也算处理。“不能给您退款/没办法换货”这类被否定的说法不算。',
        '分级：没有任何补救为错误；只有取证请求（拍照片、发订单号）、向顾客确认情况的提问、核实或回复承诺（有消息第一时间联系您、一定给您满意的答复）时为提示（info），因为种子把取证列为处理的第一步（FX-001-18）。回复只是假设（如果收到有质量问题…）时不算点出了问题。',
      ],
    },
  },
  triggers: [
    { pattern: '(重新|再)(给您|为您|帮您)?(发|寄)(一个|一件|一份|一次|新的|过去|给您)', tag: 'remedy' },
    { pattern: '(发|寄|换)(一个)?新的', tag: 'remedy' },
    { pattern: '上门(取件|取货|维修|安装)', tag: 'remedy' },
    { pattern: '运费险', tag: 'remedy' },
    { pattern: '运费…{4}(我们|这边|店铺|商家)(出|承担|来出|负责)', tag: 'remedy' },
    { pattern: '(给您|为您|帮您)(办理|安排|退|换|补|报销)', tag: 'remedy' },
    { pattern: '(全额|部分)(退款|退还)', tag: 'remedy' },
    { pattern: '返…{4}(差价|钱|元|块|现金|红包|券|运费)', tag: 'remedy' },
    { pattern: '(报销|赔付|理赔|包赔|保修|维修)', tag: 'remedy' },
    { pattern: '(刚|已经|已)…{6}(联系|询问|核实|催|打电话|查询|查了|反馈)', tag: 'remedy' },
    { pattern: '(今天|明天|后天|今晚|预计|估计|很快|马上)…{8}(收到|送达|到货|派送|送到)', tag: 'remedy' },
    { pattern: '(申请|办理)(退款|退货|换货|售后|补偿|理赔|赔付)', tag: 'remedy' },
    { pattern: '(我|我们|这边)(会|将|马上|立即|立刻|一定|这就)…{6}(处理|解决|补发|退款|换货|安排)', tag: 'remedy' },
    { pattern: '(拍|发|上传|提供)…{8}(照片|图片|视频|截图|订单号|单号)', tag: 'step' },
    { pattern: '(核实|核查|查询|查一下|查下|查看一下|联系快递|联系仓库|联系物流|联系站点|联系专员|联系厂家)', tag: 'step' },
    { pattern: '(给您|为您|帮您)(联系|升级|转接|转给)', tag: 'step' },
    { pattern: '满意的(答复|交代|处理|结果)', tag: 'step' },
    { pattern: '(给您|为您)(一个)?(交代|说法)', tag: 'step' },
  ],
  check(ctx) {
    if (!ctx.text.trim() || !complaintContext(ctx) || !productProblem(ctx)) return;
    const st = ctx.script.stage;
    if (st && st !== 'handling') return;
    const own = ctx.hits.filter((h) => h.trigger.tag === 'remedy');
    if (remedies(ctx, own).length) return;
    const asks = /\?|[吗么](\s|,|$)/.test(ctx.text);
    const step = asks || ctx.hits.some((h) => h.trigger.tag === 'step') || ctx.has('@FOLLOWUP') || ctx.has('@HOLD');
    const lead = leadRange(ctx.text);
    if (step) {
      ctx.report({
        ...lead, severity: 'info',
        message: '回复只有取证、核实或回复承诺，还没有说明会怎么补救：建议同时说明处理方式，例如“确认是质量问题后，我们马上为您补发或退款”。',
      });
      return;
    }
    ctx.report(lead);
  },
};
