import type { RuleModule } from '../api';
import { redirectHits } from './util';

const COURIER = '(快递|物流|快递员|配送员|派件员|快递小哥|快递网点|快递公司|物流公司|快递客服)';

/** A2. Telling the customer to claim from, complain to or chase the courier themselves. */
export const noRedirectToCourier: RuleModule = {
  meta: {
    id: 'no-redirect-to-courier',
    category: 'A',
    severity: 'error',
    scope: 'text',
    title: '不要让顾客自己去找快递',
    message: '让顾客自己去找快递索赔、投诉或询问是推卸责任：由店铺出面和快递交涉，例如“包裹的事情由我们来和快递公司交涉，您不用操心，我现在就给您重新安排发货”。',
    docs: {
      why: '考试题「在处理售后纠纷时,话术技巧是很重要的,在与顾客交流时,客服不能说的话有:D」里的「B.亲的货被快递公司遗失了,请找快递公司索赔」（000_37cadcef1d5464bd.txt）被明确列为不能说的话。货是店铺发出的，和快递交涉、索赔是店铺的事，不该转给顾客。',
      bad: [
        '亲的货被快递公司遗失了,请找快递公司索赔',
        '这个您得去问快递哦',
        '您自己联系一下快递员吧',
        '快递电话是95xxx,您打过去问问',
      ],
      good: [
        '我马上联系快递给您处理哦',
        '我已经跟快递客服讲了让那边尽快给您转过去',
        '我已经帮您催件了,如需提前联系派件员,电话是138xxxx,您也可以直接打过去',
        '包裹丢失的事情由我们来和快递公司交涉,您不用操心,我现在就给您重新安排发货',
      ],
      notes: [
        '“找快递索赔/理赔/投诉”始终为错误；要求顾客自己去联系、询问快递为错误；只是作为可选项提出（您可以联系配送员、方便的话可以先联系快递）为警告。',
        '客服自己去联系快递（我马上联系快递、这边帮您催）不报告；在客服已经采取行动（已催件、已联系、帮您跟进）之外再附上派件员电话，也不报告。',
      ],
    },
  },
  triggers: [
    { pattern: `(找|向|跟|和|让)${COURIER}(索赔|理赔|要赔偿|赔偿|要求赔偿|投诉|赔)`, tag: 'claim', negatable: true },
    { pattern: `(去)?(找|联系|问问|问一下|问下|问|询问|咨询|致电|打电话给|打给|催|催一下|催催)(一下|下)?(当地|您那边)?(的)?${COURIER}`, tag: 'contact', negatable: true, except: [`(请问|问问|问一下|问下|问|询问|咨询|查询|查)(一下|下)?${COURIER}(单号|信息|状态|进度|费|费用|详情|轨迹|方式|时效|记录|是否|有没有)`, `请问${COURIER}`] },
    { pattern: `${COURIER}(的)?(电话|号码|联系方式)…{20}(您|你)(可以)?(自己)?(直接)?(打过去|打电话|拨打|致电|问问|咨询)`, tag: 'phone' },
  ],
  check(ctx) {
    for (const h of redirectHits(ctx)) {
      ctx.report({
        start: h.start, end: h.end, severity: h.optional ? 'warning' : 'error',
        message: h.optional ? '建议顾客自己去联系快递/配送员仍是把事情转给顾客：由您先联系快递并跟进，例如“我这边马上联系配送员给您安排，有结果第一时间告诉您”。' : undefined,
      });
    }
  },
};
