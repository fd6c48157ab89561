/**
 * `renderReportHtml(data)`: one self-contained HTML page (no network: styles, charts and the
 * small sort/filter script are inline, allowed by a strict CSP with a nonce). All text from the
 * library is escaped; the data is embedded as JSON for `huashu report --compare <this file>`.
 * Pure: the CLI writes it to a file, the language server can hand it to a webview.
 */
import { crypto } from '../../node/digest';
import { STAGES } from '../../engine';
import { barChart, BarRow, legend } from './charts';
import { CLIENT_SCRIPT } from './client-script';
import { DATA_ELEMENT_ID } from './compare';
import { esc, jsonForScript } from './escape';
import {
  CATEGORY_NAMES, Comparison, ComparisonRow, NO_SCENARIO, ReportData, ReportFinding, ReportMark, ReportScript,
  SCENARIO_NAMES, SCORE_BUCKETS, scriptKey, SEVERITY_NAMES, STAGE_NAMES, Summary, worstFirst,
} from './model';
import { STYLES } from './styles';

export interface RenderOptions {
  /** The CSP nonce of the inline script (default: random). */
  nonce?: string;
  /** Extra CSP sources for images and styles (a webview's `cspSource`). */
  cspSource?: string;
}

const DOCS_BASE = 'https://github.com/huashu-dev/huashu/blob/main/docs/rules/';

