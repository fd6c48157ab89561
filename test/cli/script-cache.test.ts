/**
 * `huashu lint --cache`, script by script (cli/script-cache.ts): a file that changed since the
 * cache was written has only its changed scripts linted, and its report is the one a lint of the
 * whole file gives — after edits of one script, scripts added, removed and moved, ids repeated,
 * directives added and removed, a config that changes severities, a YAML error, a BOM and CRLF,
 * and random edits, on the samples with their directive (every script read) and without it (the
 * unchanged items taken whole before they are read), and on the real-reply corpus; a header that
 * changes what some scripts read (the shop, the variables) lints those again, another version,
 * platform or config all of them, and a damaged entry is linted whole.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { LintCache, DEFAULT_CACHE_FILE } from '../../server/src/cli/lint-cache';
import { RUN } from '../../server/src/cli/script-cache';
import { lintFiles } from '../../server/src/cli/lint-files';
import { ConfigResolver } from '../../server/src/node/config-discovery';
import { lintText } from '../../server/src/engine';
import { READS_SHOP, READS_VARIABLES } from '../../server/src/engine/lint';
import { REPO, cleanTemps, makeLib, readCacheData, runCli, tempDir, writeCacheData } from './helpers';
import { styledReply } from '../helpers';

const FILE = 'lib.huashu.yaml';

/**
 * Every script of the bundled samples in one library (many rules, fixes, suggestions, directives'
 * targets); without `directives`, their one directive left out: a lint of a text without directives
 * takes the unchanged scripts' items whole before it reads them (`ScriptLints.take`), one with them
 * reads every script and finds its lint by its text.
 */
function sampleLibrary(directives = true): string {
  const dir = path.join(REPO, 'samples');
  const items: string[] = [];
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.huashu.yaml')).sort()) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    items.push(text.slice(text.indexOf('\nscripts:\n') + '\nscripts:\n'.length).replace(/\n*$/, '\n'));
  }
  const text = `huashu: 1\nshop: 尚米坊官方店\nplatform: taobao\nvariables:\n  单号: 退货快递单号\nscripts:\n${items.join('\n')}`;
  return directives ? text : text.replace(/^ *#.*huashu-.*\n/gm, '');
}

/** The tests that run on the samples with their directive and without it. */
const VARIANTS = [
  { directives: true, title: '' },
  { directives: false, title: ' (no directives: items taken whole)' },
];

interface Run { summary: unknown; hits: number; taken: number; misses: number; files: [number, number]; byRun: number }

/**
 * Scripts per run of the entries the tests write (script-cache.ts, `RUN`): the samples' 29 scripts
 * make 8 runs, so that every test here also checks the runs' digests (the corpus test: the tool's own size).
 */
const SMALL_RUN = 4;

/** Lints the folder's library with the cache file there (read, then written), and without any cache. */
function lintBoth(dir: string, fix: 'none' | 'dry-run' = 'none', runSize = SMALL_RUN): { cached: Run; plain: unknown } {
  const file = path.join(dir, DEFAULT_CACHE_FILE);
  const cache = new LintCache(file, undefined, runSize);
  const go = (c?: LintCache) => lintFiles([{ absPath: path.join(dir, FILE) }], { resolver: new ConfigResolver({}), cwd: dir, root: dir, fix, cache: c });
  const reports = go(cache);
  cache.save();
  return { cached: { summary: summary(reports), hits: cache.scriptHits, taken: cache.scriptsTaken, misses: cache.scriptMisses, files: [cache.hits, cache.misses], byRun: cache.scriptsByRun }, plain: summary(go()) };
}

function summary(reports: ReturnType<typeof lintFiles>): unknown {
  return reports.map((r) => ({
    file: r.filePath, score: r.score, fatal: r.fatal, output: r.output, messages: r.messages,
    scripts: r.scripts.map((s) => ({ index: s.index, id: s.id, title: s.title, scenario: s.scenario, stage: s.stage, span: s.span, headSpan: s.headSpan, card: s.card, findings: s.findings })),
  }));
}

/**
 * Writes the library, lints it with the cache and without, and requires the same report; returns
 * the cached run. A text that may hold directives is read whole: no item is taken before it is read.
 */
