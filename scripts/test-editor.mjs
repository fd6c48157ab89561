#!/usr/bin/env node
// An editor layer of `npm test`: a real LSP client other than VS Code against dist/server.js.
//   node scripts/test-editor.mjs neovim   Neovim's built-in client (test/neovim/: client.lua)
//   node scripts/test-editor.mjs emacs    Emacs's Eglot (test/emacs/: client.el)
// Installs the editor (Debian packages) through scripts/setup-code-server.sh when it is missing
// (unless HUASHU_NO_SETUP is set).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const EDITORS = {
  neovim: { probe: ['nvim', ['--version']] },
  // Eglot is Debian's elpa-eglot, loaded from its site-lisp folder by test/emacs/client.el
  emacs: { probe: ['emacs', ['--batch', '-Q', '--eval', '(progn (dolist (d (file-expand-wildcards "/usr/share/emacs/site-lisp/elpa/*")) (add-to-list (quote load-path) d)) (require (quote eglot)))']] },
};
const name = process.argv[2];
const editor = EDITORS[name];
if (!editor) { console.error(`usage: test-editor.mjs ${Object.keys(EDITORS).join('|')}`); process.exit(2); }
const root = new URL('..', import.meta.url).pathname;
const has = () => { const r = spawnSync(editor.probe[0], editor.probe[1], { stdio: 'ignore' }); return !r.error && r.status === 0; };
if (!has()) {
  if (process.env.HUASHU_NO_SETUP) { console.error(`${name} is not installed: run scripts/setup-code-server.sh`); process.exit(1); }
  console.error(`[test-editor] ${name} missing: running scripts/setup-code-server.sh`);
  const s = spawnSync('bash', [join(root, 'scripts/setup-code-server.sh')], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (s.status !== 0) process.exit(s.status ?? 1);
}
const r = spawnSync(process.execPath, [join(root, 'node_modules/mocha/bin/mocha.js'), '--reporter', 'spec', '--timeout', '90000', `out/test/${name}/*.spec.js`], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
