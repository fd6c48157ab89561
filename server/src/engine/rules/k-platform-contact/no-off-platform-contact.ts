import type { RuleModule, Trigger, TurnContext } from '../api';
import type { Platform, Severity } from '../../types';
import { CONTACT_TERMS, PLATFORM_TERMS, DisguisedTerm } from './terms';
import { OWN_NAMES } from './profiles';
import { negatedBefore } from '../../text/context';
import { clauseText } from '../g-platform/shared';
import { literals } from '../lexicons';

/** OWN_NAMES as sets, made once (a set per turn was 4 % of a lint's allocation). */
const OWN_SETS = new Map<Platform, ReadonlySet<string>>((Object.keys(OWN_NAMES) as Platform[]).map((p) => [p, new Set(OWN_NAMES[p])]));

/** Pattern literal: the phrase syntax's special characters escaped. */
export function lit(s: string): string { return s.replace(/[\\()|…?]/g, (c) => `\\${c}`); }

function termTriggers(terms: DisguisedTerm[], tag: (t: DisguisedTerm) => string): Trigger[] {
  return terms.flatMap((t) => t.variants.map((v): Trigger => ({
    // repeats only on the canonical form: 绿泡泡 must not collapse to 绿泡
    pattern: lit(v.form), tag: tag(t), noise: true, ...(t.repeats && v.kind === 'canonical' ? { repeats: true } : {}),
    ...(v.latin ? { boundary: true } : {}), ...(t.except ? { except: t.except } : {}),
  })));
}

/**
 * A Chinese mobile number (11 digits, 1[3-9]…), also spaced, dashed or dotted between any digits, with
 * an optional +86. Folding has turned 一三八…, ①③⑧ and full-width digits into ASCII digits already.
 */
const MOBILE = /(?<![0-9a-z])(?:\+?86[ -]?)?1[ \-_.·*/]{0,2}[3-9](?:[ \-_.·*/]{0,2}[0-9]){9}(?![0-9a-z])/g;
/** A QQ number written right after QQ (QQ1926911971, qq:12345678): the word segmenter sees one token. */
const QQ_NUMBER = /(?<![0-9a-z])qq[:：]?[ ]?[1-9][0-9]{4,10}(?![0-9])/g;
/** A number after these words is an order, waybill or account number, or the customer's own number. */
const NOT_CONTACT = /(订单|单号|运单|快递单|物流单|包裹|编号|order|工单|流水|券码|卡号|型号|序列号|批次|您的|您预留|您留的|您登记|收货人|收件人|预留|下单人|尾号)[^,。!?;\n]{0,8}$/;

/**
 * Money moving through WeChat Pay — a refund channel in a list of refund times, a way to pay the
 * courier on delivery, a balance — is not a contact channel (real JD replies list 信用卡…储蓄卡…微信…
 * with their refund times). Only the plain name counts (a disguised 威信 or vx is never a payment),
 * and not when a contact cue sits right beside it (加我微信, 微信号, 微信联系).
 */
const MONEY = /(退款|退回|退到|退还|到账|原路|原返|返还|返回|返到|余额|零钱|白条|储蓄卡|信用卡|银行卡|刷卡|现金|pos机|支付|付款|交费|交的费用)/;
const CONTACT_BEFORE = /(加|添加|联系|私|关注|留|搜|发)[^,。!?;\n]{0,3}$/;
// 微信转账: money from person to person outside the platform, never a refund channel
const CONTACT_AFTER = /^[^,。!?;\n]{0,2}(号|联系|聊(?!天记录|天窗口|天界面)|沟通|好友|群|扫|私|留言|咨询|找我|加|名片|转账|转给|搜)/;

/**
 * The app itself as the subject (a helpdesk troubleshooting WeChat's video calls, a Moments
 * emoticon's display, QQ's login): only the plain name, in a clause about using the app, with no
 * contact cue beside it.
 */
const APP_TALK = /(提示音|消息提示|退出|重新进入|视频通话|语音通话|通话|表情|字体|字号|皮肤|键盘|聊天记录|聊天窗口|客户端|版|闪退|登录|登陆|更新|卸载|安装|重装|备份|功能|定向|软件|应用|程序|app|显示|设备|流量|耗电|后台|通知栏|活动|压缩|分享给|自动(?!回复|添加|通过)|朋友圈(发送|发布|分享)(图片|照片|视频))/;

