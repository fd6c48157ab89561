/**
 * The data of a library report: everything the HTML shows, as plain JSON (it is embedded in the
 * page so that a later run can compare against it). Built from the CLI's lint run, so every
 * number equals `huashu lint --format json` for the same files: file scores, the overall score
 * (the mean of the readable files' scores, as the stylish summary prints it) and the counts.
 */
import { parseLibrary, ruleMeta, SCENARIOS, STAGES } from '../../engine';
import type { Severity } from '../../engine';
import type { CliMessage, FileReport } from '../report';
import { countsOf } from '../report';
import { VERSION } from '../version';

/** Version of the embedded data's shape; a later tool reads older shapes it knows. */
export const REPORT_SCHEMA = 1;

export const CATEGORY_NAMES: Record<string, string> = {
  A: '推卸责任', B: '生硬拒绝', C: '语气态度', D: '评价同行', E: '用语规范', F: '承诺与夸大',
  G: '平台规则', H: '信息保密', I: '礼貌用语', J: '服务流程', format: '文件格式', team: '团队用语',
};
export const CATEGORY_ORDER = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'format'];

export const SCENARIO_NAMES: Record<string, string> = {
  'pre-sales': '售前', 'in-sales': '售中', 'after-sales': '售后', complaint: '投诉', logistics: '物流', review: '评价', other: '其他',
};
export const NO_SCENARIO = '(none)';
export const STAGE_NAMES: Record<string, string> = {
  opening: '开头', inquiry: '询问', handling: '处理', 'invite-review': '邀评', closing: '结尾',
};
export const SEVERITY_NAMES: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** Score buckets of the distribution chart: [min, max] inclusive. */
export const SCORE_BUCKETS: { min: number; max: number; label: string }[] = [
  { min: 0, max: 59, label: '60 以下' }, { min: 60, max: 69, label: '60–69' }, { min: 70, max: 79, label: '70–79' },
  { min: 80, max: 89, label: '80–89' }, { min: 90, max: 99, label: '90–99' }, { min: 100, max: 100, label: '100' },
];

/** A finding as the report shows it: the CLI's message without offsets and fix, plus whether it is fixable. */
export type ReportFinding = Pick<CliMessage, 'ruleId' | 'severity' | 'message' | 'line' | 'column' | 'endLine' | 'endColumn' | 'scriptId' | 'fatal'> & { fixable?: boolean };

/** A highlighted stretch of a turn's text: [start, end) in the text, the findings (indexes into the script's findings). */
export interface ReportMark { start: number; end: number; findings: number[] }

export interface ReportTurn {
  /** 回复, 备选 1, … */
  label: string;
  /** The messages of the turn (a list reply sends several). */
  messages: { text: string; marks: ReportMark[] }[];
}

export interface ReportScript {
  /**
   * Only the score, counts and place: the report shows the text and findings of the
   * DETAILED_SCRIPTS scripts that most need work, and counts the others in every total.
   */
  brief?: true;
  /** Index of the file in `files`. */
  file: number;
  /** Index of the script in its file. */
  index: number;
  id?: string;
  title?: string;
  scenario?: string;
  stage?: string;
  line: number;
  score: number;
  /** Rubric items that lost points. */
  deductions: { name: string; lost: number; rules: string[] }[];
  customer: string[];
  turns: ReportTurn[];
  findings: ReportFinding[];
  errors: number;
  warnings: number;
  infos: number;
}

export interface ReportFile {
  path: string;
  score: number;
  scripts: number;
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
  /** Why the file could not be read or linted. */
  fatal?: string;
  /** Findings outside every script (file header, syntax). */
  findings: ReportFinding[];
}

export interface RuleCount {
  id: string;
  title: string;
  category: string;
  count: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Scripts with at least one finding of the rule. */
  scripts: number;
  /** Platform penalty points per violation (0 when none). */
  penalty: number;
}

export interface CategoryCount { id: string; name: string; count: number; errors: number; warnings: number; infos: number }

