import * as assert from 'assert';
import { lintCase, ruleTable } from '../helpers';
import { rules as gRules } from '../../server/src/engine/rules/g-platform';

ruleTable('invoice-no-refusal', {
  invalid: [
    { reply: '不好意思亲,我们店不开发票的哦', expect: [{ text: '不开发票', severity: 'error' }] },
    { reply: '亲,发票开不了呢', expect: [{ text: '发票开不了' }] },
    { reply: '亲,小店没有发票的哦', expect: [{ text: '没有发票的' }] },
    { reply: '个人店铺不开票哈', expect: [{ text: '不开票' }] },
    { reply: '本店不提供发票,请谅解', expect: [{ text: '不提供发票' }] },
    { reply: '亲,这边开不了发票呢', expect: [{ text: '开不了发票' }] },
    { reply: '要发票的话就不能包邮了哦', expect: [{ text: '要发票的话就不能包邮' }] },
    { name: 'full-width punctuation and traditional characters', reply: '親，我們不開發票的哦！', expect: [{ text: '不開發票' }] },
  ],
  valid: [
    { reply: '亲,可以开发票的哦~麻烦您提供一下抬头和税号,我们会随货寄出' },
    { reply: '不用担心,发票可以开的,订单完成后会发电子发票给您' },
    { reply: '发票还没有开具出来,订单完成后系统会自动开具哦' },
    { reply: '目前还不能开发票,订单完成后就可以开了' },
    { reply: '个人抬头不能开增值税专用发票,可以为您开普通发票哦' },
    { reply: '您是不需要发票了吗?' },
    { reply: '您是不开发票对吗' },
    { reply: '如果您不开发票的话,下单时不勾选就可以' },
    { reply: '现在发票不开具办公用品的哦,可以选择大类或者明细' },
    { reply: '纸质发票不提供了,现在统一开电子发票' },
    { reply: '没有发票的话也可以正常保修的' },
    { reply: '包裹里没有发票,会单独寄给您哦' },
    { reply: '没有发票的问题,您放心' },
    { name: 're-issue refusal belongs to no-blunt-refusal (§19.9)', reply: '发票已经开具了,不能换开了哦' },
    { name: 'promo exclusion is owned by invoice-no-promo-exclusion', reply: '这款是特价商品,无法提供发票哦' },
    { name: 'excuse is owned by invoice-excuse-needs-reissue-plan', reply: '财务不在,开不了发票' },
    { name: 'title type is owned by invoice-title-company-or-personal', reply: '个人不能开发票哦' },
    { name: 'quoted customer speech', reply: '您说“你们不开发票”,其实是可以开的哦' },
  ],
});

ruleTable('invoice-no-extra-charge', {
  invalid: [
    { reply: '开发票需要您承担6%税点哦', expect: [{ text: '开发票需要您承担6%税点', severity: 'error' }] },
    { reply: '亲,开票要另加3个点的税费', expect: [{ text: '开票要另加3个点的税费' }] },
    { reply: '发票单独寄的话邮费需要您出哦', expect: [{ text: '发票单独寄的话邮费需要您出' }] },
    { reply: '发票到付的哦', expect: [{ text: '发票到付' }] },
    { reply: '含票价要贵一些哦', expect: [{ text: '含票价要贵' }] },
    { reply: '不要发票的话可以便宜5块', expect: [{ text: '不要发票的话可以便宜' }] },
    { reply: '要开票的话,税点您出哦', expect: [{ text: '税点您出' }] },
  ],
  valid: [
    { reply: '亲,发票是免费开具的,需要和货物分开寄的话邮费也由我们承担~' },
    { reply: '开发票不用您承担税点,您放心' },
    { reply: '发票邮寄费用由我们承担哦' },
    { reply: '发票的税点6%' },
    { reply: '这款商品的增值税税率是13%' },
    { reply: '开票不加税点的哦' },
    { reply: '税点您出吗?我们这边是含税价' },
    { reply: '不开发票也同样有优惠哦' },
  ],
});

ruleTable('invoice-no-promo-exclusion', {
  invalid: [
    { reply: '亲,这款是特价商品,无法提供发票哦', expect: [{ text: '特价商品,无法提供发票', severity: 'error' }] },
    { reply: '活动价不含发票的哦', expect: [{ text: '活动价不含发票' }] },
    { reply: '秒杀款不开发票', expect: [{ text: '秒杀款不开发票' }] },
    { reply: '打折了就不能开票了亲', expect: [{ text: '打折了就不能开票' }] },
  ],
  valid: [
    { reply: '亲,活动商品也是可以正常开发票的哦~' },
    { reply: '特价商品同样可以开发票,下单时填写抬头就可以' },
    { reply: '活动期间发票会随货寄出' },
  ],
});

