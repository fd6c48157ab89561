import * as assert from 'assert';
import { lintCase, ruleTable, underlined } from '../helpers';
import { CONTACT_TERMS, PLATFORM_TERMS, REVIEW_WORDS, REWARD_WORDS } from '../../server/src/engine/rules/k-platform-contact/terms';

ruleTable('no-off-platform-contact', {
  invalid: [
    { reply: '有问题可以加我微信详细说', platform: 'taobao', expect: [{ text: '微信', severity: 'error' }] },
    { reply: '有问题可以加我微信详细说', expect: [{ text: '微信', severity: 'warning' }] },
    { reply: '亲,加我威信:abc123,给您优惠', platform: 'pdd', expect: [{ text: '威信', severity: 'error' }] },
    { reply: '加我 V 信 聊', platform: 'douyin', expect: [{ text: 'V 信' }] },
    { reply: '我的手机号是138 1234 5678,有事打我', platform: 'tmall', expect: [{ text: '138 1234 5678' }] },
    { reply: '直接打我电话13812345678', platform: 'taobao', expect: [{ text: '13812345678' }] },
    { reply: '扫码加我好友,发您优惠券', platform: 'taobao', expect: [{ text: '扫码加我好友' }] },
    { reply: '我们在拼多多也有店,那边更便宜', platform: 'taobao', expect: [{ text: '拼多多' }] },
    { reply: '淘宝上同款更便宜', platform: 'jd', expect: [{ text: '淘宝' }] },
    { reply: '这个问题我们私聊吧', platform: 'taobao', expect: [{ text: '私聊' }] },
    { reply: '您QQ多少,我加您', platform: 'taobao', expect: [{ text: 'QQ' }] },
    { reply: '加我好友,朋友圈每天有新品', platform: 'taobao', expect: [{ text: '加我好友' }, { text: '朋友圈' }] },
    { name: 'a QQ number written against QQ', reply: '这样吧,您加一下QQ1926911971,我帮您看看', platform: 'taobao', expect: [{ text: 'QQ1926911971' }] },
    { name: 'WeChat transfer to a person stays flagged (the money context does not cover 转账)', reply: '也可以微信转账给师傅', platform: 'jd', expect: [{ text: '微信' }] },
    // a money word in the sentence does not hide a contact cue
    { reply: '付款后加我微信,给您返现', platform: 'taobao', expect: [{ text: '微信' }] },
    { reply: '我的微信号是abc123,退款的事在那边说', platform: 'taobao', expect: [{ text: '微信' }] },
    { reply: '退款慢的话微信联系我', platform: 'taobao', expect: [{ text: '微信' }] },
    { reply: '退款的话加威信处理更快', platform: 'taobao', expect: [{ text: '威信' }] },
    { reply: '有事直接微信找我,到账了告诉您', platform: 'jd', expect: [{ text: '微信' }] },
    { name: 'a customer-provided number is not hidden by a hotline declared for another number', reply: '打我手机13912345678', platform: 'taobao', config: { rules: { 'no-off-platform-contact': { options: { hotlines: ['13800000000'] } } } }, expect: [{ text: '13912345678' }] },
  ],
  valid: [
    { reply: '亲,有任何问题直接在这里留言,我们会第一时间为您处理~', platform: 'taobao' },
    { reply: '可以使用微信支付哦', platform: 'jd' },
    { reply: '退款会退回微信零钱,请注意查收', platform: 'jd' },
    { reply: '京东配送很快的', platform: 'jd' },
    { reply: '我们发京东快递哦', platform: 'taobao' },
    { reply: '拼多多的活动规则是这样的', platform: 'pdd' },
    { reply: '有问题可以私信我们哦', platform: 'douyin' },
    { reply: '欢迎关注我们的官方微博了解新品', platform: 'taobao' },
    { reply: '售后热线 400-800-1234,工作日 9:00-18:00', platform: 'taobao' },
    { reply: '您的订单号 13345678901 已发货', platform: 'jd' },
    { reply: '运单号 13312345678', platform: 'jd' },
    { reply: '您预留的手机号13812345678可以接收验证码吗', platform: 'jd' },
    { reply: '我们不会让您加微信的,请放心在平台内沟通', platform: 'taobao' },
    { reply: '请稍微，信息已经同步给仓库了', platform: 'taobao' },
    { reply: '这款TV X系列支持4K', platform: 'taobao' },
    { reply: '加vip会员享9折', platform: 'taobao' },
    { reply: '提到拼多多也没关系', platform: 'generic' },
    { reply: '您说“加个微信吧”,不好意思,我们只能在平台内沟通哦', platform: 'taobao' },
    { name: 'the shop hotline declared in config', reply: '官方客服电话 138-0000-0000', platform: 'taobao', config: { rules: { 'no-off-platform-contact': { options: { hotlines: ['13800000000'] } } } } },
    { reply: '扫描包装上的防伪二维码验证真伪', platform: 'taobao' },
    // real replies (rewritten): WeChat as a refund or payment channel, a product name, an app feature
    { name: 'refund times per channel', reply: '退款周期：信用卡3到15个工作日，微信1到3个工作日退回', platform: 'jd' },
    { name: 'refund times per channel, generic shop', reply: '储蓄卡3-7个工作日，微信1-3个工作日到账', platform: 'generic' },
    { name: 'a balance refund', reply: '用微信付的是退回京东余额，1到3天到账', platform: 'jd' },
    { name: 'paying the courier on delivery', reply: '货到付款时可以刷卡，也可以给现金，微信不一定支持', platform: 'jd' },
    { name: 'a carrier SIM product', reply: '这款微信沃卡流量是定向免费的', platform: 'generic' },
    { name: 'an app feature', reply: 'QQ空间上传照片会自动压缩', platform: 'generic' },
    { name: 'the way into JD\'s WeChat shop', reply: '您进入微信，点发现，再点购物就能申请价保', platform: 'jd' },
  ],
});


