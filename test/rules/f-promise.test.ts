import * as assert from 'assert';
import { ruleTable } from '../helpers';
import { compilePattern } from '../../server/src/engine/match/pattern';
import { rules as eRules } from '../../server/src/engine/rules/e-register';
import { rules as fRules } from '../../server/src/engine/rules/f-promise';

ruleTable('no-exaggeration', {
  invalid: [
    { name: 'FX-001-08', reply: '这个品牌的性价比很高呢,相信您的眼光吧,看到后您肯定会喜欢的~到时候您的手机穿上这个外壳肯定惹人眼球的', expect: [{ text: '肯定会喜欢', severity: 'warning' }, { text: '肯定惹人眼球', severity: 'warning' }] },
    { reply: '我们家是全网最低价,绝对正品', expect: [{ text: '全网最低价', severity: 'warning' }, { text: '绝对正品', severity: 'warning' }] },
    { reply: '这款手机壳永不变色,用十年都不会坏', expect: [{ text: '永不变色', severity: 'warning' }, { text: '用十年都不会坏', severity: 'warning' }] },
    { reply: '纯棉面料,保证不过敏,零色差', expect: [{ text: '保证不过敏', severity: 'warning' }, { text: '零色差', severity: 'warning' }] },
    { name: 'statutory 国家级 is an error since the evaluation (was warning)', reply: '这是国家级品质,销量第一的品牌', expect: [{ text: '国家级', severity: 'error' }, { text: '销量第一', severity: 'warning' }] },
    { reply: '这款是店里最畅销的', expect: [{ text: '最畅销的', severity: 'warning' }] },
    { reply: '这是最好的手机壳,质量绝对没问题', expect: [{ text: '最好的手机壳', severity: 'warning' }, { text: '质量绝对没问题', severity: 'warning' }] },
    { name: 'FX-001-37 loss claim', reply: '我们公司现在都是没有利润甚至亏本的。希望您多多理解', expect: [{ text: '没有利润', severity: 'warning' }, { text: '亏本', severity: 'warning' }] },
    { name: 'FX-001-10 quality assurance is info', reply: '别家的品质我们不清楚哦,我们肯定是能保证质量的', expect: [{ text: '能保证质量', severity: 'info' }] },
    { name: 'FX-001-26 service aspiration is info', reply: '如果您能选择咱家,我们会在我们力所能及范围内给您最大的优惠和最优质的售前售后服务的。', expect: [{ text: '最大的优惠', severity: 'info' }, { text: '最优质的售前', severity: 'info' }] },
    { name: 'FX-001-07 opinion is info', reply: '相信我们产品颜色放在手机上哪个都是好看的', expect: [{ text: '哪个都是好看', severity: 'info' }] },
    { name: '保证正品 is info (§19.5)', reply: '亲,我们保证正品,请放心购买', expect: [{ text: '保证正品', severity: 'info' }] },
    { name: '相信 in the clause makes it an opinion', reply: '相信您收到一定会喜欢的', expect: [{ text: '一定会喜欢', severity: 'info' }] },
  ],
  valid: [
    { name: 'FX-001-06', reply: '亲,我们都是专业人员专业相机实物拍摄的呢,色差很小的,当然不同显示器显示可能稍有不同,不过一般影响不大,您可以在同事电脑上也打开看下~' },
    { reply: '这是今天最后一单了,我第一时间给您发出' },
    { reply: '最晚明天下午发货,最好是在五点前付款' },
    { reply: '您可以选最快的物流方式,第一次购买还有优惠' },
    { name: 'negated guarantee', reply: '我们不能保证百分百不过敏,敏感肌建议先在耳后试用' },
    { name: 'FX-000-02 service commitment', reply: '如果我们快递公司给您带来了不便,我们很抱歉给您添麻烦了。请您放心,我们一定给您一个满意的答复。' },
    { name: 'FX-001-12', reply: '这个品牌是很不错的,相信您不会买后悔的' },
    { reply: '最新款已经上架了,最近下单的顾客比较多' },
    { reply: '这款用的是万能充电接口' },
    { reply: '最好的办法是先申请退货' },
  ],
});

