import * as assert from 'assert';
import { scan } from '../../server/src/engine/rules/e-register/util';
import type { TurnContext } from '../../server/src/engine/rules/api';

/** A turn context with just what `scan` reads: the text and which stretches are quoted. */
function ctx(text: string, quoted: [number, number][] = []): TurnContext {
  return { text, inQuote: (a: number, b: number) => quoted.some(([s, e]) => a >= s && b <= e) } as unknown as TurnContext;
}

describe('register rules: scan', () => {
  it('finds every match with its groups and leaves the expression as it found it', () => {
    const re = /(\d+)天/g;
    re.lastIndex = 5;
    assert.deepStrictEqual(scan(ctx('3天内发货，7天无理由'), re), [
      { start: 0, end: 2, text: '3天', groups: ['3'] },
      { start: 6, end: 8, text: '7天', groups: ['7'] },
    ]);
    assert.strictEqual(re.lastIndex, 0);
  });

  it('skips quoted matches and empty ones without looping', () => {
    assert.deepStrictEqual(scan(ctx('3天内发货，7天无理由', [[6, 8]]), /(\d+)天/g).map((m) => m.text), ['3天']);
    assert.deepStrictEqual(scan(ctx('a😀b'), /x*/gu), []);
    assert.deepStrictEqual(scan(ctx('ab'), /b?/g).map((m) => [m.start, m.end]), [[1, 2]]);
  });

  it('refuses an expression that is not global (it would never end)', () => {
    assert.throws(() => scan(ctx('3天'), /天/), TypeError);
  });
});
