/**
 * Accuracy evaluation on real replies (issue: "measure and raise Huashu's accuracy on real text").
 *
 * Reads the research corpus at run time (../shared/research/corpus, or $HUASHU_CORPUS); its text
 * never enters the repository. Each reply is linted as a one-script, text-only library (no
 * scenario, no customer line), as scripts/corpus-scan.ts does.
 *
 *   npx tsc -p tsconfig.test.json && node out/scripts/eval-accuracy.js
 *       per-rule TP/FP/FN, precision and recall on the hand-labelled set (eval/labels.tsv), overall
 *       precision of error- and warning-level findings, recall of error-level rules, findings per
 *       1,000 replies over the whole corpus; writes eval/results.json.
 *   node out/scripts/eval-accuracy.js --show [stratum|rule-id|file:line ...] [--findings]
 *       prints labelled or sampled replies with their text for (re)labelling; --findings adds the
 *       linter's findings (leave it off to label blind).
 *   node out/scripts/eval-accuracy.js --engine DIR [--show …]
 *       the same measures (or listing) with another build's engine (DIR: a worktree of an earlier
 *       commit, compiled with `npx tsc -p tsconfig.test.json`); eval/results.json is not written.
 *   node out/scripts/eval-accuracy.js --diff DIR RULE [N]
 *       the corpus replies RULE scores with this build and not with DIR's, and the other way round.
 *   node out/scripts/eval-accuracy.js --draw STRATUM
 *       draws a new sample stratum (see `draw` below) and appends it to eval/sample.tsv:
 *       R random (R2, R3 …: 40 more per file, never sampled before), P keyword probes, F findings per rule (up to 15 labelled per rule), H held-out
 *       findings of the tuned linter (10 per rule among replies never sampled before).
 *
 * Scoring. A reply "has" a rule when the rule reports at least one finding at warning or error
 * severity in it (info findings are hints and are not scored). A label lists the warning/error
 * rules the reply truly violates. Per rule: TP = has ∧ labelled, FP = has ∧ ¬labelled,
 * FN = labelled ∧ ¬has. Precision is computed over every labelled reply; recall is reported over
 * the strata that were not selected by the linter (random sample + keyword probes), because
 * replies drawn from a rule's own findings would flatter its recall.
 */
import * as fs from 'fs';
import * as path from 'path';
import { lintText, DEFAULT_SEVERITIES } from '../server/src/engine';
import type { Severity } from '../server/src/engine';
import { seededRandom } from './seeded-random';

const ROOT = path.resolve(__dirname, '../..');
const CORPUS = process.env.HUASHU_CORPUS ?? path.resolve(ROOT, '../shared/research/corpus');
const EVAL = path.join(ROOT, 'eval');
const FILES = [
  'jddc2019_chat_agent.txt', 'jddc2019_dev_agent.txt', 'jddc2018_baseline_agent.txt',
  'ecd_taobao_agent.txt', 'stc3_weibo_helpdesk_agent.txt',
];
const SCORED: Severity[] = ['error', 'warning'];

interface Reply { file: string; line: number; text: string }
interface Hit { ruleId: string; severity: Severity; span: string }
type Key = string; // "file:line"
const key = (file: string, line: number): Key => `${file}:${line}`;

function loadCorpus(): Reply[] {
  const out: Reply[] = [];
  for (const file of FILES) {
    const p = path.join(CORPUS, file);
    if (!fs.existsSync(p)) throw new Error(`corpus file missing: ${p} (set HUASHU_CORPUS)`);
    fs.readFileSync(p, 'utf8').split('\n').forEach((text, i) => { if (text) out.push({ file, line: i + 1, text }); });
  }
  return out;
}

/** Another build's lintText: DIR is a checkout compiled with `npx tsc -p tsconfig.test.json`. */
function lintTextOf(dir: string): typeof lintText {
  return (require(path.join(dir, 'out/server/src/engine')) as { lintText: typeof lintText }).lintText;
}

/** The engine's lintText: this build's, or another build's with `--engine DIR` (its compiled `out/`). */
let lint: typeof lintText = lintText;