ruleTable('no-rash-delivery-promise', {
  invalid: [
    { name: 'FX-001-01', reply: '先生女士,您好!虽然我们库存量很大,但是抢购人数太多。为了保证您能及时收到宝贝,请抓紧时间付款,我们的配送团队将会全天候24小时加急发货。', expect: [{ text: '全天候24小时加急发货', severity: 'warning' }] },
    { reply: '您放心,明天保证给您送到', expect: [{ text: '保证给您送到', severity: 'warning' }] },
    { reply: '今天下单,三天内绝对能收到', expect: [{ text: '绝对能收到', severity: 'warning' }] },
    { reply: '明天一定到,您放心', expect: [{ text: '一定到', severity: 'warning' }] },
    { reply: '下午5点前付款,今天肯定发货', expect: [{ text: '肯定发货', severity: 'warning' }] },
    { name: 'FX-001-22 soft promise is info', reply: '如果您比较着急,可以先重新拍下一件,今天就优先给您发货哦,然后您退回来的宝贝到时候售后同事收到就给您办理退款,您看行吗?', expect: [{ text: '今天就优先给您发货', severity: 'info' }] },
    { name: 'FX-000-12 is info', reply: '谢谢您的惠顾,您就等着收货吧,合作愉快,就不打扰您了。', expect: [{ text: '就等着收货吧', severity: 'info' }] },
  ],
  valid: [
    { name: 'FX-001-14 model estimate', reply: '亲,下午五点前的单子一般还来得及配货的,今天发申通的话,正常情况是三天左右可以到哦~' },
    { name: 'FX-000-06 hedged by 估计', reply: '您的快递已经到了您所在的城市,只是物流信息还未及时更新,估计您今天就可以收到了。' },
    { name: 'FX-000-02 service commitment', reply: '请您放心,我们一定给您一个满意的答复。' },
    { reply: '有消息后我会第一时间联系您~' },
    { name: 'no concrete time', reply: '我们一定会尽快给您发货的' },
    { name: 'denied promise', reply: '需要调货发货的呢,无法保证明天一定可以收到的呢' },
    { reply: '正常明天一定能到,具体以物流为准哦' },
    { name: 'a question', reply: '您是一定要明天收到吗?' },
    { reply: '今天一定会发生这样的情况吗' },
    { reply: '需要您先联系卖家让他们今天就发货' },
  ],
});

ruleTable('no-blanket-yes', {
  invalid: [
    { customer: '明天必须给我送到,不然我就退款', reply: '好的好的,您说什么都行', expect: [{ text: '您说什么都行', severity: 'warning' }] },
    { customer: '给我补偿50块,不然差评', reply: '没问题没问题,都可以的亲', expect: [{ text: '没问题没问题', severity: 'warning' }] },
    { name: 'bare assent to a demand', customer: '今天必须给我发货', reply: '好的亲,没问题哦~', expect: [{ text: '好的', severity: 'warning' }] },
    { name: 'phrase without a customer line is info', reply: '行行行,都听您的', expect: [{ text: '行行行', severity: 'info' }, { text: '都听您的', severity: 'info' }] },
  ],
  valid: [
    { customer: '能开发票吗?', reply: '没问题的亲,可以开的' },
    { customer: '今天必须给我发货', reply: '亲,您的要求我记下了,我先帮您核实一下库存和物流,2分钟后给您准确答复,请稍等~' },
    { customer: '能发顺丰吗', reply: '好的,已经帮您备注顺丰了哦' },
    { customer: '这个颜色好看吗?', reply: '颜色都听您的,您喜欢哪个都可以' },
  ],
});

ruleTable('commitments-must-be-trackable', {
  invalid: [
    { reply: '我这边记录下来,明天上午给您回电', expect: [{ text: '明天上午给您回电', severity: 'info' }] },
    { reply: '我们给您补偿10元,请您查收', expect: [{ text: '补偿10元', severity: 'info' }] },
    { reply: '专员会在今天下班前给您答复', expect: [{ text: '今天下班前给您答复', severity: 'info' }] },
    { name: 'FX-001-17b: customer reports a broken promise', customer: '答应我昨天退怎么能不讲信用', reply: '亲,非常抱歉哦,有消息后我会第一时间联系您~', expect: [{ text: '亲', severity: 'info' }] },
  ],
  valid: [
    { reply: '我会尽快帮您跟进的' },
    { reply: '有消息后我会第一时间联系您~' },
    { name: 'a hedged estimate is not a commitment', reply: '退回后一般3天左右给您退款' },
    { reply: '退款会在1-3个工作日原路返回' },
  ],
});

