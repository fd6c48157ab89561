import * as assert from 'assert';
import { ruleTable, lintCase } from '../helpers';

describe('no-self-diminish-authority quick fix', () => {
  it('deletes a stand-alone self-diminishing phrase', () => {
    const r = lintCase({ reply: '亲 您别生气哈。我只是个小小的客服 我去给您申请一下' });
    const f = r.findings.find((x) => x.ruleId === 'no-self-diminish-authority');
    assert.ok(f?.fix, 'expected a fix');
    const fixed = r.text.slice(0, f.fix.range[0]) + f.fix.text + r.text.slice(f.fix.range[1]);
    assert.ok(fixed.includes('亲 您别生气哈。 我去给您申请一下'), fixed);
  });
  it('offers no fix inside a longer clause', () => {
    const r = lintCase({ reply: '我只是个客服做不了主' });
    const f = r.findings.find((x) => x.ruleId === 'no-self-diminish-authority' && r.text.slice(x.start, x.end).startsWith('我只是'));
    assert.ok(f && !f.fix);
  });
});

ruleTable('no-disclaim-responsibility', {
  invalid: [
    { name: 'FX-000-13', reply: '这个不属于我们的问题,我们不能负责', expect: [{ text: '我们不能负责', severity: 'error' }] },
    { name: 'FX-001-39', reply: '亲 可能是在快递的过程中压坏的,我们再发货的之前都检查好了的,物流中的摩擦是我们不能避免的哦。', expect: [{ text: '我们不能避免', severity: 'error' }] },
    { reply: '这个跟我们没关系', expect: [{ text: '跟我们没关系', severity: 'error' }] },
    { reply: '出了门就不归我们管了', expect: [{ text: '不归我们管', severity: 'error' }] },
    { reply: '人为损坏的概不负责哦', expect: [{ text: '概不负责', severity: 'error' }] },
    { name: '§19.4 FX-000-18', reply: '快递公司不是我们开的,我们干涉不了快递公司的事,请您多担待。', expect: [{ text: '快递公司不是我们开的', severity: 'error' }, { text: '我们干涉不了快递', severity: 'error' }] },
    { name: 'conditional disclaimer is a warning', reply: '如果是人为损坏的话我们不负责哦', expect: [{ text: '我们不负责', severity: 'warning' }] },
    { reply: '这个您要找平台哦', expect: [{ text: '您要找平台', severity: 'warning' }] },
  ],
  valid: [
    { name: 'FX-000-08', reply: '亲,请您放心哦,如果是我们的质量问题这边一定会为您处理好的。您需要配合一下,请您发拍张有质量问题的图片给我们,好吧?' },
    { reply: '不能让您久等,我马上帮您查' },
    { reply: '不能及时回复非常抱歉' },
    { reply: '这个问题我来帮您处理,您先别着急' },
    { reply: '我们不会不管您的,请放心' },
  ],
});

ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'FX-000-23 D: the whole reply is a refusal', reply: '没办法', expect: [{ text: '没办法', severity: 'error' }] },
    { reply: '不行哦', expect: [{ text: '不行', severity: 'error' }] },
    { reply: '亲,这个没办法修改的呢', expect: [{ text: '没办法修改', severity: 'error' }] },
    { name: 'no reason, no alternative', reply: '不好意思亲,地址改不了呢,给您添麻烦了', expect: [{ text: '改不了', severity: 'warning' }] },
    { name: 'FX-001-17b: a process excuse is no reason', reply: '主要是因为这边是公司化经营,退换货有个流程,包裹还没有找到的情况下没办法办理呢亲', expect: [{ text: '没办法办理', severity: 'warning' }] },
    { name: '§19.1 objective reason, no alternative: info', reply: '亲,订单已经出库了,不能修改地址了哦', expect: [{ text: '不能修改', severity: 'info' }] },
    { name: 'FX-003-05: reason given, info', reply: '亲,商城店铺是不议价的,没有办法修改订单哦', expect: [{ text: '没有办法修改', severity: 'info' }] },
    { name: 'a bare refusal to a question that asks for nothing is info', customer: '这个杯子能放微波炉吗', reply: '不可以的哦', expect: [{ text: '不可以', severity: 'info' }] },
  ],
  valid: [
    { name: 'FX-001-28', reply: '亲,这个价格咱们真的非常遗憾,您可以再多考虑一下,相信价格也不是您考虑的唯一因素。' },
    { name: 'FX-001-23', reply: '亲,您的眼光真好呢,这件是很不错呢,库存也少了,但现在没办法很快确定有没有货哦,因为需要开单子到仓库配货,才能拿手机壳出来的,您看这样好么,您先付款,这边给您安排配货,如果没货我会第一时间联系您退款,如果有货就给您正常发出,好吗?' },
    { reply: '没办法及时回复您真的很抱歉' },
    { reply: '亲,地址可以修改的哦,我这边帮您在订单详情里改好,麻烦您把新地址发我确认一下~' },
    { name: 'reason and alternative', reply: '订单已经出库了,地址改不了,不过我可以帮您联系快递改派,您看可以吗?' },
    { name: 'conditional', reply: '如果实在不行的话,我给您退款' },
    { name: 'question', reply: '能不能改我帮您问一下仓库哦' },
  ],
});

