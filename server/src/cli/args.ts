/**
 * Command-line parsing: `huashu <command> [options] [paths…]`. Small and strict: an unknown
 * option or a missing value is a usage error (exit 2) with one Chinese line.
 */
import { UsageError } from './io';

export type Command = 'lint' | 'rules' | 'init' | 'baseline' | 'report' | 'help' | 'version';
export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'rdjson', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  command: Command;
  paths: string[];
  format: Format;
  rulesFormat: 'table' | 'json';
  /** `huashu report --format html|json`, when given. */
  reportFormat?: 'html' | 'json';
  /** `huashu report --compare <git ref | previous report>`. */
  compare?: string;
  outputFile?: string;
  config?: string;
  noConfig: boolean;
  maxWarnings?: number;
  quiet: boolean;
  fix: boolean;
  fixDryRun: boolean;
  stdin: boolean;
  stdinFilename?: string;
  /** true/false when --color/--no-color was given. */
  color?: boolean;
  changedSince?: string;
  baseline?: string;
  noBaseline: boolean;
  progress: boolean;
  debug: boolean;
  /** `--cache`: reuse the results of files, and of scripts, whose content and config did not change (lint-cache.ts, script-cache.ts). */
  cache: boolean;
  /** `--cache-location`: the cache file, or a folder to hold `.huashucache`. */
  cacheLocation?: string;
  /** `--timing`: where the run's time went, by step and rule, on standard error (timing-table.ts). */
  timing: boolean;
}

interface Spec { name: string; value?: boolean; commands: Command[] | 'all' }

const LINT: Command[] = ['lint'];
const LINTISH: Command[] = ['lint', 'baseline', 'report'];
const OUTPUT: Command[] = ['lint', 'report'];
const SPECS: Spec[] = [
  { name: 'help', commands: 'all' },
  { name: 'version', commands: 'all' },
  { name: 'debug', commands: 'all' },
  { name: 'format', value: true, commands: ['lint', 'rules', 'report'] },
  { name: 'output-file', value: true, commands: OUTPUT },
  { name: 'config', value: true, commands: LINTISH },
  { name: 'no-config', commands: LINTISH },
  { name: 'max-warnings', value: true, commands: LINT },
  { name: 'quiet', commands: LINT },
  { name: 'fix', commands: LINT },
  { name: 'fix-dry-run', commands: LINT },
  { name: 'stdin', commands: LINT },
  { name: 'stdin-filename', value: true, commands: LINT },
  { name: 'color', commands: LINT },
  { name: 'no-color', commands: 'all' },
  { name: 'changed-since', value: true, commands: LINT },
  { name: 'baseline', value: true, commands: LINTISH },
  { name: 'no-baseline', commands: OUTPUT },
  { name: 'no-progress', commands: LINTISH },
  { name: 'compare', value: true, commands: ['report'] },
  { name: 'cache', commands: LINT },
  { name: 'cache-location', value: true, commands: LINT },
  { name: 'timing', commands: LINT },
];
const SHORT: Record<string, string> = { h: 'help', v: 'version', f: 'format', o: 'output-file', c: 'config', q: 'quiet' };
const COMMANDS: Command[] = ['lint', 'rules', 'init', 'baseline', 'report', 'help'];

