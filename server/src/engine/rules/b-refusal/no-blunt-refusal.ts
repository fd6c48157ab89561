import type { RuleModule } from '../api';
import { gradeRefusal, refusalHits } from './refusal';

const NO = '(没办法|没有办法|没法|无法|不能|不可以|不可能|不支持|不允许|不给|无权)';
const DO = '(修改|更改|更换|改|退|退款|退货|换|换货|取消|办理|处理|操作|便宜|优惠|议价|还价|拆单|拆分|合并|指定|加急|改价|减|包邮|备注|补|赠送|送|发货|送货|合开|上门取件|取件|自取|自提|延长|告知|透露|选定|预约)';

/**
 * B2. A "no" must come with a reason and an alternative (§19.1): a refusal that is the whole
 * reply is an error; one with no reason, or with a rule/process/permission excuse as its reason,
 * a warning; one with an objective reason but no alternative, info; reason + alternative, fine.
 * Refusals owned by invoice-no-refusal / seven-day-return-no-refusal are left to them.
 */
export const noBluntRefusal: RuleModule = {
  meta: {
    id: 'no-blunt-refusal',
    category: 'B',
    severity: 'warning',
    scope: 'text',
    title: '不要直接拒绝顾客',
    message: '直接拒绝（不行、没办法、改不了）会让顾客觉得被打发：婉转说明理由，并给出替代办法或申请途径，例如“这个暂时改不了，因为订单已经出库，我帮您联系快递改派，您看可以吗？”。',
    docs: {
      why: '判断题「客服必须做到不可以直接拒绝买家的各种要求,只能用婉转的方式说明拒绝理由A A.正确」（000_37cadcef1d5464bd.txt）；「当不能满足客户的期望时,应向客户说明理由,并对客户表示理解。」（003_0eb3ff2274ce9cfe.txt）；「如果客户提出的要求超出投诉处理人员的职权的要求,客户投诉处理人员仍应当场予以回绝。 ×」（003_0eb3ff2274ce9cfe.txt）。考试题里买家想改地址，选项「D.没办法」（000_37cadcef1d5464bd.txt）是错误答案。',
      bad: [
        '没办法',
        '不行哦',
        '这个没办法修改的呢',
        '主要是因为这边是公司化经营,退换货有个流程,包裹还没有找到的情况下没办法办理呢亲',
      ],
      good: [
        '亲,这个价格咱们真的非常遗憾,您可以再多考虑一下,相信价格也不是您考虑的唯一因素。',
        '但现在没办法很快确定有没有货哦,因为需要开单子到仓库配货,才能拿手机壳出来的,您看这样好么,您先付款,这边给您安排配货,如果没货我会第一时间联系您退款',
        '没办法及时回复您真的很抱歉',
        '亲,地址可以修改的哦,我这边帮您在订单详情里改好,麻烦您把新地址发我确认一下~',
      ],
      notes: [
        '分级（§19.1）：整条回复只有一句拒绝为错误；没有理由，或理由只是规定、流程、权限、系统时为警告；有客观理由（活动还没开始、订单已经出库、一单不能拆）但没有替代办法为提示；有理由也有替代办法不报告。',
        '有替代办法但没说理由为提示。',
        '条件句（如果不行的话、实在不行）、疑问（能不能改？）和表达歉意的“没办法及时回复您”不报告。',
        '拒绝开发票、拒绝七天无理由退货由 invoice-no-refusal / seven-day-return-no-refusal 报告（错误级），本规则不重复报告；拒绝“重开”发票仍归本规则（§19.9）。',
        '每条回复只报告一次，标在第一处拒绝上。',
        '“系统”只在当作借口时（系统不允许、系统设置、系统锁定）算规定类理由；“系统会自动分配库房”这种客观说明不算。回复里另有“支持…/就可以”的做法时算给了替代办法；同一短句前面有“…的话”时是条件句，不报告（来自真实语料评测）。',
        '第九轮真实语料评测后补充：光说政策的拒绝（不送哦、不退的、维修不支持上门取件、电子发票不支持合开）和“操作不了”“无法为您查询”“无法给您延长发货”也报告（“这个的话”是话题，不是条件句）；整条回复只有“这个无法的哈”也算；“是不能换的”是陈述，不是“能不能”式的问句；已经替顾客做过的事（帮您核实了一下）不算替代办法；句末的英文句点也结束短句（很抱歉不能.）；“具体时间无法保证”是对送达时间的谨慎，不算拒绝；“这边不能告知”也算；确认顾客自己的决定（好的，不退了）、二选一的问句（是退货还是不退的呢）不报告；送不到的地方（未命中站点、偏远地区）和“…导致”算客观理由（提示）。',
        '第十七轮真实语料评测后补充：单独一句“不能保证/无法保证/没法保证”（这边不能保证、妹子是无法保证的亲）算拒绝；说的是送达时间（具体时间无法保证、不能保证明天一定送到）仍不报告；“站点放假会延迟”“沿途配送”算客观理由。“不支持跨市修改”“没办法给您保证”也算拒绝（第十八轮）；“没法走这边退”也算，“无权修改”把权限当理由，是警告（第十九轮）；“只是售前客服”同样是拿身份当理由（第二十轮）；“无法选定时间”“无法预约”也算（第二十二轮）；“无法单独换”“这个开不了”也算（开不了机不算），“关联的订单也需要取消”是客观理由（第二十三轮）；“无法进行更改”也算，“分拣爆仓”是客观理由，以条件开头的句子（如当地部门不允许…,是无法进行处理的）不报告（第二十五轮）。',
        '平台发票规则允许店铺按实际情况处理的增值税专用发票，光说“无法开具（专票）”也是生硬的拒绝，报告；普通发票被拒绝时由 invoice-no-refusal 报告，本规则不重复（第二十八轮）。',
        '“不可能退回的”“不可能换货”这样的“不可能…”同样是拒绝（第三十轮）。',
        '“转不了”（积分、订单转不了）同样是拒绝（第三十二轮）；“申请不了的”也是（第三十三轮）；“…的话”的结果已经单独成段时（不远的话 可以与配送员协商转站的 我们改不了的），这个条件不再管后面的拒绝（第三十四轮）；“无法查询您的…”也算拒绝（第三十五轮）；单独一句“不会给您配送的呢”也算（第三十七轮）；“厂商直送”是客观理由（第四十轮）；“没办法自取”也算，“那就无法修改呢”是顾客所说情形的结果，不报告（第四十六轮）；“大家电不支持自提的呢”这类只说政策、没有替代办法的也报告（第四十七轮）；“无法添加备注”也报告（第五十一轮）。单独一句“不支持的哦/呢”（不好意思，不支持的哦）也报告，“第三方商品”“当地无现货”算客观理由（提示）（第五十五轮）。客服自己“问过了”里的“过了”不算客观理由（我问一下哈,问过了,不能哦）（第五十九轮）。拒绝后面只跟一句道歉（咱家商品不支持的哦 真的抱歉了呢）仍是光秃秃的拒绝（第六十轮）。单独一句“无法确保/不能确保”和“不能保证”一样算拒绝（第六十一轮）。“根据您的订单内容开具”这类说明依据的话算客观理由（提示），“根据规定”仍是拿规定当借口（第六十六轮）。分句里只有称呼或“这个/也/现在”在前的“不支持”（亲亲 不支持的、一起也不支持哦）也报告，“91助手不支持此功能”“这款手机不支持哦”说的是产品不具备的功能，不报告；“您方便自提/可以自提”算替代办法（第七十一轮）。“因此”承接前面说过的理由，算客观理由（提示）（第七十四轮）。“无法直接取消/修改”和只说政策的“不退邮费”也报告；“订单显示发货了”算客观理由（提示）（第七十五轮）。紧跟在拒绝后面的被拒绝的东西（没办法修改价格、没法改地址）不算理由（第七十八轮）。拒绝后面只跟称呼（不支持哦亲爱哒）仍是光秃秃的拒绝（第七十九轮）。“不可以的哦,这边需要预约的呢”里的“需要预约”就是给出的办法（提示）（第八十一轮）。',
      ],
    },
  },
  triggers: [
    // (没法走这边退: the way refused between)
    { pattern: `${NO}(走|通过|从)(这边|这里|那边|线上|网上|平台)${DO}`, tag: 'verb' },
    // (不支持跨市修改: the refused change's scope between)
    // (没办法补货: no stock coming, no-bare-out-of-stock's)
    { pattern: `${NO}(给您|为您|帮您|再|帮|给|直接)?(跨市|跨区|跨省|跨城|跨城市|跨站点|异地|单独|分开|单个|进行|添加)?${DO}`, tag: 'verb', except: [`(能|可)不(能|可以)(给您|为您|帮您|再|帮|给)?${DO}`, `${NO}(再)?补货`] },
    { pattern: '(修改|更改|改|退|换|取消|便宜|优惠|办理|处理|退款|退货|换货|操作|提前|转|申请)不了', tag: 'verb' },
    // 无法开具专票: an invoice the platform rule lets a shop decline (a special VAT one), declined
    // bare (the plain invoice refused is invoice-no-refusal's, and this rule then stays out)
    { pattern: `${NO}(给您|为您|帮您)?(开具|出具)`, tag: 'verb' },
    // (这个开不了: an invoice or a receipt refused; not a phone that will not start, 开不了机)
    { pattern: '开不了', tag: 'verb', except: ['开不了(机|门|锁|盖)', '(打|拧|撕|掰|推|拉|揭|解)开不了'] },
    // looking something up refused for the customer (无法为您查询), not a lookup that finds nothing (暂时无法查询到物流)
    { pattern: `${NO}(为您|给您|帮您)(查询|查看|查)`, tag: 'verb' },
    // (无法查询您的手机耳机接口类型: the customer's thing not looked up)
    { pattern: `${NO}(查询|查看|查)您的`, tag: 'verb' },
    { pattern: '(不议价|不还价|不讲价|不砍价|不退不换)', tag: 'verb' },
    // 不退邮费,…: the postage refused as a policy
    { pattern: '不(退|补|报销)(邮费|运费)', tag: 'verb' },
    // 不会给您配送的呢: a delivery refused, said alone
    { pattern: '不会(给您|为您|帮您)(配送|发货|送货|送)', tag: 'bare' },
    { pattern: '是(不议价|不还价|不讲价)', tag: 'policy' },
    // 不好意思，不支持的哦: a policy said alone, with nothing of what it refuses or why
    { pattern: '不支持的(哦|呢|哈|喔|亲)', tag: 'bare' },
    // (亲亲 不支持的 / 一起也不支持哦: the same alone in its phrase; not 91助手不支持此功能 / iOS系统手机不支持哦,
    // what a product does not do)
    { pattern: '不支持', tag: 'alone', except: ['不支持的(哦|呢|哈|喔|亲)'] },
    { pattern: '(不行|不可以|没办法|没有办法|没法|做不到|办不到|办不了|不能|不接受|无法)', tag: 'bare', except: ['行不行', '可不可以', '能不能', '不能不', '不行了'] },
    // a policy stated bare (不送哦 / 不退的): not the customer's own decision confirmed (不退了)
    // 这边不能保证 said alone (not 具体时间无法保证 or 不能保证几点送到, caution about a delivery time)
    { pattern: '(不能|无法|没法|没办法)(给您|为您|跟您|向您)?(保证|确保)', tag: 'guarantee' },
    { pattern: '不(送|退|换)', tag: 'bare', except: ['不(送|退|换)了', '(送|退|换)不(送|退|换)'] },
  ],
  check(ctx) {
    if (ctx.has('invoice-no-refusal') || ctx.has('seven-day-return-no-refusal')) return;
    const r = gradeRefusal(ctx, refusalHits(ctx));
    if (r) ctx.report({ start: r.hit.start, end: r.hit.end, severity: r.severity, message: r.message });
  },
};
