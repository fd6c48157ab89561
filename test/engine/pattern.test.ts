import * as assert from 'assert';
import { compilePattern, patternData, patternFromData, preparePattern, verifyAround, PatternError, PATTERN_LIMITS } from '../../server/src/engine/match/pattern';
import { builtinSources } from '../../server/src/engine/match/cache';
import { Matcher } from '../../server/src/engine/match/matcher';
import { Automaton } from '../../server/src/engine/match/automaton';
import { fold } from '../../server/src/engine/text/fold';
import { isSpace } from '../../server/src/engine/text/context';

function find(pattern: string, text: string): string[] {
  const m = new Matcher([{ owner: 'r', triggers: [{ pattern, inQuotes: true }] }]);
  return (m.scan(fold(text).text).get('r') ?? []).map((h) => fold(text).text.slice(h.start, h.end));
}

describe('safe patterns', () => {
  it('a pattern compiled at build time (patternData, as JSON) reads back as the same pattern, for every built-in phrase and exception', () => {
    let n = 0;
    for (const src of builtinSources()) {
      for (const t of src.triggers) {
        for (const source of [t.pattern, ...(t.except ?? [])]) {
          const compiled = compilePattern(source);
          assert.deepStrictEqual(patternFromData(source, JSON.parse(JSON.stringify(patternData(compiled)))), compiled, source);
          n++;
        }
      }
    }
    assert.ok(n > 1000, `${n} patterns`);
    // gaps of every width, optional groups, an empty alternative, escaped specials
    for (const source of ['a…{3}(b|c)?d', '(x|)快递…弄坏', '\\(括号\\)…{20}(完|好)']) {
      assert.deepStrictEqual(patternFromData(source, JSON.parse(JSON.stringify(patternData(compilePattern(source))))), compilePattern(source), source);
    }
  });

  it('matches literals, alternatives, optional groups and gaps', () => {
    assert.deepStrictEqual(find('快递(公司|员)?(弄|压)坏', '是快递员压坏的'), ['快递员压坏']);
    assert.deepStrictEqual(find('快递(公司|员)?(弄|压)坏', '是快递压坏的'), ['快递压坏']);
    assert.deepStrictEqual(find('快递…弄坏', '快递那边给弄坏了'), ['快递那边给弄坏']);
    assert.deepStrictEqual(find('快递…{2}弄坏', '快递那边给弄坏了'), []);
  });

  it('gaps never cross the end of a clause', () => {
    assert.deepStrictEqual(find('快递…弄坏', '快递到了。我们弄坏了'), []);
  });

  it('a gap crosses a comma only when the phrase does not also match before it (either side of the anchor)', () => {
    // the farthest match would run past the comma to a later word; the one within the phrase is
    // kept, whether it is met from the same anchor or from another (提供 after the comma)
    assert.deepStrictEqual(find('需要您…(提供|预约)(一下)?', '需要您预约一下哦，提供一下地址'), ['需要您预约一下']);
    assert.deepStrictEqual(find('需要您(先)?…(提供|预约)(一下)?', '需要您先预约哦，提供一下地址'), ['需要您先预约']);
    assert.deepStrictEqual(find('您…告诉我(一下|下)?', '您，您收到时告诉我一下'), ['您收到时告诉我一下']);
    // within the phrase, the farthest end still: a longer word is not cut short
    assert.deepStrictEqual(find('(厂家|工厂)(是)…{6}(的)?(厂|工厂|代工)', '厂家是东莞的一家代工厂'), ['厂家是东莞的一家代工厂']);
    // nothing before the comma: the gap crosses it, as before
    assert.deepStrictEqual(find('快递…(我们管不了)', '快递那边，我们管不了'), ['快递那边,我们管不了']);
    assert.deepStrictEqual(find('(麻烦)…告诉我', '麻烦您，收到后告诉我'), ['麻烦您,收到后告诉我']);
  });

  it('matches folded text: full width, case, traditional characters', () => {
    assert.deepStrictEqual(find('vx', '加ＶＸ'), ['vx']);
    assert.deepStrictEqual(find('发货', '今天發貨'), ['发货']);
  });

  it('rejects what it cannot match safely, with a Chinese message', () => {
    for (const bad of ['(a|(b))', 'a)', '(a|b', '…', '(a|)?', 'x'.repeat(300), 'a…{99}b']) {
      assert.throws(() => compilePattern(bad, PATTERN_LIMITS), (e: unknown) => e instanceof PatternError && /[\u4e00-\u9fff]/.test((e as Error).message), bad);
    }
  });

  it('anchors a pattern on its rarest required segment, not on the first short one', () => {
    assert.strictEqual(compilePattern('(的|了|有|么|啦)捏').anchor, 1);
    assert.strictEqual(compilePattern('(您|你|亲)(可)?真(会|能)(挑|说)').anchor, 2);
    assert.strictEqual(compilePattern('(给您|为您)(联系|催促)快递').anchor, 2);
    // an optional segment is never the anchor, however rare
    assert.strictEqual(compilePattern('(您|你)(耐心)?等待').anchor, 2);
  });

  it('keeps equal hits of one owner in trigger order, whichever anchor is met first', () => {
    const tagOf = (triggers: { pattern: string; tag: string }[]): string[] => {
      const m = new Matcher([{ owner: 'r', triggers: triggers.map((t) => ({ ...t, inQuotes: true })) }]);
      return (m.scan(fold('截图给我看下').text).get('r') ?? []).map((h) => h.trigger.tag ?? '');
    };
    const a = { pattern: '截图(给|发)(我)', tag: 'a' };
    const b = { pattern: '(拍|截)(照|图)(给我)', tag: 'b' };
    assert.deepStrictEqual(tagOf([a, b]), ['a']);
    assert.deepStrictEqual(tagOf([b, a]), ['b']);
  });

  it('verifies around the anchor with position sets (no backtracking blow-up)', () => {
    const p = compilePattern('(a|aa)?(a|aa)?(a|aa)?b…{20}c');
    const text = 'a'.repeat(5000) + 'b' + 'a'.repeat(19) + 'c';
    const start = text.indexOf('b');
    const t0 = Date.now();
    assert.deepStrictEqual(verifyAround(p, text, start, start + 1), [start - 6, text.length]);
    assert.ok(Date.now() - t0 < 1000);
  });
});

