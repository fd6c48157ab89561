import { ruleTable } from '../helpers';

ruleTable('no-argue', {
  invalid: [
    { name: 'analogy + rhetorical tag (FX-001-17b)', reply: '相信如果是我们给您发快递,包裹到您那边之后如果找不到了,我们也不能让您确认收货打款给我们呢,您说是吗?', expect: [{ text: '您说是吗', severity: 'error' }] },
    { reply: '您这么说就不对了,这款本来就是这个颜色。', expect: [{ text: '您这么说就不对了', severity: 'error' }] },
    { reply: '您说的不对,我们一直是包邮的', expect: [{ text: '您说的不对', severity: 'error' }] },
    { reply: '事实上根本不是您说的那样', expect: [{ text: '根本不是您说的那样', severity: 'error' }] },
    { reply: '您要讲道理啊,东西都用过了', expect: [{ text: '您要讲道理', severity: 'error' }] },
    { name: 'I already told you (§19.7)', reply: '我都说了好几遍了,七天内才能退', expect: [{ text: '我都说了好几遍', severity: 'error' }] },
    { reply: '已经跟您说了,今天发不了', expect: [{ text: '已经跟您说了', severity: 'warning' }] },
    { name: 'concession-rebuttal (FX-001-26)', reply: '我也不否认您说的那个价格,但是毕竟一分钱一分货', expect: [{ text: '不否认您说的那个价格,但是', severity: 'warning' }] },
    { name: 'analogy (FX-001-25)', reply: '亲,外观一样的东西也有档次区别的呀,汽车的最低配置和最高配置能相差几万块钱呢', expect: [{ text: '外观一样的东西也有', severity: 'warning' }] },
    { name: 'contradicts the customer (FX-001-11)', reply: '相信实体店只是“5折起”,真正5折的应该只有几款老款的', expect: [{ text: '相信实体店只是', severity: 'warning' }] },
    { reply: '您想想,换成您是卖家您会同意吗?', expect: [{ text: '换成您是卖家', severity: 'warning' }] },
    { name: 'traditional characters', reply: '您這麼說就不對了', expect: [{ text: '您這麼說就不對了', severity: 'error' }] },
  ],
  valid: [
    { reply: '我去给您申请一下给您免掉一些运费您看可以吗?' },
    { reply: '这样处理您看行吗?' },
    { reply: '我马上给您补发,好吗?' },
    { name: 'patient explanation', reply: '亲,气象预报里说的气温和人体感觉到的温度是不一样的,我给您详细解释一下哦' },
    { name: 'a real question, not a tag', reply: '您说是不是收到的时候就有划痕呢?我马上帮您处理' },
    { reply: '您说得对,这确实是我们的疏忽' },
    { reply: '可能是我刚才没说清楚,我再给您详细说明一下' },
    { name: 'quoted customer speech', reply: '您反映“你这么说就不对了”,非常抱歉让您不满意' },
  ],
});

ruleTable('no-rules-lawyering', {
  invalid: [
    { name: 'FX-000-17', scenario: 'review', reply: '描述中的尺码说明为手工测量,可能有2~3CM误差,属于国家标准误差范围内。', expect: [{ text: '属于国家标准误差范围内', severity: 'warning' }] },
    { reply: '新衣服有点味道属于正常现象。', expect: [{ text: '属于正常现象', severity: 'warning' }] },
    { reply: '平台规定就是这样的', expect: [{ text: '平台规定就是这样', severity: 'warning' }] },
    { reply: '详情页已经写明了', expect: [{ text: '详情页已经写明了', severity: 'warning' }] },
    { reply: '这个符合国家标准,在允许误差范围内', expect: [{ text: '符合国家标准', severity: 'warning' }, { text: '在允许误差范围内', severity: 'warning' }] },
    { name: 'apology without remedy is info', reply: '很抱歉,手工测量会有误差,属于正常误差范围内', expect: [{ text: '属于正常误差范围内', severity: 'info' }] },
  ],
  valid: [
    { name: 'fact with empathy and a remedy', reply: '手工测量可能有1-3cm误差,给您带来不便很抱歉,如果不合适我们包退换' },
    { name: 'pre-sales size information', scenario: 'pre-sales', reply: '手工测量会有1-3cm误差,属于正常误差范围内哦' },
    { reply: '详情页有尺码表,您可以参考一下哦' },
    { reply: '这不属于正常现象,非常抱歉,我马上为您换货' },
  ],
});

ruleTable('no-interrogate', {
  invalid: [
    { reply: '您为什么不买我们的产品?', expect: [{ text: '您为什么不', severity: 'error' }] },
    { name: 'seed typo with a space', reply: '您为什么不信 任我们?', expect: [{ text: '您为什么不', severity: 'error' }] },
    { reply: '您凭什么认为我们的产品不是正品?', expect: [{ text: '您凭什么', severity: 'error' }] },
    { reply: '你为什么不早说?', expect: [{ text: '你为什么不', severity: 'error' }] },
    { reply: '您怎么现在才说?', expect: [{ text: '您怎么现在才', severity: 'error' }] },
    { reply: '难道您没看说明吗?', expect: [{ text: '难道您', severity: 'error' }] },
    { reply: '您到底要不要?', expect: [{ text: '您到底要不要', severity: 'error' }] },
    { reply: '您确定是我们的问题?', expect: [{ text: '您确定是我们', severity: 'error' }] },
    { reply: '谁告诉您可以退的?', expect: [{ text: '谁告诉您', severity: 'error' }] },
    { reply: '您怎么没看详情页呢', expect: [{ text: '您怎么没看', severity: 'error' }] },
    { name: '请问 lowers to info', reply: '请问您为什么不要了呢?', expect: [{ text: '您为什么不', severity: 'info' }] },
  ],
  valid: [
    { reply: '请问是什么问题?是质量不满意,还是颜色不喜欢,还是其他的呢' },
    { reply: '请问您需要考虑的是?' },
    { reply: '您的身高体重是多少呢' },
    { name: 'the agent asking itself', reply: '为什么会这样呢,我帮您查一下' },
    { name: 'empathy', reply: '我能明白您为什么会有这种感觉' },
    { name: 'finding out why', reply: '我马上帮您查一下您为什么还没收到' },
    { name: 'customer line quoted', reply: '您说“你们为什么总是报36度”,我给您解释一下哦' },
    { name: 'neutral confirmation', reply: '您确定要取消订单吗?取消后优惠券会退回哦' },
    { name: 'asking about a state, not accusing', reply: '您怎么没收到呢,我马上帮您查' },
    { reply: '您到底是哪个订单出了问题呢?我帮您查' },
    { reply: '您怎么称呼?' },
  ],
});

