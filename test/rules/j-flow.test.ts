import * as assert from 'assert';
import { lintText } from '../../server/src/engine';
import { ruleTable } from '../helpers';

describe('service-flow-complete', () => {
  const lib = [
    'huashu: 1',
    'scripts:',
    '  - id: pre.open',
    '    scenario: pre-sales',
    '    stage: opening',
    '    reply: 您好,欢迎光临,请问有什么可以帮您?',
    '  - id: pre.ask',
    '    scenario: pre-sales',
    '    stage: inquiry',
    '    reply: 请问您平时穿多大的码呢?',
    '  - id: after.handle',
    '    scenario: after-sales',
    '    stage: handling',
    '    reply: 非常抱歉,我马上为您补发',
    '  - id: pre.handle',
    '    scenario: pre-sales',
    '    stage: handling',
    '    reply: 这款是纯棉的哦,现在下单还有优惠',
    '  - id: after.close',
    '    scenario: after-sales',
    '    stage: closing',
    '    reply: 感谢您的理解,祝您生活愉快!',
    '  - id: loose',
    '    reply: 好的',
    '  - id: unstaged.logistics',
    '    scenario: logistics',
    '    reply: 亲,包裹已经到您所在的城市了',
    '  - id: review.reply',
    '    scenario: review',
    '    stage: handling',
    '    reply: 谢谢您的支持哦',
  ].join('\n') + '\n';
  const r = lintText(lib);
  const got = r.findings.filter((f) => f.ruleId === 'service-flow-complete');

  it('reports once per scenario, on the id of its first script', () => {
    assert.deepStrictEqual(r.ruleErrors, []);
    assert.deepStrictEqual(got.map((f) => [r.text.slice(f.start, f.end), f.severity, f.scriptId]), [
      ['pre.open', 'warning', 'pre.open'],
      ['after.handle', 'warning', 'after.handle'],
    ]);
  });
  it('lists the missing stages in Chinese', () => {
    assert.match(got[0].message, /售前/);
    assert.match(got[0].message, /邀评（invite-review）、结尾（closing）/);
    assert.doesNotMatch(got[0].message, /开头（opening）/);
    assert.match(got[1].message, /售后/);
    assert.match(got[1].message, /开头（opening）、询问（inquiry）、邀评（invite-review）/);
  });
  it('is clean when every stage is covered', () => {
    const full = ['huashu: 1', 'scripts:', ...['opening', 'inquiry', 'handling', 'invite-review', 'closing'].flatMap((st) => [
      `  - id: c.${st}`, '    scenario: complaint', `    stage: ${st}`, '    reply: 非常抱歉给您带来不便,我马上为您补发',
    ])].join('\n') + '\n';
    const res = lintText(full);
    assert.deepStrictEqual(res.findings.filter((f) => f.ruleId === 'service-flow-complete'), []);
  });
  it('honours the stages option', () => {
    const res = lintText(lib, { config: { rules: { 'service-flow-complete': { severity: 'warning', options: { stages: ['opening', 'inquiry', 'handling'] } } }, phrases: [], allow: [] } });
    const ids = res.findings.filter((f) => f.ruleId === 'service-flow-complete').map((f) => f.scriptId);
    assert.deepStrictEqual(ids, ['after.handle']);
  });
});