describe('Aho-Corasick automaton', () => {
  it('finds every occurrence, overlapping ones included', () => {
    const ac = new Automaton<string>();
    for (const w of ['he', 'she', 'his', 'hers']) ac.add(w, w);
    const hits = ac.scan('ushers').map((h) => `${h.value}@${h.start}`);
    assert.deepStrictEqual(hits.sort(), ['he@2', 'hers@2', 'she@1']);
  });

  it('reports what a naive search finds, in its order, for random words and texts', () => {
    // seeded: words over a few units (deep fail chains, states with many transitions, units above
    // 0x7fff), several values per word, words added after a scan (the automaton is built again)
    let seed = 42;
    const rand = (n: number): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
    const alphabet = ['a', 'b', 'c', '您', '好', '\uffee', '\u0000', ...Array.from({ length: 30 }, (_v, k) => String.fromCharCode(0x4e00 + k))];
    const word = (max: number, units: number): string => Array.from({ length: 1 + rand(max) }, () => alphabet[rand(units)]).join('');
    for (let round = 0; round < 300; round++) {
      const units = 2 + rand(alphabet.length - 1);
      const ac = new Automaton<number>();
      const words: [string, number][] = [];
      const add = (count: number): void => { for (let k = 0; k < count; k++) { const w = word(6, units); words.push([w, words.length]); ac.add(w, words.length - 1); } };
      add(1 + rand(40));
      // words after a common first unit: a state with many transitions, looked up by halving
      for (let k = rand(40); k > 0; k--) { const w = `您${word(3, units)}`; words.push([w, words.length]); ac.add(w, words.length - 1); }
      for (let pass = 0; pass < 2; pass++) {
        const text = word(200, units);
        const got: string[] = [];
        ac.each(text, (start, end, v) => got.push(`${start}-${end}:${v}`));
        // naive: by end position, longer words first, then in the order the words were added
        const want: string[] = [];
        for (let end = 1; end <= text.length; end++) {
          const here = words.filter(([w]) => end >= w.length && text.slice(end - w.length, end) === w);
          here.sort((x, y) => y[0].length - x[0].length || x[1] - y[1]);
          for (const [w, v] of here) want.push(`${end - w.length}-${end}:${v}`);
        }
        assert.deepStrictEqual(got, want, `round ${round}, pass ${pass}`);
        add(rand(5));
      }
    }
  });
});

