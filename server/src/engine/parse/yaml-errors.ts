/**
 * The `yaml` package's parse errors in Chinese, with what to do about them: a lead who left a quote
 * open or typed `注意: 待改` into a title reads why the file cannot be checked and how to mend it,
 * not the parser's English. Matched by the error's code and its English message (the package's
 * own texts, `yaml` 2.x); a message not known here is described by its code, with the parser's
 * English after it, so that nothing the parser says is lost. Whatever reads the parser's English
 * reads it here (`openQuoteOf`): the issues' messages are for people.
 */

/** The parser's token types (`Unexpected … token`, `Unexpected … at node end`) as a lead sees them. */
const TOKENS: Record<string, string> = {
  scalar: '文字',
  'double-quoted-scalar': '双引号里的文字',
  'single-quoted-scalar': '单引号里的文字',
  'block-scalar': '多行文字',
  'block-scalar-header': '多行文字的标记 | 或 >',
  'map-value-ind': '冒号“:”',
  'seq-item-ind': '列表项标记“- ”',
  'explicit-key-ind': '问号“? ”',
  'flow-map-start': '左花括号“{”',
  'flow-map-end': '右花括号“}”',
  'flow-seq-start': '左方括号“[”',
  'flow-seq-end': '右方括号“]”',
  'flow-error-end': '括号',
  comma: '逗号“,”',
  anchor: '锚点“&”',
  alias: '别名“*”',
  tag: '标签“!”',
  comment: '注释“#”',
  directive: '指令“%”',
  'directive-line': '指令“%”',
  'doc-start': '文档开始标记“---”',
  'doc-end': '文档结束标记“...”',
  'doc-mode': '内容',
  'flow-collection': '括号里的内容',
  'block-map': '键值',
  'block-seq': '列表',
  'byte-order-mark': '字节顺序标记（BOM）',
  space: '空格',
  newline: '换行',
};

const token = (type: string): string => TOKENS[type] ?? `“${type}”`;

const QUOTE_IT = '给整个值加上引号';

