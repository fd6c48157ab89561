import type { RuleModule } from '../api';
import { appendAtEnd } from '../i-politeness/util';
import { literals } from '../lexicons';

/** Another team chased (催促相关部门 / 督促工作人员): the hand-off, and what the shop's own act must leave to it. */
const CHASED = literals(['催促', '督促'], ['相关部门', '相关人员', '工作人员']);

/**
 * J4. Warning: an issue left open (正在查, 已反馈给仓库, 等快递回复) needs a promise to report back,
 * ideally with a time frame. Info when the agent names its own next action (我会帮您催) but not the report-back.
 */
/** Handed on to another team (我们转给程序人员进行处理了), not a purpose (以便我方及时转给相关部门核实). */
/** What a reply passes on when it is a suggestion or a notice, not an open issue. */
const SUGGESTION = /意见|建议|改进|优化|完善|公示/;
const HANDED_ON = '(转给|转交给|交给|提交给|转派给|反馈到|升级到|升级给)…{4}(程序|技术|工程师|开发|研发|专员|专人|相关部门|同事|工作人员)(人员)?…{4}(处理|跟进|核实|排查|核查)';

/** Teams a matter is handed to, and the verbs of handing it on (会及时向相关部门反馈): written as one
 * literal each (相关部门反馈 …) so that the matcher looks for them, not for the frequent 等待 or 会. */
const HANDED_TEAMS = ['财务', '仓库', '厂家', '技术', '技术人员', '技术部门', '主管', '上级', '相关部门', '有关部门', '相关人员', '工作人员'];
const HANDED_VERBS = ['反馈', '反映', '转交', '上报', '转达'];