export function renderReportHtml(data: ReportData, o: RenderOptions = {}): string {
  const nonce = o.nonce ?? crypto().randomBytes(16).toString('base64');
  const extra = o.cspSource ? ` ${o.cspSource}` : '';
  const csp = `default-src 'none'; style-src 'unsafe-inline'${extra}; img-src data:${extra}; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'`;
  const s = data.summary;
  const title = `话术库检查报告 · 总体得分 ${s.score}`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp).replace(/&#39;/g, "'")}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="huashu ${esc(data.version)}">
<title>${esc(title)}</title>
<style>${STYLES}</style>
</head>
<body>
<header class="top">
<h1>话术库检查报告</h1>
<p class="meta">生成于 ${esc(formatTime(data.generatedAt))} · huashu ${esc(data.version)} · 检查范围：${esc(data.paths.length ? data.paths.join('、') : '当前文件夹')}</p>
<nav class="toc" aria-label="目录"><a href="#overview">总览</a>${data.compare ? '<a href="#compare">变化</a>' : ''}<a href="#charts">图表</a><a href="#scripts">话术明细</a><a href="#files">文件</a></nav>
</header>
<main>
${overview(data)}
${data.compare ? compareSection(data, data.compare) : ''}
${charts(data)}
${scriptsSection(data)}
${filesSection(data)}
</main>
<footer>由 huashu ${esc(data.version)} 生成。本文件自带全部数据，不访问网络；下次可运行 <code>huashu report --compare 本文件名</code> 查看变化。得分规则见话术检查的评分表（十项共 100 分）。</footer>
<script type="application/json" id="${DATA_ELEMENT_ID}">${jsonForScript(data)}</script>
<script nonce="${esc(nonce)}">${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}

function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (x: number): string => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

function scoreClass(score: number): string { return score >= 90 ? 's-high' : score >= 70 ? 's-mid' : 's-low'; }

/** "+3" / "−2" / "±0" with a class: better, worse or same; `upIsGood` says which way is better. */
function delta(before: number | null | undefined, after: number, upIsGood: boolean, unit = ''): string {
  if (before === null || before === undefined) return '';
  const d = after - before;
  if (d === 0) return `<span class="delta same" data-delta="0">持平</span>`;
  const good = d > 0 === upIsGood;
  return `<span class="delta ${good ? 'better' : 'worse'}" data-delta="${d}">${d > 0 ? '▲ +' : '▼ −'}${Math.abs(d)}${esc(unit)}</span>`;
}

function cardDelta(before: number | null | undefined, after: number, upIsGood: boolean, unit: string): string {
  return before === null || before === undefined ? '' : `<div class="hint">较之前 ${delta(before, after, upIsGood, unit)}</div>`;
}

function countsHtml(e: number, w: number, i: number): string {
  if (!e && !w && !i) return '<span class="clean">无问题</span>';
  const parts: string[] = [];
  if (e) parts.push(`<span class="e">错误 ${e}</span>`);
  if (w) parts.push(`<span class="w">警告 ${w}</span>`);
  if (i) parts.push(`<span class="i">提示 ${i}</span>`);
  return `<span class="counts">${parts.join(' · ')}</span>`;
}

function scriptName(s: ReportScript): string { return s.title ?? s.id ?? `第 ${s.index + 1} 条话术`; }

function overview(data: ReportData): string {
  const s = data.summary;
  const c = data.compare;
  const b = c?.before;
  const penaltyRules = data.rules.filter((r) => r.penalty > 0);
  const scoreDelta = b && b.score !== null ? (s.score - b.score === 0 ? `与 ${c!.label} 持平` : `比 ${c!.label} ${s.score > b.score ? '提高' : '降低'} ${Math.abs(s.score - b.score)} 分`) : '';
  const worst = data.scripts.map((x, k) => ({ x, k })).sort(worstFirst).slice(0, 5).filter(({ x }) => !x.brief && (x.score < 100 || x.findings.length));
  return `<section id="overview" aria-labelledby="h-overview">
<h2 id="h-overview">总览</h2>
<div class="cards">
<div class="card score"><div class="label">总体得分</div><div class="value ${scoreClass(s.score)}"><span id="overall-score" data-value="${s.score}">${s.score}</span><small>/ 100</small></div>
${scoreDelta ? `<div class="delta ${b!.score! < s.score ? 'better' : b!.score! > s.score ? 'worse' : 'same'}" id="score-delta" data-delta="${s.score - b!.score!}">${esc(scoreDelta)}</div>` : ''}
<div class="hint">各文件得分的平均（与 huashu lint 相同）；按话术平均 ${s.scriptMean} 分</div></div>
<div class="card"><div class="label">话术</div><div class="value"><span id="script-count" data-value="${s.scripts}">${s.scripts}</span><small>条</small></div>
<div class="hint">${s.files} 个文件</div>${cardDelta(b?.scripts, s.scripts, true, ' 条')}</div>
<div class="card"><div class="label">问题</div><div class="value"><span id="finding-count" data-value="${s.findings}">${s.findings}</span><small>个</small></div>
<div class="hint">${countsHtml(s.errors, s.warnings, s.infos)}${s.fixable ? ` · 可自动修复 ${s.fixable}` : ''}</div>${cardDelta(b?.findings, s.findings, false, ' 个')}</div>
<div class="card"><div class="label">平台扣分风险</div><div class="value"><span id="penalty-points" data-value="${s.penalty}">${s.penalty}</span><small>分</small></div>
<div class="hint">${s.penalty ? `${penaltyRules.length} 条平台规则，${penaltyRules.reduce((n, r) => n + r.count, 0)} 处问题` : '没有触及平台扣分规则'}</div>${cardDelta(b?.penalty, s.penalty, false, ' 分')}</div>
</div>
${data.baselineSuppressed ? `<p class="notice">另有 ${data.baselineSuppressed} 个问题记在基线文件里，未计入本报告（加 --no-baseline 可查看全部）。得分不受基线影响。</p>` : ''}
${worst.length ? `<h3 class="worst-title">最需要处理的话术</h3><ol class="worst">${worst.map(({ x, k }) => `<li><a href="#script-${k}">${esc(scriptName(x))}</a> <span class="${scoreClass(x.score)}">${x.score} 分</span> <span class="muted">${esc(data.files[x.file]?.path ?? '')}:${x.line}</span> ${countsHtml(x.errors, x.warnings, x.infos)}</li>`).join('')}</ol>` : ''}
</section>`;
}


const SUMMARY_ROWS: { key: keyof Summary; label: string; upIsGood: boolean; unit: string }[] = [
  { key: 'score', label: '总体得分', upIsGood: true, unit: ' 分' },
  { key: 'scriptMean', label: '按话术平均得分', upIsGood: true, unit: ' 分' },
  { key: 'files', label: '文件', upIsGood: true, unit: '' },
  { key: 'scripts', label: '话术条数', upIsGood: true, unit: '' },
  { key: 'findings', label: '问题总数', upIsGood: false, unit: '' },
  { key: 'errors', label: '错误', upIsGood: false, unit: '' },
  { key: 'warnings', label: '警告', upIsGood: false, unit: '' },
  { key: 'infos', label: '提示', upIsGood: false, unit: '' },
  { key: 'penalty', label: '平台扣分风险', upIsGood: false, unit: ' 分' },
];

function changeCell(r: ComparisonRow, upIsGood: boolean, unit = ''): string {
  if (r.before === null) return '<span class="pill">新增</span>';
  if (r.after === null) return '<span class="pill">已删除</span>';
  return delta(r.before, r.after, upIsGood, unit);
}

function compareSection(data: ReportData, c: Comparison): string {
  const s = data.summary;
  const source = c.kind === 'git' ? `git ${c.label}` : c.label;
  const when = c.generatedAt ? `（生成于 ${formatTime(c.generatedAt)}）` : '';
  const rows = SUMMARY_ROWS.filter((r) => c.before[r.key] !== null).map((r) => `<tr data-metric="${r.key}"><th scope="row">${esc(r.label)}</th><td class="num">${c.before[r.key]}</td><td class="num">${s[r.key]}</td><td class="num">${delta(c.before[r.key], s[r.key], r.upIsGood, r.unit)}</td></tr>`).join('');
  const scripts = c.scripts.slice(0, 30);
  const part = (title: string, list: ComparisonRow[], upIsGood: boolean, unit: string, more: number): string => list.length
    ? `<figure><figcaption>${esc(title)}</figcaption><div class="scroll"><table><thead><tr><th>名称</th><th class="num">之前</th><th class="num">现在</th><th class="num">变化</th></tr></thead><tbody>${list.map((r) => `<tr><td>${esc(r.label)}${r.label !== r.key ? ` <span class="muted">${esc(r.key)}</span>` : ''}</td><td class="num">${r.before ?? '—'}</td><td class="num">${r.after ?? '—'}</td><td class="num">${changeCell(r, upIsGood, unit)}</td></tr>`).join('')}</tbody></table></div>${more > 0 ? `<p class="note">另有 ${more} 项变化未列出</p>` : ''}</figure>`
    : '';
  return `<section id="compare" aria-labelledby="h-compare">
<h2 id="h-compare">与 ${esc(source)} 比较${esc(when)}</h2>
<p class="muted">${c.kind === 'git' ? '同一批文件在该提交时的内容，用现在的配置检查；只反映话术本身的变化。' : c.kind === 'lint-json' ? '对比的是 huashu lint --format json 的输出：没有每条话术的得分，只比较文件和规则。' : '对比的是之前生成的报告中嵌入的数据。'}</p>
<div class="grid2">
<figure><figcaption>主要指标</figcaption><div class="scroll"><table id="compare-table"><thead><tr><th>指标</th><th class="num">之前</th><th class="num">现在</th><th class="num">变化</th></tr></thead><tbody>${rows}</tbody></table></div></figure>
${part('得分有变化的文件', c.files, true, ' 分', 0)}
${c.scriptScores ? (scripts.length ? part('得分有变化的话术（变差的在前）', scripts, true, ' 分', c.scripts.length - scripts.length) : '<figure><figcaption>话术得分</figcaption><p class="muted">没有话术的得分发生变化。</p></figure>') : ''}
${part('问题数有变化的规则', c.rules.slice(0, 30), false, '', c.rules.length - 30)}
</div>
</section>`;
}

function charts(data: ReportData): string {
  return `<section id="charts" aria-labelledby="h-charts">
<h2 id="h-charts">图表</h2>
<div class="grid2">
${scoreDistribution(data)}
${coverageMatrix(data)}
${rulesChart(data)}
<div class="stack">
${categoriesChart(data)}
${penaltyChart(data)}
</div>
</div>
</section>`;
}

function scoreDistribution(data: ReportData): string {
  const rows: BarRow[] = data.scenarios.map((sc) => ({
    label: `${sc.name}（${sc.scripts} 条）`,
    title: `${sc.name}：${sc.scripts} 条话术，平均 ${sc.mean} 分，最低 ${sc.min} 分`,
    segments: sc.buckets.map((count, k) => ({ value: count, cls: `b${k}`, title: `${sc.name} ${SCORE_BUCKETS[k].label} 分：${count} 条`, label: String(count) })),
    value: `平均 ${sc.mean}`,
    attrs: { 'data-scenario': sc.id, 'data-mean': sc.mean, 'data-scripts': sc.scripts },
  }));
  return `<figure id="chart-scenarios"><figcaption>各场景的得分分布</figcaption>
<p class="note">每条横条是一个场景的全部话术，按得分分段着色；右侧是平均分。</p>
${legend(SCORE_BUCKETS.map((b, k) => ({ cls: `b${k}`, label: `${b.label} 分` })))}
${rows.length ? barChart(rows, { title: '各场景的得分分布', normalize: true, maxLabelWidth: 150 }) : '<p class="muted">没有话术。</p>'}
</figure>`;
}

function coverageMatrix(data: ReportData): string {
  const anyNoStage = data.scenarios.some((s) => s.noStage > 0);
  const head = STAGES.map((st, k) => `<th scope="col">${esc(STAGE_NAMES[st])}${k < STAGES.length - 1 ? '<span class="arrow" aria-hidden="true">→</span>' : ''}</th>`).join('');
  const body = data.scenarios.map((sc) => {
    const covered = sc.stages.filter((x) => x > 0).length;
    const cells = sc.stages.map((x, k) => {
      const cls = x === 0 ? 'gap' : x === 1 ? 'c1' : x === 2 ? 'c2' : 'c3';
      return `<td class="cell ${cls}" data-stage="${STAGES[k]}" data-count="${x}" title="${esc(`${sc.name} · ${STAGE_NAMES[STAGES[k]]}：${x} 条`)}">${x === 0 ? '缺' : x}</td>`;
    }).join('');
    return `<tr data-scenario="${esc(sc.id)}"><th scope="row">${esc(sc.name)}</th>${cells}${anyNoStage ? `<td class="cell" data-stage="none">${sc.noStage || ''}</td>` : ''}<td class="num" data-covered="${covered}">${covered}/${STAGES.length}</td></tr>`;
  }).join('');
  return `<figure id="chart-coverage"><figcaption>服务流程覆盖</figcaption>
<p class="note">每个场景在接待流程各阶段（开头→询问→处理→邀评→结尾）各有几条话术；“缺”表示这一阶段还没有话术。</p>
${data.scenarios.length ? `<div class="scroll"><table class="matrix"><thead><tr><th scope="col">场景</th>${head}${anyNoStage ? '<th scope="col">未标注阶段</th>' : ''}<th scope="col" class="num">覆盖</th></tr></thead><tbody>${body}</tbody></table></div>` : '<p class="muted">没有话术。</p>'}
</figure>`;
}

/** A stacked bar's segments: errors, warnings, infos. */
function severitySegments(x: { errors: number; warnings: number; infos: number }): BarRow['segments'] {
  return [
    { value: x.errors, cls: 'f-error', title: `错误 ${x.errors}` },
    { value: x.warnings, cls: 'f-warning', title: `警告 ${x.warnings}` },
    { value: x.infos, cls: 'f-info', title: `提示 ${x.infos}` },
  ];
}

const SEVERITY_LEGEND = legend([{ cls: 'f-error', label: '错误' }, { cls: 'f-warning', label: '警告' }, { cls: 'f-info', label: '提示' }]);

function rulesChart(data: ReportData): string {
  const rows: BarRow[] = data.rules.map((r) => ({
    label: r.title,
    title: `${r.title}（${r.id}）：${r.count} 处，涉及 ${r.scripts} 条话术`,
    segments: severitySegments(r),
    value: String(r.count),
    attrs: { 'data-rule': r.id, 'data-count': r.count },
  }));
  const table = data.rules.map((r) => `<tr data-rule="${esc(r.id)}"><td>${esc(r.title)}</td><td><a href="${esc(DOCS_BASE + r.id + '.md')}" target="_blank" rel="noopener noreferrer"><code>${esc(r.id)}</code></a></td><td>${esc(r.category === 'format' ? '格式' : r.category)} ${esc(CATEGORY_NAMES[r.category] ?? '')}</td><td class="num">${r.errors}</td><td class="num">${r.warnings}</td><td class="num">${r.infos}</td><td class="num count">${r.count}</td><td class="num">${r.scripts}</td><td class="num">${r.penalty ? r.penalty * r.count : ''}</td><td class="no-print"><a href="#scripts" data-rule-filter="${esc(r.id)}">筛选</a></td></tr>`).join('');
  return `<figure id="chart-rules"><figcaption>各规则的问题数</figcaption>
${SEVERITY_LEGEND}
${rows.length ? barChart(rows, { title: '各规则的问题数', rowHeight: 24, maxLabelWidth: 200 }) : '<p class="clean">没有发现问题。</p>'}
${rows.length ? `<details><summary>规则明细（规则编号、类别、涉及话术）</summary><div class="scroll"><table id="rules-table"><thead><tr><th>规则</th><th>编号</th><th>类别</th><th class="num">错误</th><th class="num">警告</th><th class="num">提示</th><th class="num">合计</th><th class="num">涉及话术</th><th class="num">扣分风险</th><th class="no-print"></th></tr></thead><tbody>${table}</tbody></table></div></details>` : ''}
</figure>`;
}

function categoriesChart(data: ReportData): string {
  const rows: BarRow[] = data.categories.map((c) => ({
    label: `${c.id === 'format' ? '格式' : c.id === 'team' ? '团队' : c.id} ${c.name}`,
    title: `${c.name}：${c.count} 处`,
    segments: severitySegments(c),
    value: String(c.count),
    attrs: { 'data-category': c.id, 'data-count': c.count },
  }));
  return `<figure id="chart-categories"><figcaption>各类别的问题数</figcaption>
${SEVERITY_LEGEND}
${barChart(rows, { title: '各类别的问题数', rowHeight: 24, maxLabelWidth: 140 })}
</figure>`;
}

function penaltyChart(data: ReportData): string {
  const at = data.rules.filter((r) => r.penalty > 0);
  const rows: BarRow[] = at.map((r) => ({
    label: r.title,
    title: `${r.title}（${r.id}）：每处 ${r.penalty} 分 × ${r.count} 处`,
    segments: [{ value: r.penalty * r.count, cls: 'f-penalty', title: `每处 ${r.penalty} 分 × ${r.count} 处` }],
    value: `${r.penalty * r.count} 分`,
    attrs: { 'data-rule': r.id, 'data-points': r.penalty * r.count },
  }));
  return `<figure id="chart-penalty"><figcaption>平台扣分风险（共 ${data.summary.penalty} 分）</figcaption>
<p class="note">违反平台规则可能被平台扣分：每处问题按该规则的扣分计。</p>
${rows.length ? barChart(rows, { title: '平台扣分风险', rowHeight: 24, maxLabelWidth: 200 }) : '<p class="clean">没有触及平台扣分规则的问题。</p>'}
</figure>`;
}

function findingLine(f: ReportFinding, k: number): string {
  const rule = f.ruleId ? `<code>${esc(f.ruleId)}</code>` : '';
  return `<li value="${k + 1}" data-rule="${esc(f.ruleId ?? '')}"><span class="sev ${f.severity}">${SEVERITY_NAMES[f.severity]}</span>${esc(f.message)} <span class="muted">第 ${f.line} 行</span> ${rule}</li>`;
}

function markedText(text: string, marks: readonly ReportMark[], findings: readonly ReportFinding[]): string {
  const out: string[] = [];
  let at = 0;
  const RANK = { error: 2, warning: 1, info: 0 } as const;
  for (const m of marks) {
    if (m.start > at) out.push(esc(text.slice(at, m.start)));
    const fs = m.findings.map((k) => findings[k]).filter(Boolean);
    const sev = fs.reduce<ReportFinding['severity']>((s, f) => (RANK[f.severity] > RANK[s] ? f.severity : s), 'info');
    const tip = fs.map((f) => `${SEVERITY_NAMES[f.severity]}：${f.message}${f.ruleId ? `（${f.ruleId}）` : ''}`).join('\n');
    out.push(`<mark class="sev-${sev}" title="${esc(tip)}">${esc(text.slice(m.start, m.end))}</mark>`);
    at = m.end;
    // the finding numbers after the last mark of each finding
    const ending = m.findings.filter((k) => !marks.some((x) => x !== m && x.start >= m.end && x.findings.includes(k)));
    if (ending.length) out.push(`<sup class="fn">${ending.map((k) => k + 1).join(',')}</sup>`);
  }
  if (at < text.length) out.push(esc(text.slice(at)));
  return out.join('');
}

function scriptsSection(data: ReportData): string {
  const c = data.compare;
  const changes = new Map<string, ComparisonRow>();
  if (c?.scriptScores) for (const r of c.scripts) changes.set(r.key, r);
  const showDelta = Boolean(c?.scriptScores);
  const order = data.scripts.map((x, k) => ({ x, k })).filter(({ x }) => !x.brief).sort(worstFirst);
  const brief = data.scripts.length - order.length;
  const rows = order.map(({ x, k }, pos) => {
    const file = data.files[x.file]?.path ?? '';
    const key = scriptKey(file, x);
    const ch = changes.get(key);
    const d = ch && ch.before !== null && ch.after !== null ? ch.after - ch.before : ch && ch.before === null ? undefined : 0;
    const ruleIds = [...new Set(x.findings.map((f) => f.ruleId).filter((id): id is string => !!id))];
    const stageIndex = x.stage ? STAGES.indexOf(x.stage as (typeof STAGES)[number]) : 99;
    const turns = x.turns.map((t) => `${x.turns.length > 1 ? `<div class="turn-label">${esc(t.label)}</div>` : ''}${t.messages.map((m) => `<p class="msg">${markedText(m.text, m.marks, x.findings)}</p>`).join('')}`).join('');
    const ded = x.deductions.length ? `<div class="ded">${x.deductions.map((dd) => `${esc(dd.name)} −${dd.lost}`).join('<br>')}</div>` : '';
    return `<tr id="script-${k}" data-order="${pos}" data-score="${x.score}" data-findings="${x.findings.length}" data-errors="${x.errors}" data-id="${esc(x.id ?? '')}" data-scenario="${esc(x.scenario ?? NO_SCENARIO)}" data-stage="${stageIndex}" data-rules="${esc(ruleIds.join(' '))}"${showDelta ? ` data-delta="${d ?? ''}"` : ''}>
<td class="score ${scoreClass(x.score)}">${x.score}${ded}</td>
<td class="who"><div class="title">${esc(scriptName(x))}</div>${x.id !== undefined ? `<code>${esc(x.id)}</code><br>` : ''}<span class="muted">${esc(file)}:${x.line}</span></td>
<td>${esc(x.scenario ? SCENARIO_NAMES[x.scenario] ?? x.scenario : '—')}<br><span class="muted">${esc(x.stage ? STAGE_NAMES[x.stage] ?? x.stage : '')}</span></td>
<td class="num findings">${x.findings.length}</td>
${showDelta ? `<td class="num">${ch ? changeCell(ch, true) : '<span class="delta same">持平</span>'}</td>` : ''}
<td class="reply">${x.customer.length ? `<p class="customer">顾客：${esc(x.customer.join(' / '))}</p>` : ''}${turns || '<span class="muted">（没有回复）</span>'}${x.findings.length ? `<ol class="findings">${x.findings.map(findingLine).join('')}</ol>` : ''}</td>
</tr>`;
  }).join('\n');
  const scenarioOptions = data.scenarios.map((s) => `<option value="${esc(s.id)}">${esc(s.name)}</option>`).join('');
  const ruleOptions = data.rules.map((r) => `<option value="${esc(r.id)}">${esc(r.title)}（${r.count}）</option>`).join('');
  return `<section id="scripts" aria-labelledby="h-scripts">
<h2 id="h-scripts">话术明细</h2>
<p class="muted">得分低的在前；点表头可以排序。回复中标出了每个问题的位置（红：错误，黄：警告，蓝：提示），右上角的数字对应下面的问题编号。</p>
${brief ? `<p class="notice" id="brief-note">共 ${data.scripts.length} 条话术，这里列出最需要处理的 ${order.length} 条；其余 ${brief} 条（得分不低于 ${order.length ? order[order.length - 1].x.score : 100} 分）已计入上面的得分、统计和图表，明细请用 huashu lint 查看。</p>` : ''}
<div class="controls" id="script-controls" hidden>
<input type="search" id="f-text" placeholder="搜索话术、回复或规则…" aria-label="搜索">
<select id="f-scenario" aria-label="场景"><option value="">全部场景</option>${scenarioOptions}</select>
<select id="f-rule" aria-label="规则"><option value="">全部规则</option>${ruleOptions}</select>
<select id="f-sev" aria-label="问题"><option value="">全部话术</option><option value="error">有错误的</option><option value="any">有问题的</option><option value="clean">没有问题的</option></select>
<button type="button" id="f-reset">重置</button>
<span class="count">显示 <span id="shown-count">${order.length}</span> / ${order.length} 条</span>
</div>
<div class="scroll">
<table id="scripts-table">
<thead><tr><th data-key="score"><button type="button" class="sort">得分</button></th><th data-key="id"><button type="button" class="sort">话术</button></th><th data-key="scenario"><button type="button" class="sort">场景 / 阶段</button></th><th data-key="findings" class="num"><button type="button" class="sort">问题</button></th>${showDelta ? '<th data-key="delta" class="num"><button type="button" class="sort">变化</button></th>' : ''}<th>回复（标出问题）</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>
</section>`;
}

function filesSection(data: ReportData): string {
  const changes = new Map((data.compare?.files ?? []).map((r) => [r.key, r]));
  const showDelta = Boolean(data.compare);
  const rows = data.files.map((f) => {
    const ch = changes.get(f.path);
    return `<tr data-file="${esc(f.path)}"><td>${esc(f.path)}${f.fatal ? `<br><span class="sev error">无法检查</span>${esc(f.fatal)}` : ''}${f.findings.length && !f.fatal ? `<ol class="findings">${f.findings.map(findingLine).join('')}</ol>` : ''}</td><td class="num ${f.fatal ? '' : scoreClass(f.score)}">${f.fatal ? '—' : f.score}</td>${showDelta ? `<td class="num">${ch ? changeCell(ch, true) : '<span class="delta same">持平</span>'}</td>` : ''}<td class="num">${f.scripts}</td><td>${countsHtml(f.errors, f.warnings, f.infos)}</td></tr>`;
  }).join('');
  return `<section id="files" aria-labelledby="h-files">
<h2 id="h-files">文件</h2>
<div class="scroll"><table id="files-table"><thead><tr><th>文件</th><th class="num">得分</th>${showDelta ? '<th class="num">变化</th>' : ''}<th class="num">话术</th><th>问题</th></tr></thead><tbody>${rows}</tbody></table></div>
</section>`;
}
