import * as assert from 'assert';
import { applyFixes } from '../../server/src/engine';
import { lintCase, ruleTable } from '../helpers';

ruleTable('greet-on-first-reply', {
  invalid: [
    { name: 'no greeting in an opening', stage: 'opening', reply: '有什么需要的吗?', expect: [{ text: '有什么需要的吗', severity: 'warning' }] },
    { name: 'bare greeting', stage: 'opening', reply: '您好!', expect: [{ text: '您好', severity: 'warning' }] },
    { name: 'unstaged pre-sales answer to 在吗', scenario: 'pre-sales', customer: '在吗?', reply: '这款有货的,直接拍就可以', expect: [{ text: '这款有货的', severity: 'warning' }] },
    { name: 'greeting missing after 亲', stage: 'opening', reply: '亲,请问想看哪一款呢?', expect: [{ text: '亲,请问想看哪一款呢', severity: 'warning' }] },
  ],
  valid: [
    { stage: 'opening', reply: '欢迎光临,请问有什么可以为您效劳的吗?' },
    { stage: 'opening', reply: '欢迎光临,请多多关照' },
    { name: 'answer to 在么', scenario: 'pre-sales', customer: '在么', reply: '亲,在的,正等您呢!' },
    { stage: 'opening', reply: '您好,我是某某店铺的客服圈圈,感谢您的光临' },
    { name: 'not an opening (handling stage)', stage: 'handling', reply: '这款有货的,直接拍就可以' },
    { name: 'pre-sales without a first-contact customer line', scenario: 'pre-sales', customer: '这款有货吗?', reply: '有的哦,直接拍就可以' },
  ],
});

ruleTable('greeting-self-identify', {
  invalid: [
    { stage: 'opening', reply: '您好,欢迎光临,请问有什么可以帮您?', expect: [{ text: '您好,欢迎光临', severity: 'info' }] },
  ],
  valid: [
    { stage: 'opening', reply: '您好,欢迎光临尚米坊官方店,很高兴为您服务~' },
    { stage: 'opening', reply: '您好,我是客服小米,请问有什么可以帮您?' },
    { name: 'shop name from the library', stage: 'opening', shop: '尚米坊', reply: '您好,尚米坊欢迎您,请问有什么可以帮您?' },
    { name: 'no greeting: greet-on-first-reply owns it', stage: 'opening', reply: '有什么需要的吗?' },
    { name: 'unstaged quick answer to 在吗', scenario: 'pre-sales', customer: '在吗', reply: '亲,在的,正等您呢!' },
  ],
});

ruleTable('courtesy-vocabulary', {
  invalid: [
    { reply: '尺码表在详情页里', expect: [{ text: '尺码表在详情页里', severity: 'info' }] },
    { reply: '这款有货,直接拍', expect: [{ text: '这款有货', severity: 'info' }] },
  ],
  valid: [
    { reply: '亲,默认申通或者圆通呢' },
    { reply: '请问您平时穿多大的码呢?' },
    { reply: '这款有现货,谢谢关注' },
    { name: 'a particle makes it warm enough', reply: '这款是纯棉的哦' },
    { name: '亲自 is not the address 亲, but 哦 is warm', reply: '可以亲自到店试穿哦' },
  ],
});

ruleTable('polite-requests', {
  invalid: [
    { reply: '发一下订单号', expect: [{ text: '发一下订单号', severity: 'warning' }] },
    { reply: '亲,把单号填上', expect: [{ text: '把单号填上', severity: 'warning' }] },
    { reply: '您必须先退回来', expect: [{ text: '您必须先退回', severity: 'warning' }] },
    { reply: '等着吧', expect: [{ text: '等着吧', severity: 'warning' }] },
    { reply: '照片发过来我看看', expect: [{ text: '照片发过来', severity: 'warning' }] },
    { name: '吧 and 一下 do not soften', reply: '您把地址给我一下吧', expect: [{ text: '把地址给我', severity: 'warning' }] },
    { name: '请 in 申请 does not soften', reply: '您需要先申请退货,把货寄回来', expect: [{ text: '把货寄回来', severity: 'warning' }] },
    { name: '配合 reads as a demand even with 请 (FX-000-04)', reply: '亲,请您放心,我们一定给您一个满意的答复,但是请您也配合一下我们。', expect: [{ text: '您也配合', severity: 'info' }] },
    { name: 'FX-000-08', reply: '亲,请您放心哦,如果是我们的质量问题这边一定会为您处理好的。您需要配合一下,请您发拍张有质量问题的图片给我们,好吧?', expect: [{ text: '您需要配合', severity: 'info' }] },
  ],
  valid: [
    { reply: '可以麻烦您拍张照片吗?给您添麻烦了亲~' },
    { reply: '麻烦您把订单号发一下,我马上为您查询' },
    { reply: '请您发拍张有质量问题的图片给我们' },
    { reply: '辛苦您把商品寄回来,运费我们承担' },
    { reply: '您把照片发过来好吗?' },
    { name: 'an offer, not a request', reply: '我们把新的给您寄过来' },
    { name: 'self-help advice', reply: '您可以试试重启一下' },
    { name: 'describes what will happen', reply: '您拒收后快递会将商品退回' },
    { name: 'thanks for cooperating', reply: '感谢您的配合' },
    { name: 'waiting for delivery is not a request', reply: '您就等着收货吧' },
  ],
});

ruleTable('hold-notice', {
  invalid: [
    { reply: '我帮您查一下', expect: [{ text: '我帮您查一下', severity: 'info' }] },
    { reply: '好的,我这边联系一下快递', expect: [{ text: '我这边联系一下快递', severity: 'info' }] },
  ],
  valid: [
    { reply: '亲,您稍等,马上帮您查询,您可以先看看店里其他产品。' },
    { reply: '请稍等我马上联系快递给您处理哦' },
    { reply: '我帮您查一下,有结果第一时间告诉您' },
    { name: 'result already given', reply: '我帮您查了一下,包裹已经到您所在的城市了' },
    { name: '帮您问 is not quoted speech', reply: '我帮您问下哦,稍等哦' },
  ],
});

ruleTable('apologize-for-wait', {
  invalid: [
    { customer: '怎么半天不回复', reply: '在的,您要问什么?', expect: [{ text: '在的,您要问什么', severity: 'warning' }] },
    { reply: '刚才比较忙,您说的问题我看了', expect: [{ text: '刚才比较忙', severity: 'warning' }] },
  ],
  valid: [
    { reply: '亲,不好意思哦,店里现在比较繁忙,让您久等了。' },
    { customer: '人呢?', reply: '久等了亲,您的问题我已经看到了' },
    { customer: '怎么半天不回复', reply: '亲,很抱歉让您久等了' },
    { name: 'no wait in the customer line', customer: '这款有货吗', reply: '有的哦' },
  ],
});

ruleTable('apologize-on-complaint', {
  invalid: [
    { name: 'FX-001-17a', customer: '你们收到货怎么还不退款呢', reply: '您寄回来的那个件我们正在找呢', expect: [{ text: '您寄回来的那个件我们', severity: 'error' }] },
    { name: 'FX-000-13 in a complaint scenario', scenario: 'complaint', reply: '这个不属于我们的问题,我们不能负责', expect: [{ text: '这个不属于我们的问题', severity: 'error' }] },
    { name: 'FX-000-17 (review reply to a size complaint)', scenario: 'review', customer: '尺码偏小,差评', reply: '描述中的尺码说明为手工测量,可能有2~3CM误差,属于国家标准误差范围内。', expect: [{ text: '描述中的尺码说明为手', severity: 'error' }] },
    { name: 'product problem in the customer line', customer: '杯子裂开了', reply: '亲,您拍张照片给我们看看', expect: [{ text: '亲,您拍张照片给我们', severity: 'error' }] },
    { name: 'attention-getter 不好意思 only', scenario: 'complaint', reply: '不好意思,请问您的订单号是?', expect: [{ text: '不好意思', severity: 'info' }] },
  ],
  valid: [
    { scenario: 'complaint', reply: '亲,您好,非常抱歉给您带来了不好的购物体验,我马上为您重新安排发货' },
    { customer: '你们根本是胡闹,给我发错货!', reply: '亲,非常抱歉哦,请先息怒呢,真的不好意思,给您造成不便了亲,是我们的失误' },
    { name: 'apology then blame still satisfies this rule', scenario: 'complaint', reply: '真的非常抱歉,快递耽误了那么久,给您带来了麻烦。' },
    { name: 'not a complaint', scenario: 'pre-sales', customer: '这款有货吗', reply: '有的哦' },
    { name: 'closing of a complaint flow once the customer is satisfied', scenario: 'complaint', stage: 'closing', customer: '好的,谢谢', reply: '感谢您的理解,祝您生活愉快!' },
  ],
});

