/**
 * The default format, for people: grouped by file with the file's score, aligned columns,
 * colour on a terminal, a summary line ("✖ 3 个问题（2 个错误，1 个警告，0 个提示）").
 */
import { createTwoFilesPatch } from 'diff';
import { totals, FileReport } from '../report';
import { displayWidth, padEnd } from '../color';
import type { FormatContext } from './types';

const LABEL = { error: '错误', warning: '警告', info: '提示' } as const;

export function stylish(reports: readonly FileReport[], ctx: FormatContext): string {
  const { c } = ctx;
  const out: string[] = [];
  if (ctx.fixDryRun) {
    for (const r of reports) {
      if (r.output === undefined || r.source === undefined) continue;
      const patch = createTwoFilesPatch(`a/${r.filePath}`, `b/${r.filePath}`, r.source, r.output, undefined, undefined, { context: 2 });
      const lines = patch.split('\n').filter((l) => !/^={10,}$/.test(l));
      for (const l of lines) {
        if (!l) continue;
        out.push(l.startsWith('+') && !l.startsWith('+++') ? c.green(l) : l.startsWith('-') && !l.startsWith('---') ? c.red(l) : l.startsWith('@@') ? c.blue(l) : l);
      }
      out.push(c.dim(`（预览：${r.fixCount} 处修复，文件未改动）`), '');
    }
  }
  if (ctx.fixed) {
    for (const r of reports) if (r.output !== undefined && !r.fatal) out.push(`${c.green('✔')} 已修复 ${r.fixCount} 处：${r.filePath}`);
    if (out.length) out.push('');
  }
  for (const r of reports) {
    if (!r.messages.length) continue;
    const header = r.fatal ? c.underline(r.filePath) : `${c.underline(r.filePath)}  ${c.dim(`得分 ${r.score}`)}`;
    out.push(header);
    const pos = r.messages.map((m) => `${m.line}:${m.column}`);
    const posW = Math.max(...pos.map((p) => p.length));
    const msgW = Math.max(0, ...r.messages.map((m) => displayWidth(oneLine(m.message))).filter((w) => w <= 60));
    r.messages.forEach((m, k) => {
      const label = m.severity === 'error' ? c.red(LABEL.error) : m.severity === 'warning' ? c.yellow(LABEL.warning) : c.blue(LABEL.info);
      const text = oneLine(m.message);
      const rule = m.ruleId ? c.dim(m.ruleId) : '';
      const body = displayWidth(text) <= msgW ? padEnd(text, msgW) : text;
      out.push(`  ${c.dim(pos[k].padStart(posW))}  ${label}  ${body}  ${rule}`.replace(/\s+$/, ''));
    });
    out.push('');
  }
  const t = totals(reports);
  const problems = t.errors + t.warnings + t.infos;
  const readable = reports.filter((r) => !r.fatal);
  const mean = readable.length ? Math.round(readable.reduce((s, r) => s + r.score, 0) / readable.length) : 100;
  if (!reports.length) {
    out.push('没有找到要检查的话术库文件（*.huashu.yaml / *.huashu.yml）');
  } else if (problems) {
    const line = `✖ ${problems} 个问题（${t.errors} 个错误，${t.warnings} 个警告，${t.infos} 个提示）`;
    out.push(t.errors ? c.bold(c.red(line)) : t.warnings ? c.bold(c.yellow(line)) : c.bold(line));
    if (t.fixable && !ctx.fixed) out.push(`  其中 ${t.fixable} 个可以用 --fix 自动修复`);
    out.push(c.dim(`共检查 ${reports.length} 个文件，平均得分 ${mean}`));
  } else {
    out.push(`${c.green('✔')} 没有发现问题（共检查 ${reports.length} 个文件，平均得分 ${mean}）`);
  }
  if (ctx.maxWarnings) out.push(c.red(`✖ 警告有 ${ctx.maxWarnings.count} 个，超过了 --max-warnings 的上限 ${ctx.maxWarnings.max}`));
  return out.join('\n') + '\n';
}

function oneLine(s: string): string { return s.replace(/\r\n|\r|\n/g, ' '); }

