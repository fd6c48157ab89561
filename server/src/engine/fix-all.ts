/**
 * Fix-all: apply every fix, re-lint, and repeat until nothing fixable is left (at most 10
 * passes, the ESLint habit), so overlapping fixes are all applied in the end.
 */
import { applyFixes } from './fixes';
import { lintText, LintOptions, LintResult } from './lint';
import type { Fix } from './types';

export interface FixAllResult { output: string; passes: number; applied: Fix[]; result: LintResult }

/** `text` without BOM in, fixed text without BOM out. */
export function fixAll(text: string, options: LintOptions = {}, maxPasses = 10): FixAllResult {
  let current = text;
  let result = lintText(current, options);
  const applied: Fix[] = [];
  let passes = 0;
  while (passes < maxPasses) {
    const fixes = result.findings.flatMap((f) => (f.fix ? [f.fix] : []));
    if (!fixes.length) break;
    const out = applyFixes(result.text, fixes);
    if (!out.applied.length || out.output === result.text) break;
    applied.push(...out.applied);
    current = out.output;
    passes++;
    result = lintText(current, options);
  }
  return { output: result.text, passes, applied, result };
}
