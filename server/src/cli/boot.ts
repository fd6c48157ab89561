/**
 * `dist/cli.js`, the `huashu` command's entry: runs the CLI's bundle (`dist/cli-core.js`, from
 * `main.ts`) through a V8 code cache (`../node/code-cache.ts`), written at the exit of the first
 * run that lints something, so that later runs compile little (the CLI on 1,000 scripts:
 * 0.361 → 0.327 s, bench/README.md, twenty-eighth round). Command line and behaviour are main.ts's.
 */
// the flags in force when the cache is written are set before the bundle is compiled: V8 takes a
// cache only under the flags it was written with (see code-cache.ts): the heap flags, and the
// tiering flags at V8's own values
import '../node/heap-sizing';
import * as path from 'path';
import { keepBytecode, runWithCodeCache } from '../node/code-cache';
import { compileRegExpsAtOnce, setTiering } from '../node/tiering';

setTiering('own');
compileRegExpsAtOnce();
keepBytecode();
// a short run ends with the warm-up's thresholds in force (warm-up.ts): they are put back before
// the cache is written at exit (this listener comes before the cache's own)
process.once('exit', () => { setTiering('own'); });
runWithCodeCache(path.join(__dirname, 'cli-core.js'), { atExit: true });