ruleTable('no-review-incentive', {
  invalid: [
    { reply: '好评返现5元,记得截图找客服哦', expect: [{ text: '好评返现', severity: 'error' }] },
    { reply: 'hp返现哦亲', expect: [{ text: 'hp返现' }] },
    { reply: '好平反现,亲', expect: [{ text: '好平反现' }] },
    { reply: '好 评 返 现,亲', expect: [{ text: '好 评 返 现' }] },
    { reply: '追评送运费险', expect: [{ text: '追评送' }] },
    { reply: '晒单返现3元', expect: [{ text: '晒单返现' }] },
    { reply: '您把差评删掉,我们返您20元', expect: [{ text: '差评删掉,我们返' }] },
    { reply: '五星好评后联系客服领红包', expect: [{ text: '五星好评后联系客服领红包' }] },
  ],
  valid: [
    { reply: '收到宝贝满意的话,欢迎给我们一个好评哦~' },
    { reply: '本店没有好评返现活动,请您按真实感受评价' },
    { reply: '下单领红包,收到满意给个好评' },
    { reply: '您给的差评我们已经看到了,非常抱歉,马上为您补发' },
    { reply: '您说“好评返现”是别家的活动,我们没有哦' },
  ],
});

/** Every variant in the term data, in a reply of its own: the finding covers exactly the variant. */
describe('no-off-platform-contact: every variant of the term data', () => {
  for (const t of CONTACT_TERMS) {
    for (const v of t.variants) {
      it(`${t.term} ← ${v.form} (${v.kind})`, () => {
        const reply = `有问题可以加我 ${v.form} 详细聊`;
        const r = lintCase({ reply, platform: 'taobao' });
        const got = r.findings.filter((f) => f.ruleId === 'no-off-platform-contact').map((f) => underlined(r, f));
        assert.deepStrictEqual(got, [v.form]);
      });
    }
  }
  for (const t of PLATFORM_TERMS) {
    for (const v of t.variants) {
      it(`${t.term} ← ${v.form} (${v.kind}) in another platform's shop, clean in its own`, () => {
        const reply = `这款在 ${v.form} 上也有卖`;
        const other = t.term === '京东' ? 'taobao' : 'jd';
        const r = lintCase({ reply, platform: other });
        assert.deepStrictEqual(r.findings.filter((f) => f.ruleId === 'no-off-platform-contact').map((f) => underlined(r, f)), [v.form]);
        const own = { 淘宝: 'taobao', 天猫: 'tmall', 京东: 'jd', 拼多多: 'pdd', 抖音: 'douyin' }[t.term];
        if (own) {
          const r2 = lintCase({ reply, platform: own });
          assert.deepStrictEqual(r2.findings.filter((f) => f.ruleId === 'no-off-platform-contact').map((f) => underlined(r2, f)), []);
        }
      });
    }
  }
});

describe('no-review-incentive: every review and reward variant', () => {
  for (const v of REVIEW_WORDS) {
    it(`review ← ${v.form} (${v.kind})`, () => {
      const r = lintCase({ reply: `亲,${v.form}返现5元哦` });
      assert.deepStrictEqual(r.findings.filter((f) => f.ruleId === 'no-review-incentive').map((f) => underlined(r, f)), [`${v.form}返现`]);
    });
  }
  for (const v of REWARD_WORDS) {
    it(`reward ← ${v.form} (${v.kind})`, () => {
      const r = lintCase({ reply: `亲,好评${v.form} 哦` });
      assert.deepStrictEqual(r.findings.filter((f) => f.ruleId === 'no-review-incentive').map((f) => underlined(r, f)), [`好评${v.form}`]);
    });
  }
});