export function parseArgs(argv: readonly string[]): CliOptions {
  const o: CliOptions = {
    command: 'lint', paths: [], format: 'stylish', rulesFormat: 'table', noConfig: false, quiet: false, fix: false,
    fixDryRun: false, stdin: false, noBaseline: false, progress: true, debug: false, cache: false, timing: false,
  };
  const args = [...argv];
  const first = args[0];
  if (first === undefined) { o.command = 'help'; return o; }
  if (!first.startsWith('-')) {
    if (!COMMANDS.includes(first as Command)) throw new UsageError(`未知的命令 “${first}”：可用的命令有 lint、rules、init、baseline、report（huashu --help 查看用法）`);
    o.command = first as Command;
    args.shift();
  } else if (first === '--help' || first === '-h') { o.command = 'help'; return o; } else if (first === '--version' || first === '-v') { o.command = 'version'; return o; }

  let rest = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (rest || !a.startsWith('-') || a === '-') { o.paths.push(a); continue; }
    if (a === '--') { rest = true; continue; }
    let name: string;
    let inline: string | undefined;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      inline = eq > 0 ? a.slice(eq + 1) : undefined;
    } else {
      name = SHORT[a.slice(1)] ?? '';
      if (!name) throw new UsageError(`未知的选项 ${a}（huashu --help 查看用法）`);
    }
    const spec = SPECS.find((s) => s.name === name);
    if (!spec) throw new UsageError(`未知的选项 --${name}（huashu --help 查看用法）`);
    if (spec.commands !== 'all' && !spec.commands.includes(o.command)) throw new UsageError(`选项 --${name} 不能用于 huashu ${o.command}`);
    let value: string | undefined;
    if (spec.value) {
      value = inline ?? args[++i];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`选项 --${name} 需要一个值`);
    } else if (inline !== undefined) {
      throw new UsageError(`选项 --${name} 不接受值`);
    }
    apply(o, name, value);
  }
  validate(o);
  return o;
}

function apply(o: CliOptions, name: string, v: string | undefined): void {
  switch (name) {
    case 'help': o.command = 'help'; break;
    case 'version': o.command = 'version'; break;
    case 'debug': o.debug = true; break;
    case 'format':
      if (o.command === 'report') {
        if (v !== 'html' && v !== 'json') throw new UsageError(`未知的输出格式 “${v}”：huashu report 可用 html 或 json`);
        o.reportFormat = v;
      } else if (o.command === 'rules') {
        if (v === 'json') o.rulesFormat = 'json';
        else if (v === 'table' || v === 'stylish') o.rulesFormat = 'table';
        else throw new UsageError(`未知的输出格式 “${v}”：huashu rules 可用 table 或 json`);
      } else {
        if (!FORMATS.includes(v as Format)) throw new UsageError(`未知的输出格式 “${v}”：可用 ${FORMATS.join('、')}`);
        o.format = v as Format;
      }
      break;
    case 'output-file': o.outputFile = v; break;
    case 'config': o.config = v; break;
    case 'no-config': o.noConfig = true; break;
    case 'max-warnings': {
      const n = Number(v);
      if (!/^\d+$/.test(v ?? '') || !Number.isSafeInteger(n)) throw new UsageError(`--max-warnings 需要一个非负整数，收到 “${v}”`);
      o.maxWarnings = n;
      break;
    }
    case 'quiet': o.quiet = true; break;
    case 'fix': o.fix = true; break;
    case 'fix-dry-run': o.fixDryRun = true; break;
    case 'stdin': o.stdin = true; break;
    case 'stdin-filename': o.stdinFilename = v; break;
    case 'color': o.color = true; break;
    case 'no-color': o.color = false; break;
    case 'changed-since': o.changedSince = v; break;
    case 'baseline': o.baseline = v; break;
    case 'no-baseline': o.noBaseline = true; break;
    case 'no-progress': o.progress = false; break;
    case 'compare': o.compare = v; break;
    case 'cache': o.cache = true; break;
    case 'cache-location': o.cacheLocation = v; break;
    case 'timing': o.timing = true; break;
  }
}