ruleTable('thank-customer', {
  invalid: [
    { stage: 'closing', reply: '好的,祝您生活愉快!', expect: [{ text: '好的,祝您生活愉快', severity: 'warning' }] },
    { name: 'positive feedback', customer: '手机壳挺好的,很满意', reply: '亲,是拿在您的手里才会显得好哈', expect: [{ text: '亲,是拿在您的手里才', severity: 'warning' }] },
    { name: 'FX-000-09: mentions the suggestion without thanks', reply: '根据您给到我们的建议,我们一定会不断完善', expect: [{ text: '您给到我们的建议', severity: 'info' }] },
  ],
  valid: [
    { stage: 'closing', reply: '亲,感谢您购买我们的产品,欢迎下次光顾,祝您事事顺利。' },
    { customer: '手机壳挺好的,很满意', reply: '亲,谢谢您的支持哦~您的满意是我们的动力哦' },
    { name: 'dissatisfaction is not praise', customer: '不满意,颜色不喜欢', reply: '亲,非常抱歉,可以为您办理退换货' },
    { name: 'an ordinary handling reply', reply: '这款是纯棉的哦' },
  ],
});

ruleTable('proper-closing', {
  invalid: [
    { stage: 'closing', reply: '好的,已经给您备注了', expect: [{ text: '好的,已经给您备注了', severity: 'warning' }] },
    { stage: 'closing', reply: '那您再看看吧', expect: [{ text: '那您再看看吧', severity: 'warning' }] },
  ],
  valid: [
    { stage: 'closing', reply: '再次感谢您的惠顾,期待与您成为朋友,祝您事事顺心!' },
    { stage: 'closing', reply: '谢谢您的惠顾,您就等着收货吧,合作愉快,就不打扰您了。' },
    { stage: 'closing', reply: '亲,感谢您的光临,非常遗憾没能跟您完成这次交易,希望您可以收藏下咱家店铺,再次感谢光临~' },
    { name: 'not a closing', stage: 'handling', reply: '好的,已经给您备注了' },
  ],
});

ruleTable('ask-further-needs-at-close', {
  invalid: [
    { stage: 'closing', reply: '感谢您的光临,祝您生活愉快!', expect: [{ text: '感谢您的光临', severity: 'info' }] },
  ],
  valid: [
    { stage: 'closing', reply: '请问还有其他可以帮您的吗?' },
    { stage: 'closing', reply: '宝贝还有后续问题都及时联系我们,优先处理哦。' },
    { stage: 'closing', reply: '如果您还有什么问题请您和我说,我一定尽快给您解决。' },
    { name: 'the customer has nothing else', stage: 'closing', customer: '没有了,谢谢', reply: '感谢您的光临,祝您生活愉快!' },
  ],
});

ruleTable('soothe-before-solve', {
  invalid: [
    { customer: '气死我了!!', reply: '您把订单号发我,我查一下。', expect: [{ text: '您把订单号发我', severity: 'warning' }] },
    { name: 'apology only at the end', customer: '什么破东西', reply: '亲,这个我们是按流程处理的,非常抱歉', expect: [{ text: '亲,这个我们是按流程', severity: 'warning' }] },
    { name: 'asking the customer to understand is not soothing', customer: '太过分了!!', reply: '希望您能理解,我们也是按规定办事', expect: [{ text: '希望您能理解', severity: 'warning' }] },
  ],
  valid: [
    { customer: '你们根本是胡闹,给我发错货!!', reply: '亲,非常抱歉哦,请先息怒呢,真的不好意思,给您造成不便了亲' },
    { customer: '气死了', reply: '亲 您先别着急。如果有什么问题您和我说。我们一定会帮您解决的。' },
    { customer: '垃圾东西', reply: '非常理解您的心情,换做是我也会着急,我马上为您处理' },
    { name: 'calm customer', customer: '请问什么时候发货', reply: '今天下午就发哦' },
  ],
});

describe('politeness quick fixes', () => {
  const fixed = (input: Parameters<typeof lintCase>[0], ruleId: string): string => {
    const r = lintCase(input);
    const f = r.findings.find((x) => x.ruleId === ruleId);
    assert.ok(f?.fix, `${ruleId} should offer a fix`);
    return applyFixes(r.text, [f!.fix!]).output;
  };
  it('inserts an apology after the leading address', () => {
    const out = fixed({ scenario: 'complaint', reply: '亲,您寄回来的件我们正在找呢' }, 'apologize-on-complaint');
    assert.ok(out.includes('reply: "亲,非常抱歉给您带来不便，您寄回来的件我们正在找呢"'), out);
  });
  it('appends a courteous close', () => {
    const out = fixed({ stage: 'closing', reply: '好的,已经给您备注了' }, 'proper-closing');
    assert.ok(out.includes('reply: "好的,已经给您备注了，祝您生活愉快！"'), out);
  });
  it('softens a bare request', () => {
    const out = fixed({ reply: '发一下订单号' }, 'polite-requests');
    assert.ok(out.includes('reply: "麻烦您发一下订单号"'), out);
  });
  it('greets at the start of an opening', () => {
    const out = fixed({ stage: 'opening', reply: '有什么需要的吗?' }, 'greet-on-first-reply');
    assert.ok(out.includes('reply: "您好，有什么需要的吗?"'), out);
  });
  it('gives no closing fix after a placeholder', () => {
    const r = lintCase({ stage: 'closing', reply: '订单号是{单号}' });
    const f = r.findings.find((x) => x.ruleId === 'proper-closing');
    assert.ok(f && !f.fix);
  });
});

describe('politeness quick fixes are only offered where they read well', () => {
  it('no apology insert into a reply that is only a greeting', () => {
    const r = lintCase({ customer: '快递给发错了', reply: '您好' });
    const f = r.findings.find((x) => x.ruleId === 'apologize-on-complaint');
    assert.ok(f && !f.fix);
  });
  it('inserts into the second message when the first is only a greeting', () => {
    const r = lintCase({ customer: '快递给发错了', reply: ['您好', '您的包裹我们马上补发'] });
    const f = r.findings.find((x) => x.ruleId === 'apologize-on-complaint');
    assert.ok(f?.fix);
    assert.ok(applyFixes(r.text, [f!.fix!]).output.includes('- "非常抱歉给您带来不便，您的包裹我们马上补发"'));
  });
});

// ---- Cases added after the real-reply evaluation (eval/README.md). Each rewrites, in our own
// words, the kind of real reply that drove a tuning change; no corpus text is copied.

