#!/usr/bin/env node
/**
 * The CLI's report formats on their own: the corpus library of --size scripts is linted once, its
 * report made as the CLI makes it, and then every format's pieces are made and written to a file
 * (the CLI's `writeChunks`) --runs times, the builds alternated in this one process. Prints each
 * build's median per format and whether every build wrote the same bytes.
 *   npx tsc -p tsconfig.test.json && cp -r out .bench/out-before   # before the change
 *   npx tsc -p tsconfig.test.json                                  # after it
 *   node bench/formats.mjs [--size 30000] [--runs 10] [--formats json,sarif,rdjson] .bench/out-before out
 * A build is a tree of tsc's output (`out/`, which the tests run); keep copies under the
 * repository (in `.bench/`) so that they find its node_modules. With none given: `out`.
 */
import './lib/clean-env.mjs';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { prepare, ROOT, WORK } from './lib/corpus.mjs';

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(`--${name}`); if (i < 0) return def; const v = args[i + 1]; args.splice(i, 2); return v; };
const size = Number(opt('size', '30000'));
const runs = Number(opt('runs', '10'));
const formats = opt('formats', 'json,sarif,rdjson,github,stylish,junit').split(',');
const builds = (args.length ? args : ['out']).map((b) => path.resolve(ROOT, b));
const require = createRequire(import.meta.url);

function writeChunksBefore(out, chunks) {
  const fd = fs.openSync(out, 'w');
  try {
    for (const chunk of chunks) {
      const b = Buffer.from(chunk, 'utf8');
      for (let off = 0; off < b.length;) off += fs.writeSync(fd, b, off, b.length - off);
    }
  } finally {
    fs.closeSync(fd);
  }
}

const loaded = builds.map((b) => {
  const src = path.join(b, 'server/src');
  if (!fs.existsSync(path.join(src, 'cli/run.js'))) throw new Error(`${b}: no compiled CLI (npx tsc -p tsconfig.test.json)`);
  // builds before the twenty-second round did not export their writer, which was this
  const writeChunks = require(path.join(src, 'cli/run.js')).writeChunks ?? writeChunksBefore;
  return { b, src, writeChunks, formatters: require(path.join(src, 'cli/formatters/index.js')).CHUNKED_FORMATTERS };
});

// the report, made once by the first build (the formats read only the report)
const { src } = loaded[0];
const engine = require(path.join(src, 'engine/index.js'));
const { toMessage } = require(path.join(src, 'cli/report.js'));
const { colors } = require(path.join(src, 'cli/color.js'));
const file = prepare(size).one;
const text = fs.readFileSync(file, 'utf8');
const lint = engine.lintTextLean(text, false, {});
const lines = new engine.LineIndex(text);
const rel = path.relative(ROOT, file);
const report = {
  absPath: file, filePath: rel, rootPath: rel, text, hadBom: false, lines, scripts: lint.scripts, score: lint.score, fixCount: 0,
  messages: lint.findings.map((f) => toMessage(f, lines, lint.scripts)),
};
const ctx = { cwd: ROOT, root: ROOT, color: false, c: colors(false) };
console.log(`${size} scripts, ${report.messages.length} messages; each format made and written ${runs} times per build, the builds alternated`);

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
for (const format of formats) {
  const times = loaded.map(() => []);
  const outs = loaded.map((_l, k) => path.join(WORK, `formats-${k}.${format}`));
  // a first round that is not counted (the functions' first runs), then the builds alternated
  for (let r = -1; r < runs; r++) {
    const order = r % 2 ? loaded.map((_l, k) => k) : loaded.map((_l, k) => k).reverse();
    for (const k of order) {
      const t = performance.now();
      loaded[k].writeChunks(outs[k], loaded[k].formatters[format]([report], ctx));
      if (r >= 0) times[k].push(performance.now() - t);
    }
  }
  const first = fs.readFileSync(outs[0]);
  const same = outs.every((o) => fs.readFileSync(o).equals(first));
  console.log(`${format.padEnd(8)} ${(first.length / 1e6).toFixed(1).padStart(5)} MB  ${loaded.map((l, k) => `${path.relative(ROOT, l.b)} ${median(times[k]).toFixed(1)} ms`).join('  ')}${loaded.length > 1 ? (same ? '  identical' : '  OUTPUTS DIFFER') : ''}`);
}
