/**
 * The language server's index of the workspace's script ids (server/src/lsp/workspace.ts): files
 * read from disk give a map, open documents a list of ids and lines (compared element by element
 * while typing, made a map only when another file asks). Either way, `set` says whether the ids
 * changed and `externalFor` names, for each id, the first other file that defines it;
 * `externalOf` is the part of that a file with given ids reads.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import type { ExternalIds } from '../../server/src/engine';
import { IdIndex, IdList, idMapOf, sameIdList } from '../../server/src/lsp/workspace';

const list = (...pairs: [string | undefined, number][]): IdList => ({ ids: pairs.map((p) => p[0]), lines: Int32Array.from(pairs.map((p) => p[1])) });
const IDS = ['a', 'b', 'c', 'd', 'e'];
/** What a look-up answers for the given ids, as a map of the ids it knows. */
const answers = (ext: ExternalIds, ids = IDS): Map<string, string> => {
  const out = new Map<string, string>();
  for (const id of ids) { const w = ext.get(id); if (w !== undefined) out.set(id, w); }
  return out;
};

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
    assert.deepStrictEqual(answers(index.externalFor('three')), new Map([['a', 'one.huashu.yaml 第 3 行'], ['b', 'one.huashu.yaml 第 5 行'], ['c', 'two.huashu.yaml 第 13 行']]));
    assert.deepStrictEqual(answers(index.externalFor('one')), new Map([['b', 'two.huashu.yaml 第 11 行'], ['c', 'two.huashu.yaml 第 13 行']]));
    const before = index.externalFor('three');
    assert.strictEqual(index.externalFor('three'), before, 'the same look-up while nothing changes');
    index.set('one', list(['d', 2]), 'one.huashu.yaml');
    assert.notStrictEqual(index.externalFor('three'), before);
    assert.deepStrictEqual(answers(index.externalFor('three')), new Map([['b', 'two.huashu.yaml 第 11 行'], ['c', 'two.huashu.yaml 第 13 行'], ['d', 'one.huashu.yaml 第 3 行']]), 'after a change');
    assert.deepStrictEqual(answers(before), answers(index.externalFor('three')), 'a look-up made before the change answers as the index is now');
    index.delete('two');
    assert.deepStrictEqual(answers(before), new Map([['d', 'one.huashu.yaml 第 3 行']]), 'and after a file is gone');
  });

  it('externalFor answers as a map of every other file\'s ids would (the first other file in order, its first line), through every change', () => {
    const id = fc.constantFrom(...IDS);
    const ids = fc.array(fc.record({ id: fc.option(id, { nil: undefined }), line: fc.nat(40) }), { maxLength: 6 });
    // kind: 0 delete, 1 a line break above the file's scripts (the same ids, each a line down, as
    // typing in an open document gives), else new ids
    const op = fc.record({ file: fc.constantFrom('f0', 'f1', 'f2', 'f3'), ids, asMap: fc.boolean(), kind: fc.nat(3) });
    fc.assert(fc.property(fc.array(op, { minLength: 1, maxLength: 14 }), (ops) => {
      const index = new IdIndex();
      // the reference: files in the order they were added (a Map's order), each id's first line
      const files = new Map<string, Map<string, number>>();
      const lists = new Map<string, IdList>();
      const held = new Map<string, ExternalIds>();
      for (const o of ops) {
        let l = list(...o.ids.map((x) => [x.id, x.line] as [string | undefined, number]));
        const last = lists.get(o.file);
        if (o.kind === 1 && last) l = { ids: last.ids, lines: last.lines.map((x) => x + 1) };
        let changed: boolean;
        if (o.kind === 0) { changed = index.delete(o.file); files.delete(o.file); lists.delete(o.file); } else { changed = index.set(o.file, o.asMap ? idMapOf(l) : l, `${o.file}.huashu.yaml`); files.set(o.file, idMapOf(l)); lists.set(o.file, l); }
        for (const file of ['f0', 'f1', 'f2', 'f3']) {
          const want = new Map<string, string>();
          for (const [other, m] of files) {
            if (other === file) continue;
            for (const [x, line] of m) if (!want.has(x)) want.set(x, `${other}.huashu.yaml 第 ${line + 1} 行`);
          }
          const wanted = new Map(IDS.filter((x) => want.has(x)).map((x) => [x, want.get(x)!]));
          const ext = index.externalFor(file);
          assert.deepStrictEqual(answers(ext), wanted);
          const before = held.get(file);
          if (before) {
            assert.deepStrictEqual(answers(before), wanted, 'a look-up made before the change answers as the index is now');
            // a file's own changes leave its look-up (what the other files define) the same object
            if (!changed || o.file === file) assert.strictEqual(ext, before, 'the same look-up after the file\'s own change');
          }
          held.set(file, ext);
        }
      }
    }), { numRuns: 400 });
  });

  it('a patch of an open document\'s list answers as setting the patched list would, and only from the list it names', () => {
    const id = fc.constantFrom(...IDS);
    const ids = fc.array(fc.record({ id: fc.option(id, { nil: undefined }), line: fc.nat(40) }), { minLength: 1, maxLength: 6 });
    const entry = fc.record({ at: fc.nat(5), id: fc.option(id, { nil: undefined }), line: fc.nat(40) });
    // set: a file's list (or map) anew; patch: some of its entries (a stale patch names an older list)
    const shift = fc.option(fc.record({ from: fc.nat(6), by: fc.integer({ min: -3, max: 3 }) }), { nil: undefined });
    // (keep: an entry the patch sets after the shift's start keeps its line, the shift undone for it)
    const op = fc.record({ file: fc.constantFrom('f0', 'f1', 'f2'), ids, asMap: fc.boolean(), patch: fc.array(entry, { maxLength: 3 }), shift, keep: fc.boolean(), kind: fc.nat(3), stale: fc.boolean() });
    fc.assert(fc.property(fc.array(op, { minLength: 1, maxLength: 16 }), (ops) => {
      const patched = new IdIndex();
      const whole = new IdIndex();
      const lists = new Map<string, { list: IdList; key?: number }>();
      let keys = 0;
      for (const o of ops) {
        const last = lists.get(o.file);
        if (o.kind === 0 || !last) {
          const l = list(...o.ids.map((x) => [x.id, x.line] as [string | undefined, number]));
          const key = o.asMap ? undefined : ++keys;
          // (the index patches the list it is given: its own copy)
          const ids = o.asMap ? idMapOf(l) : { ids: [...l.ids], lines: Int32Array.from(l.lines) };
          assert.strictEqual(patched.set(o.file, ids, `${o.file}.huashu.yaml`, key), whole.set(o.file, o.asMap ? idMapOf(l) : list(...o.ids.map((x) => [x.id, x.line] as [string | undefined, number])), `${o.file}.huashu.yaml`));
          lists.set(o.file, { list: l, key });
          continue;
        }
        const at = [...new Set(o.patch.map((e) => e.at % last.list.ids.length))].sort((x, y) => x - y);
        const byAt = new Map(o.patch.map((e) => [e.at % last.list.ids.length, e]));
        const line = (k: number): number => (o.keep && o.shift && k >= o.shift.from ? last.list.lines[k] : byAt.get(k)!.line);
        const p = { from: o.stale || last.key === undefined ? -1 : last.key, shift: o.shift, at, ids: at.map((k) => (o.keep ? last.list.ids[k] : byAt.get(k)!.id)), lines: at.map(line) };
        const key = ++keys;
        const gen = patched.generation;
        const r = patched.patch(o.file, p, key, `${o.file}.huashu.yaml`);
        if (p.from !== last.key) {
          assert.strictEqual(r, undefined, 'a patch of another list is refused');
          assert.strictEqual(patched.generation, gen);
          continue;
        }
        const ids = [...last.list.ids];
        const lines = Int32Array.from(last.list.lines);
        if (o.shift) for (let k = o.shift.from; k < lines.length; k++) lines[k] += o.shift.by;
        at.forEach((k, j) => { ids[k] = p.ids[j]; lines[k] = p.lines[j]; });
        const next = { ids, lines };
        assert.strictEqual(r, whole.set(o.file, { ids: [...ids], lines: Int32Array.from(lines) }, `${o.file}.huashu.yaml`), 'changed as setting the list says');
        assert.strictEqual(patched.generation > gen, r, 'the generation moves with a change only');
        lists.set(o.file, { list: next, key });
        for (const file of ['f0', 'f1', 'f2']) assert.deepStrictEqual(answers(patched.externalFor(file)), answers(whole.externalFor(file)), `what ${file} reads`);
      }
    }), { numRuns: 400 });
  });

  it('externalOf is externalFor restricted to the ids asked, in their order, through every change', () => {
    const id = fc.constantFrom(...IDS);
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
          const want = asked.filter((x) => ext.get(x) !== undefined).map((x) => `${x}\u0000${ext.get(x)}\u0001`).join('');
          assert.strictEqual(index.externalOf(file, asked), want);
        }
      }
    }), { numRuns: 300 });
  });
});