ruleTable('complaint-must-offer-remedy', {
  invalid: [
    { name: 'FX-001-17a', customer: '你们收到货怎么还不退款呢', reply: '您寄回来的那个件我们正在找呢', expect: [{ text: '您寄回来的那个件我们', severity: 'error' }] },
    { name: 'FX-000-05 for a product problem', customer: '收到的杯子是碎的', reply: '亲,我们感到非常的抱歉。我们对每一位顾客的购物体验都非常的重视,您反馈的情况我们今后一定加以改进,希望我们能让您满意。', expect: [{ text: '亲,我们感到非常的抱', severity: 'error' }] },
    { name: 'FX-000-14 (no customer line, the reply names the problem)', scenario: 'complaint', reply: '亲的货被快递公司遗失了,请找快递公司索赔', expect: [{ text: '亲的货被快递公司遗失', severity: 'error' }] },
    { name: 'a refused remedy is no remedy', customer: '东西坏了', reply: '抱歉,这个没办法给您退款', expect: [{ text: '抱歉,这个没办法给您', severity: 'error' }] },
    { name: 'FX-001-18: evidence step only', customer: '你们给我发错货!怎么解决吧?', reply: '亲,非常抱歉哦,是我们的失误,发错的是哪款呢,可以麻烦您拍张照片吗?', expect: [{ text: '亲,非常抱歉哦', severity: 'info' }] },
    { name: 'FX-000-02: a promise only', scenario: 'complaint', customer: '快递把东西压坏了', reply: '如果我们快递公司给您带来了不便,我们很抱歉给您添麻烦了,请您放心,我们一定给您一个满意的答复。', expect: [{ text: '如果我们快递公司给您', severity: 'info' }] },
  ],
  valid: [
    { scenario: 'complaint', customer: '快递说包裹丢件了', reply: '亲,您好,非常抱歉给您带来了不好的购物体验,您看我们这边可以给您重新安排发货吗?' },
    { customer: '东西有点划痕', reply: '要不这样我们给您退10元钱作为补偿好吗' },
    { scenario: 'after-sales', reply: '如果您收到宝贝有质量问题,我们将无条件的为您退换货,请您放心。' },
    { customer: '发错货了', reply: '非常抱歉,我们这边就给您重发,发顺丰,不用您补运费,您看行吗?' },
    { name: 'service feedback needs no remedy (FX-000-05)', scenario: 'complaint', customer: '你们客服态度太差了', reply: '亲,我们感到非常的抱歉。您反馈的情况我们今后一定加以改进。' },
    { name: 'closing stage', scenario: 'complaint', stage: 'closing', customer: '东西坏了', reply: '感谢您的耐心,祝您生活愉快' },
    { name: 'hypothetical problem, no customer line', scenario: 'after-sales', reply: '如果收到有破损,请随时联系我们' },
  ],
});

ruleTable('promise-follow-up', {
  invalid: [
    { reply: '您寄回来的那个件我们正在找呢', expect: [{ text: '正在找', severity: 'warning' }] },
    { reply: '已经反馈给仓库了', expect: [{ text: '已经反馈给仓库', severity: 'warning' }] },
    { reply: '您的退款正在审核中哦', expect: [{ text: '正在审核', severity: 'warning' }] },
    { name: 'FX-001-15: own action but no report-back', reply: '亲,很抱歉让您失望了,仓库在加紧配货了呢,我会帮您催的哦~', expect: [{ text: '加紧配货', severity: 'info' }] },
  ],
  valid: [
    { reply: '您寄回的包裹我们正在仓库加急核对,今天18点前一定给您结果~' },
    { reply: '已经反馈给仓库了,有消息后我会第一时间联系您~' },
    { reply: '请稍等我马上联系快递给您处理哦' },
    { reply: '我们已经为您补发了,单号稍后发给您' },
  ],
});

ruleTable('invite-review-or-favorite', {
  invalid: [
    { stage: 'invite-review', reply: '好的,已经给您安排发货了', expect: [{ text: '好的,已经给您安排发', severity: 'info' }] },
    { name: 'review asked for in an unresolved complaint', customer: '收到的是坏的', reply: '麻烦给个五星好评哦', expect: [{ text: '五星', severity: 'warning' }] },
    { name: 'paid review', reply: '好评返现5元,记得截图找客服哦', expect: [{ text: '好评返现', severity: 'warning' }] },
  ],
  valid: [
    { stage: 'invite-review', reply: '记得帮咱家收藏一下宝贝和店铺哦。' },
    { stage: 'invite-review', reply: '收到宝贝有任何问题随时找我,满意的话欢迎给我们好评哦~' },
    { name: 'complaint resolved first', customer: '收到的是坏的', reply: '非常抱歉,已经为您补发了,收到满意的话欢迎给个好评哦' },
    { name: 'reward us with stars is not a bribe', reply: '如果您对我的服务满意,请您用五星奖励我们' },
    { name: 'limit of five is not a rating', reply: '这款限购五份的哦' },
  ],
});

