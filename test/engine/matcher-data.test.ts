/**
 * The built-in phrase data's automata are compiled at build time (scripts/gen-matcher.mjs →
 * builtin-data.ts) and a matcher made from them must scan exactly as one compiled at start-up.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Matcher, PhraseSource, fullTrigger } from '../../server/src/engine/match/matcher';
import { builtinSources, configSources, getMatcher, matcherSources } from '../../server/src/engine/match/cache';
import { builtinMatcherData } from '../../server/src/engine/match/builtin-data';
import { decodeMatcherData, encodeMatcherData } from '../../server/src/engine/match/matcher-binary';
import { readBuiltinFile } from '../../server/src/node/builtin-matcher-file';
import * as os from 'os';
import { Automaton } from '../../server/src/engine/match/automaton';
import { fold } from '../../server/src/engine/text/fold';
import { PLATFORM_ALLOW } from '../../server/src/engine/rules/k-platform-contact/profiles';
import type { Trigger } from '../../server/src/engine/rules/api';

const corpusDir = path.resolve(__dirname, '../../../../shared/research/corpus');
const empty = { allow: [], phrases: [] };
const BUILTIN_MATCHER = builtinMatcherData();

/**
 * Scans every corpus reply (on each platform in turn) with both matchers, requires the same hits,
 * and gives the hits' count per owner kind: `team` (team phrases) and `all`.
 */
function sameOverCorpus(made: Matcher, fresh: Matcher): { team: number; all: number } {
  assert.ok(fs.existsSync(corpusDir), `corpus not found at ${corpusDir}`);
  const replies = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt'))
    .flatMap((f) => fs.readFileSync(path.join(corpusDir, f), 'utf8').split('\n').filter(Boolean));
  assert.ok(replies.length > 10000);
  const platforms = [undefined, ...Object.keys(PLATFORM_ALLOW)];
  const count = { team: 0, all: 0 };
  replies.forEach((reply, k) => {
    const text = fold(reply).text;
    const platform = platforms[k % platforms.length];
    const want = fresh.scan(text, platform);
    assert.deepStrictEqual(made.scan(text, platform), want, reply);
    for (const [owner, list] of want) {
      count.all += list.length;
      if (owner.startsWith('team:')) count.team += list.length;
    }
  });
  return count;
}