/** Lints one reply as a one-script library; returns the strongest finding per rule. */
function lintReply(text: string, lintWith: typeof lintText = lint): Map<string, Hit> {
  const lib = `huashu: 1\nscripts:\n  - id: x\n    reply: ${JSON.stringify(text)}\n`;
  const r = lintWith(lib);
  const rank: Record<string, number> = { error: 3, warning: 2, info: 1, hint: 0 };
  const by = new Map<string, Hit>();
  for (const f of r.findings) {
    const prev = by.get(f.ruleId);
    if (!prev || rank[f.severity] > rank[prev.severity]) by.set(f.ruleId, { ruleId: f.ruleId, severity: f.severity, span: r.text.slice(f.start, f.end) });
  }
  return by;
}

// ---- labels and sample ---------------------------------------------------------------------
interface Label { file: string; line: number; rules: Set<string>; note: string }
function readLabels(): Map<Key, Label> {
  const m = new Map<Key, Label>();
  const p = path.join(EVAL, 'labels.tsv');
  if (!fs.existsSync(p)) return m;
  for (const raw of fs.readFileSync(p, 'utf8').split('\n')) {
    if (!raw.trim() || raw.startsWith('#') || raw.startsWith('file\t')) continue;
    const [file, line, ids, note = ''] = raw.split('\t');
    const rules = new Set(ids === '-' || !ids ? [] : ids.split(',').map((s) => s.trim()).filter(Boolean));
    for (const id of rules) if (!(id in DEFAULT_SEVERITIES)) throw new Error(`labels.tsv: unknown rule id ${id} (${file}:${line})`);
    const k = key(file, Number(line));
    if (m.has(k)) throw new Error(`labels.tsv: duplicate ${k}`);
    m.set(k, { file, line: Number(line), rules, note });
  }
  return m;
}
interface SampleRow { file: string; line: number; stratum: string }
function readSample(): SampleRow[] {
  const p = path.join(EVAL, 'sample.tsv');
  if (!fs.existsSync(p)) return [];
  return fs.readFileSync(p, 'utf8').split('\n').filter((l) => l && !l.startsWith('#') && !l.startsWith('file\t'))
    .map((l) => { const [file, line, stratum] = l.split('\t'); return { file, line: Number(line), stratum }; });
}

function pick<T>(items: T[], n: number, rand: () => number): T[] {
  const a = items.slice();
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
  return a.slice(0, n);
}

/**
 * Keyword probes: lines selected by broad wording that error-level rules are about, independent of
 * the linter's own triggers, so the rules' recall can be measured on more than the rare cases a
 * random sample holds.
 */
const PROBES: RegExp[] = [
  /(快递|物流|配送员|快递员).{0,12}(问题|原因|责任|弄|压|摔|丢|延误|耽误|不归|管不了|控制)/,
  /(不是我们|与我们无关|和我们没有关系|跟我们没(有)?关系|不负责|概不负责|无关)/,
  /(联系|找|问|咨询).{0,4}(快递|配送员|快递员|物流)/,
  /(仓库|财务|售后|厂家|商家|系统).{0,8}(问题|原因|没有|还没|弄错|发错|耽误)/,
  /(您|你)(自己|没有|没).{0,8}(填|拍|看|选|操作|注意|确认)/,
  /(为什么|凭什么|难道|到底)/,
  /发票.{0,12}(不|没|无法|只能|另|加|税点|邮费)/,
  /(信用卡|货到付款|到付)/,
  /(七天|7天|无理由).{0,16}(不|无法|不能|不支持)/,
  /运费.{0,8}(您|你|买家|自理|承担)/,
  /(关闭|取消).{0,4}订单/,
  /(不行|不可以|没办法|没法|办不了|做不到)/,
  /(微信|支付宝|转账|银行卡|QQ)/,
  /(最|第一|绝对|百分百|100%|保证|肯定|一定)/,
];