ruleTable('presale-sales-guidance', {
  invalid: [
    { scenario: 'pre-sales', stage: 'handling', reply: '这款是纯棉的', expect: [{ text: '这款是纯棉的', severity: 'info' }] },
  ],
  valid: [
    { scenario: 'pre-sales', stage: 'handling', reply: '这款是纯棉的哦,现在活动满199减20,很划算的~' },
    { scenario: 'pre-sales', stage: 'handling', reply: '第一次购买之后就是我们老顾客了,下次您带朋友来给您更多优惠哦~' },
    { name: 'inquiry stage', scenario: 'pre-sales', stage: 'inquiry', reply: '请问您平时穿多大的码呢?' },
    { name: 'after-sales is no place to sell', scenario: 'after-sales', stage: 'handling', reply: '这款是纯棉的' },
  ],
});

// ---- Cases added after the real-reply evaluation (eval/README.md). Each rewrites, in our own
// words, the kind of real reply that drove a tuning change; no corpus text is copied.

ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval: the agent\'s own contact in progress is info', reply: '我帮您联系一下商家,正在联系', expect: [{ text: '正在联系', severity: 'info' }] },
    { name: 'eval: 也会催 is the agent\'s next step (info)', reply: '问题正在处理当中,这边也会及时催促一下的', expect: [{ text: '正在处理', severity: 'info' }] },
    { name: 'eval: pending with nothing else', reply: '售后在审核中哦', expect: [{ text: '审核中', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval: a call back is promised (与您…联系)', reply: '工作人员正在核实,核实后会与您电话联系' },
    { name: 'eval: watch for the phone', reply: '这边已经反馈同事处理了,辛苦您注意接听电话' },
    { name: 'eval: a submitted refund is no open issue', reply: '这边已经帮您提交售后退款了呢' },
    { name: 'eval: the station gave a time', reply: '站点反馈下午会配送的' },
    { name: 'eval: checking inside the chat is a hold, not an open issue', reply: '正在查看哈' },
    { name: 'eval: the review time is given', reply: '这个退款商家正在审核中,24小时审核时间的哦' },
  ],
});

// The second random draw of real replies (eval R2).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R2: urged on to someone, no report-back', reply: '您好,已经催促专人尽快核实了,请您耐心等待', expect: [{ text: '已经催促专人', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R2: urged on, with a report-back', reply: '您好,已经催促专人尽快核实了,有结果会第一时间通知您' },
  ],
});

// Round 7 of the evaluation (the fifth random draw, R5).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R5: left waiting for after-sales', reply: '亲 已提交售后申请 等待售后安排退款哦', expect: [{ text: '等待售后安排', severity: 'warning' }] },
  ],
  valid: [
    { name: 'waiting is all it takes', reply: '等待仓库审核就可以了' },
  ],
});

// Round 12 of the evaluation (the tenth random draw, R10).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R10: handed to the developers, no answer promised', reply: '我们转给程序人员进行处理了,感谢您的反馈', expect: [{ text: '转给程序人员进行处理', severity: 'warning' }] },
  ],
  valid: [
    { name: 'handing on as the purpose of a request', reply: '麻烦您提供详细地址,以便我方及时转给相关部门核实' },
  ],
});

// Round 15 of the evaluation (the thirteenth random draw, R13).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R13: left as a message for after-sales, no answer promised', reply: '已留言售后', expect: [{ text: '已留言售后', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 16 of the evaluation (the fourteenth random draw, R14).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R14: passed on for checking, no answer promised', reply: '已详细记录并转派给专人核查,感谢您的关注', expect: [{ text: '转派给专人核查', severity: 'warning' }] },
  ],
  valid: [
    { name: 'passing on as the purpose of a request, further back', reply: '麻烦您私信提供电话,以便小U可以帮您转交给工作人员核查处理' },
  ],
});

// Round 18 of the evaluation (the sixteenth random draw, R16).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R16: recorded and passed to colleagues, nothing more', reply: '您好，您说的问题已记录,反馈给相关同事.', expect: [{ text: '反馈给相关同事', severity: 'warning' }] },
  ],
  valid: [
    { name: 'a suggestion passed on', reply: '感谢您的建议，我们会反馈给相关部门并不断改进' },
    { name: 'passed on, with a report-back promised', reply: '已反馈给相关同事，有结果第一时间通知您' },
    { name: 'advice to the customer', reply: '您可以反馈给相关部门' },
  ],
});