ruleTable('no-sarcasm', {
  invalid: [
    { reply: '这么简单都不会?', expect: [{ text: '这么简单都不会', severity: 'error' }] },
    { reply: '连这都不会吗', expect: [{ text: '连这都不会', severity: 'error' }] },
    { name: 'compliment after a refusal', reply: '这款已经很便宜了,您可真会挑,那您去买贵的吧', expect: [{ text: '您可真会挑', severity: 'error' }, { text: '那您去买贵的吧', severity: 'error' }] },
    { reply: '不行就是不行,那您厉害', expect: [{ text: '那您厉害', severity: 'error' }] },
    { name: '呵呵 right after a contradiction (FX-001-11)', reply: '相信实体店只是“5折起”,呵呵,真正5折的应该只有几款老款的', expect: [{ text: '呵呵', severity: 'warning' }] },
  ],
  valid: [
    { reply: '亲的眼光非常好呢' },
    { reply: '您的眼光真好呢,这款是我们的爆款哦' },
    { name: 'sincere compliment', reply: '您真会挑,这款是今年的新款哦' },
    { name: '呵呵 after an apology is slang, not sarcasm (FX-001-12)', reply: '亲,不好意思,可能刚才我的回复没有完全解决您的疑问,呵呵,请问您需要考虑的是?' },
    { name: 'emoticon code', reply: '我们会不断改进,并不断完善服务[呵呵]' },
  ],
});

ruleTable('no-condescension', {
  invalid: [
    { name: 'FX-001-17b', reply: '我相信您是太着急了才这样,等您冷静一下会理解我们的呢~', expect: [{ text: '太着急了才这样', severity: 'error' }, { text: '冷静一下会理解', severity: 'error' }] },
    { name: 'FX-001-19', reply: '相信您自己发包裹给朋友的时候,偶尔也会发成点开快递造成的不愉快,真的遗憾呢亲', expect: [{ text: '相信您自己发包裹给朋友的时候,偶尔也会', severity: 'error' }] },
    { reply: '您是不是没看清楚?', expect: [{ text: '您是不是没看清楚', severity: 'error' }] },
    { name: 'I already told you (§19.7)', reply: '我都说了好几遍了', expect: [{ text: '我都说了好几遍', severity: 'error' }] },
    { reply: '大家都这样用,就您有问题', expect: [{ text: '大家都这样用,就您有', severity: 'error' }] },
    { reply: '您要学会看详情页哦', expect: [{ text: '您要学会', severity: 'error' }] },
    { name: 'FX-000-19', reply: '一分价一分货,要便宜,去别家买。', expect: [{ text: '要便宜,去别家', severity: 'error' }] },
    { reply: '您先冷静一下,听我说', expect: [{ text: '您先冷静一下', severity: 'warning' }] },
    { reply: '您理解错了,这个是赠品', expect: [{ text: '您理解错了', severity: 'warning' }] },
    { name: 'mild pressure (FX-001-30)', reply: '您付款了就立即安排给您发货,当然,也别让我们等太久哦~', expect: [{ text: '也别让我们等太久', severity: 'info' }] },
  ],
  valid: [
    { reply: '亲,非常抱歉哦,请先息怒呢,真的不好意思,给您造成不便了亲,是我们的失误' },
    { reply: '亲 您先别着急。如果有什么问题您和我说。我们一定会帮您解决的。' },
    { reply: '亲 您别生气哈。我去给您申请一下' },
    { reply: '亲,真的很理解您着急的心情,这件事是我们处理得不好,我现在就为您处理' },
    { name: 'the agent looked wrong', reply: '非常抱歉,刚才给您看错了,订单还在配送中' },
  ],
});

ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { reply: '没有', expect: [{ text: '没有', severity: 'warning' }] },
    { reply: '嗯', expect: [{ text: '嗯', severity: 'warning' }] },
    { reply: '好的', expect: [{ text: '好的', severity: 'warning' }] },
    { reply: '收到', expect: [{ text: '收到', severity: 'warning' }] },
    { reply: '不知道', expect: [{ text: '不知道', severity: 'warning' }] },
    { name: 'FX-000-23 D', reply: '没办法', expect: [{ text: '没办法', severity: 'warning' }] },
    { name: 'FX-000-13', reply: '这个不属于我们的问题,我们不能负责', expect: [{ text: '这个不属于我们的问题,我们不能负责', severity: 'warning' }] },
    { name: 'FX-000-21 D', reply: '有什么需要的吗?', expect: [{ text: '有什么需要的吗?', severity: 'warning' }] },
    { name: 'per message (FX-001-17a)', reply: ['您寄回来的那个件我们正在找呢', '仓库那边没有找到'], expect: [{ text: '仓库那边没有找到', severity: 'warning' }] },
    { name: 'curt imperative', reply: '自己看物流', expect: [{ text: '自己看物流', severity: 'warning' }] },
    { reply: '发下订单号', expect: [{ text: '发下订单号', severity: 'warning' }] },
    { name: 'a particle as the only softener is info', reply: '好的呢', expect: [{ text: '好的呢', severity: 'info' }] },
    { reply: '没有哦', expect: [{ text: '没有哦', severity: 'info' }] },
    { reply: '不行哦,已经发货了', expect: [{ text: '不行哦,已经发货了', severity: 'info' }] },
    { name: 'a lone particle is the acknowledgement itself', reply: '哦', expect: [{ text: '哦', severity: 'warning' }] },
  ],
  valid: [
    { reply: '亲,在的,正等您呢!' },
    { reply: '好的亲,马上为您安排' },
    { reply: '收到,谢谢' },
    { reply: '您好,欢迎光临' },
    { name: 'a bare greeting has 您 (left to greet-on-first-reply)', reply: '您好!' },
    { name: 'a factual answer', reply: '这款是纯棉材质的' },
    { reply: '没问题' },
    { reply: '不客气' },
    { reply: '好的,不好意思让您久等了' },
    { reply: '暂时没有货了,抱歉' },
    { name: 'emoticon', reply: '好的[微笑]' },
    { reply: '好的😊' },
    { name: 'not a negation (不同/差不多)', reply: '材质一样,大小不同' },
    { name: 'a question to the customer', reply: '还没有收到吗?' },
    { name: '亲 as address', reply: '有的亲' },
  ],
});

ruleTable('no-verbal-conflict', {
  invalid: [
    { reply: '你有病吧', expect: [{ text: '你有病', severity: 'error' }] },
    { reply: '神经病', expect: [{ text: '神经病', severity: 'error' }] },
    { reply: '你烦不烦啊,都说了没有', expect: [{ text: '你烦不烦', severity: 'error' }] },
    { reply: '别无理取闹了', expect: [{ text: '别无理取闹', severity: 'error' }] },
    { reply: '你怎么这么难缠', expect: [{ text: '你怎么这么难缠', severity: 'error' }] },
    { reply: '爱咋咋地', expect: [{ text: '爱咋咋地', severity: 'error' }] },
    { reply: '我忍你很久了', expect: [{ text: '忍你很久', severity: 'error' }] },
    { reply: '再闹就投诉你', expect: [{ text: '再闹就', severity: 'error' }] },
    { reply: '滚!', expect: [{ text: '滚', severity: 'error' }] },
    { reply: '妈的,又是你', expect: [{ text: '妈的', severity: 'error' }] },
    { name: 'FX-003-04', reply: '爱买不买', expect: [{ text: '爱买不买', severity: 'error' }] },
  ],
  valid: [
    { reply: '这款是傻瓜式操作,一键就能开机哦' },
    { reply: '滚筒洗衣机也可以用的哦' },
    { reply: '页面可以滚动查看哦' },
    { reply: '请勿相信陌生来电,谨防诈骗' },
    { reply: '请问您有病历本吗?复诊需要带上哦' },
    { reply: '亲 您先别着急。如果有什么问题您和我说。我们一定会帮您解决的。' },
  ],
});