function step(dir: string, text: string, what: string, runSize = SMALL_RUN): Run {
  fs.writeFileSync(path.join(dir, FILE), text);
  const { cached, plain } = lintBoth(dir, 'none', runSize);
  assert.deepStrictEqual(cached.summary, plain, what);
  if (text.includes('huashu-')) assert.strictEqual(cached.taken, 0, `${what}: taken with directives`);
  assert.ok(cached.taken <= cached.hits, what);
  assert.ok(cached.byRun <= cached.taken, `${what}: more taken on their run's digest than taken`);
  return cached;
}

const count = (text: string): number => text.split('\n  - id:').length - 1;

describe('cli --cache, script by script', function () {
  this.timeout(60000);
  after(cleanTemps);

  for (const v of VARIANTS) {
    it(`lints only the script that changed, and reports what a whole lint reports${v.title}`, () => {
      const dir = tempDir();
      const base = sampleLibrary(v.directives);
      const n = count(base);
      assert.ok(n > 20, 'a library of the samples');
      const first = step(dir, base, 'first run');
      assert.deepStrictEqual([first.hits, first.misses, ...first.files], [0, n, 0, 1]);
      // one reply changed: one script linted, the rest taken (and their findings where they were)
      const one = base.replace('我是售后客服小米', '我是售后客服小米,快递的问题我们不管');
      assert.notStrictEqual(one, base);
      const r1 = step(dir, one, 'one script changed');
      assert.deepStrictEqual([r1.hits, r1.misses, ...r1.files], [n - 1, 1, 0, 1]);
      // without directives every item but the changed one and the last (no item follows it) is taken before it is read
      assert.strictEqual(r1.taken, v.directives ? 0 : n - 2);
      // the file unchanged: the file's entry, no script looked at
      const r2 = step(dir, one, 'nothing changed');
      assert.deepStrictEqual(r2.files, [1, 0]);
      // --fix-dry-run lints the file (a fix needs the lint itself), its scripts taken from the cache
      fs.writeFileSync(path.join(dir, FILE), base);
      const fixed = lintBoth(dir, 'dry-run');
      assert.deepStrictEqual(fixed.cached.summary, fixed.plain);
      assert.deepStrictEqual([fixed.cached.hits, fixed.cached.misses], [n - 1, 1]);
      assert.ok((fixed.plain as { output?: string }[])[0].output, 'the samples have fixes');
    });
  }

  for (const v of VARIANTS) {
    it(`moves the findings of scripts after one that grew, shrank, was added, removed or moved${v.title}`, () => {
      const dir = tempDir();
      const base = sampleLibrary(v.directives);
      const n = count(base);
      step(dir, base, 'first');
      const added = base.replace('scripts:\n', 'scripts:\n  - id: added.first\n    reply: 是快递给发错地方了哦,跟我们没关系\n\n');
      // (the first script after the new one is not where it was expected: it is read, found by its id, and the rest taken)
      const top = step(dir, added, 'a script added at the top');
      assert.deepStrictEqual([top.hits, top.misses, top.taken], [n, 1, v.directives ? 0 : n - 2]);
      const removed = base.replace(/  - id: after-sales\.ask-detail\n(?:    .*\n)+\n/, '');
      assert.strictEqual(count(removed), n - 1);
      assert.deepStrictEqual((({ hits, misses }) => [hits, misses])(step(dir, removed, 'a script removed')), [n - 1, 0]);
      // two scripts swapped: both found by their ids
      const items = removed.split(/(?=\n  - id: )/);
      [items[2], items[5]] = [items[5], items[2]];
      const swapped = items.join('');
      assert.notStrictEqual(swapped, removed);
      assert.deepStrictEqual((({ hits, misses }) => [hits, misses])(step(dir, swapped, 'two scripts swapped')), [n - 1, 0]);
      // a longer header: every script moves
      const header = swapped.replace('huashu: 1\n', 'huashu: 1\n# 一行新的注释\n');
      assert.deepStrictEqual((({ hits, misses }) => [hits, misses])(step(dir, header, 'a comment above everything')), [n - 1, 0]);
    });
  }

  it('tells apart scripts of one id, and texts of one length', () => {
    const dir = tempDir();
    const lib = (a: string, b: string, c: string, top = ''): string => `huashu: 1\nscripts:\n${top}  - id: same\n    reply: ${a}\n  - id: same\n    reply: ${b}\n  - id: other\n    reply: ${c}\n`;
    step(dir, lib('您好,是快递的问题哦', '您好,请问有什么可以帮您', '亲,好的呢'), 'first');
    // the two scripts of one id exchange their replies, where the scripts are expected: each
    // text is not the one stored at its place, and is linted again
    const r = step(dir, lib('您好,请问有什么可以帮您', '您好,是快递的问题哦', '亲,好的呢'), 'exchanged');
    assert.deepStrictEqual([r.hits, r.taken, r.misses], [1, 0, 2]);
    // after a script added at the top, the scripts are looked up by id: each of the two is found by its text
    const top = '  - id: top\n    reply: 亲\n';
    const t = step(dir, lib('您好,是快递的问题哦', '您好,请问有什么可以帮您', '亲,好的呢', top), 'exchanged back, below a new script');
    assert.deepStrictEqual([t.hits, t.misses], [3, 1]);
    // one character for another (the same length): linted again, not taken for its length
    const s = step(dir, lib('您好,是快递的问题哦', '您好,请问有什么可以帮您', '亲,坏的呢', top), 'one character');
    assert.deepStrictEqual([s.hits, s.misses], [3, 1]);
  });

  it('vouches for each run of unchanged scripts with one digest, never for a run with a change of the same length in it', () => {
    const dir = tempDir();
    const base = sampleLibrary(false);
    const n = count(base);
    // every script's chunk can be taken but the last one's (no item follows it): each run has a digest but the last
    const full = Math.floor((n - 1) / SMALL_RUN);
    assert.ok(full >= 5, 'runs in the samples');
    const file = path.join(dir, DEFAULT_CACHE_FILE);
    /** The library with one character of script k's reply changed for another: the same length. */
    const sameLength = (k: number): string => {
      const parts = base.split(/(?=\n  - id: )/);
      const s = parts[k + 1];
      const at = s.indexOf('reply:') + s.slice(s.indexOf('reply:')).search(/[\u4e00-\u9fff]/);
      parts[k + 1] = s.slice(0, at) + (s[at] === '好' ? '的' : '好') + s.slice(at + 1);
      const text = parts.join('');
      assert.ok(text !== base && text.length === base.length);
      return text;
    };
    step(dir, base, 'first');
    // a script inside a run, and a run's first script: that run's scripts are checked one by one, the others' on their run's digest
    for (const k of [2 * SMALL_RUN + 1, 3 * SMALL_RUN]) {
      const r = step(dir, sameLength(k), `script ${k} changed, its length kept`);
      assert.deepStrictEqual([r.hits, r.misses, r.taken, r.byRun], [n - 1, 1, n - 2, (full - 1) * SMALL_RUN], `script ${k}`);
      step(dir, base, 'back');
    }
    // a run's digest that does not fit: its scripts are taken by their own digests
    const data = readCacheData(file);
    const lints = (Object.values(data.files)[0] as { lints: { runs?: { digests: string } } }).lints;
    const digests = Buffer.from(lints.runs!.digests, 'base64');
    digests[0] ^= 1;
    lints.runs!.digests = digests.toString('base64');
    writeCacheData(file, data);
    const wrong = step(dir, sameLength(SMALL_RUN + 1), 'the first run\'s digest changed');
    assert.deepStrictEqual([wrong.hits, wrong.misses, wrong.taken, wrong.byRun], [n - 1, 1, n - 2, (full - 2) * SMALL_RUN]);
    // an entry without runs (none written): every chunk by its own digest, the same scripts taken
    step(dir, base, 'back');
    const again = readCacheData(file);
    delete (Object.values(again.files)[0] as { lints: { runs?: unknown } }).lints.runs;
    writeCacheData(file, again);
    const none = step(dir, sameLength(SMALL_RUN + 1), 'no runs');
    assert.deepStrictEqual([none.hits, none.misses, none.taken, none.byRun], [n - 1, 1, n - 2, 0]);
  });

  it('keeps the findings a directive suppressed, for the run after the directive goes', () => {
    const dir = tempDir();
    const plain = 'huashu: 1\nscripts:\n  - id: a\n    reply: 是快递给发错地方了哦\n  - id: b\n    reply: 您好\n';
    const quiet = plain.replace('scripts:\n', 'scripts:\n  # huashu-disable no-blame-courier\n');
    step(dir, plain, 'without the directive');
    const withDirective = step(dir, quiet, 'with the directive');
    assert.ok(!JSON.stringify(withDirective.summary).includes('no-blame-courier'), 'suppressed');
    // the directive goes; its script is taken from the cache with the finding it had suppressed
    const back = step(dir, plain.replace('您好', '您好呀'), 'the directive removed');
    assert.deepStrictEqual([back.hits, back.misses], [1, 1]);
    assert.ok(JSON.stringify(back.summary).includes('no-blame-courier'), 'the finding is back');
    // a directive that reaches down from a changed script
    step(dir, plain.replace('  - id: b\n', '  # huashu-disable-next-line no-blame-courier\n  - id: b\n'), 'a directive between');
  });

  it('gives what a whole lint gives on the real-reply corpus in four scalar styles, after replies edited, added and removed', function () {
    this.timeout(180000);
    // the corpus is research-only data: read at run time from ../shared, never copied
    const corpusDir = path.resolve(REPO, '../shared/research/corpus');
    const corpus = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).flatMap((f) => fs.readFileSync(path.join(corpusDir, f), 'utf8').split('\n').filter(Boolean));
    assert.ok(corpus.length > 10000, `corpus not found at ${corpusDir}`);
    const item = (reply: string, k: number): string => `  - id: c${k}\n    scenario: ${['after-sales', 'complaint', 'pre-sales', 'logistics'][k % 4]}\n${styledReply(reply.replace(/\t/g, ' '), k)}\n`;
    const items = corpus.map(item);
    const text = (list: string[]): string => `huashu: 1\nplatform: jd\nscripts:\n${list.join('')}`;
    const dir = tempDir();
    step(dir, text(items), 'the corpus', RUN);
    let seed = 20261208;
    const rnd = (n: number): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed % n; };
    const edited = items.slice();
    for (let e = 0; e < 30; e++) {
      const k = rnd(edited.length);
      edited[k] = item(`${corpus[rnd(corpus.length)]}，快递的问题`, k);
    }
    edited.splice(rnd(edited.length), 1);
    edited.splice(rnd(edited.length), 0, item('亲，请问还有什么可以帮您', 999999));
    const r = step(dir, text(edited), 'replies edited, added and removed', RUN);
    // the 30 edited replies (fewer when one was edited twice) and the added one are linted, the rest taken
    assert.ok(r.misses <= 31 && r.misses >= 25 && r.hits + r.misses === edited.length, `${r.hits} taken, ${r.misses} linted`);
    // all of them before they were read but the one after each added or removed script, and the last
    assert.ok(r.taken >= r.hits - 3, `${r.taken} of ${r.hits} items taken before they were read`);
    // in runs of the tool's size, one digest each, but the runs with a changed, added or removed script
    assert.ok(r.byRun >= r.taken - 32 * RUN, `${r.byRun} of ${r.taken} taken on their run's digest`);
  });

  it('takes the scripts of a file linted again because another file now defines one of its ids', () => {
    const dir = tempDir();
    const base = sampleLibrary(false);
    const n = count(base);
    const other = (id: string): string => `huashu: 1\nscripts:\n  - id: ${id}\n    reply: 您好,在的\n`;
    fs.writeFileSync(path.join(dir, FILE), base);
    const files = [{ absPath: path.join(dir, FILE) }, { absPath: path.join(dir, 'other.huashu.yaml') }];
    const go = (c?: LintCache) => summary(lintFiles(files, { resolver: new ConfigResolver({}), cwd: dir, root: dir, fix: 'none', cache: c }));
    const run = (otherId: string): LintCache => {
      fs.writeFileSync(path.join(dir, 'other.huashu.yaml'), other(otherId));
      const cache = new LintCache(path.join(dir, DEFAULT_CACHE_FILE));
      assert.deepStrictEqual(go(cache), go(), otherId);
      cache.save();
      return cache;
    };
    run('elsewhere');
    // the library's text is the same, but its duplicate-id findings are not: linted, every script
    // taken from its entry (the other file's one script is new: linted)
    const dup = run('after-sales.greeting');
    assert.deepStrictEqual([dup.hits, dup.misses, dup.scriptHits, dup.scriptsTaken, dup.scriptMisses], [0, 2, n, n - 1, 1]);
    assert.match(JSON.stringify(go()), /duplicate-id/);
    const back = run('elsewhere');
    assert.deepStrictEqual([back.scriptHits, back.scriptsTaken, back.scriptMisses], [n, n - 1, 1]);
  });

  it('keeps findings whose severity the config changed', () => {
    const dir = makeLib({ 'huashu.config.yaml': 'rules:\n  no-blame-courier: info\n  greet-on-first-reply: error\n' });
    const base = sampleLibrary();
    step(dir, base, 'first');
    const r = step(dir, base.replace('我是售后客服小米', '我是客服小米'), 'one script changed');
    assert.strictEqual(r.misses, 1);
    assert.match(JSON.stringify(r.summary), /"severity":"info"/);
  });

  for (const v of VARIANTS) {
    it(`lints again only the scripts that read what the header changed, and every script after another version, platform or config${v.title}`, () => {
      const dir = tempDir();
      const base = sampleLibrary(v.directives);
      const n = count(base);
      // what each script's lint reads of the header, as the engine records it
      const readers = (text: string, bits: number): number => Array.from(lintText(text, { trackHeader: true }).headerReads!).filter((r) => r & bits).length;
      const shopReaders = readers(base, READS_SHOP);
      const variableReaders = readers(base, READS_VARIABLES);
      assert.ok(shopReaders > 0 && variableReaders > 0 && shopReaders + variableReaders < n / 2, `${shopReaders} and ${variableReaders} of ${n}`);
      step(dir, base, 'first');
      const shop = step(dir, base.replace('shop: 尚米坊官方店', 'shop: 尚米坊旗舰店'), 'the shop renamed');
      assert.deepStrictEqual([shop.hits, shop.misses], [n - shopReaders, shopReaders]);
      // every run's text is as it was: each one vouched for by its digest, its scripts that read the shop read and linted again
      const inRuns = Math.floor((n - 1) / SMALL_RUN) * SMALL_RUN;
      const shopReadersInRuns = Array.from(lintText(base, { trackHeader: true }).headerReads!).slice(0, inRuns).filter((r) => r & READS_SHOP).length;
      assert.strictEqual(shop.byRun, v.directives ? 0 : inRuns - shopReadersInRuns);
      // a variable declared: the replies with placeholders are linted again (their undeclared-variable findings go)
      const declared = base.replace('shop: 尚米坊官方店', 'shop: 尚米坊旗舰店').replace('  单号: 退货快递单号\n', '  单号: 退货快递单号\n  顾客: 买家昵称\n');
      const vars = step(dir, declared, 'a variable declared');
      assert.deepStrictEqual([vars.hits, vars.misses], [n - variableReaders, variableReaders]);
      const both = step(dir, base, 'the shop and the variables as at first');
      assert.deepStrictEqual([both.hits, both.misses], [n - readers(base, READS_SHOP | READS_VARIABLES), readers(base, READS_SHOP | READS_VARIABLES)]);
      const version = step(dir, base.replace('huashu: 1', "huashu: '1'"), 'the version written as a string');
      assert.deepStrictEqual([version.hits, version.misses], [0, n]);
      const platform = step(dir, base.replace('platform: taobao', 'platform: jd'), 'another platform');
      assert.deepStrictEqual([platform.hits, platform.misses], [0, n]);
      fs.writeFileSync(path.join(dir, 'huashu.config.yaml'), 'rules:\n  no-blame-courier: off\n');
      const config = step(dir, base.replace('platform: taobao', 'platform: jd').replace('小米', '小麦'), 'another config');
      assert.deepStrictEqual([config.hits, config.misses], [0, n]);
    });
  }

  for (const v of VARIANTS) {
    it(`gives what a whole lint gives after each of many random changes of the header${v.title}`, () => {
      const dir = tempDir();
      const base = sampleLibrary(v.directives);
      const n = count(base);
      const body = base.slice(base.indexOf('scripts:\n'));
      let seed = 20261206;
      const rnd = (k: number): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed % k; };
      const shops = ['shop: 尚米坊官方店\n', 'shop: 尚米坊旗舰店\n', '', 'shop: 小米\n'];
      const vars = ['  单号: 退货快递单号\n', '  顾客: 买家昵称\n', '  宝贝: 商品名称\n', '  昵称: 买家昵称\n'];
      step(dir, base, 'first');
      let reused = 0;
      for (let k = 0; k < 24; k++) {
        const declared = vars.filter(() => rnd(2) === 0);
        const header = `huashu: 1\n${shops[rnd(shops.length)]}platform: ${rnd(6) === 0 ? 'jd' : 'taobao'}\n${declared.length ? `variables:\n${declared.join('')}` : ''}`;
        const r = step(dir, header + body, `header ${k}: ${JSON.stringify(header)}`);
        assert.strictEqual(r.hits + r.misses, n);
        reused += r.hits;
      }
      assert.ok(reused > 24 * n / 2, `scripts taken from the cache (${reused})`);
    });
  }

  for (const v of VARIANTS) {
    it(`reports the same around a YAML error, and for a file with a BOM and CRLF line breaks${v.title}`, () => {
      const dir = tempDir();
      const base = sampleLibrary(v.directives);
      step(dir, base, 'first');
      step(dir, base.replace('    customer: 你好,在吗?\n', '    customer: "你好,在吗?\n'), 'a quote left open');
      step(dir, base, 'closed again');
      const crlf = '\uFEFF' + base.replace(/\n/g, '\r\n');
      step(dir, crlf, 'BOM and CRLF');
      const r = step(dir, crlf.replace('我是售后客服小米', '我是客服'), 'BOM and CRLF, one script changed');
      assert.strictEqual(r.misses, 1);
    });
  }

  for (const v of VARIANTS) {
    it(`takes the scripts again when the fast scan gives up midway and the full parser reads them from the first${v.title}`, () => {
      const dir = tempDir();
      // a value that is not a string (a float) in the last script: the layout scanner hands over
      // the scripts before it, then gives up, and the full parser hands all of them over again
      const base = sampleLibrary(v.directives) + '\n  - id: last.float\n    title: 3.14\n    reply: 您好,是快递的问题哦\n';
      const n = count(base);
      step(dir, base, 'first');
      const r = step(dir, base.replace('我是售后客服小米', '我是客服小米'), 'one script changed');
      assert.deepStrictEqual([r.hits, r.misses], [n - 1, 1]);
    });
  }

  for (const v of VARIANTS) {
    it(`lints the whole file when its entry's scripts are damaged, and writes them anew${v.title}`, () => {
      const dir = tempDir();
      const base = sampleLibrary(v.directives);
      const n = count(base);
      step(dir, base, 'first');
      const file = path.join(dir, DEFAULT_CACHE_FILE);
      const damage = (f: (lints: Record<string, unknown>, entry: Record<string, Record<string, unknown>>) => void): void => {
        const data = readCacheData(file);
        const entry = Object.values(data.files as Record<string, Record<string, Record<string, unknown>>>)[0];
        f(entry.lints, entry);
        writeCacheData(file, data);
      };
      const edits = [
        (l: Record<string, unknown>) => { l.counts = 'AAAA'; },
        (l: Record<string, unknown>) => { l.counts = 'AAA'; },
        (l: Record<string, unknown>) => { l.digests = 42; },
        (l: Record<string, unknown>) => { l.digests = 'AAAA'; },
        (l: Record<string, unknown>) => { l.refs = Buffer.from(Int32Array.from([1e6]).buffer).toString('base64'); },
        (l: Record<string, unknown>) => { l.own = null; },
        (l: Record<string, unknown>) => { l.head = 42; },
        (l: Record<string, unknown>) => { l.head = '[1,"taobao"]'; },
        (l: Record<string, unknown>) => { l.reads = 7; },
        (l: Record<string, unknown>) => { l.reads = 'AAAA'; },
        (l: Record<string, unknown>) => { l.runs = 7; },
        (l: Record<string, unknown>) => { (l.runs as Record<string, unknown>).size = 0; },
        (l: Record<string, unknown>) => { (l.runs as Record<string, unknown>).lens = 'AAAA'; },
        (l: Record<string, unknown>) => { (l.runs as Record<string, unknown>).digests = 'AAAA'; },
        // a run's length that is not its scripts' chunks end to end
        (l: Record<string, unknown>) => {
          const runs = l.runs as Record<string, string>;
          const lens = new Int32Array(Uint8Array.from(Buffer.from(runs.lens, 'base64')).buffer);
          lens[0] += 1;
          runs.lens = Buffer.from(lens.buffer).toString('base64');
        },
        // the scripts' ids and spans the lints are read with
        (_l: Record<string, unknown>, e: Record<string, Record<string, unknown>>) => { e.scripts.spans = []; },
        (_l: Record<string, unknown>, e: Record<string, Record<string, unknown>>) => { e.scripts.id = (e.scripts.id as unknown[]).map(() => 7); },
      ];
      let text = base;
      for (const [k, edit] of edits.entries()) {
        damage(edit);
        text = text.replace('小米', `小米${k}`);
        const r = step(dir, text, `damaged ${k}`);
        assert.deepStrictEqual([r.hits, r.misses], [0, n], `damaged ${k}`);
      }
      // written anew: the next change takes the rest again
      const r = step(dir, text.replace('我是售后客服', '我是客服'), 'after the damage');
      assert.deepStrictEqual([r.hits, r.misses], [n - 1, 1]);
    });
  }

  for (const v of VARIANTS) {
    it(`gives what a whole lint gives after each of many random edits${v.title}`, () => {
      const dir = tempDir();
      let text = sampleLibrary(v.directives);
      const start = text.indexOf('scripts:\n') + 'scripts:\n'.length;
      // a small generator of its own, so that a failure is found again by its seed
      let seed = 20261205;
      const rnd = (n: number): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed % n; };
      // (comment lines and empty values at items' ends: where the layout's chunks and the scripts' spans part)
      const snippets = ['快递的问题', '亲', '\n', '  - id: r.new\n    reply: 是快递给发错地方了哦\n', '# huashu-disable-next-line\n', '"', ':', '  ', '不可以', '{{单号}}', '\r\n', '  # 注释\n', '      # 深\n', '    notes: # 空\n', '- '];
      const base = text;
      step(dir, text, 'first');
      let reused = 0;
      let taken = 0;
      let byRun = 0;
      for (let k = 0; k < 60; k++) {
        // now and then from the samples again (edits pile up: a quote left open stays open)
        if (rnd(4) === 0) text = base;
        let at = start + rnd(text.length - start);
        // half of them at a line's start, where items and comment lines begin
        if (rnd(2) === 0) at = Math.max(start, text.lastIndexOf('\n', at - 1) + 1);
        if (rnd(3) === 0) text = text.slice(0, at) + text.slice(at + 1 + rnd(12));
        else text = text.slice(0, at) + snippets[rnd(snippets.length)] + text.slice(at);
        const r = step(dir, text, `edit ${k} (at ${at})`);
        reused += r.hits;
        taken += r.taken;
        byRun += r.byRun;
      }
      // (the edits differ with the text's length: the two variants' counts are not comparable)
      assert.ok(reused > 60 * 4, `scripts taken from the cache (${reused})`);
      assert.ok(v.directives ? taken === 0 : taken > 60, `items taken before they were read (${taken})`);
      // (runs of 4 scripts, most of which an edit does not touch)
      assert.ok(v.directives ? byRun === 0 : byRun > taken / 3, `items taken on their run's digest (${byRun} of ${taken})`);
    });
  }

  it('says in the terminal how many scripts it took from the cache', async () => {
    const dir = tempDir();
    const base = sampleLibrary();
    const n = count(base);
    fs.writeFileSync(path.join(dir, FILE), base);
    await runCli(['lint', '--cache'], { cwd: dir });
    fs.writeFileSync(path.join(dir, FILE), base.replace('我是售后客服小米', '我是客服'));
    const r = await runCli(['lint', '--cache'], { cwd: dir });
    assert.match(r.stderr, new RegExp(`缓存：0 个文件沿用上次的结果，1 个文件重新检查（其中 ${n - 1} 段话术沿用上次的结果，1 段重新检查）`));
    const json = await runCli(['lint', '--cache', '--format', 'json'], { cwd: dir });
    fs.writeFileSync(path.join(dir, FILE), base);
    const cached = await runCli(['lint', '--cache', '--format', 'json'], { cwd: dir });
    const plain = await runCli(['lint', '--format', 'json'], { cwd: dir });
    assert.strictEqual(cached.stdout, plain.stdout);
    assert.strictEqual(cached.stderr, plain.stderr);
    assert.notStrictEqual(json.stdout, plain.stdout);
  });
});
