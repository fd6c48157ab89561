/**
 * Keeps V8's young generation at its initial size (one semi-space of about 1 MB) for the whole
 * process. Imported first by the entries of the CLI and of the language server, so that it acts
 * before any other module allocates.
 *
 * V8 grows the young generation (up to 16 MB per semi-space on 64-bit) when many objects survive
 * a scavenge, which a lint does all the time: findings and per-script results live to the end of
 * the run. The larger young generation never shrinks, holds the same objects as a small one would
 * before promoting them, and is 35 MB of the CLI's peak memory at 30,000 and at 100,000 scripts,
 * for no gain in speed on the benchmark machine (bench/README.md: "the young generation"). In
the language server a keystroke's lint and encoding take a little less time with it.
 *
 * `--semi-space-growth-factor` is read whenever V8 considers growing the young generation, so
 * setting it after start-up takes effect (the flags that size the heap at start-up do not, and
 * Node does not accept them in NODE_OPTIONS). An engine without the flag keeps its own sizing.
 */
import { setFlagsFromString } from 'v8';

export const YOUNG_GENERATION_FLAG = '--semi-space-growth-factor=1';

try {
  setFlagsFromString(YOUNG_GENERATION_FLAG);
} catch {
  // not a V8 that knows the flag: its default sizing
}
