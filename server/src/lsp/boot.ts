/**
 * `dist/server.js`, the language server's entry: starts the server's bundle
 * (`dist/server-core.js`, from `main.ts`) through a V8 code cache (`../node/code-cache.ts`), so
 * that a start after the first compiles little. Command line and behaviour are main.ts's.
 */
// the flags in force when the cache is written are set before the bundle is compiled: V8 takes a
// cache only under the flags it was written with (see code-cache.ts): the heap flags, and the
// tiering flags at V8's own values, where the warm-up has put them back by then (tiering.ts)
import '../node/heap-sizing';
import * as path from 'path';
import { keepBytecode, runWithCodeCache } from '../node/code-cache';
import { compileRegExpsAtOnce, setTiering } from '../node/tiering';

setTiering('own');
compileRegExpsAtOnce();
keepBytecode();
runWithCodeCache(path.join(__dirname, 'server-core.js'));
