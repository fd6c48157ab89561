import { ruleTable } from '../helpers';

ruleTable('no-disparage-competitor', {
  invalid: [
    { name: 'FX-002-08 synthetic', reply: '别家的都是高仿货', expect: [{ text: '别家的都是高仿货', severity: 'error' }] },
    { reply: '那家用的是回收料', expect: [{ text: '那家用的是回收料', severity: 'error' }] },
    { reply: '别家评价都是刷的', expect: [{ text: '别家评价都是刷的', severity: 'error' }] },
    { reply: '亲,他们家质量很差的,还是选我们吧', expect: [{ text: '他们家质量很差', severity: 'error' }] },
    { name: 'generic market talk is a warning', reply: '市面上很多都是仿品,认准我们官方店哦', expect: [{ text: '市面上很多都是仿品', severity: 'warning' }] },
    { name: 'FX-001-10 insinuation', reply: '亲,虽然宝贝看起来很像,但是图片并不能代表真相,别家的品质我们不清楚哦,亲可以货比三家哦~', expect: [{ text: '图片并不能代表真相', severity: 'warning' }] },
    { name: 'FX-001-11 runs down the other channel', customer: '可是我实店里的也5折啊', reply: '亲,谢谢您对我们品牌的关注哦~相信实体店只是“5折起”,真正5折的应该只有几款老款的', expect: [{ text: '实体店只是“5折起', severity: 'warning' }] },
    { name: 'FX-001-25 implied lower grade, customer compared', customer: '谁家的同款才一半的钱,你们家的太贵了。', reply: '亲,外观一样的东西也有档次区别的呀,结合咱家用的原料以及咱们的做工、售后服务来算的话,这款价格还是非常划算的。', expect: [{ text: '外观一样的东西也有档次区别', severity: 'warning' }] },
    { name: 'cheap-means-bad when comparing', customer: '别家才卖二十块', reply: '便宜没好货的亲', expect: [{ text: '便宜没好货', severity: 'warning' }] },
  ],
  valid: [
    { reply: '亲可以货比三家哦~' },
    { reply: '别家的情况我们不太了解,我们家这款是加厚材质,支持7天无理由' },
    { name: 'the negative word is about us', reply: '别家的我们不清楚,我们家的不是假货,支持专柜验货' },
    { reply: '亲,理解您会比较价格哦~我们家这款用的是加厚TPU材质,四角防摔,支持7天无理由和运费险' },
    { name: 'comparing our own two items, no other shop', reply: '这两款看起来差不多,区别是材质不同哦' },
    { name: 'a photo disclaimer without another shop', reply: '图片不能代表实物颜色,以收到的为准哦' },
    { name: 'the send-away is not disparagement', reply: '一分价一分货,要便宜,去别家买。' },
  ],
});

ruleTable('no-send-customer-elsewhere', {
  invalid: [
    { name: 'FX-000-19', reply: '一分价一分货,要便宜,去别家买。', expect: [{ text: '要便宜,去别家买', severity: 'error' }] },
    { reply: '嫌贵您可以去别家', expect: [{ text: '嫌贵您可以去别家', severity: 'error' }] },
    { reply: '别家便宜您去别家买吧', expect: [{ text: '去别家买', severity: 'error' }] },
    { reply: '觉得贵就别买了', expect: [{ text: '觉得贵就别买了', severity: 'error' }] },
    { reply: '那您去拼多多买吧', expect: [{ text: '去拼多多买', severity: 'error' }] },
    { name: 'not sold here is info (§19.12)', reply: '我们店没有这款哦,您可以去别家看看', expect: [{ text: '去别家看看', severity: 'info' }] },
    { name: 'a store to try it on is info (§19.12)', reply: '建议您去实体店试穿一下', expect: [{ text: '去实体店试穿', severity: 'info' }] },
  ],
  valid: [
    { reply: '亲可以货比三家哦~' },
    { reply: '别家的情况我们不太了解,我们家这款是加厚材质' },
    { reply: '亲,价格方面确实是我们的实在价了,这款的做工和售后都有保障,您收藏一下,活动的时候我第一时间通知您~' },
    { name: 'negated', reply: '我们家就有同款,不用去别家找了' },
    { reply: '如果您收到不满意,不用拍新的,我们直接给您换' },
  ],
});

ruleTable('price-value-cliche', {
  invalid: [
    { name: 'paired with a send-away (FX-000-19)', reply: '一分价一分货,要便宜,去别家买。', expect: [{ text: '一分价一分货', severity: 'error' }] },
    { name: 'alone (FX-001-26)', reply: '我也不否认您说的那个价格,但是毕竟一分钱一分货', expect: [{ text: '一分钱一分货', severity: 'info' }] },
    { reply: '便宜没好货的亲', expect: [{ text: '便宜没好货', severity: 'info' }] },
    { reply: '好货不便宜,贵有贵的道理', expect: [{ text: '好货不便宜', severity: 'info' }, { text: '贵有贵的道理', severity: 'info' }] },
    { name: 'an info-level redirect does not escalate', reply: '一分钱一分货哦,建议您去实体店试穿一下', expect: [{ text: '一分钱一分货', severity: 'info' }] },
  ],
  valid: [
    { reply: '结合咱家用的原料以及咱们的做工、售后服务来算的话,这款价格还是非常划算的。' },
    { reply: '这款用的是加厚材质,四角防摔,还支持7天无理由,性价比很高的哦' },
  ],
});
