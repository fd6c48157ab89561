import type { RuleModule } from '../api';
import { EMOTICON_NAME_SOURCE } from '../e-register/emoticon-policy';
import { A_NOT_A_FORM } from './shared';

/**
 * C6 (§19.2). Per message (each bubble the customer sees): a message with no warmth marker that is
 * a bare acknowledgement or negation, a refusal, a curt imperative or a curt stock opener is a
 * warning; when a sentence-final particle (哦/呢/…) is its only softener, info. Everything else —
 * factual answers, anything with 您/亲/请/谢谢/抱歉… — is left alone, so short polite replies stay clean.
 */

/** Warmth markers (published in the docs). Folded text: lower case, simplified. */
const STRONG = /您|(?<![母父双])亲(?![自身测肤子人友戚属眼手])|(?<![申邀])请|麻烦|辛苦|劳烦|谢|抱歉|歉意|不好意思|对不起|你好|欢迎|哈喽|hello|hi\b|早上好|上午好|下午好|晚上好|(新年|节日|生日|春节|元旦|中秋|国庆|端午)快乐/u;
/**
 * Emoticons: emoji, bracket codes of known names ([微笑], as emoticon-policy reads them: a template
 * placeholder such as [订单号], or the corpus's anonymised [数字x], is not warmth), Wangwang /:
 * codes, JD's #e-s codes and kaomoji.
 */
const EMOTICON = new RegExp(`\\p{Extended_Pictographic}|${EMOTICON_NAME_SOURCE}|#e-[a-z]|\\/:[^\\s]{1,4}|\\^[_\\-.]?\\^|[:;]-?[)dp]|o\\(|\\(∩|>_<|≧|♪|♥|❤`, 'u');
/** Weak softeners: sentence-final particles and the tilde. */
const PARTICLES = '哈呢哦喔呀啦哒哟噢嘛呐~';
const WEAK = new RegExp(`[${PARTICLES}]`);
const TRAILING_PARTICLES = new RegExp(`[${PARTICLES}]+$`);

/** Bare acknowledgements and negations (the whole message, particles and punctuation removed). */
const BARE = new Set([
  '嗯', '嗯嗯', '嗯嗯嗯', '恩', '恩恩', '哦', '哦哦', '噢', '喔', '好', '好的', '好吧', '行', '行吧', '可以', '可以的', '收到', '收到了',
  '已收到', '已经收到', '知道', '知道了', '明白', '明白了', '了解', '了解了', 'ok', 'okay', 'ok的', '在', '在的', '是', '是的', '对', '对的', '有', '有的', '有货', '有货的',
  '没', '没有', '没有了', '没了', '无', '不', '不是', '不会', '不能', '不行', '不可以', '不知道', '不清楚', '不一定', '没办法', '没货', '随便',
  '都行', '都可以', '看情况', '已发', '发了', '已发货', '已经发了', '等着', '等着吧', '等吧', '自己看', '看物流', '查物流', '不退', '不换', '不包邮',
  '可以了', '好了', '已提交', '提交了', '已经提交', '已处理', '已经处理', '已申请', '已经申请', '已反馈', '已修改', '已经修改', '已取消', '已经取消', '稍等我看看', '稍等我看下', '稍等我看一下', '稍等我查下', '稍等我查一下', '稍等', '稍等下', '稍等一下', '等一下', '等下',
  '不用', '不用了', '不需要', '不需要了', '都可以的', '都行的', '是这个', '确定的', '是这样', '是这样的', '是这样子', '是这样子的', '就是这样', '就是这样的', '备注了', '备注好了', '已备注', '发货了', '已经发货', '已经发货了', '已发货了', '可以改', '能改', '可以换', '能换', '可以退', '能退', '可以改的', '能改的', '可以换的', '能换的', '可以退的', '能退的', '可以修改', '可以修改的', '可以取件', '可以送到', '可以送到手中', '能送到', '修改好了', '已修改好', '申请成功', '申请成功了', '已申请成功', '提交成功', '提交成功了', '取消成功', '取消成功了', '修改成功', '修改成功了', '登记了', '反馈了', '我反馈一下', '我反馈下', '我联系', '已经好了', '已好', '配送中', '商品配送中', '派送中', '商品派送中', '运输中', '正在配送', '正在派送', '嗯啊', '到账了', '已到账', '已经到账', '已经到账了', '已到站点', '已经到站点', '已经到站点了', '到站点了', '那就行', '到了', '退款完成的', '退款完成了', '可以退货', '可以退货的', '重新备注', '从新备注', '已重新备注', '退回', '退回的', '退回了', '已退回', '已经退回', '已经退回了', '我备注一下', '我备注下', '我登记一下', '我登记下', '等待', '等待一下', '等待下', '么有', '木有', '额', '额额', '改好了', '改好', '弄好了', '有备注', '保密', '核实了', '已核实', '核实过了', '提交申请了', '已提交申请', '已经提交申请', '已经提交申请了', '成功了', '已经成功了', '价保成功', '价保成功了', '价保已经成功了', '支持的', '申请好了', '已申请好了', '提交好了', '已通过', '已经通过', '已经通过了', '通过了', '又发送了一次', '等待回复', '差价申请成功了', '差价申请成功', '价保申请成功了', '取消了', '已取消', '已经取消', '已经取消了', '又发了一次', '又提交了一次', '重新发送了', '已重新发送',
  // (不需要申请的: no need to apply, said bare)
  '不需要申请', '不需要申请的', '不用申请', '不用申请的',
  // (发货的: a bare status)
  '发货的', '已发货的', '已经发货的',
]);
/**
 * Bare only as the whole message (我看下 / 我去问问 / 还在): the agent's own step or presence said alone. Not
 * bare words for the pieces of a longer bubble, where 好的，我查下 answers warmly enough.
 */
