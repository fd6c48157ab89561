/**
 * How soon V8 optimises the lint's functions, for runs too short to pay for it: imported by the
 * entries of the CLI and of the language server, before anything is linted.
 *
 * V8 optimises a function once it has run enough: on Node 20 each time it has run a budget of
 * bytecode (66 KB by default), on Node 24 after enough calls (Maglev after 400, TurboFan after
 * 3,000). The lint's functions get there within the first few hundred scripts, and a run that
 * ends soon after never gets back what compiling (and deoptimising) cost: on Node 20 a CLI run
 * on 1,000 scripts spent 40 % of its CPU time and a fifth of its wall time there. Thresholds ten
 * to fifteen times higher let short runs end in the interpreter and the baseline code (on Node 24
 * in Maglev's code, which is cheap to make: only TurboFan is held back there).
 *
 * Long runs need the optimised code as early as before, and linting a few thousand scripts with
 * the higher thresholds before putting the engine's own back made the 30,000-script run in 100
 * files slower. So the warm-up is decided per run, before it lints: the CLI keeps it only when
 * everything it will lint is at most `WARM_UP_BYTES`; the language server keeps it for its first
 * analysis when that document is as small, and puts the engine's thresholds back after it, so that
 * keystrokes get optimised code as soon as before (and before it lints the workspace's closed
 * files, which it does in bulk).
 *
 * Measured on the benchmark machine (bench/README.md, "Seventh round"): the CLI on 1,000 scripts
 * 0.55 → 0.41 s on Node 20 and 0.44 → 0.37 s on Node 24, the language server's cold start on
 * 1,000 scripts 627 → 524 ms on Node 20; runs on 5,000 and 30,000 scripts unchanged.
 *
 * V8 reads these flags whenever it considers optimising, so setting them after start-up takes
 * effect. Only engines whose tiering is known here are touched: the flags must be put back to
 * that engine's defaults, and they change between V8 versions (VS Code's own runtime is
 * another V8). Any other engine keeps its own tiering.
 */
import { setTiering, tiering } from './tiering';

/** Library text (UTF-8 bytes) a run may lint while warming up: about 7,500 corpus scripts. */
export const WARM_UP_BYTES = 1_000_000;

let warming = tiering.length > 0 && setTiering('warm');

/** Called before a run lints `bytes` of library text: ends the warm-up if that is too much for it. */
export function planRun(bytes: number): void {
  if (bytes > WARM_UP_BYTES) endWarmUp();
}

/** Puts the engine's own thresholds back (at once; later calls do nothing). */
export function endWarmUp(): void {
  if (!warming) return;
  warming = false;
  setTiering('own');
}

/** Whether the warm-up thresholds are in force. */
export function isWarmingUp(): boolean {
  return warming;
}
