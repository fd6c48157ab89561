#!/usr/bin/env node
// The Neovim layer of `npm test`: Neovim's built-in LSP client against dist/server.js
// (test/neovim/neovim.spec.ts drives test/neovim/client.lua). Installs Debian's neovim through
// scripts/setup-code-server.sh when `nvim` is missing (unless HUASHU_NO_SETUP is set).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const has = () => { const r = spawnSync('nvim', ['--version'], { stdio: 'ignore' }); return !r.error && r.status === 0; };
if (!has()) {
  if (process.env.HUASHU_NO_SETUP) { console.error('nvim is not installed: run scripts/setup-code-server.sh'); process.exit(1); }
  console.error('[test-neovim] nvim missing: running scripts/setup-code-server.sh');
  const s = spawnSync('bash', [join(root, 'scripts/setup-code-server.sh')], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (s.status !== 0) process.exit(s.status ?? 1);
}
const r = spawnSync(process.execPath, [join(root, 'node_modules/mocha/bin/mocha.js'), '--reporter', 'spec', '--timeout', '90000', 'out/test/neovim/*.spec.js'], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
