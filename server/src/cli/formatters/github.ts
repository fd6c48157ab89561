/**
 * `--format github`: workflow commands that GitHub Actions turns into annotations on the pull
 * request. Data escapes %, CR and LF; property values also escape ':' and ','.
 */
import type { FileReport } from '../report';
import { CHUNK } from './pieces';
import type { FormatContext } from './types';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The workflow commands, one line per message, in pieces of about `chunk` units. */
export function* githubChunks(reports: readonly FileReport[], _ctx?: FormatContext, chunk = CHUNK): Generator<string> {
  let buf = '';
  for (const r of reports) {
    for (const m of r.messages) {
      const props = [`file=${escapeProperty(r.rootPath)}`, `line=${m.line}`];
      if (m.endLine !== m.line) props.push(`endLine=${m.endLine}`);
      else props.push(`col=${m.column}`, `endColumn=${Math.max(m.endColumn, m.column)}`);
      props.push(`title=${escapeProperty(m.ruleId ? `huashu(${m.ruleId})` : 'huashu')}`);
      buf += `::${COMMAND[m.severity]} ${props.join(',')}::${escapeData(m.message)}\n`;
      if (buf.length >= chunk) { yield buf; buf = ''; }
    }
  }
  if (buf) yield buf;
}

export function github(reports: readonly FileReport[], ctx: FormatContext): string {
  return [...githubChunks(reports, ctx)].join('');
}
