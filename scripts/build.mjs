#!/usr/bin/env node
// Bundles the CLI, the language server and the VS Code client with esbuild.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { updateBuiltinData } from './gen-matcher.mjs';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning', legalComments: 'none' };
const entries = [
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  // the server's entry runs its bundle through a V8 code cache (server/src/node/code-cache.ts)
  { in: 'server/src/lsp/boot.ts', out: 'dist/server.js', banner: '#!/usr/bin/env node' },
  { in: 'server/src/lsp/main.ts', out: 'dist/server-core.js' },
  { in: 'client/src/extension.ts', out: 'dist/client.js', external: ['vscode'] },
];
// the built-in phrase data's automata, compiled before the bundles that carry them
await updateBuiltinData();

await Promise.all(entries.filter((e) => existsSync(e.in)).map((e) => build({
  ...common, entryPoints: [e.in], outfile: e.out, external: e.external ?? [], banner: e.banner ? { js: e.banner } : undefined,
})));