ruleTable('polite-requests', {
  invalid: [
    { name: 'eval: object first, no softener', reply: '订单号您提供一下哈', expect: [{ text: '订单号您提供一下', severity: 'warning' }] },
    { name: 'eval: asking for a number', reply: '您这边提供一下之前用的号码', expect: [{ text: '您这边提供一下之前用的号码', severity: 'warning' }] },
    { name: 'eval: asking for a photo', reply: '拍个照片我看下', expect: [{ text: '拍个照片我看', severity: 'warning' }] },
    { name: 'eval: telling the customer to wait', reply: '已经提交了,您耐心等待一下', expect: [{ text: '您耐心等待', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval: thanks for feedback already given', reply: '感谢您及时把问题反馈给我们' },
    { name: 'eval: advice, not a request', reply: '很抱歉,建议您明天再等等看' },
    { name: 'eval: 可以耐心等待 is advice', reply: '工作人员正在处理,您可以耐心等待结果' },
    { name: 'eval: a description with 号码…发来', reply: '设置后该号码发来的短信会被拦截' },
    { name: 'eval: "you only need to wait"', reply: '您等待退款到账就可以了' },
    { name: 'eval: a wish, not a request', reply: '厂家直发的订单时效长一些,希望您耐心等待下' },
    { name: 'eval: waiting for the courier\'s call, then refusing is enough', reply: '您等待配送员联系您的时候告诉他拒收就可以呢' },
  ],
});

ruleTable('apologize-for-wait', {
  invalid: [],
  valid: [
    { name: 'eval: 还请您谅解 is an apology formula', reply: '正在为您查询,现在咨询的人比较多,还请您谅解' },
  ],
});

ruleTable('courtesy-vocabulary', {
  invalid: [
    { name: '请 inside 申请 is no courtesy word', reply: '可以申请退款', expect: [{ text: '可以申请退款', severity: 'info' }] },
  ],
  valid: [],
});

// The second random draw of real replies (eval R2) and the first set's misses.
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R2: asked through a private message, the thing named after a gap', reply: '您私信发一下开户的手机号码', expect: [{ text: '您私信发一下开户的手机号码', severity: 'warning' }] },
    { name: 'eval R2: the object first, "I\'ll look"', reply: '发票截图我看看', expect: [{ text: '截图我看看', severity: 'warning' }] },
    { name: 'eval: advancing the postage', reply: '运费您先垫付一下', expect: [{ text: '您先垫付', severity: 'warning' }] },
    { name: 'eval: a space ends the shop\'s own clause', reply: '好的 给您登记了 您先等待仓库处理', expect: [{ text: '您先等待', severity: 'warning' }] },
    { name: 'eval: a question after a space asks something else', reply: '发一下订单号呢 [订单号] 还有其他的吗', expect: [{ text: '发一下订单号', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R2: 方便的话 softens', reply: '方便的话把截图发给我吧' },
    { name: 'eval: asking consent at the end softens the message', reply: '把新的订单号给我一下 您看可以吗' },
    { name: 'eval: what the customer has not done is no request', reply: '您还没有提供电话给我呢' },
    { name: 'eval: "you are waiting" describes', reply: '我知道您在耐心等待的' },
  ],
});

// Round 5 of the evaluation: forms the blind random draws held.
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval: the object first, then a bare 发一下', reply: '收货地址，发一下', expect: [{ text: '收货地址，发一下', severity: 'warning' }] },
    { name: 'eval: 你发我', reply: '那你发我，我来改', expect: [{ text: '你发我', severity: 'warning' }] },
    { name: 'eval: told to place the order first', reply: '好的您拍下我来改价', expect: [{ text: '您拍下', severity: 'warning' }] },
    { name: 'eval: 您…说下 at the end of the clause', reply: '您拿到取件码说下', expect: [{ text: '您拿到取件码说下', severity: 'warning' }] },
    { name: 'eval: a bare requirement to send back', reply: '对的，需要寄回检测的', expect: [{ text: '需要寄回', severity: 'warning' }] },
  ],
  valid: [
    { name: 'what happens after ordering', reply: '您下单之后会显示预计送达时间' },
    { name: 'a description of who ordered', reply: '是您下单时勾选的' },
    { name: '您说下午 is no request', reply: '您说下午方便收货' },
    { name: 'what the customer need not do', reply: '不需要寄回的' },
    { name: '"that is all it takes"', reply: '您和配送员说一下不要了就可以' },
    { name: 'a question about the order', reply: '亲拍下多少件呢' },
    { name: 'advice with 您可以', reply: '您可以等配送员来电时跟他说一下' },
    { name: 'what you gave me', reply: '您发我的照片收到了' },
  ],
});

// Round 6 of the evaluation (the fourth random draw, R4).
ruleTable('polite-requests', {
  invalid: [],
  valid: [
    { name: 'eval R4: an offer on a condition (只要…) asks nothing', reply: '现在只要收藏店铺截图给我就送一包纸巾' },
  ],
});

// Round 7 of the evaluation (the fifth random draw, R5).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R5: told to apply', reply: '好的亲申请下退款哦', expect: [{ text: '亲申请下', severity: 'warning' }] },
    { name: 'eval R5: told to cancel', reply: '是的 您取消一下', expect: [{ text: '您取消一下', severity: 'warning' }] },
    { name: 'eval R5: a bare 提交下', reply: '您拍好了吗 提交下哦', expect: [{ text: '提交下', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the shop applies for the customer', reply: '好的,这边帮您申请下退款' },
    { name: 'the shop submits for the customer', reply: '已经为您提交下去了' },
  ],
});

// Round 8 of the evaluation (the sixth random draw, R6).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R6: submit, and the shop will look', reply: '亲提交帮您看下哦', expect: [{ text: '亲提交帮您看', severity: 'warning' }] },
    { name: 'eval R6: send the goods straight back', reply: '已经过了保修期,直接寄回来', expect: [{ text: '直接寄回来', severity: 'warning' }] },
  ],
  valid: [
    { name: 'money going straight back is no request', reply: '到时候直接退回您的支付账户的' },
    { name: 'the shop sends it back', reply: '我们这边直接寄回给您' },
  ],
});

// Round 9 of the evaluation (the seventh random draw, R7).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R7: 这边 is where, the customer orders', reply: '好的那这边您拍下我给您改成五元', expect: [{ text: '您拍下', severity: 'warning' }] },
    { name: 'eval R7: a bare order to apply for the refund', reply: '订单申请退款哦', expect: [{ text: '申请退款哦', severity: 'warning' }] },
    { name: 'eval R7: a bare order to apply after an address', reply: '亲申请售后吧，会有专员联系您', expect: [{ text: '申请售后吧', severity: 'warning' }] },
  ],
  valid: [
    { name: 'waiting for the refund is all that is left', reply: '那您耐心等待退款就可以了' },
    { name: 'the shop applies for the customer (把您)', reply: '我把您申请下退款' },
    { name: 'the shop tells the station for the customer (帮您和…说)', reply: '这边帮您和站点说一下' },
    { name: 'an apply order with more before it is a description', reply: '您收到后在订单里点击申请退款哦' },
  ],
});

// Round 10 of the evaluation (the eighth random draw, R8).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R8: a screenshot for 小妹 to look at', reply: '您找不到就截图给小妹看下呢', expect: [{ text: '截图给小妹', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 11 of the evaluation (the ninth random draw, R9).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R9: told to order again', reply: '那亲重新拍吧', expect: [{ text: '亲重新拍吧', severity: 'warning' }] },
    { name: 'eval R9: told to order now', reply: '您现在拍下,收到后联系客服改价', expect: [{ text: '您现在拍下', severity: 'warning' }] },
    { name: "eval R9: the shop's need stated as a demand", reply: '我需要您具体的地址,才可以看下是否有货', expect: [{ text: '我需要您具体的地址', severity: 'warning' }] },
  ],
  valid: [
    { name: 'a tag question (…对吧) asks', reply: '您发我订单号对吧' },
  ],
});

// Round 12 of the evaluation (the tenth random draw, R10).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R10: 留个邮箱', reply: '您留个邮箱,我们开说明函给您', expect: [{ text: '您留个邮箱', severity: 'warning' }] },
    { name: 'eval R10: a bare order to send details', reply: '提供公司信息哦', expect: [{ text: '提供公司信息哦', severity: 'warning' }] },
    { name: 'eval R10: a bare order to apply after a time', reply: '亲发出去后申请退款哦', expect: [{ text: '申请退款哦', severity: 'warning' }] },
    { name: 'eval R10: a bare order to order again', reply: '重拍呢亲', expect: [{ text: '重拍呢', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R10: once the customer has ordered, the shop acts', reply: '好的您下单好了我会备注的' },
    { name: 'a softened request for a mailbox', reply: '麻烦您提供一下邮箱,电子发票发到您邮箱' },
  ],
});

