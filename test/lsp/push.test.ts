/**
 * Pushed diagnostics that did not change are not sent again: the server skips a publish when the
 * lint makes the list it last published and every change since left that list where a client
 * shows it (`keepsDiagnostics`). What a client holds must still be, at every version, what a
 * full lint of the text gives, for a client that keeps positions as published and for one that
 * moves them with the text.
 */
import * as assert from 'assert';
import type { Diagnostic, Position, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/engine';
import { keepsDiagnostics } from '../../server/src/lsp/features';
import { TestClient } from './client';
import { LIB, lineOf } from './fixtures';

const diag = (sl: number, sc: number, el: number, ec: number): Diagnostic => ({ range: { start: { line: sl, character: sc }, end: { line: el, character: ec } }, message: 'm' });
const at = (line: number, character: number, endCharacter = character, text = 'x'): TextDocumentContentChangeEvent =>
  ({ range: { start: { line, character }, end: { line, character: endCharacter } }, text });

describe('pushed diagnostics left unchanged (keepsDiagnostics)', () => {
  const items = [diag(2, 4, 2, 8), diag(5, 10, 5, 12), diag(7, 3, 9, 1)];

  it('keeps them for a change on one line before every diagnostic of that line, or on a line with none', () => {
    assert.strictEqual(keepsDiagnostics(items, at(2, 9)), true, 'after the line\'s diagnostic');
    assert.strictEqual(keepsDiagnostics(items, at(2, 9, 11, '')), true, 'a deletion after the line\'s diagnostic');
    assert.strictEqual(keepsDiagnostics(items, at(3, 0)), true, 'a line without diagnostics');
    assert.strictEqual(keepsDiagnostics(items, at(8, 0)), true, 'inside a multi-line diagnostic, on a line where it neither starts nor ends');
    assert.strictEqual(keepsDiagnostics(items, at(9, 2)), true, 'after the end of a multi-line diagnostic');
    assert.strictEqual(keepsDiagnostics([], at(0, 0)), true);
  });

  it('does not keep them where a diagnostic starts or ends at or after the change on its line', () => {
    assert.strictEqual(keepsDiagnostics(items, at(2, 4)), false, 'at a start');
    assert.strictEqual(keepsDiagnostics(items, at(2, 5)), false, 'inside');
    assert.strictEqual(keepsDiagnostics(items, at(2, 8)), false, 'at an end');
    assert.strictEqual(keepsDiagnostics(items, at(2, 0)), false, 'before, on the line');
    assert.strictEqual(keepsDiagnostics(items, at(7, 1)), false, 'before the start of a multi-line diagnostic');
    assert.strictEqual(keepsDiagnostics(items, at(9, 0)), false, 'before the end of a multi-line diagnostic');
    assert.strictEqual(keepsDiagnostics(items, at(2, 9, 2)), false, 'a reversed range starting before the end');
    assert.strictEqual(keepsDiagnostics([diag(4, 0, 4, 0)], at(4, 0, 4, '')), false, 'an empty diagnostic at the change');
  });

  it('keeps them for any change after every diagnostic (a script typed at the end of a library)', () => {
    assert.strictEqual(keepsDiagnostics(items, at(9, 2, 2, '\n  - id: x\n')), true, 'line breaks after the last diagnostic\'s end');
    assert.strictEqual(keepsDiagnostics(items, { range: { start: { line: 10, character: 0 }, end: { line: 14, character: 2 } }, text: 'a\r\nb' }), true, 'lines replaced below');
    assert.strictEqual(keepsDiagnostics(items, { range: { start: { line: 14, character: 2 }, end: { line: 10, character: 0 } }, text: '\n' }), true, 'a reversed range below');
    assert.strictEqual(keepsDiagnostics(items, at(9, 0, 0, '\n')), false, 'a line break at the last diagnostic\'s end line, before its end');
    assert.strictEqual(keepsDiagnostics(items, { range: { start: { line: 9, character: 1 }, end: { line: 9, character: 1 } }, text: '\n' }), false, 'a line break at its very end');
  });

  it('does not keep them for a change that moves lines or replaces the whole text', () => {
    assert.strictEqual(keepsDiagnostics(items, at(3, 0, 3, '\n')), false, 'a line break inserted');
    assert.strictEqual(keepsDiagnostics(items, at(3, 0, 3, 'a\r')), false, 'a carriage return inserted');
    assert.strictEqual(keepsDiagnostics(items, { range: { start: { line: 3, character: 0 }, end: { line: 4, character: 0 } }, text: '' }), false, 'a line joined');
    assert.strictEqual(keepsDiagnostics(items, { text: 'whole' }), false, 'a whole-text change');
  });
});

/** A position after a change replacing `r` with `text`, as an editor moves a marker (one at the change's start moves with the insertion). */
function mapPosition(p: Position, r: Range, text: string): Position {
  const before = p.line < r.start.line || (p.line === r.start.line && p.character < r.start.character);
  if (before) return p;
  const inside = p.line < r.end.line || (p.line === r.end.line && p.character < r.end.character);
  const lines = text.split(/\r\n|\r|\n/);
  const endLine = r.start.line + lines.length - 1;
  const endChar = (lines.length === 1 ? r.start.character : 0) + lines[lines.length - 1].length;
  if (inside) return { line: endLine, character: endChar };
  return p.line === r.end.line ? { line: endLine, character: endChar + p.character - r.end.character } : { line: p.line + endLine - r.end.line, character: p.character };
}

function mapDiagnostics(ds: Diagnostic[], r: Range, text: string): Diagnostic[] {
  return ds.map((d) => ({ ...d, range: { start: mapPosition(d.range.start, r, text), end: mapPosition(d.range.end, r, text) } }));
}

const REPLIES = ['您好,请问有什么可以帮您', '亲,是快递给发错地方了哦', '非常抱歉给您带来不便,我马上为您处理', '这个不归我们管', '好的亲亲', '感谢您的耐心等待,祝您生活愉快'];

function library(n: number): string {
  const L = ['huashu: 1', 'shop: 尚米坊', 'platform: taobao', 'scripts:'];
  for (let i = 0; i < n; i++) L.push(`  - id: s${i}`, `    scenario: ${i % 2 ? 'after-sales' : 'logistics'}`, `    reply: ${REPLIES[i % REPLIES.length]}`);
  return L.join('\n') + '\n';
}

describe('language server (push diagnostics): unchanged diagnostics are not sent again', () => {
  let client: TestClient;
  let ref: TestClient;
  let refSeq = 0;
  beforeEach(async () => {
    client = await TestClient.start();
    ref = await TestClient.start({ initializationOptions: { debounceMs: 0, incremental: false } });
  });
  afterEach(async () => { await client.stop(); await ref.stop(); });

  /** A full lint's diagnostics of `text`, from a server that lints every version whole. */
  async function fullLint(text: string): Promise<Diagnostic[]> {
    const uri = `untitled:ref-${++refSeq}.huashu.yaml`;
    await ref.open(uri, text);
    const d = (await ref.diagnostics(uri, 1)).diagnostics;
    await ref.close(uri);
    return d;
  }

  it('answers a keystroke that moves no diagnostic with nothing, and publishes those that move one', async () => {
    const uri = 'untitled:push.huashu.yaml';
    let text = LIB;
    await client.open(uri, text);
    const first = await client.diagnostics(uri, 1);
    assert.ok(first.diagnostics.length > 3);
    /** Applies one ranged change and returns what the client holds for it, checked against a full lint. */
    const change = async (start: Position, insert: string, del = 0): Promise<{ kept: boolean; diagnostics: Diagnostic[] }> => {
      const li = new LineIndex(text);
      const off = li.offsetAt(start);
      text = text.slice(0, off) + insert + text.slice(off + del);
      const v = await client.change(uri, insert, { start, end: li.positionAt(off + del) });
      const held = await client.held(uri, v);
      assert.deepStrictEqual(held.diagnostics, await fullLint(text), `the diagnostics held at version ${v}`);
      return held;
    };
    // the end of `greet`'s title line: no diagnostic there or after it on that line
    const greet = lineOf(text, 'title: 问候').line;
    const end = { line: greet, character: text.split('\n')[greet].length };
    assert.ok(first.diagnostics.every((d) => !((d.range.start.line === greet || d.range.end.line === greet) && d.range.end.character >= end.character)));
    const published = client.published.length;
    assert.strictEqual((await change(end, '呢')).kept, true, 'a character typed at the end of a title');
    assert.strictEqual((await change(end, '', 1)).kept, true, 'and deleted');
    assert.strictEqual((await change({ line: 0, character: 0 }, '# 注释\n')).kept, false, 'a line inserted above every diagnostic');
    assert.strictEqual((await change({ line: 0, character: 0 }, '', 5)).kept, false, 'and removed');
    // lines added after every diagnostic (a comment at the end of the library): nothing moves
    const last = { line: text.split('\n').length - 1, character: 0 };
    assert.strictEqual((await change(last, '# 待补充\n# 下周上线\n')).kept, true, 'lines added at the end');
    assert.strictEqual(client.published.length, published + 2, 'two publishes for five changes');
    // typing before a diagnostic on its line moves it
    const courier = lineOf(text, '亲,是快递');
    const moved = await change(courier, '好');
    assert.strictEqual(moved.kept, false, 'typed before a finding');
    // a keystroke that leaves the old list in place but changes it (a new finding) is published
    const ends = text.split('\n').map((l, line) => ({ line, character: l.length })).filter((p) => text.split('\n')[p.line].startsWith('    reply: '));
    const clean = ends.find((p) => keepsDiagnostics(moved.diagnostics, { range: { start: p, end: p }, text: 'x' }));
    assert.ok(clean, 'a reply line with no diagnostic at its end');
    const grown = await change(clean, ',这个不归我们管');
    assert.strictEqual(grown.kept, false);
    assert.ok(grown.diagnostics.length > moved.diagnostics.length, 'a new finding');
    // the same text sent whole: the client may have replaced anything, so it gets the list again
    const before = client.published.length;
    const v = await client.change(uri, text);
    const whole = await client.held(uri, v);
    assert.strictEqual(whole.kept, false);
    assert.strictEqual(client.published.length, before + 1);
  });

  it('publishes the same list again after a change on its line before it: the editor moved its copy', async () => {
    // 哈哈哈哈哈: two findings, 哈哈 at the reply's first and third characters; without the first 哈,
    // the same two ranges (the next 哈哈 pairs): the same list, but an editor moved its copy left
    const uri = 'untitled:laugh.huashu.yaml';
    const text = ['huashu: 1', 'scripts:', '  - id: a', '    scenario: logistics', '    reply: 哈哈哈哈哈，您好', ''].join('\n');
    await client.open(uri, text);
    const first = (await client.diagnostics(uri, 1)).diagnostics.filter((d) => d.code === 'no-internet-slang');
    assert.deepStrictEqual(first.map((d) => [d.range.start.character, d.range.end.character]), [[11, 13], [13, 15]]);
    const range = { start: { line: 4, character: 11 }, end: { line: 4, character: 12 } };
    const v = await client.change(uri, '', range);
    const held = await client.held(uri, v);
    const after = text.replace('哈哈哈哈哈', '哈哈哈哈');
    assert.deepStrictEqual(held.diagnostics.filter((d) => d.code === 'no-internet-slang'), first, 'the same findings where they were');
    assert.deepStrictEqual(held.diagnostics, await fullLint(after));
    assert.strictEqual(held.kept, false, 'published: a client moving diagnostics with the text has them one character to the left');
    assert.notDeepStrictEqual(mapDiagnostics(first, range, '').map((d) => d.range), first.map((d) => d.range));
  });

  it('leaves the client holding a full lint\'s diagnostics at every version while typing at random, moving them as an editor does or not', async () => {
    let seed = 7;
    const rnd = (n: number): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    const uri = 'untitled:random.huashu.yaml';
    let text = library(24);
    await client.open(uri, text);
    /** The copy of a client that moves diagnostics with the text, replaced at each publish. */
    let moving = (await client.diagnostics(uri, 1)).diagnostics;
    let kept = 0;
    let published = 0;
    for (let it = 0; it < 90; it++) {
      const lines = text.split('\n');
      const replyLines = lines.flatMap((l, i) => (l.startsWith('    reply: ') ? [i] : []));
      const line = replyLines[rnd(replyLines.length)];
      const lo = '    reply: '.length;
      const character = lo + rnd(lines[line].length - lo + 1);
      const k = rnd(10);
      let insert = '';
      let del = 0;
      if (k < 5) insert = ['好', '的', '呢', '亲', '您'][rnd(5)];
      else if (k < 7) del = Math.min(1 + rnd(2), lines[line].length - character);
      else if (k < 8) insert = ['是快递的问题', '非常抱歉', '不归我们管'][rnd(3)];
      else if (k < 9) insert = `\n  - id: n${it}\n    reply: 好的`;
      else { insert = '，'; del = Math.min(1, lines[line].length - character); }
      const range = { start: { line, character }, end: { line, character: character + del } };
      const li = new LineIndex(text);
      text = text.slice(0, li.offsetAt(range.start)) + insert + text.slice(li.offsetAt(range.end));
      const v = await client.change(uri, insert, range);
      const held = await client.held(uri, v);
      const want = await fullLint(text);
      assert.deepStrictEqual(held.diagnostics, want, `a client keeping positions, change ${it}`);
      moving = held.kept ? mapDiagnostics(moving, range, insert) : held.diagnostics;
      assert.deepStrictEqual(moving, want, `a client moving them with the text, change ${it}`);
      if (held.kept) kept++; else published++;
    }
    assert.ok(kept >= 20 && published >= 20, `both kinds of keystroke met: ${kept} kept, ${published} published`);
  });
});