ruleTable('no-internal-customer-labels', {
  invalid: [
    { reply: '您这样难缠的客户我们见多了', expect: [{ text: '难缠的客户', severity: 'error' }] },
    { reply: '您是职业差评师吧', expect: [{ text: '职业差评师', severity: 'error' }] },
    { reply: '我们不接受恶意买家下单', expect: [{ text: '恶意买家', severity: 'error' }] },
    { name: 'FX-000-16 synthetic', reply: '该买家无理要求退部分货款,未果后恶意差评,属于讹诈。', expect: [{ text: '恶意差评', severity: 'error' }, { text: '讹诈', severity: 'error' }] },
    { name: 'review reply: a label of the reviewer still fires', scenario: 'review', reply: '此评价为恶意评价,该买家属于讹诈', expect: [{ text: '讹诈', severity: 'error' }] },
    { reply: '羊毛党请绕行', expect: [{ text: '羊毛党', severity: 'error' }] },
  ],
  valid: [
    { reply: '感谢您的评价,关于您提到的问题,我们已多次联系您希望协助处理,如您仍有需要,请随时联系在线客服。' },
    { name: 'review reply names the review, not the buyer', scenario: 'review', reply: '经核实此评价为恶意评价,我们已向平台申诉' },
    { reply: '这款适合喜欢奇幻风格的朋友' },
    { reply: '请谨防敲诈电话' },
  ],
});

ruleTable('no-minimize-customer-concern', {
  invalid: [
    { name: 'FX-001-40 in a complaint', scenario: 'complaint', reply: '这个不会影响您的正常使用的,要不这样我们给您退10元作为补偿好吗', expect: [{ text: '不会影响您的正常使用', severity: 'warning' }] },
    { name: 'complaining customer line', customer: '收到的杯子有划痕,怎么回事', reply: '这点小问题不影响的', expect: [{ text: '这点小问题不影响', severity: 'warning' }] },
    { name: 'the reply itself apologises', reply: '不好意思,这个很正常的,洗几次就好了', expect: [{ text: '这个很正常的', severity: 'warning' }] },
    { name: 'dismissive in any context', reply: '没什么大不了的', expect: [{ text: '没什么大不了', severity: 'warning' }] },
    { scenario: 'after-sales', reply: '别人都没说有问题', expect: [{ text: '别人都没说', severity: 'warning' }] },
    { scenario: 'complaint', reply: '不仔细看看不出来的', expect: [{ text: '不仔细看看不出来', severity: 'warning' }] },
  ],
  valid: [
    { name: 'FX-001-06 pre-sales fact', scenario: 'pre-sales', reply: '当然不同显示器显示可能稍有不同,不过一般影响不大,您可以在同事电脑上也打开看下~' },
    { name: 'no complaint context', reply: '这款手机壳很薄,不影响使用手感哦' },
    { scenario: 'complaint', reply: '亲,收到有磨损的宝贝肯定很影响心情,真的很抱歉,我们给您退10元作为补偿,或者给您免费换新,您看哪种更方便?' },
    { scenario: 'after-sales', reply: '只要不影响二次销售就可以退的哦' },
  ],
});

ruleTable('no-hard-sell-pressure', {
  invalid: [
    { name: 'FX-001-01', reply: '为了保证您能及时收到宝贝,请抓紧时间付款', expect: [{ text: '抓紧时间付款', severity: 'info' }] },
    { reply: '不买就没了', expect: [{ text: '不买就没了', severity: 'info' }] },
    { reply: '赶紧拍,别犹豫了', expect: [{ text: '赶紧拍', severity: 'info' }, { text: '别犹豫了', severity: 'info' }] },
    { reply: '现在不下单就亏了', expect: [{ text: '现在不下单就亏', severity: 'info' }] },
    { reply: '您必须今天付款', expect: [{ text: '必须今天付款', severity: 'info' }] },
  ],
  valid: [
    { reply: '过两天可能活动就结束了呢' },
    { reply: '先生女士,您好!如果您在付款过程中遇到了问题,请随时联系我们,我们将竭诚为您服务!' },
    { reply: '麻烦您赶紧拍张照片给我们,我们马上处理' },
    { reply: '喜欢的话可以先加入购物车哦' },
  ],
});

// ---- Cases added after the real-reply evaluation (eval/README.md). Each rewrites, in our own
// words, the kind of real reply that drove a tuning change; no corpus text is copied.

ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval: two bare acknowledgements in one bubble', reply: '嗯 好的', expect: [{ text: '嗯 好的', severity: 'warning' }] },
    { name: 'eval: bare yes then bare no', reply: '是的 不会', expect: [{ text: '是的 不会', severity: 'warning' }] },
    { name: 'eval: a bare status word', reply: '已提交', expect: [{ text: '已提交', severity: 'warning' }] },
    { name: 'eval: a bare instruction', reply: '拒收后重新下单', expect: [{ text: '拒收后重新下单', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval: a tag question (是吧) asks, it does not refuse', reply: '商品还没有到是吧' },
  ],
});

// The second random draw of real replies (eval R2) and the first set's misses: messages pieced
// together with spaces and commas, placeholders that are not emoticons, negations that state facts.
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R2: a bare "no need"', reply: '不用了', expect: [{ text: '不用了', severity: 'warning' }] },
    { name: 'eval R2: an acknowledgement typed twice over', reply: '好的的', expect: [{ text: '好的的', severity: 'warning' }] },
    { name: 'eval R2: two acknowledgements run together, then a status', reply: '嗯了解，正在处理', expect: [{ text: '嗯了解，正在处理', severity: 'warning' }] },
    { name: 'eval: a bare status report', reply: '已反馈给主管了', expect: [{ text: '已反馈给主管了', severity: 'warning' }] },
    { name: 'eval R2: a bare yes, then a requirement', reply: '是的，需要退回商品', expect: [{ text: '是的，需要退回商品', severity: 'warning' }] },
    { name: 'eval: the noun first, then the order', reply: '订单号，发一下', expect: [{ text: '订单号，发一下', severity: 'warning' }] },
    { name: 'eval: a refusal in a later piece', reply: '有现货,但是不能单独发', expect: [{ text: '有现货,但是不能单独发', severity: 'warning' }] },
    { name: 'eval: 改不了 refuses', reply: '现在退不了的', expect: [{ text: '现在退不了的', severity: 'warning' }] },
    { name: 'eval: out of stock is a negation', reply: '黑色也无货了', expect: [{ text: '黑色也无货了', severity: 'warning' }] },
    { name: 'eval R2: a template placeholder is not an emoticon', reply: '[订单号] 好的', expect: [{ text: '[订单号] 好的', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval: a condition\'s consequence states a fact', reply: '接了耳机就不会外放' },
    { name: 'eval: a guess', reply: '可能是页面还没刷新' },
    { name: 'eval: a reassurance', reply: '不会的,放心' },
    { name: 'eval: "only … not" describes a plan', reply: '这个套餐只是不含流量' },
    { name: 'eval: a check question ending in 吧', reply: '[订单号] 这个订单没错吧' },
    { name: 'eval: a piece that asks', reply: '系统升级了？旧版本无法登录？' },
    { name: 'eval: an acknowledgement followed by the shop\'s own step', reply: '好的 马上安排发货' },
    { name: 'eval: a long explanation is not read piece by piece', reply: '套餐内的定向流量只在指定应用内使用,跳转到其他页面产生的流量不计入定向流量范围' },
    { name: 'a known emoticon code is warmth', reply: '不行[微笑]' },
  ],
});