ruleTable('invoice-excuse-needs-reissue-plan', {
  invalid: [
    { reply: '亲,我们纳税主体变更申请中,暂时开不了发票', expect: [{ text: '纳税主体变更', severity: 'error' }] },
    { reply: '发票打印机器维修中哦', expect: [{ text: '打印机器维修' }] },
    { reply: '当月限额发票用完还未申领,开不了呢', expect: [{ text: '限额发票用完' }] },
    { reply: '财务不在,无法开具发票', expect: [{ text: '财务不在' }] },
    { name: 'reissue without a time frame', reply: '财务不在,发票之后给您补寄哦', expect: [{ text: '财务不在', severity: 'error' }] },
    { name: 'only the postage statement is missing', reply: '发票机坏了,修好后3天内给您补寄发票', expect: [{ text: '发票机坏', severity: 'warning' }] },
  ],
  valid: [
    { reply: '亲,非常抱歉,本月发票额度用完了正在申领中,您的发票我们已登记,会在7个工作日内给您补寄,邮费由我们承担~' },
    { reply: '发票打印机器维修中,修好后3天内给您开电子发票发到邮箱' },
    { reply: '财务下午统一处理退款哦' },
    { reply: '财务不在,退款明天到账' },
    { reply: '您的发票丢了没有了的话,可以联系我们补开' },
  ],
});

ruleTable('invoice-category-and-entity-match', {
  invalid: [
    { reply: '亲,发票只能开办公用品哦', expect: [{ text: '发票只能开办公用品', severity: 'error' }] },
    { reply: '我们只能开“日用品”', expect: [{ text: '只能开“日用品' }] },
    { reply: '发票是我们合作公司开的哦', expect: [{ text: '发票是我们合作公司' }] },
    { reply: '开票方是另一家公司,您放心', expect: [{ text: '开票方是另一家公司' }] },
  ],
  valid: [
    { reply: '发票内容会按您购买的商品如实开具,开票方为本店经营公司' },
    { reply: '发票内容可以选择商品明细或者商品大类' },
    { reply: '现在发票不开具办公用品的哦,会按实际商品开' },
    { reply: '抱歉,发票不能开成办公用品的,会按实际购买的商品开具' },
    { reply: '发票可以开您其他公司的抬头,下单时填写就可以' },
  ],
});

ruleTable('invoice-title-company-or-personal', {
  invalid: [
    { reply: '亲,我们只能开个人抬头哦', expect: [{ text: '只能开个人抬头', severity: 'error' }] },
    { reply: '不能开公司抬头的', expect: [{ text: '不能开公司抬头' }] },
    { reply: '个人不能开发票哦', expect: [{ text: '个人不能开发票' }] },
    { reply: '公司抬头开不了哦', expect: [{ text: '公司抬头开不了' }] },
  ],
  valid: [
    { reply: '亲,个人和公司抬头都可以开的,公司抬头麻烦提供一下税号哦~' },
    { reply: '个人抬头不能开增值税专用发票,可以开普通发票哦' },
    { reply: '专票只能开公司抬头的哦' },
    { reply: '公司抬头不支持修改了哦' },
    { reply: '您需要开个人抬头还是公司抬头呢?' },
  ],
});

ruleTable('free-shipping-no-surcharge', {
  invalid: [
    { reply: '新疆西藏需要补10元运费哦', expect: [{ text: '新疆西藏需要补10元运费', severity: 'error' }] },
    { reply: '亲,偏远地区不包邮,请补差价', expect: [{ text: '偏远地区不包邮,请补差价' }] },
    { reply: '您那边是偏远地区,要加邮费的', expect: [{ text: '您那边是偏远地区,要加邮费' }] },
    { reply: '这款包邮的,不过您需要拍个补运费链接', expect: [{ text: '拍个补运费链接' }] },
    { name: 'generic demand on a free-shipping listing', reply: '您的地址要补运费哦', customer: '你们不是包邮吗', expect: [{ text: '您的地址要补运费' }] },
  ],
  valid: [
    { reply: '亲,您这单是包邮的哦,偏远地区也不用补运费~' },
    { reply: '我们这边就给您重发,发顺丰,不用您补运费' },
    { reply: '包邮默认中通,指定顺丰的话需要补差价哦' },
    { reply: '满99元包邮,不满的话需要补运费哦' },
    { reply: '1袋包邮,偏远地区不包邮哦' },
    { name: 'no free-shipping context', reply: '换货的话需要您补一下运费哦' },
  ],
});

