#!/usr/bin/env node
// Writes schemas/huashu.schema.json (a reply-script library, format version 1) and
// schemas/huashu-config.schema.json (huashu.config.yaml), with Chinese descriptions, from the
// format spec and the rule list of the built CLI (`node dist/cli.js rules --format json`).
// Run after `npm run build`: node scripts/gen-schemas.mjs
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const rules = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'rules', '--format', 'json'], { encoding: 'utf8' }));
const SCENARIOS = { 'pre-sales': '售前', 'in-sales': '售中（已下单、未发货：付款、发票、改地址）', 'after-sales': '售后（退换、质量、发错货）', complaint: '投诉（必须道歉并给出补救）', logistics: '物流（催发货、延误、丢件）', review: '评价（中差评沟通、好评回复）', other: '其他' };
const STAGES = { opening: '开头：问候', inquiry: '询问：了解需求与情况', handling: '处理：解答与解决', 'invite-review': '邀评：邀请评价或收藏', closing: '结尾：致谢与道别' };
const PLATFORMS = { taobao: '淘宝', tmall: '天猫', jd: '京东', pdd: '拼多多', douyin: '抖音', generic: '通用（默认）' };
const SEVERITIES = { off: '关闭', info: '提示', warning: '警告', error: '错误' };
// The config's limits (server/src/engine/config.ts LIMITS and GLOB_LIMITS, match/pattern.ts
// PATTERN_LIMITS; a test checks these numbers against them): beyond them the config has an error.
const LIMIT = { phrases: 2000, allow: 5000, overrides: 200, pattern: 200, glob: 256, globs: 500 };
const enumOf = (o, description) => ({ type: 'string', enum: Object.keys(o), enumDescriptions: Object.values(o), description });
const text = (description) => ({ type: 'string', description });