describe('isSpace', () => {
  it('is true for exactly the units /\\s/ matches', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    assert.deepStrictEqual(wrong, []);
  });
});

describe('fold', () => {
  it('maps folded units back to the original, dropping zero-width characters', () => {
    const f = fold('亲\u200b，ＶＸ😀暈');
    assert.strictEqual(f.text, '亲,vx😀晕');
    assert.deepStrictEqual([...f.toOrig], [0, 2, 3, 4, 5, 5, 7]);
    assert.strictEqual(f.toOrigEnd[f.text.length - 1], 8);
  });

  it('keeps simplified characters that also exist in traditional tables (什么 stays 什么)', () => {
    assert.strictEqual(fold('什么').text, '什么');
    assert.strictEqual(fold('後來說').text, '后来说');
  });
});

describe('matcher scan buffers', () => {
  it('keeps every hit of a reply with more hits than its first buffers hold, in order, without duplicates', () => {
    // one phrase with two anchors of the same range (快递|快递): found once per place
    const m = new Matcher([{ owner: 'r', triggers: [{ pattern: '(快递|快递)', inQuotes: true }, { pattern: '压坏', inQuotes: true }] }]);
    const text = fold('快递压坏，'.repeat(150)).text;
    const hits = m.scan(text).get('r') ?? [];
    assert.strictEqual(hits.length, 300);
    for (let k = 0; k < hits.length; k++) {
      assert.strictEqual(text.slice(hits[k].start, hits[k].end), k % 2 ? '压坏' : '快递');
      if (k) assert.ok(hits[k].start >= hits[k - 1].end);
    }
  });

  it('gives each scan its own hits: a short reply after a long one', () => {
    const m = new Matcher([{ owner: 'r', triggers: [{ pattern: '亲', inQuotes: true }] }, { owner: '!allow', triggers: [{ pattern: '亲爱', inQuotes: true }] }]);
    assert.strictEqual(m.scan(fold('亲'.repeat(100)).text).get('r')?.length, 100);
    assert.deepStrictEqual((m.scan(fold('您好亲，亲爱的').text).get('r') ?? []).map((h) => [h.start, h.end]), [[2, 3]]);
    assert.strictEqual(m.scan(fold('您好').text).get('r'), undefined);
  });
});

describe('matcher: the other required words of a phrase are looked for once per reply', () => {
  const m = new Matcher([{ owner: 'r', triggers: [{ pattern: '(我|这边)…{4}联系(一下)?(快递|仓库)', inQuotes: true }] }]);
  const found = (text: string): string[] => (m.scan(fold(text).text).get('r') ?? []).map((h) => fold(text).text.slice(h.start, h.end));

  it('finds the phrase only where all its parts stand in order, whatever the replies before', () => {
    assert.deepStrictEqual(found('我这边联系一下快递'), ['我这边联系一下快递']);
    assert.deepStrictEqual(found('联系快递，联系快递'), [], 'no 我/这边 before: no hit');
    assert.deepStrictEqual(found('我帮您联系客服，快递明天到'), [], 'the other words are there, but not where the phrase has them');
    assert.deepStrictEqual(found('我帮您联系仓库'), ['我帮您联系仓库']);
    // the same reply again, and one without the words in between: each scan answers for its own text
    assert.deepStrictEqual(found('我帮您联系仓库'), ['我帮您联系仓库']);
    assert.deepStrictEqual(found('联系一下'), []);
    assert.deepStrictEqual(found('我去联系快递'), ['我去联系快递']);
  });
});