describe('matcher data (automata compiled at build time)', () => {
  it('builtin-data.ts is what the built-in phrase data compiles to (else: node scripts/gen-matcher.mjs)', () => {
    assert.ok(BUILTIN_MATCHER, 'builtin-data.ts holds no data: run node scripts/gen-matcher.mjs');
    const fresh = new Matcher(matcherSources(empty));
    assert.deepStrictEqual(fresh.data(), BUILTIN_MATCHER);
  });

  it('parses the built-in data once: every call gives the same object', () => {
    assert.strictEqual(builtinMatcherData(), BUILTIN_MATCHER);
  });

  it('is used for every config; a config\'s own phrases and allow entries are compiled beside it', () => {
    assert.strictEqual(getMatcher(empty).fromData, true);
    const own = getMatcher({ allow: ['亲爱的'], phrases: [{ pattern: '包邮' } as never] });
    assert.strictEqual(own.fromData, true);
    // the allow entry masks the built-in rules' hits on 亲爱的; the team phrase is found
    const keys = (m: Matcher, text: string): string[] => [...m.scan(text).keys()].sort();
    assert.deepStrictEqual(keys(getMatcher(empty), '亲爱的在吗'), ['courtesy-vocabulary', 'qin-address-policy']);
    assert.deepStrictEqual(keys(own, '亲爱的在吗'), []);
    assert.deepStrictEqual(keys(own, '亲爱的，全场包邮'), ['presale-sales-guidance', 'team:0']);
    // an allow entry of the config masks a disguised term too (found in the view without the noise)
    const allowWx = getMatcher({ allow: ['微信'], phrases: [] });
    assert.deepStrictEqual(keys(getMatcher(empty), '加我微@信聊'), ['no-off-platform-contact']);
    assert.deepStrictEqual(keys(allowWx, '加我微@信聊'), []);
    assert.deepStrictEqual(keys(allowWx, '加我微信聊'), []);
  });

  it('is ignored when the sources differ from those it was made from', () => {
    const sources = matcherSources(empty);
    const changed = sources.map((s, k) => (k === 3 ? { owner: s.owner, triggers: [...s.triggers.slice(1), s.triggers[0]] } : s));
    assert.strictEqual(new Matcher(changed, BUILTIN_MATCHER).fromData, false);
    const renamed = sources.map((s, k) => (k === 0 ? { owner: `${s.owner}x`, triggers: s.triggers } : s));
    assert.strictEqual(new Matcher(renamed, BUILTIN_MATCHER).fromData, false);
    // data the same build made from these sources (a bundle's, `__HUASHU_BUILTIN_CURRENT__`):
    // only the counts are compared, so a reordering is not seen, a trigger more or less is
    assert.strictEqual(new Matcher(changed, BUILTIN_MATCHER, [], true).fromData, true);
    const fewer = sources.map((s, k) => (k === 3 ? { owner: s.owner, triggers: s.triggers.slice(1) } : s));
    assert.strictEqual(new Matcher(fewer, BUILTIN_MATCHER, [], true).fromData, false);
  });

  it('is taken on its counts alone in the bundles, which the build made with their data, and checked in full elsewhere', () => {
    // the tests run the tsc output, where the built-in data may lag behind an edited source
    assert.strictEqual(getMatcher(empty).fromData, true);
    for (const bundle of ['cli-core.js', 'server-core.js']) {
      const src = fs.readFileSync(path.resolve(__dirname, '../../../dist', bundle), 'utf8');
      assert.match(src, /\bBUILTIN_CURRENT = true;/, `${bundle}: the build says its data is current`);
    }
    const own = fs.readFileSync(path.resolve(__dirname, '../../server/src/engine/match/cache.js'), 'utf8');
    assert.match(own, /typeof __HUASHU_BUILTIN_CURRENT__ === 'boolean'/, 'the tsc output reads an undeclared name: false, the full check');
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
    let extraHits = 0;
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
      // and with more sources compiled beside the data (a config's allow entries and phrases)
      const extra: PhraseSource[] = [
        { owner: '!allow', triggers: [{ pattern: lit(2), inQuotes: true }] },
        { owner: 'team:0', triggers: [{ pattern: lit(1) }, { pattern: Array.from({ length: 1 + rand(2) }, segment).join('') }] },
      ];
      const bothFresh = new Matcher([...sources, ...extra]);
      const both = new Matcher(sources, data, extra);
      assert.strictEqual(both.fromData, !data.noise.empty || !extra.some((src) => src.triggers.some((t) => t.noise)));
      for (let pass = 0; pass < 3; pass++) {
        const text = Array.from({ length: 50 }, () => (rand(10) === 0 ? '。' : rand(8) === 0 ? ' ' : units[rand(units.length)])).join('');
        const want = fresh.scan(text);
        assert.deepStrictEqual(made.scan(text), want, `round ${round} over ${text}`);
        for (const list of want.values()) hits += list.length;
        const wantBoth = bothFresh.scan(text);
        assert.deepStrictEqual(both.scan(text), wantBoth, `round ${round} with more sources over ${text}`);
        extraHits += wantBoth.get('team:0')?.length ?? 0;
      }
    }
    assert.ok(hits > 200 && extraHits > 100, `hits ${hits}, hits of the extra phrases ${extraHits}`);
  });

  it('with a config\'s phrases and allow entries, scans the corpus as one matcher compiled from all of it', function () {
    this.timeout(120000);
    // allow entries that cover built-in hits, team phrases that overlap them and each other
    const config = {
      allow: ['快递', '没办法', '亲爱的', '退(款|货)'],
      phrases: ['发货', '(亲|您好)…(稍等|马上)', '退款', '退款…天', '快递(公司)?', '好评'].map((pattern) => ({ pattern }) as never),
    };
    const made = new Matcher(builtinSources(), BUILTIN_MATCHER, configSources(config));
    assert.ok(made.fromData);
    const fresh = new Matcher(matcherSources(config));
    assert.ok(!fresh.fromData);
    const { team } = sameOverCorpus(made, fresh);
    assert.ok(team > 300, `team hits ${team}`);
  });

  it('scans the real-reply corpus as a matcher compiled at start-up, on every platform', function () {
    this.timeout(120000);
    const made = new Matcher(builtinSources(), BUILTIN_MATCHER);
    assert.ok(made.fromData);
    const { all } = sameOverCorpus(made, new Matcher(builtinSources()));
    assert.ok(all > 10000, `hits ${all}`);
  });
});