ruleTable('no-bare-out-of-stock', {
  invalid: [
    { reply: '没货了', expect: [{ text: '没货', severity: 'warning' }] },
    { reply: '这款卖完了哦', expect: [{ text: '卖完', severity: 'warning' }] },
    { name: 'bare 没有 to a stock question', customer: '这款黑色的还有货吗', reply: '没有了亲', expect: [{ text: '没有了', severity: 'warning' }] },
  ],
  valid: [
    { name: 'seed compliant', reply: '亲,能拍的基本都有的呢,如有特殊情况导致缺货会第一时间联系您的~' },
    { reply: '亲,这款目前暂时断货了呢,预计下周补货,我先帮您登记到货提醒;同系列的这款也很受欢迎,您看看喜不喜欢~' },
    { reply: '没有问题的亲' },
    { reply: '这款没有色差哦' },
    { name: 'bare 没有 to a question that is not about stock', customer: '需要另外付运费吗', reply: '没有的亲' },
    { reply: '不是缺货的亲,订单还在审核' },
    { reply: '您还没有付款哦' },
  ],
});

ruleTable('no-refuse-service-when-abused', {
  invalid: [
    { reply: '您再这样说话我就不回复了', expect: [{ text: '再这样说话我就不回复', severity: 'error' }] },
    { reply: '请您文明用语,否则我无法为您服务', expect: [{ text: '否则我无法为您服务', severity: 'error' }] },
    { reply: '骂人的话我们不接待', expect: [{ text: '骂人的话我们不接待', severity: 'error' }] },
    { reply: '再骂就拉黑了', expect: [{ text: '再骂就拉黑', severity: 'error' }] },
    { name: 'stopping service after abuse', customer: '你们这群骗子,滚', reply: '那我就不再回复您了', expect: [{ text: '不再回复您', severity: 'error' }] },
  ],
  valid: [
    { reply: '理解您现在很生气,我一定尽力帮您解决' },
    { reply: '亲 您先别着急。如果有什么问题您和我说。我们一定会帮您解决的。' },
    { reply: '非常抱歉,您所在的地区暂时无法为您服务,我帮您看看能不能换个收货点' },
    { reply: '麻烦您文明用语哦,我会尽力帮您处理的' },
  ],
});

ruleTable('no-dismissive-brushoff', {
  invalid: [
    { name: 'FX-003-04', reply: '爱买不买', expect: [{ text: '爱买不买', severity: 'error' }] },
    { reply: '不买拉倒', expect: [{ text: '不买拉倒', severity: 'error' }] },
    { reply: '随便你吧', expect: [{ text: '随便你吧', severity: 'error' }] },
    { name: 'FX-000-19', reply: '一分价一分货,要便宜,去别家买。', expect: [{ text: '要便宜,去别家', severity: 'error' }] },
    { reply: '你自己看着办', expect: [{ text: '你自己看着办', severity: 'error' }] },
  ],
  valid: [
    { name: 'FX-001-34', reply: '亲,感谢您的光临,非常遗憾没能跟您完成这次交易,希望您可以收藏下咱家店铺' },
    { reply: '亲可以随便看看哦' },
    { reply: '随便您挑,喜欢哪款都可以问我' },
  ],
});

ruleTable('no-self-diminish-authority', {
  invalid: [
    { name: 'FX-001-37: still a warning with an application', reply: '亲 您别生气哈。我只是个小小的客服 如果是客户不喜欢 来回的运费是买家承担的,要不这样,我去给您申请一下给您免掉一些运费您看可以吗?', expect: [{ text: '我只是个小小的客服', severity: 'warning' }] },
    { reply: '这个我说了不算', expect: [{ text: '我说了不算', severity: 'warning' }] },
    { reply: '我没有这个权限哦', expect: [{ text: '我没有这个权限', severity: 'warning' }] },
    { name: '§19.11 limit plus escalation is info', reply: '我没有这个权限,不过我马上帮您向主管申请,5分钟内给您答复', expect: [{ text: '我没有这个权限', severity: 'info' }] },
    { reply: '我只是打工的', expect: [{ text: '我只是打工的', severity: 'warning' }] },
  ],
  valid: [
    { reply: '亲,我马上帮您向主管申请运费减免,申请结果5分钟内告诉您~' },
    { reply: '我是这家店的客服小美,很高兴为您服务' },
  ],
});

