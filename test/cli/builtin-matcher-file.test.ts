/**
 * The bundled CLI reads the built-in matcher data from `dist/builtin-matcher.bin`, which the build
 * writes beside the bundles (scripts/build.mjs, server/src/node/builtin-matcher-file.ts): it is
 * the file the bundle's matcher is made from, and without it (or with one of another build) the
 * matcher compiles the built-in phrases itself and the findings are the same.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { decodeMatcherData, encodeMatcherData } from '../../server/src/engine/match/matcher-binary';
import { REPO } from './helpers';

const BIN = path.join(REPO, 'dist/builtin-matcher.bin');

/** The build a data file was made for (its head's `build`). */
function buildOf(bytes: Buffer): string {
  const head = JSON.parse(bytes.subarray(12, 12 + bytes.readUInt32LE(8)).toString('utf8')) as { build: string };
  return head.build;
}

describe('the bundles\' built-in matcher data file', function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    // a copy of the CLI's bundles, whose data file each test may change
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huashu-builtin-'));
    for (const f of ['cli.js', 'cli-core.js', 'builtin-matcher.bin']) fs.copyFileSync(path.join(REPO, 'dist', f), path.join(dir, f));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** The JSON report of the samples by the copied bundles (no code cache: each run compiles alike). */
  const lint = (): { messages: { ruleId: string; line: number; column: number }[] }[] => {
    const r = spawnSync(process.execPath, [path.join(dir, 'cli.js'), 'lint', 'samples', '--format', 'json', '--no-progress'], {
      cwd: REPO, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir(), HUASHU_CODE_CACHE: '0' },
    });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    return JSON.parse(r.stdout);
  };
  const count = (report: ReturnType<typeof lint>): number => report.reduce((n, f) => n + f.messages.length, 0);

  it('is written by the build for the bundles\' build, and holds the data they carry the sources of', () => {
    const bytes = fs.readFileSync(BIN);
    const data = decodeMatcherData(bytes, buildOf(bytes));
    assert.ok(data, 'the file decodes for its build');
    assert.ok(data.triggers > 1000 && data.patterns.length === data.triggers);
    const cli = fs.readFileSync(path.join(REPO, 'dist/cli-core.js'), 'utf8');
    assert.ok(cli.includes(JSON.stringify(buildOf(bytes))), 'the CLI bundle is of the build the file was made for');
    assert.ok(!cli.includes('\\"triggers\\":'), 'the bundle does not carry the data itself');
  });

  it('is what the bundled matcher is made from: with its automaton emptied no phrase is found; none, or another build\'s, gives the same findings', () => {
    const bytes = fs.readFileSync(path.join(dir, 'builtin-matcher.bin'));
    const build = buildOf(bytes);
    const full = lint();
    assert.ok(count(full) > 20, `findings: ${count(full)}`);
    try {
      // the same data without outputs: every built-in phrase's anchor is gone
      const data = decodeMatcherData(bytes, build)!;
      const silent = { ...data, ac: { ...data.ac, outCount: new Int32Array(data.ac.outCount.length), outLen: [], outValue: [] } };
      fs.writeFileSync(path.join(dir, 'builtin-matcher.bin'), encodeMatcherData(silent, build));
      // (no phrase found: the findings of forbidden phrases go, those of missing courtesy come)
      const emptied = lint();
      assert.notDeepStrictEqual(emptied, full, 'the emptied automaton is used');
      assert.ok(!emptied.some((f) => f.messages.some((m) => m.ruleId === 'no-blame-courier')), 'no phrase rule finds anything');
      assert.ok(full.some((f) => f.messages.some((m) => m.ruleId === 'no-blame-courier')));
      // no file, or another build's: the phrases compiled, the same findings
      fs.rmSync(path.join(dir, 'builtin-matcher.bin'));
      assert.deepStrictEqual(lint(), full);
      fs.writeFileSync(path.join(dir, 'builtin-matcher.bin'), encodeMatcherData(silent, `${build}-other`));
      assert.deepStrictEqual(lint(), full);
    } finally {
      fs.writeFileSync(path.join(dir, 'builtin-matcher.bin'), bytes);
    }
  });
});
