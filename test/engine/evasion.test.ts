/**
 * Evasion table: disguised violations, each with the rule and the exact original characters the
 * finding must underline (inserted symbols included); near-misses that must stay clean; and a
 * property: inserting zero-width characters, spaces or symbols inside a violating term keeps the
 * finding, whose range covers the same original characters plus what was inserted.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { lintCase, underlined } from '../helpers';
import { fold } from '../../server/src/engine/text/fold';

const RULES = ['no-off-platform-contact', 'no-review-incentive'];

interface Row { reply: string; platform?: string; rule?: string; expect: string }

const ZW = '\u200b';
const EVASIONS: Row[] = [
  // width, case, styled Latin
  { reply: '加我ＶＸ详细聊', expect: 'ＶＸ' },
  { reply: '加我Vx详细聊', expect: 'Vx' },
  { reply: '加我𝐯𝐱详细聊', expect: '𝐯𝐱' },
  { reply: '加我Ⓥⓧ详细聊', expect: 'Ⓥⓧ' },
  { reply: '加我🅥🅧详细聊', expect: '🅥🅧' },
  { reply: '加我ＷＥＩＸＩＮ详细聊', expect: 'ＷＥＩＸＩＮ' },
  // zero-width and bidi controls
  { reply: `加我微${ZW}信详细聊`, expect: `微${ZW}信` },
  { reply: '加我微\u2060信详细聊', expect: '微\u2060信' },
  { reply: '加我v\u202e\u202cx详细聊', expect: 'v\u202e\u202cx' },
  // traditional
  { reply: '親，加我微信詳細聊', expect: '微信' },
  { reply: '加我薇信哦', expect: '薇信' },
  // noise between the characters
  { reply: '加我微@信详细聊', expect: '微@信' },
  { reply: '加我微 信详细聊', expect: '微 信' },
  { reply: '加我微❤信详细聊', expect: '微❤信' },
  { reply: '加我微😊信详细聊', expect: '微😊信' },
  { reply: '加我微-信详细聊', expect: '微-信' },
  { reply: '加我微*信详细聊', expect: '微*信' },
  { reply: '加我微丶信详细聊', expect: '微丶信' },
  { reply: '亲 加-V 聊', expect: '加-V' },
  { reply: '加我w x详细聊', expect: 'w x' },
  { reply: '加我Q Q详细聊', expect: 'Q Q' },
  { reply: '加我扣-扣详细聊', expect: '扣-扣' },
  { reply: '加我 V.信 哦', expect: 'V.信' },
  // repeats (only where the term's data says so)
  { reply: '加我微微信信详细聊', expect: '微微信信' },
  // homophones, shape-alikes, pinyin, slang
  { reply: '加我威信详细聊', expect: '威信' },
  { reply: '加我徽信详细聊', expect: '徽信' },
  { reply: '加我weixin详细聊', expect: 'weixin' },
  { reply: '加我 wx 详细聊', expect: 'wx' },
  { reply: '加我V信详细聊', expect: 'V信' },
  { reply: '绿泡泡联系我', expect: '绿泡泡' },
  { reply: '加我扣扣详细聊', expect: '扣扣' },
  { reply: '加我企鹅号详细聊', expect: '企鹅号' },
  { reply: '转我zfb就行', expect: 'zfb' },
  { reply: '转我支护宝就行', expect: '支护宝' },
  // phone numbers in disguise
  { reply: '电话13812345678', expect: '13812345678' },
  { reply: '电话138 1234 5678', expect: '138 1234 5678' },
  { reply: '电话138-1234-5678', expect: '138-1234-5678' },
  { reply: '电话１３８１２３４５６７８', expect: '１３８１２３４５６７８' },
  { reply: '电话①③⑧①②③④⑤⑥⑦⑧', expect: '①③⑧①②③④⑤⑥⑦⑧' },
  { reply: '电话一三八一二三四五六七八', expect: '一三八一二三四五六七八' },
  { reply: '电话一三八 一二三四 五六七八', expect: '一三八 一二三四 五六七八' },
  { reply: '电话壹叁捌壹贰叁肆伍陆柒捌', expect: '壹叁捌壹贰叁肆伍陆柒捌' },
  { reply: '电话幺三八幺二三四五六七八', expect: '幺三八幺二三四五六七八' },
  { reply: '电话+86 138 1234 5678', expect: '+86 138 1234 5678' },
  // other platforms, private chat
  { reply: '我们在拼多多也有店', platform: 'taobao', expect: '拼多多' },
  { reply: '我们在拼 多 多也有店', platform: 'taobao', expect: '拼 多 多' },
  { reply: '我们在拼夕夕也有店', platform: 'taobao', expect: '拼夕夕' },
  { reply: '某东上也有卖', platform: 'taobao', expect: '某东' },
  { reply: '我们在淘寶也有店', platform: 'jd', expect: '淘寶' },
  { reply: '这个我们私聊', expect: '私聊' },
  { reply: '这个我们私 聊', expect: '私 聊' },
  // review incentives
  { reply: '好评返现5元', rule: 'no-review-incentive', expect: '好评返现' },
  { reply: '好評返現5元', rule: 'no-review-incentive', expect: '好評返現' },
  { reply: 'hp返现5元', rule: 'no-review-incentive', expect: 'hp返现' },
  { reply: 'ＨＰ返现5元', rule: 'no-review-incentive', expect: 'ＨＰ返现' },
  { reply: '好平反现5元', rule: 'no-review-incentive', expect: '好平反现' },
  { reply: '好@评@返@现', rule: 'no-review-incentive', expect: '好@评@返@现' },
  { reply: `好${ZW}评返现5元`, rule: 'no-review-incentive', expect: `好${ZW}评返现` },
  { reply: '晒单返现3元', rule: 'no-review-incentive', expect: '晒单返现' },
  { reply: '5☆好评返现', rule: 'no-review-incentive', expect: '5☆好评返现' },
  { reply: '追评送运费险', rule: 'no-review-incentive', expect: '追评送' },
];

const NEAR_MISSES: Row[] = [
  { reply: '可以使用微信支付哦', platform: 'jd', expect: '' },
  { reply: '退款退回到微信零钱', platform: 'jd', expect: '' },
  { reply: '欢迎关注官方微博', expect: '' },
  { reply: '请用软布擦拭屏幕', expect: '' },
  { reply: '我们会第一时间为您处理', expect: '' },
  { reply: '售后热线 400-820-8820', expect: '' },
  { reply: '客服热线4008208820', expect: '' },
  { reply: '您的订单号13345678901已经发出', expect: '' },
  { reply: '订单编号 1234567890123456789', expect: '' },
  { reply: '请稍微，信息已同步', expect: '' },
  { reply: '稍微 信息有误,我们核对一下', expect: '' },
  { reply: '这款TV X系列支持4K', expect: '' },
  { reply: '加vip会员享9折', expect: '' },
  { reply: '一两天就到', expect: '' },
  { reply: '一二三四号仓库都有货', expect: '' },
  { reply: '京东配送很快', platform: 'jd', expect: '' },
  { reply: '下单领红包,收到满意给个好评', expect: '' },
  { reply: '嘻嘻哈哈,亲真幽默', expect: '' },
  { reply: '我们不会让您加微信的', expect: '' },
  { reply: '扣扣子的时候小心', expect: '' },
];

function findingsOf(row: Row): { text: string; start: number; end: number; ruleId: string }[] {
  const r = lintCase({ reply: row.reply, platform: row.platform ?? 'taobao' });
  assert.deepStrictEqual(r.ruleErrors, []);
  return r.findings.filter((f) => RULES.includes(f.ruleId)).map((f) => ({ text: underlined(r, f), start: f.start, end: f.end, ruleId: f.ruleId }));
}

describe('evasion table', () => {
  for (const row of EVASIONS) {
    it(`${row.rule ?? 'no-off-platform-contact'}: ${JSON.stringify(row.reply)} → ${JSON.stringify(row.expect)}`, () => {
      const r = lintCase({ reply: row.reply, platform: row.platform ?? 'taobao' });
      const got = r.findings.filter((f) => f.ruleId === (row.rule ?? 'no-off-platform-contact'));
      const at = r.text.indexOf(row.expect, r.text.indexOf('reply:'));
      assert.deepStrictEqual(got.map((f) => [underlined(r, f), f.start, f.end]), [[row.expect, at, at + row.expect.length]]);
    });
  }
  for (const row of NEAR_MISSES) {
    it(`near miss stays clean: ${JSON.stringify(row.reply)} (${row.platform ?? 'taobao'})`, () => {
      assert.deepStrictEqual(findingsOf(row), []);
    });
  }
  it('has at least 60 evasions and 20 near misses', () => {
    assert.ok(EVASIONS.length >= 60 && NEAR_MISSES.length >= 20);
  });
});

describe('folding', () => {
  it('maps number forms, styled Latin and number runs, keeping one folded unit per source position', () => {
    assert.strictEqual(fold('①⑴⒈❶➀⓫⓵⓿⁹₈').text, '11111111098');
    assert.strictEqual(fold('𝐯𝐱ⓋⓍ🅥🅧⒱').text, 'vxvxvxv');
    assert.strictEqual(fold('一三八一二三四五六七八').text, '13812345678');
    assert.strictEqual(fold('第一时间一两天').text, '第一时间一两天');
    const f = fold('电话一三八 一二三四');
    assert.strictEqual(f.text, '电话138 1234');
    assert.deepStrictEqual([...f.toOrig], [...Array(10).keys()]);
  });

  it('maps a text the same whether its units stay in place or not (property)', () => {
    // fold keeps no maps while every unit stays in place: a dropped unit in front of the text
    // makes it write them from the first unit on, so both paths must give the same maps
    const piece = fc.constantFrom('微', '信', '亲', 'A', 'q', 'Ｑ', '１', '一', '三', '八', ' ', '\u200b', 'ﬁ', '⑴', '😊', '𝐯', '\ud800', '臺', '。');
    fc.assert(fc.property(fc.array(piece, { maxLength: 24 }), (parts) => {
      const text = parts.join('');
      const a = fold(text);
      const b = fold('\u200b' + text);
      assert.strictEqual(b.text, a.text);
      assert.deepStrictEqual([...b.toOrig].map((x) => x - 1), [...a.toOrig]);
      assert.deepStrictEqual([...b.toOrigEnd].map((x) => x - 1), [...a.toOrigEnd]);
    }), { numRuns: 2000 });
  });
});

/** Violating replies and the term inside each, as [before, term, after]. */
const CARRIERS: [string, string, string, string][] = [
  ['no-off-platform-contact', '有问题可以加我', '微信', '详细聊'],
  ['no-off-platform-contact', '亲,方便的话加', '威信', ',我发您资料'],
  ['no-off-platform-contact', '加我', 'vx', '吧'],
  ['no-off-platform-contact', '加我', 'weixin', '吧'],
  ['no-off-platform-contact', '或者加', 'qq', '聊'],
  ['no-off-platform-contact', '我们在', '拼多多', '也有店'],
  ['no-off-platform-contact', '这个我们', '私聊', '吧'],
  ['no-review-incentive', '亲,', '好评返现', '5元哦'],
  ['no-review-incentive', '亲,', '晒单返现', '3元'],
];