ruleTable('offer-escalation-path', {
  invalid: [
    { reply: '我没有这个权限哦', expect: [{ text: '我没有这个权限', severity: 'info' }] },
    { name: 'refusal to an upset customer', scenario: 'complaint', reply: '这个没办法退的', expect: [{ text: '没办法退', severity: 'info' }] },
  ],
  valid: [
    { reply: '您的情况比较特殊,我已经提交给主管,主管会在今天18点前电话联系您,请您保持电话畅通。' },
    { name: 'FX-001-37 offers an application', reply: '我只是个小小的客服,要不这样,我去给您申请一下给您免掉一些运费您看可以吗?' },
    { name: 'refusal without a dissatisfied customer is left to no-blunt-refusal', reply: '这个没办法退的' },
  ],
});

ruleTable('no-premature-conclusion', {
  invalid: [
    { name: 'FX-001-39', reply: '亲 可能是在快递的过程中压坏的,我们再发货的之前都检查好了的', expect: [{ text: '可能是在快递的过程中压坏', severity: 'warning' }] },
    { reply: '肯定是您使用不当', expect: [{ text: '肯定是您使用不当', severity: 'warning' }] },
    { reply: '一定是快递摔的', expect: [{ text: '一定是快递摔', severity: 'warning' }] },
    { reply: '这种情况一般都是人为的', expect: [{ text: '一般都是人为', severity: 'warning' }] },
    { name: '§19.13 self-blame with a remedy is info', reply: '应该是我们打包时漏放了,非常抱歉,马上给您补发', expect: [{ text: '应该是我们打包时漏放', severity: 'info' }] },
  ],
  valid: [
    { reply: '我先帮您核实一下是哪个环节出的问题' },
    { reply: '经核实,是快递在运输途中压坏的,非常抱歉,马上给您补发' },
    { name: 'negated', reply: '不一定是您的问题,我先帮您查一下' },
  ],
});

ruleTable('no-shift-burden-to-customer', {
  invalid: [
    { name: 'FX-000-22 B', reply: '您好亲,您可以看一下其他买家的评价进行选择哦', expect: [{ text: '您可以看一下其他买家的评价', severity: 'info' }] },
    { name: 'FX-001-22', scenario: 'after-sales', reply: '如果您比较着急,可以先重新拍下一件,今天就优先给您发货哦', expect: [{ text: '可以先重新拍下', severity: 'info' }] },
    { name: 'FX-003-06', customer: '我颜色拍错了,能改成白色吗', reply: '您申请退款重拍吧', expect: [{ text: '退款重拍', severity: 'info' }] },
    { reply: '您自己看一下尺码表', expect: [{ text: '您自己看一下尺码表', severity: 'info' }] },
    { name: 'FX-000-23 B: return and reorder, without context', reply: '这笔订单您申请退货,重新拍吧', expect: [{ text: '退货,重新拍', severity: 'info' }] },
    { name: 'FX-001-23 pay first', reply: '您先付款,这边给您安排配货,如果没货我会第一时间联系您退款', expect: [{ text: '您先付款,这边给您安排配货,如果没货', severity: 'info' }] },
  ],
  valid: [
    { name: 'FX-000-22 D', reply: '您好亲,您的身高体重是多少呢,我帮您参考一下哦,这是我们店内模特的参照图,还有这是其他顾客评价的说明,仅供您作为参考。' },
    { name: 'reorder after the customer cancelled', reply: '订单已经取消了,您可以重新下单哦' },
    { name: 'cancel and reorder without a shop fault or a change request', customer: '我不想要了,帮我取消吧', reply: '好的已经帮您取消了,需要的话可以取消后重新下单哦' },
    { reply: '地址我这边帮您在订单详情里改好了,您核对一下哦' },
  ],
});

// ---- Cases added after the real-reply evaluation (eval/README.md). Each rewrites, in our own
// words, the kind of real reply that drove a tuning change; no corpus text is copied.

ruleTable('no-disclaim-responsibility', {
  invalid: [
    { name: 'eval: "not issued by us" with no help', reply: '这张发票不是我们开的呢', expect: [{ text: '不是我们开的', severity: 'error' }] },
  ],
  valid: [
    { name: 'eval: an open question', reply: '是不是我们开的发票,我帮您查一下' },
  ],
});

ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval: 支持… offers another way, reason still missing', reply: '不支持换成别的款式,商品支持7天无理由退货哦', expect: [{ text: '不支持换', severity: 'info' }] },
    { name: 'eval: an objective system fact is a reason, not an excuse', reply: '订单生成后系统会自动分配库房,为了保证时效,确实是无法修改的呢', expect: [{ text: '无法修改', severity: 'info' }] },
    { name: 'eval: 系统不允许 is still an excuse', reply: '这个系统不允许,无法修改的', expect: [{ text: '无法修改', severity: 'warning' }] },
    { name: 'eval: the way that works is given (就可以), reason missing: info', reply: '不可以的亲,只能到自提点取,带上服务单号就可以的', expect: [{ text: '不可以', severity: 'info' }] },
  ],
  valid: [
    { name: 'eval: refusal inside a conditional clause', reply: '打开订单看看有没有修改按钮,没有的话就是已经不支持修改了,有的话就可以改' },
  ],
});

