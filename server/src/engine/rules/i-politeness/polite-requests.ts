import type { Hit, RuleModule, TurnContext } from '../api';
import { isClauseEnd, isSpace } from '../../text/context';
import { A_NOT_A_FORM, ADDRESS } from '../c-tone/shared';
import { literals } from '../lexicons';
import { atPhraseStart } from './util';

const DOCS = '(省市区|入驻编码|订单号|订单编号|单号|快递单号|物流单号|运单号|退货单号|服务单号|地址|收货地址|联系方式|手机号|电话|号码|账号|照片|图片|截图|视频|实物图|抬头|税号|邮箱|id|验证码|身份证|身份证号|身份证号码|链接|商品链接|机器编号|设备编号|产品编号|商品编号|商品编码|序列号|imei号)';

/**
 * 您手机号 / 您的地址: the customer's document named, as whole literals (您订单号 …), so that the matcher
 * looks for them and not for every 订单号 or 地址.
 */
const YOUR_DOCS = literals(['您', '你', '您的', '你的'], DOCS.slice(1, -1).split('|'));

/** The closing question of a turn (…,请问还有其他还可以帮到您的吗?), which asks nothing about the request before it. */
const CLOSING_QUESTION = /[,，\s]*(请问)?(还有|您还有)(其他|其它|什么|别的).*$/;

/** An order to be placed (下一个新订单 / 提交个新订单 / 下一个降价后的订单). */
const NEW_ORDER = '(下|提交|拍)(一个|个)(新|新的|降价后的|降价的)?订单';

/** Those a document is given or told to (给小妹提供一下 / 提供给我一下 / 告诉我一下…). */
const TO_US = '(我|我们|小妹|妹子|小二)';
/** Which one of a document (您提供下新的地址 / 发下正确的单号; 真确 typed for 正确). */
const WHICH_DOC = '(之前|现在|新的|新|正确的|正确|真确的)';

/** What a customer is told to apply for (您申请取消 / 亲提交售后). */
const APPLY_FOR = '(取消|退款|退货|售后|换货|换新|七天无理由|7天无理由)';
/** What a customer is told they need to do (需要您确认收货 / 需要您自行寄出). */
const MUST_DO = '(使用|咨询一下|咨询下|寄出|寄回|退回|发回|寄过来|确认收货|发货|下单|拍下|拍照|截图|填写|上传|提交|申请|提供|分开拍|分开下单|自取|取货|取一下|取下|预约一下|预约下|拨打)';

/** True when the phrase before the hit names the shop as the one acting (我们把…寄过来 is an offer). */
function shopActs(text: string, start: number): boolean {
  // a request that names the customer as its subject (这边您拍下…: 这边 is where, not who), not as
  // the one the shop acts for (帮您申请下 / 我把您申请下 / 跟您说一下)
  if ((text[start] === '您' || text[start] === '你' || text[start] === '亲') && !/[给帮为替跟向和与把将]/.test(text[start - 1] ?? '')) return false;
  let s = start;
  while (s > 0 && start - s < 8 && !/[,、:;。!?~\s]/.test(text[s - 1])) s--;
  const before = text.slice(s, start);
  let self = -1;
  let you = -1;
  for (const m of before.matchAll(/我|这边|咱们|仓库|售后|给您|帮您|为您|给你/g)) {
    // 您这边 is the customer's side; 这边是需要您… a topic, not the shop acting
    if (m[0] === '这边' && (/[您你]/.test(before[m.index! - 1] ?? '') || before[m.index! + 2] === '是')) continue;
    // 售后单 / 售后申请 / 售后政策 name a thing, not the after-sales team acting
    if (m[0] === '售后' && /[单服申政流]/.test(before[m.index! + 2] ?? '')) continue;
    self = Math.max(self, m.index! + m[0].length - 1);
  }
  for (let i = 0; i < before.length; i++) if (/[您你]/.test(before[i]) && !/[给帮为]/.test(before[i - 1] ?? '')) you = i;
  return self > you;
}

/**
 * The clause of a hit, cut at spaces too: chat agents separate what they say with spaces (发下订单号呢
 * [订单x] 还有吗), so a 请 or a 吗 across a space belongs to another sentence.
 */
function pieceAt(text: string, at: number): [number, number] {
  // (one scan each way to the nearer of a space and a clause end: a clause in chat text may run the
  // whole reply, and codes, not one-unit strings, keep the loop free of allocation)
  let s = at;
  for (let c; s > 0 && !isSpace(c = text.charCodeAt(s - 1)) && !isClauseEnd(c); ) s--;
  let e = at;
  for (let c; e < text.length && !isSpace(c = text.charCodeAt(e)) && !isClauseEnd(c); ) e++;
  return [s, e];
}

/** The shop's own next step said after a step of the customer's (…，我们会安排的 / …成功后给您理赔). */
const OWN_NEXT = /(我们|这边|小妹|我)(会|来|马上|再)|(后|之后|以后)(会)?(给您|为您|帮您)/;
/** The shop's handling said right after the customer's application (您申请退货为您办理: apply, and it is handled;
 * 您提交售后单，售后处理: the after-sales team named as the one that handles it). */
const HANDLED_NEXT = /^(给您|为您)(处理|办理|安排)|^[^,，。!?]{0,6}[,，\s]+(京东)?(售后|我们|这边)(会)?(给您|为您)?(处理|办理|安排|审核)/;

/** After "write it in the description": the shop's own handling next (…,我们给您处理). */
const DESC_THEN_SHOP = /^[^。!?\n]{0,16}(我们|这边|小妹)(会|来|马上|再)?(给您|为您|帮您)?(处理|核实|安排)/;

/** What follows a request to say it is all the customer needs to do (…就可以了 / …即可). */
const SUFFICES = /就(是)?(可以|行|好)|即可/;

/** All that may come before a bare order in its piece: an address, 那, the order, 先/直接, a time (发出去后). */
const BARE_ORDER_LEAD = /^(嗯|嗯嗯|恩|好的|亲|亲亲|您|你|那|订单|在订单里|这个订单|先|直接|取消订单|取消)*([^,，。!?\s]{1,6}(后|之后|以后))?(亲|您|你|就|再)*$/;

/**
 * A 'bare' hit (订单编号呢 / 申请售后) asks only when it is its whole phrase (between commas), with
 * nothing but what BARE_ORDER_LEAD allows before it and particles after it.
 */
function barePhrase(text: string, h: Hit, cs: number, ce: number): boolean {
  return bareLead(text, h, cs) && onlyParticlesAfter(text, h, ce);
}

/** Where the phrase of a hit starts: a comma back, or the piece's start. */
function phraseStart(text: string, h: Hit, cs: number): number {
  let s = h.start;
  while (s > cs && text[s - 1] !== ',' && text[s - 1] !== '，') s--;
  return s;
}

/** Nothing but particles and punctuation after the hit in its phrase (up to the next comma). */
function onlyParticlesAfter(text: string, h: Hit, ce: number): boolean {
  let e = h.end;
  while (e < ce && text[e] !== ',' && text[e] !== '，') e++;
  // (直接提交售后的亲: an address after it, with its 的, adds nothing; not 取消订单的呢, an answer)
  return !/[^\s.!?~;:。！？～哦吧呢哈啊呀]/.test(text.slice(h.end, e).replace(/^的(?=亲)/, '').replace(ADDRESS, ''));
}

/** A way offered just before (可以申请退款, / 只能申请退货， / 或者是拒签 ): the next step continues it. */
const OPTION_BEFORE = /(可以|建议|只能|或者|或是)(您|你)?(是)?(直接|先)?(申请|取消|重新|从新|拒收|拒签|选择|退|换|下单|购买|提交)/;

/** 洗衣机的订单号呢: the phrase is only what the document belongs to and the document. */
function ownerFirst(text: string, h: Hit, cs: number, ce: number): boolean {
  return /^[^是您你我这那哪的]{1,5}的$/.test(text.slice(phraseStart(text, h, cs), h.start)) && onlyParticlesAfter(text, h, ce);
}

/**
 * Only what BARE_ORDER_LEAD allows between the phrase's start (a comma back) and the hit; not the
 * last step of a menu path (我的&gt;退换/售后&gt;申请售后: the entity's ; is no clause end), nor a
 * step of what the shop just said it does (帮您申请服务单，申请售后).
 */
function bareLead(text: string, h: Hit, cs: number): boolean {
  const s = phraseStart(text, h, cs);
  if (/&(gt|lt|amp);$/.test(text.slice(Math.max(0, s - 5), s))) return false;
  // the next of the ways just offered (可以申请退款,重新购买哦 / 只能申请退货，重新下单购买 / 或者是拒签 从新下单)
  if (OPTION_BEFORE.test(text.slice(Math.max(0, s - 14), s).split(/[。!?;\n]/).pop() ?? '')) return false;
  if (s > cs && /(帮|为|给|替)(您|你)(申请|提交|取消)/.test(text.slice(Math.max(cs, s - 14), s))) return false;
  return BARE_ORDER_LEAD.test(text.slice(s, h.start));
}

/** 请您稍等 softens the hold (and a later 耐心等待), not another request made after it (请您稍等，正在查询中,验证码发我). */
function holdOnly(text: string, p: Hit, h: Hit): boolean {
  const m = /^(您)?(稍等|稍候|等一下|等下)(一下|片刻|下)?/.exec(text.slice(p.end, p.end + 8));
  return !!m && p.end + m[0].length <= h.start && h.trigger.tag !== 'wait';
}

