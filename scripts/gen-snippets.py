#!/usr/bin/env python3
"""Generates snippets/huashu.json: the library skeleton, one script per scenario × stage and the
topic scripts (催发货, 发错货, 丢件 …), pre-filled with compliant model replies taken from the
seed training material (wording kept, punctuation made full-width, 你 → 您, placeholders such as
某某 replaced by snippet fields). Run: python3 scripts/gen-snippets.py"""
import json, os

SCENARIOS = {
    'pre-sales': '售前', 'in-sales': '售中', 'after-sales': '售后', 'complaint': '投诉',
    'logistics': '物流', 'review': '评价', 'other': '其他',
}
STAGES = {'opening': '开头', 'inquiry': '询问', 'handling': '处理', 'invite-review': '邀评', 'closing': '结尾'}

# Topic scripts: (prefix, 中文名, scenario, stage, tags, customer, [reply messages], description)
TOPICS = [
    ('greeting', '问候', 'pre-sales', 'opening', ['问候'], '在吗？',
     ['您好，我是${SHOP}的客服${AGENT}，感谢您的光临，请问有什么可以为您效劳的吗？'], '首次问候：自报店铺和客服名'),
    ('size', '尺码咨询', 'pre-sales', 'inquiry', ['尺码'], '这款裤子我穿哪个码合适？',
     ['您好亲，您的身高体重是多少呢？我帮您参考一下哦，这是我们店内模特的参照图，还有这是其他顾客评价的说明，仅供您作为参考。'], '尺码咨询：先问尺寸，再给建议和参考'),
    ('stock', '有货吗', 'pre-sales', 'handling', ['库存'], '这款有货吗？',
     ['亲，能拍的基本都有的呢，如有特殊情况导致缺货会第一时间联系您的～您喜欢的话可以放心拍下哦。'], '库存咨询：不要只答“没有”'),
    ('bargain', '议价', 'pre-sales', 'handling', ['议价'], '太贵了，便宜点我就拍了。',
     ['亲，非常感谢支持哦，您完成这笔交易之后您就是咱们店铺的VIP会员了，以后来咱家购物就能享受相应的折扣的哦。',
      '这个价格咱们真的非常遗憾，您可以再多考虑一下，相信价格也不是您考虑的唯一因素。'], '议价：感谢 + 以退为进，不生硬拒绝'),
    ('invoice', '发票', 'in-sales', 'handling', ['发票'], '请问可以开发票么？',
     ['亲，可以开发票的哦～麻烦您提供一下抬头（个人或公司名称）和税号，我们会随货寄出或发送电子发票给您。'], '发票：答应开票，免费，收集抬头和税号'),
    ('address', '改地址', 'in-sales', 'handling', ['改地址'], '您好，我刚付款了，想换个地址。',
     ['亲，可以修改的哦，麻烦您把新的收货地址发我一下，我这边帮您改好后再跟您核对一遍～'], '改地址：直接帮顾客改，并核对'),
    ('payment', '催付', 'in-sales', 'handling', ['催付'], '',
     ['亲，您好！如果您在付款过程中遇到了问题，请随时联系我们，我们将竭诚为您服务！'], '催付：礼貌、不施压'),
    ('urge', '催发货', 'logistics', 'handling', ['催发货'], '请问我的货什么时候才发呀？再不发我要退款了。',
     ['亲，很抱歉让您久等了，我们也希望尽快给您发出呢，敬请您谅解～仓库在加紧配货了，我会帮您催的哦，预计明天中午前发出，发出后第一时间把单号发给您。'], '催发货：道歉 + 具体行动 + 留有余地的时间'),
    ('delay', '到货延迟', 'logistics', 'handling', ['物流慢'], '怎么还没到？物流好几天不动了。',
     ['亲，很抱歉让您久等了，我刚给快递公司打电话询问了，您的快递已经到了您所在的城市，只是物流信息还未及时更新，估计您今天就可以收到了。如果今天还没收到，我这边马上为您重新安排发货。'], '到货延迟：道歉 + 主动查询 + 不推给快递'),
    ('lost', '丢件', 'logistics', 'handling', ['丢件'], '快递说包裹丢件了，你们准备怎么处理吧？',
     ['亲，您好，非常抱歉给您带来了不好的购物体验，我刚联系快递公司，那边说件不小心丢失了，您看我们这边可以给您重新安排发货吗？'], '丢件：道歉 + 店铺出面 + 马上重发'),
    ('wrong-item', '发错货', 'after-sales', 'handling', ['发错货', '退换'], '你们发错货了，怎么解决？',
     ['亲，非常抱歉给您添麻烦了，是我们的失误。可以麻烦您拍张照片吗？',
      '正确的款今天就给您补发，发错的那件您方便时寄回，运费我们承担，您不用先付款哦。'], '发错货：认错 + 道歉 + 补发，运费店铺承担'),
    ('damaged', '运输破损', 'after-sales', 'handling', ['破损'], '收到就是坏的。',
     ['亲，收到破损的宝贝真的很抱歉，麻烦您拍张照片或小视频给我，我马上给您免费补发一个新的，这次会加固包装～'], '运输破损：道歉 + 请拍照 + 补发，不推给快递'),
    ('return-7day', '7天无理由', 'after-sales', 'handling', ['7天无理由', '退货'], '您好，收到了，不合适，我想退货。',
     ['亲，好的呢，不合适真的是有点遗憾呢，请问是什么问题？是质量不满意，还是颜色不喜欢，还是其他的呢？',
      '可以为您办理7天无理由退货的哦，商品不影响二次销售就可以；因为是个人原因退货，寄回运费需要您承担，您的订单有运费险会自动理赔的～'], '7天无理由：先受理，再公平说明运费'),
    ('complaint', '投诉安抚', 'complaint', 'handling', ['投诉'], '你们这是什么服务！',
     ['亲，非常抱歉哦，请先息怒呢，真的不好意思，给您造成不便了，是我们的失误。',
      '我这边马上为您处理，有结果第一时间联系您。'], '投诉：安抚 + 道歉 + 补救 + 跟进'),
    ('service', '服务不满意', 'complaint', 'handling', ['服务'], '你们客服态度太差了。',
     ['亲，我们感到非常的抱歉。我们对每一位顾客的购物体验都非常的重视，您反馈的情况我们今后一定加以改进，希望我们能让您满意。'], '服务不满意：道歉 + 改进'),
    ('bad-review', '差评挽回', 'review', 'handling', ['中差评'], '',
     ['您好，看到您的评价了，这次的体验给您添了麻烦，真的很抱歉。我们已经为您安排补发，运费由我们承担。感谢您的反馈，我们会继续改进。'], '差评挽回：查清原因，道歉 + 补救 + 感谢'),
    ('good-review', '好评回复', 'review', 'closing', ['好评'], '您好，东西挺好的，很满意。',
     ['亲，谢谢您的支持哦～您的满意是我们的动力哦，后续有任何问题随时联系我们，祝您生活快乐～'], '好评回复：感谢 + 祝福'),
    ('invite', '邀请收藏', 'other', 'invite-review', ['收藏'], '',
     ['希望您可以收藏下咱家店铺，以后咱们每半个月都会陆续有新品上架。'], '邀评 / 收藏：轻邀请'),
    ('closing', '结束语', 'other', 'closing', ['结束语'], '好的，谢谢。',
     ['再次感谢您的惠顾，期待与您成为朋友，祝您事事顺心！如果您还有什么问题请您和我说，我一定第一时间给您解决。'], '结束语：感谢 + 祝福 + 问还有什么需要'),
]

