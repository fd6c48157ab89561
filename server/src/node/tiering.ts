/**
 * V8's tiering flags that the warm-up (warm-up.ts) raises while a run is young, per engine, with
 * nothing done at import: the language server's entry (lsp/boot.ts) also sets them, to V8's own
 * values, before it compiles the server through the code cache (code-cache.ts). V8 13.6 counts a
 * flag that was set as changed even when it is set back to its default, and takes a code cache
 * only under the flags it was written with; the cache is written after the warm-up has put the
 * flags back, so the entry sets them the same way first.
 */
import { setFlagsFromString } from 'v8';

/** A tiering flag: V8's default and the value while warming up. */
export interface Tiering { flag: string; own: number; warm: number }
/**
 * V8 (major.minor) → its tiering flags. Node 20 (V8 11.3) tiers up by an interrupt budget;
 * Node 24 (V8 13.6) by invocation counts, with Maglev between the baseline code and TurboFan.
 */
export const TIERING: Readonly<Record<string, readonly Tiering[]>> = {
  '11.3': [{ flag: 'interrupt-budget', own: 67584, warm: 1_000_000 }],
  // TurboFan only: Maglev compiles fast, and delaying it too (to 4,000 calls) made short runs
  // slower (bench/README.md, tenth round)
  '13.6': [{ flag: 'invocation-count-for-turbofan', own: 3000, warm: 30_000 }],
};

/** This engine's tiering flags (none for an engine whose tiering is not known here). */
export const tiering: readonly Tiering[] = TIERING[process.versions.v8.split('.').slice(0, 2).join('.')] ?? [];

/** Sets this engine's tiering flags to V8's own values or the warm-up's; false if V8 refused. */
export function setTiering(which: 'own' | 'warm'): boolean {
  try {
    for (const t of tiering) setFlagsFromString(`--${t.flag}=${t[which]}`);
    return true;
  } catch {
    return false;
  }
}

/**
 * Regular expressions compiled to machine code at their first match. By default V8 runs a
 * regular expression's first matches in its regexp interpreter and compiles it to machine code
 * after that ("tier-up"), which pays for expressions used once. The rules' expressions are used
 * for every reply, and several are large alternations of phrases (no-cold-mechanical-tone's
 * `IMPERATIVE`: 1,487 characters), for which V8 took 15 ms to make the interpreter's bytecode
 * and 1.7 ms more for the machine code at the next match: a cold CLI run on 164 scripts spent
 * 11 ms in that rule, 4.5–5.4 ms with the machine code made at once (bench/README.md,
 * forty-sixth round). Set by the entries before the bundle is compiled (like the heap flags, it
 * is among the flags a code cache is written under); an engine without the flag keeps its own way.
 */
export function compileRegExpsAtOnce(): void {
  try {
    setFlagsFromString('--no-regexp-tier-up');
  } catch {
    // not a V8 that takes the flag
  }
}