ruleTable('credit-card-must-accept', {
  invalid: [
    { reply: '亲,我们不支持信用卡哦', expect: [{ text: '不支持信用卡', severity: 'error' }] },
    { reply: '不能刷信用卡的', expect: [{ text: '不能刷信用卡' }] },
    { reply: '信用卡付不了呢', expect: [{ text: '信用卡付不了' }] },
    { reply: '只能用储蓄卡或者余额支付哦', expect: [{ text: '只能用储蓄卡' }] },
    { reply: '亲,我们不做分期', expect: [{ text: '我们不做分期' }] },
  ],
  valid: [
    { reply: '亲,可以用信用卡付款的哦~' },
    { reply: '邮政的信用卡暂不支持快捷支付,其他银行都可以' },
    { reply: '秒杀活动商品不支持信用卡分期哦' },
    { reply: '不满600元不能分期哦' },
    { reply: '退款会原路退回信用卡,信用卡不能直接退现' },
    { reply: '您是不能用信用卡吗?' },
    { reply: '如果信用卡不行的话,也可以用花呗' },
    { reply: '信用卡无法使用这张优惠券哦' },
    { name: 'instalment limit stated with the seed condition', reply: '这款是秒杀活动,不支持信用卡分期哦' },
  ],
});

ruleTable('credit-card-no-surcharge', {
  invalid: [
    { reply: '刷信用卡要加3%手续费哦', expect: [{ text: '信用卡要加3%手续费', severity: 'error' }] },
    { reply: '信用卡付款的话手续费您出', expect: [{ text: '手续费您出' }] },
    { reply: '用信用卡的话要补差价', expect: [{ text: '信用卡的话要补差价' }] },
    { reply: '信用卡支付价格不一样的', expect: [{ text: '信用卡支付价格不一样' }] },
  ],
  valid: [
    { reply: '亲,信用卡付款不收任何额外费用的,您放心使用~' },
    { reply: '分期手续费每家银行不一样,以收银台显示为准' },
    { reply: '信用卡分期的手续费是银行收取的,以收银台显示为准' },
    { reply: '信用卡手续费由我们承担' },
    { reply: '用信用卡不加手续费的哦' },
    { reply: '信用卡付款出了点问题,您再试一下' },
  ],
});

ruleTable('cod-must-honor', {
  invalid: [
    { reply: '货到付款的我们不发哦', expect: [{ text: '货到付款的我们不发', severity: 'error' }] },
    { reply: '货到付款的订单要晚几天发', expect: [{ text: '货到付款的订单要晚几天发' }] },
    { reply: '您改成在线支付我们才发', expect: [{ text: '改成在线支付我们才发' }] },
    { reply: '货到付款的订单我们先取消了', expect: [{ text: '货到付款的订单我们先取消了' }] },
    { name: 'unknown whether the shop has COD: warning', reply: '不支持货到付款哦', expect: [{ text: '不支持货到付款', severity: 'warning' }] },
    { name: 'shop has COD enabled: error', reply: '不支持货到付款哦', config: { rules: { 'cod-must-honor': { options: { codEnabled: true } } } }, expect: [{ text: '不支持货到付款', severity: 'error' }] },
  ],
  valid: [
    { reply: '亲,支持货到付款的哦,您下单后我们会按正常时效为您发货~' },
    { reply: '本店暂不支持货到付款,可以用花呗付款哦', config: { rules: { 'cod-must-honor': { options: { codEnabled: false } } } } },
    { reply: '预售订单只支持在线支付,不支持货到付款' },
    { reply: '请问您需要货到付款吗?' },
    { reply: '货到付款的订单会在付款后发货吗?不会的,是先发货后付款' },
    { reply: '货到付款的订单如果您取消了,可以重新下单' },
  ],
});

