/**
 * The SARIF formatter numbers repeated finding keys ("key:n" fingerprints) with KeyCounter, an
 * open-addressing table of the keys' 64 bits: it must count exactly as a Map of the key strings.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { KeyCounter } from '../../server/src/cli/formatters/sarif';
import { findingKey } from '../../server/src/cli/report';

describe('KeyCounter (SARIF fingerprints)', () => {
  it('counts each 16-digit key as a Map of the strings does, through growth and collisions', () => {
    const hex = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 16, maxLength: 16 });
    // few distinct keys repeated often, and many distinct ones (the table grows past 1,024 slots)
    fc.assert(fc.property(fc.array(hex, { minLength: 1, maxLength: 40 }), fc.array(fc.nat({ max: 39 }), { maxLength: 3000 }), (keys, picks) => {
      const counter = new KeyCounter();
      const map = new Map<string, number>();
      for (const p of picks.length ? picks : [0]) {
        const key = keys[p % keys.length];
        const n = (map.get(key) ?? 0) + 1;
        map.set(key, n);
        assert.strictEqual(counter.next(key), n, key);
      }
    }), { numRuns: 100 });
    const counter = new KeyCounter();
    for (let i = 0; i < 5000; i++) assert.strictEqual(counter.next(i.toString(16).padStart(16, '0')), 1);
    for (let i = 0; i < 5000; i++) assert.strictEqual(counter.next(i.toString(16).padStart(16, '0')), 2);
    // keys that differ only in their first or their last eight digits
    assert.strictEqual(counter.next('0000000100000000'), 1);
    assert.strictEqual(counter.next('0000000000000001'), 3, 'the same key as i = 1 above');
    assert.strictEqual(counter.next('1000000000000000'), 1);
    assert.strictEqual(counter.next('0000000100000000'), 2);
  });

  it('reads the keys findingKey makes', () => {
    const text = '是快递的问题';
    const key = findingKey({ ruleId: 'no-blame-courier', severity: 'error', message: '', line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 6, scriptId: 'a' }, text);
    assert.match(key, /^[0-9a-f]{16}$/);
    const counter = new KeyCounter();
    assert.deepStrictEqual([counter.next(key), counter.next(key), counter.next(key.toUpperCase())], [1, 2, 3], 'hex digits in either case');
  });
});