describe('mayMatch: the sets of units and pairs never hide a phrase\'s other words', () => {
  /** What mayMatch answers, by plain searches: every required segment but the anchor has an alternative in the text. */
  function naive(source: string, text: string): boolean {
    const p = compilePattern(source);
    return p.segments.every((seg, k) => k === p.anchor || seg.kind !== 'alt' || seg.optional || seg.alts.length > 16 || seg.alts.some((a) => text.includes(a)));
  }

  it('answers as plain searches do, for every built-in phrase, on texts made of its own words and of others', () => {
    const sources = builtinSources().flatMap((src) => src.triggers.map((t) => t.pattern));
    // every alternative of every phrase: the texts hold words that share units and pairs with the ones looked for
    const words = [...new Set(sources.flatMap((s) => compilePattern(s).segments.flatMap((g) => (g.kind === 'alt' ? g.alts : []))))].filter(Boolean);
    let seed = 7;
    const rnd = (n: number): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed % n; };
    let tested = 0;
    let yes = 0;
    for (const source of sources) {
      const p = compilePattern(source);
      const may = preparePattern(p).mayMatch;
      if (!may) continue;
      const own = p.segments.flatMap((g) => (g.kind === 'alt' ? g.alts : [])).filter(Boolean);
      for (let k = 0; k < 6; k++) {
        // a few of the phrase's own words (all of them, some, or pieces cut from them) among others
        const parts: string[] = [];
        for (let j = 0, n = 1 + rnd(5); j < n; j++) parts.push(words[rnd(words.length)]);
        for (const w of own) if (k === 0 || rnd(3) === 0) parts.splice(rnd(parts.length + 1), 0, k === 5 && w.length > 1 ? w.slice(rnd(w.length)) : w);
        const text = parts.join(rnd(2) ? '' : '，');
        assert.strictEqual(may(text), naive(source, text), `${source} in ${text}`);
        // asked again about the same text (the answer is kept), and about the text with a unit changed
        assert.strictEqual(may(text), naive(source, text), `${source} in ${text}, again`);
        const changed = text.slice(0, -1) + String.fromCharCode(text.charCodeAt(text.length - 1) ^ 1);
        assert.strictEqual(may(changed), naive(source, changed), `${source} in ${changed}`);
        tested += 3;
        if (naive(source, text)) yes++;
      }
    }
    assert.ok(tested > 3000 && yes > 500 && tested - yes > 500, `${tested} texts, ${yes} with the other words`);
  });

  it('one-unit words and a word of one repeated unit', () => {
    const answers = new Set<boolean>();
    for (const [source, text] of [
      ['联系…{3}(快|仓)', '仓联系'],
      ['联系…{3}(快|仓)', '联系的'],
      ['(我们|您)…{3}哈哈哈', '哈我们'],
      ['(我们|您)…{3}哈哈哈', '我们哈哈哈'],
      ['(我们|您)…{3}哈哈哈', '您哈哈'],
      ['(您|你)…{4}联系', '你看联系'],
    ] as const) {
      const may = preparePattern(compilePattern(source)).mayMatch;
      assert.ok(may, source);
      assert.strictEqual(may(text), naive(source, text), `${source} in ${text}`);
      answers.add(may(text));
    }
    assert.deepStrictEqual([...answers].sort(), [false, true]);
  });
});
