#!/usr/bin/env python3
"""Generates syntaxes/huashu.tmLanguage.json (TextMate grammar for *.huashu.yaml). Run: python3 scripts/gen-grammar.py"""
import os; os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import json
KEYS_AGENT = 'reply|alternatives'
KEYS_CUSTOMER = 'customer'
KEYS_OTHER = 'huashu|shop|platform|variables|scripts|id|title|scenario|stage|tags|notes'
ENUM_KEYS = 'scenario|stage|platform'
ENUM_VALUES = 'pre-sales|in-sales|after-sales|complaint|logistics|review|other|opening|inquiry|handling|invite-review|closing|taobao|tmall|jd|pdd|douyin|generic'
KEYCHARS = r"""(?:[^\s#:'"{}\[\],&*!|>%@`-]|-(?=\S))[^#:]*?"""
def keyscope(k):
    return {'reply': 'entity.name.tag.yaml entity.name.tag.reply.huashu', 'alternatives': 'entity.name.tag.yaml entity.name.tag.reply.huashu', 'customer': 'entity.name.tag.yaml entity.name.tag.customer.huashu'}.get(k, 'entity.name.tag.yaml')

def block(name_suffix, keys, keyscope_name):
    # with a dash before the key, and without
    inner = [{'include': '#variable'}]
    content = 'string.unquoted.block.yaml' + name_suffix
    return [
        {
            'begin': rf'^(\s*)(-)(\s+)({keys})\s*(:)\s*([|>][-+0-9]*)\s*(#.*)?$',
            'beginCaptures': {'2': {'name': 'punctuation.definition.block.sequence.item.yaml'}, '4': {'name': keyscope_name}, '5': {'name': 'punctuation.separator.key-value.mapping.yaml'}, '6': {'name': 'keyword.control.flow.block-scalar.huashu'}, '7': {'patterns': [{'include': '#comment'}]}},
            'end': r'^(?!\1 \3\s|\s*$)', 'contentName': content, 'patterns': inner,
        },
        {
            'begin': rf'^(\s*)({keys})\s*(:)\s*([|>][-+0-9]*)\s*(#.*)?$',
            'beginCaptures': {'2': {'name': keyscope_name}, '3': {'name': 'punctuation.separator.key-value.mapping.yaml'}, '4': {'name': 'keyword.control.flow.block-scalar.huashu'}, '5': {'patterns': [{'include': '#comment'}]}},
            'end': r'^(?!\1\s|\s*$)', 'contentName': content, 'patterns': inner,
        },
    ]