ruleTable('no-bare-out-of-stock', {
  invalid: [
    { name: 'eval: apologised explanation without a stock question is info', reply: '亲,这款暂时缺货了,给您添麻烦了,真的很抱歉', expect: [{ text: '缺货', severity: 'info' }] },
    { name: 'eval: an apology does not excuse a bare no to a stock question', customer: '这款还有货吗?', reply: '抱歉,缺货了', expect: [{ text: '缺货', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval: an after-sales outcome, not a stock answer', reply: '审核结果是退货,换货的商品没有现货了' },
  ],
});

// The second random draw of real replies (eval R2).
ruleTable('no-bare-out-of-stock', {
  invalid: [
    { name: 'eval R2: a colour or pack that is gone', reply: '红色款目前没有了哦', expect: [{ text: '款目前没有了', severity: 'warning' }] },
  ],
  valid: [
    { name: 'not a stock answer', reply: '这个颜色目前没有色差的' },
  ],
});

// Round 9 of the evaluation (the seventh random draw, R7, and the misses of the draws before).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval: a bare policy refusal as the whole reply', reply: '不换哦', expect: [{ text: '不换', severity: 'error' }] },
    { name: 'eval: a pickup refused with no reason', reply: '维修不支持上门取件', expect: [{ text: '不支持上门取件', severity: 'warning' }] },
    { name: 'eval: combined invoices refused with no reason', reply: '电子的不支持合开的呢', expect: [{ text: '不支持合开', severity: 'warning' }] },
    { name: 'eval: 还是 as "still" is no question', reply: '亲还是那天拍的呀不退的', expect: [{ text: '不退', severity: 'warning' }] },
  ],
  valid: [
    { name: "the customer's own decision confirmed", reply: '好的亲，那就不退了，有问题随时找我' },
    { name: 'a question between two', reply: '您是想退货还是不退的呢' },
    { name: 'a condition stated without 的话', reply: '大件预约不成功不可以送货的哦' },
  ],
});

ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'a place the courier does not reach is an objective reason (info)', reply: '很抱歉,这个地址未命中站点不能送达', expect: [{ text: '不能送', severity: 'info' }] },
  ],
  valid: [],
});

// Round 10 of the evaluation (the eighth random draw, R8).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R8: 操作不了 with no reason or way', reply: '这个小妹这边操作不了的呢 很抱歉', expect: [{ text: '操作不了', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 11 of the evaluation (the ninth random draw, R9).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R9: a lookup refused for the customer', reply: '我这边无法为您查询您会减免多少', expect: [{ text: '无法为您查询', severity: 'warning' }] },
    { name: 'eval R9: 这个的话 is a topic, not a condition', reply: '这个的话 无法给您延长发货的呢,给您带来不便还请见谅', expect: [{ text: '无法给您延长', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 12 of the evaluation (the tenth random draw, R10).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R10: a bare 无法 as the whole reply', reply: '这个无法的哈', expect: [{ text: '无法', severity: 'error' }] },
  ],
  valid: [
    { name: 'not guaranteeing a delivery time is no refusal', reply: '具体时间无法保证的哦,以物流更新为准' },
  ],
});

// Round 13 of the evaluation (the eleventh random draw, R11).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R11: a bare "no" ended by an ASCII full stop', reply: '您好,很抱歉不能.', expect: [{ text: '不能', severity: 'warning' }] },
    { name: 'eval R11: a statement after 是 (是不能换的)', reply: '您的这个这边是不能换的呢', expect: [{ text: '不能换', severity: 'warning' }] },
    { name: 'eval R11: what the shop already checked is no way offered', reply: '这边帮您核实了一下,确实是提前不了的呢', expect: [{ text: '提前不了', severity: 'warning' }] },
  ],
  valid: [
    { name: 'an A-not-A question', reply: '是不是不能退呢' },
    { name: 'a consequence of a condition (如您…)', reply: '如您尝试后不行 那就是不可以的呢' },
  ],
});

// Round 16 of the evaluation (the fourteenth random draw, R14).
ruleTable('no-self-diminish-authority', {
  invalid: [
    { name: 'eval R14: not a technician, so cannot say', reply: '我这边不是技术人员无法确定呢', expect: [{ text: '我这边不是技术人员无法', severity: 'warning' }] },
  ],
  valid: [],
});

ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R14: cannot tell, no reason', reply: '具体在哪里这边不能告知', expect: [{ text: '不能告知', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 17 of the evaluation (the fifteenth random draw, R15).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R15: cannot guarantee, said alone', reply: '小妹这边是没法保证的亲', expect: [{ text: '没法保证', severity: 'warning' }] },
  ],
  valid: [
    { name: 'caution about a delivery time', reply: '具体送达时间不能保证的呢' },
    { name: 'cannot guarantee what follows', reply: '不能保证明天一定送到哦，我帮您催一下' },
  ],
});

