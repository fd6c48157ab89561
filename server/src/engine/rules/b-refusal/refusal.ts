/**
 * Shared refusal analysis for no-blunt-refusal (B2) and offer-escalation-path (B7). Works on
 * the folded turn text and B2's raw hits; markers are plain substrings searched in code.
 */
import type { Hit, TurnContext } from '../api';
import type { Severity } from '../../types';
import { hasAny, phraseBefore } from '../a-blame/util';
import { ADDRESS, sentenceBefore } from '../c-tone/shared';

/** Things a reply may offer instead: another way, an application, an escalation. */
export const ALTERNATIVE = [
  '建议', '您可以', '你可以', '亲可以', '可以帮您', '可以给您', '可以为您', '我帮您', '帮您', '给您申请', '为您申请', '我去', '我来', '申请',
  '主管', '专员', '或者', '要不', '另外', '可以先', '可以选择', '可以联系', '可以试', '可以拍', '可以下单', '可以重新', '可以考虑', '其他', '其它', '别的',
  '改为', '换成', '改成', '推荐', '替您', '您看这样', '不过可以', '但可以', '但是可以', '还可以', '也可以', '您可', '点击', '重新拍',
  '重新下单', '重新购买', '再下单', '直接联系', '就可以',
  // (后期到了站点您方便自提,现在不支持: picking it up later is the way)
  '方便自提', '可以自提', '您自提',
  // (不可以的哦,这边需要预约的呢: the way is to book)
  '需要预约',
  // (改不了哦，包裹我们在拦截了，拦回后退款: the parcel stopped on its way is the way)
  '拦截',
];
/** An offered way that is “supported” (商品支持7天无理由退货), not the refused 不支持. */
const SUPPORTED = /(?<!不)支持/;
/** Excuses that do not count as a reason (§19.1): rules, process, permission, system. */
export const EXCUSE = ['规定', '规则', '政策', '流程', '公司化', '系统不', '系统设置', '系统限制', '系统锁定', '系统就是', '系统原因', '系统规定', '权限', '无权', '只是售前', '只是售后', '售前客服', '只是客服', '上面', '领导', '制度', '做不了主', '说了不算'];
/** Objective reasons. */
export const REASON = [
  '因为', '由于', '所以', '因此', '已经', '已发', '已出', '已揽', '已签', '已生成', '已提交', '已付', '已过', '已超', '一旦', '之后', '以后', '超过',
  // (订单显示发货了呢,是无法直接取消的呢: shipped, as 已发)
  '发货了',
  '过了', '还没开始', '尚未', '未开始', '库存', '缺货', '没货', '活动', '特价', '秒杀', '不议价', '出库', '发出', '打包', '拆单', '生成', '资质', '为了', '整单', '期内', '同区',
  '提交', '下单后', '付款后', '发货后', '签收后', '成功后', '后就', '原价', '成本', '价格', '保修', '质保', '范围', '跨区',
  // where a parcel cannot go (未命中站点, 偏远地区, 有些地方) and what caused it (地址不详导致…)
  '命中', '地区', '区域', '地方', '偏远', '导致',
  // what holds a parcel up (站点放假…会延迟, 沿途配送)
  '放假', '延迟', '沿途',
  // (超时系统会将订单信息推送到海关申报的…没有办法取消: a cross-border order past its window)
  '超时', '海关', '清关',
  // (不支持提供私人信息的呢: what is refused is private, which is its reason)
  '隐私', '私人信息', '个人信息',
  // orders tied together (关联的订单也是需要取消的)
  '关联',
  // shipped by the maker, not the shop (厂商直送订单不支持上门取件)
  '直送',
  // a sorting centre overloaded (分拣爆仓)
  '爆仓',
  // a third party's goods, none in stock there (第三方商品不支持的哦, 当地无现货就不支持的呢)
  '第三方', '无货', '无现货',
  // what a document follows (是根据您的订单内容开具发票的,无法修改的): a rule named is still an excuse (根据规定)
  '根据',
  // what the order or account is (该节能补贴订单不能补换开发票 / 百度账户是具有唯一性的不支持修改的哦)
  '补贴', '唯一',
  // what the thing amounts to (这笔…相当于一种立减, 不退)
  '相当于',
  // orders that are not one (这两单不是同一个订单，没法合并)
  '不是一个', '不是同一',
];
/** What a refusal names right after its verb (修改价格 / 改地址): the thing refused, not a reason. */
const REFUSED_THING = /^(的)?(价格|价钱|地址|发票|抬头|时间)/;
/** An apology said after a refusal (真的抱歉了呢 / 不好意思哦). */
const APOLOGY_AFTER = /(真的|实在|很|非常|十分|太)*(抱歉|不好意思|对不起|见谅)(了)?/g;
/** The agent's own asking done (我问一下哈,问过了,不能哦): its 过了 is no reason (as 已经过了保修期 is). */
const ASKED_ALREADY = /(问|看|查|试|说|催|核实|咨询|确认)过了/g;
/** An action already done for the customer (帮您核实了一下 / 为您查询过). */
const DONE_FOR_YOU = /(帮您|给您|为您)(核实|查询|查看|查|确认|看)(了|过)(一下|下)?/g;
const FILLER = /#e-s\[[^\]]*\]|\[[^\]]{1,8}\]|这个|那个|这边|那边|我们|真的|确实|实在|暂时|目前|现在|是|也|都|亲|[呢哦噢哈呀啊喔哟呦啦嘛的了吧哇呐]|[\s,.!?~、。;:…()"'“”「」·•\-—_*]/g;
const PARTICLES = /^[呢哦噢哈呀啊喔哟呦啦嘛的了吧哇呐亲\s~]*$/;