# One script per scenario × stage: the reply for a stage, specialised by scenario where the seeds have one.
STAGE_REPLY = {
    'opening': '您好，欢迎光临${SHOP}，我是客服${AGENT}，很高兴为您服务，请问有什么可以为您效劳的吗？',
    'inquiry': '好的亲，请问您具体是遇到了什么情况呢？麻烦您把订单号发我一下，请您稍等，我这边帮您核实一下。',
    'handling': '亲，请稍等，我马上帮您查询，有消息后我会第一时间联系您。',
    'invite-review': '如果您对这次的服务满意，希望您可以收藏下咱家店铺，以后咱们每半个月都会陆续有新品上架。',
    'closing': '感谢您的光临，请问还有其他可以帮您的吗？有任何问题随时联系我们，祝您购物愉快！',
}
SPECIFIC = {
    ('after-sales', 'opening'): '您好，我是${SHOP}的售后客服，很高兴为您服务，请问收到的宝贝有什么问题吗？',
    ('complaint', 'opening'): '您好，我是${SHOP}的客服${AGENT}，非常抱歉给您带来了不好的体验，请问具体是哪里让您不满意呢？我马上为您处理。',
    ('after-sales', 'inquiry'): '亲，给您添麻烦了，可以麻烦您拍张照片吗？我这边马上帮您核实处理。',
    ('complaint', 'inquiry'): '您先别着急，非常抱歉给您带来不便，请问是哪个环节让您不满意了呢？请您稍等，我这边马上为您核实。',
    ('pre-sales', 'inquiry'): '您好亲，您的身高体重是多少呢？我帮您参考一下哦。',
    ('logistics', 'inquiry'): '亲，请稍等，麻烦您把订单号发我一下，我马上帮您查询物流。',
    ('pre-sales', 'handling'): '亲，能拍的基本都有的呢，如有特殊情况导致缺货会第一时间联系您的～您喜欢的话可以放心拍下哦。',
    ('pre-sales', 'closing'): '感谢您的光临，喜欢的话可以先把宝贝加入购物车或收藏，请问还有其他可以帮您的吗？祝您购物愉快！',
    ('review', 'inquiry'): '您好，感谢您的评价和反馈，这次的体验给您添麻烦了，真的很抱歉，请问具体是哪里让您不满意呢？请您稍等，我这边马上为您核实。',
    ('review', 'invite-review'): '感谢您的支持，如果您对这次的服务满意，希望您可以收藏下咱家店铺，以后咱们每半个月都会陆续有新品上架。',
    ('in-sales', 'handling'): '亲，可以修改的哦，麻烦您把新的收货地址发我一下，我这边帮您改好后再跟您核对一遍～',
    ('after-sales', 'handling'): '亲，非常抱歉给您添麻烦了，是我们的失误，正确的款今天就给您补发，运费我们承担。',
    ('complaint', 'handling'): '亲，非常抱歉哦，请先息怒呢，给您造成不便了，我这边马上为您处理，有结果第一时间联系您。',
    ('logistics', 'handling'): '亲，很抱歉让您久等了，我刚帮您查询了，您的包裹已经到了您所在的城市，估计今天就可以收到了。',
    ('review', 'handling'): '您好，看到您的评价了，感谢您的反馈，这次的体验给您添了麻烦，真的很抱歉，我们已经为您安排补发，运费由我们承担。',
    ('review', 'closing'): '亲，谢谢您的支持哦～您的满意是我们的动力哦，后续有任何问题随时联系我们，祝您生活快乐～',
    ('complaint', 'closing'): '再次向您道歉，也感谢您的理解，有任何问题随时联系我们，我们会持续跟进。',
    ('after-sales', 'closing'): '再次感谢您的惠顾，期待与您成为朋友，后续有任何问题随时联系我们，祝您事事顺心！',
    ('review', 'opening'): '您好，我是${SHOP}的客服${AGENT}，感谢您的评价和反馈，请问方便耽误您一分钟吗？',
}