// Round 19 of the evaluation (the seventeenth random draw, R17).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R17: will pass it to the warehouse, nothing more', reply: '好的，会反馈仓库处理的', expect: [{ text: '会反馈仓库处理', severity: 'warning' }] },
  ],
  valid: [
    { name: 'passed on, with an answer promised', reply: '好的，会反馈仓库处理，有结果马上告诉您' },
  ],
});

// Round 22 of the evaluation (the twentieth random draw, R20).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R20: passed up to a specialist, the shop\'s own step said, no report-back (info)', reply: '关于您说的问题，我为您反馈到专员为您处理，', expect: [{ text: '为您反馈到专员为您处理', severity: 'info' }] },
    { name: 'handed to the staff, nothing more', reply: '您的情况已反馈到相关部门处理.', expect: [{ text: '反馈到相关部门处理', severity: 'warning' }] },
  ],
  valid: [
    { name: 'passed up, with a call back promised', reply: '我为您反馈到专员为您处理，24小时内给您回电' },
  ],
});

// Round 36 of the evaluation (the thirty-fourth random draw, R34).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'handed to the warehouse, nothing said since', reply: '已经反馈给仓库了', expect: [{ text: '已经反馈给仓库', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R34: handed on, and where it stands now', reply: '发货后现在在运输途中了，已经反馈给仓库加急' },
  ],
});

// Round 42 of the evaluation (the fortieth random draw, R40).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R40: passed on to no one named, a done hand-off is no next step', reply: '您说的情况已给您上报了，请等待', expect: [{ text: '情况已给您上报', severity: 'warning' }] },
    { name: 'a promise to solve it without a subject: a hint', reply: '您的问题已给您登记，一定尽快处理哈', expect: [{ text: '问题已给您登记', severity: 'info' }] },
    { name: 'the shop will send someone to repair: a hint', reply: '这个情况已给您上报，这边会派人检修', expect: [{ text: '情况已给您上报', severity: 'info' }] },
  ],
  valid: [],
});

// Round 43 of the evaluation (the forty-first random draw, R41).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R41: a message left with no one named and no report-back', reply: '已经帮您留言了哦', expect: [{ text: '已经帮您留言', severity: 'warning' }] },
  ],
  valid: [
    { name: 'left with the station, the result promised', reply: '已经帮您留言给站点了，有结果马上告诉您' },
  ],
});

// Round 46 of the evaluation (the forty-fourth random draw, R44).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R44: escalated again, no report-back', reply: '小美已再次上报主管', expect: [{ text: '已再次上报主管', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 47 of the evaluation (the forty-fifth random draw, R45).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R45: others asked to handle it, no report-back', reply: '我们已经请同事在核实了', expect: [{ text: '已经请同事在核实', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the same with a report-back', reply: '我们已经请同事在核实了，有结果马上通知您' },
  ],
});

// Round 48 of the evaluation (the forty-sixth random draw, R46).
ruleTable('promise-follow-up', {
  invalid: [],
  valid: [
    { name: 'eval R46: handed on, with the day to look again', reply: '已经联系同事核实，建议您3号再查看一下' },
  ],
});

// Round 49 of the evaluation (the forty-seventh random draw, R47).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R47: passed on to the handlers, no report-back', reply: '嗯,已转达给工作人员了', expect: [{ text: '已转达给工作人员', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the same with a report-back', reply: '已经转达给工作人员，今天之内回复您' },
  ],
});

// Round 51 of the evaluation (the forty-ninth random draw, R49).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R49: handed on again, only "wait"', reply: '这个会再次转交给相关部门处理', expect: [{ text: '会再次转交给相关部门处理', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 52 of the evaluation (the fiftieth random draw, R50).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R50: passed to the warehouse for the customer, no report-back (the hand-off is not the next step)', reply: '已经为您反馈仓库核实处理', expect: [{ text: '已经为您反馈仓库核实处理', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R50: the days and the result said', reply: '小美已反馈给财务核实了，5个工作日内会告知结果' },
  ],
});

