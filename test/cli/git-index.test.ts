/**
 * Reading git's index for `lint --cache`'s tracked-file check (git-index.ts): the same answer as
 * `git ls-files --error-unmatch` wherever it answers, for index versions 2, 3 and 4, in a
 * worktree, outside a repository; no answer (git is asked) for a split index, an environment that
 * moves the repository, a config it does not read, a match only when case is ignored.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { findEntry, indexLists } from '../../server/src/cli/git-index';
import { isTracked } from '../../server/src/cli/git';
import { cleanTemps, makeLib, tempDir } from './helpers';

/** The environment without git's own variables (a test run from a git hook has GIT_DIR set). */
const ENV: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_')));

function gitIn(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd: dir, encoding: 'utf8', env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** git's own answer. */
function gitSays(file: string): boolean {
  try {
    gitIn(path.dirname(file), 'ls-files', '--error-unmatch', '--', path.basename(file));
    return true;
  } catch {
    return false;
  }
}

const FILES = {
  '.huashucache': '{}',
  'a.huashu.yaml': 'huashu: 1\n',
  'sub/.huashucache': '{}',
  'sub/deeper/话术库/.huashucache': '{}',
  'Upper.txt': 'x',
  'removed.txt': 'x',
};
const ASKED = ['.huashucache', 'a.huashu.yaml', 'sub/.huashucache', 'sub/deeper/话术库/.huashucache', 'Upper.txt', 'removed.txt', 'untracked.txt', 'sub/untracked', 'sub/deeper/none'];

function repo(version: number): string {
  const dir = makeLib(FILES);
  gitIn(dir, 'init', '-q');
  gitIn(dir, 'add', '.');
  gitIn(dir, 'commit', '-qm', 'one');
  gitIn(dir, 'rm', '-q', '--cached', 'removed.txt');
  fs.writeFileSync(path.join(dir, 'untracked.txt'), 'x');
  gitIn(dir, 'update-index', '--index-version', String(version));
  return dir;
}

describe('git index reader (lint --cache, tracked cache file)', () => {
  after(cleanTemps);

  for (const version of [2, 3, 4]) {
    it(`gives git's answer for every path, index version ${version}`, () => {
      const dir = repo(version);
      if (version === 3) {
        // an intent-to-add entry carries extended flags (version 3's)
        fs.writeFileSync(path.join(dir, 'intent.txt'), 'x');
        gitIn(dir, 'add', '-N', 'intent.txt');
      }
      const index = fs.readFileSync(path.join(dir, '.git', 'index'));
      assert.strictEqual(index.readUInt32BE(4), version);
      for (const rel of [...ASKED, ...(version === 3 ? ['intent.txt'] : [])]) {
        const file = path.join(dir, rel);
        const git = gitSays(file);
        assert.strictEqual(indexLists(file, ENV), git, `${rel}: git says ${git}`);
        assert.strictEqual(isTracked(file), git, rel);
      }
      // the answers are not all the same
      assert.strictEqual(indexLists(path.join(dir, 'sub/deeper/话术库/.huashucache'), ENV), true);
      assert.strictEqual(indexLists(path.join(dir, 'untracked.txt'), ENV), false);
    });
  }

  it('reads a path longer than the entry\'s 12-bit length (4095 bytes), in versions 2 and 4', () => {
    const dir = repo(2);
    const blob = gitIn(dir, 'hash-object', '-w', 'a.huashu.yaml').trim();
    const long = `${'d'.repeat(200)}/`.repeat(21) + 'f.txt';
    gitIn(dir, 'update-index', '--add', '--cacheinfo', `100644,${blob},${long}`);
    for (const version of [2, 4]) {
      gitIn(dir, 'update-index', '--index-version', String(version));
      const index = fs.readFileSync(path.join(dir, '.git', 'index'));
      assert.strictEqual(findEntry(index, Buffer.from(long)), 'exact', `version ${version}`);
      assert.strictEqual(findEntry(index, Buffer.from(`${long}x`)), 'none', `version ${version}`);
      assert.strictEqual(findEntry(index, Buffer.from('a.huashu.yaml')), 'exact', `version ${version}: an entry after the long one`);
    }
  });

  it('answers false outside a repository, and for a repository without an index yet', () => {
    const outside = tempDir();
    fs.writeFileSync(path.join(outside, '.huashucache'), '{}');
    assert.strictEqual(indexLists(path.join(outside, '.huashucache'), ENV), gitSays(path.join(outside, '.huashucache')));
    const fresh = makeLib({ '.huashucache': '{}' });
    gitIn(fresh, 'init', '-q');
    assert.strictEqual(indexLists(path.join(fresh, '.huashucache'), ENV), false);
    assert.strictEqual(gitSays(path.join(fresh, '.huashucache')), false);
  });

  it('follows a worktree\'s .git file to its index', () => {
    const dir = repo(2);
    const wt = path.join(tempDir(), 'wt');
    gitIn(dir, 'worktree', 'add', '-q', wt);
    assert.ok(fs.statSync(path.join(wt, '.git')).isFile());
    fs.writeFileSync(path.join(wt, 'new.txt'), 'x');
    for (const rel of ['.huashucache', 'sub/.huashucache', 'new.txt']) {
      const file = path.join(wt, rel);
      assert.strictEqual(indexLists(file, ENV), gitSays(file), rel);
    }
    assert.strictEqual(indexLists(path.join(wt, '.huashucache'), ENV), true);
  });

  it('leaves to git a split index, a moved repository, a config it does not read, a match only without case', () => {
    const dir = repo(2);
    const file = path.join(dir, '.huashucache');
    assert.strictEqual(indexLists(file, { ...ENV, GIT_DIR: path.join(dir, '.git') }), undefined);
    assert.strictEqual(indexLists(file, { ...ENV, GIT_INDEX_FILE: path.join(dir, 'other-index') }), undefined);
    // core.ignorecase: a path that differs from an entry in case only
    const upper = path.join(dir, 'upper.txt');
    assert.strictEqual(indexLists(upper, ENV), false);
    gitIn(dir, 'config', 'core.ignorecase', 'true');
    assert.strictEqual(indexLists(upper, ENV), undefined);
    assert.strictEqual(indexLists(path.join(dir, 'Upper.txt'), ENV), true);
    // the key alone on its line is true too
    const config = path.join(dir, '.git', 'config');
    const written = fs.readFileSync(config, 'utf8');
    fs.writeFileSync(config, written.replace(/ignorecase = true/, 'ignorecase'));
    assert.match(fs.readFileSync(config, 'utf8'), /^\s*ignorecase\s*$/m);
    assert.strictEqual(indexLists(upper, ENV), undefined);
    fs.writeFileSync(config, written);
    gitIn(dir, 'config', 'core.ignorecase', 'false');
    gitIn(dir, 'config', 'core.worktree', dir);
    assert.strictEqual(indexLists(file, ENV), undefined);
    gitIn(dir, 'config', '--unset', 'core.worktree');
    assert.strictEqual(indexLists(file, ENV), true);
    gitIn(dir, 'update-index', '--split-index');
    assert.ok(fs.readdirSync(path.join(dir, '.git')).some((f) => f.startsWith('sharedindex.')), 'a split index');
    assert.strictEqual(indexLists(file, ENV), undefined);
    assert.strictEqual(isTracked(file), true, 'git asked');
    // a damaged index: not read, git asked
    gitIn(dir, 'update-index', '--no-split-index');
    const index = path.join(dir, '.git', 'index');
    const data = fs.readFileSync(index);
    fs.writeFileSync(index, data.subarray(0, 100));
    assert.strictEqual(indexLists(file, ENV), undefined);
    assert.strictEqual(findEntry(Buffer.from('not an index at all, longer than a header'), Buffer.from('x')), undefined);
  });
});