// Round 6 of the evaluation (the fourth random draw, R4).
ruleTable('no-review-incentive', {
  invalid: [
    { name: 'eval R4: a screenshot of the good review, the cash further on', reply: '实在抱歉,您给个好评截图给我这边,小二让财务给您返现5元', expect: [{ text: '好评截图给我这边,小二让财务给您返现', severity: 'error' }] },
  ],
  valid: [
    { name: 'a review screenshot without a reward', reply: '您的好评截图我们收到了,感谢您的支持' },
  ],
});

// Round 7 of the evaluation (the fifth random draw, R5).
ruleTable('no-off-platform-contact', {
  invalid: [],
  valid: [
    { name: 'eval R5: a refund back to WeChat (原返)', reply: '款项原返微信的哈' },
  ],
});

// Round 9 of the evaluation (the seventh random draw, R7).
ruleTable('no-off-platform-contact', {
  invalid: [
    { name: 'the shop asking to be added on WeChat is still reported (warning with no platform set)', reply: '有问题可以加我们微信聊', expect: [{ text: '微信', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R7: asking whether someone else reached the customer on WeChat', reply: '请问是不是有陌生人通过微信联系您让您刷单呢?' },
    { name: 'a fraud warning naming QQ', reply: '谨防冒充客服的人加您QQ退款' },
  ],
});

// Round 10 of the evaluation (the eighth random draw, R8).
ruleTable('no-off-platform-contact', {
  invalid: [
    { name: 'a support QQ to add, the verb further back in the clause', reply: '还有疑问可以添加技术支持qq', expect: [{ text: 'qq', severity: 'warning' }] },
    { name: 'a WeChat account to follow', reply: '您可以关注我们的微信在线办理', expect: [{ text: '微信', severity: 'warning' }] },
  ],
  valid: [
    { name: "eval R8: troubleshooting the app's video calls", reply: '这个问题是否在用过微信视频通话后出现的呢?' },
    { name: "eval R8: a Moments emoticon's display", reply: '麻烦您私信说明一下这个朋友圈表情是在什么设备上显示的' },
    { name: 'reinstalling the app', reply: '您可以把微信卸载后重新安装试试' },
  ],
});

// Round 12 of the evaluation (the tenth random draw, R10).
ruleTable('no-off-platform-contact', {
  invalid: [
    { name: "eval R10: the agent's own mailbox", reply: '我的工作邮箱是abc@example.com,后续有问题可以联系', expect: [{ text: '我的工作邮箱', severity: 'warning' }] },
    { name: 'eval R10: write to me by email', reply: '后续有问题可以发邮件给我', expect: [{ text: '发邮件给我', severity: 'warning' }] },
  ],
  valid: [
    { name: "the customer's mailbox for an electronic invoice", reply: '麻烦您提供一下邮箱,电子发票发到您邮箱' },
  ],
});

// Round 20 of the evaluation (the eighteenth random draw, R18).
ruleTable('no-off-platform-contact', {
  invalid: [],
  valid: [
    { name: 'eval R18: a campaign run on WeChat, asked about', reply: '您好，请问您参加微信活动的账号名称是什么？' },
  ],
});

// Round 26 of the evaluation (the twenty-fourth random draw, R24).
ruleTable('no-off-platform-contact', {
  invalid: [
    { name: 'a WeChat account to add is still a contact', reply: '有问题可以加我们的微信账号咨询', expect: [{ text: '微信', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R24: where news will be announced', reply: '有新品消息会第一时间在官网和微信账号公布的' },
  ],
});

// Round 28 of the evaluation (the twenty-sixth random draw, R26).
ruleTable('no-off-platform-contact', {
  invalid: [
    { name: 'a cue beside the name is still a contact', reply: '加微信的哦', expect: [{ text: '微信', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R26: the name alone as an answer (how it was paid)', reply: '微信的哦' },
  ],
});

// Round 33 of the evaluation (the thirty-first random draw, R31).
ruleTable('no-off-platform-contact', {
  invalid: [
    { name: 'chatting on WeChat offered is still a contact', reply: '加我微信聊吧', expect: [{ text: '微信', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R31: a fault of the app, and its chat history backed up', reply: '可能是微信的bug,可以先导出微信聊天记录,再重装' },
  ],
});

// Round 41 of the evaluation (the thirty-ninth random draw, R39).
ruleTable('no-off-platform-contact', {
  invalid: [],
  valid: [
    { name: 'eval R39: WeChat\'s own messages (微信信息), the app talked about', reply: '您的微信信息发送正常吗' },
  ],
});

// Round 44 of the evaluation (the forty-second random draw, R42).
ruleTable('no-off-platform-contact', {
  invalid: [],
  valid: [
    { name: 'eval R42: a caller\'s number described as a private one', reply: '亲，对方为个人号码，您可以先举报' },
  ],
});

// Round 47 of the evaluation (the forty-fifth random draw, R45).
ruleTable('no-off-platform-contact', {
  invalid: [],
  valid: [
    { name: 'eval R45: what the WeChat app does to pictures', reply: '手机里的微信发图片时会自动压缩画质' },
    { name: 'sharing photos to Moments, compressed', reply: '朋友圈分享照片时会被压缩一些' },
  ],
});

// Round 55 of the evaluation (the fifty-third random draw, R53).
ruleTable('no-off-platform-contact', {
  invalid: [
    { name: 'a QQ asked for beside it', reply: '有问题加我QQ号', expect: [{ text: 'QQ', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R53: the customer\'s bound QQ where a service sends notices', reply: '出票后系统向您所绑定的QQ号推送行程提醒' },
  ],
});

// Round 62 of the evaluation (the sixtieth random draw, R60).
ruleTable('no-off-platform-contact', {
  invalid: [
    { name: 'WeChat offered as a contact, sharing said after it', reply: '加我微信分享给您', expect: [{ text: '微信', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R60: sharing through the WeChat app', reply: '可以用微信分享给家人一起看' },
  ],
});

// Round 76 of the evaluation (the seventy-fourth random draw, R74).
ruleTable('no-off-platform-contact', {
  invalid: [
    { name: 'eval R74: following the shop on WeChat is still a channel', reply: '微信关注了我们就能随时找到客服', expect: [{ text: '微信', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R74: a locker account the customer already follows, notifying them', reply: '您微信关注了丰巢的话 取件码就不再发短信了' },
  ],
});

// Round 83 of the evaluation (the eighty-first random draw, R81).
ruleTable('no-off-platform-contact', {
  invalid: [
    { name: 'eval R81: a contact cue beside the name still counts', reply: '您可以加微信沟通', expect: [{ text: '微信', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R81: reinstalling the app and backing it up is about the app itself', reply: '建议先备份数据再重装微信试试' },
  ],
});

// Round 87 of the evaluation (the eighty-fifth random draw, R85).
ruleTable('no-off-platform-contact', {
  invalid: [
    { name: 'eval R85: our account to follow', reply: '您可以关注我们的公众号', expect: [{ text: '公众号', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R85: accounts in general, as a data plan counts them', reply: '各类公众号推送的内容不算在套餐里' },
  ],
});

// Round 95 of the evaluation (the ninety-third random draw, R93).
ruleTable('no-off-platform-contact', {
  invalid: [
    { name: 'eval R93: a contact sent privately, to be added', reply: '技术的联系方式已发给您，请添加一下', expect: [{ text: '联系方式已发给您，请添加一下', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R93: an account sent, nothing to add', reply: '账号已经发给您，不用添加' },
  ],
});

// Round 109 of the evaluation (the hundred-and-seventh random draw, R107).
ruleTable('no-off-platform-contact', {
  invalid: [],
  valid: [
    { name: 'eval R107: the app\'s own font talked about', reply: '您是说 QQ 里的字体突然变小了吗' },
  ],
});

// Round 115 of the evaluation (the hundred-and-thirteenth random draw, R113).
ruleTable('no-off-platform-contact', {
  invalid: [],
  valid: [
    { name: 'eval R113: WeChat as the channel a fee was paid through', reply: '通过支付宝、微信等平台交的费用会晚一点到' },
  ],
});

// Round 117 of the evaluation (the hundred-and-fifteenth random draw, R115).
ruleTable('no-off-platform-contact', {
  invalid: [
    { name: 'eval R115: a path in WeChat that ends in adding someone', reply: '您打开微信 点击 通讯录 然后添加我们的号', expect: [{ text: '微信', severity: 'warning' }] },
  ],
  valid: [
    { name: 'eval R115: a path through the WeChat menus to the shop\'s own service', reply: '您打开微信 点开 我 再选服务 找到订单申请退款就行' },
  ],
});

// Round 118 of the evaluation (the hundred-and-sixteenth random draw, R116).
ruleTable('no-off-platform-contact', {
  invalid: [],
  valid: [
    { name: 'eval R116: quitting the app and opening it again', reply: '请问您退出微信再重新进入，还是打不开吗' },
  ],
});

// Round 123 of the evaluation (the hundred-and-twenty-first random draw, R121).
ruleTable('no-off-platform-contact', {
  invalid: [],
  valid: [
    { name: 'eval R121: the app\'s message sound', reply: '若微信的提示音是打开的，来消息时会响' },
  ],
});
