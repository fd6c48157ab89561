/**
 * `--format junit`: JUnit XML for CI test reports: one <testsuite> per file, one <testcase> per
 * script (failed when it has an error or a warning), plus a "(文件)" case for findings outside
 * any script and for files that cannot be read.
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

interface Case { name: string; messages: CliMessage[] }

/**
 * Where a file's messages go: one case per script (the first script with the message's index),
 * "(文件)" for the rest (and for a file without scripts); counted once, before anything is written.
 */
interface Plan {
  /** Per message, the position of its script's case, or -1 for "(文件)". */
  target: Int32Array;
  fileCase: boolean;
  tests: number;
  failures: number;
}

function planOf(r: FileReport): Plan {
  const n = r.scripts.length;
  // each message's script by a map (a search of the scripts per message was quadratic: 17 s at
  // 100,000 scripts)
  const caseOf = new Map<number, number>();
  r.scripts.forEach((s, k) => { if (!caseOf.has(s.index)) caseOf.set(s.index, k); });
  const target = new Int32Array(r.messages.length);
  // per case (the file's last), whether an error or a warning fails it
  const failed = new Uint8Array(n + 1);
  let inFile = false;
  r.messages.forEach((m, i) => {
    const k = m.scriptIndex !== undefined ? caseOf.get(m.scriptIndex) ?? -1 : -1;
    target[i] = k;
    if (k < 0) inFile = true;
    if (m.severity !== 'info') failed[k < 0 ? n : k] = 1;
  });
  let failures = 0;
  for (const f of failed) failures += f;
  const fileCase = inFile || n === 0;
  return { target, fileCase, tests: n + (fileCase ? 1 : 0), failures };
}

function casesOf(r: FileReport, plan: Plan): Case[] {
  const cases: Case[] = r.scripts.map((s) => ({ name: s.id ?? `第 ${s.index + 1} 条话术`, messages: [] }));
  const fileCase: Case = { name: '(文件)', messages: [] };
  r.messages.forEach((m, i) => { const k = plan.target[i]; (k < 0 ? fileCase : cases[k]).messages.push(m); });
  if (plan.fileCase) cases.unshift(fileCase);
  return cases;
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
    const plan = plans[j];
    const cases = casesOf(r, plan);
    buf += `  <testsuite name="${xmlEscape(r.filePath)}" tests="${cases.length}" failures="${plan.failures}" errors="0" skipped="0" time="0">\n`;
    for (const c of cases) {
      const attrs = `classname="${xmlEscape(r.filePath)}" name="${xmlEscape(c.name)}" time="0"`;
      if (!c.messages.length) {
        buf += `    <testcase ${attrs}/>\n`;
      } else {
        const detail = c.messages.map((m) => `${m.line}:${m.column} ${LABEL[m.severity]} ${m.message}${m.ruleId ? ` (${m.ruleId})` : ''}`).join('\n');
        const bad = c.messages.filter((m) => m.severity !== 'info');
        if (bad.length) {
          const first = bad[0];
          const type = first.ruleId ?? 'fatal';
          buf += `    <testcase ${attrs}>\n      <failure message="${xmlEscape(`${bad.length} 个问题：${first.message}`)}" type="${xmlEscape(type)}">${textEscape(detail)}</failure>\n    </testcase>\n`;
        } else {
          buf += `    <testcase ${attrs}>\n      <system-out>${textEscape(detail)}</system-out>\n    </testcase>\n`;
        }
      }
      if (buf.length >= chunk) { yield buf; buf = ''; }
    }
    buf += '  </testsuite>\n';
  }
  yield `${buf}</testsuites>\n`;
}

export function junit(reports: readonly FileReport[], ctx: FormatContext): string {
  return [...junitChunks(reports, ctx)].join('');
}
