import { ruleTable } from '../helpers';

ruleTable('no-blame-courier', {
  invalid: [
    { reply: '亲,是快递给发错地方了哦', expect: [{ text: '是快递给发错', severity: 'error' }] },
    { reply: '亲 可能是在快递的过程中压坏的,我们再发货的之前都检查好了的', expect: [{ text: '可能是在快递的过程中压坏', severity: 'error' }] },
    { name: 'apology without remedy is a warning', reply: '真的非常抱歉,快递耽误了那么久,给您带来了麻烦。', expect: [{ text: '快递耽误了', severity: 'warning' }] },
    { name: 'traditional characters fold to simplified', reply: '親,是快遞給發錯地方了哦', expect: [{ text: '是快遞給發錯', severity: 'error' }] },
    { name: 'FX-000-14: with a redirect, error', reply: '亲的货被快递公司遗失了,请找快递公司索赔', expect: [{ text: '快递公司遗失', severity: 'error' }] },
    { name: 'FX-001-19: disclaimer keeps it at error despite apology and remedy', reply: '亲,是快递给发错地方了哦,实在不好意思,可惜快递公司不归我们管,如果明天还没转过去,我们这边就给您重发,发顺丰,不用您补运费', expect: [{ text: '是快递给发错', severity: 'error' }, { text: '快递公司不归我们管', severity: 'error' }] },
    { name: '§19.4 courier-control disclaimer', reply: '快递公司不是我们开的,我们干涉不了快递公司的事,请您多担待。', expect: [{ text: '快递公司不是我们开的', severity: 'error' }] },
    { reply: '这个要怪快递,都是快递员暴力分拣造成的', expect: [{ text: '要怪快递', severity: 'error' }, { text: '都是快递员暴力分拣造成', severity: 'error' }] },
    { reply: '物流慢我们也没办法', expect: [{ text: '物流慢我们也没办法', severity: 'error' }] },
  ],
  valid: [
    { reply: '亲,您好,非常抱歉给您带来了不好的购物体验,我刚联系快递公司,那边说件不小心丢失了,您看我们这边可以给您重新安排发货吗?' },
    { reply: '如果我们快递公司给您带来了不便,我们很抱歉给您添麻烦了,请您放心,我们一定给您一个满意的答复。' },
    { reply: '亲,默认申通或者圆通呢' },
    { reply: '如果有指定的快递请在订单上备注' },
    { reply: '我刚给快递公司打电话询问了,您的快递已经到了您所在的城市,只是物流信息还未及时更新' },
    { name: 'quoted customer speech', reply: '您说“快递给弄坏了”,非常抱歉,我马上为您补发' },
    { name: 'pre-sale caveat is not blame', reply: '快递方面不能保证,一般3天左右到哦' },
  ],
});

ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'FX-000-14', reply: '亲的货被快递公司遗失了,请找快递公司索赔', expect: [{ text: '找快递公司索赔', severity: 'error' }] },
    { reply: '这个您得去问快递哦', expect: [{ text: '去问快递', severity: 'error' }] },
    { reply: '您自己联系一下快递员吧', expect: [{ text: '联系一下快递员', severity: 'error' }] },
    { reply: '丢件了您就找快递赔吧', expect: [{ text: '找快递赔', severity: 'error' }] },
    { reply: '快递电话是95xxx,您打过去问问', expect: [{ text: '快递电话是95xxx,您打过去', severity: 'error' }] },
    { name: 'an offered option is a warning', reply: '您可以联系一下配送员哦', expect: [{ text: '联系一下配送员', severity: 'warning' }] },
  ],
  valid: [
    { reply: '请您稍等,我马上联系快递给您处理哦' },
    { reply: '我已经跟快递客服讲了让那边尽快给您转过去' },
    { name: 'phone number in addition to own action', reply: '我已经帮您催件了,如需提前联系派件员,电话是138xxxx,您也可以直接打过去' },
    { reply: '包裹丢失的事情由我们来和快递公司交涉,您不用操心,我现在就给您重新安排发货' },
    { reply: '请问快递单号是多少呢' },
    { name: 'negated', reply: '不用您联系快递,我们这边来处理' },
  ],
});

