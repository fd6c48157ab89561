/**
 * lintTextLean (the CLI's way to lint one file: each script linted as soon as it is read, then
 * kept as a skeleton) must give exactly what lintLibrary gives on the whole library: the same
 * findings, ranges, fixes, per-script results, scores and rule errors. Checked on the samples,
 * the real-reply corpus (read at run time from ../shared, never copied), files whose header is
 * not where the lean path expects it, a scan that gives up midway, and generated libraries.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { ALL_RULES, LintOptions, lintText, lintTextLean, LintResult, RuleModule, startLean, stripBom } from '../../server/src/engine';
import { fastParse } from '../../server/src/engine/parse/fast-scan';
import * as parseModule from '../../server/src/engine/parse/library';

const corpusDir = path.resolve(__dirname, '../../../../shared/research/corpus');
const samplesDir = path.resolve(__dirname, '../../../samples');

/** What both paths must agree on. The lean path keeps scalar spans only for a text that may have directives. */
function result(r: LintResult, spans = true): unknown {
  return {
    findings: r.findings.map((f) => ({ ...f })),
    scripts: r.scripts.map((s) => ({ ...s, findings: s.findings.map((f) => [f.ruleId, f.start, f.end]) })),
    score: r.score,
    hadBom: r.hadBom,
    ruleErrors: r.ruleErrors,
    scalarSpans: spans ? [...r.library.scalarSpans] : [],
    ids: r.library.scripts.map((s) => [s.index, s.id, s.idSpan, s.scenario, s.stage]),
  };
}

function same(input: string, options: LintOptions = {}): LintResult {
  const { text, hadBom } = stripBom(input);
  const lean = lintTextLean(text, hadBom, options);
  const directives = text.includes('huashu-');
  assert.deepStrictEqual(result(lean), result(lintText(input, options), directives));
  if (!directives) assert.strictEqual(lean.library.scalarSpans.length, 0, 'no directive: no scalar spans kept');
  // without the scripts' results (the CLI's lint): the same findings and score, no result kept
  const bare = lintTextLean(text, hadBom, { ...options, scriptResults: false });
  assert.deepStrictEqual(bare.scripts, []);
  assert.deepStrictEqual({ ...(result(bare, directives) as object), scripts: [] }, { ...(result(lean, directives) as object), scripts: [] });
  return lean;
}

/** How many times the parser handed a script to a lean lint (0: the usual path was taken). */
function handedOver(text: string): number {
  let n = 0;
  const original = parseModule.parseLibrary;
  const spy = (t: string, o?: parseModule.ParseOptions): parseModule.Library => original(t, o?.onScript ? { ...o, onScript: (s) => { n++; return o.onScript!(s); } } : o);
  (parseModule as { parseLibrary: typeof original }).parseLibrary = spy;
  try {
    lintTextLean(text, false);
  } finally {
    (parseModule as { parseLibrary: typeof original }).parseLibrary = original;
  }
  return n;
}