/** 请 in 申请 / 邀请 does not soften a request. */
function softened(ctx: TurnContext, h: Hit): boolean {
  const [cs, ce] = pieceAt(ctx.text, h.start);
  // 麻烦亲爱的 提供一下新订单号: the softener and the address alone in the piece before
  if (/(麻烦|请|辛苦|劳烦)(您|你|亲|亲爱的|亲亲)?\s+$/.test(ctx.text.slice(Math.max(0, cs - 8), cs))) return true;
  // a need stated after an apology (很抱歉,需要您提供详细地址) or understanding (非常理解您的心情,…的确需要您提供) is said politely
  if (h.trigger.tag === 'must' && /抱歉|不好意思|理解您/.test(ctx.text.slice(cs, h.start))) return true;
  const inClause = (x: Hit): boolean => x.start >= cs && x.end <= ce;
  // (a 请 past a comma after the request opens a request of its own: 您留一个电话给我，…，请您注意接听)
  const laterRequest = (p: Hit): boolean => p.start >= h.end && ctx.text[p.start] === '请' && /[,，]/.test(ctx.text.slice(h.end, p.start));
  // (不用再麻烦您咨询: the trouble spared, not a softener; 请问…吗, 您给我税号: a question asked before, not this request softened)
  const spared = (p: Hit): boolean => /(不用|不必|无需|免得|省得)(再)?$/.test(ctx.text.slice(Math.max(0, p.start - 3), p.start));
  const askedBefore = (p: Hit): boolean => p.end <= h.start && ctx.text.startsWith('请问', p.start) && /[,，?？]/.test(ctx.text.slice(p.end, h.start));
  // (联系下售后，看能否处理: 看能否 is "to see whether", it asks nothing of the customer; 您看能否… asks)
  const seeWhether = (p: Hit): boolean => ctx.text.startsWith('能否', p.start) && /(?<![您你亲])看(看|下|一下)?$/.test(ctx.text.slice(Math.max(0, p.start - 4), p.start));
  // (…,请问还有其他还可以帮到您的吗: the closing question's 可以…吗 asks about other needs, it softens nothing)
  const closing = CLOSING_QUESTION.exec(ctx.text.slice(h.end, ce));
  const inClosing = (p: Hit): boolean => !!closing && p.start >= h.end + closing.index;
  const polite = ctx.hitsOf('@POLITE').filter((p) => inClause(p) && !inClosing(p) && !/[申邀]/.test(ctx.text[p.start - 1] ?? '') && !holdOnly(ctx.text, p, h) && !laterRequest(p) && !spared(p) && !askedBefore(p) && !seeWhether(p));
  // a question that asks consent (…您看可以吗 / 好吗) softens what came before it in the message
  const lineEnd = ctx.text.indexOf('\n', h.end);
  const asksAfter = (x: Hit): boolean => x.start >= h.end && (lineEnd < 0 || x.start < lineEnd);
  // 方便的话 … 把您的IP地址发给我吧: the condition asks for the sentence after it
  const sentence = Math.max(ctx.text.lastIndexOf('。', h.start), ctx.text.lastIndexOf('!', h.start), ctx.text.lastIndexOf('?', h.start), ctx.text.lastIndexOf('\n', h.start));
  const ifConvenient = (x: Hit): boolean => x.end <= h.start && x.start > sentence && /^(如|若)?方便/.test(ctx.text.slice(x.start, x.end));
  return polite.length > 0 || ctx.hits.some((x) => x.trigger.tag === 'soft' && (inClause(x) || asksAfter(x) || ifConvenient(x)));
}

/**
 * I4. Warning (catalog §19.3): requests that serve the shop's process (send an order number, a
 * photo, an address; wait; send the item back) need 请/麻烦/辛苦/劳烦/可以…吗/方便…吗.
 */
