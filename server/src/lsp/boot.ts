/**
 * `dist/server.js`, the language server's entry: starts the server's bundle
 * (`dist/server-core.js`, from `main.ts`) through a V8 code cache (`../node/code-cache.ts`), so
 * that a start after the first compiles little. Command line and behaviour are main.ts's.
 */
// the heap flags the bundle sets are set before it is compiled: V8 takes a cache only under the
// flags it was written with (see code-cache.ts)
import '../node/heap-sizing';
import * as path from 'path';
import { runWithCodeCache } from '../node/code-cache';

runWithCodeCache(path.join(__dirname, 'server-core.js'));
