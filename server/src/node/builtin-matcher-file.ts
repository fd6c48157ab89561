/**
 * The bundles' `engine/match/builtin-data.ts` (scripts/build.mjs puts this module in its place,
 * a Node adapter: the engine reads no files): the built-in
 * matcher data read from `builtin-matcher.bin` beside the bundle (matcher-binary.ts), which the
 * build writes with the bundles, at the first call. A file that is missing, damaged or of another
 * build gives no data: the matcher then compiles the built-in phrases itself, slower but the same.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { MatcherData } from '../engine/match/matcher';
import { decodeMatcherData } from '../engine/match/matcher-binary';

/** The file's name, beside the bundle. */
export const BUILTIN_FILE = 'builtin-matcher.bin';

declare const __HUASHU_BUILD__: string | undefined;

let read = false;
let data: MatcherData | undefined;

/** The data in `file` for this build, if it holds it. */
export function readBuiltinFile(file: string, build: string): MatcherData | undefined {
  try {
    return decodeMatcherData(fs.readFileSync(file), build);
  } catch {
    return undefined;
  }
}

export function builtinMatcherData(): MatcherData | undefined {
  if (!read) {
    read = true;
    data = typeof __HUASHU_BUILD__ === 'string' ? readBuiltinFile(path.join(__dirname, BUILTIN_FILE), __HUASHU_BUILD__) : undefined;
  }
  return data;
}
