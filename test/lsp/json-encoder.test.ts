/**
 * The server's JSON-RPC encoder caches each diagnostic's bytes; what it writes must be exactly
 * `Buffer.from(JSON.stringify(msg))`, whatever the message, and stay so while the analysis moves
 * diagnostics to other lines.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import type { Message } from 'vscode-languageserver/node';
import { EffectiveConfig } from '../../server/src/engine';
import { DocumentAnalyzer } from '../../server/src/engine/incremental';
import { cachedList, clearEncoderLists, encodeMessage, keptLists, movedDiagnostic, sameButRange, sameItems } from '../../server/src/lsp/json-encoder';
import { diagnosticsFor } from '../../server/src/lsp/server';

const plain = (m: unknown): string => Buffer.from(JSON.stringify(m)).toString('hex');
const ours = (m: unknown): string => encodeMessage(m as Message).toString('hex');

const text = fc.string({ unit: 'binary', maxLength: 12 });
const pos = fc.record({ line: fc.nat(5000), character: fc.nat(300) });
const diagnostic = fc.record({
  range: fc.record({ start: pos, end: pos }),
  severity: fc.integer({ min: 1, max: 4 }),
  code: fc.oneof(fc.string(), fc.integer()),
  codeDescription: fc.record({ href: fc.webUrl() }),
  source: fc.constant('huashu'),
  message: text,
  tags: fc.option(fc.array(fc.integer({ min: 1, max: 2 })), { nil: undefined }),
  data: fc.option(fc.jsonValue(), { nil: undefined }),
}, { requiredKeys: ['range', 'message'] });

function publish(uri: string, diagnostics: unknown[], version?: number): unknown {
  return { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version, diagnostics } };
}

describe('lsp: JSON encoder with cached diagnostics', () => {
  it('writes exactly JSON.stringify for publishDiagnostics, document and workspace reports', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.array(diagnostic, { maxLength: 60 }), fc.nat(), (uri, ds, id) => {
      assert.strictEqual(ours(publish(uri, ds, id)), plain(publish(uri, ds, id)));
      const doc = { jsonrpc: '2.0', id, result: { kind: 'full', resultId: String(id), items: ds } };
      assert.strictEqual(ours(doc), plain(doc));
      const ws = { jsonrpc: '2.0', id, result: { items: [{ uri, version: null, kind: 'full', items: ds }, { uri: `${uri}2`, version: 1, kind: 'unchanged', resultId: 'x' }, { uri: `${uri}3`, version: 2, kind: 'full', items: [...ds].reverse() }] } };
      assert.strictEqual(ours(ws), plain(ws));
      // encoded twice (now from the cache): the same bytes
      assert.strictEqual(ours(publish(uri, ds, id)), plain(publish(uri, ds, id)));
    }), { numRuns: 300 });
  });

  it('leaves other messages and the caller\'s objects alone', () => {
    const ds = Array.from({ length: 40 }, (_, i) => ({ range: { start: { line: i, character: 0 }, end: { line: i, character: 2 } }, message: `第 ${i} 条` }));
    const msg = publish('file:///a.huashu.yaml', ds, 3) as { params: { diagnostics: unknown[] } };
    const before = JSON.stringify(msg);
    ours(msg);
    assert.strictEqual(JSON.stringify(msg), before);
    assert.strictEqual(msg.params.diagnostics, ds);
    const other = { jsonrpc: '2.0', id: 1, result: { contents: { kind: 'markdown', value: '**提示**' }, items: ds } };
    assert.strictEqual(ours(other), plain(other));
    // a list whose holder text contains the marker's look-alike
    const tricky = publish('file:///\u0000huashu-list-0\u0000.yaml', ds, 1);
    assert.strictEqual(ours(tricky), plain(tricky));
  });

  it('splices lists that share leading and trailing items with earlier ones, byte-identical', () => {
    const edit = fc.record({ at: fc.nat(), remove: fc.nat(5), insert: fc.array(fc.nat(), { maxLength: 4 }), repeat: fc.boolean() });
    fc.assert(fc.property(fc.array(diagnostic, { minLength: 20, maxLength: 40 }), fc.array(edit, { maxLength: 12 }), fc.boolean(), (pool, edits, clear) => {
      if (clear) clearEncoderLists();
      let list = pool.slice(0, 18);
      assert.strictEqual(ours(publish('u', list)), plain(publish('u', list)));
      for (const e of edits) {
        const at = e.at % (list.length + 1);
        // the same objects (from the pool) may come back at other places, or twice
        const ins = e.insert.map((i) => (e.repeat ? list[i % Math.max(1, list.length)] ?? pool[0] : pool[i % pool.length]));
        list = [...list.slice(0, at), ...ins, ...list.slice(at + e.remove)];
        if (list.length < 16) list = [...list, ...pool.slice(0, 16 - list.length)];
        assert.strictEqual(ours(publish('u', list)), plain(publish('u', list)));
        const other = pool.slice(2);
        assert.strictEqual(ours(publish('v', other)), plain(publish('v', other)));
      }
    }), { numRuns: 300 });
  });

  it('a list whose items have no cached bytes is written whole; a later list splices it at the right items', () => {
    clearEncoderLists();
    // strings full of what the item boundaries are found by: commas, braces, brackets, quotes, escapes
    const tricky = ['a,b', '{"x":[1,2]}', 'say "hi", ok', 'back\\slash\\', '\\"', '],[', '逗号，括号【】', '\u0000\n,'];
    const make = (): { range: { start: { line: number; character: number }; end: { line: number; character: number } }; message: string; data: unknown }[] => Array.from({ length: 24 }, (_, i) => ({
      range: { start: { line: i, character: 0 }, end: { line: i, character: 3 } },
      message: `${tricky[i % tricky.length]} ${i}`, data: { k: [tricky[(i + 3) % tricky.length], { ',': '}' }] },
    }));
    for (const at of [0, 1, 7, 12, 23, 24]) {
      clearEncoderLists();
      // fresh objects each time: nothing of them is cached, so the first list is written whole
      const ds = make();
      assert.strictEqual(ours(publish('u', ds)), plain(publish('u', ds)));
      const fresh = { range: { start: { line: 99, character: 0 }, end: { line: 99, character: 1 } }, message: `新的 ${at}` };
      const list = [...ds.slice(0, at), fresh, ...ds.slice(at + 1)];
      assert.strictEqual(ours(publish('u', list)), plain(publish('u', list)), `at ${at}`);
      // moved diagnostics of a list written whole: their originals' bytes are made when needed
      const moved = ds.map((d) => movedDiagnostic({ ...d, range: { start: { line: d.range.start.line + 3, character: 0 }, end: { line: d.range.end.line + 3, character: 3 } } }, d));
      assert.strictEqual(ours(publish('u', moved)), plain(publish('u', moved)));
    }
    clearEncoderLists();
  });

  it('a moved diagnostic keeps its origin out of sight: JSON, spreads, keys and deepStrictEqual see its own properties only', () => {
    clearEncoderLists();
    const d = { range: { start: { line: 1, character: 2 }, end: { line: 1, character: 5 } }, severity: 1, code: 'no-blame-courier', source: 'huashu', message: '是快递的问题 "引号" \\ 反斜杠' };
    const range = { start: { line: 4, character: 2 }, end: { line: 4, character: 5 } };
    const m = movedDiagnostic({ ...d, range }, d);
    assert.deepStrictEqual(Object.keys(m), Object.keys(d));
    assert.strictEqual(JSON.stringify(m), JSON.stringify({ ...d, range }));
    assert.deepStrictEqual(m, { ...d, range });
    assert.deepStrictEqual({ ...m }, { ...d, range });
    assert.ok(sameButRange(m, d));
    // moved again: the origin is the first diagnostic, not the copy
    const again = movedDiagnostic({ ...m, range: d.range }, m);
    assert.ok(sameButRange(again, d) && sameButRange(again, m));
    assert.ok(!sameButRange({ ...m }, d), 'a plain copy is not declared moved');
    // a frozen object cannot take its origin: it is encoded whole, to the same bytes
    const frozen = movedDiagnostic(Object.freeze({ ...d, range }), d);
    const list = Array.from({ length: 20 }, (_, i) => (i % 3 === 0 ? frozen : movedDiagnostic({ ...d, range: { start: { line: i, character: 2 }, end: { line: i, character: 5 } } }, d)));
    assert.strictEqual(ours(publish('u', list)), plain(publish('u', list)));
    clearEncoderLists();
  });

  it('keeps at most 8 lists and 16 MB of them for splicing; a larger list is written but not kept', () => {
    clearEncoderLists();
    const small = Array.from({ length: 40 }, (_, i) => ({ range: { start: { line: i, character: 0 }, end: { line: i, character: 1 } }, message: `第 ${i} 条` }));
    for (let k = 0; k < 12; k++) ours(publish(`u${k}`, small.map((d) => ({ ...d }))));
    assert.strictEqual(keptLists().lists, 8);
    // 120,000 diagnostics of about 170 bytes: a 20 MB list (a document linted in full each time)
    const big = Array.from({ length: 120000 }, (_, i) => ({ range: { start: { line: i, character: 0 }, end: { line: i, character: 8 } }, message: `顾客在投诉或反映问题，回复里却没有道歉：请先诚恳道歉 ${i}` }));
    const before = keptLists();
    assert.strictEqual(ours(publish('big', big)), plain(publish('big', big)));
    assert.deepStrictEqual(keptLists(), before, 'the large list is not kept');
    // lists that together pass 16 MB: the oldest go
    const mid = big.slice(0, 40000);
    for (let k = 0; k < 4; k++) ours(publish(`m${k}`, mid.map((d) => ({ ...d }))));
    const kept = keptLists();
    assert.ok(kept.bytes <= 16 * 1024 * 1024 && kept.lists >= 1 && kept.lists < 8, JSON.stringify(kept));
    clearEncoderLists();
  });

  it('sameItems: lists equal item by item in what they encode to, whether the same objects or copies', () => {
    fc.assert(fc.property(fc.array(diagnostic, { maxLength: 30 }), fc.nat(), (ds, k) => {
      const copies = ds.map((d) => JSON.parse(JSON.stringify(d)) as object);
      assert.ok(sameItems(ds, ds));
      assert.strictEqual(sameItems(ds, copies), JSON.stringify(ds) === JSON.stringify(copies));
      if (!ds.length) return;
      assert.ok(!sameItems(ds, ds.slice(1)), 'another length');
      const i = k % ds.length;
      const changed = [...ds];
      changed[i] = { ...ds[i], message: `${ds[i].message}！` };
      assert.ok(!sameItems(ds, changed), 'another message');
      const moved = [...ds];
      moved[i] = movedDiagnostic({ ...ds[i], range: { start: ds[i].range.start, end: { line: ds[i].range.end.line, character: ds[i].range.end.character + 1 } } }, ds[i]);
      assert.ok(!sameItems(ds, moved), 'another range');
      // what was compared is still encoded exactly
      assert.strictEqual(ours(publish('u', moved)), plain(publish('u', moved)));
    }), { numRuns: 200 });
  });

  it('moved diagnostics: new range plus the cached rest, byte-identical', () => {
    fc.assert(fc.property(fc.array(diagnostic, { minLength: 16, maxLength: 40 }), fc.integer({ min: -50, max: 50 }), (ds, by) => {
      const base = ds.map((d) => ({ ...d }));
      ours(publish('u', base));
      // the first item kept: the list is spliced from the last one and the moved items are
      // encoded one by one (a list sharing nothing with a kept one is stringified whole)
      const moved = [base[0], ...base.slice(1).map((d) => movedDiagnostic({ ...d, range: { start: { ...d.range.start, line: d.range.start.line + by }, end: { ...d.range.end, line: d.range.end.line + by } } }, d))];
      assert.strictEqual(ours(publish('u', moved)), plain(publish('u', moved)));
      // moved again, from the moved ones
      const again = [base[0], ...moved.slice(1).map((d) => movedDiagnostic({ ...d, range: { start: d.range.start, end: { line: d.range.end.line + 1, character: 0 } } }, d))];
      assert.strictEqual(ours(publish('u', again)), plain(publish('u', again)));
    }), { numRuns: 200 });
  });

  it('moved diagnostics whose range is not the plain shape (keys in another order, another key, a key inherited): JSON.stringify\'s bytes', () => {
    const base = Array.from({ length: 20 }, (_x, i) => ({ range: { start: { line: i, character: 1 }, end: { line: i, character: 4 } }, severity: 1, source: 'huashu', message: `第 ${i} 条` }));
    ours(publish('u', base));
    const proto = Object.create({ extra: 1 }) as { line: number; character: number };
    proto.line = 7; proto.character = 2;
    const odd: ((d: (typeof base)[number]) => unknown)[] = [
      (d) => ({ ...d, range: { end: d.range.end, start: d.range.start } }),
      (d) => ({ ...d, range: { start: { character: d.range.start.character, line: d.range.start.line + 1 }, end: d.range.end } }),
      (d) => ({ ...d, range: { start: d.range.start, end: { line: d.range.end.line, character: d.range.end.character, x: 0 } } }),
      (d) => ({ ...d, range: { start: d.range.start, end: d.range.end, note: 'x' } }),
      (d) => ({ ...d, range: { start: proto, end: d.range.end } }),
      (d) => { const { range, ...rest } = d; return { ...rest, range: { start: { line: range.start.line + 1, character: range.start.character }, end: range.end } }; },
    ];
    for (const make of odd) {
      // (the first item kept, so that the others are encoded one by one)
      const moved = [base[0], ...base.slice(1).map((d) => movedDiagnostic(make(d) as object, d))];
      assert.strictEqual(ours(publish('u', moved)), plain(publish('u', moved)), String(make));
    }
  });

  it('stays byte-identical through real incremental edits that move scripts to other lines', () => {
    const config: EffectiveConfig = { rules: {}, phrases: [], allow: [] };
    const L = ['huashu: 1', 'shop: 尚米坊', 'platform: taobao', 'scripts:'];
    for (let i = 0; i < 60; i++) L.push(`  - id: s${i}`, `    scenario: ${i % 2 ? 'after-sales' : 'logistics'}`, '    customer: 我的快递怎么还没到', `    reply: "亲爱的,是快递给发错地方了哦 ${i}"`);
    let doc = `${L.join('\n')}\n`;
    const az = new DocumentAnalyzer();
    let before = diagnosticsFor(az.analyze(doc, { config }));
    assert.ok(before.length >= MIN_EXPECTED, `expected many diagnostics, got ${before.length}`);
    ours(publish('u', before));
    for (let round = 0; round < 6; round++) {
      // insert a line into script 10's reply item list region: every later script moves down
      const at = doc.indexOf(`  - id: s${10 + round}\n`);
      doc = `${doc.slice(0, at)}  # 注释 ${round}\n${doc.slice(at)}`;
      const after = diagnosticsFor(az.analyze(doc, { config }));
      assert.strictEqual(ours(publish('u', after, round)), plain(publish('u', after, round)));
      assert.notStrictEqual(after, before);
      before = after;
    }
  });
});

describe('lsp: JSON encoder with declared response lists', () => {
  const symbol = fc.record({
    name: text, detail: text, kind: fc.integer({ min: 1, max: 26 }),
    range: fc.record({ start: pos, end: pos }), selectionRange: fc.record({ start: pos, end: pos }),
  });
  const response = (id: number, result: unknown): unknown => ({ jsonrpc: '2.0', id, result });

  it('a declared list as the result, as a property of it, or as the children of a short result\'s items: exactly JSON.stringify', () => {
    fc.assert(fc.property(fc.array(symbol, { minLength: 16, maxLength: 40 }), fc.nat(), fc.array(fc.nat(3), { minLength: 1, maxLength: 5 }), (items, id, split) => {
      const whole = cachedList([...items]);
      assert.strictEqual(ours(response(id, whole)), plain(response(id, whole)));
      const preview = { uri: 'file:///a', version: id, scripts: cachedList([...items].reverse()), counts: { error: 1 } };
      assert.strictEqual(ours(response(id, preview)), plain(response(id, preview)));
      // groups whose children are declared lists (document symbols), some too short to bother with
      const groups = split.map((k, g) => ({ name: `组 ${g}`, kind: 3, children: cachedList(items.slice(0, 10 + 3 * k + g)) }));
      assert.strictEqual(ours(response(id, groups)), plain(response(id, groups)));
      // again, from the cache, and with the same items in other lists
      assert.strictEqual(ours(response(id, groups)), plain(response(id, groups)));
      const mixed = cachedList([...items.slice(5), ...items.slice(0, 5)]);
      assert.strictEqual(ours(response(id + 1, mixed)), plain(response(id + 1, mixed)));
    }), { numRuns: 200 });
  });

  it('lists not declared, notifications and requests: left to JSON.stringify, the caller\'s objects untouched', () => {
    const items = Array.from({ length: 30 }, (_, i) => ({ name: `s${i}`, range: { start: { line: i, character: 0 }, end: { line: i, character: 1 } } }));
    const plainList = response(1, items);
    assert.strictEqual(ours(plainList), plain(plainList));
    const declared = cachedList(items.slice());
    const notification = { jsonrpc: '2.0', method: 'huashu/x', params: { result: declared } };
    assert.strictEqual(ours(notification), plain(notification));
    const msg = response(2, { scripts: declared }) as { result: { scripts: unknown[] } };
    const before = JSON.stringify(msg);
    assert.strictEqual(ours(msg), plain(msg));
    assert.strictEqual(JSON.stringify(msg), before);
    assert.strictEqual(msg.result.scripts, declared);
  });

  it('the preview, symbols and code lenses of real incremental edits: byte-identical', async () => {
    const { documentScripts, documentSymbols, codeLenses } = await import('../../server/src/lsp/features');
    const { textsFor } = await import('../../server/src/lsp/i18n');
    const config: EffectiveConfig = { rules: {}, phrases: [], allow: [] };
    // scenarios alternating (a symbol group per script: more groups than a short result, so the
    // groups are the declared list) and in runs of 8 (a few groups, each with its children declared)
    for (const [n, run] of [[40, 1], [100, 1], [100, 8]]) {
      const L = ['huashu: 1', 'shop: 尚米坊', 'platform: taobao', 'scripts:'];
      for (let i = 0; i < n; i++) L.push(`  - id: s${i}`, `    scenario: ${Math.floor(i / run) % 2 ? 'after-sales' : 'logistics'}`, '    customer: 我的快递怎么还没到', `    reply: "亲爱的,是快递给发错地方了哦 ${i}"`);
      let doc = `${L.join('\n')}\n`;
      const az = new DocumentAnalyzer();
      const check = (round: number): void => {
        const a = az.analyze(doc, { config });
        for (const result of [documentScripts('u', round, a), documentSymbols(a, textsFor('zh')), codeLenses(a, textsFor('zh'))]) {
          assert.strictEqual(ours(response(round, result)), plain(response(round, result)), `${n} scripts in runs of ${run}, round ${round}`);
        }
      };
      check(0);
      for (let round = 1; round < 8; round++) {
        // typing in one reply (nothing moves), then a line more above later scripts (they move down)
        doc = round % 2 ? doc.replace(`快递给发错地方了哦 ${round}"`, `快递给发错地方了哦 ${round}好"`) : doc.replace(`  - id: s${round * 3}\n`, `  # 注释\n  - id: s${round * 3}\n`);
        check(round);
      }
    }
  });
});

const MIN_EXPECTED = 60;
