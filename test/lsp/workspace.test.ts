/**
 * The language server's index of the workspace's script ids (server/src/lsp/workspace.ts): files
 * read from disk give a map, open documents a list of ids and lines (compared element by element
 * while typing, made a map only when another file asks). Either way, `set` says whether the ids
 * changed and `externalFor` names, for each id, the first other file that defines it;
 * `externalOf` is the part of that a file with given ids reads.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { IdIndex, IdList, idMapOf, sameIdList } from '../../server/src/lsp/workspace';

const list = (...pairs: [string | undefined, number][]): IdList => ({ ids: pairs.map((p) => p[0]), lines: Int32Array.from(pairs.map((p) => p[1])) });

describe('lsp: workspace id index', () => {
  it('turns a list into id → line of its first script', () => {
    assert.deepStrictEqual(idMapOf(list(['a', 2], [undefined, 4], ['b', 6], ['a', 8], ['', 10])), new Map([['a', 2], ['b', 6]]));
  });

  it('compares lists by ids and the lines of scripts that have one', () => {
    assert.ok(sameIdList(list(['a', 2], [undefined, 4]), list(['a', 2], [undefined, 9])));
    assert.ok(!sameIdList(list(['a', 2]), list(['a', 3])));
    assert.ok(!sameIdList(list(['a', 2]), list(['b', 2])));
    assert.ok(!sameIdList(list(['a', 2]), list(['a', 2], ['b', 4])));
  });

  it('says when a file\'s ids changed, whether given as a map or a list', () => {
    const index = new IdIndex();
    assert.strictEqual(index.set('x', list(['a', 2], ['b', 4]), 'x.huashu.yaml'), true);
    const gen = index.generation;
    assert.strictEqual(index.set('x', list(['a', 2], ['b', 4]), 'x.huashu.yaml'), false, 'the same list');
    assert.strictEqual(index.generation, gen);
    assert.strictEqual(index.set('x', list(['a', 2], ['c', 4]), 'x.huashu.yaml'), true, 'an id changed');
    assert.strictEqual(index.set('x', list(['a', 3], ['c', 5]), 'x.huashu.yaml'), true, 'lines moved');
    assert.strictEqual(index.set('x', new Map([['a', 3], ['c', 5]]), 'x.huashu.yaml'), false, 'the map of the same ids (the file saved and read back)');
    assert.strictEqual(index.set('x', new Map([['a', 3]]), 'x.huashu.yaml'), true);
    assert.strictEqual(index.set('x', new Map([['a', 3]]), 'x.huashu.yaml'), false);
    assert.strictEqual(index.set('x', list(['a', 3]), 'x.huashu.yaml'), true, 'a list after a map is compared as new');
    assert.ok(index.generation > gen);
  });

  it('names the first other file that defines an id, from maps and lists alike', () => {
    const index = new IdIndex();
    index.set('one', list(['a', 2], ['b', 4], ['a', 6]), 'one.huashu.yaml');
    index.set('two', new Map([['b', 10], ['c', 12]]), 'two.huashu.yaml');
    index.set('three', list(['c', 0]), 'three.huashu.yaml');
    assert.deepStrictEqual(index.externalFor('three'), new Map([['a', 'one.huashu.yaml 第 3 行'], ['b', 'one.huashu.yaml 第 5 行'], ['c', 'two.huashu.yaml 第 13 行']]));
    assert.deepStrictEqual(index.externalFor('one'), new Map([['b', 'two.huashu.yaml 第 11 行'], ['c', 'two.huashu.yaml 第 13 行']]));
    index.set('one', list(['d', 2]), 'one.huashu.yaml');
    assert.deepStrictEqual(index.externalFor('three'), new Map([['b', 'two.huashu.yaml 第 11 行'], ['c', 'two.huashu.yaml 第 13 行'], ['d', 'one.huashu.yaml 第 3 行']]), 'after a change');
  });

  it('externalOf is externalFor restricted to the ids asked, in their order, through every change', () => {
    const id = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    const ids = fc.array(fc.record({ id: fc.option(id, { nil: undefined }), line: fc.nat(40) }), { maxLength: 6 });
    const op = fc.record({ file: fc.constantFrom('f0', 'f1', 'f2', 'f3'), ids, asMap: fc.boolean(), del: fc.boolean() });
    fc.assert(fc.property(fc.array(op, { minLength: 1, maxLength: 12 }), fc.array(id, { maxLength: 6 }), (ops, asked) => {
      const index = new IdIndex();
      for (const o of ops) {
        if (o.del) index.delete(o.file);
        else {
          const l = list(...o.ids.map((x) => [x.id, x.line] as [string | undefined, number]));
          index.set(o.file, o.asMap ? idMapOf(l) : l, `${o.file}.huashu.yaml`);
        }
        for (const file of ['f0', 'f1', 'f2', 'f3']) {
          const ext = index.externalFor(file);
          const want = asked.filter((x) => ext.has(x)).map((x) => `${x}\u0000${ext.get(x)}\u0001`).join('');
          assert.strictEqual(index.externalOf(file, asked), want);
        }
      }
    }), { numRuns: 300 });
  });
});