ruleTable('no-leak-buyer-info', {
  invalid: [
    { name: 'third party: error', reply: '收件人是李四,电话138-1234-5678', expect: [{ text: '138-1234-5678', severity: 'error' }] },
    { reply: '您朋友下单留的手机是139 1234 5678', expect: [{ text: '139 1234 5678', severity: 'error' }] },
    { reply: '他的身份证号是11010519491231002X', expect: [{ text: '11010519491231002X', severity: 'error' }] },
    { name: 'public review reply: error', scenario: 'review', reply: '买家13812345678收到货后一直不回复', expect: [{ text: '13812345678', severity: 'error' }] },
    { name: 'echo in a chat: info', reply: '亲,跟您核对一下收货电话13812345678对吗', expect: [{ text: '13812345678', severity: 'info' }] },
    { name: 'address with a named recipient', reply: '收货人王先生,浙江省杭州市西湖区文三路88号3单元501室', expect: [{ text: '浙江省杭州市西湖区文三路88号3单元501室', severity: 'info' }] },
    { name: '+86 prefix', reply: '该买家电话+86 13912345678', expect: [{ text: '+86 13912345678', severity: 'error' }] },
  ],
  valid: [
    { reply: '亲,为保护买家隐私,订单信息需要用下单的账号来核对哦' },
    { reply: '收件电话138****5678,请您核对一下' },
    { reply: '您的退货单号1200458258899已经签收了' },
    { reply: '有问题可以拨打我们的客服热线400-118-2016' },
    { reply: '您的订单号13812345678901234已经发货' },
    { reply: '订单号13812345678,已经为您加急' },
    { reply: '到时候会拨打您订单上留的{手机号}联系您', config: {} },
    { reply: '配送员:[姓名x],电话:[电话x],请您保持电话畅通' },
    { name: 'desensitised placeholders stand for data the template fills in', reply: '收货人[姓名x],电话[电话x],地址北京[地址x],身份证[身份证号x]' },
    { reply: '您的快递已经到达北京市朝阳区建国路88号营业部了' },
    { reply: '请您寄回到浙江省杭州市西湖区文三路88号,王先生收' },
    { reply: '我们从浙江省杭州市发货' },
    { reply: '售后电话13912345678,有问题随时联系' },
    { name: 'order number that looks like an ID but fails the check digit', reply: '订单110105194912310021已退款' },
  ],
});

ruleTable('no-unilateral-order-close', {
  invalid: [
    { reply: '我这边先帮您把订单关了,您重新拍一下', expect: [{ text: '先帮您把订单关了', severity: 'error' }] },
    { reply: '超时没付款的订单我们会直接关闭', expect: [{ text: '超时没付款的订单我们会直接关闭' }] },
    { reply: '这单我们关掉了哦', expect: [{ text: '这单我们关掉' }] },
    { name: 'plain wording when the customer did not ask', reply: '好的,已经为您取消订单了', customer: '我的快递到哪了', expect: [{ text: '已经为您取消订单' }] },
  ],
  valid: [
    { reply: '亲,需要我帮您关闭这笔订单吗?您确认后我这边再操作哦~' },
    { reply: '未付款订单系统会在72小时后自动关闭' },
    { reply: '超时没付款的话订单会关闭哦' },
    { reply: '好的,已经为您取消订单了', customer: '帮我取消订单吧' },
    { reply: '好的,已经为您取消订单了' },
    { reply: '已经发货了,是无法直接取消订单的哦' },
    { reply: '您可以直接取消订单,重新下单就可以了' },
    { reply: '您可以在设置的时候先关闭移动数据' },
    { name: 'not about the order', reply: '已经为您取消退款申请了', customer: '退款申请不要了,我还是要这个货' },
  ],
});

ruleTable('seven-day-return-no-refusal', {
  invalid: [
    { reply: '亲,没有质量问题是不能退的哦', expect: [{ text: '没有质量问题是不能退', severity: 'error' }] },
    { reply: '不喜欢不给退哦', expect: [{ text: '不喜欢不给退' }] },
    { reply: '颜色不喜欢不属于退货范围', expect: [{ text: '颜色不喜欢不属于退货范围' }] },
    { reply: '非质量问题不予退货', expect: [{ text: '非质量问题不予退货' }] },
    { reply: '可退原因是少发发错,其它一律不可退', expect: [{ text: '其它一律不可退' }] },
    { reply: '拆封了就不能退了哦', expect: [{ text: '拆封了就不能退', severity: 'warning' }] },
    { reply: '特价商品不退不换的', expect: [{ text: '特价商品不退不换', severity: 'warning' }] },
  ],
  valid: [
    { reply: '亲,可以退的哦,只要商品不影响二次销售就可以办理~' },
    { reply: '亲您好,这个宝贝您不喜欢呀,我们这边加入了7天无理由退换货,如果包装没损坏的话您可以寄回来,我们给您退款' },
    { reply: '非质量问题退货的话,寄回运费需要您承担哦' },
    { reply: '已经超过7天了,不支持无理由退货了呢' },
    { reply: '定制商品都不能退哦' },
    { reply: '没有质量问题的话不能换货哦,可以退货重新拍' },
    { reply: '没有质量问题不支持仅退款哦,可以申请退货退款' },
  ],
});

