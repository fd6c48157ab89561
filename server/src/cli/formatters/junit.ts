/**
 * `--format junit`: JUnit XML for CI test reports: one <testsuite> per file, one <testcase> per
 * script (failed when it has an error or a warning; the report's `cases`), plus a "(文件)" case for
 * findings outside any script and for files that cannot be read.
 */
import type { CliMessage, FileReport } from '../report';
import { CHUNK } from './pieces';
import type { FormatContext } from './types';

const LABEL = { error: '错误', warning: '警告', info: '提示' } as const;

export function xmlEscape(s: string): string {
  return s
    // characters XML 1.0 cannot carry at all
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** Text content: newlines stay newlines. */
function textEscape(s: string): string {
  return xmlEscape(s).replace(/&#10;/g, '\n').replace(/&#9;/g, '\t');
}

/** The cases of a report without scripts. */
const NONE = new Int32Array(0);

/**
 * Where a file's messages go: one case per script (the first script with the message's index),
 * "(文件)" for the rest (and for a file without scripts); placed and counted once, before
 * anything is written. The messages of each case are a run of `order` (their positions in the
 * file's messages, in order), so no case object or list is made per script: at 100,000 scripts
 * those were 10 MB of the run's peak.
 */
interface Plan {
  /** Case c (0 … n-1: the scripts; n: "(文件)") has the messages order[at[c]] … order[at[c + 1] - 1]. */
  at: Int32Array;
  order: Int32Array;
  fileCase: boolean;
  tests: number;
  failures: number;
}

function planOf(r: FileReport): Plan {
  const index = r.cases?.index ?? NONE;
  const n = index.length;
  // each message's script by its index (a search of the scripts per message was quadratic: 17 s at
  // 100,000 scripts); the first script with an index takes its messages
  let top = -1;
  for (let k = 0; k < n; k++) if (index[k] > top) top = index[k];
  const caseOf = new Int32Array(top + 1).fill(-1);
  for (let k = 0; k < n; k++) if (index[k] >= 0 && caseOf[index[k]] < 0) caseOf[index[k]] = k;
  const slot = (m: CliMessage): number => {
    const k = m.scriptIndex !== undefined && m.scriptIndex >= 0 && m.scriptIndex <= top ? caseOf[m.scriptIndex] : -1;
    return k < 0 ? n : k;
  };
  const at = new Int32Array(n + 2);
  // per case (the file's last), whether an error or a warning fails it
  const failed = new Uint8Array(n + 1);
  for (const m of r.messages) {
    const c = slot(m);
    at[c + 1]++;
    if (m.severity !== 'info') failed[c] = 1;
  }
  for (let c = 0; c <= n; c++) at[c + 1] += at[c];
  const order = new Int32Array(r.messages.length);
  const next = at.slice(0, n + 1);
  r.messages.forEach((m, i) => { order[next[slot(m)]++] = i; });
  let failures = 0;
  for (const f of failed) failures += f;
  const fileCase = at[n + 1] > at[n] || n === 0;
  return { at, order, fileCase, tests: n + (fileCase ? 1 : 0), failures };
}

/** One <testcase>. */
function caseXml(classname: string, name: string, messages: readonly CliMessage[]): string {
  const attrs = `classname="${classname}" name="${xmlEscape(name)}" time="0"`;
  if (!messages.length) return `    <testcase ${attrs}/>\n`;
  const detail = messages.map((m) => `${m.line}:${m.column} ${LABEL[m.severity]} ${m.message}${m.ruleId ? ` (${m.ruleId})` : ''}`).join('\n');
  const bad = messages.filter((m) => m.severity !== 'info');
  if (bad.length) {
    const first = bad[0];
    const type = first.ruleId ?? 'fatal';
    return `    <testcase ${attrs}>\n      <failure message="${xmlEscape(`${bad.length} 个问题：${first.message}`)}" type="${xmlEscape(type)}">${textEscape(detail)}</failure>\n    </testcase>\n`;
  }
  return `    <testcase ${attrs}>\n      <system-out>${textEscape(detail)}</system-out>\n    </testcase>\n`;
}

/**
 * The XML in pieces of about `chunk` units. The totals come first in the document, so a first pass
 * places and counts the messages of every file; the second writes each file's cases as it goes.
 */
export function* junitChunks(reports: readonly FileReport[], _ctx?: FormatContext, chunk = CHUNK): Generator<string> {
  const plans = reports.map(planOf);
  const tests = plans.reduce((t, p) => t + p.tests, 0);
  const failures = plans.reduce((t, p) => t + p.failures, 0);
  let buf = `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="huashu" tests="${tests}" failures="${failures}" errors="0" time="0">\n`;
  for (let j = 0; j < reports.length; j++) {
    const r = reports[j];
    const { at, order, fileCase, tests: count, failures: failed } = plans[j];
    const index = r.cases?.index ?? NONE;
    const ids = r.cases?.ids ?? [];
    const n = index.length;
    const classname = xmlEscape(r.filePath);
    const messagesOf = (c: number): CliMessage[] => {
      const out: CliMessage[] = [];
      for (let x = at[c]; x < at[c + 1]; x++) out.push(r.messages[order[x]]);
      return out;
    };
    buf += `  <testsuite name="${classname}" tests="${count}" failures="${failed}" errors="0" skipped="0" time="0">\n`;
    // "(文件)" first, then the scripts in order
    if (fileCase) {
      buf += caseXml(classname, '(文件)', messagesOf(n));
      if (buf.length >= chunk) { yield buf; buf = ''; }
    }
    for (let k = 0; k < n; k++) {
      buf += caseXml(classname, ids[k] ?? `第 ${index[k] + 1} 条话术`, at[k + 1] > at[k] ? messagesOf(k) : []);
      if (buf.length >= chunk) { yield buf; buf = ''; }
    }
    buf += '  </testsuite>\n';
  }
  yield `${buf}</testsuites>\n`;
}

export function junit(reports: readonly FileReport[], ctx: FormatContext): string {
  return [...junitChunks(reports, ctx)].join('');
}