ruleTable('no-disclaim-courier-control', {
  invalid: [
    // each disclaimer within its phrase: the gap no longer runs past the comma to 我们干涉不了
    { name: 'FX-000-18 direct speech', reply: '快递公司不是我们开的,我们干涉不了快递公司的事,请您多担待。', expect: [{ text: '快递公司不是我们开的', severity: 'error' }, { text: '我们干涉不了快递', severity: 'error' }] },
    { name: 'the disclaimer only after a comma: the gap crosses it', reply: '快递公司那边,我们干涉不了', expect: [{ text: '快递公司那边,我们干涉不了', severity: 'error' }] },
    { name: 'FX-001-19', reply: '可惜快递公司不归我们管,不然一定要找出责任人并严惩的', expect: [{ text: '快递公司不归我们管', severity: 'error' }] },
    { reply: '快递是第三方,我们也无能为力', expect: [{ text: '快递是第三方,我们也无能为力', severity: 'error' }] },
    { reply: '物流的事情我们说了不算', expect: [{ text: '物流的事情我们说了不算', severity: 'error' }] },
    { reply: '快递我们管不了', expect: [{ text: '快递我们管不了', severity: 'error' }] },
    { name: '§19.4: courier caveat in a hedged estimate is info', reply: '快递方面不能保证,一般3天左右到哦', expect: [{ text: '快递方面不能保证', severity: 'info' }] },
  ],
  valid: [
    { reply: '物流给您带来的不便我们非常抱歉,我已经催促快递加急处理,如果明天还没有转出,我们直接给您顺丰重发,不用您补运费。' },
    { reply: '一般3天左右到,具体以物流为准哦' },
    { reply: '我们合作的快递是中通和圆通' },
  ],
});

ruleTable('no-blame-customer', {
  invalid: [
    { name: 'FX-000-15', reply: '退得货你没填单号,导致退款速度慢,这不是我们的错', expect: [{ text: '你没填单号,导致', severity: 'error' }] },
    { reply: '是您自己拍错了哦', expect: [{ text: '是您自己拍错', severity: 'error' }] },
    { reply: '这是您的问题,我们也没办法', expect: [{ text: '这是您的问题', severity: 'error' }] },
    { reply: '您下单的时候没看清楚吧', expect: [{ text: '您下单的时候没看清楚', severity: 'error' }] },
    { reply: '详情页写得很清楚了', expect: [{ text: '详情页写得很清楚', severity: 'error' }] },
    { reply: '谁让您不提前说呢', expect: [{ text: '谁让您', severity: 'error' }] },
    { name: 'FX-000-16 synthetic review reply', reply: '该买家无理要求退部分货款,未果后恶意差评,属于讹诈。', expect: [{ text: '无理要求', severity: 'error' }, { text: '恶意差评', severity: 'error' }, { text: '属于讹诈', severity: 'error' }] },
    { name: 'turning the problem round is a warning', reply: '相信您自己发包裹给朋友的时候,偶尔也会发成点开快递造成的不愉快', expect: [{ text: '相信您自己发包裹给朋友的时候,偶尔也会', severity: 'warning' }] },
  ],
  valid: [
    { reply: '麻烦您在退货单里补填一下单号哦,填好后我们马上给您处理' },
    { reply: '可能刚才我的回复没有完全解决您的疑问' },
    { reply: '不是您的问题,是我们没有做好,非常抱歉' },
    { reply: '详情页有尺码表,我也帮您参考一下哦' },
    { name: 'conditional', reply: '如果是您拍错了也没关系,我帮您改一下就好' },
    { name: 'question', reply: '请问是您的问题还是快递的问题呢?' },
    { reply: '这是您的错觉吧,我们的尺码是标准的' },
  ],
});

ruleTable('no-blame-other-department', {
  invalid: [
    { name: 'FX-003-01', reply: '这个问题是因为其他部门耽误了', expect: [{ text: '因为其他部门耽误', severity: 'error' }] },
    { name: 'FX-001-17a', reply: ['您寄回来的那个件我们正在找呢', '仓库那边没有找到'], expect: [{ text: '仓库那边没有找到', severity: 'error' }] },
    { reply: '是仓库发错的', expect: [{ text: '是仓库发错', severity: 'error' }] },
    { reply: '这是售后部门的事,不归我管', expect: [{ text: '这是售后部门的事', severity: 'error' }, { text: '不归我管', severity: 'error' }] },
    { reply: '系统那边出问题了,我们也没办法', expect: [{ text: '系统那边出问题了,我们也没办法', severity: 'error' }] },
    { reply: '打包的同事弄错了', expect: [{ text: '打包的同事弄错', severity: 'error' }] },
    { reply: '是上一个客服答应您的,我不清楚', expect: [{ text: '上一个客服答应您的,我不清楚', severity: 'error' }] },
  ],
  valid: [
    { name: 'FX-001-15', reply: '亲,很抱歉让您失望了,仓库在加紧配货了呢,我会帮您催的哦~' },
    { name: 'FX-001-16', reply: '我把您的单号和旺旺名字给售后同事以便她及时找到您的订单帮您退换' },
    { reply: '非常抱歉,是仓库发错了,我马上给您补发,运费我们承担' },
    { reply: '财务那边还没打款,我帮您催一下,今天下班前给您答复' },
  ],
});