/** A sentence opened by a condition (如…, / 若…,), up to the clause before the hit. */
const CONDITION_OPENS = /(^|[,~])(您好,)?(如果|如|若|假如|要是)(?![何此下同])[^,~]{2,}[,~]/;

export interface Refusal { hit: Hit; severity: Severity; message?: string }

/** B2's hits that are real refusals (not conditional, not a question, not 能不能…). */
export function refusalHits(ctx: TurnContext): Hit[] {
  const t = ctx.text;
  return ctx.hitsOf('no-blunt-refusal').filter((h) => {
    const before = phraseBefore(t, h.start, 10);
    // (预约不成功不可以送货: a condition stated without 的话)
    // (那就无法修改呢: the consequence of a condition the customer gave)
    if (hasAny(before, ['如果', '要是', '假如', '万一', '若', '实在', '是否', '是不是', '能否', '担心', '怕', '不成功', '没成功', '未成功', '那就'])) return false;
    // (如不能,请您提供…: 如 alone opens the condition)
    if (before.endsWith('如') && !before.endsWith('例如') && !before.endsWith('比如')) return false;
    // a conditional clause further back in the phrase (没有的话就是…不支持修改了)
    // (not 这个的话 / 那个的话, a topic: 这个的话 无法给您延长发货)
    const further = phraseBefore(t, h.start, 24).replace(/(这个|那个|这边|那边)的话/g, '');
    if (hasAny(further, ['如果', '假如', '要是', '如您'])) return false;
    // …的话 whose consequence is a piece of its own before the hit's piece (不远的话 可以与配送员协商转站的
    // 我们改不了的) no longer governs the hit
    const ifAt = further.lastIndexOf('的话');
    if (ifAt >= 0 && further.slice(ifAt + 2).trim().split(/\s+/).length < 2) return false;
    // a condition opening the sentence, a comma back (如当地部门不允许…,是无法进行处理的)
    if (CONDITION_OPENS.test(sentenceBefore(t, h.start, 60))) return false;
    const prev = t[h.start - 1] ?? '';
    // A-not-A questions (能不能 / 可不可以 / 是不是), not a statement after 是 (是不能换的)
    if (t[h.start] === '不' && prev === t[h.start + 1] && ['能', '可', '行', '是', '会'].includes(prev)) return false;
    let pe = h.end;
    // (an ASCII full stop ends a phrase too: helpdesk replies write 很抱歉不能.)
    while (pe < t.length && !/[,,、;。.!?\n~…]/.test(t[pe])) pe++;
    const after = t.slice(h.end, pe);
    if (after.includes('的话') || after.includes('吗') || t[pe] === '?') return false;
    // 是退货还是不退的呢 asks which of two (not 还是…拍了呀不退的, where 还是 is "still")
    if (before.includes('还是') && /呢[\s~]*$/.test(after)) return false;
    // (an apology after it adds no reason or way: 咱家商品不支持的哦 真的抱歉了呢)
    // (不支持哦亲爱哒: an address after it adds nothing either)
    if ((h.trigger.tag === 'bare' || h.trigger.tag === 'alone') && !PARTICLES.test(after.replace(APOLOGY_AFTER, '').replace(ADDRESS, ''))) return false;
    // (a bare 不支持 refuses only with nothing but an address or fillers before it in its phrase: 亲亲 不支持的 /
    // 一起也不支持哦 / 现在不支持)
    if (h.trigger.tag === 'alone' && before.replace(ADDRESS, '').replace(FILLER, '').replace(/一起|咱们/g, '') !== '') return false;
    // 无法保证 refuses only said alone, with no time it declines to promise
    // (稍等 预计…日的哦 不能确保的哦: the estimate just given, in an earlier piece of the sentence, is what it hedges)
    if (h.trigger.tag === 'guarantee' && (!PARTICLES.test(after) || hasAny(phraseBefore(t, h.start, 16), ['时间', '时效', '几点', '哪天', '什么时候', '具体', '送达', '到货', '到达', '准时', '一定', '百分']) || /预计|预估/.test(sentenceBefore(t, h.start, 30)))) return false;
    return true;
  });
}