/** [pattern, Chinese] in order; a function gets the match. */
const KNOWN: [RegExp, string | ((m: RegExpExecArray) => string)][] = [
  [/^Missing closing "quote/, '双引号没有闭合：请在值的末尾补上 "；值里要用双引号时写成 \\"，或改用中文引号“”'],
  [/^Missing closing 'quote/, "单引号没有闭合：请在值的末尾补上 '；值里要用单引号时连写两个 ''"],
  [/^Implicit keys need to be on a single line/, '一个键跨了多行：多半是某一行少了冒号，或冒号后少了空格，请写成“键: 值”'],
  [/^Implicit keys of flow sequence pairs need to be on a single line/, '方括号里的“键: 值”必须写在同一行'],
  [/^Nested mappings are not allowed in compact mappings/, `这个值里又出现了“: ”（冒号加空格），被读成了键：值里有冒号时，请${QUOTE_IT}，例如 title: "注意: 待改"；下一行本该是新的键时，请让它与上面的键对齐`],
  [/^Implicit map keys need to be followed by map values/, '这一行缺少“: ”：键和值之间要用冒号加一个空格分开，例如 reply: 您好'],
  [/^All mapping items must start at the same column/, '同一层的键没有对齐：同一层的键（例如一个话术里的 id、reply）要缩进相同的空格数'],
  [/^All sequence items must start at the same column/, '同一个列表的各项（“- ”）没有对齐：请让它们缩进相同的空格数'],
  [/^A block sequence may not be used as an implicit map key/, '“- ”开头的列表项缩进不对，被读成了键：请检查这一行和上一行的缩进'],
  [/^Sequence item without - indicator/, '这一行的缩进落在了列表项的位置，却没有“- ”：要开始新的一项请写“- ”；是上一项的键时，请与它的其他键对齐'],
  [/^Unexpected block-seq-ind on same line with key/, '“- ”不能和键写在同一行：列表请另起一行并缩进'],
  [/^Unexpected (\S+) token in YAML (?:stream|document)/, (m) => `这里多出了${token(m[1])}，它不属于任何键：请检查缩进；值里有 : # - [ ] { } , 等符号时，请${QUOTE_IT}`],
  [/^Unexpected (\S+) token/, (m) => `这里多出了${token(m[1])}：请检查缩进，或${QUOTE_IT}`],
  [/^Unexpected (\S+) at node end/, (m) => `值后面多出了${token(m[1])}：引号要在值的末尾闭合，值里有引号或冒号时请${QUOTE_IT}`],
  [/^Not a YAML token: /, `无法识别的内容：请删掉多余的符号，或${QUOTE_IT}`],
  [/^Unexpected , in /, '括号里多了一个逗号'],
  [/^Unexpected empty item in /, '括号里有空项（两个逗号之间没有内容）'],
  [/^Unexpected .* in (?:flow|collection)/, `括号或列表里出现了多余的符号：请检查，或${QUOTE_IT}`],
  [/^Missing , or : between /, '括号里的各项之间缺少逗号，或键和值之间缺少冒号'],
  [/^Missing , between /, '括号里的各项之间缺少逗号'],
  [/^Missing space after : in /, '括号里的冒号后面要有一个空格'],
  [/^Flow sequence must end with a \]/, `左方括号“[”没有闭合：请补上“]”；值本身以“[”开头时，请${QUOTE_IT}`],
  [/^Flow map must end with a \}/, `左花括号“{”没有闭合：请补上“}”；值本身以“{”开头时，请${QUOTE_IT}`],
  [/^Flow sequence in block collection must be sufficiently indented and end with a \]/, `左方括号“[”没有闭合，或换行后缩进不够：请补上“]”，并让续行比键缩进更深；值本身以“[”开头时，请${QUOTE_IT}`],
  [/^Flow map in block collection must be sufficiently indented and end with a \}/, `左花括号“{”没有闭合，或换行后缩进不够：请补上“}”，并让续行比键缩进更深；值本身以“{”开头时，请${QUOTE_IT}`],
  [/^Block collections are not allowed within flow collections/, `括号“{ }”或“[ ]”里不能换行写列表或键值：请把这个值写在一行里，或${QUOTE_IT}`],
  [/^Flow end indicator should be more indented than parent/, '右括号要比所在的键缩进更深'],
  [/^Map keys must be unique/, '同一层里的键重复了：每个键只能出现一次，请删掉或合并重复的键'],
  [/^Source contains multiple documents/, '文件里有多个 YAML 文档（被“---”或“...”分开）：一个话术库文件只能有一个文档'],
  [/^Tabs are not allowed as indentation/, '缩进不能用 Tab：请改用空格'],
  [/^Comments must be separated from other tokens by white space characters/, `注释符号“#”前面要有空格；值里有“#”时，请${QUOTE_IT}`],
  [/^Plain value cannot start with a tab character/, '值不能以 Tab 开头：请删掉 Tab'],
  [/^Plain value cannot start with (?:.* )?(\S)$/, (m) => `不加引号的值不能以“${m[1]}”开头：请${QUOTE_IT}`],
  [/^Invalid escape sequence (.*)/, (m) => `双引号里的“${m[1]}”不是有效的转义：反斜杠本身要写成 \\\\，或改用单引号`],
  [/^Block scalar header includes extra characters/, '“|”或“>”后面只能跟缩进数字或 +、-：正文请另起一行并缩进'],
  [/^Unexpected token in block scalar header/, '“|”或“>”后面只能跟缩进数字或 +、-：正文请另起一行并缩进'],
  [/^Block scalar values in collections must be indented/, '多行文字（| 或 >）的正文要比键缩进更深'],
  [/^Block scalar lines must not be less indented than their/, '多行文字的各行不能比第一行缩进更浅'],
  [/^Block scalars with more-indented leading empty lines/, '多行文字开头的空行比正文缩进更深：请删掉这些空行里的空格'],
  [/^Block scalar header not found/, '多行文字缺少“|”或“>”标记'],
  [/^Map comment with trailing content/, '注释后面不能再有内容'],
  [/^Missing newline after block sequence props/, '锚点或标签后面要换行再写列表'],
  [/^Tags and anchors must be separated from the next token by white space/, '锚点“&”或标签“!”后面要有空格'],
  [/^Anchors and tags must be after the/, '锚点“&”和标签“!”要写在“- ”或“? ”之后'],
  [/^A node can have at most one anchor/, '一个值只能有一个锚点“&”'],
  [/^A node can have at most one tag/, '一个值只能有一个标签“!”'],
  [/^An alias node must not specify any properties/, '别名“*”不能再带锚点或标签'],
  [/^(?:Alias|Anchor) cannot be an empty string/, '“&”或“*”后面要写名字'],
  [/^(?:Alias|Anchor) ending in : is ambiguous/, '锚点或别名的名字不能以冒号结尾'],
  [/^Unresolved alias/, '引用了没有定义的锚点：别名“*名字”之前要先有“&名字”'],
  [/^Unresolved tag: (.*)/, (m) => `无法识别的标签 ${m[1]}：话术库不使用标签，请删掉它`],
  [/^The : indicator must be at most 1024 chars/, '键太长（冒号前超过 1024 个字符）：多半是某一行少了冒号或引号'],
  [/^Missing directives-end(?:\/doc-start)? indicator line/, '指令行“%”之后缺少“---”'],
  [/^Block collection cannot start on same line with directives-end marker/, '“---”后面要换行再写内容'],
  [/^Unexpected doc-end without preceding document/, '“...”之前没有文档内容'],
];