ruleTable('no-deny-fault', {
  invalid: [
    { name: 'FX-000-13', reply: '这个不属于我们的问题,我们不能负责', expect: [{ text: '不属于我们的问题', severity: 'error' }] },
    { name: 'FX-000-15', reply: '退得货你没填单号,导致退款速度慢,这不是我们的错', expect: [{ text: '这不是我们的错', severity: 'error' }] },
    { name: '§19.8 没有关系', reply: '这跟我们没有关系哦', expect: [{ text: '跟我们没有关系', severity: 'error' }] },
    { name: '§19.8 X这边', reply: '不是我们仓库这边的问题', expect: [{ text: '不是我们仓库这边的问题', severity: 'error' }] },
    { reply: '不可能是我们的问题', expect: [{ text: '不可能是我们的问题', severity: 'error' }] },
    { reply: '我们没有错', expect: [{ text: '我们没有错', severity: 'error' }] },
    { name: 'FX-001-39 pre-emptive denial to a complaint', scenario: 'complaint', reply: '亲 可能是在快递的过程中压坏的,我们再发货的之前都检查好了的', expect: [{ text: '发货的之前都检查好', severity: 'error' }] },
    { name: 'pre-emptive after a complaining customer line', customer: '收到的杯子是碎的,怎么回事', reply: '我们出库时都是好的', expect: [{ text: '出库时都是好的', severity: 'error' }] },
  ],
  valid: [
    { name: 'FX-001-18', reply: '亲,非常抱歉哦,请先息怒呢,真的不好意思,给您造成不便了亲,是我们的失误' },
    { reply: '是不是我们这边的问题,我先帮您核实一下' },
    { reply: '不是很清楚您说的是哪一款,麻烦发个链接给我哦' },
    { name: 'pre-emptive form outside a complaint', scenario: 'pre-sales', reply: '我们发货前都会检查过的,您放心' },
    { name: 'conditional', reply: '如果不是我们的问题,来回运费需要您承担哦' },
  ],
});

ruleTable('no-excuse-making', {
  invalid: [
    { name: 'FX-001-17b', reply: '主要是因为这边是公司化经营,退换货有个流程,包裹还没有找到的情况下没办法办理呢亲', expect: [{ text: '公司化经营', severity: 'warning' }] },
    { name: 'FX-001-22', reply: '亲,这边是公司化经营,很抱歉呢,售后同事需要收到退回的衣服才能帮您换出呢~', expect: [{ text: '公司化经营', severity: 'warning' }] },
    { reply: '这是公司规定,我也没办法', expect: [{ text: '这是公司规定', severity: 'warning' }] },
    { reply: '系统就是这么设置的,不能改哦', expect: [{ text: '系统就是这么', severity: 'warning' }] },
  ],
  valid: [
    { reply: '退货流程是:①申请退货 ②填写单号 ③我们签收后24小时内退款' },
    { reply: '按公司规定这个需要审批,我这边先帮您申请加急,今天下午5点前给您答复' },
    { reply: '我们有完整的售后流程,您放心' },
    { reply: '按规定七天内可以无理由退货哦' },
  ],
});

ruleTable('external-cause-needs-ownership', {
  invalid: [
    { reply: '大促期间爆仓,所以慢了', expect: [{ text: '大促期间爆仓,所以慢', severity: 'info' }] },
    { reply: '暴雨导致延误,请耐心等待', expect: [{ text: '暴雨导致延误', severity: 'info' }] },
    { name: 'apology but no action', reply: '非常抱歉,因为疫情原因物流停运了', expect: [{ text: '因为疫情原因', severity: 'info' }] },
  ],
  valid: [
    { name: 'FX-000-10', reply: '由于当地天气原因导致装运延误,我已经联系了快递公司的老板,真的非常抱歉,快递耽误了那么久,给您带来了麻烦。' },
    { reply: '非常抱歉,大促期间订单较多,我已经帮您加急处理,今天一定给您发出' },
    { reply: '春节期间正常发货哦' },
  ],
});