// Round 13 of the evaluation (the eleventh random draw, R11).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R11: a coupon id asked for', reply: '您提供下优惠券ID我查一下', expect: [{ text: '您提供下优惠券ID', severity: 'warning' }] },
    { name: 'eval R11: how to send it back, told', reply: '您按照下单地址寄出哦', expect: [{ text: '您按照下单地址寄出', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 14 of the evaluation (the twelfth random draw, R12).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R12: give it to 妹子', reply: '您的账号给妹子提供一下', expect: [{ text: '给妹子提供一下', severity: 'warning' }] },
    { name: 'eval R12: show a screenshot', reply: '下单后给小二晒一下收藏截图', expect: [{ text: '晒一下收藏截图', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 15 of the evaluation (the thirteenth random draw, R13).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R13: a photo asked for', reply: '您拍鞋底的照片', expect: [{ text: '您拍鞋底的照片', severity: 'warning' }] },
  ],
  valid: [
    { name: 'a photo already taken', reply: '您拍的照片我们收到了' },
  ],
});

// Round 16 of the evaluation (the fourteenth random draw, R14).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R14: the customer must send it', reply: '到时需要您自行寄出', expect: [{ text: '需要您自行寄出', severity: 'warning' }] },
    { name: "eval R14: 您这边 is the customer's side", reply: '您这边把面单拍张照发一下哦', expect: [{ text: '拍张照发一下', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 17 of the evaluation (the fifteenth random draw, R15).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R15: told to apply for the cancellation', reply: '那您申请取消吧', expect: [{ text: '您申请取消', severity: 'warning' }] },
    { name: 'eval R15: told to apply and give the reason', reply: '您申请售后写明原因哦', expect: [{ text: '您申请售后', severity: 'warning' }] },
    { name: 'eval R15: told to cancel and order again', reply: '那您取消订单重新下单', expect: [{ text: '您取消订单重新下单', severity: 'warning' }] },
    { name: 'eval R15: told to grab it again in a flash sale', reply: '您重新秒一次，先别付款', expect: [{ text: '您重新秒一次', severity: 'warning' }] },
    { name: 'eval R15: what the customer must do, stated as a need', reply: '这个是需要您用其他快递发货的', expect: [{ text: '需要您用其他快递发货', severity: 'warning' }] },
    { name: 'eval R15: receipt to be confirmed first', reply: '需要您确认收货,然后再申请售后', expect: [{ text: '需要您确认收货', severity: 'warning' }] },
    { name: 'eval R15: a phone number by private message', reply: '您私信一下联系电话,我们转给同事', expect: [{ text: '您私信一下联系电话', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the shop applies for the customer', reply: '那我这边给您申请退款哈' },
    { name: 'what happens once the customer has applied', reply: '您提交售后要求之后，我们会尽快回电' },
    { name: 'what a process needs before it completes', reply: '需要您确认收货后订单才会完成' },
    { name: 'one of the ways a repair can go, described', reply: '返修有两种方式:第一，需要您发货到维修中心，运费我们承担' },
    { name: 'softened with 麻烦', reply: '麻烦您申请售后写明原因哦' },
  ],
});

// Round 18 of the evaluation (the sixteenth random draw, R16).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R16: a code asked for after a softened hold', reply: '请您稍等，正在处理,验证码发我', expect: [{ text: '验证码发我', severity: 'warning' }] },
    { name: 'eval R16: what to write in the application', reply: '您选择换货 在问题描述写明尺码不对', expect: [{ text: '在问题描述写明', severity: 'warning' }] },
    { name: 'corpus search: an application required of the customer', reply: '这个是需要您先提交售后的哈', expect: [{ text: '需要您先提交', severity: 'warning' }] },
    { name: 'corpus search: told to apply for the seven-day return', reply: '那您申请七天无理由', expect: [{ text: '您申请七天无理由', severity: 'warning' }] },
  ],
  valid: [
    { name: 'what to write, asked with 麻烦', reply: '麻烦您在问题描述写明尺码不对哦' },
    { name: 'a later wait is covered by 请您稍等', reply: '请您稍等哦，马上帮您查，耐心等待一下哦' },
  ],
});

// Round 19 of the evaluation (the seventeenth random draw, R17).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R17: a wait told with no one named', reply: '先等待一下审核的哈，通过后有短信', expect: [{ text: '先等待一下', severity: 'warning' }] },
    { name: 'eval R17: a wait made a must', reply: '一定要先等一下电话哦', expect: [{ text: '一定要先等一下', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the shop waits', reply: '我们先等待一下站点的回复' },
    { name: 'the wait asked with 请', reply: '请先等待一下审核哦' },
  ],
});

// Round 20 of the evaluation (the eighteenth random draw, R18).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R18: a private message asked for, only 吧', reply: '您直接私信给我吧，我看一下', expect: [{ text: '您直接私信给我', severity: 'warning' }] },
    { name: 'eval R18: a bare order for the new order', reply: '好的，发我新订单', expect: [{ text: '发我新订单', severity: 'warning' }] },
    { name: 'eval R18: a bare instruction to confirm and apply', reply: '确认收货后申请退货', expect: [{ text: '确认收货后申请退货', severity: 'warning' }] },
  ],
  valid: [
    { name: 'a private message already sent', reply: '您私信给我们的信息已经收到了' },
    { name: 'the private message asked for with 麻烦', reply: '麻烦您直接私信给我，我看一下' },
  ],
});

// Round 21 of the evaluation (the nineteenth random draw, R19).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R19: tell 妹子 the number, only a particle', reply: '您告诉妹子下您的电话哦', expect: [{ text: '您告诉妹子下', severity: 'warning' }] },
    { name: 'eval R19: the old invoice must be sent back first', reply: '需要原来的发票寄回财务作废的哈', expect: [{ text: '需要原来的发票寄回', severity: 'warning' }] },
    { name: 'eval R19: receipt to be confirmed, no one named', reply: '需要确认收货,再去申请退货的', expect: [{ text: '需要确认收货', severity: 'warning' }] },
  ],
  valid: [
    { name: 'a precondition of the refund', reply: '需要商品退回,才可以退款' },
    { name: 'what confirming receipt leads to', reply: '需要确认收货后才会显示完成' },
  ],
});

// Round 22 of the evaluation (the twentieth random draw, R20).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R20: told to place a new order', reply: '那您下一个新的订单', expect: [{ text: '您下一个新的订单', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R20: an invitation to go on, 您说下呢', reply: '您说一下呢' },
    { name: 'what happens after the order', reply: '您下一个订单后我给您改价' },
  ],
});

// Round 23 of the evaluation (the twenty-first random draw, R21).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R21: thanks in another piece do not soften the request', reply: '感谢您的耐心等待 您留一下您的电话 我转专员处理', expect: [{ text: '您留一下您的电话', severity: 'warning' }] },
    { name: 'eval R21: told to look more carefully', reply: '您再仔细找一下', expect: [{ text: '您再仔细找一下', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R21: "you wait for it to arrive", a reassurance', reply: '好的,您等待到账的哦,是原路返回的' },
    { name: 'thanks for what the customer did', reply: '感谢您把问题反馈给我们' },
  ],
});

// Round 24 of the evaluation (the twenty-second random draw, R22).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R22: the order number and address, told', reply: '单号和地址告知一下哦', expect: [{ text: '地址告知一下', severity: 'warning' }] },
    { name: 'eval R22: the other order, sent over', reply: '另外那个订单发给我下呢', expect: [{ text: '订单发给我下', severity: 'warning' }] },
    { name: 'eval R22: photos of the sole', reply: '拍一下鞋底和吊牌哦', expect: [{ text: '拍一下鞋底', severity: 'warning' }] },
    { name: 'eval R22: phone to book', reply: '好的 您先打电话预约一下', expect: [{ text: '您先打电话预约一下', severity: 'warning' }] },
  ],
  valid: [
    { name: 'asked with 麻烦', reply: '麻烦您把单号和地址告知一下哦' },
    { name: 'an order already sent', reply: '订单发给我的时候已经付过款了' },
  ],
});

// Round 26 of the evaluation (the twenty-fourth random draw, R24).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R24: a bare order to send it to the order address', reply: '按订单地址寄回哦', expect: [{ text: '按订单地址寄回', severity: 'warning' }] },
  ],
  valid: [
    { name: 'softened with 麻烦', reply: '麻烦您按订单地址寄回哦' },
  ],
});

// Round 27 of the evaluation (the twenty-fifth random draw, R25).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R25: told to ask the seller, only a particle', reply: '这是店铺自己发的货 您联系下卖家问问呢', expect: [{ text: '您联系下卖家', severity: 'warning' }] },
    { name: 'eval R25: told to ring the maker\'s hotline', reply: '那您拨打品牌的服务热线咨询一下', expect: [{ text: '您拨打品牌的服务热线咨询一下', severity: 'warning' }] },
    { name: 'eval R25: told to get in touch later', reply: '您到家后和客服联系下,我再帮您核对', expect: [{ text: '和客服联系下', severity: 'warning' }] },
    { name: 'eval R25: told to buy again after the cancel', reply: '我先取消掉，您重新购买那款', expect: [{ text: '您重新购买', severity: 'warning' }] },
    { name: 'eval R25: a number to leave, the 请 after it asks something else', reply: '您留一个号码给我，我让专员回电，请您留意来电', expect: [{ text: '您留一个号码', severity: 'warning' }] },
    { name: 'eval R25: only the document asked for', reply: '收货地址呢', expect: [{ text: '收货地址呢', severity: 'warning' }] },
    { name: 'eval R25: the step alone as its own phrase', reply: '到订单详情里，申请退货,审核后退款', expect: [{ text: '申请退货', severity: 'warning' }] },
    { name: 'eval R25: a bare wait at the start', reply: '等待一下仓库处理', expect: [{ text: '等待一下', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the shop contacts the seller for the customer', reply: '我帮您联系下卖家问问呢' },
    { name: 'an invitation to get in touch any time', reply: '有疑问欢迎随时和客服联系下哦' },
    { name: 'which number, asked', reply: '是哪个手机号呢' },
    { name: 'the last step of a menu path', reply: '进入应用首页&gt;售后服务&gt;申请退货，填写原因' },
    { name: 'a step of what the shop just said it does', reply: '我这里给您提交服务单，申请换货' },
    { name: 'the step with the shop\'s own next one', reply: '直接申请退货，这边会跟进处理' },
    { name: 'waiting for the next meeting', reply: '谢谢光临，等待下次再为您效劳' },
    { name: 'waiting for the pickup, what comes next', reply: '亲，等待一下上门取件哦' },
    { name: 'softened with 请 in the same phrase', reply: '请您留一个号码给我' },
  ],
});