// ---- main ---------------------------------------------------------------------------------
function main(): void {
  let args = process.argv.slice(2);
  // --engine DIR: measure another build (a worktree of an earlier commit, compiled with
  // `npx tsc -p tsconfig.test.json`) on these labels; nothing is written
  const engineAt = args.indexOf('--engine');
  const other = engineAt >= 0 ? path.resolve(args[engineAt + 1]) : undefined;
  if (other) {
    lint = lintTextOf(other);
    args = [...args.slice(0, engineAt), ...args.slice(engineAt + 2)];
  }
  const corpus = loadCorpus();
  const byKey = new Map(corpus.map((r) => [key(r.file, r.line), r]));

  if (args[0] === '--draw') { draw(args[1], corpus, byKey); return; }
  if (args[0] === '--diff') { diff(args[1], args[2], Number(args[3] ?? 30), corpus); return; }

  const t0 = Date.now();
  const hits = new Map<Key, Map<string, Hit>>();
  for (const r of corpus) hits.set(key(r.file, r.line), lintReply(r.text));
  const lintMs = Date.now() - t0;

  if (args[0] === '--show') { show(args.slice(1), corpus, byKey, hits); return; }

  const labels = readLabels();
  const sample = readSample();
  const stratumOf = new Map<Key, string>();
  for (const s of sample) if (!stratumOf.has(key(s.file, s.line))) stratumOf.set(key(s.file, s.line), s.stratum);
  for (const k of labels.keys()) if (!byKey.has(k)) throw new Error(`labels.tsv: ${k} is not a corpus line`);
  const unlabelled = sample.filter((s) => !labels.has(key(s.file, s.line)));

  // Per-rule confusion counts.
  interface Row { tp: number; fp: number; fn: number; fnBlind: number; tpBlind: number; fpKeys: string[]; fnKeys: string[] }
  const rows = new Map<string, Row>();
  const row = (id: string): Row => { let r = rows.get(id); if (!r) rows.set(id, r = { tp: 0, fp: 0, fn: 0, fnBlind: 0, tpBlind: 0, fpKeys: [], fnKeys: [] }); return r; };
  const sevFind = { error: { tp: 0, fp: 0 }, warning: { tp: 0, fp: 0 } };
  const byStratum: Record<string, { tp: number; fp: number; fn: number }> = {};
  for (const [k, lab] of labels) {
    const h = hits.get(k)!;
    const blind = (stratumOf.get(k) ?? 'R').startsWith('R') || (stratumOf.get(k) ?? '').startsWith('P');
    for (const [id, hit] of h) {
      if (!SCORED.includes(hit.severity)) continue;
      const ok = lab.rules.has(id);
      const r = row(id);
      if (ok) { r.tp++; if (blind) r.tpBlind++; } else { r.fp++; r.fpKeys.push(k); }
      const s = sevFind[hit.severity as 'error' | 'warning'];
      if (ok) s.tp++; else s.fp++;
      const st = (stratumOf.get(k) ?? 'R').replace(/:.*/, '');
      byStratum[st] ??= { tp: 0, fp: 0, fn: 0 };
      if (ok) byStratum[st].tp++; else byStratum[st].fp++;
    }
    for (const id of lab.rules) {
      const hit = h.get(id);
      if (hit && SCORED.includes(hit.severity)) continue;
      const r = row(id);
      r.fn++; r.fnKeys.push(k);
      if (blind) r.fnBlind++;
      const st = (stratumOf.get(k) ?? 'R').replace(/:.*/, '');
      byStratum[st] ??= { tp: 0, fp: 0, fn: 0 };
      byStratum[st].fn++;
    }
  }
  // Recall over error-level and warning-level rules (by default severity), blind strata only.
  const recall = { error: { tp: 0, fn: 0 }, warning: { tp: 0, fn: 0 } };
  for (const [id, r] of rows) {
    const sev = DEFAULT_SEVERITIES[id];
    if (sev !== 'error' && sev !== 'warning') continue;
    recall[sev].tp += r.tpBlind; recall[sev].fn += r.fnBlind;
  }

  // Findings per 1,000 replies over the whole corpus (replies with ≥1 finding of the rule).
  const per: Record<string, { error: number; warning: number; info: number; hint: number }> = {};
  const perFile: Record<string, Record<string, number>> = {};
  const fileTotals: Record<string, number> = {};
  for (const r of corpus) {
    fileTotals[r.file] = (fileTotals[r.file] ?? 0) + 1;
    for (const [id, hit] of hits.get(key(r.file, r.line))!) {
      per[id] ??= { error: 0, warning: 0, info: 0, hint: 0 };
      per[id][hit.severity]++;
      if (SCORED.includes(hit.severity)) { perFile[id] ??= {}; perFile[id][r.file] = (perFile[id][r.file] ?? 0) + 1; }
    }
  }
  const n = corpus.length;
  const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
  const ratio = (a: number, b: number): number | null => (b ? a / b : null);

  const strataCount: Record<string, number> = {};
  for (const k of labels.keys()) { const s = (stratumOf.get(k) ?? 'R').replace(/:.*/, ''); strataCount[s] = (strataCount[s] ?? 0) + 1; }
  console.log(`Corpus: ${n} replies in ${FILES.length} files, linted in ${(lintMs / 1000).toFixed(1)} s.`);
  console.log(`Labelled: ${labels.size} replies (${Object.entries(strataCount).map(([s, c]) => `${s} ${c}`).join(', ')}); ${unlabelled.length} sampled but unlabelled.`);
  console.log('\nPer rule (scored = warning/error findings; recall over blind strata R+P):');
  console.log(pad('rule', 36) + pad('sev', 8) + pad('TP', 5) + pad('FP', 5) + pad('FN', 5) + pad('prec', 8) + pad('recall', 8) + 'unlabelled scored findings');
  const ids = [...new Set([...rows.keys()])].sort((a, b) => sevRank(DEFAULT_SEVERITIES[b]) - sevRank(DEFAULT_SEVERITIES[a]) || a.localeCompare(b));
  const results: Record<string, unknown> = {};
  for (const id of ids) {
    const r = rows.get(id)!;
    const scoredAll = (per[id]?.error ?? 0) + (per[id]?.warning ?? 0);
    const labelledScored = r.tp + r.fp;
    console.log(pad(id, 36) + pad(DEFAULT_SEVERITIES[id], 8) + pad(String(r.tp), 5) + pad(String(r.fp), 5) + pad(String(r.fn), 5)
      + pad(pct(r.tp, r.tp + r.fp), 8) + pad(pct(r.tpBlind, r.tpBlind + r.fnBlind), 8) + String(scoredAll - labelledScored));
    results[id] = {
      severity: DEFAULT_SEVERITIES[id], tp: r.tp, fp: r.fp, fn: r.fn, precision: ratio(r.tp, r.tp + r.fp),
      recallBlind: ratio(r.tpBlind, r.tpBlind + r.fnBlind), tpBlind: r.tpBlind, fnBlind: r.fnBlind,
      falsePositives: r.fpKeys, falseNegatives: r.fnKeys,
    };
  }
  const overall = {
    errorFindings: { ...sevFind.error, precision: ratio(sevFind.error.tp, sevFind.error.tp + sevFind.error.fp), target: 0.95 },
    warningFindings: { ...sevFind.warning, precision: ratio(sevFind.warning.tp, sevFind.warning.tp + sevFind.warning.fp), target: 0.9 },
    errorRulesRecall: { ...recall.error, recall: ratio(recall.error.tp, recall.error.tp + recall.error.fn), target: 0.9 },
    warningRulesRecall: { ...recall.warning, recall: ratio(recall.warning.tp, recall.warning.tp + recall.warning.fn) },
  };
  console.log('\nOverall:');
  console.log(`  error-level findings:   precision ${pct(sevFind.error.tp, sevFind.error.tp + sevFind.error.fp)} (${sevFind.error.tp}/${sevFind.error.tp + sevFind.error.fp}), target 95%`);
  console.log(`  warning-level findings: precision ${pct(sevFind.warning.tp, sevFind.warning.tp + sevFind.warning.fp)} (${sevFind.warning.tp}/${sevFind.warning.tp + sevFind.warning.fp}), target 90%`);
  console.log(`  error-level rules:      recall ${pct(recall.error.tp, recall.error.tp + recall.error.fn)} (${recall.error.tp}/${recall.error.tp + recall.error.fn}), target 90%`);
  console.log(`  scored findings by sample stratum (H* were drawn after tuning rounds, before the next round): ${Object.entries(byStratum).map(([st, c]) => `${st} ${pct(c.tp, c.tp + c.fp)} (${c.tp}/${c.tp + c.fp})`).join(', ')}`);
  console.log(`  warning-level rules:    recall ${pct(recall.warning.tp, recall.warning.tp + recall.warning.fn)} (${recall.warning.tp}/${recall.warning.tp + recall.warning.fn}), no target`);
  // a random draw labelled blind before a tuning round is that round's held-out test
  console.log(`  recall of scored findings by random draw (R2… were labelled blind after the round before them): ${Object.entries(byStratum).filter(([st]) => /^R\d*$/.test(st)).map(([st, c]) => `${st} ${pct(c.tp, c.tp + c.fn)} (${c.tp}/${c.tp + c.fn})`).join(', ')}`);
  if (other) { console.log(`\n(measured with the engine of ${other}; eval/results.json not written)`); return; }

  console.log(`\nFindings per 1,000 replies (whole corpus, ${n} replies; a reply counts once per rule, at its strongest severity):`);
  console.log(pad('rule', 36) + pad('default', 9) + pad('all', 8) + pad('error', 8) + pad('warning', 9) + 'info');
  const perRows = Object.entries(per).sort((a, b) => tot(b[1]) - tot(a[1]));
  const per1000: Record<string, unknown> = {};
  const k1 = (c: number): string => ((1000 * c) / n).toFixed(2);
  for (const [id, c] of perRows) {
    console.log(pad(id, 36) + pad(DEFAULT_SEVERITIES[id] ?? '?', 9) + pad(k1(tot(c)), 8) + pad(k1(c.error), 8) + pad(k1(c.warning), 9) + k1(c.info));
    per1000[id] = { default: DEFAULT_SEVERITIES[id], all: +k1(tot(c)), error: +k1(c.error), warning: +k1(c.warning), info: +k1(c.info), scoredByFile: perFile[id] ?? {} };
  }
  fs.writeFileSync(path.join(EVAL, 'results.json'), JSON.stringify({
    corpusReplies: n, fileReplies: fileTotals, labelled: labels.size, strata: strataCount, unlabelledSampled: unlabelled.length,
    overall, precisionByStratum: byStratum, rules: results, per1000,
  }, null, 2) + '\n');
  console.log('\nWrote eval/results.json');
}

