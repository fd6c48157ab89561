/**
 * Helpers of the report tests: the samples' `huashu lint --format json` output (the reference
 * every number of the report is checked against) and the report data of the same run.
 */
import * as fs from 'fs';
import * as path from 'path';
import { makeLib, REPO, runCli } from '../cli/helpers';
import { extractEmbedded, ReportData } from '../../server/src/cli/report/index';

export const SAMPLES = path.join(REPO, 'samples');
export const OUTPUT = path.join(REPO, 'test-output/report');

export interface LintJsonMessage { ruleId: string | null; severity: 'error' | 'warning' | 'info'; scriptId?: string; fatal?: boolean; fix?: unknown; line: number }
export interface LintJsonFile { filePath: string; messages: LintJsonMessage[]; errorCount: number; warningCount: number; infoCount: number; fixableCount: number; score: number }

/** `huashu lint --format json` in a folder (in-process). */
export async function lintJson(cwd: string, args: string[] = []): Promise<LintJsonFile[]> {
  const r = await runCli(['lint', '--format', 'json', ...args], { cwd });
  if (r.code === 2) throw new Error(`huashu lint failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as LintJsonFile[];
}

/** The numbers the report must show, derived from the lint JSON only. */
export function expected(files: LintJsonFile[]): { score: number; findings: number; errors: number; warnings: number; infos: number; rules: Map<string, number> } {
  const readable = files.filter((f) => !f.messages.some((m) => m.fatal));
  const score = readable.length ? Math.round(readable.reduce((s, f) => s + f.score, 0) / readable.length) : 100;
  const rules = new Map<string, number>();
  for (const f of files) for (const m of f.messages) if (m.ruleId) rules.set(m.ruleId, (rules.get(m.ruleId) ?? 0) + 1);
  const sum = (k: 'errorCount' | 'warningCount' | 'infoCount'): number => files.reduce((s, f) => s + f[k], 0);
  return { score, findings: sum('errorCount') + sum('warningCount') + sum('infoCount'), errors: sum('errorCount'), warnings: sum('warningCount'), infos: sum('infoCount'), rules };
}

/** `huashu report` in a folder, writing `out` (relative to cwd or absolute); returns the data embedded in it. */
export async function report(cwd: string, out: string, args: string[] = []): Promise<{ data: ReportData; html: string; stdout: string; stderr: string; code: number }> {
  const r = await runCli(['report', '-o', out, ...args], { cwd });
  if (r.code !== 0) throw new Error(`huashu report exited ${r.code}: ${r.stderr}`);
  const html = fs.readFileSync(path.resolve(cwd, out), 'utf8');
  const json = /\.json$/.test(out) ? html : extractEmbedded(html);
  if (json === undefined) throw new Error('no embedded data');
  return { data: JSON.parse(json) as ReportData, html, stdout: r.stdout, stderr: r.stderr, code: r.code };
}

export const EVIL_REPLY = `<script>window.__xss = 1; alert('x')</script> & "引号" 'single' <img src=x onerror="window.__xss=2"> </script><!-- 亲,是快递给发错地方了哦`;
export const EVIL_LIBRARY = [
  'huashu: 1',
  'shop: "</title><script>window.__xss=3</script>"',
  'scripts:',
  '  - id: "x</script><script>window.__xss=4</script>"',
  '    title: "<b onmouseover=\\"window.__xss=5\\">标题</b>"',
  '    scenario: complaint',
  '    customer: "<iframe src=javascript:alert(1)></iframe>"',
  `    reply: ${JSON.stringify(EVIL_REPLY)}`,
  '  - id: "\\u2028line&sep"',
  '    reply: "亲,您好 \\u2029 <style>body{display:none}</style>"',
  '',
].join('\n');

/** Writes the evil library and its report under test-output/report; returns the HTML path. */
export async function evilReport(): Promise<{ file: string; html: string; data: ReportData }> {
  const dir = makeLib({ '<evil>.huashu.yaml': EVIL_LIBRARY });
  fs.mkdirSync(OUTPUT, { recursive: true });
  const file = path.join(OUTPUT, 'escaping.html');
  const r = await report(dir, file);
  return { file, html: r.html, data: r.data };
}

