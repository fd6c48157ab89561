/**
 * `run(argv, io)`: the whole command line as a function of its arguments and its surroundings,
 * returning the exit code (0 clean, 1 lint errors or too many warnings, 2 usage, configuration
 * or internal failure). main.ts wires it to the process; tests call it in-process.
 */
import * as fs from 'fs';
import * as path from 'path';
import { LineIndex, startTiming, stopTiming, timed } from '../engine';
import { ConfigResolver } from '../node/config-discovery';
import { collectIfLarge } from '../node/heap-sizing';
import { CliOptions, HELP, parseArgs } from './args';
import { applyBaseline, DEFAULT_BASELINE, readBaseline, writeBaseline } from './baseline';
import { colors, useColor } from './color';
import { displayPath, findFiles, findRepoRoot, firstGitIgnored } from './files';
import { CHUNKED_FORMATTERS, FORMATTERS, FormatContext, READS } from './formatters';
import { changedLines, isTracked, touchesChanged } from './git';
import { initConfig } from './init-cmd';
import { reportCommand } from './report/command';
import { CliIO, EXIT_FAILURE, EXIT_LINT, EXIT_OK, UsageError } from './io';
import { cacheFileOf, LintCache } from './lint-cache';
import { LintInput, lintFiles } from './lint-files';
import { Progress } from './progress';
import { writePieces } from './piece-writer';
import { FileReport, totals } from './report';
import { rulesText } from './rules-cmd';
import { timingTable } from './timing-table';
import { VERSION } from './version';

export type { CliIO } from './io';

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    const opts = parseArgs(argv);
    switch (opts.command) {
      case 'help': io.stdout(HELP); return EXIT_OK;
      case 'version': io.stdout(`${VERSION}\n`); return EXIT_OK;
      case 'rules': io.stdout(rulesText(opts.rulesFormat)); return EXIT_OK;
      case 'init': {
        const file = initConfig(io.cwd);
        io.stdout(`已创建 ${displayPath(file, io.cwd)}：可按团队规范修改，再运行 huashu lint 检查话术库\n`);
        return EXIT_OK;
      }
      case 'baseline': return await baselineCommand(opts, io);
      case 'report': return await reportCommand(opts, io, { collect: (o) => collect(o, io), lint: (o, c) => lint(o, io, c, 'none', true) });
      default:
        try {
          return await lintCommand(opts, io);
        } finally {
          if (opts.timing) stopTiming();
        }
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`huashu：${e.message}\n`);
      if (debug && e.stack) io.stderr(`${e.stack}\n`);
      return EXIT_FAILURE;
    }
    const err = e as Error;
    io.stderr(`huashu：内部错误：${oneLine(err?.message ?? String(e))}${debug ? '' : '（加 --debug 可查看调用栈）'}\n`);
    if (debug) io.stderr(`${err?.stack ?? String(e)}\n`);
    return EXIT_FAILURE;
  }
}

function oneLine(s: string): string { return s.replace(/\s*[\r\n]+\s*/g, ' '); }

interface Collected { inputs: LintInput[]; resolver: ConfigResolver; root: string }

/** Files (or standard input) to lint, after config `ignore`, with every config checked. */
async function collect(opts: CliOptions, io: CliIO): Promise<Collected> {
  const resolver = new ConfigResolver({ explicit: opts.config ? path.resolve(io.cwd, opts.config) : undefined, noConfig: opts.noConfig });
  const root = findRepoRoot(io.cwd) ?? io.cwd;
  let inputs: LintInput[];
  let gitIgnored: string | undefined;
  if (opts.stdin) {
    if (!io.readStdin) throw new UsageError('没有可读的标准输入');
    const text = await io.readStdin();
    inputs = [{ absPath: path.resolve(io.cwd, opts.stdinFilename ?? '<stdin>'), text }];
  } else {
    const found = findFiles(opts.paths, io.cwd);
    if (found.unmatched.length) {
      const ignored = firstGitIgnored(found.unmatched, io.cwd);
      const why = ignored ? `（匹配的文件被 .gitignore 忽略了，例如 ${displayPath(ignored, io.cwd)}；要检查它，请直接写出文件路径）` : '';
      throw new UsageError(`找不到匹配的文件：${found.unmatched.join('、')}${why}`);
    }
    inputs = found.files.map((absPath) => ({ absPath }));
    if (!inputs.length) gitIgnored = firstGitIgnored(opts.paths, io.cwd);
  }
  // (in `--timing`'s row of files and config: a team's 2,000 phrases were 250 ms of "other")
  timed('read', () => checkConfigs([...inputs.map((i) => i.absPath), ...(opts.config ? [path.join(io.cwd, '.')] : [])], resolver, io));
  const listed = inputs.length;
  inputs = inputs.filter((i) => !resolver.isIgnored(i.absPath));
  // nothing to lint is not an error (an empty folder), but a person should learn why when the
  // libraries are there and something set them aside
  if (!inputs.length && listed) {
    io.stderr(`huashu：找到的 ${listed} 个话术库文件都被配置的 ignore 排除了，没有检查\n`);
  } else if (!inputs.length && gitIgnored) {
    io.stderr(`huashu：这里的话术库文件都被 .gitignore 忽略了，没有检查（例如 ${displayPath(gitIgnored, io.cwd)}）；要检查它们，请直接写出文件路径\n`);
  }
  return { inputs, resolver, root };
}