const BARE_ALONE = new Set(['我看下', '我看一下', '我看看', '我查下', '我查一下', '我问问', '我问下', '我问一下', '我去问问', '我去问下', '我去问一下', '我去看看', '我去查查', '还在', '还在的', '都在', '都在的']);
/** A bare status report (已反馈主管 / 正在查看 / 已经催促了): an acknowledgement with nothing for the customer. */
const STATUS = /^(站点|仓库|库房|售后|快递|同事|专员|这边)?(现在|目前)?(还)?(已经?|正在|在)(给(他们|他|她|站点|仓库|库房|商家|售后|快递))?(反馈|提交|处理|申请|修改|取消|备注|登记|催促|催|转交|转达|转告|上报|查看|查询|核实|核查|安排|操作|跟进|留言|审核|联系|通知|告知|拦截|发|记录)(处理|核实|跟进|取消|退款|退货|售后)?(了|中)?(给)?(主管|售后|专员|相关部门|仓库|站点|快递|处理人员|工作人员)?(重新|尽快)?(安排)?(取件|配送|送货)?(了|中|的)?$|^已经?在(私信|电话|站内信|后台|系统)(中|里|上)?(沟通|联系|回复|处理|提交)(了)?$|^已经?(提交|申请)了?(取消|退款|退货|售后)(订单|申请)?了?$|^已经?(记录|登记)(并|后)?(反馈|转交|上报|转达)(给)?(工程师|技术|相关部门|工作人员|同事|专员|主管)(了)?$/;
/** Who a bare status may name first (站点正在核实). */
const STATUS_SUBJECT = new Set(['站点', '仓库', '库房', '售后', '快递', '同事', '专员', '这边']);
/** Short negative answers that are polite formulas, not coldness. */
const POLITE_NEGATIVE = /(不客气|没关系|没问题|没事|不会(延误|耽误|延迟|推迟)|不用谢|不麻烦|别客气|不要紧|不碍事|放心|(没有|没|不)影响|(没有|没)(什么)?(区别|差别)|没有.{0,4}(缺货|断货|无货))|^(好的|好|嗯嗯|嗯|是的)?[,，\s]*(不会|不需要|不用)(的)?[,，]?[^?？]*(因为|会|我给|我帮|我来|我们|这边|小妹)/;
/** A negation as the predicate (没有 / 不是 / 不发…), not 不同 / 差不多 / 不错. */
const NEGATION = /(^(都|也|就)?不在(的|了)?$|没有(?!关系|问题)|^(暂时|目前|现在|还|这边)?(此单|这单|订单|该订单|这个订单)?(还|暂时)?未(到账|发货|出库|退款|签收|审核|更新|跟新|拦截成功)|没(?!有|关系|问题|事|人|想到|什么人|准)|不是现货|^(那|这|也|都|还)?(就)?不是|不会|不行|不能|不可以|不可能(?!是)|不知道|不清楚|不确定|不(发|送|退|换|包邮|支持|提供|指定|议价|打折|卖|做|给|用的|需要(?=$|[的了呢哦哈啊呀吧,，。.!?~\s])|配送|派送|显示)|(?<!有点|确实)来不及|无法|无货|缺货|断货|(改|退|换|发|拆|取消|修改|办|处理|开|做|送)不了|(看|查|找)不到)/;
/** A negation as a condition's consequence (就不会显示) or a guess (可能…没…) states a fact, it does not refuse. */
const NOT_A_REFUSAL = /(就|才|则|便)(不|没)|说(不|没)|^没(有)?[^,\s]{1,4}(可以|就可以|能|能够)(退|换|改|取消|申请|发|送|用)|没(有)?(更新|出库|发货|到).{0,16}(会|就)|没(有)?.{0,16}(晚点|稍后|之后|后面|到时)(会|回|就)|(不确定|无法确定|没法确定|说不准|不一定).{0,20}(预计|快的话)|(预计|快的话).{0,20}(不确定|无法确定|没法确定|说不准)|没有预计|(无法|没法|没办法|不能)(获知|得知|确定|知道)具体(的)?(时间|几点)|(因为|由于).{1,12}(所以|因此)|具体(的)?(时间|几点)(无法|没法|没办法|不能)(获知|得知|确定|知道)|(没|未)(有)?[^,\s]{1,4}(前|之前|以前)|只(是)?不|一旦.{1,8}(无法|不能|不可以|没法)|(没办法|没法|无法|不能)(精确|准确)|^(可能|应该|估计|大概|也许|或许|如果|若是|要是|万一)|情况下$/;
/** Something that has not started yet (目前活动还没开始): a state, said as the whole message. */
const NOT_STARTED = /还没(有)?(开始|到(使用|可用|领取)?时间|生效)|没(有)?到.{0,4}的?时间/;
/** The shop's own next step (我们会安排的): an instruction beside it is guidance, not a brush-off. */
/** What a step needs first (需要确认收货后可以申请的): a precondition stated, not an order. */
/** A time clause (直接申请时): when a step is taken, not the step ordered. */
const WHEN = /(时|的时候|之时)$/;
/** What says a step is all it takes. */
const SUFFICE = '(就可以|就行|即可|就好)';
/** 耐心等待就可以了: only waiting is needed, a reassurance (not an order to wait). */
const WAIT_SUFFICES = new RegExp(`^(耐心)?等待(一下|下)?${SUFFICE}`);
/** 拒收商品就行的: a how-to said as all it takes, the whole message (not 是的点击申请退款就行, a yes and an order). */
const STEP_SUFFICES = new RegExp(`${SUFFICE}(的|了)?$`);
/** A tag question after a statement (之前也没有独显是耳麦 是么): the statement is asked. */
const TAG_QUESTION = /^(是么|是吗|对吗|对么|对吧|是吧|是不是|对不对)$/;
const PRECONDITION = /(需要|要|得).{1,8}(后|之后|以后)(才)?(可以|能|就)|(需要|要|得).{1,8}才(可以|能)/;
const OWN_STEP = /(我们|我|这边|小妹)(会|马上|立即|立刻|来|再)/;
const REFUSAL = /((不行|没办法|没有办法)(?=$|[了呢哦啊呀的,.!?~]|(处理|办理|退|换|改|修改|操作|帮|给))|办不了|做不到|(改|退|换|拆|取消|修改|开|做|申请)不了|不可以|不能(退|换|改|修改|便宜|优惠|少|负责|处理|取消|开|给|补|赔|发)|不议价|不接受|不负责|管不了|不归我们管|不关我们的事|不是我们的(问题|责任|错)|不属于我们的(问题|责任)|拿不了)/;
const IMPERATIVE = /^((商品|包裹)拒收(后)?(返回|退回)|(申请|提交)(一下|下)(售后|退货|退款|换货)$|拒收|耐心等待|你自己|自己(看|查|去|找|联系|弄|拍|申请|操作)|直接(拍|下单|申请|退|联系|找|去)|去(问|找|看|查|联系|申请)|等着|等吧|看物流|查物流|发(个|一下|下)?(订单|单号|图|照片)|拍(个|张)?照|联系快递|找快递|提供(一下|下)?(订单|单号|照片|图片|截图|地址)|退回来|寄回来|寄过来|申请退款|(先)?填(一下|下|写|好|上)|备注(一下|下)|点(一下|下|击|开)|重新拍|重拍|(发|拍|传)(一下|下|过来|给我|我)+$|把.{1,8}(给我|发我|发给我|发过来|告诉我|拍给我)|.{1,6}(给我|发我)(看|瞧)?(一下|下)?$|(需要|要|得|必须)(你)?(先)?(寄回|退回|提供|填写|上传|拍照|申请|确认收货|拒收)|建议(先)?(联系|咨询|找|问)(一下|下)?$|直接.{0,6}(申请|操作|下单|提交|修改)|取消(订单)?(并|后|然后)?重新(下单|购买|拍)|(?!建议).{0,8}(重拍|重新拍|重新下单)(购买)?的?$|^(往|向)(上|下|左|右)(拉|滑|翻|划)(一下|下)?$|^(调成|调到|调为|调节|调整)[^了过]{1,6}$|^(按照|按)(订单)?(原)?(下单)?地址(寄出|寄回|退回)|(复制|粘贴|黏贴).{0,6}(发送|发过来|发给我)|(用|走|选|选择).{1,8}(申请|退货|退款)$|^把.{1,8}(关闭|关掉|打开|删除|删掉|卸载|重启|退出|拔掉|拔出|插上|装上|升级|更新|清除|还原)|^(重新|再)+.{0,4}(设置|安装|登录|登陆|下载|连接|启动|打开|开机)(看下|看看|试下|试试|一下)?$|^(发|给)(我|我们)(一下|下)?.{0,3}(订单|单号|订单号|截图|照片|图片|地址|电话)$|^确认收货(后|之后)?(再)?申请(售后|退货|退款|换货)$|^先确认收货$|^.{1,10}(告知|告诉)(我|我们)?(一下|下)$|^拍一下|^(照|按照|按)(教程|步骤|提示|说明).{1,8}$|^(另外|然后|再|先)?(更新|升级|重启|重装|卸载|清除|清理|清空|清|删除|关闭|打开)(一下|下)?.{0,8}(驱动|系统|版本|软件|程序|应用|手机|电脑|设备|缓存|数据|路由器?)$|^(搜索|搜|输入|刷新)(一下|下)$|^(查看|查询)(一下|下)?.{0,8}(情况|记录|详情|明细|进度)$|.{1,6}发送(给)?我(看|瞧)?(一下|下)?$|^发(给)?我(看看|看下|看一下)$|^取消订单$|^(?!.*(帮|我|为您|给您|能否|可否|可以|方便)).{1,8}提供(一下|下)$|^(订单|这个订单|此单|单子)(先)?(申请|取消)(退款|售后|退货)?$|^换(个|一个|成)?.{1,6}(试试|试一下|试下)$|^(换|更换)(一个|一根|一条)[^,，。!?的了吗么]{1,8}$|^(不要|别)(付款|支付|下单|拍下|拍|确认收货|申请|取消|签收|拒收)(了)?$|^(需要|要|得)直接(退|退货|退款|寄回|申请)|^(订单|单子)?(完成|签收|收货|确认收货)(后|之后|以后)(再)?(申请|提交).{0,4}(退款|售后|退货|换货)$|^(私信)?(提供|告知)(一下|下).{1,10}$)/;
/**
 * An A-not-A question (能不能行 / 有没有 / 可不可以): asked, not refused; not one the customer is to
 * ask someone else (你可以咨询一下派件员可不可以).
 */
