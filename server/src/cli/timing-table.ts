/**
 * `huashu lint --timing`: the table printed on standard error after the report. Steps first
 * (each without the steps listed inside it, so they add up to the whole run), then the rules
 * that took longest, with how often each ran: what a team needs to see whether its own phrase
 * list or a rule is what makes CI slow (ESLint and textlint print a rules table for `TIMING=1`).
 */
import { RULES_BY_ID, TimingRow, TimingStep } from '../engine';
import { displayWidth, padEnd } from './color';

const STEPS: readonly [TimingStep | 'rules' | 'other', string][] = [
  ['read', '读取文件与配置'],
  ['cache', '结果缓存（--cache：读取、核对、写入）'],
  ['parse', '解析话术库'],
  ['fold', '规范化文字（全半角、繁简、变体）'],
  ['scan', '短语匹配'],
  ['rules', '规则（见下表）'],
  ['lint', '逐句检查的其余部分（变量、跳过的规则）'],
  ['library', '整库检查（编号、结构、指令、计分）'],
  ['fix', '修复（不含其中的检查）'],
  ['report', '生成报告并输出'],
  ['other', '其他（查找文件、编号索引、基线）'],
];

/** How many rules the table lists. */
export const TIMING_RULES_SHOWN = 10;

function ms(n: number): string { return n.toFixed(1); }
function share(n: number, total: number): string { return total > 0 ? `${((100 * n) / total).toFixed(1)}%` : '—'; }

/** The table for the rows measured, `totalMs` the whole run (from the command's start). */
export function timingTable(rows: readonly TimingRow[], totalMs: number): string {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const rules = rows.filter((r) => RULES_BY_ID.has(r.key));
  const rulesMs = rules.reduce((s, r) => s + r.ms, 0);
  const measured = rows.reduce((s, r) => s + r.ms, 0);
  const stepMs = (key: string): number =>
    key === 'rules' ? rulesMs : key === 'other' ? Math.max(0, totalMs - measured) : byKey.get(key)?.ms ?? 0;

  const lines: string[] = [];
  const table = (head: readonly string[], body: readonly (readonly string[])[]): void => {
    const all = [head, ...body];
    const widths = head.map((_, c) => Math.max(...all.map((r) => displayWidth(r[c]))));
    // the first column left-aligned, the numbers right-aligned
    for (const r of all) lines.push(r.map((cell, c) => (c === 0 ? padEnd(cell, widths[c]) : ' '.repeat(widths[c] - displayWidth(cell)) + cell)).join('  ').trimEnd());
  };

  lines.push('huashu：耗时（--timing，毫秒；每一步不含单独列出的步骤）');
  table(['步骤', '毫秒', '占比'], [
    ...STEPS.filter(([key]) => key === 'rules' || key === 'other' || byKey.has(key)).map(([key, label]) => [label, ms(stepMs(key)), share(stepMs(key), totalMs)]),
    ['合计（从命令开始）', ms(totalMs), share(totalMs, totalMs)],
  ]);
  lines.push('');
  if (!rules.length) {
    // (a run whose every file came from --cache, or with no reply to lint)
    lines.push('这次没有运行任何规则（例如每个文件的结果都来自 --cache）。');
    return `${lines.join('\n')}\n`;
  }
  const shown = rules.slice(0, TIMING_RULES_SHOWN);
  lines.push(rules.length > shown.length
    ? `用时最多的 ${shown.length} 条规则（共运行了 ${rules.length} 条）：`
    : `运行的 ${rules.length} 条规则：`);
  table(['规则', '毫秒', '占规则', '运行次数'], shown.map((r) => [r.key, ms(r.ms), share(r.ms, rulesMs), String(r.calls)]));
  return `${lines.join('\n')}\n`;
}