const tot = (c: { error: number; warning: number; info: number; hint: number }): number => c.error + c.warning + c.info + c.hint;
const sevRank = (s: string | undefined): number => (s === 'error' ? 3 : s === 'warning' ? 2 : s === 'info' ? 1 : 0);
function pad(s: string, w: number): string { let width = 0; for (const ch of s) width += ch.charCodeAt(0) > 0x2e80 ? 2 : 1; return s + ' '.repeat(Math.max(1, w - width)); }

/**
 * Draws a sample stratum and appends it to eval/sample.tsv (file, line, stratum), skipping replies
 * already in the sample. R: seeded random replies per file. P: keyword probes. F: up to 15 scored
 * findings of every rule (seeded), drawn from the linter's current output.
 */
function draw(stratum: string, corpus: Reply[], byKey: Map<Key, Reply>): void {
  const sample = readSample();
  const taken = new Set(sample.map((s) => key(s.file, s.line)));
  const rows: SampleRow[] = [];
  const add = (r: Reply, s: string): void => { const k = key(r.file, r.line); if (!taken.has(k)) { taken.add(k); rows.push({ file: r.file, line: r.line, stratum: s }); } };
  if (stratum === 'R') {
    const quota: Record<string, number> = { 'jddc2019_chat_agent.txt': 100, 'jddc2019_dev_agent.txt': 80, 'jddc2018_baseline_agent.txt': 100, 'ecd_taobao_agent.txt': 60, 'stc3_weibo_helpdesk_agent.txt': 80 };
    const rand = seededRandom(20250601);
    for (const f of FILES) for (const r of pick(corpus.filter((c) => c.file === f), quota[f], rand)) add(r, 'R');
  } else if (/^R\d+$/.test(stratum)) {
    // a later random draw (R2, R3 …): 40 per file among replies never sampled, its own seed, so
    // that a tuning round can be measured on replies it did not see
    const rand = seededRandom(20250601 + Number(stratum.slice(1)) * 7919);
    for (const f of FILES) for (const r of pick(corpus.filter((c) => c.file === f && !taken.has(key(c.file, c.line))), 40, rand)) add(r, stratum);
  } else if (stratum.startsWith('P')) {
    const rand = seededRandom(20250602 + stratum.length);
    PROBES.forEach((re, i) => { for (const r of pick(corpus.filter((c) => re.test(c.text) && !taken.has(key(c.file, c.line))), stratum === 'P' ? 8 : 5, rand)) add(r, `${stratum}:${i}`); });
  } else if (stratum.startsWith('F')) {
    const rand = seededRandom(20250603 + stratum.length);
    const labels = readLabels();
    const byRule = new Map<string, Reply[]>();
    for (const r of corpus) for (const [id, hit] of lintReply(r.text)) {
      if (!SCORED.includes(hit.severity)) continue;
      const list = byRule.get(id) ?? []; list.push(r); byRule.set(id, list);
    }
    for (const [id, list] of byRule) {
      const already = list.filter((r) => labels.has(key(r.file, r.line)) || taken.has(key(r.file, r.line))).length;
      for (const r of pick(list.filter((x) => !taken.has(key(x.file, x.line))), Math.max(0, 15 - already), rand)) add(r, `${stratum}:${id}`);
    }
  } else if (stratum.startsWith('H')) {
    // held-out check after tuning: up to 10 scored findings per rule among replies not yet sampled
    const rand = seededRandom(20250604 + stratum.length);
    const byRule = new Map<string, Reply[]>();
    for (const r of corpus) {
      if (taken.has(key(r.file, r.line))) continue;
      for (const [id, hit] of lintReply(r.text)) {
        if (!SCORED.includes(hit.severity)) continue;
        const list = byRule.get(id) ?? []; list.push(r); byRule.set(id, list);
      }
    }
    for (const [id, list] of byRule) for (const r of pick(list, 10, rand)) add(r, `${stratum}:${id}`);
  } else throw new Error('--draw R | R2… | P… | F… | H…');
  const p = path.join(EVAL, 'sample.tsv');
  if (rows.length === 0) {
    // (since R122 every corpus reply is sampled: a random draw has nothing left to hold out)
    console.error(`drew nothing into stratum ${stratum}: every reply this draw may take is already sampled (eval/sample.tsv)`);
    process.exitCode = 1;
    return;
  }
  const head = fs.existsSync(p) ? '' : 'file\tline\tstratum\n';
  fs.appendFileSync(p, head + rows.map((r) => `${r.file}\t${r.line}\t${r.stratum}`).join('\n') + (rows.length ? '\n' : ''));
  console.log(`drew ${rows.length} replies into stratum ${stratum}`);
  void byKey;
}