// Round 18 of the evaluation (the sixteenth random draw, R16).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R16: a cross-city change refused as policy', reply: '您好，这边不支持跨城市修改地址哦', expect: [{ text: '不支持跨城市修改', severity: 'warning' }] },
    { name: 'eval R16: cannot promise it to you', reply: '这个我们没办法给您保证呢', expect: [{ text: '没办法给您保证', severity: 'error' }] },
  ],
  valid: [
    { name: 'a cross-city change offered', reply: '亲，我们支持跨城市修改地址的' },
  ],
});

// Round 19 of the evaluation (the seventeenth random draw, R17).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R17: the way refused, no reason', reply: '是的，这个没法走这边退哦，不好意思', expect: [{ text: '没法走这边退', severity: 'warning' }] },
    { name: 'eval R17: "no authority" as the reason', reply: '为了保障信息安全，我们是无权修改订单信息的哦', expect: [{ text: '无权修改', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 20 of the evaluation (the eighteenth random draw, R18).
ruleTable('no-self-diminish-authority', {
  invalid: [
    { name: 'eval R18: not a professional, so ask the maker', reply: '小妹也非专业人士，还请您咨询一下厂家客服哦', expect: [{ text: '小妹也非专业人士', severity: 'warning' }] },
    { name: 'eval R18: only pre-sales, so cannot', reply: '这里只是售前客服 是操作不了的哦', expect: [{ text: '这里只是售前客服 是操作不了', severity: 'warning' }] },
  ],
  valid: [
    { name: 'a professional answer', reply: '小妹帮您问了专业人员，这款是可以水洗的哦' },
  ],
});

ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R18: "only pre-sales" is no reason, a stock reason beside it', reply: '赠品按下单地区库存显示，我只是售前客服，改不了的哦', expect: [{ text: '改不了', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 22 of the evaluation (the twentieth random draw, R20).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R20: the time cannot be chosen, an apology but no reason', reply: '送货是无法选定时间的哈,很抱歉', expect: [{ text: '无法选定', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 23 of the evaluation (the twenty-first random draw, R21).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R21: one part cannot be exchanged alone, no reason', reply: '无法单独换配件的哦', expect: [{ text: '无法单独换', severity: 'warning' }] },
    { name: 'eval R21: a bare "cannot issue it"', reply: '这个是开不了的', expect: [{ text: '开不了', severity: 'error' }] },
  ],
  valid: [
    { name: 'a phone that will not start', reply: '手机开不了机的话，您先充电半小时试试' },
  ],
});

// Round 25 of the evaluation (the twenty-third random draw, R23).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R23: cannot be changed, 进行 between, the whole reply', reply: '这个是无法进行修改的呢', expect: [{ text: '无法进行修改', severity: 'error' }] },
    { name: 'eval R23: a sorting centre overloaded is a reason (info)', reply: '这个没法的亲，抱歉呢，最近分拣中心爆仓了，今天到不了的呢', expect: [{ text: '没法', severity: 'info' }] },
  ],
  valid: [
    { name: 'a condition opening the sentence', reply: '您好,如当地不允许施工,是无法进行处理的,我们会积极沟通.' },
  ],
});

ruleTable('no-self-diminish-authority', {
  invalid: [
    { name: 'eval R23: not very knowledgeable, so ask elsewhere', reply: '安装的话这边确实不是很懂，建议您咨询商品客服哦', expect: [{ text: '这边确实不是很懂', severity: 'warning' }] },
  ],
  valid: [],
});

ruleTable('no-self-diminish-authority', {
  invalid: [],
  valid: [
    { name: 'not understanding the customer is a question asked back', reply: '我不太懂您的意思，您能再说一下吗' },
    { name: 'not knowing what the customer means', reply: '这边不太了解您说的情况，麻烦您详细说下' },
  ],
});

// Round 28 of the evaluation (the twenty-sixth random draw, R26).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R26: a special VAT invoice declined bare', reply: '这边财务无法开具专用发票', expect: [{ text: '无法开具', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the plain invoice refused is invoice-no-refusal\'s', reply: '这边财务无法开具发票' },
  ],
});

// Round 29 of the evaluation (the twenty-seventh random draw, R27).
ruleTable('no-bare-out-of-stock', {
  invalid: [
    { name: 'eval R27: no more stock coming, said bare', reply: '这个颜色以后没法再补货了', expect: [{ text: '没法再补货了', severity: 'warning' }] },
  ],
  valid: [
    { name: 'restocking promised is a way offered', reply: '这个颜色暂时缺货，下周会补货的哦' },
  ],
});
ruleTable('no-blunt-refusal', {
  invalid: [],
  valid: [
    { name: 'eval R27: no restock is the out-of-stock rule\'s, not a refusal', reply: '这个颜色以后没法再补货了' },
  ],
});

// Round 30 of the evaluation (the twenty-eighth random draw, R28).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R28: a bare "impossible to exchange"', reply: '不可能换货的', expect: [{ text: '不可能换货', severity: 'error' }] },
  ],
  valid: [],
});