// Round 53 of the evaluation (the fifty-first random draw, R51).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R51: 正在为您… with no report-back (the 为您 between no longer hides it)', reply: '正在帮您核实呢亲', expect: [{ text: '正在帮您核实', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the same with a report-back', reply: '正在帮您核实呢亲，有结果马上告诉您' },
    { name: 'asked whether someone is handling it', reply: '请问师傅有没有正在帮您处理？' },
  ],
});

// Round 54 of the evaluation (the fifty-second random draw, R52).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R52: recorded and passed on, no report-back', reply: '好的，已登记并转交给同事', expect: [{ text: '已登记并转交给同事', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the same with a report-back', reply: '好的，已登记并转交给同事，明天中午前回复您' },
  ],
});

// Round 55 of the evaluation (the fifty-third random draw, R53).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R53: passed to the technicians (反馈给了), no report-back', reply: '已经反馈给了技术人员，会尽快排查的', expect: [{ text: '已经反馈给了技术人员', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the same with a report-back', reply: '已经反馈给了技术人员，有了结果马上告诉您' },
  ],
});

// Round 57 of the evaluation (the fifty-fifth random draw, R55).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R55: "being actively followed up" is the open issue, not a promise', reply: '工单目前正在积极跟进，请谅解', expect: [{ text: '正在积极跟进', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the customer asked to keep watching for it (请您继续留意)', reply: '同事正在跟进呢，请您继续留意' },
  ],
});

// Round 59 of the evaluation (the fifty-seventh random draw, R57).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R57: being solved (正在为您解决), no report-back', reply: '同事正在为您解决，耐心等一等', expect: [{ text: '正在为您解决', severity: 'warning' }] },
  ],
  valid: [
    { name: 'the same with a report-back', reply: '同事正在为您解决，有结果马上告诉您' },
  ],
});

// Round 68 of the evaluation (the sixty-sixth random draw, R66).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R66: handed on with nothing for the customer to watch', reply: '问题已转给网络部门处理中', expect: [{ text: '处理中', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R66: 敬请关注 asks the customer to watch for the answer', reply: '问题已转给网络部门处理中，敬请关注' },
  ],
});

// Round 71 of the evaluation (the sixty-ninth random draw, R69).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R69: handed on with no offer before it', reply: '我们马上转交给网络部工作人员核查', expect: [{ text: '转交给网络部工作人员核查', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R69: what will happen once the customer writes in (您可以私信…,…会反馈到…)', reply: '您也可私信宽带的账号,小沃会马上转交给网络部工作人员核查' },
  ],
});

// Round 73 of the evaluation (the seventy-first random draw, R71).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R71: being settled with another party, no report-back', reply: '问题已确认,正在和厂商沟通解决', expect: [{ text: '正在和厂商沟通解决', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R71: the same with a report-back', reply: '问题已确认,正在和厂商沟通解决,有结果马上通知您' },
  ],
});

// Round 81 of the evaluation (the seventy-ninth random draw, R79).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R79: handed on with 向 before the team, the customer told to wait, no report-back', reply: '我们会尽快向技术人员反馈，敬请耐心等待', expect: [{ text: '会尽快向技术人员反馈，敬请耐心等待', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R79: a suggestion passed on, nothing to report back', reply: '这条建议小编将向有关部门转达，多谢支持' },
  ],
});

// Round 83 of the evaluation (the eighty-first random draw, R81).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R81: recorded and to be passed on, the customer only told to wait', reply: '问题我们已登记并将尽快上报，敬请耐心等待', expect: [{ text: '登记并将尽快上报，敬请耐心等待', severity: 'warning' }] },
    { name: 'eval R81: someone else now handling it, no report-back', reply: '售后专员已经介入处理啦', expect: [{ text: '已经介入处理', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R81: handled, with the result promised', reply: '售后专员已经介入处理啦，有结果马上告诉您' },
  ],
});

