/**
 * Digests and random bytes, with `crypto` loaded on first use, not at start-up: loading it took
 * about 4 ms of the language server's start on Node 24 (the build gives vscode-languageserver's
 * own requires of it the same treatment, scripts/build.mjs), and a plain CLI run needs none of
 * it. SHA-1 (base64) is how the language server knows a closed file's text and the CLI's cache a
 * file's text and config; SHA-256 (hex) names a finding for SARIF and the baseline.
 */
import type * as Crypto from 'crypto';

let cryptoModule: typeof Crypto | undefined;

/** The `crypto` module, loaded the first time it is asked for. */
export function crypto(): typeof Crypto {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (cryptoModule ??= require('crypto') as typeof Crypto);
}

export function sha1(text: string): string {
  return crypto().createHash('sha1').update(text).digest('base64');
}

/**
 * crypto.hash (Node 20.12+) hashes in one call; a Hash object per finding held native memory
 * until its wrapper was collected (at 100,000 scripts, 58,000 of them). The same digest either way.
 */
export function sha256Hex(s: string): string {
  const c = crypto() as typeof Crypto & { hash?: (algorithm: string, data: string, encoding: 'hex') => string };
  return c.hash ? c.hash('sha256', s, 'hex') : c.createHash('sha256').update(s).digest('hex');
}
