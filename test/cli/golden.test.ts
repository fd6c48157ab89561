/**
 * Golden outputs of every format on the fixture library (plus a BOM + CRLF file written here so
 * that git's line-ending handling can never change it). Only absolute paths are normalised.
 * UPDATE_GOLDEN=1 rewrites the golden files.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { BOM_CRLF, cleanTemps, fixtureLibrary, golden, normalise, runCli } from './helpers';

describe('cli golden outputs', function () {
  this.timeout(20000);
  let dir: string;
  before(() => {
    dir = fixtureLibrary();
    fs.writeFileSync(path.join(dir, 'bom-crlf.huashu.yaml'), BOM_CRLF);
  });
  after(cleanTemps);

  const cases: { name: string; args: string[]; env?: Record<string, string> }[] = [
    { name: 'stylish.txt', args: ['lint'] },
    { name: 'stylish-color.txt', args: ['lint'], env: { FORCE_COLOR: '1' } },
    { name: 'json.json', args: ['lint', '--format', 'json'] },
    { name: 'sarif.json', args: ['lint', '--format', 'sarif'] },
    { name: 'github.txt', args: ['lint', '--format', 'github'] },
    { name: 'rdjson.json', args: ['lint', '--format', 'rdjson'] },
    { name: 'junit.xml', args: ['lint', '--format', 'junit'] },
    { name: 'fix-dry-run.txt', args: ['lint', '--fix-dry-run'] },
    { name: 'quiet.txt', args: ['lint', '--quiet'] },
  ];
  for (const c of cases) {
    it(`${c.args.join(' ')} → ${c.name}`, async () => {
      const r = await runCli(c.args, { cwd: dir, env: c.env });
      assert.strictEqual(r.code, 1, r.stderr);
      assert.strictEqual(r.stderr, '');
      golden(c.name, normalise(r.stdout, [dir]));
    });
  }

  it('the files are unchanged by --fix-dry-run', async () => {
    const before = fs.readFileSync(path.join(dir, 'bom-crlf.huashu.yaml'), 'utf8');
    await runCli(['lint', '--fix-dry-run'], { cwd: dir });
    assert.strictEqual(fs.readFileSync(path.join(dir, 'bom-crlf.huashu.yaml'), 'utf8'), before);
  });
});
