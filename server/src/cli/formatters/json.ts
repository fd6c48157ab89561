/** `--format json`: the contract's array, one object per file (docs: shared spec cli.md). */
import { countsOf, FileReport } from '../report';
import type { FormatContext } from './types';

export function jsonReport(reports: readonly FileReport[], ctx?: FormatContext): unknown[] {
  return reports.map((r) => {
    const c = countsOf(r.messages);
    const o: Record<string, unknown> = {
      filePath: r.filePath,
      messages: r.messages.map((m) => {
        const x: Record<string, unknown> = {
          ruleId: m.ruleId, severity: m.severity, message: m.message,
          line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn,
        };
        if (m.scriptId !== undefined) x.scriptId = m.scriptId;
        if (m.fix) x.fix = { range: [m.fix.range[0], m.fix.range[1]], text: m.fix.text };
        if (m.suggestions?.length) x.suggestions = m.suggestions.map((s) => ({ desc: s.title, fix: { range: [s.fix.range[0], s.fix.range[1]], text: s.fix.text } }));
        if (m.fatal) x.fatal = true;
        return x;
      }),
      errorCount: c.errors, warningCount: c.warnings, infoCount: c.infos,
      fixableCount: c.fixable,
      score: r.score,
    };
    if (ctx?.fixDryRun && r.output !== undefined) o.output = (r.hadBom ? '\uFEFF' : '') + r.output;
    return o;
  });
}

export function json(reports: readonly FileReport[], ctx: FormatContext): string {
  return JSON.stringify(jsonReport(reports, ctx)) + '\n';
}
