/**
 * What a plain `huashu lint` loads of Node's own modules: `crypto` (digests for the cache, SARIF
 * and the baseline; random names for atomic writes) and `child_process` (git, for `--cache` and
 * `--changed-since`) only when a run needs them. Each was a few milliseconds of every start, and
 * a CLI run on a small library, or an editor's lint of one file on save, is mostly start-up.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { DIST_CLI, cleanTemps, makeLib } from './helpers';

/** The built-in modules a run of the bundled CLI loaded, as `process.moduleLoadList` names them. */
function loaded(args: string[], cwd: string): Set<string> {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'huashu-modules-')), 'list.txt');
  const hook = path.join(path.dirname(out), 'hook.cjs');
  fs.writeFileSync(hook, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(out)}, process.moduleLoadList.join('\\n')));\n`);
  const r = spawnSync(process.execPath, ['--require', hook, DIST_CLI, ...args], { cwd, encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  const list = new Set(fs.readFileSync(out, 'utf8').split('\n').filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length)));
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  return list;
}

describe('cli start-up: Node modules loaded when needed', function () {
  this.timeout(30000);
  after(cleanTemps);
  const lib = 'huashu: 1\nscripts:\n  - id: a\n    reply: 是快递的问题\n';

  it('a plain lint (json, stylish) loads neither crypto nor child_process', () => {
    const dir = makeLib({ 'a.huashu.yaml': lib });
    for (const format of ['json', 'stylish']) {
      const mods = loaded(['lint', '--no-config', '--format', format], dir);
      assert.ok(mods.has('fs'), 'the list is read');
      assert.ok(!mods.has('crypto'), `${format}: crypto`);
      assert.ok(!mods.has('child_process'), `${format}: child_process`);
    }
  });

  it('SARIF (fingerprints) and --cache (digests) load crypto when they run', () => {
    const dir = makeLib({ 'a.huashu.yaml': lib });
    assert.ok(loaded(['lint', '--no-config', '--format', 'sarif'], dir).has('crypto'));
    assert.ok(loaded(['lint', '--no-config', '--cache'], dir).has('crypto'));
  });
});