// Round 6 of the evaluation (the fourth random draw, R4).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R4: 么有 is a bare no', reply: '么有', expect: [{ text: '么有', severity: 'warning' }] },
    { name: 'eval R4: a bare instruction to cancel and order again', reply: '取消订单重新下单', expect: [{ text: '取消订单重新下单', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 7 of the evaluation (the fifth random draw, R5).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R5: a bare instruction ending in 重拍', reply: '改好地址再退了重拍', expect: [{ text: '改好地址再退了重拍', severity: 'warning' }] },
    { name: 'eval R5: a bare how-to', reply: '复制图片后发送', expect: [{ text: '复制图片后发送', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 9 of the evaluation (the seventh random draw, R7).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R7: the 请 of 申请 is no courtesy', reply: '选七天无理由申请', expect: [{ text: '选七天无理由申请', severity: 'warning' }] },
    { name: 'eval R7: a bare status with 申请', reply: '已经申请了', expect: [{ text: '已经申请了', severity: 'warning' }] },
  ],
  valid: [
    { name: '请 itself is a courtesy', reply: '请选七天无理由申请' },
    { name: 'a question behind a closing quote mark asks', reply: '申请退款了吗”' },
  ],
});

// Round 10 of the evaluation (the eighth random draw, R8).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R8: a bare hold and a bare status run together', reply: '稍等下正在查看', expect: [{ text: '稍等下正在查看', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 12 of the evaluation (the tenth random draw, R10).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R10: 看不到 is a negation', reply: '系统看不到的', expect: [{ text: '系统看不到的', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 13 of the evaluation (the eleventh random draw, R11).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R11: a bare filler', reply: '额额', expect: [{ text: '额额', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 14 of the evaluation (the twelfth random draw, R12).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R12: a bare "done"', reply: '改好了', expect: [{ text: '改好了', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R12: what will happen after a refusal at the door', reply: '对的 拒收之后商品就会退回仓库的' },
    { name: 'eval R12: a 是… piece made a question by the next', reply: '是水管没有，是的吗' },
  ],
});

// Round 15 of the evaluation (the thirteenth random draw, R13).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R13: a bare hold and a status with its subject', reply: '稍等，站点正在核实', expect: [{ text: '稍等，站点正在核实', severity: 'warning' }] },
    { name: 'eval R13: a bare status (留言)', reply: '已留言售后', expect: [{ text: '已留言售后', severity: 'warning' }] },
    { name: 'eval R13: a curt "what do you mean"', reply: '什么意思', expect: [{ text: '什么意思', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R13: a bare word asked back', reply: '嗯嗯？' },
    { name: 'eval R13: a condition as a fragment', reply: '没有付款的情况下' },
  ],
});

// Round 16 of the evaluation (the fourteenth random draw, R14).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'a refusal beside a state that has not started is still cold', reply: '活动还没开始，这边确实无法查询的', expect: [{ text: '活动还没开始，这边确实无法查询的', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R14: a state that has not started, as the whole message', reply: '目前活动还没开始' },
  ],
});

// Round 17 of the evaluation (the fifteenth random draw, R15).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R15: a bare how-to, turn it off and set it again', reply: '把应用关闭,重新再设置看下.', expect: [{ text: '把应用关闭,重新再设置看下.', severity: 'warning' }] },
  ],
  valid: [
    { name: 'a factual answer with no marker is left alone (§19.2)', reply: '这个颜色是厂家随机发的' },
    { name: 'the same how-to with a greeting', reply: '您好,把应用关闭,重新再设置看下.' },
  ],
});

// Round 18 of the evaluation (the sixteenth random draw, R16).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R16: a bare order to update a driver', reply: '更新一下显卡的驱动', expect: [{ text: '更新一下显卡的驱动', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R16: an estimate that cannot be exact to the hour', reply: '大概下午四点,具体几点没办法精确' },
  ],
});

// Round 19 of the evaluation (the seventeenth random draw, R17).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R17: a bare status, answered by private message', reply: '已在私信中回复', expect: [{ text: '已在私信中回复', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 20 of the evaluation (the eighteenth random draw, R18).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R18: a bare order for the new order', reply: '发我新订单', expect: [{ text: '发我新订单', severity: 'warning' }] },
    { name: 'eval R18: a bare instruction to confirm and apply', reply: '确认收货后申请退货', expect: [{ text: '确认收货后申请退货', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 21 of the evaluation (the nineteenth random draw, R19).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R19: a bare "any is fine"', reply: '都行的', expect: [{ text: '都行的', severity: 'warning' }] },
    { name: 'eval R19: a yes run into a bare how-to', reply: '是的点击申请售后就行', expect: [{ text: '是的点击申请售后就行', severity: 'warning' }] },
  ],
  valid: [
    { name: 'a yes and what will happen', reply: '对的 拒收之后货款就会原路退回的' },
  ],
});

