import type { FileReport } from '../report';
import type { Colors } from '../color';

export interface FormatContext {
  cwd: string;
  /** Repository root (or the working folder outside a repository): SARIF and GitHub paths. */
  root: string;
  color: boolean;
  c: Colors;
  /** Set when the warnings exceed --max-warnings. */
  maxWarnings?: { max: number; count: number };
  /** Unified diffs of --fix-dry-run are printed before the findings (stylish). */
  fixDryRun?: boolean;
  /** --fix wrote files. */
  fixed?: boolean;
}

export type Formatter = (reports: readonly FileReport[], ctx: FormatContext) => string;
