/**
 * `--format sarif`: SARIF 2.1.0 as GitHub code scanning accepts it. Columns are 1-based UTF-16
 * code units (columnKind utf16CodeUnits, as the editor counts); artifact URIs are relative to the
 * repository root under %SRCROOT%; partialFingerprints are stable across edits elsewhere
 * (rule id + script id + hash of the flagged text); fixes carry the engine's edits.
 */
import { pathToFileURL } from 'url';
import { docsUrl, ruleMeta, RuleMeta, LineIndex, Severity } from '../../engine';
import { CliMessage, FileReport, findingKey } from '../report';
import { VERSION, TOOL_NAME, INFORMATION_URI } from '../version';
import type { FormatContext } from './types';
import { ENTRIES, prettyJsonPieces } from './pieces';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

const CATEGORY_NAMES: Record<string, string> = {
  A: '推卸责任', B: '生硬拒绝', C: '语气态度', D: '评价同行', E: '用语规范', F: '承诺与夸大',
  G: '平台规则', H: '信息保密', I: '礼貌用语', J: '服务流程', format: '文件格式',
};

/** Encodes a relative path as a URI reference (each segment percent-encoded). */
export function uriOf(rel: string): string {
  return rel.split('/').map((s) => encodeURIComponent(s)).join('/');
}

function ruleDescriptor(id: string): Record<string, unknown> {
  const meta: RuleMeta | undefined = ruleMeta(id);
  if (!meta) return { id, shortDescription: { text: id }, helpUri: docsUrl(id) };
  const md = [`**${meta.title}**`, '', meta.docs.why];
  if (meta.docs.bad.length) md.push('', '不要这样写：', '', ...meta.docs.bad.map((b) => '```yaml\n' + b + '\n```'));
  if (meta.docs.good.length) md.push('', '可以这样写：', '', ...meta.docs.good.map((g) => '```yaml\n' + g + '\n```'));
  md.push('', `[规则文档](${docsUrl(id)})`);
  return {
    id,
    name: id.replace(/(^|-)([a-z])/g, (_, __, ch: string) => ch.toUpperCase()),
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.message },
    helpUri: docsUrl(id),
    help: { text: meta.docs.why, markdown: md.join('\n') },
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: {
      tags: ['huashu', `category-${meta.category}`, CATEGORY_NAMES[meta.category] ?? meta.category],
      precision: 'high',
      ...(meta.fixable ? { fixable: true } : {}),
    },
  };
}

