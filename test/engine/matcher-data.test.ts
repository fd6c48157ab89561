/**
 * The built-in phrase data's automata are compiled at build time (scripts/gen-matcher.mjs →
 * builtin-data.ts) and a matcher made from them must scan exactly as one compiled at start-up.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Matcher, PhraseSource } from '../../server/src/engine/match/matcher';
import { getMatcher, matcherSources } from '../../server/src/engine/match/cache';
import { BUILTIN_MATCHER } from '../../server/src/engine/match/builtin-data';
import { Automaton } from '../../server/src/engine/match/automaton';
import { fold } from '../../server/src/engine/text/fold';
import { PLATFORM_ALLOW } from '../../server/src/engine/rules/k-platform-contact/profiles';
import type { Trigger } from '../../server/src/engine/rules/api';

const corpusDir = path.resolve(__dirname, '../../../../shared/research/corpus');
const empty = { allow: [], phrases: [] };

describe('matcher data (automata compiled at build time)', () => {
  it('builtin-data.ts is what the built-in phrase data compiles to (else: node scripts/gen-matcher.mjs)', () => {
    assert.ok(BUILTIN_MATCHER, 'builtin-data.ts holds no data: run node scripts/gen-matcher.mjs');
    const fresh = new Matcher(matcherSources(empty));
    assert.deepStrictEqual(fresh.data(), BUILTIN_MATCHER);
  });

  it('is used for a config without phrases or allow entries of its own, and not otherwise', () => {
    assert.strictEqual(getMatcher(empty).fromData, true);
    assert.strictEqual(getMatcher({ allow: ['亲爱的'], phrases: [] }).fromData, false);
    assert.strictEqual(getMatcher({ allow: [], phrases: [{ pattern: '包邮' } as never] }).fromData, false);
  });

  it('is ignored when the sources differ from those it was made from', () => {
    const sources = matcherSources(empty);
    const changed = sources.map((s, k) => (k === 3 ? { owner: s.owner, triggers: [...s.triggers.slice(1), s.triggers[0]] } : s));
    assert.strictEqual(new Matcher(changed, BUILTIN_MATCHER).fromData, false);
    const renamed = sources.map((s, k) => (k === 0 ? { owner: `${s.owner}x`, triggers: s.triggers } : s));
    assert.strictEqual(new Matcher(renamed, BUILTIN_MATCHER).fromData, false);
  });

  it('an automaton made from data scans as the one it came from and takes no more words', () => {
    const ac = new Automaton<string>();
    for (const w of ['he', 'she', 'his', 'hers', '您好', '好']) ac.add(w, w.toUpperCase());
    const copy = Automaton.fromData(ac.data((v) => v.charCodeAt(0)), (id) => String.fromCharCode(id));
    for (const text of ['ushers', 'his hers', '您好好', '']) {
      assert.deepStrictEqual(copy.scan(text).map((h) => [h.start, h.end, h.value[0]]), ac.scan(text).map((h) => [h.start, h.end, h.value[0]]), text);
    }
    assert.throws(() => copy.add('x', 'X'), /takes no more words/);
  });

  it('scans random phrases and texts as a matcher compiled from them', () => {
    let seed = 11;
    const rand = (n: number): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
    const units = ['a', 'b', '您', '好', '退', '微', '信'];
    const lit = (max: number): string => Array.from({ length: 1 + rand(max) }, () => units[rand(units.length)]).join('');
    const segment = (): string => [lit(3), `(${lit(2)}|${lit(2)})`, `(${lit(2)})?`, `…{${1 + rand(3)}}`][rand(4)];
    let hits = 0;
    for (let round = 0; round < 200; round++) {
      const sources: PhraseSource[] = [];
      for (const owner of ['r', '@lex', '!allow', 'q']) {
        const triggers: Trigger[] = [];
        for (let k = rand(4); k >= 0; k--) {
          const t: Trigger = { pattern: Array.from({ length: 1 + rand(3) }, segment).join(''), inQuotes: true, noise: rand(3) === 0 };
          if (rand(3) === 0) t.except = [lit(3)];
          triggers.push(t);
        }
        sources.push({ owner, triggers });
      }
      const fresh = new Matcher(sources);
      const data = fresh.data();
      if (!data) { assert.ok(fresh.errors.length > 0); continue; }
      const made = new Matcher(sources, data);
      assert.ok(made.fromData);
      for (let pass = 0; pass < 3; pass++) {
        const text = Array.from({ length: 50 }, () => (rand(10) === 0 ? '。' : rand(8) === 0 ? ' ' : units[rand(units.length)])).join('');
        const want = fresh.scan(text);
        assert.deepStrictEqual(made.scan(text), want, `round ${round} over ${text}`);
        for (const list of want.values()) hits += list.length;
      }
    }
    assert.ok(hits > 500, `hits ${hits}`);
  });

  it('scans the real-reply corpus as a matcher compiled at start-up, on every platform', function () {
    this.timeout(120000);
    assert.ok(fs.existsSync(corpusDir), `corpus not found at ${corpusDir}`);
    const replies = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt'))
      .flatMap((f) => fs.readFileSync(path.join(corpusDir, f), 'utf8').split('\n').filter(Boolean));
    assert.ok(replies.length > 10000);
    const sources = matcherSources(empty);
    const made = new Matcher(sources, BUILTIN_MATCHER);
    assert.ok(made.fromData);
    const fresh = new Matcher(sources);
    const platforms = [undefined, ...Object.keys(PLATFORM_ALLOW)];
    let hits = 0;
    replies.forEach((reply, k) => {
      const text = fold(reply).text;
      const platform = platforms[k % platforms.length];
      const want = fresh.scan(text, platform);
      assert.deepStrictEqual(made.scan(text, platform), want, reply);
      for (const list of want.values()) hits += list.length;
    });
    assert.ok(hits > 10000, `hits ${hits}`);
  });
});
