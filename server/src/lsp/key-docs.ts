/**
 * Chinese explanations of the library format's keys and enum values, for hover and completion.
 */
export interface KeyDoc { summary: string; detail: string; example?: string }

export const TOP_KEY_DOCS: Record<string, KeyDoc> = {
  huashu: { summary: '格式版本', detail: '话术库文件的格式版本，目前只能是 `1`。写在文件开头，工具据此确定如何读取文件。', example: 'huashu: 1' },
  shop: { summary: '店铺名称', detail: '这份话术库所属的店铺。一些规则（如开场报店名）会用到它。', example: 'shop: 尚米坊' },
  platform: { summary: '电商平台', detail: '话术使用的平台，决定启用哪些平台规则（禁用词、引导站外交易、承诺时效等的处罚口径）。可选：taobao、tmall、jd、pdd、douyin、generic。也可以在 huashu.config.yaml 里统一设置。', example: 'platform: taobao' },
  variables: { summary: '变量声明', detail: '回复里可以用的占位符 `{名称}` 及其说明，发送前由客服系统替换。回复里用到的每个变量都必须在这里声明；字面的花括号写成 `{{` 和 `}}`。', example: 'variables:\n  顾客: 买家昵称\n  单号: 订单号' },
  scripts: { summary: '话术列表', detail: '这份话术库的所有话术，每一项是一条话术：id、场景、阶段、顾客的话和客服的回复。', example: 'scripts:\n  - id: greet.first\n    reply: 亲,您好,欢迎光临~' },
};

export const SCRIPT_KEY_DOCS: Record<string, KeyDoc> = {
  id: { summary: '话术 id', detail: '话术的唯一标识，在整个工作区内必须唯一（预览、报告、基线和评审都靠它找到话术）。建议用“场景.用途”形式。', example: 'id: after-sales.refund.delay' },
  title: { summary: '标题', detail: '给人看的简短标题，显示在大纲、预览和报告里。', example: 'title: 退款进度查询' },
  scenario: { summary: '场景', detail: '话术所属的服务场景，决定适用哪些规则（如投诉场景要求先安抚、道歉）。可选：pre-sales（售前）、in-sales（售中）、after-sales（售后）、complaint（投诉）、logistics（物流）、review（评价）、other（其他）。', example: 'scenario: after-sales' },
  stage: { summary: '阶段', detail: '话术在一次接待流程中的位置。可选：opening（开场）、inquiry（询问）、handling（处理）、invite-review（邀评）、closing（结束）。开场要求问候，结束要求礼貌收尾。', example: 'stage: opening' },
  tags: { summary: '标签', detail: '自由标签，用于筛选和统计，不影响检查。', example: 'tags: [退款, 催单]' },
  customer: { summary: '顾客的话', detail: '这条话术回应的顾客消息（一条或多条）。只作为上下文读取、不检查，用来判断顾客是否在投诉、是否有情绪等。', example: 'customer: 我的快递怎么还没到' },
  reply: { summary: '客服回复', detail: '客服发送的回复，是检查的对象。可以是一段文字，也可以是列表（连续发送的几条消息）。可以使用已声明的变量 `{名称}`。', example: 'reply:\n  - 亲,您好\n  - 我马上帮您查询' },
  alternatives: { summary: '备选回复', detail: '同一情境下可替换使用的其他回复，每一项都和 reply 一样被检查。', example: 'alternatives:\n  - 好的亲,马上为您处理' },
  notes: { summary: '备注', detail: '给培训或审核人员看的说明，不检查。', example: 'notes: 适用于大促期间' },
};

export const ENUM_DOCS: Record<'scenario' | 'stage' | 'platform', Record<string, { label: string; detail: string }>> = {
  scenario: {
    'pre-sales': { label: '售前', detail: '顾客下单前的咨询：商品、尺码、库存、优惠。重点是积极主动、促成交易，不夸大、不乱承诺。' },
    'in-sales': { label: '售中', detail: '已下单未收货：改地址、催发货、修改订单。重点是及时准确，给出明确时效。' },
    'after-sales': { label: '售后', detail: '收货后的问题：退换货、退款、质量问题。重点是承担责任、给出补救，不推卸给快递或顾客。' },
    complaint: { label: '投诉', detail: '顾客不满或投诉。要求先安抚情绪、真诚道歉，再给出解决办法，不争辩、不指责顾客。' },
    logistics: { label: '物流', detail: '物流查询与异常：催件、丢件、破损。可以如实说明物流情况，但解决问题的责任在店铺。' },
    review: { label: '评价', detail: '邀请评价与处理中差评。不得以利益诱导好评、不得要求修改差评（平台规则）。' },
    other: { label: '其他', detail: '不属于以上场景的话术。' },
  },
  stage: {
    opening: { label: '开场', detail: '接待开始：问候顾客（如“亲,您好”），可报出店铺或客服名。' },
    inquiry: { label: '询问', detail: '了解顾客需求与问题细节：订单号、具体情况。' },
    handling: { label: '处理', detail: '给出解答或解决方案：补发、退款、说明政策。' },
    'invite-review': { label: '邀评', detail: '邀请顾客评价：只能真诚邀请，不得用返现等利益诱导好评。' },
    closing: { label: '结束', detail: '接待结束：礼貌收尾（如“感谢您的耐心,祝您生活愉快”），欢迎再次光临。' },
  },
  platform: {
    taobao: { label: '淘宝', detail: '淘宝平台规则：禁止引导站外交易、虚假承诺、诱导好评等。' },
    tmall: { label: '天猫', detail: '天猫平台规则：在淘宝规则之上对服务承诺、发货时效要求更严。' },
    jd: { label: '京东', detail: '京东平台规则。' },
    pdd: { label: '拼多多', detail: '拼多多平台规则。' },
    douyin: { label: '抖音', detail: '抖音电商平台规则。' },
    generic: { label: '通用', detail: '不针对特定平台，只检查通用的服务规范。' },
  },
};

export const DIRECTIVE_DOCS: Record<string, string> = {
  'huashu-disable-next-line': '在下一行（或从下一行开始的整段值）禁用列出的规则；不写规则 id 则禁用所有规则。`--` 之后可以写原因。',
  'huashu-disable': '从这里开始禁用列出的规则，直到对应的 huashu-enable 或文件末尾。',
  'huashu-enable': '结束之前 huashu-disable 的禁用区域。',
  'huashu-disable-file': '在整个文件中禁用列出的规则。',
};
