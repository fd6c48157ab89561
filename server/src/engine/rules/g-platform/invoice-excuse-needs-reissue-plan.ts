import type { RuleModule } from '../api';
import { hasAny, INVOICE_WORDS, SEED } from './shared';

const REISSUE = ['补寄', '邮寄', '寄出', '电子发票', '下载', '后补', '补开', '补发', '补给您', '寄给您', '发给您', '寄出', '再寄', '再开', '再发', '稍后', '之后', '后期', '随后', '开好后', '开好之后', '开出来后', '登记', '为您开具', '给您开具', '给您开', '为您开'];
const TIME = /(([0-9一二三四五六七八九十两]+|\[数字x\])\s*(个)?(工作日|天|日|周|星期|小时|号|h)|月底|月初|月中|下周|明天|后天|本周|这周|下个月|本月内)/;
const POSTAGE = [
  /(运费|邮费|快递费|邮寄费)[^。!?;\n]{0,8}(我们|商家|本店|店铺|我方|这边|我司)[^。!?;\n]{0,4}(承担|出|负责|付)/,
  /(我们|商家|本店|店铺|我方|这边|我司)[^。!?;\n]{0,4}(承担|出|负责|付)[^。!?;\n]{0,6}(运费|邮费|快递费)/,
  /(包邮|免邮|免费(寄|邮寄|寄送)|不用您(出|付|承担)|无需您|电子发票|电子票)/,
];

/**
 * G4. An administrative excuse (tax-entity change, printer broken, quota used up, finance away)
 * must come with all three: the invoice will be sent later, a clear time frame, postage paid by
 * the shop. An electronic invoice needs no postage.
 */
export const invoiceExcuseNeedsReissuePlan: RuleModule = {
  meta: {
    id: 'invoice-excuse-needs-reissue-plan',
    category: 'G',
    severity: 'error',
    scope: 'text',
    penalty: 6,
    title: '开票借口必须附补寄方案',
    message: '用“税务变更、打印机维修、额度用完、财务不在”等理由暂不开票时，必须同时说明会补寄、补寄时间和邮费由商家承担（违规成立扣 6 分），例如“您的发票已登记,会在7个工作日内给您补寄,邮费由我们承担”。',
    docs: {
      why: `平台培训资料「一、发票问题(违规成立,扣6分)」列出常见违规「(4)商家表示“纳税主体变更申请中",“发票打印机器维修中”,“当月限额发票用完还未申领”,“财务不在,无法开具”等等此种情况,应主动告知消费者需要发票后期可以补寄,并明确补寄周期,运费应由商家承担。」（${SEED}）。违规成立扣 6 分。`,
      bad: [
        '亲,我们纳税主体变更申请中,暂时开不了发票',
        '发票打印机器维修中哦',
        '当月限额发票用完还未申领,开不了呢',
        '财务不在,无法开具',
        '财务不在,发票过几天给您补寄哦',
      ],
      good: [
        '亲,非常抱歉,本月发票额度正在申领中,您的发票我们已登记,会在7个工作日内给您补寄,邮费由我们承担~',
        '发票打印机器维修中,修好后3天内给您开电子发票发到邮箱',
        '财务下午统一处理退款哦',
      ],
      notes: [
        '分级：缺少补寄或时间为错误；只缺“邮费由商家承担”的说明（已承诺寄出并给了时间、没有向买家要钱）为警告。三个要素缺一即报告：会补寄/补开（补寄、后补、寄给您、稍后…），明确时间（7个工作日内、3天内、月底前…），邮费由商家承担（邮费我们承担、包邮、不用您出；电子发票不需要邮费）。消息会指出缺了哪几项。',
        '“财务不在”“会计休假”这类借口只在回复提到发票或开票时才算，退款时效说明（财务下午统一处理退款）不报告。',
        '回复说发票已经开出（今天开具的、已经开好了）时，借口只解释邮寄慢，降为提示（来自真实语料评测）。',
      ],
    },
  },
  triggers: [
    { pattern: '纳税主体(变更|更换|变化)' },
    { pattern: '税务(系统|局)?…{4}(升级|变更|维护|调整|故障)', tag: 'needs-invoice' },
    { pattern: '(打印机|打印机器|打票机|发票机|开票机|开票系统|税控盘|税控机|开票软件)…{4}(坏|维修|故障|出问题|有问题|升级|维护|修理)' },
    { pattern: '(限额|额度|发票额度)…{4}(用完|用光|已满|不够|没有了|没了)' },
    { pattern: '发票(已经|都|也)?(用完|用光)' },
    { pattern: '发票(还)?(没|未)(申领|领|领取|申请下来)' },
    { pattern: '(财务|会计|开票员|开票的同事|负责开票的)(人员|同事|小姐姐|老师)?…{4}(不在|休假|请假|放假|没上班|没来|出差|下班)', tag: 'needs-invoice' },
  ],
  check(ctx) {
    const t = ctx.text;
    const hits = ctx.hits.filter((h) => h.trigger.tag !== 'needs-invoice' || hasAny(t, INVOICE_WORDS));
    if (!hits.length) return;
    // the invoice is already issued (今天开具的, 已经开好了): the excuse only explains a slower delivery
    if (/(已经|已)(开具|开好|开出|开了)|开具(了|好了)|(今天|昨天|刚刚|刚)开(具)?(的|了|好)/.test(t)) {
      for (const h of hits) ctx.report({ start: h.start, end: h.end, severity: 'info', message: '发票已经开出，借口只说明邮寄会慢：最好给出寄到的大致时间，并说明邮费由我们承担。' });
      return;
    }
    const missing: string[] = [];
    if (!hasAny(t, REISSUE)) missing.push('会补寄');
    if (!TIME.test(t)) missing.push('补寄时间');
    if (!POSTAGE.some((re) => re.test(t))) missing.push('邮费由商家承担');
    if (!missing.length) return;
    // a plan with a time frame that only leaves the postage unsaid asks nothing of the buyer: warning
    const severity = missing.length === 1 && missing[0] === '邮费由商家承担' ? 'warning' : 'error';
    const message = `开票借口缺少${missing.join('、')}（违规成立扣 6 分）：请说明会补寄、多久寄出、邮费由我们承担，例如“您的发票已登记,会在7个工作日内给您补寄,邮费由我们承担”。`;
    for (const h of hits) ctx.report({ start: h.start, end: h.end, message, severity });
  },
};