// ---- Cases added after the real-reply evaluation (eval/README.md). Each rewrites, in our own
// words, the kind of real reply that drove a tuning change; no corpus text is copied.

ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval: negotiating with the courier is left to the customer', reply: '地址改不了哦,这个需要您自己和快递师傅协商一下', expect: [{ text: '和快递师傅协商', severity: 'error' }] },
    { name: 'eval: no subject, only 可以 (implied customer)', reply: '下单后地址不能改呢,新地址离得不远的话,可以联系我们的配送小哥协调一下', expect: [{ text: '联系我们的配送小哥', severity: 'warning' }] },
    { name: 'eval: 自行 + demonstrative before the courier', reply: '包裹在路上了,请您自行联系这个配送员', expect: [{ text: '联系这个配送员', severity: 'error' }] },
    { name: 'eval: station number handed over, customer to call', reply: '这是站点留的号码,您可以直接联系哈', expect: [{ text: '您可以直接联系', severity: 'warning' }] },
    { name: 'eval: checking for the customer is no action on the courier', reply: '正在为您查询~ 同一个区的话,可以联系配送员改派一下', expect: [{ text: '联系配送员', severity: 'warning' }] },
    { name: 'eval: mentioning a coupon is no action on the courier', reply: '优惠券不会过期的,改地址您可以主动联系配送员商量', expect: [{ text: '联系配送员', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval: refusing the parcel at the door is the customer\'s right, not a redirect', reply: '送货的时候您和快递员说一声不要了,拒收就可以了' },
    { name: 'eval: the shop chases the station too', reply: '您可以联系站点确认一下,我们这边也催一下站点' },
  ],
});

ruleTable('no-blame-courier', {
  invalid: [
    { name: 'eval: logistics given as the cause of a delay, nothing else', reply: '这次是物流出现延迟了', expect: [{ text: '是物流出现延迟', severity: 'error' }] },
  ],
  valid: [],
});

ruleTable('no-deny-fault', {
  invalid: [
    { name: 'eval: "not caused by us alone"', reply: '这件事不是我们单方面造成的,只能等对方处理', expect: [{ text: '不是我们单方面造成的', severity: 'error' }] },
  ],
  valid: [
    { name: 'eval: a question about the cause', reply: '是不是我们单方面造成的,我先帮您查清楚' },
  ],
});

ruleTable('no-blame-other-department', {
  invalid: [
    { name: 'eval: the outcome put on the after-sales review', reply: '这个是售后审核决定的哦', expect: [{ text: '是售后审核决定', severity: 'error' }] },
    { name: 'eval: another team did not update the notes', reply: '可能技术那边没有及时更新说明吧', expect: [{ text: '技术那边没有及时更新说明', severity: 'error' }] },
  ],
  valid: [
    { name: 'eval: same fact with the agent owning the follow-up', reply: '退款由售后审核决定,我这边帮您加急跟进' },
  ],
});

ruleTable('no-disclaim-courier-control', {
  invalid: [
    { name: 'eval: "if they will not deliver we can do nothing"', reply: '我们联系一下快递,不送的话我们也没办法', expect: [{ text: '不送的话我们也没办法', severity: 'error' }] },
  ],
  valid: [],
});

// Round 8 of the evaluation (the sixth random draw, R6).
ruleTable('no-blame-other-department', {
  invalid: [
    { name: 'eval R6: the decision put on the boss', reply: '这个是老板决定的呢', expect: [{ text: '这个是老板决定的', severity: 'error' }] },
  ],
  valid: [
    { name: 'the customer decides', reply: '这个是您决定的哦,我们都支持' },
  ],
});

// Round 9 of the evaluation (the seventh random draw, R7).
ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval R7: a bare 师傅 in a reply about delivery', reply: '送货前师傅会打电话,您到时和师傅说下新地址', expect: [{ text: '和师傅说下', severity: 'error' }] },
    { name: 'a station master to negotiate with', reply: '派件的事您可以和站长协商一下', expect: [{ text: '和站长协商', severity: 'warning' }] },
  ],
  valid: [
    { name: 'a bare 师傅 who fits the appliance is no courier', reply: '安装时您和师傅说下装在哪面墙就好' },
    { name: 'asking whether the customer already called the delivery man', reply: '配送员已出发,您是否有联系下这个师傅呢' },
  ],
});

