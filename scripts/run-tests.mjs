#!/usr/bin/env node
// Runs every test layer and prints one closing line "N passed, N failed" with the totals of all
// layers (CI reads that line, not mocha's own summary). Extra layers join the list as they come.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const mocha = join(root, 'node_modules/mocha/bin/mocha.js');
const layers = [
  { name: 'unit + protocol + cli', cmd: process.execPath, args: [mocha, '--reporter', 'spec', '--timeout', '20000', 'out/test/**/*.test.js'] },
];
// real LSP clients that are not VS Code (Neovim's built-in client, Emacs's Eglot), and
// Microsoft's SARIF validator on the CLI's SARIF
for (const [layer, name] of [['neovim', 'neovim (LSP client)'], ['emacs', 'emacs (Eglot LSP client)'], ['sarif', 'sarif (Microsoft SARIF Multitool)']]) {
  layers.push({ name, cmd: process.execPath, args: [join(root, 'scripts/test-layer.mjs'), layer] });
}
if (process.env.HUASHU_TEST_EXT !== '0' && existsSync(join(root, 'scripts/test-ext.mjs'))) {
  layers.push({ name: 'extension host (code-server)', cmd: process.execPath, args: [join(root, 'scripts/test-ext.mjs')] });
}

function run(layer) {
  return new Promise((resolve) => {
    const child = spawn(layer.cmd, layer.args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; process.stdout.write(d); });
    child.on('close', (code) => {
      const plain = out.replace(/\x1b\[[0-9;]*m/g, '');
      const num = (re) => { const all = [...plain.matchAll(re)]; return all.length ? Number(all[all.length - 1][1]) : 0; };
      let passed = num(/^\s*(\d+) passing/gm);
      let failed = num(/^\s*(\d+) failing/gm) + num(/^\s*(\d+) pending/gm);
      if (code !== 0 && failed === 0) failed = 1;
      if (passed + failed === 0) failed = 1; // a layer that ran no test is a failure
      console.log(`[${layer.name}] ${passed} passed, ${failed} failed`);
      resolve({ passed, failed });
    });
  });
}

let passed = 0;
let failed = 0;
for (const layer of layers) {
  const r = await run(layer);
  passed += r.passed;
  failed += r.failed;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