const message = { type: 'string', description: '一条消息：客服发出的一段文字。可用 {变量名} 占位（须在 variables 中声明），字面的花括号写成 {{ 和 }}。' };
const reply = {
  description: '客服的回复：一段文字，或文字列表（连续发送的几条消息）。只有 reply 和 alternatives 会被检查。',
  anyOf: [message, { type: 'array', items: message, minItems: 1 }],
};
const library = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/huashu-dev/huashu/schemas/huashu.schema.json',
  title: 'Huashu 话术库（格式版本 1）',
  description: '一个 *.huashu.yaml 文件：一家店铺（或一个主题）的客服话术。',
  type: 'object',
  required: ['huashu'],
  additionalProperties: false,
  properties: {
    huashu: { const: 1, description: '格式版本，必填。目前只有版本 1：`huashu: 1`。' },
    shop: text('店铺名称（可选）。开场问候的检查可能要求回复里出现店名。'),
    platform: { ...enumOf(PLATFORMS, '平台（可选，默认 generic）：决定适用哪些平台规则。'), default: 'generic' },
    variables: {
      type: 'object',
      description: '回复里可以使用的占位符 {名称}，以及它们的说明（发送前由系统替换）。',
      propertyNames: { pattern: '^[^{}\\s]+$' },
      additionalProperties: { type: ['string', 'null'], description: '变量的说明' },
    },
    scripts: { type: 'array', description: '话术列表。', items: { $ref: '#/definitions/script' } },
  },
  definitions: {
    script: {
      type: 'object',
      description: '一条话术：顾客说什么、客服怎么回复。',
      required: ['id'],
      additionalProperties: false,
      properties: {
        id: { type: 'string', minLength: 1, description: '话术 id，必填，在整个工作区内唯一（例如 after-sales.wrong-item）。预览、报告和基线都靠它找到话术。' },
        title: text('标题（可选），显示在大纲和预览里；不检查。'),
        scenario: enumOf(SCENARIOS, '场景：决定适用哪些场景检查（例如投诉必须道歉）。'),
        stage: enumOf(STAGES, '服务流程中的阶段：开头 → 询问 → 处理 → 邀评 → 结尾。'),
        tags: { description: '标签（可选）。', anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
        customer: { description: '顾客说的话：一段文字或列表；不检查，但会作为上下文（例如顾客在投诉）。', anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
        reply,
        alternatives: { type: 'array', description: '其他可以接受的回复（可选），每一项是一段文字或文字列表；和 reply 一样会被检查。', items: reply },
        notes: text('内部备注（可选），不检查，不会发给顾客。'),
      },
    },
  },
};

const severity = { type: 'string', enum: Object.keys(SEVERITIES), enumDescriptions: Object.values(SEVERITIES), description: '级别：off 关闭，info 提示，warning 警告，error 错误。' };
const ruleSetting = {
  anyOf: [
    severity,
    { type: 'array', description: '[级别, 选项]', items: [severity, { type: 'object', description: '规则选项' }], minItems: 1, maxItems: 2 },
    { type: 'object', description: '{severity: 级别, 其余为规则选项}', properties: { severity, options: { type: 'object', description: '规则选项' } } },
  ],
};
const ruleRef = { $ref: '#/definitions/ruleSetting' };
const ruleProps = Object.fromEntries(rules.map((r) => [r.id, { allOf: [ruleRef], description: `${r.title}（默认：${SEVERITIES[r.severity] ?? r.severity}${r.fixable ? '，可自动修复' : ''}）`, markdownDescription: `**${r.title}**（默认：${SEVERITIES[r.severity] ?? r.severity}${r.fixable ? '，可自动修复' : ''}）\n\n[规则说明](${r.docs})` }]));
const rulesMap = { type: 'object', description: '规则 id → 级别（off | info | warning | error），或 [级别, 选项]，或 {severity, 选项…}。', properties: ruleProps, additionalProperties: ruleRef };
const phrase = {
  anyOf: [
    { type: 'string', description: `团队禁用语（模式，最多 ${LIMIT.pattern} 个字符）`, maxLength: LIMIT.pattern },
    {
      type: 'object',
      required: ['pattern'],
      additionalProperties: false,
      properties: {
        pattern: { ...text(`短语模式：普通文字，或带 (甲|乙) 选择和 …{n} 间隔的模式（最多 ${LIMIT.pattern} 个字符）。`), maxLength: LIMIT.pattern },
        phrase: { ...text('pattern 的别名'), maxLength: LIMIT.pattern },
        kind: { type: 'string', enum: ['forbidden', 'required'], enumDescriptions: ['禁用语：出现就报告', '必备用语：没有出现就报告'], default: 'forbidden', description: '禁用还是必备' },
        message: text('报告时显示的说明'),
        replacement: text('替换建议（禁用语可自动修复为它）'),
        severity: { ...severity, enum: ['info', 'warning', 'error'], enumDescriptions: ['提示', '警告', '错误'] },
        scenarios: { type: 'array', description: '只在这些场景检查（必备用语）', items: enumOf(SCENARIOS, '场景') },
        stages: { type: 'array', description: '只在这些阶段检查（必备用语）', items: enumOf(STAGES, '阶段') },
      },
    },
  ],
};
const policy = {
  type: 'object', description: '有争议的风格点由团队决定。', additionalProperties: false,
  properties: {
    qin: { type: 'string', enum: ['allow', 'limit', 'forbid'], enumDescriptions: ['允许“亲”', '限制使用次数', '禁止'], description: '称呼“亲”' },
    emoticons: { type: 'string', enum: ['allow', 'limit', 'forbid'], enumDescriptions: ['允许表情', '限制使用（道歉时不用俏皮表情）', '禁止'], description: '表情符号' },
  },
};
const layer = {
  platform: enumOf(PLATFORMS, '平台：决定适用哪些平台规则。'),
  rules: rulesMap,
  phrases: { type: 'array', description: `团队自己的禁用语和必备用语（最多 ${LIMIT.phrases} 条）。`, maxItems: LIMIT.phrases, items: phrase },
  allow: { type: 'array', description: `永远不报告的说法（最多 ${LIMIT.allow} 条，每条最多 ${LIMIT.pattern} 个字符）。`, maxItems: LIMIT.allow, items: { type: 'string', maxLength: LIMIT.pattern } },
  policy,
};
const presets = ['huashu:recommended', 'huashu:strict', ...Object.keys(PLATFORMS).map((p) => `huashu:${p}`)];
const preset = { type: 'string', enum: presets, enumDescriptions: ['推荐规则（默认）', '严格：所有提示升级为警告', ...Object.values(PLATFORMS).map((p) => `平台预设：${p}`)] };
const config = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/huashu-dev/huashu/schemas/huashu-config.schema.json',
  title: 'Huashu 团队配置（huashu.config.yaml）',
  description: '决定哪些内容算问题、严重程度，以及团队自己的禁用语。只是数据：不会加载任何外部文件或代码。',
  type: 'object',
  additionalProperties: false,
  definitions: { ruleSetting },
  properties: {
    extends: { description: '继承的内置预设（按顺序应用）。', anyOf: [preset, { type: 'array', items: preset }] },
    ...layer,
    ignore: { type: 'array', description: `不检查的文件（相对配置文件所在文件夹的 glob，每个最多 ${LIMIT.glob} 个字符）。`, maxItems: LIMIT.globs, items: { type: 'string', maxLength: LIMIT.glob } },
    overrides: {
      type: 'array', description: '只对部分文件生效的设置。',
      maxItems: LIMIT.overrides,
      items: { type: 'object', required: ['files'], additionalProperties: false, properties: { files: { description: '这些设置适用的文件（glob）', anyOf: [{ type: 'string', maxLength: LIMIT.glob }, { type: 'array', maxItems: LIMIT.globs, items: { type: 'string', maxLength: LIMIT.glob } }] }, ...layer } },
    },
  },
};
mkdirSync(join(ROOT, 'schemas'), { recursive: true });
writeFileSync(join(ROOT, 'schemas/huashu.schema.json'), JSON.stringify(library, null, 2) + '\n');
writeFileSync(join(ROOT, 'schemas/huashu-config.schema.json'), JSON.stringify(config, null, 2) + '\n');
console.log(`schemas written (${rules.length} rules)`);