/** Grades the reply's refusal once (§19.1). */
export function gradeRefusal(ctx: TurnContext, hits: Hit[]): Refusal | undefined {
  if (!hits.length) return undefined;
  const t = ctx.text;
  let rest = '';
  let last = 0;
  // (没办法修改价格的哦: the thing refused right after the hit is no reason, though 价格 can be one)
  for (const h of hits) { rest += t.slice(last, h.start) + ' '; last = h.end + (REFUSED_THING.exec(t.slice(h.end, h.end + 4))?.[0].length ?? 0); }
  rest += t.slice(last);
  const primary = hits.find((h) => h.trigger.tag !== 'policy') ?? hits[0];
  if (rest.replace(FILLER, '') === '') {
    const asked = ctx.customer ? /帮我|给我|麻烦你|便宜|优惠|包邮|少点|抹零|改|退|换|送|加急|备注|发票|取消|(能不能|可不可以|可以|能否)(给|帮|先)/.test(ctx.customer) : true;
    if (asked) return { hit: primary, severity: 'error', message: '整条回复只有一句拒绝：不能直接拒绝顾客的要求，要婉转说明理由并给出替代办法，例如“亲，地址可以修改的哦，我这边帮您改好，麻烦您把新地址发我确认一下~”。' };
    return { hit: primary, severity: 'info' };
  }
  const withPolicy = rest + hits.filter((h) => h !== primary && h.trigger.tag === 'policy').map(() => '不议价').join('');
  // what the shop already did (帮您核实了一下) is no way offered
  const offered = rest.replace(DONE_FOR_YOU, '');
  // (不行，只能停掉其中一单: the one way left, said after the refusal; not 只能先记下来，这个改不了, before it)
  const alt = hasAny(offered, ALTERNATIVE) || SUPPORTED.test(offered) || t.indexOf('只能', primary.end) >= 0;
  // (无权修改: the refusal itself names a permission as its reason)
  const excuse = hasAny(rest, EXCUSE) || hits.some((h) => t.startsWith('无权', h.start));
  const reason = hasAny(withPolicy.replace(ASKED_ALREADY, ''), REASON);
  if (alt) {
    if (reason || excuse) return undefined;
    return { hit: primary, severity: 'info', message: '拒绝时给了替代办法，但没说明理由：补一句客观原因，顾客更容易接受。' };
  }
  if (reason && !excuse) return { hit: primary, severity: 'info', message: '拒绝有客观理由，但没有给出替代办法：再补一个可行的办法或申请途径，例如“这个改不了，不过我可以帮您…”。' };
  return {
    hit: primary, severity: 'warning',
    message: excuse
      ? '拿规定、流程、权限当理由直接拒绝：说明客观原因并给出替代办法或申请途径，例如“我这边帮您申请一下，结果第一时间告诉您”。'
      : undefined,
  };
}