// Round 32 of the evaluation (the thirtieth random draw, R30).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R30: cannot transfer, bare', reply: '这个积分转不了', expect: [{ text: '转不了', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 34 of the evaluation (the thirty-second random draw, R32).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R32: a …的话 clause answered in its own piece does not govern the refusal after it', reply: '近的话 可以让师傅改派的 这边修改不了', expect: [{ text: '修改不了', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the …的话 clause governs the refusal in its own piece', reply: '已经发货的话 就修改不了了' },
  ],
});

// Round 35 of the evaluation (the thirty-third random draw, R33).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R33: the customer\'s own thing not looked up, an apology only', reply: '很抱歉，无法查看您的账户流水', expect: [{ text: '无法查看您的', severity: 'warning' }] },
  ],
  valid: [
    { name: 'a lookup that finds nothing yet', reply: '这边暂时无法查询到轨迹信息哦' },
  ],
});

// Round 36 of the evaluation (the thirty-fourth random draw, R34).
ruleTable('no-self-diminish-authority', {
  invalid: [
    { name: 'eval R34: not knowing, given as the answer', reply: '退款规则小妹真的不太清楚，具体以页面为准', expect: [{ text: '小妹真的不太清楚', severity: 'warning' }] },
  ],
  valid: [
    { name: 'unclear which item the customer means: a question back', reply: '我确实不太清楚您指的是哪个' },
  ],
});

// Round 37 of the evaluation (the thirty-fifth random draw, R35).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R35: a delivery refused, said alone', reply: '这个不会给您发货的哦', expect: [{ text: '不会给您发货', severity: 'error' }] },
  ],
  valid: [],
});
ruleTable('no-self-diminish-authority', {
  invalid: [
    { name: 'eval R35: 也不太清楚, not knowing as the answer', reply: '妹子也不太清楚这个型号的参数', expect: [{ text: '妹子也不太清楚', severity: 'warning' }] },
  ],
  valid: [
    { name: 'unclear which order is meant: a question back', reply: '我也不太清楚您说的是哪一单' },
  ],
});

// Round 40 of the evaluation (the thirty-eighth random draw, R38).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R38: shipped by the maker is a reason: a hint, not a warning', reply: '厂商直送的货不支持改地址哦', expect: [{ text: '不支持改', severity: 'info' }] },
  ],
  valid: [],
});
ruleTable('no-self-diminish-authority', {
  invalid: [
    { name: 'eval R38: no permission, as the answer', reply: '这边是售前客服，暂无权限查看售后单', expect: [{ text: '暂无权限查看', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the customer\'s account lacks it', reply: '您的账号暂无权限查看这个页面' },
  ],
});

// Round 46 of the evaluation (the forty-fourth random draw, R44).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R44: collecting it refused, bare', reply: '这个没法自取哦', expect: [{ text: '没法自取', severity: 'error' }] },
  ],
  valid: [
    { name: 'eval R44: the consequence of the customer\'s condition (那就…)', reply: '这样的话那就修改不了呢' },
  ],
});

// Round 47 of the evaluation (the forty-fifth random draw, R45).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R45 (label settled with base18 2956): pickup refused, nothing offered', reply: '大件商品不支持自提的哦', expect: [{ text: '不支持自提', severity: 'warning' }] },
  ],
  valid: [
    { name: 'pickup offered', reply: '支持自提的哦，下单时选自提点就行' },
  ],
});
ruleTable('no-self-diminish-authority', {
  invalid: [
    { name: 'eval R45: 我也不清楚 as the answer', reply: '这事我也不清楚', expect: [{ text: '我也不清楚', severity: 'warning' }] },
  ],
  valid: [
    { name: 'a question back', reply: '我也不清楚您指的是哪个颜色呢' },
  ],
});

// Round 51 of the evaluation (the forty-ninth random draw, R49).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R49: a note cannot be added, an apology but no way', reply: '不好意思 现在无法添加备注哈', expect: [{ text: '无法添加备注', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 55 of the evaluation (the fifty-third random draw, R53).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R53: "not supported" said alone after an apology', reply: '不好意思 暂时不支持的哦', expect: [{ text: '不支持的哦', severity: 'warning' }] },
    { name: 'the same, the whole reply', reply: '这个目前不支持的呢', expect: [{ text: '不支持的呢', severity: 'error' }] },
    { name: 'a third party\'s goods is a reason: a hint only', reply: '第三方的货不支持的哦', expect: [{ text: '不支持的哦', severity: 'info' }] },
  ],
  valid: [
    { name: 'what is supported instead follows', reply: '不支持的哦 目前统一改为线上开了' },
  ],
});

