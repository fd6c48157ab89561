import * as assert from 'assert';
import { lintCase, ruleTable } from '../helpers';
import { noLeakCompanyInfo } from '../../server/src/engine/rules/h-confidential/no-leak-company-info';

ruleTable('no-leak-company-info', {
  invalid: [
    { reply: '希望您多多理解,我们公司现在都是没有利润甚至亏本的。', expect: [{ text: '没有利润', severity: 'warning' }] },
    { reply: '我们进价就要50', expect: [{ text: '我们进价就' }] },
    { reply: '这款利润只有5块', expect: [{ text: '利润只有' }] },
    { reply: '厂家是东莞的一家代工厂', expect: [{ text: '厂家是东莞的一家代工厂' }] },
    { reply: '收到中差评我会被扣工资的', expect: [{ text: '中差评我会被扣工资' }] },
    { reply: '我们主管说了不能退', expect: [{ text: '主管说了' }] },
    { reply: '仓库那个新来的总出错', expect: [{ text: '新来的总出错' }] },
    { reply: '这个月的KPI还差一点', expect: [{ text: 'KPI' }] },
    { name: 'internal discipline: info', reply: '谢谢您的建议哦,这边会找出责任人并严惩的', expect: [{ text: '找出责任人并严惩', severity: 'info' }] },
  ],
  valid: [
    { reply: '亲,这个价格已经是我们的活动优惠价了,品质和售后都有保障的哦~' },
    { reply: '我们是厂家直销,价格很实惠' },
    { reply: '我们从杭州发货,默认发中通' },
    { reply: '我帮您申请一下主管,争取给您优惠' },
    { reply: '清仓商品成本价出售' },
    { reply: '我已经跟主管说了,会尽快给您答复' },
    { reply: '我已经投诉快递了,快递员会被罚款的' },
  ],
});

describe('no-leak-company-info docs examples', () => {
  it('docs.bad examples fire, docs.good examples stay clean', () => {
    for (const ex of noLeakCompanyInfo.meta.docs.bad) {
      assert.ok(lintCase({ reply: ex }).findings.some((f) => f.ruleId === 'no-leak-company-info'), ex);
    }
    for (const ex of noLeakCompanyInfo.meta.docs.good) {
      assert.deepStrictEqual(lintCase({ reply: ex }).findings.filter((f) => f.ruleId === 'no-leak-company-info').length, 0, ex);
    }
  });
});
