#!/usr/bin/env node
/**
 * Where a run allocated, from a profile written by alloc-profile.cjs: bytes per function (self),
 * a built-in (Map, matchAll, an iterator's next …) named with the function of ours that called it.
 *   node bench/lib/alloc-summary.mjs FILE [ROWS]
 */
import * as fs from 'node:fs';

const [file, rows = '40'] = process.argv.slice(2);
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const bytes = new Map();
let total = 0;
const name = (f) => `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
(function walk(node, caller) {
  const f = node.callFrame;
  const key = f.url ? name(f) : `${name(f)} <- ${caller}`;
  bytes.set(key, (bytes.get(key) ?? 0) + node.selfSize);
  total += node.selfSize;
  for (const c of node.children) walk(c, f.url ? name(f) : caller);
})(profile.head, '');
console.log(`allocated (sampled): ${(total / 1e6).toFixed(1)} MB`);
for (const [k, v] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, Number(rows))) console.log(`${(v / 1e6).toFixed(2).padStart(8)} MB  ${k}`);