// Round 11 of the evaluation (the ninth random draw, R9).
ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval R9: 配送 alone is the delivery man', reply: '一般是建议直接和配送协商', expect: [{ text: '和配送协商', severity: 'warning' }] },
    { name: 'told to contact 配送 to have it sent', reply: '您和配送联系,让他给您送过来', expect: [{ text: '和配送联系', severity: 'error' }] },
  ],
  valid: [
    { name: 'asking what the customer wants to ask the delivery man', reply: '您需要联系配送咨询什么问题呢' },
    { name: 'contacting the delivery man to refuse the parcel', reply: '建议您联系下配送告知拒收即可' },
    { name: 'the shop has already told the station', reply: '已经通知站点了,有配送电话时您也可以直接联系配送' },
  ],
});

// Round 14 of the evaluation (the twelfth random draw, R12).
ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval R12: 您这边 is the customer, not the shop', reply: '已经帮您备注了,您这边需要和配送协商一下的哦', expect: [{ text: '和配送协商', severity: 'error' }] },
  ],
  valid: [
    { name: '这边 alone is still the shop', reply: '这边和配送协商一下,马上给您回复' },
  ],
});

ruleTable('no-blame-courier', {
  invalid: [
    { name: 'eval R12: the delivery staff as the cause', reply: '抱歉,由于过年期间配送人力不足,导致物流延迟了', expect: [{ text: '由于过年期间配送人力不足', severity: 'warning' }] },
  ],
  valid: [],
});

// The courier named, then only 他/她 (R13's two error-level misses).
ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval R13: the delivery man as 他, to negotiate with', reply: '物流信息里有配送人员的电话,您可以联系他,与他协商一下', expect: [{ text: '联系他', severity: 'warning' }] },
    { name: 'eval R13: tell him (the pickup man) the time', reply: '后续取件员联系您的时候您告知他一下就可以呢', expect: [{ text: '告知他一下', severity: 'error' }] },
  ],
  valid: [
    { name: '他 with no courier named before', reply: '您的朋友如果方便,您可以联系他帮您代收' },
  ],
});

// Round 16 of the evaluation (the fourteenth random draw, R14).
ruleTable('no-blame-customer', {
  invalid: [
    { name: "eval R14: the customer's mistake made a lesson", reply: '建议您下次不要选错地址哦', expect: [{ text: '下次不要选错', severity: 'error' }] },
  ],
  valid: [],
});

// Round 19 of the evaluation (the seventeenth random draw, R17).
ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval R17: 您可以 earlier in the sentence, the courier after a comma', reply: '您可以等配送员信息出来之后，与我们的配送师傅联系协调', expect: [{ text: '与我们的配送师傅联系', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the shop coordinates with the courier itself', reply: '等配送员信息出来之后，我们会与配送师傅联系协调' },
  ],
});

// Round 22 of the evaluation (the twentieth random draw, R20).
ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval R20: the station did not answer, so the customer calls again', reply: '站点说在整理货物 没有接到 ,您可以重新联系', expect: [{ text: '您可以重新联系', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the customer may contact the shop again', reply: '站点还在整理货物，有问题您可以再联系我们' },
  ],
});

// Round 23 of the evaluation (the twenty-first random draw, R21).
ruleTable('no-blame-courier', {
  invalid: [
    { name: 'eval R21: couriers on leave, so few hands', reply: '是的呢，配送员也有请假回家的，所以人力比较少', expect: [{ text: '配送员也有请假回家的，所以人力比较少', severity: 'error' }] },
  ],
  valid: [],
});

// Round 27 of the evaluation (the twenty-fifth random draw, R25).
ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval R25: whether to settle it with the delivery man', reply: '届时不便收货，可以和配送员看能否协商下时间', expect: [{ text: '和配送员看能否协商', severity: 'warning' }] },
    { name: 'eval R25: settle it when the courier calls', reply: '改动不大的话，建议快递员打电话的时候协商一下', expect: [{ text: '快递员打电话的时候协商', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the shop settles it with the courier', reply: '我们会和配送员协商好时间，再通知您' },
  ],
});

// Round 28 of the evaluation (the twenty-sixth random draw, R26).
ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval R26: settle it with the courier\'s side', reply: '建议您和快递员那边协商下', expect: [{ text: '和快递员那边协商', severity: 'error' }] },
  ],
  valid: [],
});

// Round 30 of the evaluation (the twenty-eighth random draw, R28).
ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval R28: the customer may settle it when the courier calls', reply: '改不了的话，快递小哥上门的时候可以再商量一下时间', expect: [{ text: '快递小哥上门的时候可以再商量', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the courier settles it himself when he calls', reply: '快递员来电的时候会和您商量时间' },
  ],
});