// Round 84 of the evaluation (the eighty-second random draw, R82).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R82: handed on, said as the whole step', reply: '嗯嗯，这边会反馈仓库的哦', expect: [{ text: '会反馈仓库的哦', severity: 'warning' }] },
    { name: 'eval R82: an issue followed, with nothing said of the result', reply: '正在跟进当中', expect: [{ text: '正在跟进', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R82: a suggestion passed on', reply: '您的建议小妹会反馈仓库的哦' },
    { name: 'eval R82: where the result will show (留意查看)', reply: '正在跟进当中，您留意查看短信哈' },
  ],
});

// Round 86 of the evaluation (the eighty-fourth random draw, R84).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R84: handed to finance, nothing said of what comes', reply: '已转交财务处理了', expect: [{ text: '已转交财务处理', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R84: all the customer need do is wait for the refund', reply: '已转交财务处理了，等待到账即可呢' },
  ],
});

// Round 87 of the evaluation (the eighty-fifth random draw, R85).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R85: to be checked, nothing said of the result', reply: '小编会马上对您反映的情况进行核实', expect: [{ text: '会马上对您反映的情况进行核实', severity: 'warning' }] },
    { name: 'eval R85: waiting on the warehouse is still open', reply: '已反馈仓库，正在等待仓库处理', expect: [{ text: '已反馈仓库', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R85: checked, with the result promised', reply: '小编会马上对您反映的情况进行核实，有结果马上联系您' },
    { name: 'eval R85: a cancellation\'s status, shown on the order', reply: '您的取消申请商家收到了，目前等待商家审核呢' },
  ],
});

// Round 89 of the evaluation (the eighty-seventh random draw, R87).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R87: passed to 相应的 staff, no report-back', reply: '已经把问题反馈给相应的同事了', expect: [{ text: '反馈给相应的同事', severity: 'warning' }] },
    { name: 'eval R87: handed on with a bare 转 (its 跟进 is the hand-off\'s own word)', reply: '问题已转有关人员跟进，请知晓', expect: [{ text: '已转有关人员跟进', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R87: handed on, with the result promised', reply: '问题已转有关人员跟进，有结果会电话联系您' },
  ],
});

// Round 94 of the evaluation (the ninety-second random draw, R92).
ruleTable('promise-follow-up', {
  invalid: [],
  valid: [
    // (round 99 set this back: the shop's own 帮您反馈 is its own action, a hint at most, as base18 1105 is labelled)
    { name: 'eval R92: the shop\'s own 帮您反馈处理 is not an issue left open', reply: '收到，帮您反馈处理' },
    { name: 'eval R92: the details asked for first, then what happens once they come', reply: '麻烦您私信提供一下手机号和地址，这边为您反馈处理' },
    { name: 'eval R92: 以便…反馈处理 says why the details are asked for', reply: '请把具体情况私信给我们，以便尽快为您反馈处理' },
    { name: 'eval R92: passed on, with the answer promised', reply: '收到，帮您反馈处理，明天中午前给您回复' },
  ],
});

// Round 95 of the evaluation (the ninety-third random draw, R93).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R93: 加紧解决, being solved with no answer promised', reply: '很抱歉，信号问题我们在加紧解决，请再耐心等等', expect: [{ text: '加紧解决', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R93: 加紧解决 with the answer promised', reply: '信号问题我们在加紧解决，修好后第一时间通知您' },
  ],
});

// Round 96 of the evaluation (the ninety-fourth random draw, R94).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R94: the problem passed on with 将', reply: '我们已经将此问题反馈给相关部门', expect: [{ text: '已经将此问题反馈给相关部门', severity: 'warning' }] },
    { name: 'eval R94: recorded and passed on, the customer told to wait', reply: '已经记录并反馈了您的问题，请耐心等待', expect: [{ text: '已经记录并反馈了您的问题', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R94: recorded and passed on, with the answer promised', reply: '已经记录并反馈了您的问题，有进展会私信告诉您' },
  ],
});

// Round 97 of the evaluation (the ninety-fifth random draw, R95).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R95: passed on with 向 before the team, the customer only told to note it', reply: '已向有关同事反馈，请知悉', expect: [{ text: '已向有关同事反馈', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R95: passed on, with the answer promised', reply: '已向技术人员反馈，有结果会第一时间告诉您' },
  ],
});