export const politeRequests: RuleModule = {
  meta: {
    id: 'polite-requests',
    category: 'I',
    severity: 'warning',
    scope: 'text',
    fixable: true,
    title: '请顾客配合时要用请求语气',
    message: '请顾客做事（发订单号、拍照、提供地址、寄回商品、等待）时用了命令语气：请加上“请/麻烦/辛苦/劳烦”，或用“可以…吗/方便…吗”的问法，例如“麻烦您把订单号发一下，我马上为您查询”。',
    docs: {
      why: '种子资料要求「常用请或者是欢迎光临、认识您很高兴、希望您在这里找到满意的宝贝、您好、请问、麻烦、请稍等、不好意思、非常抱歉、和多谢支持等用语。」（000_37cadcef1d5464bd.txt），推荐的请求写法是「可以麻烦您拍张照片吗?给您添麻烦了亲~」（001_87bc0df9dc2bb46e.txt）和「请您发拍张有质量问题的图片给我们」（000_37cadcef1d5464bd.txt）。顾客是在帮店铺走流程，光秃秃的祈使句会让人觉得被使唤。',
      bad: ['发一下订单号', '把单号填上', '您必须先退回来', '等着吧', '照片发过来我看看'],
      good: ['可以麻烦您拍张照片吗?', '麻烦您把订单号发一下,我马上为您查询', '方便的话发一张图片给我们看看吗?', '我们把新的给您寄过来', '您可以试试重启一下'],
      notes: [
        '范围（§19.3）：为店铺流程提出的请求——发订单号/单号、拍照片/视频/截图、提供地址或联系方式、把商品寄回、填写单号、确认收货、让顾客等待。自助建议（您可以试试…）和分步操作指引不在范围内；店铺自己的动作（我们把新的给您寄过来）不是请求。',
        '可接受的软化词：请、麻烦、辛苦、劳烦、方便的话、可以…吗、方便…吗、能否，以及句末的“好吗/可以吗/行吗”，须与请求在同一句里。只有“您”“吧”“一下”不算软化；“申请”里的“请”也不算。条件句（如果您需要退回…）和是非问句（您有把商品交给站点吗）不是命令，不报告。',
        '“您需要配合一下”“请您也配合一下我们”这类要求配合的说法即使带“请”也像命令，按种子考题给提示（info）。',
        '快速修复：请求位于句首时在前面加“麻烦您”（宾语在前时加“麻烦您把”）。',
        '真实语料评测后补充：“订单号您提供一下”“您提供一下之前使用的号码”“拍照片我看下”“您…告诉我下”“您先等待/耐心等待”（不带请/麻烦）也报告；“建议您…/最好…/希望您…”这类建议或愿望和“感谢您把问题反馈给我们”这类致谢不是请求，不报告。',
        '第九轮真实语料评测后补充：“这边您拍下”里的“这边”说的是地点，仍是请顾客做事，报告；只有称呼或“订单”在前的申请指令（订单申请退款哦、亲申请售后吧）报告；“您耐心等待退款就可以了”告诉顾客只需等待，和“…就可以”一样不报告；“帮您/我把您申请下”是店铺在做事，不报告；“截图给小妹看下”同“截图给我看下”；“您现在拍下”“亲重新拍吧”“我需要您具体的地址”也是请求，句末“对吧/是吧”是问句（第十一轮）；“您留个邮箱/电话”、只有称呼在前的“提供公司信息哦”“重拍呢亲”、前面只有时间的“发出去后申请退款哦”也报告，“您下单好了我会备注”不报告（第十二轮）；“您提供下优惠券ID”“您按照下单地址寄出哦”也报告（第十三轮）；“给妹子提供一下”“给小二晒一下…截图”“这边亲拍下”也报告（第十四轮）；“您拍鞋底的照片”也报告，“您拍的照片”不报告（第十五轮）；“需要您自行寄出”“（您这边）把面单拍张照发一下”也报告，“您这边”是顾客一方（第十六轮）；“您申请取消”“您申请售后说清楚原因”“您取消订单重新下单”“您重新秒一次”“需要您确认收货”“是需要您使用三方快递发货的”“您私信一下收货人电话”也报告，店铺替顾客申请（给您申请退款）、申请之后会怎样（您提交售后服务要求后我们会…）、流程的前提（需要您确认收货后才会显示完成）和列举几种方式（第一，维修需要您发货…）不报告（第十七轮）；“请您稍等”只软化等待本身，之后另提的请求（请您稍等，正在查询中,验证码发我）仍要自己的请/麻烦，“在问题描述里说明…”“需要您先提交售后”“您申请七天无理由”也是请求（第十八轮）；没有主语的“先等待一下审核的哈”和“一定要先等一下电话”也报告，“我们先等待一下”是店铺在等，不报告（第十九轮）；“您直接私信给我吧”“给我新订单”“确认收货申请售后”也报告，“您私信给我们的信息”不报告（第二十轮）；没有主语的“需要之前发票寄回财务…”“需要确认收货,然后申请售后”和“您告诉妹子下…”也报告，后面接“才…”的前提条件（需要钱退回,才可以原退）不报告（第二十一轮）；“您下一个新订单”也报告，单独一句“您说下呢”是请顾客接着说，不报告（第二十二轮）；别的分段里的“感谢您的耐心等待”不软化后面的请求，“您仔细找下”也报告，“您等待到账的哦”是安慰，不报告（第二十三轮）；“订单号和地址告知一下”“另外一个订单发给我下呢”“拍一下鞋底”“您打电话预约一下”也报告（第二十四轮）；只有地址在前的“按订单原下单地址寄出”也报告（第二十六轮）；“您联系下商家”“您打…官方电话咨询一下”“…跟我们联系一下”“然后您重新购买”“您留一个电话给我”、整段只有“订单编号呢”或“申请售后”、句首光秃秃的“等待一下…”也报告，请求之后逗号隔开的“请您注意接听”是另一个请求，不软化前面的请求；“随时跟我们联系”、菜单路径的最后一步（…&gt;申请售后）、店铺刚说了自己替顾客申请之后的一步（帮您申请服务单，申请售后）、后面接着店铺自己下一步的（直接提交售后，我们会安排的）、同一句里已报告的请求的下一步（需要您确认收货,然后再申请售后）、“等待下一次相逢”和“等待一下取件哦”不报告（第二十七轮）；“需要您提供一下胸围/腰围”“联系人电话也提供下吧”也报告，“如需要您可私信提供…”是条件下的建议，“很抱歉,需要您提供详细地址”先道了歉，不报告（第二十八轮）；把“再”打成“在”的“您在等待一下”也报告（第二十九轮）；整段只有“您提供一下”“您自行寄出”也报告，“方便您提供一下…”是客气的请求，不报告（第三十轮）；“售后单”“售后申请”里的“售后”说的是单据，不是店铺在做事，之后的“需要您自行寄回”仍报告，“需要寄回的话…”是条件，不报告（第三十一轮）；“亲，提供一下身份证号码”“提供下新订单”“您提供您的商家ID”“链接提供下吧”“洗衣机的订单号呢”、只有称呼或状态在前的“重新下单哦”、整段只有“先确认收货”也报告；“方便提供一下…”“如方便您可私信提供…”“您方便的提供一下…”是客气的请求，前一段只有“麻烦亲爱的”时也算软化，紧接在“可以申请退款,”“只能申请退货，”“或者是拒签 ”之后的“重新购买/下单”是所给办法的下一步，不报告（第三十二轮）；没有主语的“需要重新下个订单”也报告（第三十三轮）；“您提交个新订单”“您拍个新订单”同“您下一个新订单”，也报告（第三十四轮）；“这个订单取消一下哦”“订单号码私信给我”“这个情况提交售后服务看下”和作为回答的“也是要申请售后的”也报告；“您可将…私信给我们”是给出的办法，“运费您先垫付…成功后给您理赔”后面说了店铺自己的下一步，不报告（第三十五轮）；“您直接申请下…”和没有主语的“要直接退”也报告，“您是要直接退吗”是问句，不报告（第三十六轮）；“发我看看”和整段只有“取消订单”也报告，“您和他说一下”是让顾客告诉别人（配送员），归 no-redirect-to-courier，不报告（第三十七轮）；“您先联系一下商品客服”“取消了告知一下我”也报告（第三十八轮）；前面只有“取消订单”的“取消订单重新购买哦”也报告（第四十轮）；“亲这边订单号先给我一下”也报告，给我的东西不会是店铺在做事（第四十一轮）；“…，取消了，从新申请一个”也报告（第四十二轮）；“您订单号给我”“取消后告知妹子哈”也报告（第四十三轮）；“订单号发送我看下”“单号发我看下”也报告（第四十四轮）；“您取消新订单哦”也报告，“您等待一下退款”说的是接下来会退款，同“您等待到账的哦”，不报告（第四十五轮）；“在…界面联系商家客服”也报告，“您先和师傅说下”同“您和他说一下”，归 no-redirect-to-courier（第四十七轮）；“您在耐心等待的呢”（把“再”打成“在”）、“截屏给小V看下”、“您这边需要提供…”、“新下一个一样的订单”和“您直接取消”也报告，“感谢您在耐心等待”“您直接取消就可以了”和“您等待出库/发货”（说的是接下来会发生的事）不报告（第四十八轮）；整段只有“您问下”也报告（第四十九轮）；“您这边复制一下订单号”也报告，“在问题描述里说明…,我们给您处理”后面说了店铺自己的处理，不报告（第五十轮）；“您私信提供…”也报告，句首的“方便的话”软化同一句里后面的请求（第五十一轮）；“…后 联系我们补回”也报告，“随时联系我们”不报告；“您保持手机畅通”按标注惯例不报告（第五十二轮）；“您现在联系商家客服”也报告，“…联系商家客服后…”不报告（第五十四轮）。“您按照页面链接，去申请”和“直接咨询下…客服”这类光秃秃的指引也报告（“…去申请就可以了”“建议直接咨询…”不报告）（第五十五轮）。“然后把降价的订单提供给小妹”也报告；请求后面问一句“您看呢/您看嗯”是在征求顾客意见，算软化（第五十六轮）。“不用再麻烦您咨询”里的“麻烦”是省去顾客的麻烦、前面问过的“请问…吗”，都不软化后面的“您给我税号”；“您填写以上资料”“也需要您等待的哦”也报告（第五十八轮）。“需要您先联系卖家…”和光秃秃的“私信提供一下…”也报告（第五十九轮）。“详细地址哈”这类只说要什么的短句也报告（“…，地址哈”是给出地址，不报告）；先说“非常理解您的心情”再说“需要您提供”，和先道歉一样算客气（第六十轮）。“能不能截个图看看？”是正反问，在问而不是命令（第六十四轮）。“剩下两个要您发货给商家的”（要您…，不是需要您…）和“亲,提供一下上传编号~”也报告（第六十六轮）。没有主语的“需要联系厂家呢”和分句开头光秃秃的“联系下售后”也报告；“看能否处理”里的“能否”是“看看是否”，不软化前面的请求（“您看能否…”仍算客气）（第六十七轮）。“说下订单号”、“是要您联系客服…”和“您联系京东商城客服的”也报告（“…客服的时候”不报告）（第六十八轮）。光秃秃的“您协助我们抓取一个log”也报告（第六十九轮）。单独的“等待回复/等待通知”也报告（第七十一轮）。“（这是网点预约电话）您联系下 预约安装哦”、分句开头的“先填写资质”和“省市区给我一下”也报告（第七十二轮）。“确认下收货申请售后”和刚给出号码后的“拨打一下这个电话”也报告，“您下单试试”是建议试一试，不报告（第七十三轮）。“需要您分开拍”也报告，“您再耐心等待下退款”说的是接下来会退款，不报告（第七十四轮）。光秃秃的“您这边确认收货哦”也报告（第七十五轮）。“验证码收到提供下”也报告（第七十六轮）。“需要您取的哦”也报告；结尾的“请问还有其他还可以帮到您的吗?”问的是别的需要，里面的“可以…吗”不软化前面的请求；“可能需要您自取”是猜测，不报告（第七十八轮）。“申请一下售后”（中间有“一下”）和“您提供下入驻编码”也报告（第七十九轮）。“您先申请，具体看售后怎么处理”（逗号后的问句不管前面的请求）、“需要您预约一下呢”和“直接提交售后的亲”也报告，“取消订单的呢”是回答，不报告（第八十轮）。“您等待新商品配送…”说的是接下来会发生的事，不报告；没有主语的“可私信提供…给我们”和“您可私信提供…”一样是给出的办法，不报告；“快递给您致电时候 您说一下”是让顾客告诉快递员，归 no-redirect-to-courier（第八十一轮）。“亲说一下机器编号”（机器/设备/产品编号、序列号、IMEI 号也是要顾客给的东西）和没有主语的“需要先申请售后维修”也报告；“有商品需要申请售后可以点击…”是条件，“需要申请售后退货呢,申请路径:…”后面给了办法，不报告（第八十二轮）。没有主语的“需要取消一下新订单”也报告；“可以直接在微博发一个秒拍,链接给我就好”里句首的“可以直接…”和“您可以”一样是给出的办法，不报告（第八十四轮）。整段只有“您手机号/您的地址”这类顾客的资料（前面一条消息里说了别的）也报告，“核实了您的地址”不报告（第八十五轮）。“订单号您发给妹子一下呢”（“发给”和“发”一样，“妹子”和“小妹”一样）也报告（第八十六轮）。“需要您联系安装人员哦”和整句只有“提供绑定的银行卡卡号，后N位”也报告（第八十七轮）。“号码告知哦”（资料加“告知”，只有语气词）也报告（第八十八轮）。整段只有“复制一下订单号呢”也报告；“帮您复制一下订单号”是店铺在做，不报告（第九十轮）。“把发票抬头给小妹”（把…给小妹/妹子，和“给我”一样）也报告（第九十三轮）。“需要您解绑/换绑…”也报告，逗号后面另问的问题（您想换成哪个号码呢）不把前面的“需要您…”变成问句；“收货单号您也发一下”（中间有“也”）和“您发一下您的商品编码”（商品编码/编号也是要顾客给的东西）也报告（第九十六轮）。“您告知下您的信息”（告知/告诉下 + 要顾客说的东西）也报告（第九十七轮）。分句里只有“您告知/您告诉下”（那您告知）也报告（第九十八轮）。“您将编号给我一下”（“将”同“把”）也报告（第一百零二轮）。“提供一下新的地址”“发下正确的单号”（新的、正确的资料）也报告（第一百零三轮）。单独的“等待回电”也报告；“您申请退货为您办理的哦”（申请后紧接着“给您/为您处理、办理”）说了店铺接着做的事，不报告（第一百零五轮）。“可能需要您耐心等待…”和“可能需要您自取”一样是猜测，不报告（第一百零六轮）。“您多等一天吧”和“需要您电话联系…”也报告；“申请售后 说明原因,申请路径:…”后面给了办法，和“需要申请售后…申请路径”一样不报告（第一百零七轮）。“提供给妹子一下”（给谁放在动词后面）、整段只有“发一下”和“您申请换新”也报告；先道歉只软化“需要您…”，不软化光秃秃的“订单号提供一下”（第一百零八轮）。没有主语的“告诉我一下…编号”（要说的资料在后面）也报告（第一百一十轮）。“需要您拨打…”也报告；“您提交售后服务单，京东售后处理呢”（申请之后说了由售后/我们处理）不报告（第一百一十一轮）。没有“需要”的“取消一下新订单哈”也报告（店铺自己取消的“帮您取消一下新订单”不报告）（第一百一十二轮）。“那您重新发给我吧”和把“正确”打成“真确”的“您这边提供下真确的联系方式”也报告（第一百一十三轮）。“您这边在耐心等待一下呢”（中间有“这边”，“在”同“再”）也报告（第一百一十四轮）。操作指引里的“然后再拍照看下”是让顾客自己试试看，不是要照片，不报告（第一百一十五轮）。“等着的哈”（口语里的等待）和“需要您使用…”也报告，“我们也在等着的呢”是说明，“因为需要您提供…”是在解释理由，不报告（第一百一十六轮）。“您先把…给到我”（给到同给）和作为回答的“您去营业厅咨询的”也报告，“您可以去…咨询”是给出的办法，不报告（第一百一十七轮）。“您告知我一下单号”、没有主语的“需要点击确认收货”和确认后光秃秃的“（嗯）寄过来看看”也报告（第一百一十九轮）。“这边是需要您…”里的“这边是”是话题，不是店铺在做事，照常报告；“需要您咨询一下…”和“您需要下载/安装…”也报告（第一百二十轮）。“您提供（有）一个…地址”（要一份某类资料）也报告（第一百二十一轮）。“您把单号、收件人、手机、串号发我下”（一串资料，比平常的间隔长）也报告（第一百二十三轮）。',
      ],
    },
  },
  triggers: [
    { pattern: `(发|提供|告诉|报|给|留)(一下|下|个)?(我|我们)(一下|下)?(您的|你的)?${DOCS}`, tag: 'req' },
    { pattern: `${DOCS}(发|给|报|告诉|拍|截)(一下|下|个)?(我|我们|过来|来)`, tag: 'obj', except: [`${DOCS}(发|给)(过来|来)的`] },
    { pattern: `${DOCS}(您|你)(这边)?(也)?(先)?(提供|发|给|报)(一下|下)`, tag: 'obj' },
    { pattern: `(您|你)(这边)?(先)?(提供|发|报)(一下|下)(您|你)?(的)?${WHICH_DOC}?(使用|用)?(的)?${DOCS}`, tag: 'req' },
    { pattern: '(拍|截)(个|张|一张)?(照片|图片|视频|图)(给我|给我们|过来|我看|我们看|看看|看下|发我)', tag: 'req' },
    { pattern: '(您|你)…{8}告诉(我|我们|小妹|小二|妹子)(一下|下)', tag: 'req' },
    { pattern: '(您|你)(先|再)?(耐心)?(等待|等等|等一下|等下)', except: ['(您|你)(先|再)?(耐心)?(等待|等等|等一下|等下)(的|我|小妹|这边)', '(您|你)(先|再)?(耐心)?等待(到账|退款|收货|送达|到货)(的|就)', '(您|你)(先|再)?(耐心)?(等待一下|等待下|等一下|等下)(到账|退款|收货|送达|到货)', '(您|你)(先|再)?(耐心)?等待(新商品|新的商品|商品|新货|新品)?(出库|发货|配送|派送|物流更新)'], tag: 'wait' },
    // 可以的 您提供一下: the whole phrase (see check)
    // (发一下: the same with no one named, the whole phrase)
    { pattern: '(您|你)?(这边)?(先)?(提供|发)(一下|下)', tag: 'bare' },
    // 您自行寄出: how to send it back, told
    { pattern: '(您|你)(先)?(自行|自己)(寄出|寄回|退回|发回)', tag: 'req', except: ['(您|你)(先)?(自行|自己)(寄出|寄回|退回|发回)(的|了|过|后|之后|时)'] },
    // 您多等一天吧: a longer wait, told bare
    { pattern: '(您|你)(再)?多等(一天|两天|几天|一下|下|一会)', tag: 'wait' },
    // 您在等待一下 (在 for 再)
    { pattern: '(您|你)(这边)?在等待(一下|下)', tag: 'wait' },
    // 您在耐心等待的呢 (在 for 再, said as the answer; not 感谢您在耐心等待)
    // (您这边 named between the customer and the wait: the customer's side)
    { pattern: '(您|你)(这边)?在耐心等待(一下|下|的呢|的哈|的哦)', tag: 'wait', except: ['(知道|感谢|谢谢|理解|辛苦)…{4}(您|你)(这边)?在耐心等待'] },
    // 您仔细找下
    { pattern: '(您|你)(再)?(仔细|认真)(找|看|查|翻)(一下|下|找|看)', tag: 'req' },
    // 先等待一下审核的哈 / 一定要先等一下电话: a wait told with no one named
    // (您再耐心等待下退款: what will come, as 您等待一下退款)
    { pattern: '(先|再)(耐心)?等待(一下|下)', tag: 'wait', except: ['(先|再)(耐心)?等待(一下|下)(到账|退款|收货|送达|到货)'] },
    { pattern: '(一定要|必须|务必)(先)?等(一下|下|待)', tag: 'must' },
    { pattern: '耐心(等待|等等|等一下|等下)', except: ['的耐心(等待|等)', '可以耐心(等待|等)', '在耐心(等待|等)', '耐心(等待|等)(一下|下)?(到账|退款|收货|送达|到货)'], tag: 'wait' },
    { pattern: '(拍|发|上传|提供|截)(一下|下|个|张|一张|几张|些|两张)(照片|图片|实物图|视频|截图|图|订单号|单号|地址)', tag: 'req' },
    // (not 关闭美颜后再拍照看看: a step of a how-to, try and see)
    { pattern: '(拍|截)(照|图|视频)(给我|给我们|给小妹|给妹子|过来|看看|看下|发我)', tag: 'req', except: ['(然后|再)(再)?(拍|截)(照|图|视频)(看看|看下)'] },
    // 截屏给小V看下: to the agent by name
    { pattern: '(截屏|截个屏)(发)?给…{3}(看下|看一下|看看|瞧瞧)', tag: 'req' },
    // (您把单号、收件人、手机、串号发我下: a list of details, longer than the gap below)
    { pattern: `${literals(['您', '你'], ['把'])}…{20}(发我|发给我)(一下|下)`, tag: 'req' },
    // (您先把开票的信息给到我: 给到 as 给)
    { pattern: '把…{10}(寄回来|寄回|退回来|退回|发回来|发回|寄过来|寄给我们|发给我们|发过来|发我|给到我们|给到我|给我们|给我|拍下来|拍给我|填上|填好|填写|补填|截图|提供给小妹|提供给妹子|提供给我|给妹子|给小妹)', tag: 'req' },
    { pattern: '(您|你)(这边)?(需要|必须|得|要先|先|务必)…{6}(寄回|退回|发回|寄过来|拍照|拍张|拍个|拍下|提供|填写|填一下|填上|填好|上传|确认收货|截图)', tag: 'must' },
    { pattern: `(您|你)(需要|必须|得|要先|先|务必)…{6}发(一下|下|个)?${DOCS}`, tag: 'must' },
    { pattern: '(再|先|就)?等(几天|两天|一两天|等|着)(吧|看)', except: ['(我们|我|这边)…{3}等(几天|两天|一两天|等|着)(吧|看)'], tag: 'wait' },
    { pattern: `(您|你)(私信|私聊)?(提供|发|报)(一下|下)…{10}${DOCS}`, tag: 'req' },
    { pattern: `${DOCS}(我|我们|小妹)(看看|看下|看一下|瞧瞧)`, tag: 'obj' },
    { pattern: '(私信|私聊)(给)?(我|我们)(一下|下)', tag: 'req' },
    // 您直接私信给我吧 (not 您私信给我们的信息, one already sent)
    { pattern: '(您|你)(直接)?(私信|私聊)(给)?(我|我们)', tag: 'req', except: ['(您|你)(直接)?(私信|私聊)(给)?(我|我们)(的|了|过)', '(您|你)(直接)?(私信|私聊)(给)?(我|我们)(一下|下)'] },
    // 给我新订单
    { pattern: '(发|给|提供)(我|我们|小妹)(一下|下)?(一个)?(新订单|新的订单)', tag: 'req' },
    // 确认收货申请售后: a bare order (see check)
    { pattern: '确认(一下|下)?收货(后|之后|然后)?(再)?申请(售后|退货|退款|换货)', tag: 'self' },
    // 拨打一下这个电话的哦: the number just given, the call told bare (see check)
    { pattern: '(拨打|打)(一下|下)(这个|该|此)(电话|号码)', tag: 'self' },
    { pattern: '等待…{6}(和|与|跟)(您|你)联系', tag: 'wait' },
    { pattern: '(您|你)先(垫付|垫一下|付一下)', tag: 'must' },
    { pattern: '(您|你)(添加|加)(一下|下)(qq|微信|我)', tag: 'req' },
    { pattern: '(您|你)…{4}配合', except: ['(您|你)的配合', '(感谢|谢谢|多谢)…{4}配合'], severity: 'info', tag: 'coop', message: '“配合一下”听起来像在要求顾客：建议改成请求和感谢，例如“麻烦您拍张照片给我们，给您添麻烦了”。' },
    { pattern: '(好吗|好么|好不好|可以吗|可以么|行吗|行么|可以不)', tag: 'soft', inQuotes: true },
    { pattern: '方便的话', tag: 'soft' },
    // 您重新购买下,您看嗯 / …,您看呢: the customer's view asked after the step
    { pattern: '(您|你)看(呢|嗯|怎么样|如何)', tag: 'soft' },
    // 方便您提供一下… / 如方便您可私信提供… / 您方便的提供一下…: asked as a favour
    { pattern: '(如|若)?方便(,|，)?(您|你)?(的)?(可以|可)?(私信)?(提供|发|告诉|告知|留|拍|上传)', tag: 'soft' },
    { pattern: '(您|你)方便(的)?(提供|发|告诉|告知|留|拍|上传)', tag: 'soft' },
    { pattern: `${DOCS}(,| |也)?(发|给|报|提供)(一下|下)`, tag: 'obj' },
    { pattern: '(您|你)(先)?(发给|发|给)(我|小妹|妹子|妹纸)(一下|下)?', tag: 'req', except: ['(您|你)(先)?(发给|发|给)(我|小妹|妹子|妹纸)(一下|下)?(的|了|过)'] },
    {
      pattern: '(您|你|亲)(现在|先|就|直接|再)?(重新|从新)?(拍下|下单)', tag: 'req',
      // what happens after ordering (您下单之后会显示…), a noun (下单账户), a description (是您下单…)
      // (nor 您下单试试, a try suggested)
      except: ['(您|你|亲)(现在|先|就|直接|再)?(重新|从新)?(拍下|下单)(订单)?(的|了|过|时|是|后|之后|以后|好|完|账户|账号|时间|页面|地址|渠道|试试|试一下|试下|看看)', '(是|在|当|等)(您|你|亲)(现在|先|就|直接|再)?(重新|从新)?(拍下|下单)'],
    },
    // (not 您和他说一下: told to tell someone else, not the shop)
    // (nor 快递给您致电时候 您说一下: what to tell the courier when he calls)
    { pattern: '(您|你)…{8}(说|讲)(一下|下)', tag: 'say', except: ['(您|你)(提前|先|直接|再|到时|可以|也可以)?(和|跟|与)…{6}(说|讲)(一下|下)', '(您|你)(致电|打电话|来电)(的)?(时候|时)…{2}(您|你)?(说|讲)(一下|下)'] },
    // 在您商品的界面联系商家客服: a place, then the step
    { pattern: '(界面|页面|详情)(里|中|上)?(点击)?联系(一下|下)?(商家|卖家|店铺|商品)(的)?客服', tag: 'req', except: ['(可以|可|建议|如需|需要的话)…{12}(界面|页面|详情)(里|中|上)?(点击)?联系(一下|下)?(商家|卖家|店铺|商品)(的)?客服'] },
    // 发我看看: sent to the shop to look at
    { pattern: '发(给)?我(看看|看下|看一下|瞧瞧)', tag: 'req' },
    { pattern: '需要(先)?(寄回|退回|发回)', tag: 'must' },
    // 需要之前发票寄回财务… / 需要确认收货,然后申请售后: what the customer must do, with no one named
    { pattern: '需要…{6}(寄回|退回|发回)', tag: 'must', except: ['需要(先)?(寄回|退回|发回)', '需要(您|你)…{6}(寄回|退回|发回)'] },
    // (需要点击确认收货: the button named)
    { pattern: '需要(先)?(点击)?确认收货', tag: 'must', except: ['需要(先)?(点击)?确认收货(后|之后|以后|才|时)'] },
    // (…比价价保成功…,需要取消一下新订单号呢: the step left to the customer, no one named)
    { pattern: '(需要取消一下|需要取消下|需要先取消)(新|新的)?(订单|单)', tag: 'must', except: ['(需要取消一下|需要取消下|需要先取消)(新|新的)?(订单|单)(号)?(后|之后|以后|才|时|的话)'] },
    // (…价保成功，取消下新的订单哦: the same step told without 需要; not …就可以了呢, what suffices)
    { pattern: '(取消一下|取消下)(新|新的)(订单|单)(号)?(哈|哦|呢|吧)', tag: 'req', except: ['(帮您|为您|给您|我|小妹|妹子)(取消一下|取消下)(新|新的)(订单|单)'] },
    // 质量问题的话亲 这边需要申请售后呢: the customer's step, with no one named (whole literals: 售后 and
    // 需要 alone stand in most JD replies, and the matcher would verify the pattern at each)
    // (not …需要申请售后可以点击…, a condition, nor one followed by the way to do it: …申请路径: …)
    { pattern: '(需要申请售后|需要先申请售后|需要提交售后|需要先提交售后|需要申请一下售后|需要申请下售后|需要先申请一下售后|需要提交一下售后)', tag: 'must', except: ['需要(先)?(申请|提交)(一下|下)?售后(后|之后|以后|才|时|的话|可以|可|请)', '需要(先)?(申请|提交)(一下|下)?售后…{8}(路径|可通过|点击)', '(帮您|为您|给您|替您|我们|小妹|妹子)需要(先)?(申请|提交)'] },
    // 需要重新下个订单的呢: a new order needed, with no one named
    { pattern: '需要(重新|从新)(下个|下一个|下)(新)?(订单|单)', tag: 'must', except: ['需要(重新|从新)(下个|下一个|下)(新)?(订单|单)(后|之后|以后|才|时)'] },
    // 到时需要您自行寄出
    // (需要您确认收货 / 是需要您使用三方快递发货的)
    // (not what a process needs first, 需要您确认收货后才会显示完成)
    {
      pattern: `需要(您|你)(先)?(自行|自己)?…{6}${MUST_DO}`, tag: 'must',
      // (nor 如需要您可私信提供…, an offer: 如需 is the condition, 您可 the suggestion)
      // (nor 可能需要您自取下, what may be needed, a guess)
      // (nor 因为需要您确认一下地址, the need given as the reason for what was said)
      except: [`需要(您|你)(先)?(自行|自己)?…{6}${MUST_DO}(后|之后|以后|才)`, `如需要(您|你)(先)?(自行|自己)?…{6}${MUST_DO}`, `(因为|由于)(是)?需要(您|你)(先)?(自行|自己)?…{6}${MUST_DO}`, `需要(您|你)(可|也可)…{6}${MUST_DO}`, `可能需要(您|你)(先)?(自行|自己)?…{6}${MUST_DO}`],
    },
    // (把面单)拍张照发一下
    { pattern: '(拍张照|拍个照|拍照片)(发一下|发下|发过来|发给我|给我)', tag: 'req' },
    // 亲从新拍吧 / 您重新拍一下: ordering again
    { pattern: '(您|你|亲)(现在|先|就|直接|再)?(重新|从新)(拍|秒)(吧|哦|一下|下|一次|一单)', tag: 'req' },
    // 我需要您具体的地址: the shop's need stated as a demand
    { pattern: `(我|我们|这边|小妹)需要(您|你)…{6}${DOCS}`, tag: 'req' },
    // the customer asked to apply, cancel or submit (亲申请下退款 / 您取消一下), not the shop doing it for them (帮您申请下)
    { pattern: '(您|你|亲)(先|直接|再)?(申请|取消|提交)(一下|下)', tag: 'req', except: ['(为|帮|给|替)(您|你|亲)(先|直接|再)?(申请|取消|提交)(一下|下)'] },
    // 要直接退,再购买其他款式的: the way told bare (not 您是要直接退吗, asking)
    { pattern: '要直接(退|退货|退款|寄回)', tag: 'must', except: ['(您|你|亲|是|想|不)要直接(退|退货|退款|寄回)'] },
    { pattern: '提交(一下|下)', tag: 'req', except: ['提交(一下|下)(去|来)', '(为|帮|给|替)(您|你|亲)提交(一下|下)'] },
    // 这个订单取消一下哦: the order named, the step told
    { pattern: '(订单|单子)(先)?(取消|申请|提交)(一下|下)', tag: 'req', except: ['(订单|单子)(先)?(取消|申请|提交)(一下|下)(来|去|了)'] },
    // 这个情况提交售后服务看下: apply and see
    { pattern: '(提交|申请)(售后|售后服务|售后服务单)(看一下|看下|看看)', tag: 'req' },
    // 也是要申请售后的: what is needed, told as the answer (not 您是要申请售后的, asking what the customer wants)
    { pattern: '是要(先)?(申请|提交)(售后|退款|退货|换货)的', tag: 'must', except: ['(您|你|亲)(也|都|还)?是要(先)?(申请|提交)(售后|退款|退货|换货)的'] },
    // a bare order to apply (订单申请退款哦 / 亲申请售后吧): only where nothing but an address or the
    // order comes before it in its piece (see check)
    { pattern: '(申请|提交)(退款|退货|售后|换货|售后服务单)(哦|吧)', tag: 'self' },
    { pattern: '(重拍|重新拍|从新拍)(呢|哦|吧)', tag: 'self' },
    { pattern: '(提供|发)(一下|下)?…{4}(信息|资料)(哦|吧|呢)', tag: 'self' },
    // 您拍鞋底的照片: a photo asked for (not 您拍的照片, one already taken)
    { pattern: '(您|你)(先)?拍(一下|下|个|张)?…{6}(照片|图片|视频)', tag: 'req', except: ['(您|你)拍的…{6}(照片|图片|视频)', '(您|你)(先)?拍(一下|下|个|张)?…{6}(照片|图片|视频)(了|过|的)'] },
    // 给妹子提供一下 / 给小二晒一下…截图
    { pattern: `(给|向)${TO_US}(提供|发)(一下|下)`, tag: 'req' },
    // (您再发给我吧: sent again, told bare)
    { pattern: `(您|你)(再|重新|从新)发给${TO_US}(吧|哦|呢)`, tag: 'req' },
    // (提供给小妹一下哦: the same, the one it goes to after the verb)
    { pattern: `(提供|发)给${TO_US}(一下|下)`, tag: 'req' },
    { pattern: `晒(一下|下)…{6}${DOCS}`, tag: 'req' },
    // 您按照下单地址寄出哦: how to send it back, told
    { pattern: '(您|你)(按照|按|根据)…{8}(寄出|寄回|退回|发回)', tag: 'req' },
    // 您填写以上资料为您申请哦: a form to fill in, told bare
    { pattern: '(您|你)(先)?填写(一下|下)?(以上|以下|下面|上面)(的)?(资料|信息|内容)', tag: 'req', except: ['(您|你)(先)?填写(一下|下)?(以上|以下|下面|上面)(的)?(资料|信息|内容)(后|之后|以后|的话|了|时)'] },
    // 私信提供一下机主姓名.: a private message asked for, told bare at the start of its phrase
    { pattern: '私信(提供|发送|告知)(一下|下)', tag: 'self' },
    // 需要您先联系卖家让他们今天就发货: another party to contact, stated as a need (需要您联系安装人员哦)
    // (需要联系厂家呢: the same with no one named; not the shop's own need, 我们需要联系厂家)
    // (是要您联系客服帮您手动认款的: the same need said with 是要)
    { pattern: '(需要|是要)(您|你)?(先)?(自行|自己)?联系(一下|下)?(卖家|商家|厂家|售后|客服|安装人员|安装师傅)', tag: 'must', except: ['(需要|是要)(您|你)?(先)?(自行|自己)?联系(一下|下)?(卖家|商家|厂家|售后|客服|安装人员|安装师傅)(的话|时|后|之后)', '(我|我们|这边|小妹|妹子|咱们)(这边)?(也|还|就)?(需要|是要)(先)?联系', '(您|你|亲)(也|都|还)?是要(先)?联系'] },
    // 剩下两个要您发货给商家的: what the customer must do, said with 要 (需要您… is the trigger above)
    { pattern: '要(您|你)(先)?(自行|自己)?(寄出|寄回|退回|发回|发货|寄过来)', tag: 'must', except: ['(需|不|想|只|主|重|是否)要(您|你)(先)?(自行|自己)?(寄出|寄回|退回|发回|发货|寄过来)', '要(您|你)(先)?(自行|自己)?(寄出|寄回|退回|发回|发货|寄过来)(的话|后|之后|时|吗|么)'] },
    // 亲,提供一下上传编号~: a number asked for, whatever it numbers
    { pattern: '(提供|发)(一下|下)…{4}(编号|编码)', tag: 'req', except: ['(提供|发)(一下|下)…{4}(编号|编码)(的|了|后|之后)'] },
    // (需要您打电话联系…: a call the customer must make, stated as a need)
    { pattern: '需要(您|你)(先)?(电话|打电话)联系', tag: 'must', except: ['需要(您|你)(先)?(电话|打电话)联系…{8}(后|之后|以后|才|的话)'] },
    // 需要您取的哦: the parcel to be collected, said bare
    { pattern: '需要(您|你)(去|来)?取(的|哦|呢)', tag: 'must' },
    // 您需要下载新的驱动: a step in the customer's own setup, stated as a need with the subject first
    { pattern: '(您|你)需要(先)?(下载|安装|更新|升级|卸载|重装)', tag: 'must', except: ['(您|你)需要(先)?(下载|安装|更新|升级|卸载|重装)…{8}(的话|吗|么|后|之后|时)'] },
    // (那您提供一个以前的收货地址: one of a kind of document asked for)
    { pattern: `(您|你)(先)?提供(有)?(一个|个)…{6}${DOCS}`, tag: 'req', except: [`(您|你)(先)?提供(有)?(一个|个)…{6}${DOCS}(的话|后|之后|吗|么)`] },
    // 也需要您等待的哦: a wait stated as a need
    { pattern: '需要(您|你)(耐心)?等待(的)?(哦|呢|哈|了|哟)', tag: 'must' },
    // 需要您换绑手机号哦: a binding to change, asked as a need
    { pattern: '需要(您|你)(先)?(换绑|解绑|重新绑定)', tag: 'must' },
    // 您按照页面链接，去申请: the way to apply told bare
    { pattern: '(您|你)(按照|按|根据)…{8}去(申请|提交|操作)', tag: 'req', except: ['(您|你)(按照|按|根据)…{8}去(申请|提交|操作)…{6}(就可以|就行|即可|就好)'] },
    // 亲亲 直接咨询下咱们金融的客服: sent on to another desk, bare
    { pattern: '直接咨询(一下|下)…{6}客服', tag: 'req', except: ['(可以|可|建议|如需|需要的话|您也可)…{4}直接咨询(一下|下)…{6}客服'] },
    // 您提供一下现在降价的订单 (the order itself, not only its number)
    // (anchored on 的订单 / 新订单, not on 订单 itself: 订单 is in most replies, and every anchor hit costs a check)
    { pattern: '(您|你)(这边)?(先)?(提供|发)(一下|下)…{10}(的订单|新订单)', tag: 'req', except: ['(您|你)(这边)?(先)?(提供|发)(一下|下)…{10}(的订单|新订单)(号|编号|信息)'] },
    // 您私信一下收货人电话
    { pattern: `(您|你)(私信|私聊)(一下|下|给我|给我们|我|我们)…{6}${DOCS}`, tag: 'req' },
    // 您申请取消 / 您申请售后说清楚原因: the customer told to apply, not what happens once they have
    // (您申请退款后… / 您申请售后的时候) nor the shop applying for them (帮您申请退款)
    {
      pattern: `(您|你|亲)(先|直接|就)?(申请|提交)${APPLY_FOR}`, tag: 'req',
      except: [
        `(为|帮|给|替|是|在|当|等|待)(您|你|亲)(先|直接|就)?(申请|提交)${APPLY_FOR}`,
        `(您|你|亲)(先|直接|就)?(申请|提交)${APPLY_FOR}(订单)?(的|了|过|后|之后|以后|时|成功|中|完|就|是|审核|通过|记录|页面|单号|原因)`,
        `(您|你|亲)(先|直接|就)?(申请|提交)${APPLY_FOR}…{4}(后|之后|以后|时)`,
        // (亲申请售后吧 is the bare order below, reported there)
        '(您|你|亲)(先|直接|就)?(申请|提交)(退款|退货|售后|换货)(哦|吧)',
      ],
    },
    // 您取消新订单哦: the new order (a price-protection step) to be cancelled
    { pattern: '(您|你|亲)(现在|先|直接|再)?取消(一下|下)?(新订单|新的订单)', tag: 'req', except: ['(为|帮|给|替)(您|你|亲)(现在|先|直接|再)?取消(一下|下)?(新订单|新的订单)', '(您|你|亲)(现在|先|直接|再)?取消(一下|下)?(新订单|新的订单)(后|之后|以后|的|了|时)'] },
    // 您取消订单重新下单
    { pattern: '(您|你|亲)(先|直接|就)?取消(订单|一下|下)?(然后|再|后)?(重新|从新)(下单|拍|购买)', tag: 'req' },
    // 在问题描述说明需要退货: what to write in the application
    { pattern: '在(问题描述|描述|备注|留言)(里|中|栏|处)?(说明|写明|注明|写上)', tag: 'desc' },
    // 您现在联系商家客服: the seller's service, the step told bare
    { pattern: '(您|你)(现在|先|直接)联系(一下|下)?(商家|卖家|店铺|商品)(的)?客服', tag: 'req', except: ['(您|你)(现在|先|直接)联系(一下|下)?(商家|卖家|店铺|商品)(的)?客服(的时候|时|后|之后)'] },
    // 您私信提供您的联通号码…: the way and the step, bare
    { pattern: '(您|你)(这边)?(先)?私信(提供|发送|告知)', tag: 'req' },
    // 退换货完成后 联系我们补回: the step to get it made good
    { pattern: '联系我们(补回|补发|补偿|补差|退款|处理)', tag: 'req', except: ['(随时|可以|可|欢迎|及时)…{3}联系我们(补回|补发|补偿|补差|退款|处理)', '(为|帮|给)…{3}联系我们'] },
    // 您这边复制一下订单号呢
    // (not 帮您复制一下订单号, the shop doing it)
    { pattern: '(您|你)(这边)?(先)?复制(一下|下)(订单号|订单编号|单号|链接|商品链接)', tag: 'req', except: ['(帮|给|为|替)(您|你)(这边)?(先)?复制(一下|下)(订单号|订单编号|单号|链接|商品链接)'] },
    // 您下一个降价后的订单号: an order to be placed
    // (您提交个新订单 / 您拍一个新的订单 too)
    { pattern: `(您|你)(先|再)?(重新)?${NEW_ORDER}`, tag: 'req', except: [`(您|你)(先|再)?(重新)?${NEW_ORDER}(的|了|后)`] },
    // 新下一个一样的订单不付款: a new order told, the kind between
    { pattern: '(新|重新|从新)下(一个|个)…{4}订单', tag: 'req', except: ['(为|帮|给|替)(您|你|亲)…{3}(新|重新|从新)下(一个|个)…{4}订单', '(新|重新|从新)下(一个|个)…{4}订单(的|了|后|之后|吗|么)'] },
    // 您直接取消，全部返回的: the step told bare (not 您直接申请就可以了, nor the shop's 帮您直接取消)
    { pattern: '(您|你|亲)直接(取消|申请|提交)', tag: 'req', except: ['(为|帮|给|替)(您|你|亲)直接(取消|申请|提交)', '(您|你|亲)直接(取消|申请|提交)(的|了|过|后|之后|吗|么)', '(您|你|亲)直接(取消|申请|提交)…{8}(就可以|就行|即可|就好)'] },
    // 订单号和地址告知一下 / 另外一个订单发给我下
    { pattern: `${DOCS}(,| )?(告知|告诉)(我|我们)?(一下|下)`, tag: 'obj' },
    // 订单号码私信给我: the document sent by private message
    { pattern: `${DOCS}(,| )?私信(给)?(我|我们|小妹)`, tag: 'obj', except: [`${DOCS}(,| )?私信(给)?(我|我们|小妹)(的|了|过)`] },
    // 订单号先给我一下
    { pattern: `${DOCS}(先)?(给|发|发送)(我|小妹)(一下|下)?`, tag: 'obj', except: [`${DOCS}(先)?(给|发|发送)(我|小妹)(一下|下)?(的|了|过|吗)`] },
    { pattern: '(订单发给我|订单发给我们|订单发给小妹|订单发我|订单给我)(一下|下)?', tag: 'obj', except: ['(订单发给我|订单发给我们|订单发给小妹|订单发我|订单给我)(一下|下)?(的|了|过)'] },
    // 拍一下鞋底和包装
    { pattern: '拍(一下|下)(鞋底|包装|外包装|吊牌|标签|商品|实物|瑕疵|问题|故障|破损|快递单|面单|底部|正面|背面|整体)', tag: 'req' },
    // 您打电话预约一下
    { pattern: '(您|你)(先)?(打电话|打个电话|致电)(预约|咨询|确认|问)(一下|下)', tag: 'req' },
    // 按订单原下单地址寄出: a bare order (see check)
    { pattern: '(按照|按)(订单)?(原)?(下单)?地址(寄出|寄回|退回)', tag: 'self' },
    // 您留个邮箱 / 您留一下电话
    { pattern: `(您|你)(先)?留(个|一个|一下|下)…{4}${DOCS}`, tag: 'req' },
    // 您联系下商家咨询一下: sent to another party (not 帮您联系下商家, the shop doing it)
    { pattern: '(您|你)(先|直接|再)?(联系|咨询)(一下|下)(商家|厂家|卖家|店家|官方|售后|客服|商品客服|页面客服)', tag: 'req' },
    // 您去营业厅咨询的: sent on to a place to ask, said as the answer (not 您可以去…, a way offered)
    { pattern: '(您|你)(先|直接|再)?去…{6}(咨询|询问|问问|问)(一下|下)?(的|哦|吧|呢|哈)', tag: 'req', except: ['(您|你)(先|直接|再)?去…{6}(咨询|询问|问问|问)(一下|下)?的(时候|话|人)'] },
    // 您联系京东商城客服的: sent on to another desk named in full, said as the answer
    { pattern: '(您|你)(先|直接|再)?(联系|咨询)(一下|下)?…{6}客服(的|哦|吧|呢|哈)', tag: 'req', except: ['(您|你)(先|直接|再)?(联系|咨询)(一下|下)?…{6}客服的(时候|话|电话|方式|时|号码)', '(您|你)(先|直接|再)?(联系|咨询)(一下|下)(商家|厂家|卖家|店家|官方|售后|客服|商品客服|页面客服)(的|哦|吧|呢|哈)'] },
    // 您协助我们抓取一个log: the customer's help asked for, bare
    { pattern: '(您|你)(先)?协助(一下|下)?(我们|我|小编)', tag: 'req', except: ['(您|你)(先)?协助(一下|下)?(我们|我|小编)(的|了|过)'] },
    // 这是网点预约电话您联系下 预约安装哦: the number given, the call told bare
    { pattern: '(您|你)(先|直接|再)?联系(一下|下)(,|，| )?(预约|咨询|确认|询问)', tag: 'req' },
    // 先填写资质: the form told bare at the start of its phrase (see check)
    { pattern: '填写(一下|下)?(资质|资料|信息|单号)', tag: 'self', except: ['填写(一下|下)?(资质|资料|信息|单号)(的|了|后|之后|时)'] },
    // 您这边确认收货哦: the step told bare, only a particle after it
    { pattern: '(您|你)(这边)?(先)?确认(一下|下)?收货(哦|吧|呢|哈)', tag: 'req' },
    // 验证码收到提供下: the code asked for once it arrives
    { pattern: `${DOCS}收到(后|了|之后)?(,| )?(提供|发|报|告诉)(一下|下|我)`, tag: 'obj' },
    // 说下订单号: the number asked for with 说
    { pattern: `说(一下|下)(您的|你的)?${DOCS}`, tag: 'req' },
    // 联系下售后，看能否处理: sent on to another desk, bare at the start of its phrase (see check)
    { pattern: '(联系|咨询)(一下|下)(商家|厂家|卖家|店家|官方|售后|客服|商品客服)', tag: 'self' },
    // 取消了告知一下我: tell the shop once done
    { pattern: '(告知|告诉)(一下|下)(我|我们|小妹|妹子)', tag: 'req' },
    // 您将编号给我一下: 将 for 把, the thing asked for given to me
    // (您将/你将 one literal: 将 alone stands in hundreds of replies)
    { pattern: `${literals(['您', '你'], ['将'])}…{8}(给我|发给我|发我|给我们|发给我们|提供给我|给小妹|给妹子)`, tag: 'req' },
    // 那您告知: the telling asked for alone in its phrase
    // (not 您告知我一下单号, whose 告知我一下… is matched on its own: the two would overlap)
    { pattern: `${literals(['您', '你'], ['告知', '告诉'])}(一下|下)?`, tag: 'bare', except: [`${literals(['您', '你'], ['告知', '告诉'])}${TO_US}`] },
    // 您告知下您的信息: what to tell, with no one named
    // (the verb with its subject one literal: 告知/告诉 alone stand in hundreds of replies)
    { pattern: `${literals(['您', '你'], ['', '先'], ['告知', '告诉'], ['一下', '下'])}(您|你)?(的)?(信息|资料|个人信息|${DOCS.slice(1, -1)})`, tag: 'req' },
    { pattern: '(告知|告诉)(小妹|妹子)(一下|下)?(哈|哦|吧|呢)', tag: 'req' },
    // 您打小米官方电话咨询一下
    { pattern: '(您|你)(先|再)?(打|拨打|致电)…{8}(电话|热线)(预约|咨询|确认|问)(一下|下)', tag: 'req' },
    // 您…回到家里跟我们联系一下 (not 随时跟我们联系, an invitation)
    { pattern: '(跟|和|与)(我|我们|小妹|客服)联系(一下|下)', tag: 'req', except: ['(随时|可以|欢迎|再)(跟|和|与)(我|我们|小妹|客服)联系(一下|下)'] },
    // 然后您重新购买
    { pattern: '(您|你|亲)(然后|再|就)?(重新|从新)(购买|买)', tag: 'req', except: ['(您|你|亲)(然后|再|就)?(重新|从新)(购买|买)(的|了|过|后|之后|时)'] },
    // a whole piece that names only what is wanted (订单编号呢) or the step (…，申请售后,): see check
    { pattern: `${DOCS}呢`, tag: 'bareDoc' },
    // 详细地址哈: the detail asked for, bare (not …，地址哈, an address given)
    { pattern: `(详细|具体|完整)${DOCS}(哈|呢)`, tag: 'bareDoc' },
    // 复制一下订单号呢: the step, the phrase nothing else (as 您这边复制一下订单号)
    { pattern: `复制(一下|下)${DOCS}`, tag: 'bare' },
    // 号码告知哦: the document, then the step, with only a particle
    { pattern: `${DOCS}(告知|告诉我)(哦|呢|哈|吧|啊)`, tag: 'obj' },
    // (告诉我一下手机的编号: what to tell, after the verb)
    { pattern: `${literals(['告诉', '告知'], TO_US.slice(1, -1).split('|'), ['一下', '下'])}…{6}(${DOCS.slice(1, -1)}|编号|编码)`, tag: 'req' },
    // 提供绑定的银行卡卡号，后四位: a card number asked for, the phrase nothing else
    { pattern: '提供…{8}(卡号|银行卡号)', tag: 'bare' },
    // (…请您保持手机畅通啊~ 您手机号: the customer's number asked for, its piece nothing else)
    // (not 您订单号发我下 / 您截图我看看, where a step follows and another trigger asks)
    { pattern: YOUR_DOCS, tag: 'bareDoc', except: [`${YOUR_DOCS}(,| |也)?(发|给|报|提供|告知|告诉|私信|我|看|拍|填|说|留|写|截|复制|上传)`] },
    // 亲，提供一下身份证号码 / 提供下新订单 / 您提供您的商家ID
    // (发下正确的单号: the new or correct one of a document)
    { pattern: `(提供|发)(一下|下)(您的|你的)?${WHICH_DOC}?(${DOCS.slice(1, -1)}|新订单|新的订单)`, tag: 'req' },
    { pattern: `(您|你)(提供|发)(您|你)的…{4}${DOCS}`, tag: 'req' },
    // 已经退款的 重新下单哦: ordering again, told bare (see check)
    { pattern: '(重新|从新)(下单|购买)', tag: 'self', except: ['(重新|从新)(下单|购买)(的|了|过|后|之后|时|就)'] },
    // 先确认收货: the whole phrase
    { pattern: '先确认收货', tag: 'bare' },
    // (not one followed by the way to do it, …,申请路径: …, as 需要申请售后 in round 82)
    { pattern: '(申请|提交)(售后|退货|退款|换货)', tag: 'bare', except: ['(申请|提交)(售后|退货|退款|换货)…{10}(申请路径|可通过)'] },
    // 您先申请，具体看…: the step told bare, the whole phrase
    { pattern: '(您|你|亲)先(申请|提交)', tag: 'bare' },
    // 申请一下售后: the whole phrase, 一下 between
    { pattern: '(申请|提交)(一下|下)(售后|退货|退款|换货)', tag: 'bare' },
    { pattern: '取消订单', tag: 'bare' },
    // 您问下: the whole reply, the customer to ask
    { pattern: '(您|你)(先)?问(一下|下)', tag: 'bare' },
    // …，取消了，从新申请一个: apply again, told bare (see check)
    { pattern: '(重新|从新)(申请|提交)(一个|一下|下)', tag: 'self' },
    // 等待一下售后联系您: a wait told with nothing before it (not 等待一下退款的哦, what will come)
    // (not 等待下一次相逢, the next time)
    // (not 等待下一次相逢, the next time; not 等待一下取件哦, what comes next)
    { pattern: '等待(一下|下)', tag: 'self', except: ['等待(一下|下)(到账|退款|收货|送达|到货)', '等待下(一|次|个|回)', '等待(一下|下)(取件|上门)'] },
    // 等着的哈: a wait told bare, colloquially (not 还在等着的哦, a state described)
    { pattern: '等着(的)?(哈|哦|呢|吧)', tag: 'self', except: ['(在|正在|一直|都|还|也)等着(的)?(哈|哦|呢|吧)'] },
    // 嗯寄过来看看: the goods to send in, told bare after an acknowledgement
    { pattern: '(寄过来|寄回来)(检测|检查|看看|看下|维修)(一下|下)?', tag: 'self' },
    // 等待回复: a wait told bare, with what to wait for (see check)
    { pattern: '等待(回复|通知|结果|消息|回电)', tag: 'self', except: ['等待(回复|通知|结果|消息|回电)(的|了|中)'] },
    // submit, and the shop will look (亲提交帮您看下)
    { pattern: '(您|你|亲)(先)?提交(订单)?(我)?(帮您|给您)(看|查|改)', tag: 'req' },
    // 直接寄回来: send the goods back (a refund 直接退回 the account is money going back, not a request)
    { pattern: '直接寄回(来)?', tag: 'req', except: ['(我们|我|这边|帮您|给您|为您)直接寄回'] },
  ],
  check(ctx) {
    const text = ctx.text;
    let reportedTo = -1;
    for (const h of ctx.hits) {
      const tag = h.trigger.tag;
      if (tag === 'soft') continue;
      if (tag === 'coop') { ctx.report({ start: h.start, end: h.end }); continue; }
      const [cs, ce] = pieceAt(text, h.start);
      // (the bare shapes are common words, 申请售后 / 等待下: their own cheap tests first)
      if (tag === 'self' && !bareLead(text, h, cs)) continue;
      if (tag === 'bare' && !barePhrase(text, h, cs, ce)) continue;
      // (洗衣机的订单号呢: what the number belongs to may come first, not 这是您的订单号呢)
      if (tag === 'bareDoc' && !barePhrase(text, h, cs, ce) && !ownerFirst(text, h, cs, ce)) continue;
      // (亲这边订单号先给我一下: what is given to me is not the shop acting)
      if (softened(ctx, h) || (shopActs(text, h.start) && !/[给发](我|小妹)/.test(text.slice(h.start, h.end)))) continue;
      // 您…说下 asks only where the clause ends (您说下单了 / 您说下午 are not requests)
      // 您说下呢 alone invites the customer to go on; it asks for nothing of the shop's process
      if (tag === 'say' && h.end - h.start <= 4 && /^(您|你)(说|讲)/.test(text.slice(h.start, h.end))) continue;
      if (tag === 'say' && (/可以|能/.test(text.slice(h.start, h.end)) || (h.end < text.length && !/[\s,.!?~;:哈呢哦吧啊呀]/.test(text[h.end])))) continue;
      // "tell the courier and that is all" (您和快递员说一下 不要了就是可以的), "wait for the refund and
      // that is all" (您耐心等待退款就可以了): what suffices, said to reassure
      // (a bare step reads to its sentence's end: 直接取消订单，重新下单购买您需要的就可以了)
      if (tag !== 'obj' && tag !== 'must' && SUFFICES.test(text.slice(h.end, tag === 'bare' ? Math.max(ce, h.end + 12) : h.end + (tag === 'wait' ? 20 : 12)).split('\n')[0])) continue;
      // 不需要寄回 / 不用发给我 tell the customer what they need not do
      if (text[h.start - 1] === '不' || text.slice(Math.max(0, h.start - 2), h.start) === '不用') continue;
      // 会把商品退回 / 将会… describes what will happen, it asks nothing
      if (/[会将]$/.test(text.slice(Math.max(0, h.start - 1), h.start))) continue;
      // (可能需要您多等几天: what may be needed, a guess, as round 78 settled for 自取)
      if (/可能(需要|要)$/.test(text.slice(Math.max(0, h.start - 4), h.start))) continue;
      // the next step of a request already reported in the sentence (需要您确认收货,然后再申请售后)
      if ((tag === 'bare' || tag === 'bareDoc') && reportedTo > cs) continue;
      // what follows the hit in its piece, without the turn's closing question (请问还有其他还可以帮到您的吗),
      // which is neither the shop's next step nor a question about the request
      const after = text.slice(h.end, ce).replace(CLOSING_QUESTION, '');
      // 直接提交售后，我们会安排的: the step, with the shop's own next one after it, guides
      // (运费您先垫付退换货成功后给您理赔: a need, with what the shop does once it is met)
      if ((tag === 'bare' || tag === 'must') && OWN_NEXT.test(after)) continue;
      if (HANDLED_NEXT.test(after)) continue;
      // 在问题描述里说明您的问题,我们给您处理: what to write, with what the shop then does
      if (tag === 'desc' && DESC_THEN_SHOP.test(text.slice(h.end, h.end + 24))) continue;
      if (/如果|如需|若|要是|的话|假如|只要/.test(text.slice(cs, h.start))) continue;
      // (需要寄回的话…: the condition closes after the hit)
      if (/^[^,，。!?;]{0,6}的话/.test(text.slice(h.end, h.end + 8))) continue;
      // a precondition (需要钱退回,才可以原退 / 需要拦截退回才可以退款) states, it does not ask
      if (tag === 'must' && /^[,，\s]?.{0,2}才/.test(text.slice(h.end, h.end + 4))) continue;
      // one of the ways a process offers (两种方式:第一，维修需要您发货…) describes, it does not ask
      if (tag === 'must' && /第一|第二|其一|一种|两种|方式[:：]/.test(text.slice(Math.max(0, h.start - 30), h.start))) continue;
      // what the customer has not done (没有提供电话给我) is a statement, not a request
      if (/(没有|没|未).{0,4}$/.test(text.slice(Math.max(cs, h.start - 6), h.start))) continue;
      // (可以直接在微博发一个秒拍,链接给我就好: a way opened by 可以 with no subject, as 您可以)
      // advice (建议您…/最好…/您可将…) and thanks for what the customer already did (感谢您把问题反馈给我们) ask nothing
      // (thanks only in the request's own piece: 感谢您的耐心等待 您留一下联系方式 still asks)
      if (/建议|最好|希望|(您|你)(也)?可(?!能)|可(将|把|私信)|^\s*可以(直接|先|在|通过|到|去)/.test(text.slice(Math.max(0, cs - 40), h.start).split(/[。!?;\n]/).pop() ?? '')) continue;
      if (/感谢|谢谢|多谢/.test(text.slice(cs, h.start))) continue;
      // a yes/no question (您有把商品给站点吗) asks rather than orders
      // (是否 in its own phrase only: 我需要您的地址,才可以看下是否有货 asks nothing of the customer)
      // (a bare phrase ends at its comma: 您先申请，具体看售后怎么处理 asks nothing)
      const rest = tag === 'bare' || tag === 'must' ? after.split(/[,，]/)[0] : after;
      if (/[吗么]|多少|什么|哪|怎么|对吧|是吧/.test(rest) || rest.split(',')[0].includes('是否')) continue;
      // 能不能截个图看看？: an A-not-A question asks, it does not order
      if (/^[^,，。!?？]{0,4}[?？]/.test(text.slice(h.end, h.end + 6)) && (A_NOT_A_FORM.test(text.slice(cs, h.start)) || /可否|能否/.test(text.slice(cs, h.start)))) continue;
      const lead = atPhraseStart(text, h.start) && !/[您你]/.test(text[h.start]);
      const insert = lead && (tag === 'req' || tag === 'desc' || tag === 'obj')
        ? { at: h.start, text: tag === 'obj' ? '麻烦您把' : '麻烦您' } : undefined;
      ctx.report({ start: h.start, end: h.end, insert, fixTitle: insert ? `在请求前加上“${insert.text}”` : undefined });
      reportedTo = h.end;
    }
  },
};