// Round 22 of the evaluation (the twentieth random draw, R20).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R20: two bare statuses run together', reply: '已经提交在审核了', expect: [{ text: '已经提交在审核了', severity: 'warning' }] },
    { name: 'eval R20: a bare hold', reply: '稍等我看一下', expect: [{ text: '稍等我看一下', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 24 of the evaluation (the twenty-second random draw, R22).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R22: a bare order to tell the number', reply: '单号和电话告知一下', expect: [{ text: '单号和电话告知一下', severity: 'warning' }] },
    { name: 'eval R22: a bare status, in contact', reply: '在联系', expect: [{ text: '在联系', severity: 'warning' }] },
    { name: 'eval R22: returned, so it cannot be had', reply: '已经退回了，拿不了了', expect: [{ text: '已经退回了，拿不了了', severity: 'warning' }] },
    { name: 'eval R22: a bare how-to by the tutorial', reply: '照教程设置一下网络', expect: [{ text: '照教程设置一下网络', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the same status with a particle and 亲 is not cold', reply: '亲，在联系了哦' },
  ],
});

// Round 25 of the evaluation (the twenty-third random draw, R23).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R23: a yes and a bare status, notified to handle', reply: '好的，已经通知核实了', expect: [{ text: '好的，已经通知核实了', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 26 of the evaluation (the twenty-fourth random draw, R24).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R24: a bare order to send it back to the address', reply: '按原下单地址寄回', expect: [{ text: '按原下单地址寄回', severity: 'warning' }] },
    { name: 'eval R24: cancel both and order again, bare', reply: '行,两个都取消 再重新下单购买', expect: [{ text: '行,两个都取消 再重新下单购买', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 27 of the evaluation (the twenty-fifth random draw, R25).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R25: a bare "that is how it is"', reply: '就是这样的', expect: [{ text: '就是这样的', severity: 'warning' }] },
    { name: 'eval R25: a bare status, applied to cancel', reply: '已经申请退款的', expect: [{ text: '已经申请退款的', severity: 'warning' }] },
    { name: 'eval R25: a bare status with a time word first', reply: '目前还在审核的', expect: [{ text: '目前还在审核的', severity: 'warning' }] },
    { name: 'eval R25: a bare how-to to clear the cache', reply: '然后清理手机缓存', expect: [{ text: '然后清理手机缓存', severity: 'warning' }] },
  ],
  valid: [
    { name: 'unsure, with the estimate given', reply: '说不准的 预计明天 快的话今晚' },
    { name: 'no estimate exists, a fact', reply: '这种寄修件没有预计时间' },
  ],
});

// Round 28 of the evaluation (the twenty-sixth random draw, R26).
ruleTable('no-cold-mechanical-tone', {
  invalid: [],
  valid: [
    { name: 'eval R26: what to tell the courier, a negation only as the words to say', reply: '取件的时候，跟师傅说不寄了，就可以的' },
  ],
});

// Round 29 of the evaluation (the twenty-seventh random draw, R27).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R27: a bare status, noted', reply: '登记了', expect: [{ text: '登记了', severity: 'warning' }] },
    { name: 'eval R27: a bare "I will pass it on"', reply: '我登记一下', expect: [{ text: '我登记一下', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R27: nothing out of stock is a reassurance', reply: '订单里没有哪件断货的' },
  ],
});

// Round 30 of the evaluation (the twenty-eighth random draw, R28).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R28: a bare "impossible"', reply: '不可能换货的', expect: [{ text: '不可能换货的', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R28: not valid yet, a state said as the whole message', reply: '这张券还没到可用时间' },
    { name: 'impossible that it is so, not a refusal', reply: '这不可能是旧机' },
  ],
});

// Round 31 of the evaluation (the twenty-ninth random draw, R29).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R29: a bare "can change it"', reply: '能改的', expect: [{ text: '能改的', severity: 'warning' }] },
    { name: 'eval R29: a bare status, applied successfully', reply: '提交成功了', expect: [{ text: '提交成功了', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the same answer with 亲 and a particle', reply: '亲，能改的哦' },
  ],
});

// Round 32 of the evaluation (the thirtieth random draw, R30).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R30: bare statuses, shipped and sent on', reply: '已发货了 已经发给仓库了', expect: [{ text: '已发货了 已经发给仓库了', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R30: not shipped, so it can be returned (a yes)', reply: '没出库可以退的' },
  ],
});

// Round 33 of the evaluation (the thirty-first random draw, R31).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R31: a bare status, the cancel submitted', reply: '已经提交了退款申请', expect: [{ text: '已经提交了退款申请', severity: 'warning' }] },
    { name: 'eval R31: cannot apply, no marker', reply: '这个单子申请不了的', expect: [{ text: '这个单子申请不了的', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 34 of the evaluation (the thirty-second random draw, R32).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R32: a bare status, the station told', reply: '已告知站点了', expect: [{ text: '已告知站点了', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the station told, with warmth', reply: '亲，已通知到站点啦，您放心哈' },
  ],
});

// Round 35 of the evaluation (the thirty-third random draw, R33).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R33: a bare status, sent back', reply: '已退回', expect: [{ text: '已退回', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R33: 没…前 says when, it denies nothing', reply: '没出库前可以改地址' },
  ],
});

// Round 36 of the evaluation (the thirty-fourth random draw, R34).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R34: a bare "I will contact"', reply: '我联系', expect: [{ text: '我联系', severity: 'warning' }] },
    { name: 'a bare "search it"', reply: '搜索一下', expect: [{ text: '搜索一下', severity: 'warning' }] },
    { name: 'eval R34: the way told bare', reply: '要直接退掉，重新拍', expect: [{ text: '要直接退掉，重新拍', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R34: the exact time not known, the call ahead said', reply: '是的 具体时间没法确定 师傅会提前打电话' },
  ],
});

// Round 37 of the evaluation (the thirty-fifth random draw, R35).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R35: a bare "send it to me"', reply: '发给我看看', expect: [{ text: '发给我看看', severity: 'warning' }] },
    { name: 'eval R35: 取消订单 alone', reply: '取消订单', expect: [{ text: '取消订单', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 38 of the evaluation (the thirty-sixth random draw, R36).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R36: a yes and a bare "order again…的"', reply: '对的，换个收件人重新下单的', expect: [{ text: '对的，换个收件人重新下单的', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R36: "no", with why it will not', reply: '不会的,重启之后会自动恢复.' },
    { name: 'eval R36: 没什么人 says how busy, it denies nothing', reply: '营业中,晚上没什么人的' },
  ],
});

// Round 39 of the evaluation (the thirty-seventh random draw, R37).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R37: a bare "not refunded yet"', reply: '目前未退款的', expect: [{ text: '目前未退款的', severity: 'warning' }] },
    { name: 'eval R37: a bare "done"', reply: '已经好了', expect: [{ text: '已经好了', severity: 'warning' }] },
  ],
  valid: [
    { name: 'not shipped yet, with warmth and the shop\'s step', reply: '亲，目前还未发货哦，我帮您催一下' },
    { name: '未…前 says when, it denies nothing', reply: '未发货前可以取消' },
  ],
});

// Round 40 of the evaluation (the thirty-eighth random draw, R38).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R38: 退回 alone', reply: '退回', expect: [{ text: '退回', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 42 of the evaluation (the fortieth random draw, R40).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R40: a bare "noted again"', reply: '嗯,重新备注', expect: [{ text: '嗯,重新备注', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 43 of the evaluation (the forty-first random draw, R41).
ruleTable('no-cold-mechanical-tone', {
  invalid: [],
  valid: [
    { name: 'eval R41: a precondition stated, not an order', reply: '需要签收后才可以申请的' },
  ],
});

