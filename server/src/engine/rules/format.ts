/**
 * The file format's own rules (structure, directives, team phrases). Their findings come from the
 * parser, the directive pass and the team-phrase pass; these modules carry their metadata and docs.
 */
import type { RuleModule } from './api';

const fmt = (m: Omit<RuleModule['meta'], 'category' | 'scope'>): RuleModule => ({ meta: { ...m, category: 'format', scope: 'format' } });

export const formatRules: RuleModule[] = [
  fmt({
    id: 'yaml-syntax', severity: 'error', title: 'YAML 语法错误', message: 'YAML 语法错误',
    docs: {
      why: '文件不是合法的 YAML 时，工具读不出话术，也就无法检查；编辑器和 CI 都会先报告语法错误的位置。',
      bad: ['scripts:\n  - id: a\n    reply: "未闭合的引号'], good: ['scripts:\n  - id: a\n    reply: "引号成对出现"'],
    },
  }),
  fmt({
    id: 'unknown-key', severity: 'error', title: '未知的键', message: '未知的键',
    docs: {
      why: '拼错的键（如 repyl）会让整段回复被悄悄跳过而不被检查。格式只认 huashu、shop、platform、variables、scripts，以及每条话术的 id、title、scenario、stage、tags、customer、reply、alternatives、notes。YAML 合并键 “<<” 不展开，同样报告：请把要共用的字段直接写进每条话术。',
      bad: ['  - id: a\n    repyl: 亲,您好', '  - <<: *base\n    id: b'], good: ['  - id: a\n    reply: 亲,您好'],
    },
  }),
  fmt({
    id: 'invalid-field', severity: 'error', title: '字段取值无效', message: '字段取值无效',
    docs: {
      why: '字段类型或取值不对（scenario 不在可选值里、reply 不是文字、缺少 id）时，依赖这些字段的检查无法正确进行。YAML 别名（*名称）不展开，用在字段里也会报告：话术的每段文字都要写在它所在的位置，才能逐字检查；锚点（&名称）可以写，带锚点的值照常检查。',
      bad: ['  - id: a\n    scenario: 售后', '  - id: b\n    reply: *greeting'], good: ['  - id: a\n    scenario: after-sales', '  - id: b\n    reply: &greeting 您好，请问有什么可以帮您？'],
    },
  }),
  fmt({
    id: 'duplicate-id', severity: 'error', title: '话术 id 重复', message: '话术 id 重复',
    docs: {
      why: 'id 在整个工作区内必须唯一：预览、报告、基线和代码评审都靠 id 找到话术。一起检查的所有文件之间也会比对。',
      bad: ['  - id: greet\n  - id: greet'], good: ['  - id: greet.first\n  - id: greet.return'],
    },
  }),
  fmt({
    id: 'undeclared-variable', severity: 'error', title: '变量未声明', message: '变量未声明',
    docs: {
      why: '回复里的 {名称} 是占位符，发送前由系统替换；没有在 variables 中声明的名称会原样发给顾客。字面的花括号写成 {{ 和 }}。',
      bad: ['variables: {顾客: 买家昵称}\n...\n    reply: 您好 {客户}'], good: ['variables: {顾客: 买家昵称}\n...\n    reply: 您好 {顾客}'],
    },
  }),
  fmt({
    id: 'unsupported-version', severity: 'error', title: '格式版本缺失或不支持', message: '格式版本缺失或不支持',
    docs: {
      why: '每个话术库文件开头都要写 `huashu: 1`，工具据此确定如何读取文件；缺少或写成其他值时，文件可能被误读。',
      bad: ['shop: 尚米坊\nscripts: []'], good: ['huashu: 1\nshop: 尚米坊\nscripts: []'],
    },
  }),
  fmt({
    id: 'unused-directive', severity: 'warning', title: '无用的禁用注释', message: '无用的禁用注释',
    docs: {
      why: '没有屏蔽任何问题的 huashu-disable 注释说明例外已经过时；及时删除，免得例外越积越多、真正的问题被掩盖。',
      bad: ['    # huashu-disable-next-line no-exaggeration\n    reply: 亲,这款很耐用哦'], good: ['    # huashu-disable-next-line no-exaggeration -- 有销量数据\n    reply: 这是本店最畅销的款式'],
      notes: ['文件有 YAML 语法错误时不报告：有的话术可能没有读到，注释未必无用；“修复全部”也不会删除它们。改好格式后再判断。'],
    },
  }),
  fmt({
    id: 'team-forbidden-phrase', severity: 'warning', title: '团队禁用语', message: '使用了团队配置的禁用语',
    docs: {
      why: '团队在 huashu.config.yaml 的 phrases 里列出的禁用说法（kind: forbidden），消息和替换写法由团队自己给出。',
      bad: ['phrases:\n  - {pattern: 亲爱的, message: 本店不用“亲爱的”, replacement: 您}'], good: ['reply: 您好,请问有什么可以帮您?'],
    },
  }),
  fmt({
    id: 'team-required-phrase', severity: 'warning', title: '缺少团队要求的用语', message: '缺少团队要求的用语',
    docs: {
      why: '团队在 phrases 里以 kind: required 要求某些场景或阶段的回复必须包含的说法（例如开场报出店铺名）。',
      bad: ['phrases:\n  - {pattern: 尚米坊, kind: required, stages: [opening]}\n...\n    stage: opening\n    reply: 您好'],
      good: ['    stage: opening\n    reply: 您好,欢迎光临尚米坊'],
    },
  }),
];
