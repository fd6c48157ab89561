/**
 * Exact positions for every scalar style × line ending (LF, CRLF, lone CR) × BOM, with an emoji
 * (two UTF-16 units) before the finding. The expected position is computed independently of
 * the engine: by searching the raw text for the flagged characters.
 */
import * as assert from 'assert';
import { lintText, LineIndex } from '../../server/src/engine';

const RULE = 'no-blame-courier';

interface StyleCase { name: string; reply: string; flagged: string; nth?: number }

// Each reply contains the courier-blaming phrase once; `flagged` is how its source looks.
const STYLES: StyleCase[] = [
  { name: 'plain', reply: 'reply: 😀亲,是快递给发错地方了哦', flagged: '是快递给发错' },
  { name: 'plain multi-line', reply: 'reply: 😀第一行\n      亲,是快递给发错地方了哦', flagged: '是快递给发错' },
  { name: 'single-quoted with \'\'', reply: "reply: '😀亲''的,是快递给发错地方了哦'", flagged: '是快递给发错' },
  { name: 'double-quoted with escapes', reply: 'reply: "😀\\t亲\\x41\\\\,是快递给发错地方\\/了哦"', flagged: '是快递给发错' },
  { name: 'double-quoted with \\u escape inside the phrase', reply: 'reply: "😀亲,是快递\\u7ED9发错地方了哦"', flagged: '是快递\\u7ED9发错' },
  { name: 'double-quoted folded across lines', reply: 'reply: "😀第一行\n      亲,是快递给发错地方了哦"', flagged: '是快递给发错' },
  { name: 'literal block', reply: 'reply: |\n      😀第一行\n      亲,是快递给发错地方了哦\n', flagged: '是快递给发错' },
  { name: 'literal block keep + explicit indent', reply: 'reply: |2+\n        😀第一行\n        亲,是快递给发错地方了哦\n\n', flagged: '是快递给发错' },
  { name: 'folded block', reply: 'reply: >-\n      😀第一行\n      亲,是快递给发错地方了哦\n', flagged: '是快递给发错' },
  { name: 'flow sequence', reply: 'reply: [😀您好, "亲,是快递给发错地方了哦"]', flagged: '是快递给发错' },
  { name: 'block sequence', reply: 'reply:\n      - 😀您好\n      - 亲,是快递给发错地方了哦', flagged: '是快递给发错' },
  { name: 'alternatives', reply: 'reply: 您好\n    alternatives:\n      - [😀您好, \'亲,是快递给发错地方了哦\']', flagged: '是快递给发错' },
];

const ENDINGS: [string, string][] = [['LF', '\n'], ['CRLF', '\r\n'], ['CR', '\r']];

function library(reply: string, eol: string, bom: boolean): string {
  const text = ['huashu: 1', 'scripts:', '  - id: pos', `    ${reply}`, ''].join('\n');
  return (bom ? '\uFEFF' : '') + text.replace(/\n/g, eol);
}

/** Independent expectation: LSP position of the n-th occurrence of `needle` after "reply". */
function expectedPosition(text: string, needle: string): { line: number; character: number; offset: number } {
  const body = text.replace(/^\uFEFF/, '');
  const offset = body.indexOf(needle, body.indexOf('reply'));
  const before = body.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length, offset };
}

for (const parse of ['fast', 'full'] as const) describe(`positions (${parse} path): every scalar style × line ending × BOM`, () => {
  for (const s of STYLES) {
    for (const [eolName, eol] of ENDINGS) {
      for (const bom of [false, true]) {
        it(`${s.name}, ${eolName}${bom ? ', BOM' : ''}`, () => {
          const text = library(s.reply, eol, bom);
          const r = lintText(text, { parse });
          const yamlErrors = r.findings.filter((f) => f.ruleId === 'yaml-syntax');
          assert.deepStrictEqual(yamlErrors, []);
          const found = r.findings.filter((f) => f.ruleId === RULE);
          assert.strictEqual(found.length, 1, `one ${RULE} finding expected, got ${JSON.stringify(r.findings.map((f) => f.ruleId))}`);
          const f = found[0];
          const exp = expectedPosition(text, s.flagged);
          assert.strictEqual(r.text.slice(f.start, f.end).replace(/\r\n|\r|\n/g, '\n'), s.flagged.replace(/\r\n|\r|\n/g, '\n'));
          assert.strictEqual(f.start, exp.offset);
          const pos = r.lines.positionAt(f.start);
          assert.deepStrictEqual(pos, { line: exp.line, character: exp.character });
        });
      }
    }
  }

  it('a finding across a folded line break starts and ends on the right lines', () => {
    const text = library('reply: "亲,是快递给\n      发错了地方"', '\r\n', false);
    const r = lintText(text, { parse });
    const f = r.findings.find((x) => x.ruleId === RULE)!;
    assert.ok(f, 'finding expected');
    assert.deepStrictEqual(r.lines.positionAt(f.start), { line: 3, character: 14 });
    assert.deepStrictEqual(r.lines.positionAt(f.end), { line: 4, character: 8 });
  });
});

describe('LineIndex', () => {
  it('breaks lines at \\r\\n, \\r and \\n and counts UTF-16 units', () => {
    const idx = new LineIndex('a\r\nb\rc\nd😀e');
    assert.strictEqual(idx.lineCount, 4);
    assert.deepStrictEqual(idx.positionAt(3), { line: 1, character: 0 });
    assert.deepStrictEqual(idx.positionAt(5), { line: 2, character: 0 });
    assert.deepStrictEqual(idx.positionAt(10), { line: 3, character: 3 });
    assert.strictEqual(idx.offsetAt({ line: 3, character: 3 }), 10);
    assert.strictEqual(idx.offsetAt({ line: 0, character: 99 }), 1, 'clamped to the line end, before the break');
    assert.strictEqual(idx.lineEnd(0), 1);
  });

  it('maps offsets to positions and back for every offset', () => {
    const text = '一\r\n二😀\r三\n\n四';
    const idx = new LineIndex(text);
    for (let o = 0; o <= text.length; o++) {
      const p = idx.positionAt(o);
      const back = idx.offsetAt(p);
      const isInsideBreak = text[o - 1] === '\r' && text[o] === '\n';
      if (!isInsideBreak) assert.strictEqual(back, o, `offset ${o}`);
    }
  });
});