const ASK_OTHERS = /问|咨询|确认|核实|看看|看下|看一下/;
function asksAnotA(s: string): boolean { return A_NOT_A_FORM.test(s) && !ASK_OTHERS.test(s); }
/** A bare yes run into what follows (是的点击申请退款就行). */
const ACK_LEAD = /^(是的|好的|对的|嗯嗯|嗯|可以的)/;
/** 是的点击申请退款就行: an order after the yes (not 对的 拒收之后商品就会…, what will happen). */
function ackThenOrder(plain: string): boolean {
  const rest = plain.replace(ACK_LEAD, '');
  return rest !== plain && rest.indexOf('会') < 0 && IMPERATIVE.test(rest);
}
const STOCK = /^(有什么事|有事吗|有啥事|什么事|啥事|说吧|说|有什么需要的吗|有什么需要吗|有什么问题吗?|什么问题|咋了|怎么了|还有事吗|还有什么事|什么意思|哪个(商品|订单|产品))$/;
const STRIP = /[\s,.;:!?~、。…'"“”‘’()【】\-]/g;

/**
 * A bare menu path (个人中心--安全中心--更换 / 进入安全中心-电池电量): a how-to with nothing around it;
 * three steps, or two after 进入/点击 (not 5-7天 or a route between two cities).
 */
const MENU_PATH = /^(?:(?:进入|打开|点击|点开|找到)[\u4e00-\u9fffA-Za-z]{1,8}(?:\s*(?:-{1,2}|—{1,2}|>|＞|→)\s*[\u4e00-\u9fffA-Za-z/]{1,8})+|[\u4e00-\u9fffA-Za-z]{1,8}(?:\s*(?:-{1,2}|—{1,2}|>|＞|→)\s*[\u4e00-\u9fffA-Za-z/]{1,8}){2,})(?=$|[\s,，.。;；])/;

/** A template placeholder ([订单号]) or the corpus's anonymised [数字x]: stands for a value, not a word. */
const PLACEHOLDER = /\[[^\]\s]{1,8}\]/g;
/** The same opening the message, bracketed or not (([链接x]) …). */
const LEADING_PLACEHOLDER = new RegExp(`^\\(?${PLACEHOLDER.source}\\)?\\s*`);

