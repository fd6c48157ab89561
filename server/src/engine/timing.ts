/**
 * Where a lint's time goes, when asked (`huashu lint --timing`, like ESLint's and textlint's
 * `TIMING=1`): self time by step and by rule. Steps nest (a script's lint runs inside the parse
 * that hands its scripts over, a rule inside the lint); each step's time excludes the steps
 * measured inside it, so the rows add up to the measured whole.
 *
 * Off unless `startTiming` was called: the lint reads `activeTiming()` once per run and checks a
 * field per step, nothing more.
 */

/** The steps other than rules (a rule's step is its id). */
export type TimingStep = 'read' | 'cache' | 'parse' | 'lint' | 'fold' | 'scan' | 'library' | 'fix' | 'report';

export interface TimingRow { readonly key: string; readonly ms: number; readonly calls: number }

export class LintTiming {
  private readonly self = new Map<string, { ms: number; calls: number }>();
  /** The open steps: their keys, start times and the time of the steps measured inside them. */
  private readonly keys: string[] = [];
  private readonly starts: number[] = [];
  private readonly inner: number[] = [];

  enter(key: string): void {
    this.keys.push(key);
    this.starts.push(performance.now());
    this.inner.push(0);
  }

  /** The innermost step open now (what a moment's time is counted to). */
  get step(): string | undefined { return this.keys[this.keys.length - 1]; }

  /** Closes the last step entered. */
  leave(): void {
    const now = performance.now();
    const key = this.keys.pop();
    if (key === undefined) return;
    const elapsed = now - this.starts.pop()!;
    const own = elapsed - this.inner.pop()!;
    let row = this.self.get(key);
    if (!row) this.self.set(key, (row = { ms: 0, calls: 0 }));
    row.ms += own;
    row.calls++;
    const n = this.inner.length;
    if (n) this.inner[n - 1] += elapsed;
  }

  /** `fn` as one step (closed when it throws too). */
  time<T>(key: string, fn: () => T): T {
    this.enter(key);
    try {
      return fn();
    } finally {
      this.leave();
    }
  }

  /** Every step and rule measured, slowest first. */
  rows(): TimingRow[] {
    return [...this.self].map(([key, r]) => ({ key, ms: r.ms, calls: r.calls })).sort((a, b) => b.ms - a.ms || (a.key < b.key ? -1 : 1));
  }
}

let active: LintTiming | undefined;

/** Starts measuring every lint of the process from now on (a new, empty record). */
export function startTiming(): LintTiming {
  return (active = new LintTiming());
}

/** Stops measuring. */
export function stopTiming(): void {
  active = undefined;
}

/** The record lints add to, if timing is on. */
export function activeTiming(): LintTiming | undefined {
  return active;
}

/** `fn`, measured as the step `key` when timing is on. */
export function timed<T>(key: string, fn: () => T): T {
  return active ? active.time(key, fn) : fn();
}
