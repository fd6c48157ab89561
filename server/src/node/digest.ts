/**
 * SHA-1 of a text (base64): how the language server knows a closed file's text and the CLI's
 * cache a file's text and config. `crypto` is loaded on the first digest, not at start-up:
 * loading it took about 4 ms of the language server's start on Node 24 (the build gives
 * vscode-languageserver's own requires of it the same treatment, scripts/build.mjs).
 */
import type * as Crypto from 'crypto';

let cryptoModule: typeof Crypto | undefined;

export function sha1(text: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  cryptoModule ??= require('crypto') as typeof Crypto;
  return cryptoModule.createHash('sha1').update(text).digest('base64');
}
