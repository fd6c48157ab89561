import type { RuleModule } from '../api';
import { hasAny, OWN_ACTION, CONCRETE_REMEDY } from './util';

const CAUSE = '(天气|下雨|暴雨|大雨|大雪|暴雪|台风|雾霾|大雾|冰雹|寒潮|洪水|恶劣天气|疫情|防疫|封控|管控|交通管制|不可抗力|自然灾害|节假日|春节|过年|国庆|放假|大促|双十一|双11|双十二|双12|618|年货节|爆仓|停运|停发)';

/** Further signs that the shop is acting on the delay. */
const ACTION = ['尽快', '全力', '正在处理', '正在为您', '安排', '催', '联系了', '已联系', '已经联系', '优先'];

/**
 * A8. An external cause (weather, peak season, force majeure) may be explained, but never as the
 * whole answer: it needs an apology and an action. Info.
 */
export const externalCauseNeedsOwnership: RuleModule = {
  meta: {
    id: 'external-cause-needs-ownership',
    category: 'A',
    severity: 'info',
    scope: 'text',
    title: '说明外部原因时要道歉并给出行动',
    message: '只说天气、大促、疫情等外部原因而不道歉、不说明店铺在做什么，会显得在推脱：补上道歉和行动，例如“由于当地天气原因导致延误，我已经联系快递加急处理，真的非常抱歉，给您带来了麻烦”。',
    docs: {
      why: '种子考试题「顾客迟迟没有收到快递,下面哪个原因是因为商家的原因造成的?A A.延迟发货 B.天气恶劣 C.包裹丢失 D.偷梁换柱」（000_37cadcef1d5464bd.txt）把天气算作非商家原因，所以说明原因本身不算错；但「如有运输意外要尽快查明原因,并和买家解释说明。」（000_37cadcef1d5464bd.txt）要求说明之外还要处理。种子推荐的话术「由于当地天气原因导致装运延误,我已经联系了快递公司的老板,真的非常抱歉,快递耽误了那么久,给你带来了麻烦。」（000_37cadcef1d5464bd.txt）原因、行动、道歉三者齐全。',
      bad: [
        '大促期间爆仓,所以慢了',
        '暴雨导致延误,请耐心等待',
        '因为疫情原因物流停运了',
      ],
      good: [
        '由于当地天气原因导致装运延误,我已经联系了快递公司的老板,真的非常抱歉,快递耽误了那么久,给您带来了麻烦。',
        '非常抱歉,大促期间订单较多,我已经帮您加急处理,今天一定给您发出',
      ],
      notes: [
        '提示级：外部原因加道歉（抱歉、请您谅解…）加行动（联系、催促、加急、跟进、尽快安排、补发…）时不报告；缺道歉或缺行动都报告。',
        '店铺自己延迟发货不算外部原因，用天气当借口属于 no-blame-courier / no-deny-fault 的范围。',
      ],
    },
  },
  triggers: [
    { pattern: `(由于|因为|因|受)…{6}${CAUSE}…{6}(原因|影响|导致|造成|所以|的关系)`, negatable: true },
    { pattern: `${CAUSE}(的)?(原因|影响|导致|造成)`, negatable: true },
    { pattern: `${CAUSE}期间…{6}(慢|延迟|延误|晚|积压)`, negatable: true },
    { pattern: `${CAUSE}(的)?(原因|影响)?(导致|造成|所以|引起)?…{4}(延误|延迟|耽误|停运|停发|慢了|较慢|比较慢|晚了|积压)`, negatable: true },
  ],
  check(ctx) {
    const apology = ctx.has('@APOLOGY') || hasAny(ctx.text, ['谅解', '见谅']);
    const action = hasAny(ctx.text, OWN_ACTION) || hasAny(ctx.text, CONCRETE_REMEDY) || hasAny(ctx.text, ACTION)
      || ctx.has('@FOLLOWUP') || ctx.has('@HOLD');
    if (apology && action) return;
    const h = ctx.hits[0];
    if (!h) return;
    const missing = !apology && !action ? '道歉和店铺的行动' : !apology ? '道歉' : '店铺的行动（已联系/催促/加急/跟进）';
    ctx.report({ start: h.start, end: h.end, message: `说明了外部原因，但缺少${missing}：外部原因不能是全部回答，例如“由于天气原因导致延误，我已经联系快递加急处理，真的非常抱歉”。` });
  },
};