// Round 28 of the evaluation (the twenty-sixth random draw, R26).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R26: the measurements needed from the customer', reply: '要挑准码数，需要您先提供下身高和体重哦', expect: [{ text: '需要您先提供', severity: 'warning' }] },
    { name: 'eval R26: the number asked for too, only 吧', reply: '收件人号码也提供下吧', expect: [{ text: '号码也提供下', severity: 'warning' }] },
  ],
  valid: [
    { name: 'an offer under a condition, with 您可', reply: '如需要您可在这里提供会员账号哦' },
    { name: 'a need stated after an apology', reply: '十分抱歉，这里需要您上传购买凭证以便核实' },
  ],
});

// Round 29 of the evaluation (the twenty-seventh random draw, R27).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R27: a wait told with 在 for 再', reply: '新的后天寄出,您在等待下', expect: [{ text: '您在等待下', severity: 'warning' }] },
  ],
  valid: [
    { name: 'softened with 请', reply: '新的后天寄出,请您再等待下' },
  ],
});

// Round 30 of the evaluation (the twenty-eighth random draw, R28).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R28: "you provide it" as the whole phrase', reply: '能改的 您发一下', expect: [{ text: '您发一下', severity: 'warning' }] },
    { name: 'eval R28: told to send it back yourself', reply: '您自己寄回仓库', expect: [{ text: '您自己寄回', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R28: asked as a favour with 方便您', reply: '方便您发一下新的收货地址给我们核对呢' },
    { name: 'what the customer sent back, not a request', reply: '您自己寄回的包裹已经签收了' },
  ],
});

// Round 31 of the evaluation (the twenty-ninth random draw, R29).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R29: 售后单 names a thing, the shop is not the one acting', reply: '我看了下之前那张售后单，还是需要您自己寄回配件的', expect: [{ text: '需要您自己寄回', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the after-sales team acts', reply: '售后同事会安排上门取件，需要寄回的话会另行通知' },
  ],
});

// Round 32 of the evaluation (the thirtieth random draw, R30).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R30: ordering again told bare after a status', reply: '款已退回 重新购买吧', expect: [{ text: '重新购买', severity: 'warning' }] },
    { name: 'eval R30: the ID card number asked for', reply: '亲，身份证号码发下哦', expect: [{ text: '身份证号码发下', severity: 'warning' }] },
    { name: 'eval R30: the link asked for, only 吧', reply: '商品链接发下吧', expect: [{ text: '商品链接发下', severity: 'warning' }] },
    { name: 'eval R30: whose order number, then the number', reply: '冰箱的订单号呢', expect: [{ text: '订单号呢', severity: 'warning' }] },
    { name: 'eval R30: confirm receipt first, bare', reply: '先确认收货吧', expect: [{ text: '先确认收货', severity: 'warning' }] },
  ],
  valid: [
    { name: 'whose number it is, stated', reply: '这个就是您的单号呢' },
    { name: 'asked as a favour with 方便', reply: '方便私信发一下收件电话吗' },
    { name: 'the softener alone in the piece before', reply: '麻烦亲 发一下新的订单号' },
    { name: 'the next of the ways offered', reply: '没出库的话可以申请取消，重新购买那款哦' },
  ],
});

// Round 33 of the evaluation (the thirty-first random draw, R31).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R31: a new order needed, no one named', reply: '需要重新下个新订单哦,先别付款', expect: [{ text: '需要重新下个新订单', severity: 'warning' }] },
  ],
  valid: [
    { name: 'what happens after the new order', reply: '需要重新下单后才能用券哦' },
  ],
});

// Round 34 of the evaluation (the thirty-second random draw, R32).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R32: a new order to be submitted, no softener', reply: '您先提交个新订单吧 不付款', expect: [{ text: '您先提交个新订单', severity: 'warning' }] },
    { name: 'a new one to be placed by 拍', reply: '您再拍个新订单吧，暂不付款', expect: [{ text: '您再拍个新订单', severity: 'warning' }] },
    { name: 'a new one, 下个新的订单', reply: '您下个新的订单吧', expect: [{ text: '您下个新的订单', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the new order already submitted', reply: '您拍个新订单了吗，拍完我核对差价' },
    { name: 'asked with a softener', reply: '麻烦您再拍个新订单哈' },
  ],
});

// Round 35 of the evaluation (the thirty-third random draw, R33).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R33: the order named, then the step told bare', reply: '这张订单取消下吧 稍后帮您改价', expect: [{ text: '订单取消下', severity: 'warning' }] },
    { name: 'a document by private message, no softener', reply: '报修电话私信给小妹，马上核实', expect: [{ text: '电话私信给小妹', severity: 'warning' }] },
    { name: 'eval R33: apply and see, told bare', reply: '您这种情况申请售后看下哦', expect: [{ text: '申请售后看下', severity: 'warning' }] },
    { name: 'eval R33: what is needed, told as the answer', reply: '这种也是要申请退货的', expect: [{ text: '是要申请退货的', severity: 'warning' }] },
    { name: 'a need alone is still told bare', reply: '邮费您先垫付一下哈', expect: [{ text: '您先垫付', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the shop submits it and looks', reply: '帮您提交售后看看哈' },
    { name: 'asking what the customer wants', reply: '您是要申请退货的吗' },
    { name: 'an option offered with 您可将', reply: '您可将报修电话私信给小妹哈' },
    { name: 'a question whether it was sent', reply: '报修电话私信给小妹了吗' },
    { name: 'eval R33: a need with what the shop does once it is met', reply: '邮费您先垫付，退货完成后给您补偿' },
  ],
});

// Round 36 of the evaluation (the thirty-fourth random draw, R34).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R34: apply directly, told bare', reply: '您直接申请下退款吧，写上原因', expect: [{ text: '您直接申请下', severity: 'warning' }] },
    { name: 'eval R34: the way told bare, no one named', reply: '要直接退掉，重新拍', expect: [{ text: '要直接退', severity: 'warning' }] },
  ],
  valid: [
    { name: 'asking whether the customer wants it', reply: '您是要直接退吗' },
    { name: 'the shop applies directly', reply: '帮您直接申请下退款' },
  ],
});

// Round 37 of the evaluation (the thirty-fifth random draw, R35).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R35: sent to the shop to look at, bare', reply: '发给我看看', expect: [{ text: '发给我看看', severity: 'warning' }] },
    { name: 'eval R35: 取消订单 as the whole reply', reply: '取消订单', expect: [{ text: '取消订单', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R35: told to tell the delivery man, not the shop (the courier rule\'s)', reply: '配送给您来电时您和他说一下新地址' },
    { name: 'a bare step with all that is needed said at its sentence\'s end', reply: '那就取消订单，您重拍一单就行' },
  ],
});

// Round 38 of the evaluation (the thirty-sixth random draw, R36).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R36: sent to the product page\'s service, bare', reply: '您先联系一下页面客服哈', expect: [{ text: '您先联系一下页面客服', severity: 'warning' }] },
    { name: 'eval R36: tell the shop once done, bare', reply: '订单号改好后告诉下我们', expect: [{ text: '告诉下我们', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 40 of the evaluation (the thirty-eighth random draw, R38).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R38: cancel, then buy again, told bare', reply: '取消重新购买哦', expect: [{ text: '重新购买', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 41 of the evaluation (the thirty-ninth random draw, R39).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R39: the number to be given to me, 亲这边 before it', reply: '亲这边单号先发我一下哈', expect: [{ text: '单号先发我一下', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 42 of the evaluation (the fortieth random draw, R40).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R40: cancel, then submit again, told bare', reply: '服务单先取消掉，从新提交一下', expect: [{ text: '从新提交一下', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the shop submits again', reply: '给您重新提交下' },
  ],
});

// Round 43 of the evaluation (the forty-first random draw, R41).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R41: the number to be given to me, no 一下 needed', reply: '您的单号给我吧', expect: [{ text: '单号给我', severity: 'warning' }] },
    { name: 'eval R41: tell 妹子, bare', reply: '亲 这个告知下妹子哈', expect: [{ text: '告知下妹子', severity: 'warning' }] },
  ],
  valid: [
    { name: 'asked as a question', reply: '您的单号给我看下吗' },
  ],
});

// Round 44 of the evaluation (the forty-second random draw, R42).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R42: the number sent to me (发送), bare', reply: '快递单号发送我瞧瞧', expect: [{ text: '快递单号发送我', severity: 'warning' }] },
    { name: 'eval R42: 发我看下 asks too', reply: '单号发我看下哈', expect: [{ text: '单号发我', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 45 of the evaluation (the forty-third random draw, R43).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R43: the new order to be cancelled, bare', reply: '您取消新订单吧，差价原路退回', expect: [{ text: '您取消新订单', severity: 'warning' }] },
    { name: 'a bare "wait", still a request', reply: '等待一下，马上好', expect: [{ text: '等待一下', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the shop cancels it', reply: '给您取消新的订单吧' },
    { name: 'what happens after the cancelling', reply: '您取消新订单后差价会退回' },
    { name: 'eval R43: told what comes next, the refund', reply: '已拦截了 您等待下退款哈' },
  ],
});

// Round 47 of the evaluation (the forty-fifth random draw, R45).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R45: a page, then "contact the seller"', reply: '去详情页面联系卖家客服', expect: [{ text: '页面联系卖家客服', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the same offered as a way (您可以)', reply: '您可以去详情页面联系店铺客服哈' },
    { name: 'eval R45: told to tell the courier, with an adverb first (the courier rule\'s)', reply: '您先和配送师傅说下放门卫' },
  ],
});

