import type { RuleModule } from '../api';
import { isQuestion, SEED } from './shared';

/**
 * G10. Refusing, delaying or cancelling cash-on-delivery (货到付款) orders. A COD order exists only
 * where COD is enabled, so refusing to ship one is always an error. "不支持货到付款" depends on the
 * shop (option `codEnabled`): true → error, unset → warning, false → truthful, no finding.
 */
export const codMustHonor: RuleModule = {
  meta: {
    id: 'cod-must-honor',
    category: 'G',
    severity: 'error',
    scope: 'text',
    penalty: 6,
    title: '开通了货到付款就要照常提供',
    message: '货到付款订单不能拒发、延迟发货或私自取消（违规成立扣 6 分）：开通了货到付款就要按承诺提供，例如“亲,支持货到付款的哦,您下单后我们会按正常时效为您发货~”。',
    options: { codEnabled: null },
    docs: {
      why: `平台培训资料「四、货到付款(如违规事实成立,扣6分)」要求「如果开通了付到货款服务的商品,买家拍下时,就需要向买家提供该项服务。」，并提醒即使遇到恶意买家也「不要告知买家不能支持该服务、不要私自关闭订单丶不要在旺旺上拒绝给买家发货丶货到付款订单不在延迟发货的范围内。」（${SEED}）。违规成立扣 6 分。`,
      bad: [
        '货到付款的我们不发哦',
        '货到付款的订单要晚几天发',
        '您改成在线支付我们才发',
        '货到付款的订单我们先取消了',
        '不支持货到付款哦（店铺开通了货到付款时）',
      ],
      good: [
        '亲,支持货到付款的哦,您下单后我们会按正常时效为您发货~',
        '本店暂未开通货到付款,可以用花呗或信用卡付款哦（店铺确实没开通时，配置 codEnabled: false）',
      ],
      notes: [
        '拒发、延迟发货、私自取消货到付款订单：错误（有货到付款订单就说明开通了这项服务）。',
        '“不支持货到付款”（没有说明是预售、某个商品或某个地区的限制时）：取决于店铺是否开通（元数据）。选项 codEnabled 为 true 时是错误；未配置时是警告（请核实店铺是否开通）；为 false 时如实说明不报告。',
      ],
    },
  },
  triggers: [
    { pattern: '(不支持|不能|不可以|不提供|没有|无法|没法|不做|不接受|不能选|不能用|不开通|没开通|暂不支持)(使用|用|选择|选)?(货到付款|货到付)', tag: 'unsupported' },
    { pattern: '(货到付款|货到付)(的)?(订单|单子|单|宝贝|商品)?…{6}(不发|不能发|发不了|没法发|不给发|先取消|要取消|取消了|关闭了|关掉|晚几天发|延迟发|晚点发|推迟发|暂不发|不安排发货|慢一点发)', tag: 'refuse' },
    { pattern: '(改成|改为|换成|改)(在线支付|在线付款|网银|支付宝付款|先付款|线上付款)…{6}(才|再)(发|给您发|能发|安排发)', tag: 'refuse' },
  ],
  check(ctx) {
    const enabled = ctx.option<boolean | null>('codEnabled', null);
    for (const h of ctx.hits) {
      if (isQuestion(ctx.text, h)) continue;
      // 货到付款的订单如果您取消了: the buyer's own action
      if (/(您|你)/.test(ctx.text.slice(h.start, h.end))) continue;
      if (h.trigger.tag === 'unsupported') {
        if (enabled === false) continue;
        // an item- or area-level limit (预售、该商品、您所在地区) is a fact about that item
        if (enabled === null && /(预售|该商品|此商品|这款|这个商品|该地区|您所在|您的地址|您这个地址|偏远|大件|定制)/.test(ctx.text)) continue;
        if (enabled === null) {
          ctx.report({
            start: h.start, end: h.end, severity: 'warning',
            message: '店铺开通了货到付款时，告诉买家“不支持货到付款”违反平台规则（违规成立扣 6 分）。请核实：已开通就写“支持货到付款的哦”；确实没开通请在配置里设 codEnabled: false。',
          });
          continue;
        }
      }
      ctx.report({ start: h.start, end: h.end });
    }
  },
};
