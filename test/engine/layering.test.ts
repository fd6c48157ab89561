/**
 * The architecture's import directions: the engine is pure (no vscode, no LSP, no CLI, no file
 * system or process), the client never imports the engine, and lsp/ and cli/ never import
 * each other.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '../../..');

function files(dir: string): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(abs, f));
}

function imports(file: string): string[] {
  const src = fs.readFileSync(file, 'utf8');
  return [...src.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|require\(['"]([^'"]+)['"]\)|import\(['"]([^'"]+)['"]\)/g)]
    .map((m) => m[1] ?? m[2] ?? m[3]);
}

function check(dir: string, forbidden: (spec: string, file: string) => boolean): string[] {
  const bad: string[] = [];
  for (const f of files(dir)) for (const spec of imports(f)) if (forbidden(spec, f)) bad.push(`${path.relative(root, f)} imports ${spec}`);
  return bad;
}

const resolvesInto = (spec: string, file: string, dir: string): boolean =>
  spec.startsWith('.') && path.resolve(path.dirname(file), spec).startsWith(path.join(root, dir));

describe('layering', () => {
  it('the engine imports nothing of vscode, LSP, the CLI, node/ or the file system', () => {
    const banned = /^(vscode|vscode-languageserver.*|vscode-languageclient.*|vscode-jsonrpc|fs|path|os|child_process|worker_threads|net|node:.*)$/;
    const bad = check('server/src/engine', (s, f) => banned.test(s)
      || ['server/src/node', 'server/src/lsp', 'server/src/cli'].some((d) => resolvesInto(s, f, d)));
    assert.deepStrictEqual(bad, []);
  });

  it('node/ adapters know neither LSP nor the CLI', () => {
    const bad = check('server/src/node', (s, f) => /^vscode/.test(s) || ['server/src/lsp', 'server/src/cli'].some((d) => resolvesInto(s, f, d)));
    assert.deepStrictEqual(bad, []);
  });

  it('lsp/ and cli/ do not import each other', () => {
    assert.deepStrictEqual(check('server/src/lsp', (s, f) => resolvesInto(s, f, 'server/src/cli')), []);
    assert.deepStrictEqual(check('server/src/cli', (s, f) => resolvesInto(s, f, 'server/src/lsp') || /^vscode/.test(s)), []);
  });

  it('the client talks LSP only and never imports the engine', () => {
    assert.deepStrictEqual(check('client/src', (s, f) => resolvesInto(s, f, 'server/src/engine') || resolvesInto(s, f, 'server/src/node')), []);
  });

  it('the engine has files to check (the test is not vacuous)', () => {
    assert.ok(files('server/src/engine').length > 10);
  });
});