/** A plain description of each code, for messages not known above. */
const CODES: Record<string, string> = {
  ALIAS_PROPS: '别名不能带锚点或标签',
  BAD_ALIAS: '锚点或别名写得不对',
  BAD_COLLECTION_TYPE: '标签与内容不符',
  BAD_DIRECTIVE: '指令行写得不对',
  BAD_DQ_ESCAPE: '双引号里的转义无效',
  BAD_INDENT: '缩进不对',
  BAD_PROP_ORDER: '锚点或标签的位置不对',
  BAD_SCALAR_START: `值的开头有特殊字符，请${QUOTE_IT}`,
  BLOCK_AS_IMPLICIT_KEY: '键的写法不对',
  BLOCK_IN_FLOW: '括号里不能写多行结构',
  DUPLICATE_KEY: '键重复了',
  IMPOSSIBLE: '无法读取这一处',
  KEY_OVER_1024_CHARS: '键太长',
  MISSING_CHAR: '缺少必要的符号（引号、冒号、逗号或括号）',
  MULTILINE_IMPLICIT_KEY: '键跨了多行',
  MULTIPLE_ANCHORS: '一个值有多个锚点',
  MULTIPLE_DOCS: '文件里有多个文档',
  MULTIPLE_TAGS: '一个值有多个标签',
  NON_STRING_KEY: '键必须是文字',
  RESOURCE_EXHAUSTION: '嵌套层数过深，无法读取',
  TAB_AS_INDENT: '缩进不能用 Tab',
  TAG_RESOLVE_FAILED: '无法识别的标签',
  UNEXPECTED_TOKEN: '这里出现了多余的内容',
};

/** The quote a parse error says is left open (`Missing closing "quote`), if it says so. */
export function openQuoteOf(message: string): '"' | "'" | undefined {
  const m = /^Missing closing (["'])quote/.exec(message);
  return m ? (m[1] as '"' | "'") : undefined;
}

/** The Chinese of a parse error of the `yaml` package (its `code` and the first line of its message). */
export function yamlErrorText(code: string | undefined, message: string): string {
  const key = `${code ?? ''}\n${message}`;
  let text = ERROR_TEXTS.get(key);
  if (text === undefined) {
    // a library typed into in an editor has the same few messages at every keystroke, each tried
    // against every pattern above: kept, a bounded number
    if (ERROR_TEXTS.size >= 512) ERROR_TEXTS.clear();
    ERROR_TEXTS.set(key, (text = errorText(code, message)));
  }
  return text;
}

const ERROR_TEXTS = new Map<string, string>();

function errorText(code: string | undefined, message: string): string {
  const first = message.split('\n')[0].trim();
  for (const [re, zh] of KNOWN) {
    const m = re.exec(first);
    if (m) return typeof zh === 'string' ? zh : zh(m);
  }
  return `${(code && CODES[code]) ?? '格式无法读取'}，解析器原文：${first}`;
}
