/**
 * A progress line on stderr for long runs: only on a terminal, never in CI, and only with the
 * stylish format. It redraws at most ten times a second and is erased when the run ends.
 */
import type { CliIO } from './io';

export class Progress {
  private last = 0;
  private shown = false;
  private readonly started = Date.now();

  constructor(private readonly io: CliIO, private readonly enabled: boolean, private readonly delayMs = 300) {}

  static enabledFor(io: CliIO, format: string, wanted: boolean): boolean {
    const ci = io.env.CI && io.env.CI !== 'false' && io.env.CI !== '0';
    return wanted && format === 'stylish' && (io.stderrIsTTY ?? io.isTTY) && !ci && !io.env.GITHUB_ACTIONS;
  }

  tick(done: number, total: number, what: string, doing = '检查中'): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.started < this.delayMs || now - this.last < 100) return;
    this.last = now;
    this.shown = true;
    const name = what.length > 50 ? `…${what.slice(-49)}` : what;
    this.io.stderr(`\r\x1b[K${doing} ${done}/${total}  ${name}`);
  }

  done(): void {
    if (this.shown) this.io.stderr('\r\x1b[K');
    this.shown = false;
  }
}