/** Whether a piece is an acknowledgement, a negation or a status alone, or several run together (好的了解), or one typed twice over (好的的). */
function isBare(piece: string): boolean {
  if (BARE.has(piece)) return true;
  const n = piece.length;
  // (this runs on every message without a warmth marker: the cheap tests decide first)
  if (n > 12) return false;
  const c0 = piece.charCodeAt(0);
  if ((c0 === 0x5df2 /* 已 */ || c0 === 0x6b63 /* 正 */ || c0 === 0x5728 /* 在 */ || (c0 === 0x73b0 /* 现 */ && piece.charCodeAt(1) === 0x5728 /* 在 */) || (c0 === 0x76ee /* 目 */ && piece.charCodeAt(1) === 0x524d /* 前 */) || (c0 === 0x8fd8 /* 还 */ && piece.charCodeAt(1) === 0x5728 /* 在 */) || STATUS_SUBJECT.has(piece.slice(0, 2))) && STATUS.test(piece)) return true;
  // typed twice over at the end (好的的)
  if (n >= 2 && piece.charCodeAt(n - 1) === piece.charCodeAt(n - 2)) {
    let k = n - 1;
    while (k > 0 && piece.charCodeAt(k - 1) === piece.charCodeAt(n - 1)) k--;
    if (BARE.has(piece.slice(0, k + 1))) return true;
  }
  // two or three bare words with nothing between them
  for (let k = 1; k < n && k <= 4; k++) if (BARE.has(piece.slice(0, k)) && isBare(piece.slice(k))) return true;
  return false;
}

/**
 * What a message's pieces (between commas and spaces) say: cold when every piece is bare (嗯 好的 /
 * 可以了 已经修改), or when one refuses, negates or orders (有货，但是不能分开发 / 服务单号，发一下
 * / 是的，需要寄回商品的): real bubbles string their pieces together without punctuation.
 */