ruleTable('seven-day-return-shipping-wording', {
  invalid: [
    { reply: '退货运费您自己出,不出就不给退', expect: [{ text: '退货运费您自己出,不出就不给退', severity: 'warning' }] },
    { reply: '先把运费补给我们再给您退', expect: [{ text: '先把运费补给我们再给您退', severity: 'warning' }] },
    { reply: '亲如果是您不喜欢 退换的来回运费是由买家承担的。', expect: [{ text: '退换的来回运费是由买家承担', severity: 'warning' }] },
    { name: 'leads with cost: info', reply: '寄回运费需要您承担哦', expect: [{ text: '寄回运费需要您承担', severity: 'info' }] },
  ],
  valid: [
    { reply: '可以退的哦~不喜欢退回的运费需要您承担,有运费险的话可以抵扣' },
    { reply: '亲,可以为您办理7天无理由退货的哦,商品不影响二次销售就可以;寄回运费需要您承担' },
    { reply: '如果是质量问题,来回运费都由我们承担' },
    { reply: '寄回运费不需要您承担哦' },
    { reply: '换货的话寄回运费需要您承担哦,我们寄出的运费我们承担' },
    { name: 'shop fault: owned by quality-issue-seller-pays-shipping', reply: '寄回运费需要您承担哦', customer: '收到的杯子是破损的' },
  ],
});

ruleTable('quality-issue-seller-pays-shipping', {
  invalid: [
    { reply: '质量问题的话运费您先出,我们不报销', expect: [{ text: '运费您先出', severity: 'error' }] },
    { reply: '发错货寄回的运费您自理哦', expect: [{ text: '寄回的运费您自理' }] },
    { reply: '破损的需要您先寄回来,运费您承担', expect: [{ text: '运费您承担' }] },
    { name: 'shop fault in the customer line', reply: '补发需要您补邮费哦', customer: '你们少发了一件', expect: [{ text: '需要您补邮费' }] },
    { name: 'advance and reimburse: info', reply: '质量问题的话运费您先垫付,收到后我们补给您', expect: [{ text: '运费您先垫付', severity: 'info' }] },
  ],
  valid: [
    { reply: '如果快递明天还没转过去,我们这边就给您重发,发顺丰,不用您补运费,您看行吗?', customer: '怎么给我发错地方了' },
    { reply: '那我们把手机壳的款项退给您好吗?或者我们免费包邮给您再补发一个过去' },
    { reply: '非质量问题退货的话,寄回运费需要您承担哦' },
    { reply: '如果是质量问题,运费我们承担;如果是个人原因,寄回运费需要您承担' },
    { reply: '质量问题的来回运费都由我们承担' },
    { reply: '寄回运费需要您承担哦', customer: '衣服颜色不喜欢想退' },
  ],
});

ruleTable('after-sales-window-30d', {
  invalid: [
    { reply: '已经确认收货了就不能售后了哦', expect: [{ text: '确认收货了就不能售后', severity: 'warning' }] },
    { reply: '交易成功就不管了哦', expect: [{ text: '交易成功就不管了' }] },
    { reply: '过了7天就不能处理了', customer: '用了两周就坏了', expect: [{ text: '过了7天就不能处理' }] },
  ],
  valid: [
    { reply: '亲,交易成功30天内出现质量问题都可以申请售后的,麻烦您拍一下问题部位的照片' },
    { reply: '已经超过7天了,不支持无理由退货了呢', customer: '衣服不喜欢想退' },
    { reply: '确认收货后不能申请价保哦' },
    { reply: '确认收货后不能直接退款了,您可以申请售后处理' },
  ],
});

