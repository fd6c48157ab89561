/**
 * IdIndex (cli/lint-files.ts) says, for each file linted together, which of its script ids
 * other files define and where: the first other file in the order given, at the line of that
 * file's first definition. Compared with the obvious computation over every pair of files.
 */
import * as assert from 'assert';
import * as path from 'path';
import { IdIndex, lintFiles } from '../../server/src/cli/lint-files';
import { LineIndex, parseLibrary } from '../../server/src/engine';
import { ConfigResolver } from '../../server/src/node/config-discovery';

function libraryText(ids: string[]): string {
  return `version: 1\nscripts:\n${ids.map((id) => `  - id: ${id}\n    reply: 您好\n`).join('')}`;
}

/** The straightforward reading: every definition of every id, in file order. */
function obvious(files: string[][], k: number): Map<string, string> {
  const out = new Map<string, string>();
  for (const id of files[k]) {
    if (out.has(id)) continue;
    for (let j = 0; j < files.length; j++) {
      if (j === k) continue;
      const at = files[j].indexOf(id);
      if (at >= 0) { out.set(id, `f${j}:${3 + 2 * at}`); break; }
    }
  }
  return out;
}

function indexed(files: string[][], k: number): Map<string, string> {
  const parsed = files.map((ids) => { const text = libraryText(ids); return { library: parseLibrary(text), lines: new LineIndex(text) }; });
  const index = new IdIndex(files.length);
  parsed.forEach((p, j) => index.addFile(j, p.library, p.lines));
  return index.externalFor(k, parsed[k].library, (j) => `f${j}`);
}

describe('cli: script ids across files (IdIndex)', () => {
  it('names the first other file that defines an id, at its first definition', () => {
    const files = [['a', 'b', 'a', 'c'], ['b', 'd', 'b'], ['a', 'c', 'd', 'e'], ['e']];
    for (let k = 0; k < files.length; k++) assert.deepStrictEqual(indexed(files, k), obvious(files, k), `file ${k}`);
    assert.deepStrictEqual(indexed(files, 0), new Map([['a', 'f2:3'], ['b', 'f1:3'], ['c', 'f2:5']]));
  });

  it('matches the obvious computation on random sets of files', () => {
    let seed = 7;
    const rand = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    for (let run = 0; run < 60; run++) {
      const files = Array.from({ length: 1 + rand(5) }, () => Array.from({ length: rand(8) }, () => `id${rand(10)}`));
      for (let k = 0; k < files.length; k++) assert.deepStrictEqual(indexed(files, k), obvious(files, k), JSON.stringify({ files, k }));
    }
  });

  it('a file that cannot be linted (its config fails) still counts for the others\' duplicate ids', () => {
    const resolver = new ConfigResolver({ noConfig: true });
    const effectiveFor = resolver.effectiveFor.bind(resolver);
    resolver.effectiveFor = (file: string) => { if (file.endsWith('a.huashu.yaml')) throw new Error('配置读取失败'); return effectiveFor(file); };
    const text = libraryText(['x', 'y']);
    const reports = lintFiles([{ absPath: path.resolve('/w/a.huashu.yaml'), text }, { absPath: path.resolve('/w/b.huashu.yaml'), text }], { resolver, cwd: path.resolve('/w'), root: path.resolve('/w'), fix: 'none' });
    assert.match(reports[0].fatal ?? '', /内部错误.*配置读取失败/);
    assert.deepStrictEqual(reports[1].messages.filter((m) => m.ruleId === 'duplicate-id').map((m) => m.message.match(/另见 ([^）]+)）/)?.[1] ?? m.message), ['a.huashu.yaml:3', 'a.huashu.yaml:5']);
  });

  it('keeps nothing for a single file, where no id can be defined elsewhere', () => {
    assert.deepStrictEqual(indexed([['a', 'a', 'b']], 0), new Map());
  });
});