// Round 44 of the evaluation (the forty-second random draw, R42).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R42: a bare "look at the progress"', reply: '查看一下退款进度', expect: [{ text: '查看一下退款进度', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 46 of the evaluation (the forty-fourth random draw, R44).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R44: bare "that will do"', reply: '那就行', expect: [{ text: '那就行', severity: 'warning' }] },
    { name: 'eval R44: a bare status, refunded', reply: '退款完成了', expect: [{ text: '退款完成了', severity: 'warning' }] },
    { name: 'eval R44: a bare "can return"', reply: '可以退货的', expect: [{ text: '可以退货的', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 47 of the evaluation (the forty-fifth random draw, R45).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R45: a bare yes and "do not pay"', reply: '对的 别付款', expect: [{ text: '对的 别付款', severity: 'warning' }] },
    { name: 'a bare yes and "do not order"', reply: '是的 不要拍下', expect: [{ text: '是的 不要拍下', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R45: an A-not-A question (行不行), asked', reply: '行不行' },
    { name: 'an A-not-A question about a change', reply: '能不能改呢' },
  ],
});

// Round 48 of the evaluation (the forty-sixth random draw, R46).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R46: the order, then "apply for a refund", bare', reply: '单子申请退款', expect: [{ text: '单子申请退款', severity: 'warning' }] },
    { name: 'eval R46: "try another browser", bare', reply: '换个浏览器试试', expect: [{ text: '换个浏览器试试', severity: 'warning' }] },
    { name: 'eval R46: "not delivered", bare', reply: '今天不派送', expect: [{ text: '今天不派送', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the same with a warm word', reply: '亲，换个浏览器试试呢' },
  ],
});

// Round 49 of the evaluation (the forty-seventh random draw, R47).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R47: the things named, then "provide", bare', reply: '地址和电话提供下', expect: [{ text: '地址和电话提供下', severity: 'warning' }] },
    { name: 'eval R47: a bare "there is a note"', reply: '有备注', expect: [{ text: '有备注', severity: 'warning' }] },
    { name: 'eval R47: a bare yes and "passed on to the handlers"', reply: '嗯,已转达给工作人员', expect: [{ text: '嗯,已转达给工作人员', severity: 'warning' }] },
  ],
  valid: [
    { name: 'asked as a favour (能否)', reply: '地址能否提供一下' },
    { name: 'the shop provides it', reply: '我帮您提供下' },
  ],
});

// Round 50 of the evaluation (the forty-eighth random draw, R48).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R48: a bare "scroll down"', reply: '往下滑一下', expect: [{ text: '往下滑一下', severity: 'warning' }] },
    { name: 'eval R48: a bare "confidential"', reply: '保密', expect: [{ text: '保密', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R48: advice (建议), not an order', reply: '建议重新下单吧' },
  ],
});

// Round 51 of the evaluation (the forty-ninth random draw, R49).
ruleTable('no-cold-mechanical-tone', {
  invalid: [],
  valid: [
    { name: 'eval R49: 没准 (perhaps) is a guess, not a negation', reply: '没准是哪个应用卡住了' },
  ],
});

// Round 52 of the evaluation (the fiftieth random draw, R50).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R50: a bare setting instruction', reply: '调到暖色调', expect: [{ text: '调到暖色调', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 53 of the evaluation (the fifty-first random draw, R51).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R51: a bare "passed on"', reply: '已转告了', expect: [{ text: '已转告了', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 54 of the evaluation (the fifty-second random draw, R52).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R52: a bare "too late"', reply: '今天真的来不及了', expect: [{ text: '今天真的来不及了', severity: 'warning' }] },
    { name: 'eval R52: a bare "not shown"', reply: '页面上不显示的', expect: [{ text: '页面上不显示的', severity: 'warning' }] },
    { name: 'eval R52: a bare yes and "recorded and passed on"', reply: '好的，已登记并转交给同事', expect: [{ text: '好的，已登记并转交给同事', severity: 'warning' }] },
  ],
  valid: [
    { name: 'a hedged "too late" (确实), as labelled', reply: '那天确实来不及' },
  ],
});

// Round 55 of the evaluation (the fifty-third random draw, R53).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R53: a bare menu path of three steps', reply: '我的订单--售后服务--退换货.', expect: [{ text: '我的订单--售后服务--退换货.', severity: 'warning' }] },
    { name: 'eval R53: 打开 and a two-step path, then a step', reply: '打开设置-蓝牙,重新配对一次', expect: [{ text: '打开设置-蓝牙,重新配对一次', severity: 'warning' }] },
  ],
  valid: [
    { name: 'a route between two cities is not a menu path', reply: '上海-杭州这条线今天有延误' },
    { name: 'a menu path asked about', reply: '是在我的-设置-账户里吗?' },
  ],
});

// Round 56 of the evaluation (the fifty-fourth random draw, R54).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R54: a bare yes and "checked"', reply: '嗯 核实过了', expect: [{ text: '嗯 核实过了', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R54: "not yet the time to…" states where things stand', reply: '是没有到开售的时间的' },
  ],
});

// Round 57 of the evaluation (the fifty-fifth random draw, R55).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R55: a bare "apply after the order completes"', reply: '订单签收后申请换货', expect: [{ text: '订单签收后申请换货', severity: 'warning' }] },
  ],
  valid: [
    { name: 'what the customer may do after it (可以)', reply: '签收以后您可申请换货' },
  ],
});

// Round 58 of the evaluation (the fifty-sixth random draw, R56).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R56: a bare status with a stray pinyin letter after it', reply: '这边已经通知仓库d', expect: [{ text: '这边已经通知仓库d', severity: 'warning' }] },
    { name: 'a stray o is 哦, a particle: a hint', reply: '稍等下o', expect: [{ text: '稍等下o', severity: 'info' }] },
  ],
  valid: [],
});

// Round 59 of the evaluation (the fifty-seventh random draw, R57).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R57: a bare menu path after a link placeholder', reply: '([网址])设置-账户管理-安全中心', expect: [{ text: '([网址])设置-账户管理-安全中心', severity: 'warning' }] },
    { name: 'eval R57: a bare "send privately …"', reply: '私信提供下收件人的姓名', expect: [{ text: '私信提供下收件人的姓名', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R57: 不需要 + a step is "you need not", not a refusal', reply: '过保的话不需要找我们' },
  ],
});

// Round 60 of the evaluation (the fifty-eighth random draw, R58).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R58: a bare yes and "recorded"', reply: '好的，已经记录了', expect: [{ text: '好的，已经记录了', severity: 'warning' }] },
    { name: 'eval R58: a bare "supported"', reply: '支持的', expect: [{ text: '支持的', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R58: "not needed" with what will happen instead', reply: '不用的,下单后系统会自动显示' },
    { name: 'eval R58: a negation with its reason (因为…所以)', reply: '是因为还没到发货时间,所以暂时无法出库' },
  ],
});

// Round 61 of the evaluation (the fifty-ninth random draw, R59).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'the step itself, bare', reply: '直接下单', expect: [{ text: '直接下单', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R59: a time clause (直接申请时) says when, it orders nothing', reply: '直接提交时 售后单里的数量选一,那就只退一件' },
  ],
});

// Round 64 of the evaluation (the sixty-second random draw, R62).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R62: a bare "application submitted"', reply: '提交申请了', expect: [{ text: '提交申请了', severity: 'warning' }] },
    { name: 'eval R62: a bare "price protection succeeded"', reply: '价保成功了', expect: [{ text: '价保成功了', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R62: "not needed", then the shop\'s own step', reply: '好 不用的 我来跟站点说' },
    { name: 'eval R62: not yet, with when it will be (晚点会…)', reply: '还没有安排司机 晚点会更新到订单里' },
    { name: 'eval R62: a new-year wish is warmth', reply: '老王 新年快乐呀 我这边试了没这情况' },
  ],
});