def esc(s):
    return s.replace('\\', '\\\\').replace('$', '\\$').replace('}', '\\}')

def fields(s, start):
    """Turns ${SHOP}/${AGENT} markers into numbered snippet fields; returns (text, next index)."""
    import re
    defaults = {'SHOP': '店铺名', 'AGENT': '客服名'}
    numbers = {}
    out = []
    n = start
    for part in re.split(r'(\$\{(?:SHOP|AGENT)\})', s):
        m = re.fullmatch(r'\$\{(SHOP|AGENT)\}', part)
        if not m:
            out.append(esc(part))
            continue
        name = m.group(1)
        if name in numbers:
            out.append('${' + str(numbers[name]) + '}')
        else:
            numbers[name] = n
            out.append('${' + str(n) + ':' + defaults[name] + '}')
            n += 1
    return ''.join(out), n

def script_body(sid, title, scenario, stage, tags, customer, replies):
    n = 3
    lines = [f'- id: ${{1:{esc(sid)}}}', f'  title: ${{2:{esc(title)}}}', f'  scenario: {scenario}', f'  stage: {stage}']
    if tags:
        lines.append('  tags: [' + ', '.join(esc(t) for t in tags) + ']')
    if customer:
        lines.append(f'  customer: ${{{n}:{esc(customer)}}}')
        n += 1
    if len(replies) == 1:
        text, n2 = fields(replies[0], n + 1)
        lines.append(f'  reply: ${{{n}:{text}}}')
    else:
        lines.append('  reply:')
        k = n
        for r in replies:
            text, k2 = fields(r, k + 1)
            lines.append(f'    - ${{{k}:{text}}}')
            k = max(k + 1, k2)
    lines.append('$0')
    return lines

