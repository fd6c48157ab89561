/**
 * Generates docs/rules/<id>.md (one page per rule) and docs/rules/README.md (the index) from the
 * rules' metadata, so the docs, hover, SARIF help and `huashu rules` never disagree.
 *   npx tsc -p tsconfig.test.json && node out/scripts/gen-docs.js
 */
import * as fs from 'fs';
import * as path from 'path';
import { ALL_RULES, RuleModule, rubricOf, RUBRIC } from '../server/src/engine';

const SEVERITY: Record<string, string> = { error: '错误（error）', warning: '警告（warning）', info: '提示（info）' };
const CATEGORY: Record<string, string> = {
  A: 'A 推卸责任', B: 'B 拒绝与推诿', C: 'C 语气与冲突', D: 'D 竞品', E: 'E 用语规范', F: 'F 夸大与承诺',
  G: 'G 平台规则', H: 'H 保密', I: 'I 礼貌要素', J: 'J 服务流程', format: '文件格式',
};
const SCOPE: Record<string, string> = { text: '回复文本', context: '回复 + 话术的场景/阶段/顾客话', library: '整个话术库', format: '文件结构' };

function block(text: string): string {
  return '```text\n' + text + '\n```';
}

export function renderRuleDoc(r: RuleModule): string {
  const m = r.meta;
  const item = RUBRIC.find((x) => x.id === rubricOf(m.id));
  const lines = [
    `# ${m.id}：${m.title}`,
    '',
    `| 项目 | 内容 |`,
    `| --- | --- |`,
    `| 类别 | ${CATEGORY[m.category]} |`,
    `| 默认级别 | ${SEVERITY[m.severity]} |`,
    `| 检查范围 | ${SCOPE[m.scope]} |`,
    ...(item ? [`| 评分项 | ${item.group} · ${item.name}（${item.points} 分） |`] : []),
    ...(m.penalty ? [`| 平台扣分 | ${m.penalty} 分 |`] : []),
    `| 可自动修复 | ${m.fixable ? '是' : '否'} |`,
    '',
    `**提示信息：** ${m.message}`,
    '',
    '## 为什么',
    '',
    m.docs.why,
    '',
    '## 不合规的写法',
    '',
    ...m.docs.bad.flatMap((b) => [block(b), '']),
    '## 合规的写法（含不应报告的近似说法）',
    '',
    ...m.docs.good.flatMap((g) => [block(g), '']),
  ];
  if (m.docs.notes?.length) lines.push('## 说明', '', ...m.docs.notes.map((n) => `- ${n}`), '');
  if (m.options && Object.keys(m.options).length) {
    lines.push('## 选项', '', '在 `huashu.config.yaml` 中设置：', '', '```yaml', 'rules:', `  ${m.id}:`, `    severity: ${m.severity}`);
    for (const [k, v] of Object.entries(m.options)) lines.push(`    ${k}: ${JSON.stringify(v)}`);
    lines.push('```', '');
  }
  lines.push('## 关闭或调整', '', '```yaml', '# huashu.config.yaml', 'rules:', `  ${m.id}: off   # 或 info / warning / error`, '```', '',
    `单条例外：在该行上方写 \`# huashu-disable-next-line ${m.id} -- 原因\`。`, '');
  return lines.join('\n');
}

export function renderIndex(): string {
  const rows = ALL_RULES.map((r) => `| [\`${r.meta.id}\`](${r.meta.id}.md) | ${CATEGORY[r.meta.category]} | ${r.meta.severity} | ${r.meta.fixable ? '✓' : ''} | ${r.meta.title} |`);
  return ['# 规则列表', '', `共 ${ALL_RULES.length} 条规则。`, '', '| 规则 | 类别 | 默认级别 | 可修复 | 说明 |', '| --- | --- | --- | --- | --- |', ...rows, ''].join('\n');
}

if (require.main === module) {
  const dir = path.resolve(__dirname, '../../docs/rules');
  fs.mkdirSync(dir, { recursive: true });
  const keep = new Set<string>(['README.md']);
  for (const r of ALL_RULES) {
    fs.writeFileSync(path.join(dir, `${r.meta.id}.md`), renderRuleDoc(r));
    keep.add(`${r.meta.id}.md`);
  }
  fs.writeFileSync(path.join(dir, 'README.md'), renderIndex());
  for (const f of fs.readdirSync(dir)) if (!keep.has(f)) fs.rmSync(path.join(dir, f));
  console.log(`docs/rules: ${ALL_RULES.length} pages`);
}