/** Config errors stop the run (exit 2), one line each; warnings are shown and the run goes on. */
function checkConfigs(files: string[], resolver: ConfigResolver, io: CliIO): void {
  const seen = new Set<string>();
  const errors: string[] = [];
  for (const f of files) {
    const loaded = resolver.loadedFor(f);
    if (!loaded.file || seen.has(loaded.file)) continue;
    seen.add(loaded.file);
    const raw = loaded.text ?? '';
    const bom = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
    const lines = new LineIndex(raw.slice(bom));
    for (const p of loaded.problems) {
      const pos = lines.positionAt(Math.max(0, p.start - bom));
      const where = `${displayPath(loaded.file, io.cwd)}${loaded.text !== undefined ? `:${pos.line + 1}:${pos.character + 1}` : ''}`;
      const line = `${where} ${oneLine(p.message)}`;
      if (p.severity === 'error') errors.push(line);
      else io.stderr(`huashu：配置警告：${line}\n`);
    }
  }
  if (errors.length) {
    for (const e of errors.slice(0, -1)) io.stderr(`huashu：配置错误：${e}\n`);
    throw new UsageError(`配置错误：${errors[errors.length - 1]}`);
  }
}

/** `scriptResults`: whether the reports keep each script's result (the `report` command reads them); `cases`: each script's index and id. */
function lint(opts: CliOptions, io: CliIO, c: Collected, fix: 'none' | 'write' | 'dry-run', scriptResults: boolean, cache?: LintCache, cases = false, cachedText = true): FileReport[] {
  const reported = new Set<string>();
  const progress = new Progress(io, Progress.enabledFor(io, opts.format, opts.progress) && c.inputs.length > 1);
  return lintFiles(c.inputs, {
    resolver: c.resolver, cwd: io.cwd, root: c.root, fix, progress, cache, scriptResults, cases, cachedText,
    onRuleError: (ruleId, error, file) => {
      if (reported.has(ruleId)) return;
      reported.add(ruleId);
      io.stderr(`huashu：规则 ${ruleId} 在 ${file} 上运行出错，已跳过这条规则${opts.debug ? `\n${error}` : ''}\n`);
    },
  });
}