export interface ScenarioStats {
  id: string;
  name: string;
  scripts: number;
  mean: number;
  min: number;
  /** Scripts per SCORE_BUCKETS entry. */
  buckets: number[];
  /** Scripts per stage (STAGES order), and without a stage. */
  stages: number[];
  noStage: number;
}

export interface Summary {
  /** Mean of the readable files' scores, rounded: the "平均得分" of `huashu lint`. */
  score: number;
  files: number;
  scripts: number;
  findings: number;
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
  /** Platform penalty points at risk: each finding of a rule with a penalty counts its points. */
  penalty: number;
  /** Mean of the scripts' scores, rounded (every script weighs the same). */
  scriptMean: number;
}

export interface ComparisonRow { key: string; label: string; before: number | null; after: number | null }

export interface Comparison {
  /** What was compared against: `git main`, a file name. */
  label: string;
  kind: 'git' | 'report' | 'lint-json';
  /** When the previous report was generated (report files only). */
  generatedAt?: string;
  /** The previous numbers; null where the source does not have them. */
  before: { [K in keyof Summary]: number | null };
  /** Rules whose count changed. */
  rules: ComparisonRow[];
  /** Files whose score changed, appeared or went. */
  files: ComparisonRow[];
  /** Scripts whose score changed, appeared or went (empty when the source has no script scores). */
  scripts: ComparisonRow[];
  /** Whether script scores were known before (else `scripts` is empty). */
  scriptScores: boolean;
}

export interface ReportData {
  schema: number;
  tool: 'huashu';
  kind: 'library-report';
  version: string;
  generatedAt: string;
  /** The paths given on the command line (or the workspace folder). */
  paths: string[];
  summary: Summary;
  /** Findings a baseline file hid (not counted anywhere else). */
  baselineSuppressed: number;
  files: ReportFile[];
  scripts: ReportScript[];
  rules: RuleCount[];
  categories: CategoryCount[];
  scenarios: ScenarioStats[];
  compare?: Comparison;
}

export interface BuildOptions {
  paths?: string[];
  generatedAt?: Date;
  baselineSuppressed?: number;
  /** How many scripts, worst first, carry their text and findings (default DETAILED_SCRIPTS; Infinity: all). */
  details?: number;
}

/**
 * Scripts shown with their text and findings. A page listing 100,000 scripts in full was 155 MB
 * (1.5 GB to build), more than a browser or a webview opens; the worst scripts are the ones a
 * lead works through, and every script still counts in the totals, charts and comparisons.
 */
export const DETAILED_SCRIPTS = 2000;

/** Worst first: lowest score, most errors, most findings, then the given order. */
export function worstFirst(a: { x: ReportScript; k: number }, b: { x: ReportScript; k: number }): number {
  return a.x.score - b.x.score || b.x.errors - a.x.errors || (b.x.errors + b.x.warnings + b.x.infos) - (a.x.errors + a.x.warnings + a.x.infos) || a.k - b.k;
}

function finding(m: CliMessage): ReportFinding {
  const f: ReportFinding = {
    ruleId: m.ruleId, severity: m.severity, message: m.message,
    line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn,
  };
  if (m.scriptId !== undefined) f.scriptId = m.scriptId;
  if (m.fatal) f.fatal = true;
  if (m.fix) f.fixable = true;
  return f;
}

const mean = (xs: number[]): number => (xs.length ? Math.round(xs.reduce((a, b) => a + b, 0) / xs.length) : 100);

export function penaltyOf(ruleId: string | null): number {
  return (ruleId && ruleMeta(ruleId)?.penalty) || 0;
}

export function categoryOf(ruleId: string): string {
  return ruleMeta(ruleId)?.category ?? (ruleId.startsWith('team-') ? 'team' : 'format');
}