// Round 48 of the evaluation (the forty-sixth random draw, R46).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R46: 您在耐心等待 (在 for 再) said as the answer', reply: '那样的话 你在耐心等待的哈', expect: [{ text: '你在耐心等待的哈', severity: 'warning' }] },
    { name: 'eval R46: a screenshot to the agent by name', reply: '截屏给小美看一下的', expect: [{ text: '截屏给小美看一下', severity: 'warning' }] },
    { name: 'eval R46: 您这边需要提供…', reply: '您这边需要先提供下新单号', expect: [{ text: '您这边需要先提供', severity: 'warning' }] },
    { name: 'eval R46: a new order told, the kind between', reply: '重新下一个同样的订单，先别付款', expect: [{ text: '重新下一个同样的订单', severity: 'warning' }] },
    { name: 'eval R46: 您直接取消, bare', reply: '您直接取消哦，钱会原路退', expect: [{ text: '您直接取消', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R46: waiting for it to leave the warehouse, reassurance', reply: '您等待发货就好，物流信息会更新' },
    { name: 'thanks for waiting', reply: '谢谢你在耐心等待的哈' },
    { name: 'asked whether the customer needs to', reply: '您这边需要先提供新单号吗' },
    { name: 'the shop orders again for the customer', reply: '帮您重新下一个同样的订单' },
    { name: 'cancelling is all it takes', reply: '您直接取消就可以了' },
  ],
});

// Round 49 of the evaluation (the forty-seventh random draw, R47).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R47: 您问下 as the whole reply', reply: '您问下', expect: [{ text: '您问下', severity: 'warning' }] },
  ],
  valid: [
    { name: 'asking the courier: the courier rule\'s', reply: '您问下快递员吧' },
  ],
});

// Round 50 of the evaluation (the forty-eighth random draw, R48).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R48: copy the order number, bare', reply: '你先复制一下链接哈', expect: [{ text: '你先复制一下链接', severity: 'warning' }] },
    { name: 'what to write in the description, bare', reply: '在问题描述里写明颜色', expect: [{ text: '在问题描述里写明', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R48: what to write, with the shop\'s handling next', reply: '在问题描述里写明颜色,我们会给您安排' },
  ],
});

// Round 51 of the evaluation (the forty-ninth random draw, R49).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R49: 您私信提供…, bare', reply: '你私信提供会员卡号吧', expect: [{ text: '你私信提供', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R49: 方便的话 asks for the whole sentence after it', reply: '方便的话打开设置看看 把版本号发给我吧' },
  ],
});

// Round 52 of the evaluation (the fiftieth random draw, R50).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R50: contact us to have it made good, bare', reply: '换好货以后联系我们补发', expect: [{ text: '联系我们补发', severity: 'warning' }] },
  ],
  valid: [
    { name: 'an open invitation (随时)', reply: '后面还有状况随时联系我们处理' },
  ],
});

// Round 54 of the evaluation (the fifty-second random draw, R52).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R52: contact the seller\'s service first, bare', reply: '你先联系店铺客服 看看能不能换', expect: [{ text: '你先联系店铺客服', severity: 'warning' }] },
  ],
  valid: [
    { name: 'what happens after contacting them', reply: '您直接联系商家客服后会有专人跟进' },
  ],
});

// Round 55 of the evaluation (the fifty-third random draw, R53).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R53: the way to apply told bare (您按照…去申请)', reply: '您按照订单页的入口，去申请', expect: [{ text: '您按照订单页的入口，去申请', severity: 'warning' }] },
    { name: 'eval R53: sent on to another desk bare (直接咨询下…客服)', reply: '直接咨询下物流的客服哈', expect: [{ text: '直接咨询下物流的客服', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the way told with 就可以', reply: '您按照页面提示去申请就可以了' },
    { name: 'another desk suggested', reply: '建议直接咨询下当地的客服' },
  ],
});

// Round 56 of the evaluation (the fifty-fourth random draw, R54).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R54: 把…提供给小妹, bare', reply: '然后把新拍那单提供给小妹', expect: [{ text: '把新拍那单提供给小妹', severity: 'warning' }] },
    { name: 'the same step without asking the customer\'s view', reply: '您重新拍一单', expect: [{ text: '您重新拍一单', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R54: the customer\'s view asked after the step (您看呢)', reply: '您重新拍一单,您看呢' },
  ],
});

// Round 58 of the evaluation (the fifty-sixth random draw, R56).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R56: 不用再麻烦您 spares a trouble, it does not soften the request', reply: '您给我下单位税号,这边帮您补上,不用再麻烦您跑一趟', expect: [{ text: '您给我下', severity: 'warning' }] },
    { name: 'eval R56: a 请问 question before does not soften the request after it', reply: '请问是哪个订单呢,您给我开票的抬头', expect: [{ text: '您给我', severity: 'warning' }] },
    { name: 'eval R56: a form to fill in, told bare', reply: '您填写下面的资料 小妹帮您递交', expect: [{ text: '您填写下面的资料', severity: 'warning' }] },
    { name: 'eval R56: a wait stated as a need', reply: '到货还需要您等待的呢', expect: [{ text: '需要您等待的呢', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the same request with 麻烦您', reply: '麻烦您给我一下税号' },
  ],
});

// Round 59 of the evaluation (the fifty-seventh random draw, R57).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R57: another party to contact, stated as a need', reply: '这种情况需要您先联系厂家处理', expect: [{ text: '需要您先联系厂家', severity: 'warning' }] },
    { name: 'eval R57: a private message asked for bare', reply: '私信提供下收件人的姓名', expect: [{ text: '私信提供下', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the need as a condition', reply: '需要您先联系厂家的话，我把电话发您' },
  ],
});

// Round 60 of the evaluation (the fifty-eighth random draw, R58).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R58: the full address asked for bare', reply: '具体地址哈', expect: [{ text: '具体地址哈', severity: 'warning' }] },
  ],
  valid: [
    { name: 'an address given, not asked for', reply: '可以的哈,站长电话在这,地址哈' },
    { name: 'eval R58: a need said with understanding first', reply: '我们很理解您,不过还需要您提供截图' },
  ],
});

// Round 64 of the evaluation (the sixty-second random draw, R62).
ruleTable('polite-requests', {
  invalid: [
    { name: 'the photo asked for bare', reply: '拍个照片看看', expect: [{ text: '拍个照片看看', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R62: asked as an A-not-A question (能不能…？)', reply: '能不能拍个照片看看？' },
  ],
});

// Round 66 of the evaluation (the sixty-fourth random draw, R64).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R64: what the customer must do, said with 要您 (要您寄回…)', reply: '另外两件要您寄回给店铺的', expect: [{ text: '要您寄回', severity: 'warning' }] },
    { name: 'eval R64: a number asked for whatever it numbers (提供一下…编号)', reply: '亲,提供一下工单编号~', expect: [{ text: '提供一下工单编号', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R64: 不需要您寄回 tells what need not be done', reply: '这件不需要您寄回的' },
    { name: 'eval R64: 要您寄回的话 is a condition', reply: '要您寄回的话运费我们出' },
    { name: 'eval R64: asked, not told (…要您寄回给店铺吗)', reply: '另外两件是要您寄回给店铺吗' },
  ],
});

// Round 67 of the evaluation (the sixty-fifth random draw, R65).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R65: a need to contact the maker with no one named (需要联系厂家呢)', reply: '这种情况需要联系厂家的哦', expect: [{ text: '需要联系厂家', severity: 'warning' }] },
    { name: 'eval R65: a bare 联系下售后 at the start of its phrase; 看能否 is "to see whether", no softener', reply: '先联系下客服，看看能否给您换', expect: [{ text: '联系下客服', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R65: the shop\'s own need (我们需要联系厂家)', reply: '我们需要联系厂家确认一下' },
    { name: 'eval R65: 您看能否… asks politely', reply: '您看能否联系下售后呢' },
  ],
});

// Round 68 of the evaluation (the sixty-sixth random draw, R66).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R66: the number asked for with 说 (说下订单号)', reply: '两三天就到 说下单号', expect: [{ text: '说下单号', severity: 'warning' }] },
    { name: 'eval R66: a need said with 是要 (是要您联系客服…)', reply: '此类问题是要您先联系客服的', expect: [{ text: '是要您先联系客服', severity: 'warning' }] },
    { name: 'eval R66: sent on to a desk named in full (您联系…客服的)', reply: '您联系一下图书频道客服的', expect: [{ text: '您联系一下图书频道客服的', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R66: when the customer contacts them (…客服的时候)', reply: '您联系图书频道客服的时候报一下订单号就行' },
    { name: 'eval R66: asking what the customer wants (您是要联系客服吗)', reply: '您是要联系客服吗' },
  ],
});

// Round 69 of the evaluation (the sixty-seventh random draw, R67).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R67: the customer\'s help asked for, bare (您协助我们…)', reply: '您协助我们导出一份日志', expect: [{ text: '您协助我们', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R67: thanks for help given', reply: '感谢您协助我们导出日志' },
    { name: 'eval R67: asked with 麻烦', reply: '麻烦您协助我们导出一份日志' },
  ],
});

