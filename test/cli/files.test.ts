/**
 * Which files a run reads, beyond the CLI cases: the search for a git-ignored library that tells
 * a run which found nothing why (bounded, so a large ignored build folder cannot make it slow).
 */
import * as assert from 'assert';
import * as path from 'path';
import { findFiles, firstGitIgnored } from '../../server/src/cli/files';
import { cleanTemps, makeLib } from './helpers';

const LIB = 'huashu: 1\nscripts:\n  - id: a\n    reply: 您好\n';

describe('cli: finding files', () => {
  after(cleanTemps);

  it('names the first git-ignored library of a folder, in name order, once nothing else was found', () => {
    const dir = makeLib({ '.gitignore': 'out/\n', 'out/b/z.huashu.yaml': LIB, 'out/a.huashu.yml': LIB, 'out/notes.txt': 'x' });
    assert.deepStrictEqual(findFiles(['out'], dir).files, []);
    assert.strictEqual(firstGitIgnored(['out'], dir), path.join(dir, 'out/a.huashu.yml'));
    assert.strictEqual(firstGitIgnored([], dir), path.join(dir, 'out/a.huashu.yml'), 'no pattern: the current folder');
  });

  it('a glob: only a git-ignored file that the glob matches', () => {
    const dir = makeLib({ '.gitignore': '*.huashu.yaml\n', 'gen/a.huashu.yaml': LIB, 'gen/x/b.huashu.yaml': LIB });
    assert.strictEqual(firstGitIgnored(['gen/x/*.huashu.yaml'], dir), path.join(dir, 'gen/x/b.huashu.yaml'));
    assert.strictEqual(firstGitIgnored(['gen/*/none-*.huashu.yaml'], dir), undefined);
  });

  it('gives up after the files it may look at; node_modules and .git are never searched', () => {
    const files: Record<string, string> = { '.gitignore': 'build/\n' };
    for (let k = 0; k < 6; k++) files[`build/a${k}.txt`] = 'x';
    files['build/z.huashu.yaml'] = LIB;
    const dir = makeLib(files);
    assert.strictEqual(firstGitIgnored(['build'], dir, 5), undefined, 'six other files come first');
    assert.strictEqual(firstGitIgnored(['build'], dir, 10), path.join(dir, 'build/z.huashu.yaml'));
    const hidden = makeLib({ '.gitignore': 'x/\n', 'node_modules/m.huashu.yaml': LIB, '.git/g.huashu.yaml': LIB, 'x/deep/node_modules/n.huashu.yaml': LIB });
    assert.strictEqual(firstGitIgnored([], hidden), undefined);
  });
});
