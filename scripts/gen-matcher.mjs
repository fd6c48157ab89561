#!/usr/bin/env node
// Compiles the built-in phrase data (rule triggers, lexicons, allow lists) into the matcher's
// automata once, at build time, and writes them to server/src/engine/match/builtin-data.ts, so
// that no run builds them at start-up (they took 70–90 ms of every cold start). A test checks
// that the committed file is what this script makes; `--check` exits 1 when it is not.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'server/src/engine/match/builtin-data.ts');

/**
 * The built-in phrase data compiled into the matcher's data, and the encoder of the bundles'
 * binary file (server/src/engine/match/matcher-binary.ts), bundled from the sources as they are.
 */
export async function builtinData() {
  const dir = mkdtempSync(join(tmpdir(), 'huashu-gen-'));
  try {
    const out = join(dir, 'gen.cjs');
    await build({
      stdin: {
        contents: "export { Matcher } from './server/src/engine/match/matcher'; export { builtinSources } from './server/src/engine/match/cache'; export { encodeMatcherData } from './server/src/engine/match/matcher-binary';",
        resolveDir: root, loader: 'ts',
      },
      bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'warning',
    });
    const { Matcher, builtinSources, encodeMatcherData } = createRequire(import.meta.url)(out);
    const m = new Matcher(builtinSources());
    if (m.errors.length) throw new Error(`built-in phrases that do not compile: ${JSON.stringify(m.errors)}`);
    const data = m.data();
    if (!data) throw new Error('the built-in matcher gave no data');
    return { data, encode: (build) => encodeMatcherData(data, build) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function builtinDataSource(data) {
  data ??= (await builtinData()).data;
  return [
    '// Made by scripts/gen-matcher.mjs from the built-in phrase data (npm run build runs it): do not edit.',
    "import type { MatcherData } from './matcher';",
    '',
    'let parsed: MatcherData | undefined;',
    '',
    '/**',
    ' * The built-in data, parsed at its first call. The bundles carry it as a file of their own',
    ' * instead (node/builtin-matcher-file.ts, which scripts/build.mjs puts in this module\'s place).',
    ' */',
    'export function builtinMatcherData(): MatcherData | undefined {',
    // (the JSON as a JavaScript string literal: the patterns' literals may hold quotes and backslashes)
    `  return (parsed ??= JSON.parse(${JSON.stringify(JSON.stringify(data))}) as MatcherData);`,
    '}',
    '',
  ].join('\n');
}

/**
 * Writes builtin-data.ts when it is not current; gives the data's encoder for the bundles' file
 * (`encode(build)`) and whether builtin-data.ts was written.
 */
export async function updateBuiltinData() {
  const { data, encode } = await builtinData();
  const text = await builtinDataSource(data);
  const written = readFileSync(target, 'utf8') !== text;
  if (written) writeFileSync(target, text);
  return { encode, written };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    if (readFileSync(target, 'utf8') !== await builtinDataSource()) { console.error(`${target} is not current: run node scripts/gen-matcher.mjs`); process.exit(1); }
  } else if ((await updateBuiltinData()).written) console.log(`wrote ${target}`);
}
