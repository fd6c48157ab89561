#!/usr/bin/env node
// Bundles the CLI, the language server and the VS Code client with esbuild.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { asciiOnly } from './ascii-only.mjs';
import { updateBuiltinData } from './gen-matcher.mjs';

/**
 * The language server's start loads `vscode-languageserver`, whose modules require `crypto` (for
 * the random names of pipes) and `child_process` (to find global npm and yarn folders) at load
 * time, for transports and requests this server does not use on a stdio start. Loading them
 * took about 4–5 ms of a start on Node 24 (crypto alone 3.9 ms, measured with require timings
 * 2026-12-01): they are given to those modules as objects that load the real module on the first
 * property read.
 */
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    b.onResolve({ filter: /^(crypto|child_process)$/ }, (args) =>
      /[\\/]node_modules[\\/]vscode-(jsonrpc|languageserver)[\\/]/.test(args.importer) ? { path: args.path, namespace: 'lazy-builtin' } : undefined);
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      loader: 'js',
      contents: `let m; module.exports = new Proxy({}, { get: (_t, k) => (m ??= require(${JSON.stringify(args.path)}))[k] });`,
    }));
  },
};

/**
 * The built-in matcher data as a file beside the bundles (`builtin-matcher.bin`, written below),
 * read when the first matcher is made: the bundles import `server/src/node/builtin-matcher-file.ts` where the sources
 * import `builtin-data.ts`, whose 400 K-character JSON string the bundles would otherwise read,
 * decode and deserialise at every start (server/src/engine/match/matcher-binary.ts).
 */
const builtinMatcherFile = {
  name: 'builtin-matcher-file',
  setup(b) {
    b.onResolve({ filter: /^\.\/builtin-data$/ }, (args) =>
      /[\\/]server[\\/]src[\\/]engine[\\/]match$/.test(args.resolveDir) ? { path: path.resolve(args.resolveDir, '../../node/builtin-matcher-file.ts') } : undefined);
  },
};

/**
 * The bundles the entries run through the code cache are written inside CommonJS's own wrapper,
 * on a line of its own (the source map moved down a line): the entry compiles the file's text as
 * it is read, where wrapping it at run time made V8 copy the whole bundle into one string again
 * before compiling (server/src/node/code-cache.ts, `WRAPPED_HEAD`, which a test holds to this).
 */
const WRAPPED_HEAD = '(function (exports, require, module, __filename, __dirname) {\n';
function wrapCommonJs(out) {
  out.code = `${WRAPPED_HEAD}${out.code}${out.code.endsWith('\n') ? '' : '\n'}});\n`;
  if (out.map) out.map.mappings = `;${out.map.mappings}`;
}

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning', legalComments: 'none' };
const entries = [
  // the CLI's and the server's entries run their bundles through a V8 code cache (server/src/node/code-cache.ts)
  { in: 'server/src/cli/boot.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  { in: 'server/src/cli/main.ts', out: 'dist/cli-core.js', plugins: [builtinMatcherFile], wrap: true },
  { in: 'server/src/lsp/boot.ts', out: 'dist/server.js', banner: '#!/usr/bin/env node' },
  { in: 'server/src/lsp/main.ts', out: 'dist/server-core.js', plugins: [lazyBuiltins, builtinMatcherFile], wrap: true },
  { in: 'client/src/extension.ts', out: 'dist/client.js', external: ['vscode'] },
];
// the built-in phrase data's automata, compiled before the bundles that carry them
const builtin = await updateBuiltinData();

/**
 * A hash of the server's sources and the package manifest, given to the bundles as
 * `__HUASHU_BUILD__`: the CLI's cache (server/src/cli/lint-cache.ts) keeps findings only for the
 * build that made them, and the version alone does not change between two builds of one version.
 */
function buildId() {
  const h = createHash('sha1');
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const f = path.join(dir, e.name);
      if (e.isDirectory()) walk(f);
      else { h.update(f); h.update(readFileSync(f)); }
    }
  };
  walk('server/src');
  h.update(readFileSync('package.json'));
  return h.digest('hex').slice(0, 16);
}
// __HUASHU_BUILTIN_CURRENT__: the built-in phrase data was made just above from the sources the
// bundles carry (server/src/engine/match/cache.ts compares its counts only, not a hash of every pattern)
const BUILD = buildId();
const define = { __HUASHU_BUILD__: JSON.stringify(BUILD), __HUASHU_BUILTIN_CURRENT__: 'true' };
// the bundles' built-in matcher data, for this build (builtin-matcher-file.ts reads no file of another)
mkdirSync('dist', { recursive: true });
writeFileSync('dist/builtin-matcher.bin', builtin.encode(BUILD));

// each bundle made 7-bit clean (./ascii-only.mjs: Node reads an ASCII bundle into a one-byte
// string, without the slow UTF-8 path), its source map moved to match
await Promise.all(entries.filter((e) => existsSync(e.in)).map(async (e) => {
  const r = await build({
    ...common, define, entryPoints: [e.in], outfile: e.out, external: e.external ?? [], banner: e.banner ? { js: e.banner } : undefined, plugins: e.plugins ?? [], write: false,
  });
  const js = r.outputFiles.find((f) => f.path.endsWith('.js'));
  const mapFile = r.outputFiles.find((f) => f.path.endsWith('.js.map'));
  const clean = asciiOnly(js.text, mapFile ? JSON.parse(mapFile.text) : undefined);
  if (e.wrap) wrapCommonJs(clean);
  mkdirSync(path.dirname(js.path), { recursive: true });
  writeFileSync(js.path, clean.code);
  if (mapFile) writeFileSync(mapFile.path, JSON.stringify(clean.map));
}));