describe('lean lint = whole-library lint', () => {
  it('the sample libraries, with and without their config', () => {
    const files = fs.readdirSync(samplesDir).filter((f) => f.endsWith('.huashu.yaml'));
    assert.ok(files.length >= 4);
    for (const f of files) {
      const text = fs.readFileSync(path.join(samplesDir, f), 'utf8');
      same(text);
      same(text, {
        config: { rules: { 'service-flow-complete': { severity: 'error' } }, phrases: [{ kind: 'forbidden', pattern: '亲', message: '不要用“亲”' }, { kind: 'required', pattern: '您好' }], allow: [] },
        externalIds: new Map([['greet-1', 'other.huashu.yaml:3']]),
      });
    }
  });

  it('the real-reply corpus as libraries with a header, customers, alternatives and directives', function () {
    this.timeout(120000);
    const corpus = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).flatMap((f) => fs.readFileSync(path.join(corpusDir, f), 'utf8').split('\n').filter(Boolean));
    assert.ok(corpus.length > 10000, `corpus not found at ${corpusDir}`);
    const chunk = 3000;
    for (let i = 0; i < corpus.length; i += chunk) {
      const lines = ['huashu: 1', 'shop: 小米官方旗舰店', 'platform: taobao', 'variables:', '  顾客: 昵称', 'scripts:'];
      corpus.slice(i, i + chunk).forEach((reply, k) => {
        lines.push(`  - id: c${k % 997 === 3 ? 'dup' : i + k}`, `    scenario: ${['after-sales', 'complaint', 'pre-sales', 'logistics'][k % 4]}`);
        if (k % 5 === 0) lines.push(`    stage: ${['opening', 'handling', 'closing'][k % 3]}`);
        if (k % 7 === 0) lines.push('    customer: 我的快递怎么还没到');
        if (k % 11 === 0) lines.push('    # huashu-disable-next-line');
        lines.push(`    reply: ${JSON.stringify(reply.replace(/\t/g, ' '))}`);
        if (k % 13 === 0) lines.push('    alternatives:', `      - ${JSON.stringify(reply.slice(0, 12))}`, '      - 您好{顾客}，{未声明}马上为您处理');
      });
      const text = lines.join('\n') + '\n';
      assert.strictEqual(handedOver(text), Math.min(chunk, corpus.length - i), 'every script linted as it was read');
      same(text);
    }
  });

  it('a lint finished later with the ids of other files: as if they had been given first', () => {
    const text = fs.readFileSync(path.join(samplesDir, 'after-sales.huashu.yaml'), 'utf8');
    const pending = startLean(text, false);
    const id = pending.library.scripts.find((s) => s.id)!.id!;
    assert.deepStrictEqual(pending.library.scripts.map((s) => s.turns.length), pending.library.scripts.map(() => 0), 'skeletons only');
    const externalIds = new Map([[id, 'b.huashu.yaml:7']]);
    const r = pending.finish(externalIds);
    assert.deepStrictEqual(result(r), result(lintText(text, { externalIds }), text.includes('huashu-')));
    assert.ok(r.findings.some((f) => f.ruleId === 'duplicate-id' && f.message.includes('b.huashu.yaml:7')));
  });

  it('scalar spans are kept only for a text that may have directives, which then work as on the usual path', () => {
    const body = 'scripts:\n  - id: a\n    reply: "快递的问题 # 不是注释"\n  - id: b\n    reply: 这个不归我们管\n';
    const plain = `huashu: 1\n${body}`;
    const lean = same(plain);
    assert.strictEqual(lean.library.scalarSpans.length, 0);
    assert.ok(lintText(plain).library.scalarSpans.length >= 6, 'the usual path keeps them');
    assert.deepStrictEqual([...parseModule.parseLibrary(plain, { scalarSpans: false }).scalarSpans], []);
    assert.deepStrictEqual([...parseModule.parseLibrary(plain, { full: true, scalarSpans: false }).scalarSpans], []);
    // a directive inside a scalar is text, a directive in a comment suppresses
    const directive = `huashu: 1\nscripts:\n  - id: a\n    reply: "快递的问题 # huashu-disable-next-line"\n  # huashu-disable-next-line no-disclaim-responsibility\n  - id: b\n    reply: 这个不归我们管\n`;
    const r = same(directive);
    assert.ok(r.library.scalarSpans.length >= 6);
    assert.ok(!r.findings.some((f) => f.ruleId === 'unused-directive' && f.start < directive.indexOf('  # huashu')), 'the one inside the text is not a directive');
    assert.ok(same(directive.replace('  # huashu-disable-next-line no-disclaim-responsibility\n', '')).findings.length > r.findings.length, 'the comment suppresses something');
  });

  it('a lint finished twice gives the same result twice, rule errors included', () => {
    const rule = ALL_RULES.find((r) => r.meta.id === 'service-flow-complete') as RuleModule;
    const saved = rule.checkLibrary;
    rule.checkLibrary = () => { throw new Error('injected'); };
    try {
      const pending = startLean(fs.readFileSync(path.join(samplesDir, 'presales.huashu.yaml'), 'utf8'), false);
      const one = pending.finish();
      const two = pending.finish(new Map([['x', 'b.huashu.yaml:1']]));
      assert.deepStrictEqual(one.ruleErrors.map((e) => e.ruleId), ['service-flow-complete']);
      assert.deepStrictEqual(two.ruleErrors, one.ruleErrors);
      assert.deepStrictEqual(result(pending.finish()), result(one));
    } finally {
      rule.checkLibrary = saved;
    }
  });

  it('a scan that gives up after handing over scripts: each script linted once, from the parser\'s reading', () => {
    const items = Array.from({ length: 5 }, (_, k) => `  - id: s${k}\n    reply: 快递给发错了 # 注释 ${k}`);
    const text = `huashu: 1\nplatform: jd\nscripts:\n${items.join('\n')}\n  - id: !!str last\n    reply: 亲，您好\n`;
    assert.strictEqual(fastParse(text), undefined);
    const r = same(text);
    assert.deepStrictEqual(r.scripts.map((s) => s.id), ['s0', 's1', 's2', 's3', 's4', 'last']);
    assert.strictEqual(handedOver(text), 5 + 6, 'five scripts from the scan, then all six from the parser');
    assert.ok(r.findings.length > 0);
  });

  it('a header that is not all before the scripts, or reads differently whole: the usual path, same result', () => {
    const scripts = 'scripts:\n  - id: a\n    reply: 您好{顾客}，亲，您的问题马上为您处理\n  - id: b\n    reply: 这个不归我们管\n';
    const cases = [
      `huashu: 1\n${scripts}variables:\n  顾客: 昵称\n`,
      `huashu: 1\n${scripts}platform: jd\n`,
      `huashu: 1\nplatform: taobao\n${scripts}platform: jd\n`,
      `huashu: 1\nshop: "小米\nscripts: 旗舰店"\n${scripts}`,
      `huashu: 1\nshop: |\n  第一行\nscripts:\n  - id: a\n    reply: 亲\n`,
      `huashu: 1\nshop: 店\nvariables: {顾客: 昵称}\n${scripts}`,
      `huashu: 1\n"scripts":\n  - id: a\n    reply: 亲，这个不归我们管\n`,
      `huashu: 1\nscripts: # 注释\n  - id: a\n    reply: 亲\n`,
      `huashu: 1\nscripts:\n`,
      `huashu: 1\nscripts: []\n`,
      `scripts:\n  - id: a\n    reply: 亲\n`,
      `huashu: 1\nscripts:\n  - 不是映射\n  - id: b\n    reply: 亲\n`,
      'huashu: 1\n',
      '',
      '\uFEFFhuashu: 1\r\nplatform: jd\r\nscripts:\r\n  - id: a\r\n    reply: 亲，不归我们管\r\n',
    ];
    const results = cases.map((text) => same(text));
    // read with only the text before `scripts:`, {顾客} would be undeclared
    assert.ok(!results[0].findings.some((f) => f.ruleId === 'undeclared-variable'), 'variables after the scripts are seen');
    assert.strictEqual(handedOver(cases[5]), 2, 'a flow map of variables before the scripts: linted script by script');
    assert.strictEqual(handedOver(cases[6]), 0, 'a quoted scripts key: not found by the cut, linted whole');
  });

  it('libraries that are one flow map (JSON): linted script by script when the header comes before the scripts, else the usual way; the same result', () => {
    const scripts = [{ id: 'a', scenario: 'complaint', customer: '东西坏了', reply: '您好{顾客}，这个不归我们管' }, { id: 'b', reply: ['亲', '快递给发错了'] }];
    const head = { huashu: 1, shop: '旗舰店', platform: 'jd', variables: { 顾客: '昵称' } };
    const pretty = JSON.stringify({ ...head, scripts }, null, 2) + '\n';
    const r = same(pretty);
    assert.strictEqual(handedOver(pretty), 2, 'read and linted script by script');
    assert.ok(!r.findings.some((f) => f.ruleId === 'undeclared-variable') && r.findings.length > 0);
    const after = JSON.stringify({ huashu: 1, scripts, variables: { 顾客: '昵称' } }, null, 2) + '\n';
    assert.ok(!same(after).findings.some((f) => f.ruleId === 'undeclared-variable'), 'variables after the scripts are seen');
    const cases = [
      JSON.stringify({ ...head, scripts }) + '\n',
      JSON.stringify({ scripts, ...head }, null, 4) + '\n',
      JSON.stringify({ huashu: 1, shop: '"scripts": [', scripts }, null, 2) + '\n',
      JSON.stringify({ huashu: 1, shop: 'scripts: x', scripts }) + '\n',
      `{huashu: 1, platform: jd, scripts: [{id: a, reply: 这个不归我们管}]}\n`,
      `{'huashu': 1, 'scripts': [{'id': 'a', 'reply': '这个不归我们管'}]}\n`,
      `{"huashu": 1, "scripts": {"id": "a"}}\n`,
      `{"huashu": 1, "scripts": []}\n`,
      `{"huashu": 1, "platform": "jd", "scripts": [{"id": "a", "reply": "亲"}, {"id": "a"`,
      `{"huashu": 1, "platform": "jd",\n "scripts": [{"id": "a", "reply": "亲"}]} trailing\n`,
      `  {"huashu": 1, "scripts": [{"id": "a", "reply": "亲"}]}\n# huashu-disable-file\n`,
      '\uFEFF' + (JSON.stringify({ ...head, scripts }, null, 2) + '\n').replace(/\n/g, '\r\n'),
    ];
    for (const text of cases) same(text);
    assert.strictEqual(handedOver(cases[0]), 2, 'on one line too');
  });

  it('generated JSON libraries: header keys in any order, before or after the scripts', function () {
    this.timeout(120000);
    const piece = fc.constantFrom('亲', '您好', '快递给发错', '不归我们管', ',', '。', ' ', '"', "'", '\\', '{顾客}', '{店名}', '😀', 'scripts', '"scripts":', '\n');
    const text = fc.array(piece, { minLength: 1, maxLength: 10 }).map((a) => a.join(''));
    const entry = fc.constantFrom<[string, unknown]>(['huashu', 1], ['huashu', 2], ['shop', '旗舰店'], ['shop', 'scripts'], ['platform', 'jd'], ['platform', 'pdd'], ['variables', { 顾客: '昵称' }], ['variables', { 店名: '"scripts": x' }], ['other', 1]);
    fc.assert(fc.property(fc.uniqueArray(entry, { selector: (e) => e[0], maxLength: 5 }), fc.nat(), fc.array(fc.tuple(text, fc.boolean()), { maxLength: 4 }), fc.constantFrom(undefined, 2), (entries, at, items, indent) => {
      const scripts = items.map(([reply, complaint], k) => ({ id: `g${k % 3}`, ...(complaint ? { scenario: 'complaint', customer: '东西坏了' } : {}), reply }));
      const k = at % (entries.length + 1);
      const lib = Object.fromEntries([...entries.slice(0, k), ['scripts', scripts], ...entries.slice(k)]);
      same(JSON.stringify(lib, null, indent) + '\n');
    }), { numRuns: 300 });
  });

  it('generated libraries of odd shape: anchors, flow maps, wrong types, repeated keys, directives, header keys after the scripts', function () {
    this.timeout(120000);
    const piece = fc.constantFrom('亲', '您好', '快递给发错', '不归我们管', '抱歉', ',', '。', ' ', '#', ': ', "'", '"', '\\', '{顾客}', '{店名}', '{{', '😀', '-', 'x', '&a', '*a', '[', ']', '{', '}', '\t');
    const reply = fc.array(piece, { maxLength: 10 }).map((a) => a.join(''));
    const line = fc.oneof(
      reply.map((r) => `    reply: ${r}`),
      reply.map((r) => `    reply: ${JSON.stringify(r)}`),
      reply.map((r) => `    reply: |\n      ${r}\n      ${r}`),
      reply.map((r) => `    reply: >-\n      ${r}`),
      reply.map((r) => `    reply: [${JSON.stringify(r)}, ${JSON.stringify(r)}]`),
      reply.map((r) => `    alternatives:\n      - ${JSON.stringify(r)}\n      - ${r}`),
      reply.map((r) => `    customer: ${JSON.stringify(r)}`),
      fc.constantFrom('    scenario: complaint', '    scenario: pre-sales', '    stage: closing', '    stage: bogus', '    tags: [a, b]', '    notes: x',
        '    # huashu-disable-next-line', '    # huashu-disable no-blunt-refusal', '  # huashu-enable', '    unknown: 1', '    id: dup', '', '#'),
    );
    const script = fc.tuple(fc.constantFrom('  - id: a', '  - id: b', '  - id: a # 注释', '  - title: t', '  -', '  - 不是映射', '  - id: x\n    id: y'), fc.array(line, { maxLength: 4 }))
      .map(([h, ls]) => [h, ...ls].join('\n'));
    const key = fc.constantFrom('huashu: 1', 'huashu: 2', 'shop: 旗舰店', 'shop: [1]', 'platform: jd', 'platform: pdd', 'platform: nope',
      'variables:\n  顾客: 昵称', 'variables: {店名: 店}', 'variables: []', '# 注释', 'other: 1', 'scripts: 0');
    fc.assert(fc.property(fc.array(key, { maxLength: 5 }), fc.array(script, { maxLength: 6 }), fc.array(key, { maxLength: 2 }), fc.constantFrom('\n', '\r\n'), (head, scripts, tail, eol) => {
      same([...head, 'scripts:', ...scripts, ...tail].join('\n').replace(/\n/g, eol) + eol);
    }), { numRuns: 300 });
  });

  it('generated libraries: header keys in any order, every scalar style', function () {
    this.timeout(120000);
    const piece = fc.constantFrom('亲', '您好', '快递给发错', '不归我们管', ',', '。', ' ', '#', ': ', "'", '\\', '{顾客}', '{店名}', '😀', '-', 'x');
    const reply = fc.array(piece, { minLength: 1, maxLength: 10 }).map((a) => a.join(''));
    const style = fc.constantFrom('plain', 'dq', 'sq', 'literal', 'flow', 'alts');
    const header = fc.shuffledSubarray(['shop: 旗舰店', 'platform: jd', 'platform: pdd', 'variables:\n  顾客: 昵称', 'huashu: 1'], { minLength: 0 });
    fc.assert(fc.property(header, fc.integer({ min: 0, max: 5 }), fc.array(fc.tuple(reply, style, fc.boolean()), { minLength: 0, maxLength: 5 }), (head, at, items) => {
      const body = ['scripts:'];
      items.forEach(([r, st, complaint], k) => {
        body.push(`  - id: g${k % 3}`);
        if (complaint) body.push('    scenario: complaint', '    customer: 东西坏了');
        if (st === 'plain') body.push(`    reply: ${r}`);
        else if (st === 'dq') body.push(`    reply: ${JSON.stringify(r)}`);
        else if (st === 'sq') body.push(`    reply: '${r.replace(/'/g, "''")}'`);
        else if (st === 'literal') body.push('    reply: |-', `      ${r}`);
        else if (st === 'flow') body.push(`    reply: [${JSON.stringify(r)}, ${JSON.stringify(r)}]`);
        else body.push('    alternatives:', `      - ${JSON.stringify(r)}`);
      });
      const k = Math.min(at, head.length);
      same([...head.slice(0, k), body.join('\n'), ...head.slice(k)].join('\n') + '\n');
    }), { numRuns: 200 });
  });
});