/** A way to reach someone earlier in the clause (可以添加技术支持qq, 通过关注"…"微信, 咨询我处在线QQ; not 参加). */
const REACH_BEFORE = /(?<![参增更追])加|关注|联系|咨询|搜|扫/;
/** After the name: an account or a number, a WeChat service hall or account (微信厅, 微信公众号; not
 * 微信各类公众号…, the app's accounts in general, as a data plan counts them). */
const ACCOUNT_AFTER = /^(?!各类|各种|所有)[^,。!?;\n]{0,2}(关注|厅|公众|服务号|[:：]?\s?[0-9]{5,})/;

function appItself(t: string, h: { start: number; end: number }): boolean {
  // (微信信息: the repeat the term allows, 微微信信, took the first character of 信息)
  const word = t.slice(h.start, h.end).replace(/([\u4e00-\u9fff])\1+/g, '$1');
  if (word !== '微信' && word !== 'qq' && word !== '朋友圈') return false;
  const after = t.slice(h.end, h.end + 12);
  // (微信关注了蜂巢…就不会再次发取货码: an account the customer already follows, notifying them; not 微信关注我们)
  if (/^(上)?(已经)?关注了(?!我|小妹|客服|店铺|本店|咱们)/.test(after)) return true;
  if (CONTACT_AFTER.test(after) || ACCOUNT_AFTER.test(after)) return false;
  if (REACH_BEFORE.test(t.slice(Math.max(0, h.start - 30), h.start).split(/[,。!?;\n]/).pop()!)) return false;
  // (打开微信 点开 我 再选服务…: a path through the app's menus to the shop's own service, with
  // nothing in it to add, follow, search or scan)
  if (/^\s?(点击|点开|打开|选择|找到|[-—>＞])/.test(after)) {
    const path = t.slice(h.end, h.end + 40);
    if (!REACH_BEFORE.test(path) && path.indexOf('号') < 0) return true;
  }
  // 也有可能是微信的问题: a fault of the app; 微信信息, its messages
  if (/^的?(问题|bug|出问题|故障)/.test(after) || (t[h.end - 1] === '信' && t[h.end - 2] === '信' && t[h.end] === '息')) return true;
  return APP_TALK.test(clauseText(t, h.start));
}

/**
 * The plain name as the whole reply (微信哦): an answer to a question (how was it paid, which app),
 * with nothing offered or asked; a contact needs a cue or an account beside the name.
 */
function nameAlone(t: string, h: { start: number; end: number }): boolean {
  const word = t.slice(h.start, h.end);
  if (word !== '微信' && word !== 'qq' && word !== '支付宝') return false;
  return t.slice(0, h.start).trim() === '' && /^[\s哦呢哈呀啊吧的~,.!?。，！？]*$/.test(t.slice(h.end));
}

/**
 * The customer's account bound to a service (会给…手机绑定的QQ号发送确认信息): where the service sends its
 * notices, not a way to reach the shop.
 */
function boundAccount(t: string, h: { start: number; end: number }): boolean {
  return /绑定的?$/.test(t.slice(Math.max(0, h.start - 3), h.start));
}

/** Where the shop will announce something (于官方微博、微信账号公布), not a way to reach anyone. */
function announces(t: string, h: { start: number; end: number }): boolean {
  return /^[^,。!?;\n]{0,6}(公布|发布|公告|通知大家)/.test(t.slice(h.end, h.end + 12));
}

function moneyChannel(t: string, h: { start: number; end: number }): boolean {
  const word = t.slice(h.start, h.end);
  if (word !== '微信' && word !== 'wechat' && word !== 'weixin') return false;
  if (CONTACT_BEFORE.test(t.slice(Math.max(0, h.start - 5), h.start)) || CONTACT_AFTER.test(t.slice(h.end, h.end + 5))) return false;
  return MONEY.test(clauseText(t, h.start));
}

/**
 * Someone else reaching the customer through WeChat or QQ (是否有其他人员通过微信联系您…, 谨防陌生人加
 * 您QQ): a warning against fraud, which the shop should give, not a contact it offers.
 */
const OTHERS_BEFORE = /(其他人员|其他人|陌生人|陌生号码|他人|别人|有人|不法分子|骗子|第三方|自称)[^,。!?;\n]{0,6}$/;
const FRAUD = /(谨防|警惕|小心|切勿|不要相信|不要轻信|诈骗|骗子|骗局|冒充|假冒|不法分子)/;

function scamWarning(t: string, h: { start: number; end: number }): boolean {
  return OTHERS_BEFORE.test(t.slice(Math.max(0, h.start - 14), h.start)) || FRAUD.test(clauseText(t, h.start));
}