async function lintCommand(opts: CliOptions, io: CliIO): Promise<number> {
  const started = performance.now();
  const timing = opts.timing ? startTiming() : undefined;
  const collected = await collect(opts, io);
  const fix = opts.fix ? 'write' : opts.fixDryRun ? 'dry-run' : 'none';
  // standard input is never cached: nothing to read or write then
  const cacheFile = opts.cache && !opts.stdin ? cacheFileOf(io.cwd, opts.cacheLocation) : undefined;
  let cache: LintCache | undefined;
  if (cacheFile && fs.existsSync(cacheFile) && isTracked(cacheFile)) {
    // a cache file in the repository came from a commit: anyone could have written its findings
    // (an empty list for every file passes the lint), so it is neither read nor written
    io.stderr(`huashu：缓存文件 ${displayPath(cacheFile, io.cwd)} 被 git 跟踪（来自提交，内容不可信），这次不读也不写它：请把它从仓库中删除并加入 .gitignore\n`);
  } else if (cacheFile) {
    cache = timed('cache', () => new LintCache(cacheFile));
  }
  if (cache?.problem) io.stderr(`huashu：缓存文件 ${displayPath(cache.file, io.cwd)} ${cache.problem}，这次检查全部文件并重写缓存\n`);
  // baseline: suppress recorded findings, report records that no longer occur (its keys read the text)
  const baselineFile = opts.noBaseline ? undefined
    : opts.baseline ? path.resolve(io.cwd, opts.baseline)
      : fs.existsSync(path.join(io.cwd, DEFAULT_BASELINE)) ? path.join(io.cwd, DEFAULT_BASELINE) : undefined;
  const useBaseline = baselineFile !== undefined && !opts.stdin;
  // a file the cache gives whole is not even decoded when nothing after the lint reads its text
  const cachedText = READS[opts.format].text || useBaseline || fix !== 'none';
  const reports = lint(opts, io, collected, fix, READS[opts.format].scripts, cache, READS[opts.format].cases, cachedText);
  if (cache) {
    try {
      const c = cache;
      // the lint's garbage collected before the cache is written: its memory comes on top of what
      // the heap holds then (heap-sizing.ts; only a large run, about 50 ms at 100,000 scripts). A
      // run that changed nothing writes nothing, and collects nothing for it
      timed('cache', () => c.save(() => timed('report', () => collectIfLarge())));
    } catch (e) {
      // the findings are complete without it: the next run lints again
      io.stderr(`huashu：无法写入缓存文件 ${displayPath(cache.file, io.cwd)}：${(e as Error).message}\n`);
    }
    // for a person reading the terminal or a CI log: whether the cache is doing its work (a cache
    // that CI never restores shows as every file checked again); machine formats stay quiet
    if (opts.format === 'stylish' && !opts.quiet && cache.hits + cache.misses > 0) {
      const scripts = cache.scriptHits ? `（其中 ${cache.scriptHits} 段话术沿用上次的结果，${cache.scriptMisses} 段重新检查）` : '';
      io.stderr(`huashu：缓存：${cache.hits} 个文件沿用上次的结果，${cache.misses} 个文件重新检查${scripts}\n`);
    }
  }

  if (useBaseline) {
    const { stale } = applyBaseline(reports, readBaseline(baselineFile), baselineFile);
    const n = stale.reduce((s, e) => s + e.count, 0);
    if (n && !opts.quiet) io.stderr(`huashu：基线 ${displayPath(baselineFile, io.cwd)} 中有 ${n} 条记录已不再出现（问题已修复或文字已修改），运行 huashu baseline 可更新基线\n`);
  }

  // what the format does not read goes before the report is written, and the lint's garbage
  // with it (the report's memory comes on top of what the heap holds then)
  releaseUnread(reports, opts);
  timed('report', () => collectIfLarge());

  if (opts.changedSince !== undefined) {
    const changed = changedLines(io.cwd, opts.changedSince);
    for (const r of reports) {
      let real = r.absPath;
      try { real = fs.realpathSync(r.absPath); } catch { /* standard input */ }
      r.messages = r.messages.filter((m) => m.fatal || touchesChanged(changed, real, m.line, m.endLine) || touchesChanged(changed, r.absPath, m.line, m.endLine));
    }
  }

  const all = totals(reports);
  if (opts.quiet) for (const r of reports) r.messages = r.messages.filter((m) => m.severity === 'error');

  const color = useColor(opts.color, io.env, io.isTTY && !opts.outputFile);
  const ctx: FormatContext = {
    cwd: io.cwd, root: collected.root, color, c: colors(color),
    fixDryRun: opts.fixDryRun, fixed: opts.fix,
    maxWarnings: opts.maxWarnings !== undefined && all.warnings > opts.maxWarnings ? { max: opts.maxWarnings, count: all.warnings } : undefined,
  };

  let output: Iterable<string>;
  if (opts.stdin && opts.fixDryRun && opts.format === 'stylish') {
    // the fixed text on stdout (an editor's pipe), the findings on stderr
    const r = reports[0];
    output = [r ? (r.hadBom ? '\uFEFF' : '') + (r.output ?? r.text) : ''];
    const errCtx = { ...ctx, fixDryRun: false, color: useColor(opts.color, io.env, io.stderrIsTTY ?? false) };
    errCtx.c = colors(errCtx.color);
    const stderrReport = FORMATTERS.stylish(reports, errCtx);
    if (r?.messages.length) io.stderr(stderrReport);
  } else {
    output = CHUNKED_FORMATTERS[opts.format](reports, ctx);
    if (opts.fix && opts.format !== 'stylish') {
      for (const r of reports) if (r.output !== undefined && !r.fatal) io.stderr(`huashu：已修复 ${r.fixCount} 处：${r.filePath}\n`);
    }
    if (opts.fixDryRun && opts.format !== 'stylish' && opts.format !== 'json') {
      const n = reports.filter((r) => r.output !== undefined).length;
      if (n) io.stderr(`huashu：--fix-dry-run：${n} 个文件可以修复（用 --format stylish 查看 diff，或 --format json 查看 output）\n`);
    }
    if (ctx.maxWarnings && opts.format !== 'stylish') io.stderr(`huashu：警告有 ${ctx.maxWarnings.count} 个，超过了 --max-warnings 的上限 ${ctx.maxWarnings.max}\n`);
  }

  // the formatters make their pieces as they are written: writing is the report's step
  timing?.enter('report');
  if (opts.outputFile) {
    const out = path.resolve(io.cwd, opts.outputFile);
    try {
      fs.mkdirSync(path.dirname(out), { recursive: true });
      writeChunks(out, output);
    } catch (e) {
      // the pieces are made while they are written: only a file system error is the file's fault
      if ((e as NodeJS.ErrnoException).code === undefined) throw e;
      throw new UsageError(`无法写入输出文件 ${opts.outputFile}：${(e as Error).message}`);
    }
  } else {
    for (const chunk of output) if (chunk) io.stdout(chunk);
  }
  timing?.leave();
  if (timing) io.stderr(`\n${timingTable(timing.rows(), performance.now() - started)}`);

  const unwritten = reports.filter((r) => r.writeError !== undefined);
  if (unwritten.length) {
    io.stderr(`huashu：无法写回 ${unwritten.length} 个文件的修复结果（${unwritten[0].filePath}：${unwritten[0].writeError}），原文件未改动\n`);
    return EXIT_FAILURE;
  }
  const failed = reports.filter((r) => r.internal !== undefined);
  if (failed.length) {
    io.stderr(`huashu：内部错误：${failed.length} 个文件检查失败（${failed[0].filePath}）${opts.debug ? '' : '（加 --debug 可查看调用栈）'}\n`);
    if (opts.debug) for (const r of failed) io.stderr(`${(r.internal as Error)?.stack ?? String(r.internal)}\n`);
    return EXIT_FAILURE;
  }
  const shown = totals(reports);
  if (shown.errors > 0 || ctx.maxWarnings) return EXIT_LINT;
  return EXIT_OK;
}