describe('matcher data as the bundles\' file (matcher-binary.ts, node/builtin-matcher-file.ts)', () => {
  /** The data with its number columns as plain arrays (a decoded file's are Int32Arrays). */
  const plain = (d: unknown): unknown => JSON.parse(JSON.stringify(d, (_k, v) => (v instanceof Int32Array ? [...v] : v)));

  it('reads back as the data it was made from, for its build only', () => {
    const bytes = encodeMatcherData(BUILTIN_MATCHER!, 'build-a');
    const back = decodeMatcherData(bytes, 'build-a');
    assert.ok(back);
    assert.ok(back.ac.first instanceof Int32Array && back.noisyAc.outValue instanceof Int32Array);
    assert.deepStrictEqual(plain(back), plain(BUILTIN_MATCHER));
    assert.strictEqual(decodeMatcherData(bytes, 'build-b'), undefined);
    // at an odd place in a larger buffer (a pooled Buffer): copied, the same
    const shifted = Buffer.concat([Buffer.from([1]), bytes]).subarray(1);
    assert.deepStrictEqual(plain(decodeMatcherData(shifted, 'build-a')), plain(BUILTIN_MATCHER));
  });

  it('gives no data for a file that is not whole or not one of its own', () => {
    const bytes = Buffer.from(encodeMatcherData(BUILTIN_MATCHER!, 'b'));
    assert.strictEqual(decodeMatcherData(bytes.subarray(0, bytes.length - 4), 'b'), undefined, 'a column cut short');
    assert.strictEqual(decodeMatcherData(bytes.subarray(0, 40), 'b'), undefined, 'the head cut short');
    assert.strictEqual(decodeMatcherData(Buffer.alloc(0), 'b'), undefined);
    const magic = Buffer.from(bytes); magic[0] ^= 1;
    assert.strictEqual(decodeMatcherData(magic, 'b'), undefined, 'another file');
    const format = Buffer.from(bytes); format.writeUInt32LE(2, 4);
    assert.strictEqual(decodeMatcherData(format, 'b'), undefined, 'another format');
    const head = Buffer.from(bytes); head[13] = 0x7b;
    assert.strictEqual(decodeMatcherData(head, 'b'), undefined, 'a head that is not JSON');
    // a head of another shape, whole and of this build: no noise index, a pattern that is not a string
    for (const [what, change] of [['no noise', { noise: undefined }], ['a pattern not a string', { patterns: [1] }], ['no states', { ac: { ...BUILTIN_MATCHER!.ac, states: undefined } }]] as const) {
      assert.strictEqual(decodeMatcherData(encodeMatcherData({ ...BUILTIN_MATCHER!, ...change } as never, 'b'), 'b'), undefined, what);
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huashu-bin-'));
    try {
      assert.strictEqual(readBuiltinFile(path.join(dir, 'none.bin'), 'b'), undefined, 'no file');
      fs.writeFileSync(path.join(dir, 'm.bin'), bytes);
      assert.deepStrictEqual(plain(readBuiltinFile(path.join(dir, 'm.bin'), 'b')), plain(BUILTIN_MATCHER));
    } finally { fs.rmSync(dir, { recursive: true, force: true }); }
    assert.throws(() => encodeMatcherData({ ...BUILTIN_MATCHER!, ac: { ...BUILTIN_MATCHER!.ac, first: [0.5] } }, 'b'), /32-bit integer/);
  });

  it('makes a matcher that scans the real-reply corpus as one compiled at start-up', function () {
    this.timeout(120000);
    const made = new Matcher(builtinSources(), decodeMatcherData(encodeMatcherData(BUILTIN_MATCHER!, 'b'), 'b'), [], true);
    assert.ok(made.fromData);
    const { all } = sameOverCorpus(made, new Matcher(builtinSources()));
    assert.ok(all > 10000, `hits ${all}`);
  });
});

describe('hits\' triggers (one shape for every trigger)', () => {
  const FIELDS = ['pattern', 'message', 'replacement', 'severity', 'boundary', 'negatable', 'inQuotes', 'except', 'tag', 'noise', 'repeats'];

  it('fullTrigger keeps every field of the trigger, has every field in one order, and is one object per trigger', () => {
    const a: Trigger = { pattern: '擦', boundary: true, tag: 'x' };
    const b: Trigger = { pattern: '第一', except: ['第一时间'], severity: 'info', message: '别说第一', replacement: '' };
    const fa = fullTrigger(a);
    const fb = fullTrigger(b);
    assert.deepStrictEqual(Object.keys(fa), FIELDS);
    assert.deepStrictEqual(Object.keys(fb), FIELDS);
    for (const [t, f] of [[a, fa], [b, fb]] as const) {
      for (const k of FIELDS) assert.strictEqual((f as unknown as Record<string, unknown>)[k], (t as unknown as Record<string, unknown>)[k], k);
    }
    assert.strictEqual(fullTrigger(a), fa);
    assert.notStrictEqual(fullTrigger({ ...a }), fa);
    // a trigger changed in place gets a new copy with its new fields
    a.tag = 'y';
    const changed = fullTrigger(a);
    assert.notStrictEqual(changed, fa);
    assert.strictEqual(changed.tag, 'y');
    assert.strictEqual(fullTrigger(a), changed);
  });

  it('a scan\'s hits carry full triggers, equal to their sources\' and shared by hits of the same trigger', () => {
    const sources = builtinSources();
    const made = new Matcher(sources, BUILTIN_MATCHER);
    const byOwner = new Map(sources.map((s) => [s.owner, s.triggers]));
    const texts = ['亲，快递那边没办法，您自己联系快递吧', '不好意思让您久等了，我们第一时间为您处理，加微信聊', '这个是全网最低价，绝对正品，擦拭一下就好', '亲亲，您稍等哦，马上帮您查询'];
    const seen = new Map<Trigger, Trigger>();
    let hits = 0;
    for (const text of texts) {
      for (const [owner, list] of made.scan(fold(text).text)) {
        const own = byOwner.get(owner);
        if (!own) continue;
        for (const h of list) {
          hits++;
          assert.deepStrictEqual(Object.keys(h.trigger), FIELDS, owner);
          const source: Trigger | undefined = own.find((t) => fullTrigger(t) === h.trigger);
          assert.ok(source, `${owner}: the hit's trigger is the full copy of one of the owner's triggers`);
          for (const k of Object.keys(source)) assert.deepStrictEqual((h.trigger as unknown as Record<string, unknown>)[k], (source as unknown as Record<string, unknown>)[k]);
          const first = seen.get(source);
          if (first) assert.strictEqual(h.trigger, first);
          else seen.set(source, h.trigger);
        }
      }
    }
    assert.ok(hits >= 10, `hits ${hits}`);
  });
});
