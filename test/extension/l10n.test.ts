import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { api, EXTENSION_ID } from './helpers';

const root = (): string => vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath;
const json = (p: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(root(), p), 'utf8'));
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

describe('localisation', () => {
  before(async () => { await api(); });

  it('the l10n bundle loads for the display language and translates runtime strings', () => {
    const lang = vscode.env.language.toLowerCase();
    // The harness asks code-server for a display language; the extension host must see it.
    if (process.env.HUASHU_TEST_LOCALE) assert.strictEqual(lang, process.env.HUASHU_TEST_LOCALE.toLowerCase());
    if (lang.startsWith('zh')) {
      assert.ok(vscode.l10n.bundle, `a bundle is loaded for ${lang}`);
      assert.ok(vscode.l10n.uri?.path.endsWith('bundle.l10n.zh-cn.json'), String(vscode.l10n.uri));
      assert.strictEqual(vscode.l10n.t('Huashu Preview'), '话术预览');
      assert.strictEqual(vscode.l10n.t('Huashu {0} pts', 97), '话术 97 分');
    } else {
      assert.strictEqual(vscode.l10n.t('Huashu {0} pts', 97), 'Huashu 97 pts');
    }
  });

  it('every runtime string has a Chinese translation', () => {
    const zh = json('l10n/bundle.l10n.zh-cn.json');
    const used = new Set<string>();
    for (const f of sources(path.join(root(), 'client/src'))) {
      for (const m of fs.readFileSync(f, 'utf8').matchAll(/\bt\('((?:[^'\\]|\\.)*)'/g)) used.add(m[1]);
    }
    assert.ok(used.size > 20);
    const missing = [...used].filter((k) => !zh[k]);
    assert.deepStrictEqual(missing, []);
  });

  it('every title and setting description is in package.nls.json and package.nls.zh-cn.json', () => {
    const pkg = fs.readFileSync(path.join(root(), 'package.json'), 'utf8');
    const keys = [...pkg.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    const en = json('package.nls.json');
    const zh = json('package.nls.zh-cn.json');
    assert.deepStrictEqual(keys.filter((k) => !en[k]), [], 'missing in package.nls.json');
    assert.deepStrictEqual(Object.keys(en).filter((k) => !zh[k]), [], 'missing in package.nls.zh-cn.json');
    const manifest = JSON.parse(pkg);
    for (const c of manifest.contributes.commands) assert.match(c.title, /^%command\./, `${c.command} has a localised title`);
    for (const [k, v] of Object.entries<{ description?: string; markdownDescription?: string }>(manifest.contributes.configuration.properties)) {
      assert.match(v.description ?? v.markdownDescription ?? '', /^%config\./, `${k} has a localised description`);
    }
  });
});