// Round 33 of the evaluation (the thirty-first random draw, R31).
ruleTable('no-redirect-to-courier', {
  invalid: [],
  valid: [
    { name: 'eval R31: the shop asks the station, the pronoun typed twice', reply: '嗯 小妹帮你您问问站点哈' },
  ],
});

// Round 35 of the evaluation (the thirty-third random draw, R33).
ruleTable('no-deny-fault', {
  invalid: [
    { name: 'eval R33: a billing complaint answered with no fault possible', reply: '系统不存在虚假计费', expect: [{ text: '不存在虚假计费', severity: 'error' }] },
    { name: 'double charging denied', reply: '电话卡不存在重复扣费的问题呢', expect: [{ text: '不存在重复扣费', severity: 'error' }] },
  ],
  valid: [
    { name: 'a fee that does not exist is no denial', reply: '这个套餐不存在额外的月租哦' },
  ],
});

// Round 37 of the evaluation (the thirty-fifth random draw, R35).
ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval R35: the courier named by 配送…来电, then 他', reply: '配送给您来电时您和他说一下新地址', expect: [{ text: '和他说一下', severity: 'error' }] },
    { name: 'eval R35: 咱们 without 的 before the delivery man', reply: '送货前您跟咱们师傅协商下时间吧', expect: [{ text: '跟咱们师傅协商', severity: 'error' }] },
    { name: 'eval R35: the station\'s number to call', reply: '可以拨打一下配送员电话问问', expect: [{ text: '拨打一下配送员电话', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the shop calls the station', reply: '这边会拨打站点电话催一下' },
  ],
});

// Round 38 of the evaluation (the thirty-sixth random draw, R36).
ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval R36: the courier named, then a phone call advised', reply: '快递员没回消息的话，建议您打电话联系哈', expect: [{ text: '您打电话联系', severity: 'warning' }] },
    { name: 'eval R36: the closing question in the next message asks nothing of the redirect', reply: '到站后建议您联系下配送哈 还有别的要帮忙的吗?', expect: [{ text: '联系下配送', severity: 'error' }] },
  ],
  valid: [
    { name: 'the courier calls the customer', reply: '配送员出发前会跟您电话联系的' },
  ],
});
ruleTable('no-blame-customer', {
  invalid: [
    { name: 'eval R36: the customer\'s wrong click named', reply: '这个是您点错了，才会这样', expect: [{ text: '是您点错', severity: 'error' }] },
  ],
  valid: [],
});

// Round 41 of the evaluation (the thirty-ninth random draw, R39).
ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval R39: 您这边 carries on to the next phrase\'s contact', reply: '您这边关注下物流，显示配送员电话后，联系配送员改时间', expect: [{ text: '联系配送员', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the shop contacts the courier', reply: '您这边关注下物流，我们也会联系配送员催一下' },
  ],
});

// Round 51 of the evaluation (the forty-ninth random draw, R49).
ruleTable('no-blame-customer', {
  invalid: [
    { name: 'eval R49: the customer\'s late answer named as the cause', reply: '师傅打电话约时间，您没有及时接听', expect: [{ text: '您没有及时接听', severity: 'error' }] },
  ],
  valid: [
    { name: 'a condition, what happens then', reply: '如果您没有及时接听，师傅会再打' },
  ],
});

// Round 56 of the evaluation (the fifty-fourth random draw, R54).
ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval R54: the customer to contact the 送货人员', reply: '您自己打给送货人员问问更快', expect: [{ text: '打给送货人员', severity: 'error' }] },
  ],
  valid: [
    { name: 'the 送货人员 will call the customer', reply: '送货人员出发前会先来电' },
  ],
});

// Round 57 of the evaluation (the fifty-fifth random draw, R55).
ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval R55: the only way left, the customer to settle it with the courier (只能)', reply: '没法改了,只能到货后跟快递员协商转送', expect: [{ text: '跟快递员协商', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the shop\'s only way, with the shop as the subject', reply: '我们只能先跟快递员协商转送' },
  ],
});

// Round 58 of the evaluation (the fifty-sixth random draw, R56).
ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval R56: settle it when the courier calls (和您联系时，可以…沟通)', reply: '快递员晚点和您联系时 可以再沟通', expect: [{ text: '快递员晚点和您联系时 可以再沟通', severity: 'warning' }] },
  ],
  valid: [
    { name: 'what the courier does when calling', reply: '派件员与您联系时会先确认地址' },
  ],
});