snippets = {}
snippets['新话术库 New library'] = {
    'prefix': ['huashu', 'library', '话术库'],
    'description': '新话术库骨架：版本、店铺、平台、变量和第一条话术 (a new reply-script library)',
    'isFileTemplate': True,
    'body': [
        'huashu: 1',
        'shop: ${1:店铺名称}',
        'platform: ${2|taobao,tmall,jd,pdd,douyin,generic|}',
        'variables:',
        '  顾客: 买家昵称',
        'scripts:',
        '  - id: ${3:pre-sales.greeting}',
        '    title: ${4:首次问候}',
        '    scenario: ${5|pre-sales,in-sales,after-sales,complaint,logistics,review,other|}',
        '    stage: ${6|opening,inquiry,handling,invite-review,closing|}',
        '    customer: ${7:在吗？}',
        '    reply: ${8:您好 {顾客\\}，欢迎光临${1}，请问有什么可以为您效劳的吗？}',
        '$0',
    ],
}
snippets['话术 Script'] = {
    'prefix': ['script', '话术'],
    'description': '一条话术：选择场景与阶段 (one script; pick scenario and stage)',
    'body': [
        '- id: ${1:scenario.topic}',
        '  title: ${2:标题}',
        '  scenario: ${3|pre-sales,in-sales,after-sales,complaint,logistics,review,other|}',
        '  stage: ${4|opening,inquiry,handling,invite-review,closing|}',
        '  customer: ${5:顾客的话}',
        '  reply: ${6:客服的回复}',
        '$0',
    ],
}
snippets['备选回复 Alternatives'] = {
    'prefix': ['alternatives', '备选'],
    'description': '备选回复列表 (alternative replies)',
    'body': ['alternatives:', '  - ${1:另一种说法}', '$0'],
}
for (prefix, name, scenario, stage, tags, customer, replies, desc) in TOPICS:
    snippets[f'{name} ({prefix})'] = {
        'prefix': [f'script-{prefix}', name],
        'description': f'{desc}（{SCENARIOS[scenario]} · {STAGES[stage]}）',
        'body': script_body(f'{scenario}.{prefix}', name, scenario, stage, tags, customer, replies),
    }
for scenario, sname in SCENARIOS.items():
    for stage, tname in STAGES.items():
        reply = SPECIFIC.get((scenario, stage), STAGE_REPLY[stage])
        snippets[f'{sname}·{tname} ({scenario} × {stage})'] = {
            'prefix': [f'script-{scenario}-{stage}', f'{sname}{tname}'],
            'description': f'{sname}场景 · {tname}阶段的话术 (scenario {scenario}, stage {stage})',
            'body': script_body(f'{scenario}.{stage}', f'{sname}{tname}', scenario, stage, [], '', [reply]),
        }
# Directive comments.
snippets['禁用下一行 huashu-disable-next-line'] = {
    'prefix': ['huashu-disable-next-line', '# huashu-disable-next-line'],
    'description': '对下一行禁用规则，并写明理由 (disable rules for the next line, with a reason)',
    'body': ['# huashu-disable-next-line ${1:rule-id} -- ${2:理由}'],
}
snippets['禁用区段 huashu-disable / huashu-enable'] = {
    'prefix': ['huashu-disable', '# huashu-disable'],
    'description': '在一段范围内禁用规则，到 huashu-enable 为止 (disable rules until huashu-enable)',
    'body': ['# huashu-disable ${1:rule-id} -- ${2:理由}', '$TM_SELECTED_TEXT$0', '# huashu-enable ${1}'],
}
snippets['重新启用 huashu-enable'] = {
    'prefix': ['huashu-enable', '# huashu-enable'],
    'description': '重新启用规则 (re-enable rules)',
    'body': ['# huashu-enable ${1:rule-id}'],
}
snippets['禁用整个文件 huashu-disable-file'] = {
    'prefix': ['huashu-disable-file', '# huashu-disable-file'],
    'description': '不检查整个文件 (do not lint this file)',
    'body': ['# huashu-disable-file -- ${1:理由}'],
}
root = os.path.join(os.path.dirname(__file__), '..')
with open(os.path.join(root, 'snippets/huashu.json'), 'w', encoding='utf-8') as f:
    json.dump(snippets, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(snippets), 'snippets')
