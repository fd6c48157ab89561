/**
 * Fix-all: apply every fix, re-lint, and repeat until nothing fixable is left (at most 10
 * passes, the ESLint habit), so overlapping fixes are all applied in the end.
 */
import { applyFixes } from './fixes';
import { lintText, LintOptions, LintResult } from './lint';
import type { Finding, Fix } from './types';

export interface FixAllResult { output: string; passes: number; applied: Fix[]; result: LintResult }

/** `text` without BOM in, fixed text without BOM out. */
export function fixAll(text: string, options: LintOptions = {}, maxPasses = 10): FixAllResult {
  const first = lintText(text, options);
  return fixAllWith(first.text, first, (t) => lintText(t, options), maxPasses);
}

/**
 * The loop of {@link fixAll} over any lint: `first` is the lint of `text` (without BOM), `lint`
 * lints a fixed text, and `result` is the lint of the output. A lint that reuses what it linted
 * before (the language server's and the CLI's incremental analysis) lints only the fixed
 * scripts again; it must find what `lintText` finds, in the same order.
 */
export function fixAllWith<R extends { findings: Finding[] }>(text: string, first: R, lint: (text: string) => R, maxPasses = 10): { output: string; passes: number; applied: Fix[]; result: R } {
  let current = text;
  let result = first;
  const applied: Fix[] = [];
  let passes = 0;
  while (passes < maxPasses) {
    const fixes = result.findings.flatMap((f) => (f.fix ? [f.fix] : []));
    if (!fixes.length) break;
    const out = applyFixes(current, fixes);
    if (!out.applied.length || out.output === current) break;
    applied.push(...out.applied);
    current = out.output;
    passes++;
    result = lint(current);
  }
  return { output: current, passes, applied, result };
}