/**
 * Lets go of what the lint's format will not read (formatters/index.ts, `READS`), once the cache
 * and the baseline have read it: every file's text and line index, unless standard input's fixed
 * text is written from them, and its scripts' results. At 100,000 scripts the text of a library
 * written as JSON is 24 MB of the heap when the report begins.
 */
export function releaseUnread(reports: FileReport[], opts: Pick<CliOptions, 'format' | 'stdin' | 'fixDryRun'>): void {
  const reads = READS[opts.format];
  const keepText = reads.text || (opts.stdin && opts.fixDryRun);
  for (const r of reports) {
    if (!reads.scripts) r.scripts = [];
    if (!reads.cases) r.cases = undefined;
    if (keepText) continue;
    r.text = '';
    r.lines = undefined;
  }
}

/** Writes the formatter's pieces to a file as they come (a large report is never one string). */
export function writeChunks(file: string, chunks: Iterable<string>): void {
  const fd = fs.openSync(file, 'w');
  try {
    writePieces(fd, chunks);
  } finally {
    fs.closeSync(fd);
  }
}

async function baselineCommand(opts: CliOptions, io: CliIO): Promise<number> {
  const collected = await collect(opts, io);
  const reports = lint(opts, io, collected, 'none', false);
  const file = path.resolve(io.cwd, opts.baseline ?? DEFAULT_BASELINE);
  const previous = fs.existsSync(file) ? readBaseline(file) : undefined;
  for (const r of reports) if (r.fatal) io.stderr(`huashu：${r.filePath}：${r.fatal}（未记入基线）\n`);
  let result: ReturnType<typeof writeBaseline>;
  try {
    result = writeBaseline(file, reports, previous);
  } catch (e) {
    throw new UsageError(`无法写入基线文件 ${displayPath(file, io.cwd)}：${(e as Error).message}`);
  }
  io.stdout(`已把 ${result.entries} 个问题记入基线 ${displayPath(file, io.cwd)}（${result.files} 个文件）；之后的 huashu lint 不再报告它们\n`);
  if (result.removed) io.stdout(`其中 ${result.removed} 条旧记录已不再出现，已从基线中移除\n`);
  return EXIT_OK;
}