function region(lines: LineIndex | undefined, text: string, start: number, end: number, withSnippet: boolean): Record<string, unknown> {
  if (!lines) return { startLine: 1, startColumn: 1 };
  const s = lines.positionAt(start);
  const e = lines.positionAt(end);
  const r: Record<string, unknown> = { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
  if (withSnippet && end > start) r.snippet = { text: text.slice(start, end) };
  return r;
}

/** The rule ids of all messages, sorted: the log's rule table, whose indices the results use. */
function ruleIdsOf(reports: readonly FileReport[]): string[] {
  const ids = new Set<string>();
  for (const r of reports) for (const m of r.messages) if (m.ruleId) ids.add(m.ruleId);
  return [...ids].sort();
}

function artifactOf(r: FileReport): Record<string, string> {
  return { uri: uriOf(r.rootPath), uriBaseId: '%SRCROOT%' };
}

/** Files that could not be read or linted (messages without rule id): few, listed before the results. */
function notificationsOf(reports: readonly FileReport[]): unknown[] {
  const out: unknown[] = [];
  for (const r of reports) {
    for (const m of r.messages) if (m.ruleId === null) out.push({ level: 'error', message: { text: m.message }, locations: [{ physicalLocation: { artifactLocation: artifactOf(r) } }] });
  }
  return out;
}

/**
 * How many times each finding key (16 hex digits) has come so far in a file, for the "key:n"
 * fingerprints: the 64 bits of each key in an open-addressing table of Int32Arrays. A Map of the
 * key strings was 10 MB of a 100,000-script run's peak. Exact: two keys share a slot only when
 * all 16 digits are equal.
 */
export class KeyCounter {
  private hi = new Int32Array(1024);
  private lo = new Int32Array(1024);
  /** Occurrences so far; 0 marks an empty slot. */
  private count = new Int32Array(1024);
  private size = 0;

  /** Counts one more occurrence of `key` and returns its number (1 the first time). */
  next(key: string): number {
    const h = hex32(key, 0);
    const l = hex32(key, 8);
    let mask = this.count.length - 1;
    let k = home(h, l, mask);
    while (this.count[k] !== 0) {
      if (this.hi[k] === h && this.lo[k] === l) return ++this.count[k];
      k = (k + 1) & mask;
    }
    if (2 * (this.size + 1) > this.count.length) {
      this.grow();
      mask = this.count.length - 1;
      k = home(h, l, mask);
      while (this.count[k] !== 0) k = (k + 1) & mask;
    }
    this.hi[k] = h;
    this.lo[k] = l;
    this.count[k] = 1;
    this.size++;
    return 1;
  }

  private grow(): void {
    const { hi, lo, count } = this;
    const n = count.length * 2;
    this.hi = new Int32Array(n);
    this.lo = new Int32Array(n);
    this.count = new Int32Array(n);
    const mask = n - 1;
    for (let j = 0; j < count.length; j++) {
      if (count[j] === 0) continue;
      let k = home(hi[j], lo[j], mask);
      while (this.count[k] !== 0) k = (k + 1) & mask;
      this.hi[k] = hi[j];
      this.lo[k] = lo[j];
      this.count[k] = count[j];
    }
  }
}

/** A key's first slot in a table of mask + 1 slots. */
function home(hi: number, lo: number, mask: number): number {
  return (lo ^ Math.imul(hi, 0x9e3779b1)) & mask;
}

/** Eight hex digits of `s` from `at`, as a 32-bit integer. */
function hex32(s: string, at: number): number {
  let v = 0;
  for (let i = at; i < at + 8; i++) {
    const c = s.charCodeAt(i);
    v = (v << 4) | (c <= 57 ? c - 48 : (c | 32) - 87);
  }
  return v;
}

/** Every result of the log, in order, made one at a time. */
function* results(reports: readonly FileReport[], ruleIds: string[]): Generator<unknown> {
  const index = new Map(ruleIds.map((id, k) => [id, k]));
  for (const r of reports) {
    const artifactLocation = artifactOf(r);
    const seen = new KeyCounter();
    for (const m of r.messages) {
      if (m.ruleId === null) continue;
      const key = findingKey(m, r.text);
      const n = seen.next(key);
      yield result(r, m, artifactLocation, index.get(m.ruleId)!, `${key}:${n}`);
    }
  }
}

function logWith(ruleIds: string[], notifications: unknown[], results: unknown, ctx: FormatContext): Record<string, unknown> {
  const rootUri = pathToFileURL(ctx.root).href.replace(/\/?$/, '/');
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: TOOL_NAME, version: VERSION, semanticVersion: VERSION, informationUri: INFORMATION_URI,
          rules: ruleIds.map(ruleDescriptor),
        },
      },
      invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
      originalUriBaseIds: { '%SRCROOT%': { uri: rootUri } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
}

export function sarifLog(reports: readonly FileReport[], ctx: FormatContext): Record<string, unknown> {
  const ruleIds = ruleIdsOf(reports);
  return logWith(ruleIds, notificationsOf(reports), [...results(reports, ruleIds)], ctx);
}

/**
 * The same text as JSON.stringify(sarifLog(…), null, 2) + '\n', in pieces (pieces.ts): at
 * 100,000 scripts the log is 105 MB, and building it whole took 834 MB.
 */
export function sarifChunks(reports: readonly FileReport[], ctx: FormatContext, chunk?: number): Iterable<string> {
  const ruleIds = ruleIdsOf(reports);
  return prettyJsonPieces(logWith(ruleIds, notificationsOf(reports), ENTRIES, ctx), results(reports, ruleIds), chunk);
}

function result(r: FileReport, m: CliMessage, artifactLocation: Record<string, string>, ruleIndex: number, fingerprint: string): unknown {
  const res: Record<string, unknown> = {
    ruleId: m.ruleId,
    ruleIndex,
    level: LEVEL[m.severity],
    message: { text: m.message },
    locations: [{
      physicalLocation: { artifactLocation, region: region(r.lines, r.text, m.start, m.end, true) },
      ...(m.scriptId !== undefined ? { logicalLocations: [{ name: m.scriptId, kind: 'member' }] } : {}),
    }],
    partialFingerprints: { 'huashuFinding/v1': fingerprint },
  };
  const fixes = [
    ...(m.fix ? [{ title: '自动修复', fix: m.fix }] : []),
    ...(m.suggestions ?? []),
  ];
  if (fixes.length) {
    res.fixes = fixes.map((f) => ({
      description: { text: f.title },
      artifactChanges: [{
        artifactLocation,
        replacements: [{ deletedRegion: region(r.lines, r.text, f.fix.range[0], f.fix.range[1], false), insertedContent: { text: f.fix.text } }],
      }],
    }));
  }
  return res;
}

export function sarif(reports: readonly FileReport[], ctx: FormatContext): string {
  return [...sarifChunks(reports, ctx)].join('');
}