function piecesCold(message: string): boolean {
  // a long message explains (a plan's terms, a parcel's route): only short bubbles are read piece by piece
  if (message.length > PIECES_MAX) return false;
  // each piece with the mark after it, so that a question (…无法打开?) is known as one
  const parts = (message.indexOf('[') >= 0 ? message.replace(PLACEHOLDER, ' ') : message).split(/([\s,.;:!?~、。…]+)/);
  const pieces: string[] = [];
  const asks: boolean[] = [];
  // (调整金额: [数字x]: a piece before a colon names a field, it orders nothing)
  const fields: boolean[] = [];
  for (let k = 0; k < parts.length; k += 2) {
    const p = parts[k].replace(TRAILING_PARTICLES, '');
    if (!p) continue;
    pieces.push(p);
    const mark = parts[k + 1] ?? '';
    asks.push(mark.includes('?') || /([吗么吧]|是不是)$/.test(p) || asksAnotA(p));
    fields.push(mark.trimStart().startsWith(':'));
  }
  if (pieces.length < 2) return false;
  if (pieces.every(isBare)) return true;
  const guess = NOT_A_REFUSAL.test(message);
  const ownStep = OWN_STEP.test(message);
  // 不会的,放心: a reassurance
  const reassures = POLITE_NEGATIVE.test(message);
  // 不是,申请的时候就开始计算在内了,…: a bare no that the rest of the message explains, an answer
  const explainedNo = BARE.has(pieces[0]) && message.length - pieces[0].length >= 20;
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k];
    if (asks[k] || fields[k]) continue;
    // 是进水管没有，是的吗: a 是… piece the next piece turns into a question
    if (asks[k + 1] && (p.charCodeAt(0) === 0x662f /* 是 */ || TAG_QUESTION.test(pieces[k + 1]))) continue;
    if (REFUSAL.test(p) && !(k + 1 < pieces.length && ONLY_THEN.test(pieces[k + 1]))) return true;
    // (快递停运了，无法保证节前送到: a guarantee withheld after the circumstance that explains it)
    // (tested last: only a short negation gets this far)
    // (送货时物流里会显示师傅电话,现在还没送: where things stand, after the piece that says what will come)
    if (!guess && !reassures && !(k === 0 && explainedNo) && p.length <= 12 && NEGATION.test(p) && !NOT_A_REFUSAL.test(p) && !(k > 0 && CAUTION.test(p) && !isBare(pieces[k - 1])) && !(k > 0 && NOT_YET.test(p) && pieces[k - 1].includes('会') && !isBare(pieces[k - 1])) && !(k + 1 < pieces.length && ONLY_THEN.test(pieces[k + 1]))) return true;
    // (拒收之后商品就会原返库房: what will happen, not an order)
    if (!ownStep && p.length <= 15 && IMPERATIVE.test(p) && p.indexOf('会') < 0 && !PRECONDITION.test(p) && !WHEN.test(p)) return true;
  }
  return false;
}

/** What will happen once a step is taken (…之后会退款的 / …就会退回): a consequence, not an order. */
const WILL_HAPPEN = /(之后|以后|后|就)会/;

/** What is allowed, after a negation (其他型号还不可以,仅新款可以): the scope explained. */
const ONLY_THEN = /^(仅|只有|唯有)/;
/** The same in the whole message: a refusal, then after a comma what is allowed. */
const SCOPE_AFTER = /[,，]\s*(仅|只有|唯有)/;

/** Not yet (还没有送 / 尚未发货): where things stand, when a piece before it says what will come. */
const NOT_YET = /还没|尚未|暂时没|暂未|还未/;

/** A guarantee withheld (无法保证 / 不能确保): cautious when a piece before it says why. */
const CAUTION = /^(无法|不能|没法|没办法)(保证|确保)/;

/** The longest message (UTF-16 units) read piece by piece. */
const PIECES_MAX = 40;