// Round 71 of the evaluation (the sixty-ninth random draw, R69).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R69: a bare 等待通知', reply: '等待通知', expect: [{ text: '等待通知', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R69: the shop is waiting (等待回复中)', reply: '这边已经提交 等待回复中' },
  ],
});

// Round 72 of the evaluation (the seventieth random draw, R70).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R70: the number given, the call told bare (您联系下 预约…)', reply: '这是安装网点的号码您联系一下,预约上门哦', expect: [{ text: '您联系一下,预约', severity: 'warning' }] },
    { name: 'eval R70: the form told bare (先填写资质)', reply: '先填写一下资料', expect: [{ text: '填写一下资料', severity: 'warning' }] },
    { name: 'eval R70: the province and city asked for bare', reply: '好的,省市区发我一下', expect: [{ text: '省市区发我一下', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R70: what happens once the form is in (填写资料后…)', reply: '填写资料后会有专员审核' },
  ],
});

// Round 73 of the evaluation (the seventy-first random draw, R71).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R71: a bare 确认一下收货再申请…', reply: '确认一下收货再申请退货哦', expect: [{ text: '确认一下收货再申请退货', severity: 'warning' }] },
    { name: 'eval R71: the number just given, the call told bare', reply: '拨打一下这个号码哈,安装师傅会上门', expect: [{ text: '拨打一下这个号码', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R71: a try suggested (您下单试试)', reply: '应该能送到,您下单试一下' },
  ],
});

// Round 74 of the evaluation (the seventy-second random draw, R72).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R72: a need to order separately, only a particle', reply: '这两件需要您先分开拍的', expect: [{ text: '需要您先分开拍', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R72: waiting for the refund says what will come (您再耐心等待下退款)', reply: '货已入库,您再耐心等下退款' },
  ],
});

// Round 75 of the evaluation (the seventy-third random draw, R73).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R73: the step told bare, only a particle (您这边确认收货哦)', reply: '您先确认一下收货吧', expect: [{ text: '您先确认一下收货吧', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R73: asked with 麻烦', reply: '麻烦您先确认一下收货吧' },
  ],
});

// Round 76 of the evaluation (the seventy-fourth random draw, R74).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R74: the code asked for once it arrives, bare', reply: '短信验证码收到了发我', expect: [{ text: '验证码收到了发我', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R74: the same asked with 麻烦', reply: '验证码收到了麻烦发我一下' },
  ],
});

// Round 78 of the evaluation (the seventy-sixth random draw, R76).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R76: the closing question after a request softens nothing', reply: '需要您自取的呢 您还有别的问题吗', expect: [{ text: '需要您自取', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R76: a consent question asked about the request still softens it', reply: '需要您自取一下,可以吗?' },
    { name: 'eval R76: what may be needed, a guess (可能需要您自取)', reply: '那边可能需要您去自取' },
  ],
});

// Round 79 of the evaluation (the seventy-seventh random draw, R77).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R77: a bare 申请一下售后 (一下 between)', reply: '那就申请一下退货', expect: [{ text: '申请一下退货', severity: 'warning' }] },
    { name: 'eval R77: a settlement code asked for bare', reply: '您发下入驻编码', expect: [{ text: '您发下入驻编码', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 80 of the evaluation (the seventy-eighth random draw, R78).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R78: a bare 您先申请 (the phrase ends at its comma; a question after it asks nothing about it)', reply: '您先提交，后面看售后怎么安排', expect: [{ text: '您先提交', severity: 'warning' }] },
    { name: 'eval R78: a need to book, only a particle', reply: '这个需要您预约下哦', expect: [{ text: '需要您预约下', severity: 'warning' }] },
    { name: 'eval R78: an address after a bare step adds nothing', reply: '直接申请退货的亲', expect: [{ text: '申请退货', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R78: an answer (…的呢), not a step told', reply: '申请退货的呢' },
  ],
});

// Round 81 of the evaluation (the seventy-ninth random draw, R79).
ruleTable('polite-requests', {
  invalid: [],
  valid: [
    { name: 'eval R79: waiting for the new goods is what will come', reply: '您等待新商品发货就可以换货了呢' },
    { name: 'eval R79: an offer to write in with no subject (可私信), as with 您可', reply: '如设置无误仍不能上网，可私信提供账号及地址给我们，谢谢' },
    { name: 'eval R79: what to tell the courier is the redirect rule\'s', reply: '快递员来电的时候您讲一下放门口' },
  ],
});

// Round 82 of the evaluation (the eightieth random draw, R80).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R80: a device number asked for with only an address word', reply: '亲说一下设备编号及手机号', expect: [{ text: '说一下设备编号', severity: 'warning' }] },
    { name: 'eval R80: an after-sales application needed, with no one named', reply: '这次需要先提交售后维修哦', expect: [{ text: '需要先提交售后', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R80: a condition with the way after it', reply: '您以后要是需要申请售后，可以点开订单' },
  ],
});

// Round 84 of the evaluation (the eighty-second random draw, R82).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R82: a new order to cancel, with no one named', reply: '价保已成功，需要先取消新订单哦', expect: [{ text: '需要先取消新订单', severity: 'warning' }] },
    { name: 'eval R82: alone, a thing to send still asks', reply: '链接给我就好', expect: [{ text: '链接给我', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R82: a precondition (…后才…), not a step asked', reply: '需要先取消新订单后才能再价保' },
    { name: 'eval R82: a way opened by 可以 with no subject, as 您可以', reply: '可以直接在评论里发张图，链接给我就好' },
  ],
});

// Round 85 of the evaluation (the eighty-third random draw, R83).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R83: the customer\'s number asked for, its piece nothing else', reply: '稍后会有专人联系您 您的手机号', expect: [{ text: '您的手机号', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R83: the customer\'s address named inside a statement', reply: '核实了您的地址，没问题' },
  ],
});

// Round 86 of the evaluation (the eighty-fourth random draw, R84).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R84: 您发给小妹下 (发给 as 发)', reply: '出单号后您发给小妹下呀', expect: [{ text: '您发给小妹下', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R84: what the customer already sent', reply: '您发给我的截图收到了' },
  ],
});

// Round 87 of the evaluation (the eighty-fifth random draw, R85).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R85: the installer to contact, stated as a need', reply: '这种得需要您联系下安装师傅哈', expect: [{ text: '需要您联系下安装师傅', severity: 'warning' }] },
    { name: 'eval R85: a card number asked for, the phrase nothing else', reply: '提供所绑银行卡号，后四位', expect: [{ text: '提供所绑银行卡号', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R85: the shop\'s own need', reply: '我们需要联系安装师傅' },
    { name: 'eval R85: asked with 请', reply: '请提供所绑银行卡号' },
  ],
});

// Round 88 of the evaluation (the eighty-sixth random draw, R86).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R86: the document, then 告知, with only a particle', reply: '手机号告知哈', expect: [{ text: '手机号告知哈', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R86: a number already told', reply: '手机号告知了' },
  ],
});

// Round 90 of the evaluation (the eighty-eighth random draw, R88).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R88: a bare "copy the order number", only a particle', reply: '复制下单号哈', expect: [{ text: '复制下单号', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R88: the shop copies it', reply: '我这边复制下单号' },
    { name: 'eval R88: the shop copies it for the customer (帮您)', reply: '我帮您复制下单号' },
  ],
});

// Round 93 of the evaluation (the ninety-first random draw, R91).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R91: 把…给小妹, a document asked for bare', reply: '亲 把发票抬头给小妹哈 我这就帮您开', expect: [{ text: '把发票抬头给小妹', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R91: the same softened with 麻烦', reply: '麻烦您把订单号给小妹哦' },
  ],
});

