/**
 * What the CLI touches outside itself, passed in so tests run it in-process: output writers,
 * the working folder, the environment, terminals and standard input.
 */
export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Is standard output a terminal (colour). */
  isTTY: boolean;
  /** Is standard error a terminal (progress line); defaults to isTTY. */
  stderrIsTTY?: boolean;
  /** Reads all of standard input. */
  readStdin?: () => Promise<string>;
}

/** A usage or configuration error: one line on stderr, exit code 2, no stack trace. */
export class UsageError extends Error {
  constructor(message: string) { super(message); this.name = 'UsageError'; }
}

export const EXIT_OK = 0;
export const EXIT_LINT = 1;
export const EXIT_FAILURE = 2;