// Round 65 of the evaluation (the sixty-third random draw, R63).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R63: a bare status naming whom it was passed to (已经给仓库留言了)', reply: '已经给仓库留言了', expect: [{ text: '已经给仓库留言了', severity: 'warning' }] },
    { name: 'the same with a particle: a hint', reply: '好的 已经给他们反馈了哦', expect: [{ text: '好的 已经给他们反馈了哦', severity: 'info' }] },
  ],
  valid: [],
});

// Round 66 of the evaluation (the sixty-fourth random draw, R64).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R64: a bare order without a colon after it is still read', reply: '运费券 调整价格', expect: [{ text: '运费券 调整价格', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R64: a piece before a colon names a field (调整金额: …), it orders nothing', reply: '运费险退回 调整价格:[数字x]元' },
  ],
});

// Round 67 of the evaluation (the sixty-fifth random draw, R65).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R65: a bare "passed" (已通过)', reply: '已通过', expect: [{ text: '已通过', severity: 'warning' }] },
    { name: 'eval R65: a bare "not in it" with a fact after it', reply: '不在的,要另外买', expect: [{ text: '不在的,要另外买', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R65: 不在 inside a longer piece is not a bare answer', reply: '不在保修范围内的话可以付费维修' },
  ],
});

// Round 68 of the evaluation (the sixty-sixth random draw, R66).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R66: a bare "sent it again"', reply: '又发了一次', expect: [{ text: '又发了一次', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 70 of the evaluation (the sixty-eighth random draw, R68).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R68: a bare negation still reads cold without the tag question', reply: '原来也没有送耳机', expect: [{ text: '原来也没有送耳机', severity: 'warning' }] },
    { name: 'eval R68: a bare order to wait is still an order', reply: '等待', expect: [{ text: '等待', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R68: a statement turned into a question by a tag (…没有… 是么)', reply: '原来也没有送耳机 是吗' },
    { name: 'eval R68: only waiting is needed, a reassurance', reply: '等待就行了' },
  ],
});

// Round 72 of the evaluation (the seventieth random draw, R70).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R70: a bare "use another cable"', reply: '换一根USB线', expect: [{ text: '换一根USB线', severity: 'warning' }] },
    { name: 'eval R70: a bare "fill in … first"', reply: '先填写发票信息', expect: [{ text: '先填写发票信息', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R70: asked, not told (换一根…吗)', reply: '换一根USB线吗' },
  ],
});

// Round 74 of the evaluation (the seventy-second random draw, R72).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R72: 还没 is a bare negation, not a question', reply: '还没', expect: [{ text: '还没', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R72: a verb and 没 at the end asks whether it was done', reply: '路由器重启没' },
    { name: 'eval R72: 没有影响 reassures', reply: '可以的 这样没有影响的' },
  ],
});

// Round 75 of the evaluation (the seventy-third random draw, R73).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R73: a bare negative status naming the order (此单还未发货)', reply: '这单还未出库', expect: [{ text: '这单还未出库', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R73: "no difference" answers, it refuses nothing', reply: '没什么区别,都是原厂的' },
  ],
});

// Round 76 of the evaluation (the seventy-fourth random draw, R74).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R74: a bare status with the step arranged (已经联系站点重新安排…)', reply: '已经联系仓库尽快安排配送', expect: [{ text: '已经联系仓库尽快安排配送', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 77 of the evaluation (the seventy-fifth random draw, R75).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R75: a bare "price difference applied for"', reply: '差价申请成功', expect: [{ text: '差价申请成功', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 79 of the evaluation (the seventy-seventh random draw, R77).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R77: a bare "cancelled"', reply: '已取消', expect: [{ text: '已取消', severity: 'warning' }] },
    { name: 'eval R77: a bare instruction naming the goods first (商品拒收返回…)', reply: '包裹拒收后退回仓库', expect: [{ text: '包裹拒收后退回仓库', severity: 'warning' }] },
    { name: 'eval R77: a bare 申请一下售后', reply: '提交一下退货', expect: [{ text: '提交一下退货', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 81 of the evaluation (the seventy-ninth random draw, R79).
ruleTable('no-condescension', {
  invalid: [
    { name: 'eval R79: the misunderstanding put on the customer (您没听明白我的意思)', reply: '亲，您没听明白我的意思呀，我问的是外箱', expect: [{ text: '您没听明白我的意思', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R79: the agent owning the misunderstanding', reply: '不好意思，是我没明白您的意思，我再确认一下' },
  ],
});

// Round 86 of the evaluation (the eighty-fourth random draw, R84).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R84: a bare "not updated yet" (未更新, also typed 跟新)', reply: '暂时还未更新出物流', expect: [{ text: '暂时还未更新出物流', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R84: with a particle it is a hint only (no warning)', reply: '物流还在路上哦，请您放心' },
  ],
});

// Round 89 of the evaluation (the eighty-seventh random draw, R87).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R87: a bare "can pick up"', reply: '可以取件', expect: [{ text: '可以取件', severity: 'warning' }] },
    { name: 'eval R87: a bare acknowledgement and 修改好了', reply: '好的，修改好了', expect: [{ text: '好的，修改好了', severity: 'warning' }] },
    { name: 'eval R87: a bare negative status led by 这边 (未拦截成功)', reply: '这边还未拦截成功', expect: [{ text: '这边还未拦截成功', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 90 of the evaluation (the eighty-eighth random draw, R88).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R88: a bare "can deliver", as 可以改', reply: '可以送到', expect: [{ text: '可以送到', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 91 of the evaluation (the eighty-ninth random draw, R89).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R89: a bare 好的，已收到', reply: '好的，已收到', expect: [{ text: '好的，已收到', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R89: received, with thanks', reply: '好的，已收到，谢谢您' },
  ],
});

// Round 92 of the evaluation (the ninetieth random draw, R90).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R90: a yes and a step that is all it takes stays a bare yes and an order', reply: '是的，点击申请售后就行', expect: [{ text: '是的，点击申请售后就行', severity: 'warning' }] },
    { name: 'eval R90: a bare no with only a short piece after it', reply: '不是,没发货', expect: [{ text: '不是,没发货', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R90: a step said as all it takes, the whole message', reply: '拒收包裹就行的' },
    { name: 'eval R90: a bare no the rest of the message explains', reply: '不是,下单那天就算进去了,中间隔了多少天都在期限里' },
  ],
});

// Round 94 of the evaluation (the ninety-second random draw, R92).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R92: a bare 有货的', reply: '有货的', expect: [{ text: '有货的', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R92: in stock, with a warmth marker', reply: '亲，有货的' },
  ],
});

// Round 95 of the evaluation (the ninety-third random draw, R93).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R93: a bare 已经到站点了 after a placeholder', reply: '[时间],已经到站点了', expect: [{ text: '[时间],已经到站点了', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R93: a precondition with 才 states, it does not order', reply: '要先申请才能看到' },
  ],
});

