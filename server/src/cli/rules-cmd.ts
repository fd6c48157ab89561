/** `huashu rules`: every rule with id, category, default severity, fixable and docs URL. */
import { ALL_RULES, docsUrl } from '../engine';
import { padEnd } from './color';

export interface RuleRow { id: string; category: string; severity: string; fixable: boolean; title: string; docs: string }

export function ruleRows(): RuleRow[] {
  return ALL_RULES.map((r) => ({
    id: r.meta.id, category: r.meta.category, severity: r.meta.severity, fixable: Boolean(r.meta.fixable),
    title: r.meta.title, docs: docsUrl(r.meta.id),
  }));
}

const SEV = { error: '错误', warning: '警告', info: '提示' } as Record<string, string>;

export function rulesText(format: 'table' | 'json'): string {
  const rows = ruleRows();
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n';
  const head = ['规则 id', '分类', '默认级别', '可修复', '说明', '文档'];
  const table = rows.map((r) => [r.id, r.category, SEV[r.severity] ?? r.severity, r.fixable ? '是' : '', r.title, r.docs]);
  const widths = head.map((h, k) => Math.max(...[h, ...table.map((t) => t[k])].map((s) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0))));
  const line = (cells: string[]): string => cells.map((c, k) => (k === cells.length - 1 ? c : padEnd(c, widths[k]))).join('  ').trimEnd();
  return [line(head), ...table.map(line), '', `共 ${rows.length} 条规则`].join('\n') + '\n';
}