ruleTable('no-off-platform-payment', {
  invalid: [
    { reply: '加我微信转账就可以', expect: [{ text: '加我微信转账', severity: 'warning' }] },
    { reply: '直接打到我银行卡上吧', expect: [{ text: '打到我银行卡' }] },
    { reply: '支付宝转我就行', expect: [{ text: '支付宝转我' }] },
    { reply: '我给您发个收款码,扫码付款', expect: [{ text: '给您发个收款码,扫码付款' }] },
    { reply: '线下付款给您便宜点', expect: [{ text: '线下付款' }] },
  ],
  valid: [
    { reply: '亲,为了保障您的资金安全,需要通过平台下单付款哦~' },
    { reply: '余额不足的话,可以用银行卡、花呗或找朋友代付~' },
    { reply: '退款会原路退回到您的银行卡' },
    { reply: '企业采购可以选择公司转账,在结算页选择即可' },
    { reply: '货到付款时师傅有pos机,也可以微信转账给师傅' },
    { reply: '不能线下付款哦,请在平台下单' },
    { reply: '财务会通过银行卡打款给您' },
    { reply: '您可以扫一下二维码进行支付' },
    { reply: '添加微信客服可以领取红包哦' },
  ],
});

ruleTable('review-reply-public-rules', {
  invalid: [
    {
      scenario: 'review', reply: '该买家(电话13812345678)要求退部分货款未果后差评',
      expect: [{ text: '该买家', severity: 'error' }, { text: '13812345678' }],
    },
    { scenario: 'review', reply: '这是职业差评师,大家不要相信', expect: [{ text: '职业差评师' }] },
    { scenario: 'review', reply: '尺码为手工测量,有误差属于国家标准允许的', expect: [{ text: '国家标准允许' }] },
    { scenario: 'review', reply: '快递公司不是我们开的,请您多担待', expect: [{ text: '快递公司不是我们开的' }] },
  ],
  valid: [
    { scenario: 'review', reply: '感谢您的反馈,给您带来不便非常抱歉,我们已联系您为您补发,欢迎随时联系我们' },
    { name: 'not a review reply', reply: '这是职业差评师' },
  ],
});

describe('category G docs examples', () => {
  for (const r of gRules) {
    it(`${r.meta.id}: docs.bad examples fire, docs.good examples stay clean`, () => {
      const scenario = r.meta.id === 'review-reply-public-rules' ? 'review' : undefined;
      // examples annotated with a context in （…） need that context (customer line, option) to decide
      for (const ex of r.meta.docs.bad.filter((e) => !e.includes('（'))) {
        assert.ok(lintCase({ reply: ex, scenario }).findings.some((f) => f.ruleId === r.meta.id), `bad example not flagged: ${ex}`);
      }
      for (const ex of r.meta.docs.good.filter((e) => !e.includes('（'))) {
        assert.deepStrictEqual(lintCase({ reply: ex, scenario }).findings.filter((f) => f.ruleId === r.meta.id).map((f) => f.message), [], ex);
      }
    });
  }
});

// ---- Cases added after the real-reply evaluation (eval/README.md). Each rewrites, in our own
// words, the kind of real reply that drove a tuning change; no corpus text is copied.

ruleTable('seven-day-return-no-refusal', {
  invalid: [
    { name: 'eval: bare refusal of no-reason returns', reply: '质量问题可以退,无理由的不支持哦', expect: [{ text: '无理由的不支持', severity: 'error' }] },
  ],
  valid: [
    { name: 'eval: what a no-reason return does not cover is no refusal', reply: '无理由退货不支持退运费哦,商品完好就可以退' },
  ],
});

ruleTable('invoice-excuse-needs-reissue-plan', {
  invalid: [
    { name: 'eval: invoice already issued, the excuse only explains slow mail', reply: '发票今天已经开具了,只是财务放假,邮寄会慢一点', expect: [{ text: '财务放假', severity: 'info' }] },
  ],
  valid: [],
});

// The second random draw of real replies (eval R2).
ruleTable('seven-day-return-no-refusal', {
  invalid: [
    { name: 'eval R2: 拆封之后是不支持退货的', reply: '您好,这款商品拆封之后是不支持退货的', expect: [{ text: '拆封之后是不支持退货', severity: 'warning' }] },
  ],
  valid: [],
});

ruleTable('no-off-platform-payment', {
  invalid: [
    { name: 'eval R2: paid into an account the agent gives', reply: '您把钱打到我提供的支付宝账号上就可以', expect: [{ text: '打到我提供的支付宝账号', severity: 'warning' }] },
  ],
  valid: [],
});
