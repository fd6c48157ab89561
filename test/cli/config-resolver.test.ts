/**
 * The CLI's config look-up: the nearest config governs a file; files governed by a config
 * without overrides share one effective config (the lint derives its rule plan from it once),
 * files matched by overrides get their own.
 */
import * as assert from 'assert';
import * as path from 'path';
import { ConfigResolver } from '../../server/src/node/config-discovery';
import { cleanTemps, makeLib } from './helpers';

describe('cli config resolver', () => {
  after(cleanTemps);

  it('gives files of one config without overrides the same effective config, and each folder its nearest config', () => {
    const dir = makeLib({
      'huashu.config.yaml': 'rules:\n  thank-customer: off\n',
      'a/x.huashu.yaml': '', 'a/y.huashu.yaml': '', 'b/z.huashu.yaml': '',
      'c/huashu.config.yaml': 'rules:\n  thank-customer: error\n', 'c/w.huashu.yaml': '',
    });
    const r = new ConfigResolver({ root: dir });
    const x = r.effectiveFor(path.join(dir, 'a/x.huashu.yaml'));
    assert.strictEqual(x.rules['thank-customer']?.severity, 'off');
    assert.strictEqual(r.effectiveFor(path.join(dir, 'a/y.huashu.yaml')), x);
    assert.strictEqual(r.effectiveFor(path.join(dir, 'b/z.huashu.yaml')), x);
    const w = r.effectiveFor(path.join(dir, 'c/w.huashu.yaml'));
    assert.strictEqual(w.rules['thank-customer']?.severity, 'error');
    assert.strictEqual(r.loadedFor(path.join(dir, 'c/w.huashu.yaml')).file, path.join(dir, 'c/huashu.config.yaml'));
  });

  it('resolves overrides per file', () => {
    const dir = makeLib({
      'huashu.config.yaml': 'overrides:\n  - files: ["vip/**"]\n    rules:\n      thank-customer: off\n',
      'vip/a.huashu.yaml': '', 'vip/b.huashu.yaml': '', 'std/c.huashu.yaml': '',
    });
    const r = new ConfigResolver({ root: dir });
    assert.strictEqual(r.effectiveFor(path.join(dir, 'vip/a.huashu.yaml')).rules['thank-customer']?.severity, 'off');
    assert.strictEqual(r.effectiveFor(path.join(dir, 'vip/b.huashu.yaml')).rules['thank-customer']?.severity, 'off');
    assert.notStrictEqual(r.effectiveFor(path.join(dir, 'std/c.huashu.yaml')).rules['thank-customer']?.severity, 'off');
  });

  it('uses one empty config for every file when there is none or --no-config', () => {
    const dir = makeLib({ 'a.huashu.yaml': '', 'b/c.huashu.yaml': '' });
    for (const r of [new ConfigResolver({ root: dir }), new ConfigResolver({ noConfig: true })]) {
      const a = r.effectiveFor(path.join(dir, 'a.huashu.yaml'));
      assert.deepStrictEqual(a.phrases, []);
      assert.strictEqual(r.effectiveFor(path.join(dir, 'b/c.huashu.yaml')), a);
    }
  });
});
