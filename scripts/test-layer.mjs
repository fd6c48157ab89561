#!/usr/bin/env node
// A layer of `npm test` that needs a program from outside npm ci, run against the built dist/:
//   node scripts/test-layer.mjs neovim   Neovim's built-in LSP client (test/neovim/: client.lua)
//   node scripts/test-layer.mjs emacs    Emacs's Eglot (test/emacs/: client.el)
//   node scripts/test-layer.mjs sarif    Microsoft's SARIF Multitool on the CLI's SARIF (test/sarif/)
// Installs what is missing (Debian packages, the tools folder) through
// scripts/setup-code-server.sh, unless HUASHU_NO_SETUP is set.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const tools = process.env.HUASHU_TOOLS_DIR || join(root, '.tools');
const run = (cmd, args) => { const r = spawnSync(cmd, args, { stdio: 'ignore' }); return !r.error && r.status === 0; };
const LAYERS = {
  neovim: () => run('nvim', ['--version']),
  // Eglot is Debian's elpa-eglot, loaded from its site-lisp folder by test/emacs/client.el
  emacs: () => run('emacs', ['--batch', '-Q', '--eval', '(progn (dolist (d (file-expand-wildcards "/usr/share/emacs/site-lisp/elpa/*")) (add-to-list (quote load-path) d)) (require (quote eglot)))']),
  sarif: () => existsSync(join(tools, 'sarif-multitool/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool')),
};
const name = process.argv[2];
const present = LAYERS[name];
if (!present) { console.error(`usage: test-layer.mjs ${Object.keys(LAYERS).join('|')}`); process.exit(2); }
if (!present()) {
  if (process.env.HUASHU_NO_SETUP) { console.error(`${name} is not installed: run scripts/setup-code-server.sh`); process.exit(1); }
  console.error(`[test-layer] ${name} missing: running scripts/setup-code-server.sh`);
  const s = spawnSync('bash', [join(root, 'scripts/setup-code-server.sh')], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, HUASHU_TOOLS_DIR: tools } });
  if (s.status !== 0) process.exit(s.status ?? 1);
}
const r = spawnSync(process.execPath, [join(root, 'node_modules/mocha/bin/mocha.js'), '--reporter', 'spec', '--timeout', '90000', `out/test/${name}/*.spec.js`], { cwd: root, stdio: 'inherit', env: { ...process.env, HUASHU_TOOLS_DIR: tools } });
process.exit(r.status ?? 1);