/** Builds the report data from the CLI's per-file reports (after baseline, before display filters). */
export function buildReportData(reports: readonly FileReport[], o: BuildOptions = {}): ReportData {
  const files: ReportFile[] = [];
  const scripts: ReportScript[] = [];
  /** Each script's messages, in order (parallel to `scripts`). */
  const owned: CliMessage[][] = [];
  const rules = new Map<string, RuleCount & { scriptKeys: Set<string> }>();

  reports.forEach((r, fileIndex) => {
    const c = countsOf(r.messages);
    const inScript = new Map<number, CliMessage[]>();
    const loose: CliMessage[] = [];
    for (const m of r.messages) {
      if (m.scriptIndex !== undefined && !m.fatal) {
        let list = inScript.get(m.scriptIndex);
        if (!list) inScript.set(m.scriptIndex, (list = []));
        list.push(m);
      } else {
        loose.push(m);
      }
      if (m.ruleId !== null) {
        let rc = rules.get(m.ruleId);
        if (!rc) {
          const meta = ruleMeta(m.ruleId);
          rc = {
            id: m.ruleId, title: meta?.title ?? m.ruleId, category: categoryOf(m.ruleId),
            count: 0, errors: 0, warnings: 0, infos: 0, scripts: 0, penalty: meta?.penalty ?? 0, scriptKeys: new Set(),
          };
          rules.set(m.ruleId, rc);
        }
        rc.count++;
        if (m.severity === 'error') rc.errors++; else if (m.severity === 'warning') rc.warnings++; else rc.infos++;
        if (m.scriptIndex !== undefined) rc.scriptKeys.add(`${fileIndex}:${m.scriptIndex}`);
      }
    }
    files.push({
      path: r.filePath, score: r.score, scripts: r.scripts.length,
      errors: c.errors, warnings: c.warnings, infos: c.infos, fixable: c.fixable,
      ...(r.fatal !== undefined ? { fatal: r.fatal } : {}),
      findings: loose.map(finding),
    });
    if (r.fatal !== undefined || !r.scripts.length) return;

    for (const s of r.scripts) {
      const own = (inScript.get(s.index) ?? []).slice().sort((a, b) => a.start - b.start || a.end - b.end);
      const sc = countsOf(own);
      owned.push(own);
      scripts.push({
        brief: true, file: fileIndex, index: s.index,
        ...(s.id !== undefined ? { id: s.id } : {}), ...(s.title !== undefined ? { title: s.title } : {}),
        ...(s.scenario !== undefined ? { scenario: s.scenario } : {}), ...(s.stage !== undefined ? { stage: s.stage } : {}),
        line: (r.lines?.positionAt(s.span.start).line ?? 0) + 1,
        score: s.card.score,
        deductions: s.card.items.filter((i) => i.points < i.max).map((i) => ({ name: i.name, lost: i.max - i.points, rules: [...i.rules] })),
        customer: [], turns: [], findings: [],
        errors: sc.errors, warnings: sc.warnings, infos: sc.infos,
      });
    }
  });

  // text and findings for the scripts that most need work; each of their files parsed once more
  const chosen = scripts.map((x, k) => ({ x, k })).sort(worstFirst).slice(0, o.details ?? DETAILED_SCRIPTS).map(({ k }) => k).sort((a, b) => a - b);
  let parsedFile = -1;
  let library: ReturnType<typeof parseLibrary> | undefined;
  for (const k of chosen) {
    const x = scripts[k];
    if (x.file !== parsedFile) { parsedFile = x.file; library = parseLibrary(reports[x.file].text); }
    const own = owned[k];
    const parsed = library!.scripts[x.index];
    const turns: ReportTurn[] = [];
    for (const t of parsed?.turns ?? []) {
      const value = t.text.value;
      const covered: number[][] = Array.from({ length: value.length }, () => []);
      own.forEach((m, j) => {
        const end = Math.max(m.end, m.start + 1);
        for (let i = 0; i < value.length; i++) {
          if (t.text.starts[i] < end && t.text.ends[i] > m.start) covered[i].push(j);
        }
      });
      const starts = t.messageStarts.length ? t.messageStarts : [0];
      const messages = starts.map((from, j) => {
        const to = j + 1 < starts.length ? starts[j + 1] - 1 : value.length;
        const marks: ReportMark[] = [];
        for (let i = from; i < to; i++) {
          if (!covered[i].length) continue;
          const key = covered[i].join(',');
          const last = marks[marks.length - 1];
          if (last && last.end === i - from && last.findings.join(',') === key) last.end++;
          else marks.push({ start: i - from, end: i - from + 1, findings: covered[i] });
        }
        return { text: value.slice(from, Math.max(from, to)), marks };
      });
      turns.push({ label: t.field === 'reply' ? '回复' : `备选 ${t.altIndex + 1}`, messages });
    }
    const { brief: _brief, ...rest } = x;
    scripts[k] = { ...rest, customer: [...parsed?.customer ?? []], turns, findings: own.map(finding) };
  }

  const ruleList: RuleCount[] = [...rules.values()]
    .map(({ scriptKeys, ...rc }) => ({ ...rc, scripts: scriptKeys.size }))
    .sort((a, b) => b.count - a.count || b.errors - a.errors || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const categories: CategoryCount[] = [];
  for (const id of [...CATEGORY_ORDER, 'team']) {
    const rs = ruleList.filter((r) => r.category === id);
    if (!rs.length && (id === 'team' || id === 'format')) continue;
    categories.push({
      id, name: CATEGORY_NAMES[id] ?? id,
      count: rs.reduce((n, r) => n + r.count, 0), errors: rs.reduce((n, r) => n + r.errors, 0),
      warnings: rs.reduce((n, r) => n + r.warnings, 0), infos: rs.reduce((n, r) => n + r.infos, 0),
    });
  }

  const scenarioIds = [...SCENARIOS, NO_SCENARIO].filter((id) => scripts.some((s) => (s.scenario ?? NO_SCENARIO) === id));
  const scenarios: ScenarioStats[] = scenarioIds.map((id) => {
    const ss = scripts.filter((s) => (s.scenario ?? NO_SCENARIO) === id);
    const scores = ss.map((s) => s.score);
    return {
      id, name: SCENARIO_NAMES[id] ?? '未标注场景', scripts: ss.length, mean: mean(scores), min: Math.min(...scores),
      buckets: SCORE_BUCKETS.map((b) => scores.filter((x) => x >= b.min && x <= b.max).length),
      stages: STAGES.map((st) => ss.filter((s) => s.stage === st).length),
      noStage: ss.filter((s) => s.stage === undefined).length,
    };
  });

  const readable = files.filter((f) => f.fatal === undefined);
  const t = files.reduce((a, f) => ({ errors: a.errors + f.errors, warnings: a.warnings + f.warnings, infos: a.infos + f.infos, fixable: a.fixable + f.fixable }), { errors: 0, warnings: 0, infos: 0, fixable: 0 });
  const summary: Summary = {
    score: mean(readable.map((f) => f.score)),
    files: files.length,
    scripts: scripts.length,
    findings: t.errors + t.warnings + t.infos,
    ...t,
    penalty: ruleList.reduce((n, r) => n + r.count * r.penalty, 0),
    scriptMean: mean(scripts.map((s) => s.score)),
  };

  return {
    schema: REPORT_SCHEMA, tool: 'huashu', kind: 'library-report', version: VERSION,
    generatedAt: (o.generatedAt ?? new Date()).toISOString(),
    paths: o.paths ?? [],
    summary,
    baselineSuppressed: o.baselineSuppressed ?? 0,
    files, scripts, rules: ruleList, categories, scenarios,
  };
}

/** The key that identifies a script across runs: file path + id (or position when it has none). */
export function scriptKey(file: string, s: { id?: string; index: number }): string {
  return s.id !== undefined ? `${file}#${s.id}` : `${file}#第${s.index + 1}条`;
}
