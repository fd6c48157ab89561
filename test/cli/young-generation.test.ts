/**
 * The CLI and the language server keep V8's young generation at its initial size (server/src/node/young-generation.ts):
 * a process that keeps many objects alive across scavenges, as a lint does, grows its young
 * generation to 32 MB by default, and stays at 2 MB with the module loaded first. Run in child
 * processes, since the flag is process-wide. Also: both bundles load it before anything else.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';

const MODULE = path.resolve(__dirname, '../../server/src/node/young-generation.js');
const DIST = path.resolve(__dirname, '../../../dist');

// objects that live through a few scavenges each, then die: what makes V8 grow the young generation
const CHILD = `
if (process.env.WITH) require(process.env.WITH);
let keep = [];
for (let i = 0; i < 600000; i++) { keep.push({ i, s: 'x' + i }); if (keep.length > 60000) keep = keep.slice(30000); }
const ns = require('v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
process.stdout.write(String(ns.space_size));
`;

function youngSize(withModule: boolean): number {
  const r = spawnSync(process.execPath, ['-e', CHILD], { encoding: 'utf8', env: { ...process.env, WITH: withModule ? MODULE : '' }, timeout: 60000 });
  assert.strictEqual(r.status, 0, r.stderr);
  return Number(r.stdout);
}

describe('the young generation of the CLI and server processes', function () {
  this.timeout(60000);

  it('grows without the module and stays at its initial size with it', () => {
    const MB = 1024 * 1024;
    const grown = youngSize(false);
    const kept = youngSize(true);
    assert.ok(grown >= 8 * MB, `without the module the young generation grows (here ${grown / MB} MB)`);
    assert.ok(kept <= 4 * MB, `with it the young generation stays small (here ${kept / MB} MB)`);
  });

  for (const bundle of ['cli.js', 'server.js']) {
    it(`is set before any other module of our own runs in dist/${bundle}`, () => {
      const src = fs.readFileSync(path.join(DIST, bundle), 'utf8');
      assert.ok(src.includes('"--semi-space-growth-factor=1"'), 'the flag is in the bundle');
      // every module of our own source (after the dependencies' wrappers) starts with a "// server/src/..." comment
      const firstOwn = src.indexOf('\n// server/src/');
      assert.strictEqual(src.slice(firstOwn + 1, src.indexOf('\n', firstOwn + 1)), '// server/src/node/young-generation.ts');
    });
  }
});
