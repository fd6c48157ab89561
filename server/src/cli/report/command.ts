/**
 * `huashu report [paths] [-o report.html] [--compare <ref|file>]`: lints the files exactly as
 * `huashu lint` does (same discovery, config, baseline, files linted together) and writes one
 * self-contained HTML report, or its data as JSON (`--format json` or an `.json` output name).
 * Exit codes: 0 written (a report is not a gate: use huashu lint for that), 2 usage,
 * configuration or internal failure.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { ConfigResolver } from '../../node/config-discovery';
import type { CliOptions } from '../args';
import { applyBaseline, BaselineFile, DEFAULT_BASELINE, readBaseline } from '../baseline';
import { displayPath } from '../files';
import { CliIO, EXIT_FAILURE, EXIT_OK, UsageError } from '../io';
import { LintInput, lintFiles } from '../lint-files';
import type { FileReport } from '../report';
import { compareWith, filesAtRef, readPrevious, Snapshot, snapshotOfReport } from './compare';
import { renderReportHtml } from './html';
import { buildReportData, ReportData } from './model';

export const DEFAULT_REPORT_FILE = 'huashu-report.html';

export interface Collected { inputs: LintInput[]; resolver: ConfigResolver; root: string }

/** The CLI's own steps, passed in by run.ts: file discovery with config checks, and the lint run. */
export interface ReportDeps {
  collect: (opts: CliOptions) => Promise<Collected>;
  lint: (opts: CliOptions, c: Collected) => FileReport[];
}

export async function reportCommand(opts: CliOptions, io: CliIO, deps: ReportDeps): Promise<number> {
  const collected = await deps.collect(opts);
  const reports = deps.lint(opts, collected);

  const baselineFile = opts.noBaseline ? undefined
    : opts.baseline ? path.resolve(io.cwd, opts.baseline)
      : fs.existsSync(path.join(io.cwd, DEFAULT_BASELINE)) ? path.join(io.cwd, DEFAULT_BASELINE) : undefined;
  const baseline = baselineFile ? { file: baselineFile, data: readBaseline(baselineFile) } : undefined;
  const suppressed = baseline ? applyBaseline(reports, baseline.data, baseline.file).suppressed : 0;

  const format = opts.reportFormat ?? (opts.outputFile && /\.json$/i.test(opts.outputFile) ? 'json' : 'html');
  // a page shows the scripts that most need work in full; the JSON data has every script's text
  const data = buildReportData(reports, { paths: opts.paths, baselineSuppressed: suppressed, details: format === 'json' ? Infinity : undefined });
  if (opts.compare !== undefined) {
    data.compare = compareWith(data, previousSnapshot(opts.compare, io.cwd, collected, baseline));
  }

  const text = format === 'json' ? JSON.stringify(data, null, 2) + '\n' : renderReportHtml(data);
  const target = opts.outputFile ?? (format === 'json' ? 'huashu-report.json' : DEFAULT_REPORT_FILE);
  if (target === '-') {
    io.stdout(text);
  } else {
    const out = path.resolve(io.cwd, target);
    try {
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, text, 'utf8');
    } catch (e) {
      throw new UsageError(`无法写入报告文件 ${target}：${(e as Error).message}`);
    }
    io.stdout(`已生成报告 ${displayPath(out, io.cwd)}：${summaryLine(data)}\n`);
  }

  const failed = reports.filter((r) => r.internal !== undefined);
  if (failed.length) {
    io.stderr(`huashu：内部错误：${failed.length} 个文件检查失败（${failed[0].filePath}）${opts.debug ? '' : '（加 --debug 可查看调用栈）'}\n`);
    if (opts.debug) for (const r of failed) io.stderr(`${(r.internal as Error)?.stack ?? String(r.internal)}\n`);
    return EXIT_FAILURE;
  }
  return EXIT_OK;
}

/** "总体得分 95（比 main 提高 3 分），31 条话术，50 个问题" */
export function summaryLine(data: ReportData): string {
  const s = data.summary;
  const b = data.compare?.before.score;
  const change = b === null || b === undefined ? ''
    : s.score === b ? `（与 ${data.compare!.label} 持平）` : `（比 ${data.compare!.label} ${s.score > b ? '提高' : '降低'} ${Math.abs(s.score - b)} 分）`;
  return `总体得分 ${s.score}${change}，${s.files} 个文件，${s.scripts} 条话术，${s.findings} 个问题（${s.errors} 个错误，${s.warnings} 个警告，${s.infos} 个提示）`;
}

/**
 * The previous state: a report file (HTML or JSON) or lint JSON when `spec` names an existing
 * file, else a git ref whose versions of the same files are linted with today's config.
 */
export function previousSnapshot(spec: string, cwd: string, c: Collected, baseline?: { file: string; data: BaselineFile }): Snapshot {
  const file = path.resolve(cwd, spec);
  let stat: fs.Stats | undefined;
  try { stat = fs.statSync(file); } catch { stat = undefined; }
  if (stat?.isFile()) return readPrevious(file, spec);
  if (stat?.isDirectory()) throw new UsageError(`--compare 需要一份旧报告文件或一个 git 提交，${spec} 是文件夹`);
  if (/\.(json|html?)$/i.test(spec)) throw new UsageError(`--compare：找不到文件 ${spec}`);
  const { inputs } = filesAtRef(cwd, spec, c.inputs.map((i) => i.absPath));
  const before = lintFiles(inputs, { resolver: c.resolver, cwd, root: c.root, fix: 'none' });
  if (baseline) applyBaseline(before, baseline.data, baseline.file);
  // a comparison reads scores and counts only
  return snapshotOfReport(buildReportData(before, { details: 0 }), spec, 'git');
}