// Round 96 of the evaluation (the ninety-fourth random draw, R94).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R94: a bare 嗯啊', reply: '嗯啊', expect: [{ text: '嗯啊', severity: 'warning' }] },
    { name: 'eval R94: 到账了 with only a particle', reply: '到账了哦', expect: [{ text: '到账了哦', severity: 'info' }] },
  ],
  valid: [
    { name: 'eval R94: arrived, said warmly', reply: '亲，到账了哦' },
  ],
});

// Round 97 of the evaluation (the ninety-fifth random draw, R95).
ruleTable('no-condescension', {
  invalid: [
    { name: 'eval R95: the misunderstanding put on the customer as a guess', reply: '您可能是误解了我的意思', expect: [{ text: '您可能是误解了', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R95: the shop owns the misunderstanding', reply: '抱歉让您误解了，是我没写清楚' },
  ],
});

// Round 98 of the evaluation (the ninety-sixth random draw, R96).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R96: a bare negation that reassures nothing', reply: '不会发的，下周吧', expect: [{ text: '不会发的，下周吧', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R96: 不会延误 reassures', reply: '一般不会延误的，预计时间很准' },
  ],
});

// Round 100 of the evaluation (the ninety-eighth random draw, R98).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R98: a bare no with nothing conditional about it', reply: '订单取消了，无法恢复', expect: [{ text: '订单取消了，无法恢复', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R98: what follows once a step is taken (一旦…无法) warns, it does not refuse', reply: '提醒一下:订单一旦取消就无法恢复，确定要取消吗' },
  ],
});

// Round 101 of the evaluation (the ninety-ninth random draw, R99).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R99: a bare 派送中 status', reply: '商品派送中', expect: [{ text: '商品派送中', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R99: the same status, said warmly', reply: '亲，商品派送中哦' },
  ],
});

// Round 102 of the evaluation (the hundredth random draw, R100).
ruleTable('no-condescension', {
  invalid: [
    { name: 'eval R100: asked whether the customer looked carefully', reply: '是一个包裹哦，是否仔细查看了呢', expect: [{ text: '是否仔细查看了', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R100: asked whether the parcel came', reply: '请问您是否收到包裹了呢' },
  ],
});

// Round 103 of the evaluation (the hundred-and-first random draw, R101).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R101: a bare 是这个', reply: '是这个', expect: [{ text: '是这个', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R101: 是这个 with an address', reply: '是这个，亲' },
  ],
});

// Round 104 of the evaluation (the hundred-and-second random draw, R102).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R102: a bare which-order question', reply: '哪个订单', expect: [{ text: '哪个订单', severity: 'warning' }] },
    { name: 'eval R102: a rejection at the door told bare', reply: '要拒收包裹退回仓库', expect: [{ text: '要拒收包裹退回仓库', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R102: the same asked politely', reply: '请问是哪个订单呢' },
    { name: 'eval R102: no rejection needed, with a particle', reply: '不需要拒收的哦' },
  ],
});

// Round 105 of the evaluation (the hundred-and-third random draw, R103).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R103: a bare 不需要 with nothing after it', reply: '不需要的', expect: [{ text: '不需要的', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R103: 不需要, then what the shop does (我们…)', reply: '不需要的，我们去联系那边的站长' },
  ],
});

// Round 110 of the evaluation (the hundred-and-eighth random draw, R108).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R108: a guarantee withheld with nothing before it', reply: '这边不能保证', expect: [{ text: '这边不能保证', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R108: a guarantee withheld after the circumstance that explains it', reply: '快递这几天停运了，无法保证年前送到' },
  ],
});

// Round 114 of the evaluation (the hundred-and-twelfth random draw, R112).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R112: a bare confirmation', reply: '确定的', expect: [{ text: '确定的', severity: 'warning' }] },
    { name: 'eval R112: with a particle, a hint', reply: '确定的哦', expect: [{ text: '确定的哦', severity: 'info' }] },
  ],
  valid: [],
});

// Round 115 of the evaluation (the hundred-and-thirteenth random draw, R113).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R113: a bare order to refuse the parcel', reply: '拒收退回仓库', expect: [{ text: '拒收退回仓库', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R113: what will happen after the refusal', reply: '拒收退回仓库以后就会退款' },
  ],
});

// Round 116 of the evaluation (the hundred-and-fourteenth random draw, R114).
ruleTable('no-sarcasm', {
  invalid: [
    { name: 'eval R114: a remark on the customer being stubborn', reply: '看来您可真是个固执的人啊', expect: [{ text: '您可真是个固执的人', severity: 'error' }] },
  ],
  valid: [
    { name: 'eval R114: a sincere compliment on the customer', reply: '您真是一个细心的人呀，谢谢您的提醒' },
  ],
});

// Round 117 of the evaluation (the hundred-and-fifteenth random draw, R115).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R115: no need to apply, said bare', reply: '不用申请的', expect: [{ text: '不用申请的', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R115: where things stand after what will come', reply: '取件的时候系统会显示师傅的电话,目前还没有派出' },
  ],
});

// Round 119 of the evaluation (the hundred-and-seventeenth random draw, R117).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R117: the agent\'s own step said alone', reply: '我去看看', expect: [{ text: '我去看看', severity: 'warning' }] },
    { name: 'eval R117: presence said alone', reply: '都在的', expect: [{ text: '都在的', severity: 'warning' }] },
    { name: 'eval R117: an acknowledgement and a bare order to send the goods in', reply: '嗯寄过来维修一下', expect: [{ text: '嗯寄过来维修一下', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R117: the same step after an acknowledgement', reply: '好的，我去看看' },
  ],
});

// Round 120 of the evaluation (the hundred-and-eighteenth random draw, R118).
ruleTable('no-condescension', {
  invalid: [
    { name: 'eval R118: the customer asked back whether they understand', reply: '给您重新寄一个了~不懂？', expect: [{ text: '不懂？', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R118: which part is unclear, asked sincerely', reply: '您是哪里不懂？我再给您解释一下' },
  ],
});

// Round 121 of the evaluation (the hundred-and-nineteenth random draw, R119).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R119: 只能 after the refusal is no scope explained', reply: '不可以，只能另外下一单了', expect: [{ text: '不可以，只能另外下一单了', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R119: a refusal, then what is allowed', reply: '其他型号暂时不可以,仅新款支持以旧换新' },
  ],
});

// Round 122 of the evaluation (the hundred-and-twentieth random draw, R120).
ruleTable('no-cold-mechanical-tone', {
  invalid: [
    { name: 'eval R120: a bare shipped status', reply: '已发货的', expect: [{ text: '已发货的', severity: 'warning' }] },
  ],
  valid: [],
});
ruleTable('no-argue', {
  invalid: [
    { name: 'eval R120: the customer told they go too far', reply: '你也太过分了吧', expect: [{ text: '你也太过分了', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R120: an experience called too much, apologised for', reply: '让您遇到这么过分的事情真的很抱歉' },
  ],
});