// Round 96 of the evaluation (the ninety-fourth random draw, R94).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R94: 需要您解绑, a need asked bare; a question after the comma asks something else', reply: '需要您解绑一下旧手机号哦，您想换成哪个号码呢', expect: [{ text: '需要您解绑', severity: 'warning' }] },
    { name: 'eval R94: the document first, with 也 before the verb', reply: '收货单号您也发一下哈', expect: [{ text: '单号您也发一下', severity: 'warning' }] },
    { name: 'eval R94: a product code is a document asked for', reply: '您发一下您的商品编码，这边帮您查', expect: [{ text: '您发一下您的商品编码', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R94: the need asked as a question', reply: '需要您解绑一下旧手机号吗' },
  ],
});

// Round 97 of the evaluation (the ninety-fifth random draw, R95).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R95: 您告知下 what to tell, with no softener', reply: '您告诉下您的手机号，我来核实', expect: [{ text: '您告诉下您的手机号', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R95: the same with 麻烦', reply: '麻烦您告诉下您的手机号，我来核实' },
  ],
});

// Round 98 of the evaluation (the ninety-sixth random draw, R96).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R96: a bare 您告知, alone in its phrase', reply: '好的，您告知下哈', expect: [{ text: '您告知下', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R96: the same with 麻烦', reply: '好的，麻烦您告知下哈' },
  ],
});

// Round 102 of the evaluation (the hundredth random draw, R100).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R100: 您将…给我, 将 for 把', reply: '您将单号给我一下 马上帮您查', expect: [{ text: '您将单号给我', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R100: the same with 麻烦', reply: '麻烦您将单号给我一下' },
  ],
});

// Round 103 of the evaluation (the hundred-and-first random draw, R101).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R101: the new or correct document asked for bare', reply: '站点那边我来说，提供下正确的单号哦', expect: [{ text: '提供下正确的单号', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R101: the same with 麻烦', reply: '麻烦发下新的收货地址哦' },
  ],
});

// Round 105 of the evaluation (the hundred-and-third random draw, R103).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R103: a call back to wait for, told bare', reply: '已经转专员了，等待回电吧', expect: [{ text: '等待回电', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R103: the same with 请', reply: '转给专员了，请等待回电' },
    { name: 'eval R103: the application, and the shop handles it', reply: '这种情况您申请退货为您办理的哦' },
  ],
});

// Round 106 of the evaluation (the hundred-and-fourth random draw, R104).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R104: a wait told bare', reply: '换货的商品还在路上，您耐心等等', expect: [{ text: '您耐心等等', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R104: a wait that may be needed, a guess', reply: '这款仓库也缺货，可能需要您再耐心等等' },
  ],
});

// Round 107 of the evaluation (the hundred-and-fifth random draw, R105).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R105: a longer wait told bare', reply: '快递太多了，您多等两天吧', expect: [{ text: '您多等两天', severity: 'warning' }] },
    { name: 'eval R105: a call the customer must make, stated as a need', reply: '需要您打电话联系安装的人约时间', expect: [{ text: '需要您打电话联系', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R105: the way to apply given right after', reply: '申请退货，申请路径：个人中心里的退换货' },
    { name: 'eval R105: the call as a condition', reply: '需要您打电话联系客服的话，拨这个号就好' },
  ],
});

// Round 108 of the evaluation (the hundred-and-sixth random draw, R106).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R106: the one it goes to after the verb', reply: '提供给小妹一下哦', expect: [{ text: '提供给小妹一下', severity: 'warning' }] },
    { name: 'eval R106: a bare 发一下, the whole message', reply: '发一下', expect: [{ text: '发一下', severity: 'warning' }] },
    { name: 'eval R106: a replacement to apply for, told bare', reply: '您申请换新吧', expect: [{ text: '您申请换新', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R106: a replacement that may be applied for', reply: '这种情况也能申请换新的' },
  ],
});

// Round 110 of the evaluation (the hundred-and-eighth random draw, R108).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R108: what to tell after the verb, no one named', reply: '另外告诉我一下手机的编号', expect: [{ text: '告诉我一下手机的编号', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R108: the same with 麻烦', reply: '麻烦另外告诉我一下手机的编号' },
  ],
});

// Round 111 of the evaluation (the hundred-and-ninth random draw, R109).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R109: a call stated as a need', reply: '这种情况需要您拨打客服热线', expect: [{ text: '需要您拨打', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R109: the application, then who handles it', reply: '您申请售后，我们给您处理' },
  ],
});

// Round 112 of the evaluation (the hundred-and-tenth random draw, R110).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R110: the new order to cancel, told bare', reply: '差价已经申请了，取消下新的订单哦', expect: [{ text: '取消下新的订单哦', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R110: the shop cancels it', reply: '差价已经申请了，帮您取消下新的订单哦' },
  ],
});

// Round 113 of the evaluation (the hundred-and-eleventh random draw, R111).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R111: sent again, told bare', reply: '那您再发给我吧', expect: [{ text: '您再发给我吧', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R111: the same with 麻烦', reply: '麻烦您再发给我吧' },
  ],
});

// Round 114 of the evaluation (the hundred-and-twelfth random draw, R112).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R112: a bare wait, 在 for 再, the customer\'s side named', reply: '你这边在等待下哈', expect: [{ text: '你这边在等待下', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R112: the same with 麻烦', reply: '麻烦你这边在等待下哈' },
  ],
});

// Round 115 of the evaluation (the hundred-and-thirteenth random draw, R113).
ruleTable('polite-requests', {
  invalid: [],
  valid: [
    { name: 'eval R113: a step of a how-to, try and see', reply: '关闭美颜后再拍照看看' },
  ],
});

// Round 116 of the evaluation (the hundred-and-fourteenth random draw, R114).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R114: a wait told bare, colloquially', reply: '等着的呢，单子还在审批', expect: [{ text: '等着的呢', severity: 'warning' }] },
    { name: 'eval R114: software to use, stated as a need', reply: '需要您使用专门的软件打开的哦', expect: [{ text: '需要您使用', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R114: the need given as the reason', reply: '是由于需要您那边确认一下地址的呢' },
    { name: 'eval R114: a wait described, not told', reply: '我们也一直在等着的呢' },
  ],
});

// Round 117 of the evaluation (the hundred-and-fifteenth random draw, R115).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R115: 给到我 as 给我', reply: '您先把开票的信息给到我', expect: [{ text: '把开票的信息给到我', severity: 'warning' }] },
    { name: 'eval R115: sent to a place to ask, said as the answer', reply: '您直接去营业厅咨询的', expect: [{ text: '您直接去营业厅咨询的', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R115: a place to ask offered as a way', reply: '您可以去营业厅咨询的' },
  ],
});

// Round 119 of the evaluation (the hundred-and-seventeenth random draw, R117).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R117: 您告知我一下 and what to tell', reply: '您告知我一下单号哦', expect: [{ text: '告知我一下单号', severity: 'warning' }] },
    { name: 'eval R117: the button to press, stated as a need', reply: '需要点击确认收货再申请', expect: [{ text: '需要点击确认收货', severity: 'warning' }] },
    { name: 'eval R117: the goods to send in, after an acknowledgement', reply: '好的寄过来看看', expect: [{ text: '寄过来看看', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R117: the same, softened', reply: '麻烦您寄过来我们看看' },
  ],
});

// Round 120 of the evaluation (the hundred-and-eighteenth random draw, R118).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R118: 这边是 as a topic, the need told bare', reply: '这边是需要您另外提交申请的哦', expect: [{ text: '需要您另外提交申请', severity: 'warning' }] },
    { name: 'eval R118: another desk to consult, stated as a need', reply: '此事需要您咨询下厂家呢', expect: [{ text: '需要您咨询下', severity: 'warning' }] },
    { name: 'eval R118: a setup step, the subject first', reply: '您需要安装新的驱动', expect: [{ text: '您需要安装', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R118: the same as a condition', reply: '您需要安装的话我们可以上门' },
    { name: 'eval R118: the shop acting for the customer', reply: '我们帮您另外提交申请了' },
  ],
});

// Round 121 of the evaluation (the hundred-and-nineteenth random draw, R119).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R119: one of a kind of document asked for', reply: '您提供一个以前用过的地址', expect: [{ text: '您提供一个以前用过的地址', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R119: the same as a condition', reply: '您提供一个地址的话我们马上处理' },
  ],
});

// Round 123 of the evaluation (the hundred-and-twenty-first random draw, R121).
ruleTable('polite-requests', {
  invalid: [
    { name: 'eval R121: a list of details to send, longer than the usual gap', reply: '您把单号、收件人、手机、型号和串号发我下', expect: [{ text: '您把单号、收件人、手机、型号和串号发我下', severity: 'warning' }] },
  ],
  valid: [],
});