/** Prints replies for labelling: by stratum prefix, rule id (its labelled/sampled replies) or file:line. */
function show(sel: string[], corpus: Reply[], byKey: Map<Key, Reply>, hits: Map<Key, Map<string, Hit>>): void {
  const withFindings = sel.includes('--findings');
  const onlyUnlabelled = sel.includes('--unlabelled');
  const terms = sel.filter((s) => !s.startsWith('--'));
  const sample = readSample();
  const labels = readLabels();
  const keys: Key[] = [];
  for (const t of terms) {
    if (/:\d+$/.test(t)) keys.push(t);
    else for (const s of sample) if (s.stratum === t || s.stratum.startsWith(`${t}:`) || s.stratum.endsWith(`:${t}`)) keys.push(key(s.file, s.line));
  }
  const short: Record<string, string> = { 'jddc2019_chat_agent.txt': 'chat19', 'jddc2019_dev_agent.txt': 'dev19', 'jddc2018_baseline_agent.txt': 'base18', 'ecd_taobao_agent.txt': 'ecd', 'stc3_weibo_helpdesk_agent.txt': 'stc3' };
  for (const k of [...new Set(keys)]) {
    const r = byKey.get(k);
    if (!r) continue;
    const lab = labels.get(k);
    if (onlyUnlabelled && lab) continue;
    let line = `${short[r.file]}\t${r.line}\t${r.text}`;
    if (withFindings) {
      const h = [...hits.get(k)!.values()].map((x) => `${x.ruleId}[${x.severity[0]}]«${x.span}»`).join(' ');
      line += `\n\t\tFINDINGS: ${h || '-'}${lab ? `\n\t\tLABEL: ${[...lab.rules].join(',') || '-'} ${lab.note}` : ''}`;
    }
    console.log(line);
  }
  void corpus;
}

/**
 * `--diff DIR RULE [N]`: the corpus replies RULE scores (warning or error) with this build and not
 * with DIR's, and the other way round: counts, and N of each at random (seeded) with their text, to
 * read before a rule change is kept (text printed for the one reading it, never stored).
 */
function diff(dir: string, rule: string, n: number, corpus: Reply[]): void {
  if (!dir || !rule) throw new Error('--diff DIR RULE [N]');
  const otherLint = lintTextOf(path.resolve(dir));
  const scored = (h: Map<string, Hit>): boolean => SCORED.includes(h.get(rule)?.severity as Severity);
  const added: Reply[] = [];
  const removed: Reply[] = [];
  for (const r of corpus) {
    const now = scored(lintReply(r.text));
    const before = scored(lintReply(r.text, otherLint));
    if (now && !before) added.push(r); else if (before && !now) removed.push(r);
  }
  const rand = seededRandom(20251202);
  console.log(`${rule}: ${added.length} replies scored now and not by ${dir}, ${removed.length} the other way round`);
  for (const r of pick(added, n, rand)) console.log(`+ ${r.file}:${r.line}\t${r.text}`);
  for (const r of pick(removed, n, rand)) console.log(`- ${r.file}:${r.line}\t${r.text}`);
}

main();
