/**
 * The per-character source map of scalars, checked against the `yaml` library on generated text:
 * for every style the `yaml` stringifier can write (including folding at a narrow line width),
 * the rebuilt value equals the library's value and every unit maps to source characters that
 * spell it (or to an escape / line break that stands for it).
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { stringify, parseDocument, isMap, Scalar } from 'yaml';
import { mapScalar, ScalarStyle } from '../../server/src/engine/parse/scalar-map';

const STYLES: ScalarStyle[] = ['PLAIN', 'QUOTE_SINGLE', 'QUOTE_DOUBLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'];

const chars = fc.constantFrom(
  '亲', '您', '好', ',', '。', ' ', ' ', 'a', 'Z', '1', '#', ':', "'", '"', '\\', '\n', '\n', '\t', '😀', '「', '」', '{', '}', '-', '?',
);
const text = fc.array(chars, { minLength: 1, maxLength: 60 }).map((a) => a.join(''));

function roundTrip(value: string, style: ScalarStyle, lineWidth: number, eol: string): void {
  const yamlText = stringify({ reply: value }, { defaultStringType: style, lineWidth, minContentWidth: 4 }).replace(/\n/g, eol);
  const doc = parseDocument(yamlText.replace(/\r(?!\n)/g, '\n'));
  if (doc.errors.length || !isMap(doc.contents)) return; // the stringifier may choose another style; nothing to check
  const node = doc.contents.items[0].value as Scalar;
  if (typeof node.value !== 'string' || !node.range) return;
  const src = yamlText.replace(/\r(?!\n)/g, '\n');
  const m = mapScalar(src, node.type as ScalarStyle, node.range[0], node.range[1], node.value);
  assert.strictEqual(m.approximate, false, `map rebuilt for ${node.type}: ${JSON.stringify(yamlText)}`);
  assert.strictEqual(m.value, node.value);
  for (let i = 0; i < m.value.length; i++) {
    const piece = src.slice(m.starts[i], m.ends[i]);
    const ch = m.value[i];
    const ok = piece === ch
      || (piece.startsWith('\\') && node.type === 'QUOTE_DOUBLE')
      || (piece === "''" && ch === "'")
      || (/^(\r\n|\n)$/.test(piece) && (ch === ' ' || ch === '\n'))
      || (piece === '' && ch === '\n')
      || (/[\uD800-\uDFFF]/.test(ch) && piece.length === 2);
    assert.ok(ok, `unit ${i} ${JSON.stringify(ch)} maps to ${JSON.stringify(piece)} in ${node.type}: ${JSON.stringify(yamlText)}`);
    if (i > 0) assert.ok(m.starts[i] >= m.starts[i - 1], 'in source order');
  }
}

describe('scalar source map', () => {
  for (const style of STYLES) {
    it(`${style}: rebuilt value and per-unit map agree with the yaml library`, () => {
      fc.assert(fc.property(text, fc.constantFrom(20, 40, 80), fc.constantFrom('\n', '\r\n'), (v, w, eol) => {
        roundTrip(v, style, w, eol);
      }), { numRuns: 300 });
    });
  }

  it('handles the seeds\' mixed punctuation in a double-quoted escape-heavy scalar', () => {
    const src = 'reply: "亲\\u002c在的\\x21 \\\n  正等您呢\\U0001F600"';
    const doc = parseDocument(src);
    const node = (doc.contents as any).items[0].value as Scalar;
    const m = mapScalar(src, 'QUOTE_DOUBLE', node.range![0], node.range![1], node.value as string);
    assert.strictEqual(m.value, '亲,在的! 正等您呢😀');
    assert.strictEqual(m.approximate, false);
    assert.strictEqual(src.slice(m.starts[1], m.ends[1]), '\\u002c');
    assert.strictEqual(src.slice(m.starts[m.value.length - 1], m.ends[m.value.length - 1]), '\\U0001F600');
  });
});
