/**
 * `--format rdjson`: reviewdog's Diagnostic JSON format, with suggestions from fixes.
 * reviewdog counts columns in UTF-8 bytes (1-based), so positions are converted here.
 */
import { docsUrl, LineIndex } from '../../engine';
import type { FileReport } from '../report';
import type { FormatContext } from './types';
import { ENTRIES, prettyJsonPieces } from './pieces';

const SEVERITY = { error: 'ERROR', warning: 'WARNING', info: 'INFO' } as const;

function pos(lines: LineIndex | undefined, text: string, offset: number): { line: number; column: number } {
  if (!lines) return { line: 1, column: 1 };
  const p = lines.positionAt(offset);
  const start = lines.lineStart(p.line);
  return { line: p.line + 1, column: Buffer.byteLength(text.slice(start, start + p.character), 'utf8') + 1 };
}

function* diagnostics(reports: readonly FileReport[]): Generator<unknown> {
  for (const r of reports) {
    for (const m of r.messages) {
      const d: Record<string, unknown> = {
        message: m.message,
        location: { path: r.filePath, range: { start: pos(r.lines, r.text, m.start), end: pos(r.lines, r.text, m.end) } },
        severity: SEVERITY[m.severity],
      };
      if (m.ruleId) d.code = { value: m.ruleId, url: docsUrl(m.ruleId) };
      const fixes = [...(m.fix ? [m.fix] : []), ...(m.suggestions ?? []).map((s) => s.fix)];
      if (fixes.length) {
        d.suggestions = fixes.map((f) => ({ range: { start: pos(r.lines, r.text, f.range[0]), end: pos(r.lines, r.text, f.range[1]) }, text: f.text }));
      }
      yield d;
    }
  }
}

const frame = (entries: unknown): unknown => ({ source: { name: 'huashu', url: 'https://github.com/huashu-dev/huashu' }, diagnostics: entries });

export function rdjsonReport(reports: readonly FileReport[]): unknown {
  return frame([...diagnostics(reports)]);
}

/** The same text as rdjson(), in pieces (pieces.ts). */
export function rdjsonChunks(reports: readonly FileReport[], _ctx?: FormatContext, chunk?: number): Iterable<string> {
  return prettyJsonPieces(frame(ENTRIES), diagnostics(reports), chunk);
}

export function rdjson(reports: readonly FileReport[], _ctx: FormatContext): string {
  return [...rdjsonChunks(reports)].join('');
}
