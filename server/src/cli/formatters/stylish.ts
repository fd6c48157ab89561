/**
 * The default format, for people: grouped by file with the file's score, aligned columns,
 * colour on a terminal, a summary line ("✖ 3 个问题（2 个错误，1 个警告，0 个提示）").
 */
import { createTwoFilesPatch } from 'diff';
import { totals, FileReport } from '../report';
import { displayWidth, padEnd } from '../color';
import { CHUNK } from './pieces';
import type { FormatContext } from './types';

const LABEL = { error: '错误', warning: '警告', info: '提示' } as const;

/** The report in pieces of about `chunk` units (a line never spans two pieces). */
export function* stylishChunks(reports: readonly FileReport[], ctx: FormatContext, chunk = CHUNK): Generator<string> {
  const { c } = ctx;
  let buf = '';
  // every line ends with a newline; a piece is handed out once it is long enough
  let full = false;
  let count = 0;
  const line = (l: string): void => { buf += `${l}\n`; count++; full = buf.length >= chunk; };
  if (ctx.fixDryRun) {
    for (const r of reports) {
      if (r.output === undefined || r.source === undefined) continue;
      const patch = createTwoFilesPatch(`a/${r.filePath}`, `b/${r.filePath}`, r.source, r.output, undefined, undefined, { context: 2 });
      const lines = patch.split('\n').filter((l) => !/^={10,}$/.test(l));
      for (const l of lines) {
        if (!l) continue;
        line(l.startsWith('+') && !l.startsWith('+++') ? c.green(l) : l.startsWith('-') && !l.startsWith('---') ? c.red(l) : l.startsWith('@@') ? c.blue(l) : l);
        if (full) { yield buf; buf = ''; }
      }
      line(c.dim(`（预览：${r.fixCount} 处修复，文件未改动）`));
      line('');
    }
  }
  if (ctx.fixed) {
    for (const r of reports) if (r.output !== undefined && !r.fatal) line(`${c.green('✔')} 已修复 ${r.fixCount} 处：${r.filePath}`);
    if (count) line('');
  }
  for (const r of reports) {
    if (!r.messages.length) continue;
    line(r.fatal ? c.underline(r.filePath) : `${c.underline(r.filePath)}  ${c.dim(`得分 ${r.score}`)}`);
    let posW = 0;
    let msgW = 0;
    for (const m of r.messages) {
      posW = Math.max(posW, `${m.line}:${m.column}`.length);
      const w = displayWidth(oneLine(m.message));
      if (w <= 60) msgW = Math.max(msgW, w);
    }
    for (const m of r.messages) {
      const label = m.severity === 'error' ? c.red(LABEL.error) : m.severity === 'warning' ? c.yellow(LABEL.warning) : c.blue(LABEL.info);
      const text = oneLine(m.message);
      const rule = m.ruleId ? c.dim(m.ruleId) : '';
      const body = displayWidth(text) <= msgW ? padEnd(text, msgW) : text;
      line(`  ${c.dim(`${m.line}:${m.column}`.padStart(posW))}  ${label}  ${body}  ${rule}`.replace(/\s+$/, ''));
      if (full) { yield buf; buf = ''; }
    }
    line('');
  }
  const t = totals(reports);
  const problems = t.errors + t.warnings + t.infos;
  const readable = reports.filter((r) => !r.fatal);
  const mean = readable.length ? Math.round(readable.reduce((s, r) => s + r.score, 0) / readable.length) : 100;
  if (!reports.length) {
    line('没有找到要检查的话术库文件（*.huashu.yaml / *.huashu.yml）');
  } else if (problems) {
    const summary = `✖ ${problems} 个问题（${t.errors} 个错误，${t.warnings} 个警告，${t.infos} 个提示）`;
    line(t.errors ? c.bold(c.red(summary)) : t.warnings ? c.bold(c.yellow(summary)) : c.bold(summary));
    if (t.fixable && !ctx.fixed) line(`  其中 ${t.fixable} 个可以用 --fix 自动修复`);
    line(c.dim(`共检查 ${reports.length} 个文件，平均得分 ${mean}`));
  } else {
    line(`${c.green('✔')} 没有发现问题（共检查 ${reports.length} 个文件，平均得分 ${mean}）`);
  }
  if (ctx.maxWarnings) line(c.red(`✖ 警告有 ${ctx.maxWarnings.count} 个，超过了 --max-warnings 的上限 ${ctx.maxWarnings.max}`));
  yield buf;
}

export function stylish(reports: readonly FileReport[], ctx: FormatContext): string {
  return [...stylishChunks(reports, ctx)].join('');
}

function oneLine(s: string): string { return s.replace(/\r\n|\r|\n/g, ' '); }

