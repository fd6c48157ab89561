/**
 * The server's user-facing text. Chinese by default and complete; English when the client's
 * `locale` (initialize) starts with "en".
 */
export type Locale = 'zh' | 'en';

export function localeOf(l: string | undefined): Locale { return l && /^en\b/i.test(l) ? 'en' : 'zh'; }

const SEVERITY = { zh: { error: '错误', warning: '警告', info: '提示' }, en: { error: 'error', warning: 'warning', info: 'info' } };

const zh = {
  severity: (s: 'error' | 'warning' | 'info') => SEVERITY.zh[s],
  replaceWith: (from: string, to: string) => `修复：把“${from}”改为“${to}”`,
  remove: (from: string) => `修复：删除“${from}”`,
  insert: (text: string) => `修复：插入“${text}”`,
  fixGeneric: (rule: string) => `修复 ${rule}`,
  removeDirective: '删除这条无用的禁用注释',
  disableLine: (rule: string) => `在这一行禁用规则 ${rule}`,
  fixAll: '修复本文件所有可自动修复的问题（huashu）',
  fixAllRule: (rule: string) => `修复本文件所有 ${rule} 问题`,
  why: '为什么',
  good: '推荐写法',
  penalty: (n: number) => `平台规则：违规可能扣 ${n} 分`,
  docs: '规则说明',
  score: (n: number) => `质量分 ${n}/100`,
  lost: (items: string) => `（扣分：${items}）`,
  noScenario: '未分类',
  phrase: '推荐用语',
  teamPhrase: '团队要求用语',
  variable: '已声明的变量',
  directive: '禁用注释',
  configStale: '配置文件有错误：仍按上一次有效的配置检查',
  ruleCrashed: (id: string) => `规则 ${id} 运行出错，已跳过（其余检查照常进行）`,
  lintCrashed: '检查时出错，本次结果可能不完整',
};

const en: typeof zh = {
  severity: (s) => SEVERITY.en[s],
  replaceWith: (from, to) => `Fix: replace “${from}” with “${to}”`,
  remove: (from) => `Fix: remove “${from}”`,
  insert: (text) => `Fix: insert “${text}”`,
  fixGeneric: (rule) => `Fix ${rule}`,
  removeDirective: 'Remove this unused disable comment',
  disableLine: (rule) => `Disable ${rule} for this line`,
  fixAll: 'Fix all auto-fixable problems in this file (huashu)',
  fixAllRule: (rule) => `Fix all ${rule} problems in this file`,
  why: 'Why',
  good: 'Recommended',
  penalty: (n) => `Platform rule: a violation risks ${n} penalty points`,
  docs: 'Rule docs',
  score: (n) => `Quality ${n}/100`,
  lost: (items) => ` (lost: ${items})`,
  noScenario: 'No scenario',
  phrase: 'Recommended phrase',
  teamPhrase: 'Team phrase',
  variable: 'Declared variable',
  directive: 'Disable comment',
  configStale: 'The config file has errors: still linting with the last valid config',
  ruleCrashed: (id) => `Rule ${id} threw and was skipped (every other check still ran)`,
  lintCrashed: 'Linting failed; results may be incomplete',
};

export type Texts = typeof zh;
export function textsFor(l: Locale): Texts { return l === 'en' ? en : zh; }