export const noColdMechanicalTone: RuleModule = {
  meta: {
    id: 'no-cold-mechanical-tone',
    category: 'C',
    severity: 'warning',
    scope: 'text',
    rubric: 'wording',
    title: '不要冷冰冰、机械地回复',
    message: '这条回复冷冰冰的（只有一句应答、否定、拒绝或命令，没有任何称呼、礼貌用语或语气词）：加上称呼和温度，并说明下一步，例如把“没有”改成“亲，这款暂时没有货了呢，给您推荐一款相似的好吗？”。',
    docs: {
      why: '种子资料要求「其次,不要用淡漠的语气和顾客沟通。」「回复消费者时,切忌把沟通变成冷冰冰的、机械的一问一答,要善于利用语言进行情感沟通。」，因为「因为客户是可以从我们的字里行间里感觉出来」（001_87bc0df9dc2bb46e.txt）；质检标准也要求「快捷话术使用规范、准确、无机械感,20」（004_6f48d8546034e7a1.txt）。',
      bad: [
        '没有',
        '仓库那边没有找到',
        '这个不属于我们的问题,我们不能负责',
        '没办法',
        '有什么需要的吗?',
        '自己看物流',
      ],
      good: [
        '亲,在的,正等您呢!',
        '好的亲,马上为您安排',
        '您寄回的包裹我们正在仓库加急核对,有结果马上告诉您',
        '这款是纯棉材质的',
        '收到,谢谢',
      ],
      notes: [
        '温度标记（§19.2，完整列表）：您、亲（不含亲自/亲身/亲测/亲肤/亲子/亲人/亲友/亲戚/亲属/亲眼/亲手/母亲/父亲/双亲）、请（不含申请/邀请里的“请”）、麻烦、辛苦、劳烦、谢（谢谢/感谢/多谢）、抱歉/歉意、不好意思、对不起、问候语（您好/你好/欢迎/哈喽/hello/hi/早上好/上午好/下午好/晚上好）、表情（emoji、[微笑] 这类平台表情代码、/:^_^ 这类旺旺代码、^_^、:)、♥ 等）。语气词：哈、呢、哦、喔、呀、啦、哒、哟、噢、嘛、呐 和“~”。',
        '按每条消息判断（顾客看到的每个气泡）。没有任何温度标记、并且是以下之一时为警告：单独的应答或否定（嗯/额/好/好的/收到/有/没有/不知道/不行…）、拒绝（不行/没办法/不能退…）、12 个字以内的否定回答（仓库那边没有找到、系统看不到的）、15 个字以内的命令（自己看物流/发订单号）、生硬的开场（有什么需要的吗?/什么事）。以“吗/么/?”结尾的追问（还没有收到吗?）不算否定回答或命令。',
        '计入质检“聊天话术运用适当”（快捷话术使用规范、准确、无机械感）一项。',
        '只有语气词（哦/呢/呀…）这一种软化时降为提示，例如“好的呢”“没有哦”。',
        '几段单独的应答连在一条消息里（嗯 好的、是的 不会、好的了解）也算单独应答；“已提交”“已反馈主管”“正在查看”“稍等”“可以了”这类只报状态的话和“拒收后重新下单”“耐心等待”这类命令同样报告（来自真实语料评测）。',
        '40 个字以内的消息逐段看（按空格、逗号、句号分段）：任何一段是拒绝、否定或命令（有货，但是不能分开发；服务单号，发一下；是的，需要寄回商品的）就报告；以问号或“吗/吧”结尾的一段、条件的结果（接了耳机就不会外放）、猜测（可能…没…）、“不会的，放心”这类安慰不算；同一条消息里说了店铺自己的下一步（我们会安排的）时，其中的命令不算；说的是之后会发生什么（拒收之后商品就会退回仓库）不算命令，后一段把“是…”变成问句时（是水管没有，是的吗）也不算；带主语的状态（站点正在核实）、“已留言售后”和生硬的“什么意思”同样报告，反问的单字（嗯嗯？）和条件片段（没有付款的情况下）不报告（第十五轮）；整条只说“目前活动还没开始”是陈述状态，不报告（第十六轮）；“把插件关闭”“重新再设置看下”这类光秃秃的操作指引也算命令（第十七轮），“更新一下主机的驱动”也算；“没办法精确到小时”是预计时间的说明，不算否定回答（第十八轮）；“已在私信中沟通”这类只报状态的话也报告（第十九轮）；“给我新订单”“确认收货申请售后”也算命令（第二十轮）；“都可以的”是单独应答，“是的点击申请退款就行”是应答后接命令，“对的 拒收之后商品就会…”说的是之后会怎样，不报告（第二十一轮）；“已经取消在审核了”“稍等我看一下”也是单独的状态和稍候（第二十二轮）；“订单号和地址告知一下”“拍一下鞋底…”“照教程设置浏览器代理”也算命令，“在联系”“已经联系站点了”是单独的状态，“已经退货了，拿不了了”是拒绝；“拍下系统自动减价”说的是下单后会怎样，不报告（第二十四轮）；“好的，已经通知处理了”也是单独的应答和状态（第二十五轮）；“按订单原下单地址寄出”“都取消 再重新下单购买”也算命令（第二十六轮）；“是这样的”是单独应答，“已经申请取消的”“现在还在拦截的”是单独的状态，“另外清浏览器缓存”是光秃秃的操作指引；“不确定的 这是预计时间 快的话今天”给了预计时间，“没有预计时间”是事实，不算否定回答（第二十七轮）；“和师傅说不退货，就可以的”里的否定是要对师傅说的话，不算否定回答（第二十八轮）；“备注了”“我反馈一下”也是单独的状态，“没有商品缺货的”是安慰，不算否定回答（第二十九轮）；“不可能退回的”是拒绝，“优惠券还没到使用时间”和“还没开始”一样是陈述状态（第三十轮）；“可以改”“可以换的”是单独应答，“申请成功了”是单独的状态（第三十一轮）；“已经发货了,已经发给站点了”“先确认收货”也报告，“没有发货可以退的”是肯定的回答，不算否定（第三十二轮）；“已经提交了取消订单”是单独的状态，“申请不了的”是拒绝（第三十三轮）；“已经告知站点”也是单独的状态（第三十四轮）；“退回的”“已退回”也是单独的状态，“没发货前都是普通快递的”里的“没…前”说的是时间，不算否定回答（第三十五轮）；“我联系”“搜索一下”“要直接退”也报告，“无法获知具体时间”是对时间的谨慎，不算否定回答（第三十六轮）；“发我看看”、整条只有“取消订单”也报告（第三十七轮）；“是的， 用新地址重新下单的”也报告，“不会的，…会…”说明了原因，“下午没什么人的”说的是人多人少，不算否定回答（第三十八轮）；“已经好了”“暂时未到账的”也是单独的状态，“未发货前…”同“没发货前…”，说的是时间（第三十九轮）；整条只有“退回”也报告（第四十轮）；“额,从新备注”也是单独的状态（第四十二轮）；“那就行”“退款完成的”“可以退货的”也是单独的应答和状态（第四十六轮）；“需要确认收货后可以申请的”说的是前提，不是命令（第四十三轮）；“查看白条还款情况”“订单号发送我看下”也算命令（第四十四轮）；“对的 不要付款”这类应答加命令也算，正反问（能不能行、有没有…、可不可以）是在问，不算否定或拒绝，让顾客去问别人的（咨询一下…可不可以）除外（第四十七轮）；“订单申请退款”“换火狐试试”这类光秃秃的命令、“直接不配送”这类否定也报告（第四十八轮）；“抬头和税号提供下”（客气地问“能否提供一下”不算）、单独的“有备注”和“好的,已转达给处理人员”也报告（第四十九轮）；单独的“往上拉”和“保密”也报告，“建议重新下单的”是建议，不算命令（第五十轮）；“没准是…”是猜测，不是否定（第五十一轮）；“调成蓝色调”这类光秃秃的设置指令也报告（第五十二轮）；单独的“已转告”也报告（第五十三轮）；“今天来不及的”（“确实有点来不及”这类含糊的说法除外）、“不显示的”和“好的.已记录并反馈给工程师.”也报告（第五十四轮）。单独一条菜单路径（个人中心--安全中心--更换，或“进入…-…”“点击…-…”）是光秃秃的操作指引，也报告；两个城市之间的线路（上海-杭州）和问句不算（第五十五轮）。“嗯嗯 核实了”也是单独的应答和状态，“是没有到发货的时间的”和“还没开始”一样是陈述状态，不报告（第五十六轮）。“订单完成后申请少件退款”这类光秃秃的指引也报告（第五十七轮）。末尾多打的一个拼音字母（这边已经联系站点d，的/了没转换）不影响判断；多打的 o/a 是“哦/啊”，按语气词算（稍等o 为提示）（第五十八轮）。开头是链接占位符的菜单路径（([链接x])功能总览-快递中心-…）、“私信提供一下机主姓名”也报告；“不需要联系京东”这类“不需要+动作”是告诉顾客不必做什么，不算否定回答（第五十九轮）。单独的“支持的”“申请好了”“好的,已记录.”也报告；“不需要的,提交后…会…”说明了之后会怎样、“因为…所以…”说明了原因，不算否定回答（第六十轮）。以“时/的时候”结尾的片段（直接申请时）说的是什么时候，不是命令（第六十一轮）。单独的“提交申请了”“价保已经成功了”也报告；“好的,不用的,我给站点留言”后面说了店铺自己的下一步、“还没有…晚点会…”说了什么时候会有，不算否定回答；“新年快乐”这类节日祝福算温度（第六十四轮）。“已经给他们留言了”这类说了交给谁的单独状态也报告（第六十五轮）。冒号前面的一段（调整金额: …）是栏目名，不是命令（第六十六轮）。单独的“已通过”和“不在的”也报告（第六十七轮）。单独的“又发送了一次”也报告（第六十八轮）。后面跟一句“是么/对吗/是吧”的陈述（之前也没有独显是耳麦 是么）是在问；“耐心等待就可以了”说的是只需等待，是安慰，不算命令（第七十轮）。单独的“等待回复”也报告（第七十一轮）。“换一个HDMI线”“先填写资质”这类光秃秃的指引也报告（第七十二轮）。“这个没有影响的”“不影响”是安慰，不算否定回答；句末“动词+没”（浏览器缓存清没）是在问做了没有，不报告（“还没”“也没”仍是否定）（第七十四轮）。“目前此单还未发货”也是单独的否定状态，报告；“没区别”是回答，不算否定（第七十五轮）。“已经联系站点重新安排取件”也是单独的状态（第七十六轮）。单独的“差价申请成功了”也报告（第七十七轮）。单独的“取消了/已取消”、“商品拒收返回仓库退款”和“申请一下售后”也报告（第七十九轮）。单独的“暂时还未跟新出物流信息”（未更新，也写作“跟新”）也是否定状态，报告（第八十六轮）。单独的“可以取件”“好的,修改好了”和“这边未拦截成功”也报告（“可以取消的”按之前的标注不报告）（第八十九轮）。单独的“可以送到手中”和“可以改”一样是单独应答，报告（第九十轮）。单独的“好的,已收到”也报告；带“我”的状态（我在联系售后、我已经安排了）按之前的标注不报告（第九十一轮）。整条消息只是一个做法加上“就行/就可以/即可”（拒收包裹就行的）说的是只需这样做，不报告（先应答再这样说的“是的，点击申请售后就行”仍报告）；开头一句光秃秃的“不是”，后面用二十个字以上解释清楚的，是回答，不报告（第九十二轮）。单独的“有货的”也报告（第九十四轮）。单独的“已经到站点了”也报告；“要先申请才能看到”（需要/要…才可以/能）是前提条件，不报告（第九十五轮）。单独的“嗯啊”“到账了”也报告（第九十六轮）。“不会延误/耽误/延迟”是在让顾客放心，不报告（第九十八轮）。“订单一旦取消是无法恢复的”（一旦…无法）说的是做了之后的结果，是提醒，不报告（第一百轮）。单独的“商品配送中/派送中”也报告（第一百零一轮）。单独的“是这个”也是单独应答，报告（“是这个哦”为提示）（第一百零三轮）。单独的“哪个商品/哪个订单”是生硬的追问，“要/需要拒收…”是光秃秃的指引，也报告（第一百零四轮）。“不需要的,我们…”和“不用的,我给…”一样后面说了店铺自己的下一步，不报告（第一百零五轮）。前一段说了情况、后一段才说“无法保证/不能确保…”（快递已陆续停运 ,无法保证年前可以处理好）是谨慎的说明，不报告（第一百一十轮）。单独的“确定的”也是单独应答，报告（第一百一十四轮）。整条消息说的是做了之后会怎样（拒收返回之后会退款的），和分段看时一样不算命令（第一百一十五轮）。光秃秃的“不需要申请的”也报告；前一段先说了之后会怎样（送货时会显示电话），后面的“现在还没有送”是在说明进度，不报告（第一百一十七轮）。整条只有客服自己的一步或“还在”（我看下、我去问问、还在）也报告；前面有“好的”时（好的，我查下）按标注惯例不报告；“嗯寄过来看看”（确认后光秃秃的指令）也报告（第一百一十九轮）。拒绝后逗号接着说明允许的范围（其他型号暂时不可以,仅新款支持…）是在解释，不报告；“只能…”不算这种说明（第一百二十一轮）。光秃秃的“发货的/已发货的”也报告（第一百二十二轮）。',
        '[订单号]、[店铺名] 这类模板占位符不是表情，不算温度标记；只有已知名称的表情代码（[微笑]、[握手]…）才算。',
        '其他没有温度标记的回复（如直接回答商品事实“这款是纯棉材质的”）不报告；“不客气”“没关系”“没问题”这类客套不报告。自动回复本身不报告（种子对自动回复有分歧，见 §16.7），只看语气是否生硬。',
        '单独一句“您好!”含有“您”，不由本规则报告，交给 greet-on-first-reply 判断问候是否完整。',
      ],
    },
  },
  check(ctx) {
    const text = ctx.text;
    // message by message (the lines of the turn), without splitting the text
    for (let start = 0; start <= text.length; ) {
      let stop = text.indexOf('\n', start);
      if (stop < 0) stop = text.length;
      const line = text.slice(start, stop);
      const lineStart = start;
      start = stop + 1;
      const lead = line.length - line.trimStart().length;
      const trimmed = line.trim();
      if (!trimmed) continue;
      // the cheap tests first: most messages carry a warmth marker
      if (STRONG.test(trimmed) || EMOTICON.test(trimmed)) continue;
      const s = lineStart + lead;
      const e = s + trimmed.length;
      if (ctx.inQuote(s, e)) continue;
      const core = trimmed.replace(STRIP, '');
      if (!core) continue;
      const bareCore = core.replace(TRAILING_PARTICLES, '') || core;
      // A message that is only a particle (哦 / 噢) is the acknowledgement itself, not a softener.
      const weak = bareCore !== core ? true : !/^[哦噢喔]+$/.test(core) && WEAK.test(trimmed);
      // (the A-not-A test once per message: stripping particles and placeholders does not change it)
      const anotA = asksAnotA(core);
      // (浏览器缓存清没: a verb and 没 at the end asks whether it was done; not 还没 / 也没)
      const question = /([?吗么吧]|是不是)[\s'"“”‘’]*$/.test(trimmed) || anotA || /[^还也都就并从仍尚没不\s,，][了过]?没$/.test(trimmed);
      // (这边已经联系站点d: a stray Latin letter typed after the last character, the pinyin of 的/了 left
      // unconverted; an o or a is 哦/啊, a particle: 稍等o)
      const stray = /[\u4e00-\u9fff][a-z]$/.test(bareCore) ? bareCore[bareCore.length - 1] : '';
      const typed = stray ? bareCore.slice(0, -1) : bareCore;
      const plain = typed.indexOf('[') >= 0 ? typed.replace(PLACEHOLDER, '') || typed : typed;
      const cold =
        // (a bare word asked back, 嗯嗯？, asks rather than acknowledges)
        (isBare(plain) && !/[?]$/.test(trimmed) && !anotA) ||
        (BARE_ALONE.has(plain) && !/[?]$/.test(trimmed)) ||
        STOCK.test(plain) ||
        (core.length <= 40 && REFUSAL.test(core) && !anotA && !SCOPE_AFTER.test(trimmed)) ||
        // (目前活动还没开始: a state of things, the whole message)
        (!question && plain.length <= 12 && NEGATION.test(plain) && !POLITE_NEGATIVE.test(plain) && !NOT_A_REFUSAL.test(plain) && !NOT_STARTED.test(plain)) ||
        // (拒收退回后就会退款: what will happen after it, not an order, as the pieces below read 会)
        (!question && plain.length <= 15 && ((IMPERATIVE.test(plain) && !STEP_SUFFICES.test(plain)) || ackThenOrder(plain)) && !PRECONDITION.test(plain) && !WHEN.test(plain) && !WAIT_SUFFICES.test(plain) && !WILL_HAPPEN.test(plain)) ||
        // (([链接x])功能总览-快递中心-…: the path after a link placeholder)
        (!question && trimmed.length <= 60 && MENU_PATH.test(trimmed.replace(LEADING_PLACEHOLDER, ''))) ||
        piecesCold(trimmed);
      if (!cold) continue;
      const soft = weak || stray === 'o' || stray === 'a';
      ctx.report({
        start: s, end: e,
        severity: soft ? 'info' : 'warning',
        message: soft
          ? '这条回复只靠语气词（哦/呢）软化，仍然偏冷淡：加上“亲/您”等称呼或礼貌用语，并说明下一步。'
          : undefined,
      });
    }
  },
};
