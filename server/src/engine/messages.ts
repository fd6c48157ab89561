/** Chinese messages of the engine's structural findings; rule messages live with each rule. */
const list = (xs: readonly string[]): string => xs.join(' | ');

export const msg = {
  yamlSyntax: (detail: string) => `YAML 语法错误：${detail.split('\n')[0]}（请修正格式，否则本文件的话术无法检查）`,
  controlCharacter: (code: number, count: number) => `文件里有 YAML 不允许的控制字符 U+${code.toString(16).toUpperCase().padStart(4, '0')}${count > 1 ? `（共 ${count} 处，这是第一处）` : ''}：多半是二进制内容或编码错误，请删除这些字符`,
  turnTooLong: (n: number, max: number) => `这段回复有 ${n} 个字符，超过了检查上限 ${max}，没有检查：请拆成多条短消息`,
  scanOverBudget: () => '团队短语过于复杂（许多短语共用同一个字，又带多个间隔“…”），这段回复只检查了一部分：请简化 huashu.config.yaml 里的 phrases',
  missingVersion: () => '缺少格式版本：请在文件开头写 `huashu: 1`',
  badVersion: (v: string) => `不支持的格式版本 ${v ? `“${v}”` : ''}：本工具只读取 \`huashu: 1\``,
  rootNotMap: () => '话术库的顶层必须是键值映射（huashu、shop、platform、variables、scripts）',
  mustBeString: (key: string) => `“${key}” 必须是一段文字`,
  mustBeList: (key: string) => `“${key}” 必须是列表`,
  mustBeMap: (key: string) => `“${key}” 必须是“名称: 说明”形式的映射`,
  badEnum: (key: string, values: readonly string[]) => `“${key}” 的取值无效，可选：${list(values)}`,
  unknownKey: (key: string, known: readonly string[]) => {
    const near = closest(key, known);
    return `未知的键 “${key}”${near ? `，是不是想写 “${near}”？` : `；可用的键：${list(known)}`}`;
  },
  scriptNotMap: () => '每条话术必须是键值映射（id、reply 等）',
  missingId: () => '话术缺少 id：每条话术都需要一个在整个工作区内唯一的 id',
  badReply: (key: string) => `“${key}” 必须是文字，或文字列表（连续发送的几条消息）`,
  badMessage: () => '消息必须是一段文字',
  aliasValue: (key: string, name: string) => `“${key}” 用了 YAML 别名 *${name}：话术库不展开别名，请把内容直接写在这里（话术的每段文字都要写在它所在的位置，才能逐字检查）`,
  mergeKey: () => 'YAML 合并键 “<<” 不受支持：请把要共用的字段直接写进每条话术',
  duplicateId: (id: string, where: string) => `话术 id “${id}” 重复（另见 ${where}）：id 必须在整个工作区内唯一`,
  undeclaredVariable: (name: string, declared: string[]) =>
    `变量 {${name}} 未在 variables 中声明${declared.length ? `；已声明：${declared.map((d) => `{${d}}`).join('、')}` : ''}（字面的花括号请写成 {{ 和 }}）`,
  unusedDirective: (what: string) => `这条禁用注释没有屏蔽任何问题（${what}），请删除，以免过时的例外越积越多`,
  unknownRuleInDirective: (id: string) => `禁用注释里的规则 “${id}” 不存在`,
};

/** Levenshtein distance, for "did you mean" suggestions. */
export function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return d[b.length];
}

export function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const dd = distance(word.toLowerCase(), k);
    if (dd < bestD) { bestD = dd; best = k; }
  }
  return bestD <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}