ruleTable('urgency-claims-must-be-true', {
  invalid: [
    { name: 'FX-001-01', reply: '虽然我们库存量很大,但是抢购人数太多。请抓紧时间付款', expect: [{ text: '抢购人数太多', severity: 'info' }] },
    { name: 'FX-001-12', reply: '过两天可能活动就结束了呢,我们也支持七天无理由退换货的哦~', expect: [{ text: '过两天可能活动就结束', severity: 'info' }] },
    { name: 'FX-001-23', reply: '这件是很不错呢,库存也少了', expect: [{ text: '库存也少了', severity: 'info' }] },
    { reply: '这款只剩最后3件了,马上就要涨价了', expect: [{ text: '只剩最后3件', severity: 'info' }, { text: '马上就要涨价', severity: 'info' }] },
    { reply: '数量有限,先到先得', expect: [{ text: '数量有限', severity: 'info' }, { text: '先到先得', severity: 'info' }] },
  ],
  valid: [
    { reply: '这款活动价到本周日24点截止,您可以根据需要安排哦~' },
    { reply: '这是最后一个问题了,您看还有其他需要吗' },
    { reply: '您可以随时取消订单' },
    { reply: '这个颜色暂时没货了,其他颜色都有' },
    { name: 'answering a stock question', customer: '这款蓝色的还有货吗?', reply: '亲,蓝色目前库存紧张,需要开单到仓库配货才能确认' },
  ],
});

ruleTable('no-sob-story-pressure', {
  invalid: [
    { name: 'FX-001-37', reply: '我们公司现在都是没有利润甚至亏本的。希望您多多理解', expect: [{ text: '没有利润', severity: 'info' }, { text: '亏本', severity: 'info' }] },
    { reply: '您给差评我这个月工资就没了', expect: [{ text: '差评我这个月工资', severity: 'info' }] },
    { reply: '我们小本生意不容易,求求您改个好评吧', expect: [{ text: '小本生意', severity: 'info' }, { text: '求求您', severity: 'info' }] },
  ],
  valid: [
    { reply: '谢谢您答应帮我们修改。' },
    { reply: '给您带来不好的体验真的很抱歉,我们已经给您办理了补发,方便的话可以帮我们更新一下评价,不方便也没关系,感谢您的反馈~' },
    { reply: '放心,我们不会让您亏本的' },
  ],
});

describe('E/F phrase data', () => {
  it('every trigger and exception of categories E and F compiles', () => {
    const bad: string[] = [];
    for (const rules of [eRules, fRules]) {
      for (const r of rules) {
        for (const t of r.triggers ?? []) {
          for (const p of [t.pattern, ...(t.except ?? [])]) {
            try { compilePattern(p); } catch (e) { bad.push(`${r.meta.id}: ${p}: ${(e as Error).message}`); }
          }
        }
      }
    }
    assert.deepStrictEqual(bad, []);
  });
});

// ---- Cases added after the real-reply evaluation (eval/README.md). Each rewrites, in our own
// words, the kind of real reply that drove a tuning change; no corpus text is copied.

ruleTable('no-exaggeration', {
  invalid: [
    { name: 'ad-law statute: 最佳 as a claim is an error', reply: '这款面霜的保湿效果最佳', expect: [{ text: '最佳', severity: 'error' }] },
    { name: 'ad-law low-risk term: 最受欢迎', reply: '这款是今年最受欢迎的', expect: [{ text: '最受欢迎', severity: 'warning' }] },
    { name: 'ad-law low-risk term: 极致', reply: '给您带来极致的体验', expect: [{ text: '极致', severity: 'warning' }] },
    { name: 'eval: a loss claim stays a warning (seed trigger)', reply: '这款都是促销价,我们是亏本在卖的呢', expect: [{ text: '亏本', severity: 'warning' }] },
  ],
  valid: [
    { name: 'ad-law exception: best-before period', reply: '这款茶叶的最佳赏味期是12个月' },
    { name: 'eval: a price-history figure is data, not a claim', reply: '这个商品的历史最低价为868元' },
    { name: 'ad-law low-risk but ordinary sense: 最底下', reply: '您从屏幕最底下往上滑就可以返回' },
    { name: 'ad-law low-risk but a product name: 至尊', reply: '您买的是至尊高速存储卡对吗' },
    { name: 'ad-law low-risk but service effort: 最大程度', reply: '我们会最大程度帮您争取' },
  ],
});
