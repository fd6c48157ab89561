/**
 * The VS Code extension's package (what `vsce package` puts in the .vsix, listed by `vsce ls`)
 * holds every file the extension loads: its entry, the bundles it starts (the language server,
 * and the CLI behind the library report), what package.json contributes, the preview's media and
 * the rule pages the "show rule docs" command opens. The extension tests run from the repository,
 * where everything is there, so a file left out of .vscodeignore would only fail once installed.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { RULE_IDS } from '../../server/src/engine';
import { REPO } from './helpers';

function packaged(): Set<string> {
  const vsce = path.join(path.dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
  const r = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: REPO, encoding: 'utf8', timeout: 120000 });
  assert.strictEqual(r.status, 0, r.stderr);
  return new Set(r.stdout.split('\n').map((l) => l.trim()).filter(Boolean));
}

/** Paths the client source names relative to the extension's folder. */
function clientPaths(): string[] {
  const dir = path.join(REPO, 'client/src');
  const out: string[] = [];
  for (const f of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((x) => x.endsWith('.ts'))) {
    const src = fs.readFileSync(path.join(dir, f), 'utf8');
    for (const m of src.matchAll(/asAbsolutePath\('([^']+)'\)/g)) out.push(m[1]);
    // joinPath(context.extensionUri, 'client', 'images', 'icon.png'): the literal segments
    for (const m of src.matchAll(/joinPath\([\w.]*extensionUri((?:,\s*'[^']+')+)/g)) out.push([...m[1].matchAll(/'([^']+)'/g)].map((x) => x[1]).join('/'));
  }
  return out;
}

describe('the extension package', function () {
  this.timeout(120000);
  let files: Set<string>;
  before(() => { files = packaged(); });

  const has = (p: string): boolean => {
    const rel = path.posix.normalize(p.replace(/^\.\//, ''));
    return files.has(rel) || [...files].some((f) => f.startsWith(`${rel}/`));
  };

  it('holds the files the client loads by path (server, CLI, preview media, icons, rule pages)', () => {
    const paths = clientPaths();
    for (const p of ['dist/server.js', 'dist/cli.js', 'client/media', 'docs/rules']) assert.ok(paths.includes(p), `the client names ${p}`);
    assert.deepStrictEqual(paths.filter((p) => !has(p)), []);
    for (const f of fs.readdirSync(path.join(REPO, 'client/media'))) assert.ok(files.has(`client/media/${f}`), `client/media/${f}`);
    assert.deepStrictEqual(RULE_IDS.filter((id) => !files.has(`docs/rules/${id}.md`)), []);
  });

  it('holds every bundle a packaged entry loads by path (the server\'s entry starts dist/server-core.js, the CLI\'s dist/cli-core.js, both read dist/builtin-matcher.bin)', () => {
    for (const entry of ['dist/server.js', 'dist/cli.js', 'dist/client.js']) {
      const src = fs.readFileSync(path.join(REPO, entry), 'utf8');
      const loaded = [...src.matchAll(/\.join\(__dirname, "([\w.-]+\.js)"\)/g)].map((m) => `dist/${m[1]}`);
      assert.deepStrictEqual(loaded.filter((p) => !files.has(p)), [], entry);
      if (entry === 'dist/server.js') assert.deepStrictEqual(loaded, ['dist/server-core.js']);
      if (entry === 'dist/cli.js') assert.deepStrictEqual(loaded, ['dist/cli-core.js']);
    }
    // the data file the cores read beside them (server/src/node/builtin-matcher-file.ts)
    for (const core of ['dist/server-core.js', 'dist/cli-core.js']) {
      const data = [...fs.readFileSync(path.join(REPO, core), 'utf8').matchAll(/"([\w.-]+\.bin)"/g)].map((m) => `dist/${m[1]}`);
      assert.deepStrictEqual(data, ['dist/builtin-matcher.bin'], core);
      assert.ok(files.has(data[0]), `${data[0]} is packaged`);
    }
  });

  it('holds the entry and everything package.json contributes by path', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    const c = pkg.contributes;
    const wanted = [
      pkg.main, pkg.icon,
      ...c.grammars.map((g: { path: string }) => g.path),
      ...c.snippets.map((s: { path: string }) => s.path),
      ...(c.jsonValidation ?? []).map((v: { url: string }) => v.url),
      ...c.languages.flatMap((l: { configuration?: string; icon?: { light: string; dark: string } }) => [l.configuration, l.icon?.light, l.icon?.dark]),
    ].filter((p): p is string => typeof p === 'string' && !/^https?:/.test(p));
    assert.ok(wanted.length >= 6);
    assert.deepStrictEqual(wanted.filter((p) => !has(p)), []);
  });
});
