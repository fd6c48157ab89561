import * as assert from 'assert';
import { applyFixes, fixAll, lintText, parseLibrary } from '../../server/src/engine';
import { encodeFor, turnFix } from '../../server/src/engine/fixes';

describe('fixes', () => {
  it('applies non-overlapping fixes, first wins on overlap', () => {
    const r = applyFixes('abcdef', [{ range: [1, 3], text: 'X' }, { range: [2, 4], text: 'Y' }, { range: [4, 4], text: 'Z' }]);
    assert.strictEqual(r.output, 'aXdZef');
    assert.strictEqual(r.skipped.length, 1);
  });

  it('encodes replacement text for each scalar style, or refuses', () => {
    assert.strictEqual(encodeFor('QUOTE_DOUBLE', '说"好"\\', false), '说\\"好\\"\\\\');
    assert.strictEqual(encodeFor('QUOTE_SINGLE', "it's", false), "it''s");
    assert.strictEqual(encodeFor('PLAIN', '您好: 请', false), undefined);
    assert.strictEqual(encodeFor('PLAIN', '- 您好', true), undefined);
    assert.strictEqual(encodeFor('BLOCK_LITERAL', '两\n行', false), undefined);
  });

  it('never edits across messages of a list reply', () => {
    const lib = parseLibrary('huashu: 1\nscripts:\n  - id: a\n    reply: [甲乙, 丙丁]\n');
    const turn = lib.scripts[0].turns[0];
    assert.strictEqual(turn.text.value, '甲乙\n丙丁');
    assert.strictEqual(turnFix(turn, 1, 4, 'x'), undefined);
    assert.deepStrictEqual(turnFix(turn, 3, 4, '戊'), { range: [45, 46], text: "戊" });
  });

  it('fix-all leaves comments, keys, customer lines, CRLF and other text untouched', () => {
    const src = '# 注释\r\nhuashu: 1\r\nscripts:\r\n  - id: a # 行尾注释\r\n    customer: 快递给发错了\r\n    # huashu-disable-next-line no-blame-courier\r\n    reply: 您好\r\n';
    const out = fixAll(src);
    assert.strictEqual(out.output, '# 注释\r\nhuashu: 1\r\nscripts:\r\n  - id: a # 行尾注释\r\n    customer: 快递给发错了\r\n    reply: 您好\r\n');
    assert.strictEqual(lintText(out.output).findings.filter((f) => f.fix).length, 0);
  });
});