// Round 59 of the evaluation (the fifty-seventh random draw, R57).
ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval R57: 直接联系… told with no subject', reply: '直接联系快递员电话即可', expect: [{ text: '联系快递员', severity: 'warning' }] },
  ],
  valid: [
    { name: 'contacting the courier to refuse the pickup (as to refuse the parcel)', reply: '直接联系快递员说拒绝取件就行' },
  ],
});

// Round 63 of the evaluation (the sixty-first random draw, R61).
ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval R61: what the customer need only do (…和配送员说下就可以), no subject', reply: '送货时间和配送员说下就可以', expect: [{ text: '和配送员说下', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the shop as the subject', reply: '我们这边和配送员说下就可以' },
  ],
});

// Round 64 of the evaluation (the sixty-second random draw, R62).
ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval R62: the order\'s delivery man to contact (联系订单的配送员)', reply: '打给订单的配送员就行', expect: [{ text: '打给订单的配送员', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 69 of the evaluation (the sixty-seventh random draw, R67).
ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval R67: told to tell the delivery man, and that is all (跟配送说就行)', reply: '送货那天跟配送说就行', expect: [{ text: '跟配送说就行', severity: 'warning' }] },
    { name: 'eval R67: the time to be fixed with him when he calls; 咱们 owns the courier, it is not the subject', reply: '咱们配送员来电的时候,您跟他约好几点送', expect: [{ text: '配送员来电的时候,您跟他约好', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R67: the courier fixes the time himself', reply: '咱们配送员来电的时候会跟您约好几点送' },
    { name: 'eval R67: the shop itself settles it with the courier', reply: '我们这边跟配送说就行，您放心' },
  ],
});

// Round 74 of the evaluation (the seventy-second random draw, R72).
ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval R72: a bare 师傅 in a reply about a pickup is the courier; 和他说下 tells the customer to deal with him', reply: '上门取件时师傅会先打电话 您和他说下时间就行', expect: [{ text: '和他说下', severity: 'error' }] },
  ],
  valid: [
    { name: 'eval R72: a fitter, not a courier', reply: '安装时师傅会先打电话 您和他说下时间就行' },
  ],
});

// Round 77 of the evaluation (the seventy-fifth random draw, R75).
ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval R75: the customer to tell the courier themselves (您可以告知师傅…)', reply: '包裹到了以后您可以告知派送员转送到新地址', expect: [{ text: '告知派送员', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R75: the shop told the courier', reply: '我们已经告知派送员转送到新地址了' },
    { name: 'eval R75: telling the courier to refuse it', reply: '到时候告知派送员拒收就可以' },
  ],
});

// Round 78 of the evaluation (the seventy-sixth random draw, R76).
ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval R76: the step told with 下, no subject (和快递联系下)', reply: '您跟快递员联系一下 问问几点能送', expect: [{ text: '跟快递员联系', severity: 'error' }] },
    { name: 'eval R76: the same with no one named', reply: '这个和快递员联系下 确保能签收', expect: [{ text: '和快递员联系', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R76: the shop will do it', reply: '我这边和快递员联系下 确保能签收' },
  ],
});

// Round 81 of the evaluation (the seventy-ninth random draw, R79).
ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval R79: an express firm named instead of 快递 (联系一下顺丰)', reply: '包裹到了之后请您联系一下韵达改派', expect: [{ text: '联系一下韵达', severity: 'error' }] },
    { name: 'eval R79: what to tell the courier left to the customer when he calls', reply: '快递员来电的时候您讲一下放门口', expect: [{ text: '快递员来电的时候您讲一下', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R79: the shop has contacted the firm', reply: '我们已经联系顺丰给您改地址了' },
    { name: 'eval R79: the courier will say it himself', reply: '快递员来电的时候会跟您讲一下' },
  ],
});

// Round 82 of the evaluation (the eightieth random draw, R80).
ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval R80: the customer the subject before the courier\'s call (…来电时，商量)', reply: '您可以快递员给您来电时，商量一下送货时间', expect: [{ text: '快递员给您来电时，商量', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R80: the courier will settle it himself', reply: '快递员给您打电话时会和您商量送货时间' },
  ],
});

// Round 83 of the evaluation (the eighty-first random draw, R81).
ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval R81: once the courier is named, the customer to call and settle it (no subject)', reply: '您看下物流，出了配送员电话就联系协调下哈', expect: [{ text: '配送员电话就联系协调', severity: 'error' }] },
    { name: 'eval R81: 反馈 to the courier left to the customer', reply: '这种情况可以跟快递员反馈一下', expect: [{ text: '跟快递员反馈', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R81: the shop will call', reply: '等出了配送员电话我们就联系协调下' },
    { name: 'eval R81: the shop passes it to the courier', reply: '我们这边跟快递员反馈一下' },
  ],
});