// Round 99 of the evaluation (the ninety-seventh random draw, R97).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R97: pushed again, the customer only told to wait', reply: '我们已再次催促为您核实处理，请耐心等候', expect: [{ text: '已再次催促为您核实', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R97: pushed again, with the answer promised', reply: '已再次催促为您核实处理，明天中午前给您回复' },
    { name: 'eval R97: the shop\'s own 这边帮您反馈 is its own action', reply: '好的呢，这边帮您反馈哦' },
  ],
});

// Round 100 of the evaluation (the ninety-eighth random draw, R98).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R98: passed to the seller, nothing said of an answer', reply: '已经反馈商家加急处理了哦', expect: [{ text: '已经反馈商家', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R98: passed to the seller, with the answer promised', reply: '已经反馈商家加急处理了，今晚八点前给您回复' },
  ],
});

// Round 101 of the evaluation (the ninety-ninth random draw, R99).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R99: to be checked again with another party, nothing said of an answer', reply: '我们会再次和厂家核实情况，抱歉', expect: [{ text: '会再次和厂家核实情况', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R99: checked again, with the answer promised', reply: '我们会再次和厂家核实，明天给您答复' },
  ],
});

// Round 102 of the evaluation (the hundredth random draw, R100).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R100: passed on, with nothing asked of the customer first', reply: '小编会反馈给工作人员核实处理', expect: [{ text: '反馈给工作人员', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R100: what happens once the customer writes in, asked with 麻烦', reply: '麻烦您通过私信提供下电话，小编会反馈给工作人员核实处理' },
  ],
});

// Round 103 of the evaluation (the hundred-and-first random draw, R101).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R101: handed to the station (反映), nothing said of an answer', reply: '抱歉，帮您反映站点处理了，耐心等等', expect: [{ text: '帮您反映站点处理', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R101: handed to the station, with the answer promised', reply: '帮您反映站点处理了，明天上午前给您回复' },
  ],
});

// Round 107 of the evaluation (the hundred-and-fifth random draw, R105).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R105: another department to be chased, nothing said of an answer', reply: '这边会督促相关人员', expect: [{ text: '会督促相关人员', severity: 'warning' }] },
    { name: 'eval R105: the same after 我们 (the shop\'s own act does not cover it)', reply: '抱歉，我们会催促相关部门', expect: [{ text: '会催促相关部门', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R105: chased, with the answer promised', reply: '我们这边会催促相关部门，明天之前给您答复' },
  ],
});

// Round 117 of the evaluation (the hundred-and-fifteenth random draw, R115).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R115: chasing with no one named as doing it', reply: '这个还正在催促站点处理', expect: [{ text: '正在催', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R115: the agent\'s own chasing', reply: '妹子正在催促仓库尽快给您发出' },
  ],
});

// Round 118 of the evaluation (the hundred-and-sixteenth random draw, R116).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R116: the warehouse named as the one handling it, nothing more', reply: '仓库在核实了哦', expect: [{ text: '仓库在核实', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R116: the same with the report-back promised', reply: '仓库在核实了，今天下班前给您回复' },
  ],
});

// Round 120 of the evaluation (the hundred-and-eighteenth random draw, R118).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R118: a specialist handling it, nothing more', reply: '这个有专员在处理的', expect: [{ text: '专员在处理', severity: 'warning' }] },
  ],
  valid: [],
});

// Round 122 of the evaluation (the hundred-and-twentieth random draw, R120).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R120: handed on, its 跟进 the hand-off\'s own words', reply: '已转交同事跟进处理了哦', expect: [{ text: '已转交同事跟进处理', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R120: handed on, the answer promised', reply: '已转交同事跟进处理,今天内给您回电' },
  ],
});

// Round 123 of the evaluation (the hundred-and-twenty-first random draw, R121).
ruleTable('promise-follow-up', {
  invalid: [
    { name: 'eval R121: the same hand-off with nothing asked first', reply: '好的，我们可以为您反馈给厂家处理', expect: [{ text: '为您反馈给厂家处理', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R121: details asked for first, then what the shop can do with them', reply: '您把单号和手机发给我一下，我们可以为您反馈给厂家处理' },
  ],
});