// Round 59 of the evaluation (the fifty-seventh random draw, R57).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R57: the agent\'s own 问过了 is no reason', reply: '刚刚问过了 不能呢', expect: [{ text: '不能', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 60 of the evaluation (the fifty-eighth random draw, R58).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R58: "not supported" with only an apology after it', reply: '这款不支持的哦 实在抱歉了', expect: [{ text: '不支持的哦', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 61 of the evaluation (the fifty-ninth random draw, R59).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R59: "cannot ensure" said alone (确保, as 保证)', reply: '这个不能确保的呢', expect: [{ text: '不能确保', severity: 'error' }] },
  ],
  valid: [
    { name: 'caution about a delivery time, not a refusal', reply: '具体几点送达无法确保' },
  ],
});

// Round 66 of the evaluation (the sixty-fourth random draw, R64).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R64: what a document follows is a reason: a hint, no way offered', reply: '发票是根据下单的商品开的,改不了的,抱歉', expect: [{ text: '改不了', severity: 'info' }] },
    { name: 'eval R64: 根据规定 is still an excuse', reply: '根据规定改不了的', expect: [{ text: '改不了', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 71 of the evaluation (the sixty-ninth random draw, R69).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R69: a bare 不支持 alone in its phrase', reply: '亲 这个不支持', expect: [{ text: '不支持', severity: 'error' }] },
    { name: 'eval R69: 也不支持的 alone', reply: '这个也不支持的', expect: [{ text: '不支持', severity: 'error' }] },
  ],
  valid: [
    { name: 'eval R69: what a product does not do (…手机不支持哦)', reply: '这款手机不支持哦' },
    { name: 'eval R69: not supported now, picking it up later is the way', reply: '等到了站点可以自提 目前还不支持' },
  ],
});

// Round 74 of the evaluation (the seventy-second random draw, R72).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R72: 因此 carries the reason given before: a hint, no way offered', reply: '因此这单的拆分无法操作的', expect: [{ text: '无法操作', severity: 'info' }] },
  ],
  valid: [],
});

// Round 75 of the evaluation (the seventy-third random draw, R73).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R73: 无法直接… refuses too', reply: '这边无法直接改地址', expect: [{ text: '无法直接改', severity: 'error' }] },
    { name: 'eval R73: the postage refused as a policy', reply: '运费这边不退邮费的,货款已经退了', expect: [{ text: '不退邮费', severity: 'info' }] },
    { name: 'eval R73: shipped is a reason (发货了): a hint', reply: '这单发货了哦 没法直接取消', expect: [{ text: '没法直接取消', severity: 'info' }] },
  ],
  valid: [],
});

// Round 77 of the evaluation (the seventy-fifth random draw, R75).
ruleTable('no-bare-out-of-stock', {
  invalid: [
    { name: 'eval R75: 处于缺货状态 is the same bare answer', reply: '您要的那个色号现在处于缺货状态', expect: [{ text: '缺货', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R75: a display explained (可能导致…显示缺货状态)', reply: '库存没及时刷新,可能导致页面显示缺货状态' },
  ],
});

// Round 78 of the evaluation (the seventy-sixth random draw, R76).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R76: the thing refused right after the verb is no reason (没办法修改价格 / 没法改地址)', reply: '亲,这个订单没法改地址呢', expect: [{ text: '没法改', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 79 of the evaluation (the seventy-seventh random draw, R77).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R77: an address after a bare 不支持 adds nothing', reply: '这个不支持哦亲亲', expect: [{ text: '不支持', severity: 'error' }] },
  ],
  valid: [],
});

// Round 81 of the evaluation (the seventy-ninth random draw, R79).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R79: a booking needed is the way offered (a hint: no reason given)', reply: '不可以哦，上门需要预约一下', expect: [{ text: '不可以', severity: 'info' }] },
    { name: 'eval R79: alone it is still a refusal', reply: '不可以哦', expect: [{ text: '不可以', severity: 'error' }] },
  ],
  valid: [],
});

// Round 83 of the evaluation (the eighty-first random draw, R81).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R81: alone, 不能确保 still refuses', reply: '这个不能确保的哦', expect: [{ text: '不能确保', severity: 'error' }] },
  ],
  valid: [
    { name: 'eval R81: an estimate just given, in an earlier piece, is what it hedges', reply: '预计周五送到哦，不能确保的哦' },
  ],
});

// Round 85 of the evaluation (the eighty-third random draw, R83).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R83: a specialist who will reply is the way offered (a hint: no reason given)', reply: '这里没法处理这类事宜，抱歉，专员稍后会联系您', expect: [{ text: '没法处理', severity: 'info' }] },
  ],
  valid: [],
});

// Round 86 of the evaluation (the eighty-fourth random draw, R84).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R84: a cross-border order past its window is a reason (a hint: no way offered)', reply: '跨境订单超时后系统会推送海关，没有办法取消的', expect: [{ text: '没有办法取消', severity: 'info' }] },
  ],
  valid: [],
});