const SEVERE: Platform[] = ['taobao', 'tmall', 'jd', 'pdd', 'douyin'];
const PLATFORM_NAME: Record<Platform, string> = { taobao: '淘宝', tmall: '天猫', jd: '京东', pdd: '拼多多', douyin: '抖音', generic: '本平台' };

function severityFor(platform: Platform): Severity { return SEVERE.includes(platform) ? 'error' : 'warning'; }

function digits(s: string): string { return s.replace(/[^0-9]/g, ''); }

/** Hotlines declared in config (`rules: no-off-platform-contact: {hotlines: [...]}`), as digit strings. */
function hotlines(ctx: TurnContext): Set<string> {
  const list = ctx.option<unknown>('hotlines', []);
  return new Set((Array.isArray(list) ? list : [list]).map((x) => digits(String(x))).filter(Boolean));
}

/**
 * K1. Off-platform contact (引流站外): WeChat, QQ, Alipay account, a personal mobile number, a QR code to
 * add, another platform, a private chat. Disguises (威信, vx, 微@信, ①③⑧…) are data and folding.
 */
export const noOffPlatformContact: RuleModule = {
  meta: {
    id: 'no-off-platform-contact',
    category: 'G',
    severity: 'error',
    scope: 'text',
    title: '不得引导顾客到站外联系或交易',
    message: '回复里给出或索要了站外联系方式（微信、QQ、个人手机号、二维码、其他平台、私聊）。平台把这类“引流站外”当作高风险违规，会拦截消息并处罚店铺；请只用平台内的沟通方式，例如“亲，有任何问题直接在这里留言，我们会第一时间为您处理~”。',
    fixable: true,
    docs: {
      why: '各平台都禁止客服把顾客引到站外：淘宝把其他平台和联系方式（京东、拼多多、微信、V、VX、QQ、扣扣、手机号、二维码）列为最高风险级别，并明确“包括拼音缩写和谐音”（第三方整理，lingtaoedu.com/378）；抖店飞鸽禁止发送二维码、第三方链接、账号和联系方式（第三方整理，mmker.cn/article/12818）。店铺面临的处罚包括消息被拦截、违规扣分和按单罚款（第三方资料称淘宝每单 200–2,000 元，未核实）。研究记录见 research/anchors-domain.md §2。',
      bad: [
        '有问题可以加我微信详细说',
        '亲,加我威信:abc123,给您优惠',
        '加我 V 信 聊',
        '我的手机号是138 1234 5678,有事打我',
        '扫码加我好友,发您优惠券',
        '我们在拼多多也有店,那边更便宜（淘宝店铺）',
        '这个问题我们私聊吧',
      ],
      good: [
        '亲,有任何问题直接在这里留言,我们会第一时间为您处理~',
        '可以使用微信支付哦（京东店铺）',
        '欢迎关注我们的官方微博了解新品',
        '售后热线 400-800-1234,工作日 9:00-18:00',
        '您的订单号 12345678901 已发货',
        '我们不会让您加微信的,请放心在平台内沟通',
      ],
      notes: [
        '级别：淘宝、天猫、京东、拼多多、抖音上为错误，platform 为 generic 时为警告。',
        '变体是数据（rules/k-platform-contact/terms.ts）：谐音和形近字（威信、薇信、徽信）、拼音和缩写（weixin、wx、vx）、字母混写（V信、加v）、俗称（绿泡泡、企鹅号）。每个变体都有测试。',
        '折叠：全角、大小写、繁体、零宽字符、带圈和花体字母（𝐯𝐱、Ⓥ）、数字形式（①③⑧、壹、一三八……）都先折叠；字之间插入的空格、标点、符号和表情（微@信、微 信、微❤信）也能识别，下划线覆盖原文里连同插入符号在内的整段。',
        '平台自己的名字和渠道不报告（京东店铺里的“京东”、抖音店铺里的“私信”），平台提供的支付方式（微信支付、微信零钱）不报告；见 platform 配置。',
        '手机号：11 位手机号（含空格、短横线分隔和中文数字写法）报告；订单号、运单号、顾客自己的号码（您的/您预留的）、400/800 热线不报告。店铺的官方客服号码请在配置里声明：rules: { no-off-platform-contact: { hotlines: ["13800000000"] } }。',
        '被否定（不会让您加微信）和引用顾客原话不报告。',
        '提醒顾客防骗时提到的微信、QQ 不报告：前面说的是别人在联系顾客（其他人员、陌生人、有人、自称…通过微信联系您），或同一句里有谨防、警惕、诈骗、冒充这类防骗用语（来自真实语料评测）。',
        '讲的是这个应用本身时不报告：同一分句在说视频通话、表情、聊天记录、客户端、版本、卸载重装、登录、显示这类使用问题，前面没有加、关注、联系、咨询、搜、扫，后面也没有号、群、公众号、微信厅或号码（您可以把微信卸载后重新安装试试；这个是微信安卓客户端的设计）（第十轮真实语料评测）；在微信上办的活动（您参加微信活动的账号名称）同样不报告，“参加”里的“加”不是加好友（第二十轮）；说的是消息会在哪里公布（于官方微博、微信账号公布）也不报告（第二十六轮）；“发送微信信息”说的是微信的消息，不报告（第四十一轮）；“对方为私人号码”说的是来电号码，不是店铺的联系方式（第四十四轮）；讲微信自动压缩图片、朋友圈发送图片时也是在讲应用本身（第四十七轮）。',
        '客服给出自己的邮箱让顾客发邮件联系（我的工作邮箱是…、发邮件给我）也报告；请顾客提供邮箱接收电子发票不报告（第十二轮）。',
        '作为付款或退款渠道的“微信”不报告：同一句里有退款、到账、原路返还、余额、零钱、刷卡、现金等词（“储蓄卡3-7个工作日、微信1-3个工作日退回”“可以刷卡、现金或者微信”），且旁边没有加、联系、号、聊等联系用语；“微信转账”是站外的个人转账，照常报告；伪装写法（威信、vx）不在此列。',
        '整条回复只有“微信哦”这样一个名字时，是在回答顾客的问题（怎么付的款、用的哪个应用），没有给出或索要联系方式，不报告；旁边有加、联系、号等提示时仍然报告（第二十八轮）。',
        '说的是这个应用自己出了问题（也有可能是微信的问题）、或备份它的聊天记录（“微信聊天记录”里的“聊”不是“微信聊”）时不报告（第三十三轮）。说的是顾客账号绑定的微信、QQ（会给…绑定的QQ号发送确认信息），是服务发通知的地方，不报告（第五十五轮）。“可以通过微信等方式分享给多人观看”说的是用这个应用分享，不报告（第六十二轮）。顾客已经“微信关注了”某个服务（蜂巢）、由它发通知，不是联系渠道；“微信关注了我们…”仍报告（第七十六轮）。“备份微信的数据”“删除重装一下微信”说的是这个应用本身（重装、备份和卸载、安装一样），不报告（第八十三轮）。“微信各类公众号里面的信息”说的是流量套餐怎么计算各种公众号，不是让顾客去关注某个账号，不报告（第八十七轮）。“联系方式已发给您，请添加一下”（私信里给的联系方式让顾客去加）也报告（第九十五轮）。讲这个应用的字体、皮肤、键盘（QQ 的字体变大）也是在讲应用本身，不报告（第一百零九轮）。“通过淘宝、微信等第三方平台交的费用”里的微信是交费渠道，不报告（第一百一十五轮）。在微信里一步步点菜单（微信 → 发现 → 个人中心 → 服务）是走到店铺自己的服务，后面没有加、关注、搜、扫或号时不报告（第一百一十七轮）。“退出微信后重新进入”说的是这个应用本身，不报告（第一百一十八轮）。讲微信的消息提示音也是在讲应用本身，不报告（第一百二十三轮）。',
      ],
    },
  },
  triggers: [
    ...termTriggers(CONTACT_TERMS, () => 'contact'),
    ...termTriggers(PLATFORM_TERMS, (t) => `platform:${t.term}`),
    { pattern: '(扫|扫描|识别|长按)(一下|下)?(我的|下方|图中|这个|图片|上面的)?(二维码|码)…{6}(加|添加|好友|联系|进群|入群|关注)', tag: 'qr', negatable: true },
    { pattern: '(发|给|推)(您|你)(一个|个|一张|张)?(我的|个人)?(二维码|名片)', tag: 'qr', negatable: true },
    // (not 对方为私人号码: a caller's number described, 来电是个人号码)
    { pattern: '(个人|私人)(二维码|名片|号)', tag: 'qr', negatable: true, except: ['(对方|该号码|此号码|这个号码|来电|号码)(为|是|属于)(个人|私人)号'] },
    { pattern: '(我|我们|我家|咱家)(的)?(另一家|另外一家|另一个|另外一个)(店|店铺|小店|网店|号)', tag: 'shop', negatable: true },
    // not 小号 (a size)
    // (not 微信各类公众号里面的信息: accounts in general, as a data plan counts them)
    { pattern: '(朋友圈|公众号|视频号|副号)', tag: 'shop', negatable: true, except: ['(各类|各种|所有|其他)(的)?公众号'] },
    { pattern: '(加|添加)(一下|下)?(我|我们)(的)?好友', tag: 'contact', negatable: true },
    // 已将技术支持联系方式私信给您,请您添加一下: a contact sent privately, to be added elsewhere
    // (the contact and its sending one literal: 联系方式/账号 alone stand in hundreds of replies)
    { pattern: `${literals(['联系方式', '账号', '帐号'], ['', '已经', '已'], ['私信', '私聊', '发'], ['给您', '给你'])}…{6}(添加|加)(一下|下)`, tag: 'contact', negatable: true },
    // the agent's own mailbox to write to instead of the chat (我的工作邮箱是…, 邮件我)
    { pattern: '(我的|我们的|小妹的|本人的)(工作|个人|私人)?(邮箱|邮件地址|email)', tag: 'mail', negatable: true },
    { pattern: '(发邮件给我|邮件我|给我发邮件|发我邮箱)', tag: 'mail', negatable: true },
  ],
  check(ctx) {
    const t = ctx.text;
    const platform = ctx.platform;
    const severity = severityFor(platform);
    const own = OWN_SETS.get(platform)!;
    const hits = ctx.hits;
    for (let k = 0; k < hits.length; k++) {
      const h = hits[k];
      const tag = h.trigger.tag ?? '';
      // 我们不会让您加微信: a negation a few words back (wider than the engine's default window)
      if (negatedBefore(t, h.start, 8)) continue;
      if (tag.startsWith('platform:')) {
        const name = tag.slice(9);
        if (platform === 'generic' || own.has(name)) continue;
        ctx.report({ start: h.start, end: h.end, severity, message: `${PLATFORM_NAME[platform]}店铺的回复里提到了其他平台“${t.slice(h.start, h.end)}”：把顾客引向别的平台属于引流站外，会被平台拦截和处罚。请只介绍本店在${PLATFORM_NAME[platform]}上的商品和服务。` });
        continue;
      }
      if (tag === 'contact' && (moneyChannel(t, h) || scamWarning(t, h) || announces(t, h) || nameAlone(t, h) || boundAccount(t, h))) continue;
      if ((tag === 'contact' || tag === 'shop') && appItself(t, h)) continue;
      if (tag === 'mail') {
        ctx.report({ start: h.start, end: h.end, severity, message: '回复里给出了客服自己的邮箱，让顾客到站外用邮件联系：平台内的咨询记录才是售后和纠纷的依据，请让顾客继续在这里留言，例如“后续有问题您直接在这里留言，我们会第一时间处理~”。（发电子发票时请顾客提供邮箱不在此列。）' });
        continue;
      }
      if (tag === 'contact' && /^私/.test(t.slice(h.start, h.end))) {
        ctx.report({ start: h.start, end: h.end, severity, replacement: '在线', message: '“私聊/私下联系”是引导顾客离开平台沟通，属于引流站外。请在平台内继续沟通，例如“您直接在这里留言，我们为您处理~”。' });
        continue;
      }
      ctx.report({ start: h.start, end: h.end, severity });
    }
    if (t.includes('qq')) {
      for (const m of t.matchAll(QQ_NUMBER)) {
        const s = m.index!;
        // the term trigger already underlined this QQ (a space or colon before the number)
        if (ctx.hits.some((h) => h.start === s)) continue;
        if (negatedBefore(t, s, 8) || ctx.inQuote(s, s + m[0].length)) continue;
        ctx.report({ start: s, end: s + m[0].length, severity });
      }
    }
    // personal mobile numbers (the shop's declared hotlines, order numbers and the customer's own number excepted)
    if (/[0-9]{3}/.test(t) || /[0-9][ \-_.·*/]/.test(t)) {
      let lines: Set<string> | undefined;
      for (const m of t.matchAll(MOBILE)) {
        const s = m.index!;
        if (NOT_CONTACT.test(t.slice(Math.max(0, s - 16), s))) continue;
        lines ??= hotlines(ctx);
        if (lines.has(digits(m[0]).replace(/^86(?=1[3-9][0-9]{9}$)/, ''))) continue;
        if (ctx.inQuote(s, s + m[0].length)) continue;
        ctx.report({ start: s, end: s + m[0].length, severity, message: '回复里给出了个人手机号：引导顾客站外联系属于引流站外。请使用平台内的沟通方式；店铺的官方客服电话请在配置里声明（hotlines）。' });
      }
    }
  },
};