export const promiseFollowUp: RuleModule = {
  meta: {
    id: 'promise-follow-up',
    category: 'J',
    severity: 'warning',
    scope: 'text',
    rubric: 'proficiency',
    fixable: true,
    title: '问题未解决时要承诺跟进回复',
    message: '问题还在处理中，回复却没有承诺何时、如何告诉顾客结果：请加上跟进承诺，最好带时间，例如“有结果我会第一时间联系您，最晚今天18点前给您答复”。',
    docs: {
      why: '种子资料要求「如有消息一定第一时间告诉客户,及时跟进。」（000_37cadcef1d5464bd.txt），投诉处理的最后一步是「(十)通知顾客并及时跟进:」（003_0eb3ff2274ce9cfe.txt）；推荐写法如「有消息后我会第一时间联系您~」（001_87bc0df9dc2bb46e.txt）。反例是只说「您寄回来的那个件我们正在找呢」（001_87bc0df9dc2bb46e.txt），顾客不知道什么时候能有结果。',
      bad: ['您寄回来的那个件我们正在找呢', '已经反馈给仓库了', '正在核实中'],
      good: ['您寄回的包裹我们正在仓库加急核对,今天18点前一定给您结果~', '已经反馈给仓库了,有消息后我会第一时间联系您~', '请稍等我马上联系快递给您处理哦'],
      notes: [
        '“问题悬而未决”的说法：正在查/找/核实/处理/协调、还在查、核实中/处理中、已经联系（反馈、提交、投诉）快递/仓库/售后……、等快递/仓库…回复、在加紧配货、已留言售后、转给（转派给）程序人员/专人/相关部门处理或核查（“以便转给相关部门核实”这种目的说明不算）。',
        '满足跟进承诺：共享词表 FOLLOWUP（第一时间联系、有消息/结果、会通知您、持续跟进、给您答复……），以及“通知/告诉/联系/回复您”、“X点前/X天内”、“预计…”（给出了时间）、“稍等/稍候”（马上在对话里回来）。',
        '分级：没有跟进承诺为警告；回复说了自己的下一步动作（我会帮您催、马上为您处理）但没说何时回告为提示（info），如 FX-001-15。',
        '说了现在的进展（已经反馈仓库发给承运商，现在在运输中）时问题已经往前走了，不报告（第三十六轮真实语料评测）。',
        '“您的问题已经为您反馈,请耐心等待”只说转交、没说转给谁也报告；“已经为您反馈”“已经帮您申请了”是做完的事，不是下一步动作，不把警告降为提示；“一定尽快解决”“会…检修”是下一步动作（第四十二轮）；“已经为您留言”没说留给谁、也没说回告，同样报告（第四十三轮）；“已再次反馈主管”也报告（第四十六轮）；“已经请工作人员在处理了”只说别人在处理、不说回告的也报告（第四十七轮）；“建议您5日再查询”给了再看结果的时间，不报告（第四十八轮）；“已转达给处理人员”也是只说转交、不说回告（第四十九轮）；“将再次为您转交相关部门核实处理,请静候”也报告（第五十一轮）；“为您反馈物流进行处理”的“为您反馈”就是转交本身，不算店铺的下一步；“…个工作日内短信告知结果”给了回告（第五十二轮）；“正在为您处理亲”（为您在中间）也报告，问“是否正在为您处理”的不报告（第五十三轮）；“已记录并反馈给工程师”也报告（第五十四轮）。',
        '快速修复：回复以汉字或句末标点结尾时，在末尾追加“有结果我会第一时间通知您。”。',
        '真实语料评测后补充：“核实后会与您电话联系”“私信与您核实沟通”“请注意接听电话”“保持手机畅通”“X小时审核”都算跟进承诺；“正在查询/正在查看”是对话里的稍候，不算悬而未决；“我帮您联系一下商家,正在联系”这类客服自己的动作降为提示。',
        '第十八轮真实语料评测后补充：“已记录,反馈给相关同事”“会反馈给工作人员核实处理”这类只说转交、不说回告的也报告；转交的是意见或建议（您的意见我们会反馈给相关部门、…并积极改进）不算悬而未决；“您可以反馈给相关部门”是给顾客的建议，不报告；“会反馈财务处理的”同样报告（第十九轮）；“反馈到相关部门处理”“升级到专员”也算转交，说成店铺自己的动作（我为您反馈到专员为您处理）时按提示（第二十二轮）。“已经反馈给了工程师”（“给了”）也报告（第五十五轮）。“正在积极跟进中”里的“跟进”是悬而未决的事，不算跟进承诺；“请您继续/先留意”“留意我们的反馈”算（第五十七轮）。“工作人员正在为您解决”也报告（第五十九轮）。“敬请关注”和“敬请您留意”一样，请顾客留意结果，算回告（第六十八轮）。先请顾客私信提供信息、再说“…会反馈到工作人员那核查处理”，说的是顾客来信之后会怎样，不报告（第七十一轮）。“正在与新浪沟通解决”这类正在和别的单位协调、不说何时回告的也报告（第七十三轮）。“会及时向相关部门反馈,敬请等待”也是转给别人、只让顾客等、没说会回复；“我们会向有关部门反馈的,感谢您的监督”是把建议转达上去，没有要回复的事，不报告（第八十一轮）。“已经介入处理了”（别人正在处理）和“已记录并将尽快反馈处理,敬请等待”也是没说会回复的未结事项（第八十三轮）。“妹子会反馈财务的呢”（整句只说会转给财务）也报告；“正在积极跟进当中的,请您注意查看哦”告诉了顾客结果会在哪里看到，不报告（第八十四轮）。“已提交财务修改了 等待换开即可”告诉了顾客只需等结果，不报告（第八十六轮）。“我们会立即对您反馈的问题进行核查”（没说核查后会回复）也报告；“商家已收到您的取消申请，正在等待商家审核”是取消申请的状态，结果会显示在订单上，不报告（第八十七轮）。“已经将这个情况反馈给相应的工作人员了”和“已转相关人员跟进处理,请知悉”（其中的“跟进”是转交本身的话，不算后续承诺）也报告（第八十九轮）。“在加紧解决”（没说何时回告）也报告（第九十五轮）。“已经将此问题反馈给相关部门”（“将…问题”在中间）和“已经记录并反馈了您的问题”也报告（第九十六轮）。“已向相关工作人员反馈,请知悉”（“向…反馈”）也报告（第九十七轮）。“已再次催促为您核实处理,望您耐心等候”也报告；店铺自己说“（这边）帮您反馈（处理）”是店铺的动作，不报告（第九十四轮曾报告“帮您反馈处理”，按第二十二轮的说明和之前的标注撤回）（第九十九轮）。“已反馈商家加急处理了”（转给商家）也报告（第一百轮）。“我们会再次和厂家核实情况”（再次和别的单位核实，没说回告）也报告（第一百零一轮）。用“麻烦/请”请顾客私信提供资料后再说“小编会反馈给工作人员…”，同样说的是来信之后会怎样，不报告（第一百零二轮）。“为您反应/反映站长处理”（把“反映”打成“反应”，交给站长或站点）同“为您反馈物流进行处理”，也报告（第一百零三轮）。“我们会为您催促相关部门.”（催促/督促相关部门，没说回告）也报告，“…尽快核查处理给您答复”不报告（第一百零七轮）。客服自己正在催（小妹/我们正在催仓库…）是店铺的动作，同“帮您催促站点”，不报告（第一百一十七轮）。只说“站点/仓库/财务在处理了”（说了是谁在处理，没说回告）也报告（第一百一十八轮）。“有专员/同事/工作人员在处理的”（只说有人在处理）也报告（第一百二十轮）。“已转交同事跟进处理,请稍候”里的“跟进处理”是转交本身的话（同第八十九轮），照常报告（第一百二十二轮）。先要顾客把资料发过来（您把…发我下），再说“我们可以转给…处理”，说的是收到之后店铺会怎样，不报告（第一百二十三轮）。',
      ],
    },
  },
  triggers: [
    // (not 我们正在催仓库发出: the agent's own chasing, as the shop chasing a station for the customer is)
    { pattern: '正在(为您|帮您|给您)?(积极)?(找|寻找|核实|核查|核对|处理|联系|协调|排查|确认|催|加急|审核|沟通|跟进|解决)', tag: 'pending', except: ['(是否|有没有|是不是)正在(为您|帮您|给您)?(积极)?(找|寻找|核实|核查|核对|处理|联系|协调|排查|确认|催|加急|审核|沟通|跟进|解决)', '(小妹|妹子|小二|我|我们|这边)(这边)?(也)?正在(为您|帮您|给您)?催(促)?'] },
    // (仓库在核实了哦: the warehouse named as the one handling it)
    { pattern: '(还|仍|都|我们|这边|我|站点|仓库|财务|商家|厂家|专员|同事|工作人员|相关人员)在(查|找|核实|核对|处理|确认|协调|沟通|排查)', tag: 'pending' },
    { pattern: '(核实|处理|审核|确认|排查|调查|协调|核查)中', tag: 'pending' },
    // 正在与新浪沟通解决: being settled with another party
    { pattern: '正在(与|和|跟)…{6}(沟通|协调|协商|联系)(解决|处理)?', tag: 'pending', except: ['(是否|有没有|是不是)正在(与|和|跟)…{6}(沟通|协调|协商|联系)'] },
    // (已转交同事跟进处理: the 跟进 the hand-off's own words, as round 89 settled)
    { pattern: '(已经|已)(再次)?(帮您|给您|为您)?(联系|反馈|提交|上报|登记|通知|催促|催|转交|转达|投诉|报备|留言)(给了|了|给)?(快递|仓库|物流|厂家|商家|售后|财务|技术|技术人员|工程师|主管|上级|相关部门|同事|专人|专员|工作人员|处理人员)(跟进|核实|核查)?(处理)?', tag: 'pending', except: ['(已经|已)(帮您|给您|为您)?提交(了)?售后(退款|申请|服务单|单)'] },
    { pattern: '(等|待)(快递|仓库|物流|厂家|售后|财务|技术|同事|主管)…{6}(回复|反馈|答复|核实|确认|结果|处理|消息)', tag: 'pending' },
    { pattern: '加紧(配货|处理|核实|发货|排查|解决)', tag: 'pending' },
    // 我们会立即对您反馈的问题进行核查: to be checked, nothing said of the result
    { pattern: '(会|将)(立即|马上|尽快)?对(您|你)?(反馈|反映)的(问题|情况)进行(核查|核实|调查)', tag: 'pending' },
    // 已转相关人员跟进处理,请知悉: handed on with a bare 转
    // (转 and the team one literal each: 跟进/处理 alone stand in thousands of replies)
    { pattern: `(已经|已)${literals(['转'], ['相关', '有关', '相应'], ['人员', '部门', '同事', '工作人员'])}(跟进|处理|核实|核查)`, tag: 'pending' },
    // 已经将该问题提交给相关负责人员 / 小编已经记录反馈该问题: the problem passed on, nothing said of an answer
    // (the opening words one literal each: 问题/情况 alone stand in thousands of replies, 记录/登记 in hundreds)
    { pattern: `${literals(['已经将', '已将'], ['', '该', '此', '这个', '您的'], ['问题', '情况'])}(提交|反馈|转交|上报)(给|至|到)(相关)?(负责人员|负责人|工作人员|部门|相关部门|同事|技术|技术人员)`, tag: 'pending' },
    { pattern: `${literals(['已经', '已'], ['记录', '登记'], ['', '并', '后'], ['反馈', '上报', '转交'])}(了)?(该|此|这个|您的)(问题|情况)`, tag: 'pending' },
    // 已向相关工作人员反馈,请知悉: passed on, put with 向 before the team
    // (向 and the team one literal each: 反馈 alone stands in over a thousand replies)
    { pattern: `(已经|已)${literals(['向'], ['', '相关', '有关', '相应', '相应的'], ['工作人员', '部门', '相关部门', '同事', '技术人员', '工程师', '负责人'])}(进行)?(反馈|反映|上报)`, tag: 'pending' },
    // 我们已再次催促为您核实处理: pushed again, nothing said of an answer
    { pattern: '(已经|已)(再次)?催促(为您|帮您|给您)?(核实|处理|核查)', tag: 'pending' },
    // 我们会再次和苹果官方核实情况: to be settled with another party, nothing said of an answer
    // (再次 required: 会和…沟通 alone is said of steps with their own outcome, 会和相关工作人员核实情况,为您进行检测维修)
    { pattern: `(会|将)${literals(['再次'], ['与', '和', '跟'])}…{6}(核实|核对|沟通|协调)(情况|处理)?`, tag: 'pending', except: ['(会|将)再次(与|和|跟)(您|你)'] },
    // 已经介入处理了: someone else now handling it
    { pattern: '(已经介入|已介入)(处理|调查|核实|跟进)?', tag: 'pending' },
    // 已记录并将尽快反馈处理,敬请等待: passed on, the customer only told to wait
    { pattern: '(记录|登记)(并|后)?(将|会)?(尽快|及时)?(反馈|转交|上报)…{6}(敬请等待|敬请耐心等待)', tag: 'pending' },
    // 您的问题已经为您反馈,请耐心等待: passed on, to no one named
    { pattern: '(问题|情况)(已经|已)(帮您|给您|为您)(反馈|上报|登记|转交)', tag: 'pending' },
    // 已经为您留言 建议您后期耐心等待: a message left with no one named
    { pattern: '(已经|已)(帮您|给您|为您)留言', tag: 'pending', except: ['(已经|已)(帮您|给您|为您)留言(给|到)'] },
    // 为您反馈物流进行处理: handed on to logistics, nothing said of an answer
    // (反应 typed for 反映; the station or its manager the one handed it)
    // (anchored on the whole 为您反馈…: 反馈 alone stands in 865 corpus replies)
    { pattern: `${literals(['为您', '帮您', '给您'], ['反馈', '反映', '反应'])}(给)?(物流|快递|仓库|厂家|财务|技术|站长|站点)(进行)?(处理|核实|核查|跟进)`, tag: 'pending' },
    // (会催促相关部门: another department chased, nothing said of an answer; not one with 给您答复 after it)
    { pattern: `(会|将)(再次)?(为您|帮您)?${CHASED}`, tag: 'handoff' },
    // 已记录并反馈给工程师: recorded and passed on, nothing said of an answer
    { pattern: '(已经|已)(记录|登记)(并|后)?(反馈|转交|上报|转达)(给)?(工程师|技术|相关部门|工作人员|同事|专员|主管)', tag: 'pending' },
    // 我们转给程序人员进行处理了: handed on, nothing said of an answer
    // (为您反馈到专员…: 为您 taken in, or the shop's own 为您反馈 hit would hide the hand-off)
    { pattern: `(为您|帮您|给您)?${HANDED_ON}`, tag: 'pending', except: [`(以便|便于|方便)…{8}${HANDED_ON}`] },
    // 已记录,反馈给相关同事: handed on at the end of the reply (not 您可以反馈给…, advice to the customer)
    { pattern: '(反馈|转交|上报)给(相关|相应的|相应|有关)?(同事|部门|相关部门|工作人员|专人|技术人员)', tag: 'handoff', except: ['(可以|请|您|你|建议)…{3}(反馈|转交|上报)给(相关|相应的|相应|有关)?(同事|部门|相关部门|工作人员|专人|技术人员)'] },
    // 我们已经请工作人员在处理了: others handling it, nothing said of an answer
    { pattern: '(已经|已)请(工作人员|同事|技术人员|专员|专人|相关人员)(在)?(处理|核实|跟进|排查)', tag: 'pending' },
    // 会反馈财务处理的: handed on, said as what will happen
    { pattern: '(会|将)(再次)?(帮您|为您)?(反馈|转交|上报)(给)?(财务|仓库|厂家|售后|技术|主管|专员|相关部门)(核实)?(处理|核实|核查)', tag: 'handoff' },
    // 妹子会反馈财务的呢: handed on, said as the whole step
    { pattern: `(会|将)(再次)?(帮您|为您|给您)?${literals(['反馈', '转交', '上报'], ['', '给'], ['财务', '仓库', '厂家', '技术', '主管', '专员', '相关部门'])}(的)(呢|哦|哈|哒|啦|那)`, tag: 'handoff' },
    // 会及时向相关部门反馈,敬请等待: handed on, put with 向 before the team, and the customer told to wait
    // (not 我们会向有关部门反馈的,感谢您的监督: a suggestion passed on, nothing to report back)
    { pattern: `(会|将)(及时|尽快|第一时间)?(向|给)${literals(HANDED_TEAMS, HANDED_VERBS)}…{4}(敬请|请您|请)(耐心)?等待`, tag: 'handoff' },
    // (not 商家已收到您的取消申请，正在等待商家审核: a cancellation's status, its result shown on the order)
    { pattern: '等待(售后|仓库|财务|商家)(安排|处理|审核|回复)', tag: 'pending', except: ['取消申请…{8}等待(售后|仓库|财务|商家)(安排|处理|审核|回复)', '等待(售后|仓库|财务|商家)(安排|处理|审核|回复)…{4}(就行|就可以|即可)'] },
    { pattern: '(通知|告诉|告知|联系|回复|答复|回)您', tag: 'fu', inQuotes: true },
    { pattern: '(给您|跟您|和您)(回复|答复|回个|说|同步)', tag: 'fu', inQuotes: true },
    { pattern: '(点|号|小时|分钟)(前|之前)', tag: 'fu', inQuotes: true },
    { pattern: '(天|小时|分钟|周)(内|之内)', tag: 'fu', inQuotes: true },
    // …个工作日内短信告知结果
    { pattern: '工作日(内|之内)', tag: 'fu', inQuotes: true },
    { pattern: '(告知|通知|告诉)(处理)?结果', tag: 'fu', inQuotes: true },
    // 建议您5日再查询: when to look again
    { pattern: '(日|号|天后|小时后)(再)?(查询|查看|留意|关注)', tag: 'fu', inQuotes: true },
    { pattern: '(稍等|稍候|等我一下|预计)', tag: 'fu', inQuotes: true },
    { pattern: '(随时|及时)(告诉|通知|同步|更新)', tag: 'fu', inQuotes: true },
    // 已经反馈仓库发给承运商，现在在运输中: where it stands now, the issue moved on
    { pattern: '(现在|目前)(已经)?(在)?(运输|配送|派送)(中|途中)', tag: 'fu', inQuotes: true },
    { pattern: '(与您|和您|跟您)…{4}(联系|沟通|核实|确认|回复)', tag: 'fu', inQuotes: true },
    { pattern: '(注意|留意)(接听|来电|电话)', tag: 'fu', inQuotes: true },
    { pattern: '(保持)(电话|手机)(畅通)', tag: 'fu', inQuotes: true },
    { pattern: '(关注|留意)(回复|私信|通知|短信|我们的回复)', tag: 'fu', inQuotes: true },
    { pattern: '(请|建议)(您)?(可)?(稍后|及时|随时|继续|先)?留意', tag: 'fu', inQuotes: true },
    // 已记录转派相关部门处理.敬请关注: the helpdesks' way of asking the customer to watch for the answer
    { pattern: '敬请(您)?关注', tag: 'fu', inQuotes: true },
    // 已提交财务修改了 等待换开即可: what the customer will get, all they need do is wait
    { pattern: '等待(换开|开具|退款|到账|审核|处理|收货|发货)(即可|就可以|就行|就好)', tag: 'fu', inQuotes: true },
    // 正在积极跟进当中的,请您注意查看哦: where the result will show
    { pattern: '(注意|留意)(查看|查收)', tag: 'fu', inQuotes: true },
    // 留意我们的反馈 / 留意工作人员的处理情况: where the answer will come from
    { pattern: '留意(我们的|我司的|工作人员的)?(反馈|答复|回复|处理结果|处理情况|跟进情况)', tag: 'fu', inQuotes: true },
    { pattern: '(小时|工作日|天)(审核|处理|左右|以内)', tag: 'fu', inQuotes: true },
    { pattern: '(会|将)(一直|持续)(监控|关注|跟踪|跟进)', tag: 'fu', inQuotes: true },
    { pattern: '(今天|明天|下午|上午|晚上|今晚)(会|就会|能)(配送|送到|送达|到|发出|处理好)', tag: 'fu', inQuotes: true },
    { pattern: '(帮您|给您|为您)(联系|查|查询|查看|核实|通知|催|催促|反馈|跟进|加急)', tag: 'act' },
    // (not 我们会…催促相关部门, the hand-off above: this hit would cover it)
    { pattern: '(我|我们|这边)(也)?(会|一定|马上|立即|这就)…{6}(催|跟|盯|处理|安排|解决|补发|退款|检修|维修)', tag: 'act', except: [`(我|我们|这边)(也)?(会|将)(再次)?(为您|帮您)?${CHASED}`] },
    // (问题已经帮您反馈,一定尽快解决: the agent's promise without a subject)
    { pattern: '一定(会)?(尽快|马上)(解决|处理)', tag: 'act' },
  ],
  check(ctx) {
    // a suggestion passed on (您的意见我们会反馈给相关部门, …并积极改进) leaves no issue open
    const pending = ctx.hits.find((h) => h.trigger.tag === 'pending' || (h.trigger.tag === 'handoff' && !SUGGESTION.test(ctx.text)));
    if (!pending) return;
    // 您可以私信提供您的手机号码…,小沃会记录反馈到工作人员那核查处理: what will happen once the customer
    // writes in, an offer, not an issue left open
    const before = ctx.text.slice(Math.max(0, pending.start - 40), pending.start);
    // (麻烦亲提供下私信小编…,小编会反馈给工作人员: the same asked with 麻烦/请)
    if (/(可以|可|如方便|方便)(通过)?私信|(请|麻烦|烦请)(您|亲)?[^。.!?]{0,8}私信/.test(before) && /会[^,，。.!?]{0,6}$/.test(before)) return;
    // (您把单号…发给我下，我们可以转给技术: the details asked for first, then what the shop can do with them)
    if (/(发我|发给我|给我)(一下|下)?[\s,，]/.test(before) && /(会|可以)$/.test(before)) return;
    // (nothing inside the hand-off itself counts as the shop's next step: 问题已经为您反馈 / 为您反馈物流进行处理 /
    // 正在为您处理; nor, as its follow-up, the 跟进 of 正在积极跟进, which is the open issue, not a promise)
    const outside = (h: { start: number; end: number }): boolean => h.start < pending.start || h.end > pending.end;
    // (nor the 跟进 of 已转相关人员跟进处理, the hand-off's own words)
    const ongoing = (h: { start: number; end: number }): boolean => !outside(h) && (/(正在|正|在)(积极|紧急)?$/.test(ctx.text.slice(Math.max(0, h.start - 4), h.start)) || pending.trigger.tag === 'pending' && /^(已经|已)转/.test(ctx.text.slice(pending.start, pending.end)));
    if (ctx.hitsOf('@FOLLOWUP').some((h) => !ongoing(h)) || ctx.hits.some((h) => h.trigger.tag === 'fu')) return;
    // a bare 退款 / 补发 is a topic, not the agent's own action (给您退款, 帮您催 are; 已经为您反馈 is done, not a next step)
    const act = ctx.hits.some((h) => h.trigger.tag === 'act' && outside(h)) || ctx.hitsOf('@REMEDY').some((h) => h.end - h.start > 2 && !/已(经)?$/.test(ctx.text.slice(Math.max(0, h.start - 2), h.start)) && outside(h));
    const insert = appendAtEnd(ctx.text, '有结果我会第一时间通知您。');
    ctx.report({
      start: pending.start, end: pending.end, insert, fixTitle: insert ? '在末尾加上“有结果我会第一时间通知您。”' : undefined,
      ...(act ? { severity: 'info' as const, message: '已经说明会去处理，但没有说何时、如何把结果告诉顾客：建议加上“有结果我会第一时间联系您”，最好带上时间。' } : {}),
    });
  },
};