// Round 88 of the evaluation (the eighty-sixth random draw, R86).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R86: 提供 refused, no reason, no way', reply: '这个电话没法提供的', expect: [{ text: '没法提供', severity: 'warning' }] },
    { name: 'eval R86: what is refused is private, its reason (a hint)', reply: '没法提供个人隐私哦，抱歉', expect: [{ text: '没法提供', severity: 'info' }] },
  ],
  valid: [],
});

// Round 92 of the evaluation (the ninetieth random draw, R90).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R90: tildes with no condition before the refusal leave it reported', reply: '亲爱的~这个颜色~是换不了的呢~', expect: [{ text: '换不了', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R90: a condition set off by tildes governs the refusal right after it', reply: '亲~如果要补差价的话~是退不了的哦~' },
  ],
});

// Round 96 of the evaluation (the ninety-fourth random draw, R94).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R94: what the account is (unique) is a reason (a hint: no way offered)', reply: '这个账号是唯一的，不支持修改的哦', expect: [{ text: '不支持修改', severity: 'info' }] },
    { name: 'eval R94: a subsidy order is a reason (a hint: no way offered)', reply: '补贴订单不能换开发票', expect: [{ text: '不能换', severity: 'info' }] },
  ],
  valid: [],
});

// Round 98 of the evaluation (the ninety-sixth random draw, R96).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R96: 添加 refused, with only an address after it', reply: '这个不能添加的亲', expect: [{ text: '不能添加', severity: 'error' }] },
  ],
  valid: [
    { name: 'eval R96: 如 alone opens a condition', reply: '这个号码能联系上您吗？如不能，请提供一下别的电话' },
    { name: 'eval R96: a product that cannot add something, asked', reply: '手机不能添加联系人吗' },
  ],
});

// Round 101 of the evaluation (the ninety-ninth random draw, R99).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R99: cancel and order again is the way offered (a hint: no reason given)', reply: '没办法，只能取消再下单了', expect: [{ text: '没办法', severity: 'info' }] },
  ],
  valid: [],
});

// Round 103 of the evaluation (the hundred-and-first random draw, R101).
ruleTable('no-bare-out-of-stock', {
  invalid: [
    { name: 'eval R101: 无现货 said bare', reply: '这款仓库目前无现货哦', expect: [{ text: '无现货', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R101: 无现货 with the restock date', reply: '库里暂时无现货，预计下周补货，到货了我们发消息给您' },
  ],
});

// Round 108 of the evaluation (the hundred-and-sixth random draw, R106).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R106: what the thing amounts to is its reason (a hint)', reply: '这个赠送的积分相当于店铺的奖励，是不退的', expect: [{ text: '不退', severity: 'info' }] },
  ],
  valid: [],
});

// Round 111 of the evaluation (the hundred-and-ninth random draw, R109).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R109: the one way left after the refusal (a hint: no reason)', reply: '那个不行，只能停掉其中一单', expect: [{ text: '不行', severity: 'info' }] },
    { name: 'eval R109: 只能 before the refusal offers nothing', reply: '只能先记下来，这个改不了', expect: [{ text: '改不了', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 116 of the evaluation (the hundred-and-fourteenth random draw, R114).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R114: the parcel being stopped is the way offered (a hint: no reason)', reply: '这个取消不了哦，快递正在拦截回来，财务会给您退款', expect: [{ text: '取消不了', severity: 'info' }] },
    { name: 'eval R114: the same refusal with nothing after it', reply: '这个取消不了哦', expect: [{ text: '取消不了', severity: 'error' }] },
  ],
  valid: [],
});

// Round 117 of the evaluation (the hundred-and-fifteenth random draw, R115).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R115: two orders that are not one is the reason (a hint: no way offered)', reply: '不好意思，这两单不是同一个订单，没法合并的', expect: [{ text: '没法合并', severity: 'info' }] },
  ],
  valid: [],
});
ruleTable('no-bare-out-of-stock', {
  invalid: [
    { name: 'eval R115: an emoticon code after the particle', reply: '那款目前无现货哦#E-s12', expect: [{ text: '无现货', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 122 of the evaluation (the hundred-and-twentieth random draw, R120).
ruleTable('no-blunt-refusal', {
  invalid: [
    { name: 'eval R120: separate delivery refused, said alone', reply: '没办法分开发出的', expect: [{ text: '没办法分开发出', severity: 'error' }] },
  ],
  valid: [],
});

// Round 124 of the evaluation (the hundred-and-twenty-second random draw, R122).
ruleTable('no-self-diminish-authority', {
  invalid: [
    { name: 'eval R122: not knowing said as the answer, the agent\'s signature is no escalation', reply: '这个我们第一次遇到,不太清楚呢,建议您去论坛问问（专员小白）', expect: [{ text: '第一次遇到,不太清楚', severity: 'warning' }] },
    { name: 'eval R122: the same with a real escalation (a hint)', reply: '这个我们第一次遇到,不太清楚呢,我帮您问下主管', expect: [{ text: '第一次遇到,不太清楚', severity: 'info' }] },
  ],
  valid: [],
});