function validate(o: CliOptions): void {
  if (o.command === 'help' || o.command === 'version') return;
  if (o.config && o.noConfig) throw new UsageError('--config 与 --no-config 不能同时使用');
  if (o.fix && o.fixDryRun) throw new UsageError('--fix 与 --fix-dry-run 不能同时使用');
  if (o.fix && o.stdin) throw new UsageError('--fix 不能与 --stdin 一起使用（标准输入没有文件可写）；请改用 --fix-dry-run，它会输出修复后的文字');
  if (o.stdin && o.paths.length) throw new UsageError('使用 --stdin 时不能再给出文件路径');
  if (o.stdinFilename !== undefined && !o.stdin) throw new UsageError('--stdin-filename 只能与 --stdin 一起使用');
  if (o.baseline && o.noBaseline) throw new UsageError('--baseline 与 --no-baseline 不能同时使用');
  if (o.cacheLocation !== undefined && !o.cache) throw new UsageError('--cache-location 只能与 --cache 一起使用');
  if ((o.command === 'rules' || o.command === 'init') && o.paths.length) throw new UsageError(`huashu ${o.command} 不接受路径参数：${o.paths[0]}`);
}

export const HELP = `huashu —— 客服话术库检查工具（*.huashu.yaml）

用法：
  huashu lint [路径或通配符 …]   检查话术库（默认：当前文件夹下的 *.huashu.yaml / *.huashu.yml）
  huashu baseline [路径 …]       把当前的问题记入基线文件，之后的检查不再报告它们
  huashu report [路径 …]         生成话术库检查报告：一个独立的 HTML 文件（得分、图表、话术明细）
  huashu rules [--format json]   列出全部规则：id、分类、默认级别、可否自动修复、文档链接
  huashu init                    在当前文件夹写一份起步配置 huashu.config.yaml（已存在时不覆盖）
  huashu --version | --help

lint 选项：
  -f, --format <名称>        输出格式：stylish（默认）、json、sarif、github、rdjson、junit
  -o, --output-file <文件>   把结果写入文件而不是标准输出
  -c, --config <文件>        使用指定的配置文件（不再按文件夹查找 huashu.config.yaml）
      --no-config            不读取任何配置文件，只用内置的 huashu:recommended
      --max-warnings <数>    警告多于这个数时以退出码 1 结束（警告总数，含 --quiet 隐藏的）
  -q, --quiet                只报告错误，不显示警告和提示
      --fix                  自动修复能修复的问题，直接写回文件（原子写入，保留权限）
      --fix-dry-run          只显示修复结果（diff；与 --stdin 一起时输出修复后的全文），不写文件
      --stdin                从标准输入读取话术库
      --stdin-filename <名>  标准输入对应的文件名（用于查找配置和显示）
      --changed-since <ref>  只报告相对 git 提交 <ref>（与 HEAD 的合并基点）改动过的行上的问题
      --baseline <文件>      基线文件（默认：当前文件夹的 huashu-baseline.json，存在时自动使用）
      --no-baseline          不使用基线文件
      --color, --no-color    强制开启 / 关闭颜色（也认 NO_COLOR、FORCE_COLOR 环境变量）
      --cache                只重新检查内容或配置变了的文件和话术，其余沿用上次的结果（按内容判断，CI 上也可靠）
      --cache-location <路径> 缓存文件，或存放缓存的文件夹（默认：当前文件夹的 .huashucache）
      --no-progress          不显示进度行
      --timing               检查结束后在标准错误输出耗时表：各步骤和用时最多的规则（找出拖慢 CI 的规则或团队短语）
      --debug                出错时显示调用栈

report 选项：
  -o, --output-file <文件>   报告文件（默认 huashu-report.html；以 .json 结尾时写报告数据；- 表示标准输出）
  -f, --format <名称>        html（默认）或 json（报告数据，可供下次 --compare）
      --compare <提交或文件>  与 git 提交（如 main、HEAD~5）时的同一批文件比较，或与旧报告（HTML/JSON）、
                             huashu lint --format json 的输出比较，显示得分和问题数的变化
  -c, --config, --no-config, --baseline, --no-baseline, --no-progress   与 lint 相同

退出码：0 没有错误（且警告不超过 --max-warnings）；1 有错误或警告过多；2 用法、配置或内部错误。
report 写出报告即以 0 结束（报告不是门槛，门槛请用 lint）。
文档：https://github.com/huashu-dev/huashu
`;
