/**
 * The library report: its data model, the HTML page, comparison with a previous state, and
 * `libraryReport()` for callers outside the CLI (the language server's `huashu/libraryReport`
 * request): lint a set of files (with the editor's unsaved texts, if given) and get the data,
 * then `renderReportHtml(data)` for a webview.
 */
import { ConfigResolver } from '../../node/config-discovery';
import { findRepoRoot } from '../files';
import { LintInput, lintFiles } from '../lint-files';
import { compareWith } from './compare';
import { previousSnapshot } from './command';
import { buildReportData, ReportData } from './model';

export { renderReportHtml } from './html';
export type { RenderOptions } from './html';
export { buildReportData, REPORT_SCHEMA } from './model';
export type { ReportData, ReportScript, ReportFile, RuleCount, Summary, Comparison } from './model';
export { compareWith, readPrevious, extractEmbedded, DATA_ELEMENT_ID } from './compare';
export { reportCommand, summaryLine } from './command';

export interface LibraryReportOptions {
  /** The folder paths are shown relative to (the workspace folder). */
  cwd: string;
  /** Config lookup; default: huashu.config.yaml found from each file up. */
  resolver?: ConfigResolver;
  /** A git ref or a previous report file to compare against. */
  compare?: string;
  /** Shown as the report's scope. */
  paths?: string[];
}

/**
 * Lints the files together (as `huashu lint` does; ignored files should be filtered by the
 * caller with `resolver.isIgnored`) and returns the report data. Throws a UsageError (Chinese
 * message) when `compare` names nothing usable.
 */
export function libraryReport(inputs: readonly LintInput[], o: LibraryReportOptions): ReportData {
  const resolver = o.resolver ?? new ConfigResolver();
  const root = findRepoRoot(o.cwd) ?? o.cwd;
  const reports = lintFiles(inputs, { resolver, cwd: o.cwd, root, fix: 'none' });
  const data = buildReportData(reports, { paths: o.paths ?? [] });
  if (o.compare) data.compare = compareWith(data, previousSnapshot(o.compare, o.cwd, { inputs: [...inputs], resolver, root }));
  return data;
}