// Round 87 of the evaluation (the eighty-fifth random draw, R85).
ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval R85: the courier\'s call before delivery, the terms left to the customer', reply: '您等快递员上门前联系您的时候约好时间哦', expect: [{ text: '快递员上门前联系您的时候约好', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R85: the courier will call first, nothing left to the customer', reply: '快递员上门之前会联系您的哦' },
  ],
});

// Round 91 of the evaluation (the eighty-ninth random draw, R89).
ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval R89: 连系, a slip for 联系', reply: '可以的，您直接连系快递员就行', expect: [{ text: '连系快递员', severity: 'error' }] },
    { name: 'eval R89: told to (记得) settle it when the courier calls', reply: '快递员到时联系您记得商量一下哈', expect: [{ text: '快递员到时联系您记得商量', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R89: the courier will settle it himself', reply: '快递员到时联系您的时候会和您商量' },
  ],
});

// Round 93 of the evaluation (the ninety-first random draw, R91).
ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval R91: a bare 师傅 in a reply about the station manager is the courier', reply: '好的亲，您告诉师傅一声，晚点站长会联系他', expect: [{ text: '告诉师傅', severity: 'error' }] },
  ],
  valid: [
    { name: 'eval R91: a bare 师傅 in a reply about fitting is not', reply: '辛苦您告诉师傅一声，装好后我们会回访' },
  ],
});

// Round 104 of the evaluation (the hundred-and-second random draw, R102).
ruleTable('no-blame-courier', {
  invalid: [
    { name: 'eval R102: a delay put on the courier with 耽搁', reply: '这单应该是快递那边耽搁了', expect: [{ text: '是快递那边耽搁', severity: 'error' }] },
  ],
  valid: [
    { name: 'eval R102: the shop owning its own delay', reply: '是我们仓库这边耽搁了，非常抱歉' },
  ],
});
ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval R102: the number in a delivery reply left to the customer to call', reply: '快递到了站点后，您直接拨打这个电话就行', expect: [{ text: '您直接拨打这个电话', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R102: a number with nothing of delivery in the reply', reply: '优惠活动的事，您打这个电话问问' },
  ],
});

// Round 108 of the evaluation (the hundred-and-sixth random draw, R106).
ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval R106: a courier on his way (出发) left to the customer to call', reply: '师傅已经出发了，您自己直接致电他', expect: [{ text: '您自己直接致电', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R106: an installer to call, nothing of delivery', reply: '安装的事您自己直接致电这位师傅约时间' },
  ],
});

// Round 110 of the evaluation (the hundred-and-eighth random draw, R108).
ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval R108: the customer advised to ask the courier', reply: '建议您和快递员问一下有没有人代收', expect: [{ text: '和快递员问一下', severity: 'error' }] },
    { name: 'eval R108: a hold at the start is not the shop acting on the courier', reply: '马上为您核实下哦\n建议您和快递员问一下有没有人代收', expect: [{ text: '和快递员问一下', severity: 'error' }] },
  ],
  valid: [
    { name: 'eval R108: the shop asks the courier itself', reply: '我们和快递员问一下有没有人代收，稍后回复您' },
    { name: 'eval R108: the shop checking with the courier, later in the message', reply: '建议您和快递员说明一下，我们同时也会为您核实' },
  ],
});

// Round 111 of the evaluation (the hundred-and-ninth random draw, R109).
ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval R109: 他们 for the delivery men', reply: '配送员到了会打过来，到时您和他们说说就行', expect: [{ text: '和他们说说', severity: 'error' }] },
  ],
  valid: [
    { name: 'eval R109: 他们 with no courier named', reply: '商家那边我们和他们说说，稍后回复您' },
  ],
});

// Round 118 of the evaluation (the hundred-and-sixteenth random draw, R116).
ruleTable('no-redirect-to-courier', {
  invalid: [
    { name: 'eval R116: the courier\'s call named with its time between, then 与其', reply: '配送出发以前会来电，您那时与其商量下时间就可以了', expect: [{ text: '与其商量', severity: 'error' }] },
  ],
  valid: [
    { name: 'eval R116: 与其 … 不如, no courier', reply: '与其等待不如先申请退款，我们马上为您处理' },
  ],
});
