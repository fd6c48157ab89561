/**
 * Sizes V8's heap for a lint: imported first by the entries of the CLI and of the language
 * server, so that it acts before any other module allocates. A lint keeps what it finds
 * (findings, per-script results, skeletons) to the end of the run and makes much short-lived
 * garbage on the way, and V8's defaults size the heap for the garbage, not for what lives.
 *
 * Young generation: kept at its initial size (one semi-space of about 1 MB). V8 grows it (up to
 * 16 MB per semi-space on 64-bit) when many objects survive a scavenge, which a lint does all the
 * time. The larger young generation never shrinks, holds the same objects as a small one would
 * before promoting them, and was 35 MB of the CLI's peak memory at 30,000 and at 100,000
 * scripts, for no gain in speed on the benchmark machine (bench/README.md: "the young
 * generation"). In the language server a keystroke's lint and encoding take a little less time
 * with it.
 *
 * Old generation: after each full collection V8 lets it grow to up to 4 times what survived
 * before it collects again, when collecting has been cheap, as it is for a lint. At 100,000
 * scripts the CLI's old generation went from 31 MB to 127 MB of mostly garbage between its only
 * two full collections, and that garbage set the peak. Growing by half (a factor of 1.5) gives
 * a few more full collections of 10–25 ms each and a peak of about 188 MB instead of 205–213
 * (bench/README.md: "the old generation").
 *
 * Both flags are read whenever V8 considers growing a generation, so setting them after
 * start-up takes effect (the flags that size the heap at start-up do not, and Node does not
 * accept them in NODE_OPTIONS). An engine without a flag keeps its own sizing.
 */
import { getHeapStatistics, setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';

export const HEAP_FLAGS = ['--semi-space-growth-factor=1', '--heap-growing-percent=50'];

for (const flag of HEAP_FLAGS) {
  try {
    setFlagsFromString(flag);
  } catch {
    // not a V8 that knows the flag: its default sizing
  }
}

/**
 * A full collection now, when the heap holds more than `minUsedBytes` (default 64 MB): for the
 * CLI between its lint and its report. Where V8's own last full collection falls during a large
 * lint decides how much garbage the heap holds when the report (and the `--cache` file) is
 * written, which set the run's peak: at 100,000 scripts a first run with `--cache` peaked at
 * 194–198 MiB, 183–186 with this collection first (bench/README.md, the thirty-sixth round).
 * The collection costs about 50 ms there. V8 gives `gc` only under `--expose-gc`: set for the
 * moment it takes to get it and set back at once, so that the V8 code cache the bundle runs
 * through (written at exit, checked against the flags in force) is written under the flags it
 * is read with. Returns whether it collected.
 */
export function collectIfLarge(minUsedBytes = 64 * 1024 * 1024): boolean {
  if (getHeapStatistics().used_heap_size < minUsedBytes) return false;
  const gc = gcFunction();
  if (!gc) return false;
  gc();
  return true;
}

let gcFound: (() => void) | null | undefined;

function gcFunction(): (() => void) | undefined {
  if (gcFound !== undefined) return gcFound ?? undefined;
  const own = (globalThis as { gc?: () => void }).gc;
  if (typeof own === 'function') return (gcFound = own);
  gcFound = null;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    if (typeof gc === 'function') gcFound = gc as () => void;
  } catch {
    // not a V8 that takes the flag: no collection
  } finally {
    try { setFlagsFromString('--no-expose-gc'); } catch { /* as above */ }
  }
  return gcFound ?? undefined;
}
