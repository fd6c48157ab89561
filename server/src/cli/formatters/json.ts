/** `--format json`: the contract's array, one object per file (docs: shared spec cli.md). */
import { CliMessage, countsOf, FileReport } from '../report';
import { CHUNK } from './pieces';
import type { FormatContext } from './types';

function messageJson(m: CliMessage): Record<string, unknown> {
  const x: Record<string, unknown> = {
    ruleId: m.ruleId, severity: m.severity, message: m.message,
    line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn,
  };
  if (m.scriptId !== undefined) x.scriptId = m.scriptId;
  if (m.fix) x.fix = { range: [m.fix.range[0], m.fix.range[1]], text: m.fix.text };
  if (m.suggestions?.length) x.suggestions = m.suggestions.map((s) => ({ desc: s.title, fix: { range: [s.fix.range[0], s.fix.range[1]], text: s.fix.text } }));
  if (m.fatal) x.fatal = true;
  return x;
}

/**
 * JSON.stringify(messageJson(m)), written directly: the same text without an object per message
 * and the generic walk over it (a report has a message per finding: 58,000 at 100,000 scripts).
 * Numbers are the positions' integers; every string goes through JSON.stringify.
 */
function messageText(m: CliMessage): string {
  let out = `{"ruleId":${quoted(m.ruleId)},"severity":${quoted(m.severity)},"message":${quoted(m.message)},"line":${num(m.line)},"column":${num(m.column)},"endLine":${num(m.endLine)},"endColumn":${num(m.endColumn)}`;
  if (m.scriptId !== undefined) out += `,"scriptId":${JSON.stringify(m.scriptId)}`;
  if (m.fix) out += `,"fix":${fixText(m.fix.range, m.fix.text)}`;
  if (m.suggestions?.length) out += `,"suggestions":[${m.suggestions.map((x) => `{"desc":${JSON.stringify(x.title)},"fix":${fixText(x.fix.range, x.fix.text)}}`).join(',')}]`;
  if (m.fatal) out += ',"fatal":true';
  return out + '}';
}

/**
 * JSON.stringify of a rule id, severity or message, kept: a report repeats a few dozen of them
 * over all its findings, and each was escaped and copied again per message.
 */
const QUOTED = new Map<string | null, string>();
function quoted(s: string | null): string {
  let q = QUOTED.get(s);
  if (q === undefined) {
    // messages with a finding's own text in them (team phrases) need not fill the map
    if (QUOTED.size >= 4096) QUOTED.clear();
    QUOTED.set(s, (q = JSON.stringify(s)));
  }
  return q;
}

function fixText(range: readonly [number, number], text: string): string {
  return `{"range":[${num(range[0])},${num(range[1])}],"text":${JSON.stringify(text)}}`;
}

/** A number as JSON.stringify writes it (null for NaN and the infinities). */
function num(n: number): string { return Number.isFinite(n) ? String(n) : 'null'; }

/** A file's fields after `messages`, in the contract's order. */
function fileTail(r: FileReport, ctx?: FormatContext): Record<string, unknown> {
  const c = countsOf(r.messages);
  const o: Record<string, unknown> = { errorCount: c.errors, warningCount: c.warnings, infoCount: c.infos, fixableCount: c.fixable, score: r.score };
  if (ctx?.fixDryRun && r.output !== undefined) o.output = (r.hadBom ? '\uFEFF' : '') + r.output;
  return o;
}

export function jsonReport(reports: readonly FileReport[], ctx?: FormatContext): unknown[] {
  return reports.map((r) => ({ filePath: r.filePath, messages: r.messages.map(messageJson), ...fileTail(r, ctx) }));
}

/**
 * The same text as JSON.stringify(jsonReport(…)) + '\n', in pieces of about `chunk` units: a
 * report of 100,000 scripts is a 25 MB string, and building it whole (with a second copy of
 * every message as an object) was the largest step of the CLI's memory.
 */
export function* jsonChunks(reports: readonly FileReport[], ctx?: FormatContext, chunk = CHUNK): Generator<string> {
  let buf = '[';
  for (let k = 0; k < reports.length; k++) {
    const r = reports[k];
    buf += `${k > 0 ? ',' : ''}{"filePath":${JSON.stringify(r.filePath)},"messages":[`;
    for (let i = 0; i < r.messages.length; i++) {
      buf += (i > 0 ? ',' : '') + messageText(r.messages[i]);
      if (buf.length >= chunk) { yield buf; buf = ''; }
    }
    buf += `],${JSON.stringify(fileTail(r, ctx)).slice(1)}`;
  }
  yield `${buf}]\n`;
}

export function json(reports: readonly FileReport[], ctx: FormatContext): string {
  return [...jsonChunks(reports, ctx)].join('');
}