g = {
    '$schema': 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    'name': 'Huashu',
    'scopeName': 'source.huashu',
    'fileTypes': ['huashu.yaml', 'huashu.yml'],
    'patterns': [
        {'include': '#comment'},
        {'include': '#document'},
        {'include': '#block-scalar'},
        {'include': '#version'},
        {'include': '#enum'},
        {'include': '#key'},
        {'include': '#value'},
    ],
    'repository': {
        'comment': {
            'begin': r'(?:^[ \t]*|(?<=[ \t]))(#)',
            'beginCaptures': {'1': {'name': 'punctuation.definition.comment.yaml'}},
            'end': r'$',
            'name': 'comment.line.number-sign.yaml',
            'patterns': [{'include': '#directive'}],
        },
        'directive': {
            'match': r'\G\s*(huashu-(?:disable-next-line|disable-line|disable-file|disable|enable))\b((?:(?!\s--(?:\s|$)).)*)(?:\s(--)(.*))?$',
            'captures': {
                '1': {'name': 'keyword.control.directive.huashu'},
                '2': {'patterns': [{'match': r'[A-Za-z@][\w:/@.-]*', 'name': 'entity.name.function.rule-id.huashu'}, {'match': ',', 'name': 'punctuation.separator.huashu'}]},
                '3': {'name': 'punctuation.separator.reason.huashu'},
                '4': {'name': 'string.unquoted.reason.huashu'},
            },
            'name': 'meta.directive.huashu',
        },
        'document': {'match': r'^(?:---|\.\.\.)(?=\s|$)', 'name': 'entity.other.document.yaml'},
        'block-scalar': {'patterns': [
            *block(' meta.reply.huashu', KEYS_AGENT, keyscope('reply')),
            *block(' meta.customer.huashu', KEYS_CUSTOMER, keyscope('customer')),
            *block('', rf'{KEYCHARS}', 'entity.name.tag.yaml'),
            {   # a sequence item that is itself a block scalar (alternatives: - |)
                'begin': r'^(\s*)(-)\s+([|>][-+0-9]*)\s*(#.*)?$',
                'beginCaptures': {'2': {'name': 'punctuation.definition.block.sequence.item.yaml'}, '3': {'name': 'keyword.control.flow.block-scalar.huashu'}, '4': {'patterns': [{'include': '#comment'}]}},
                'end': r'^(?!\1\s|\s*$)', 'contentName': 'string.unquoted.block.yaml', 'patterns': [{'include': '#variable'}],
            },
        ]},
        'version': {
            'match': r'^(huashu)\s*(:)\s*(\d+)\s*(?=#|$)',
            'captures': {'1': {'name': 'entity.name.tag.yaml keyword.other.version.huashu'}, '2': {'name': 'punctuation.separator.key-value.mapping.yaml'}, '3': {'name': 'constant.numeric.version.huashu'}},
        },
        'enum': {
            'match': rf'^(\s*)(?:(-)\s+)?({ENUM_KEYS})\s*(:)\s+(?:({ENUM_VALUES})|(\S+?))\s*(?=#|$)',
            'captures': {'2': {'name': 'punctuation.definition.block.sequence.item.yaml'}, '3': {'name': 'entity.name.tag.yaml'}, '4': {'name': 'punctuation.separator.key-value.mapping.yaml'}, '5': {'name': 'constant.language.enum.huashu'}, '6': {'name': 'invalid.illegal.enum.huashu'}},
        },
        'key': {'patterns': [
            {
                'match': rf'(?:^(\s*)|(?<=[-{{,]\s)|(?<=[{{,]))(?:(-)\s+)?({KEYS_AGENT})\s*(:)(?=\s|$)',
                'captures': {'2': {'name': 'punctuation.definition.block.sequence.item.yaml'}, '3': {'name': keyscope('reply')}, '4': {'name': 'punctuation.separator.key-value.mapping.yaml'}},
            },
            {
                'match': rf'(?:^(\s*)|(?<=[-{{,]\s)|(?<=[{{,]))(?:(-)\s+)?({KEYS_CUSTOMER})\s*(:)(?=\s|$)',
                'captures': {'2': {'name': 'punctuation.definition.block.sequence.item.yaml'}, '3': {'name': keyscope('customer')}, '4': {'name': 'punctuation.separator.key-value.mapping.yaml'}},
            },
            {
                'match': rf'(?:^(\s*)|(?<=[{{,]\s)|(?<=[{{,]))(?:(-)\s+)?({KEYCHARS})\s*(:)(?=\s|$)',
                'captures': {'2': {'name': 'punctuation.definition.block.sequence.item.yaml'}, '3': {'name': 'entity.name.tag.yaml'}, '4': {'name': 'punctuation.separator.key-value.mapping.yaml'}},
            },
        ]},
        'value': {'patterns': [
            {'include': '#comment'},
            {'match': r'^\s*(-)(?=\s|$)', 'captures': {'1': {'name': 'punctuation.definition.block.sequence.item.yaml'}}},
            {'begin': r'"', 'beginCaptures': {'0': {'name': 'punctuation.definition.string.begin.yaml'}}, 'end': r'"', 'endCaptures': {'0': {'name': 'punctuation.definition.string.end.yaml'}}, 'name': 'string.quoted.double.yaml',
             'patterns': [{'match': r'\\(?:[0abtnvfre "/\\N_LP\t]|x\h{2}|u\h{4}|U\h{8})', 'name': 'constant.character.escape.yaml'}, {'match': r'\\.', 'name': 'invalid.illegal.escape.yaml'}, {'include': '#variable'}]},
            {'begin': r"'", 'beginCaptures': {'0': {'name': 'punctuation.definition.string.begin.yaml'}}, 'end': r"'(?!')", 'endCaptures': {'0': {'name': 'punctuation.definition.string.end.yaml'}}, 'name': 'string.quoted.single.yaml',
             'patterns': [{'match': "''", 'name': 'constant.character.escape.single-quoted.yaml'}, {'include': '#variable'}]},
            {'begin': r'\[', 'beginCaptures': {'0': {'name': 'punctuation.definition.sequence.begin.yaml'}}, 'end': r'\]', 'endCaptures': {'0': {'name': 'punctuation.definition.sequence.end.yaml'}}, 'name': 'meta.flow-sequence.yaml',
             'patterns': [{'include': '#comment'}, {'match': ',', 'name': 'punctuation.separator.sequence.yaml'}, {'include': '#value'}]},
            {'match': r'(?<=:\s)\s*(?:true|false|null|~)(?=\s*(?:#|$))', 'name': 'constant.language.yaml'},
            {'match': r'(?<=:\s)\s*[-+]?\d+(?:\.\d+)?(?=\s*(?:#|$))', 'name': 'constant.numeric.yaml'},
            {'match': r'[&*][^\s,\[\]{}]+', 'name': 'variable.other.anchor.yaml'},
            {'include': '#variable'},
            {'match': r'[^\s#{}\[\],"\']+(?:[ \t]+[^\s#{}\[\],"\']+)*', 'name': 'string.unquoted.plain.out.yaml'},
        ]},
        'variable': {'patterns': [
            {'match': r'\{\{|\}\}', 'name': 'constant.character.escape.brace.huashu'},
            {'match': r'(\{)([^{}\s:,]+)(\})', 'name': 'variable.other.placeholder.huashu',
             'captures': {'1': {'name': 'punctuation.definition.variable.begin.huashu'}, '2': {'name': 'variable.other.readwrite.huashu'}, '3': {'name': 'punctuation.definition.variable.end.huashu'}}},
        ]},
    },
}
json.dump(g, open('syntaxes/huashu.tmLanguage.json', 'w'), ensure_ascii=False, indent=2)