const NOISE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', ' ', '@', '*', '-', '_', '.', '/', '|', '~', '·', '❤', '★', '😊', '👉', '、', '，', '丶', '♥', '#', '+', '='];

describe('property: noise inside a violating term keeps the finding and its range', () => {
  it('holds for random insertions', () => {
    fc.assert(fc.property(
      fc.constantFrom(...CARRIERS),
      fc.array(fc.array(fc.constantFrom(...NOISE), { minLength: 0, maxLength: 2 }), { minLength: 6, maxLength: 6 }),
      ([rule, before, term, after], gaps) => {
        let disguised = '';
        for (let k = 0; k < term.length; k++) disguised += (k > 0 ? gaps[k - 1].join('') : '') + term[k];
        const reply = before + disguised + after;
        const r = lintCase({ reply, platform: 'taobao' });
        const at = r.text.indexOf(disguised, r.text.indexOf('reply:'));
        const got = r.findings.filter((f) => f.ruleId === rule);
        assert.ok(got.some((f) => f.start === at && f.end === at + disguised.length),
          `${JSON.stringify(reply)}: expected ${JSON.stringify(disguised)}, got ${JSON.stringify(got.map((f) => underlined(r, f)))}`);
      },
    ), { numRuns: 500, seed: 20240601 });
  });
});
