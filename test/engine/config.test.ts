import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseConfig, resolveConfig, isIgnored, RULE_IDS, DEFAULT_SEVERITIES, lintText, EffectiveConfig } from '../../server/src/engine';
import { GLOB_LIMITS, LIMITS } from '../../server/src/engine/config';
import { PATTERN_LIMITS } from '../../server/src/engine/match/pattern';
import { fastParse } from '../../server/src/engine/parse/fast-scan';
import fc from 'fast-check';

const BAD_LIB = 'huashu: 1\nscripts:\n  - id: a\n    reply: 亲,是快递给发错地方了哦\n';

describe('config', () => {
  it('reads presets, rules, phrases, allow, ignore, overrides and policy', () => {
    const { config, problems } = parseConfig([
      'extends: [huashu:recommended, huashu:jd]',
      'rules:',
      '  no-blame-courier: warning',
      '  unknown-key: [off]',
      'phrases:',
      '  - {pattern: 亲爱的, message: 本店不用“亲爱的”, replacement: 您}',
      '  - {pattern: 尚米坊, kind: required, stages: [opening]}',
      'allow: [快递给发错]',
      'ignore: ["drafts/**"]',
      'overrides:',
      '  - files: ["legacy/*.huashu.yaml"]',
      '    rules: {no-blame-courier: off}',
      'policy: {qin: forbid}',
    ].join('\n'), RULE_IDS);
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(config.extends, ['huashu:recommended', 'huashu:jd']);
    const eff = resolveConfig(config, 'a.huashu.yaml', DEFAULT_SEVERITIES);
    assert.strictEqual(eff.platform, 'jd');
    assert.strictEqual(eff.rules['no-blame-courier'].severity, 'warning');
    assert.strictEqual(eff.rules['unknown-key'].severity, 'off');
    assert.strictEqual(eff.phrases.length, 2);
    assert.strictEqual(resolveConfig(config, 'legacy/x.huashu.yaml', DEFAULT_SEVERITIES).rules['no-blame-courier'].severity, 'off');
    assert.ok(isIgnored(config, 'drafts/a.huashu.yaml'));
    assert.ok(!isIgnored(config, 'a.huashu.yaml'));
  });

  it('reports problems in Chinese with positions, and keeps what it could read', () => {
    const text = 'extends: ./mine.js\nrules:\n  no-blame-couriers: error\n  no-blame-courier: loud\nphrases:\n  - "(a|(b))"\nfoo: 1\n';
    const { config, problems } = parseConfig(text, RULE_IDS);
    assert.deepStrictEqual(config.extends, ['huashu:recommended']);
    const msgs = problems.map((p) => `${text.slice(p.start, p.end)} → ${p.message}`);
    assert.strictEqual(problems.length, 5, msgs.join('\n'));
    assert.ok(msgs[0].startsWith('./mine.js →') && /不会加载任何外部文件或代码/.test(msgs[0]));
    assert.ok(/是不是想写 “no-blame-courier”/.test(msgs[1]));
    for (const p of problems) assert.match(p.message, /[\u4e00-\u9fff]/);
  });

  it('config severities apply; off removes; team phrases report', () => {
    const cfg = (c: Partial<EffectiveConfig>): EffectiveConfig => ({ rules: {}, phrases: [], allow: [], ...c });
    const sev = (c: EffectiveConfig) => lintText(BAD_LIB, { config: c }).findings.filter((f) => f.ruleId === 'no-blame-courier').map((f) => f.severity);
    assert.deepStrictEqual(sev(cfg({})), ['error']);
    assert.deepStrictEqual(sev(cfg({ rules: { 'no-blame-courier': { severity: 'info' } } })), ['info']);
    assert.deepStrictEqual(sev(cfg({ rules: { 'no-blame-courier': { severity: 'off' } } })), []);
    assert.deepStrictEqual(sev(cfg({ allow: ['是快递给发错地方'] })), []);
    const team = lintText(BAD_LIB, { config: cfg({ phrases: [{ pattern: '地方', kind: 'forbidden', message: '不说地方', replacement: '地址' }] }) });
    const f = team.findings.find((x) => x.ruleId === 'team-forbidden-phrase')!;
    assert.strictEqual(f.message, '不说地方');
    assert.deepStrictEqual(f.fix?.text, '地址');
  });

  it('a required team phrase is reported where the scenario/stage matches', () => {
    const lib = 'huashu: 1\nscripts:\n  - id: a\n    stage: opening\n    reply: 您好\n  - id: b\n    stage: closing\n    reply: 再见\n';
    const r = lintText(lib, { config: { rules: {}, allow: [], phrases: [{ pattern: '尚米坊', kind: 'required', stages: ['opening'] }] } });
    assert.deepStrictEqual(r.findings.filter((f) => f.ruleId === 'team-required-phrase').map((f) => f.scriptId), ['a']);
  });

  it('with many team phrases of both kinds, reports in each reply every forbidden one it has and every required one it lacks, in the phrases\' order', () => {
    let seed = 20261205;
    const rnd = (n: number): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed % n; };
    const CHARS = '鑫淼焱垚犇骉麤羴鱻猋毳掱';
    const word = (k: number): string => CHARS[k % 12] + CHARS[Math.floor(k / 12) % 12] + CHARS[Math.floor(k / 144) % 12];
    // forbidden and required phrases interleaved; two phrases of one pattern (their findings share a span)
    const phrases: EffectiveConfig['phrases'] = [];
    for (let k = 0; k < 600; k++) {
      phrases.push(k % 4 === 1
        ? { pattern: word(k), kind: 'required', message: `要${k}`, stages: k % 8 === 1 ? ['opening'] : undefined }
        : { pattern: word(k % 4 === 3 ? k - 1 : k), kind: 'forbidden', message: `禁${k}` });
    }
    const stages = ['opening', 'closing'];
    const scripts = Array.from({ length: 40 }, (_, i) => {
      const used = Array.from({ length: 1 + rnd(8) }, () => rnd(600));
      return { id: `s${i}`, stage: stages[rnd(2)], reply: `您好，${used.map(word).join('，')}，谢谢`, used: new Set(used.map(word)) };
    });
    const text = `huashu: 1\nscripts:\n${scripts.map((x) => `  - id: ${x.id}\n    stage: ${x.stage}\n    reply: ${x.reply}\n`).join('')}`;
    const r = lintText(text, { config: { rules: {}, allow: [], phrases } });
    for (const x of scripts) {
      const forbidden = phrases.map((p, k) => ({ p, k })).filter(({ p }) => p.kind === 'forbidden' && x.used.has(p.pattern))
        .sort((a, b) => x.reply.indexOf(a.p.pattern) - x.reply.indexOf(b.p.pattern) || a.k - b.k).map(({ p }) => p.message);
      const required = phrases.filter((p) => p.kind === 'required' && !x.used.has(p.pattern) && (!p.stages || p.stages.includes(x.stage as 'opening'))).map((p) => p.message);
      const of = (rule: string): (string | undefined)[] => r.findings.filter((f) => f.scriptId === x.id && f.ruleId === rule).map((f) => f.message);
      assert.deepStrictEqual(of('team-forbidden-phrase'), forbidden, x.id);
      assert.deepStrictEqual(of('team-required-phrase'), required, x.id);
    }
  });

  it('publishes its limits in the config JSON Schema (editors flag them while typing)', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../schemas/huashu-config.schema.json'), 'utf8'));
    const p = schema.properties;
    assert.strictEqual(p.phrases.maxItems, LIMITS.phrases);
    assert.strictEqual(p.allow.maxItems, LIMITS.allow);
    assert.strictEqual(p.overrides.maxItems, LIMITS.overrides);
    assert.strictEqual(p.allow.items.maxLength, PATTERN_LIMITS.maxLength);
    assert.strictEqual(p.phrases.items.anyOf[0].maxLength, PATTERN_LIMITS.maxLength);
    assert.strictEqual(p.phrases.items.anyOf[1].properties.pattern.maxLength, PATTERN_LIMITS.maxLength);
    assert.strictEqual(p.ignore.maxItems, GLOB_LIMITS.maxGlobs);
    assert.strictEqual(p.ignore.items.maxLength, GLOB_LIMITS.maxLength);
    const files = p.overrides.items.properties.files.anyOf;
    assert.deepStrictEqual([files[0].maxLength, files[1].maxItems, files[1].items.maxLength], [GLOB_LIMITS.maxLength, GLOB_LIMITS.maxGlobs, GLOB_LIMITS.maxLength]);
    // and what the schema lets through at the limit, the engine accepts
    const many = Array.from({ length: LIMITS.phrases }, (_, i) => `  - 词${i}`).join('\n');
    assert.deepStrictEqual(parseConfig(`phrases:\n${many}\n`, RULE_IDS).problems, []);
    assert.ok(parseConfig(`phrases:\n${many}\n  - 多出一条\n`, RULE_IDS).problems.some((x) => /最多 2000 条/.test(x.message)));
    assert.deepStrictEqual(parseConfig(`allow: ["${'好'.repeat(PATTERN_LIMITS.maxLength)}"]\n`, RULE_IDS).problems, []);
    assert.ok(parseConfig(`allow: ["${'好'.repeat(PATTERN_LIMITS.maxLength + 1)}"]\n`, RULE_IDS).problems.length > 0);
  });

  describe('read by the fast scanner or by the parser: the same config and problems', () => {
    const REPO = path.resolve(__dirname, '../../..');
    let scannerRead = 0;
    const same = (text: string, what: string): void => {
      assert.deepStrictEqual(parseConfig(text, RULE_IDS, 'fast'), parseConfig(text, RULE_IDS, 'full'), what);
      if (fastParse(text.replace(/^\uFEFF/, ''), undefined, false)) scannerRead++;
    };
    it('every config in the repository (samples, fixtures, hostile ones)', () => {
      const files: string[] = [];
      const walk = (d: string): void => {
        for (const e of fs.readdirSync(d, { withFileTypes: true })) {
          const f = path.join(d, e.name);
          if (e.isDirectory() && e.name !== 'node_modules') walk(f);
          else if (/config\.ya?ml$/.test(e.name)) files.push(f);
        }
      };
      walk(path.join(REPO, 'samples'));
      walk(path.join(REPO, 'test'));
      assert.ok(files.length >= 15, `${files.length} configs`);
      scannerRead = 0;
      for (const f of files) same(fs.readFileSync(f, 'utf8'), f);
      // and a few by hand: a key named __proto__ (an own property, as the package makes it, not
      // the options' prototype), values the scanner leaves to the parser, an alias (resolved)
      for (const text of ['rules:\n  no-blame-courier: {severity: warning, __proto__: {polluted: 1}}\n', 'rules:\n  concise-reply: [warning, {max: 0.5, strict: true}]\n',
        'rules:\n  concise-reply:\n    severity: info\n    __proto__: 1\n', 'x: &s warning\nrules:\n  no-blame-courier: *s\n', 'phrases:\n  - {pattern: 亲爱的, scenarios: [complaint], stages: ~}\n']) same(text, text);
      // (the samples' and the fixtures' in the scanner's layout)
      assert.ok(scannerRead >= 5, `${scannerRead} of ${files.length} read by the scanner`);
    });

    it('generated configs of every section, value type and scalar style', function () {
      this.timeout(60000);
      const word = fc.constantFrom('亲', '您好', '快递', '不行', 'x', '包邮', '最', '…', '[数字x]', '(的|了)', 'a b', '#', ': ', "'", '"', '\\', '-', '😀');
      const text = fc.array(word, { minLength: 1, maxLength: 5 }).map((a) => a.join(''));
      const scalar = fc.tuple(text, fc.constantFrom('plain', 'dq', 'sq')).map(([t, st]) => (st === 'dq' ? JSON.stringify(t) : st === 'sq' ? `'${t.replace(/'/g, "''")}'` : t));
      const value = fc.oneof(scalar, fc.constantFrom('off', 'info', 'warning', 'error', 'true', 'false', '3', '0.5', 'null', '~', '', '[]', '{}', 'wrong'));
      const rule = fc.constantFrom(...RULE_IDS.slice(0, 12), 'no-such-rule');
      const section = fc.oneof(
        fc.array(fc.tuple(rule, value), { maxLength: 4 }).map((rs) => ['rules:', ...rs.map(([r, v]) => `  ${r}: ${v}`)]),
        fc.array(fc.tuple(rule, value, value), { maxLength: 3 }).map((rs) => ['rules:', ...rs.map(([r, a, b]) => `  ${r}: {severity: ${a}, max: ${b}}`)]),
        fc.array(fc.tuple(scalar, scalar, fc.constantFrom('forbidden', 'required', 'other')), { maxLength: 4 }).map((ps) => ['phrases:', ...ps.map(([a, m, k]) => `  - {pattern: ${a}, message: ${m}, kind: ${k}}`)]),
        fc.array(fc.tuple(scalar, scalar), { maxLength: 4 }).map((ps) => ['phrases:', ...ps.flatMap(([a, m]) => [`  - pattern: ${a}`, `    replacement: ${m}`, '    scenarios: [complaint, nonsense]'])]),
        fc.array(scalar, { maxLength: 4 }).map((xs) => ['allow:', ...xs.map((x) => `  - ${x}`)]),
        fc.array(scalar, { maxLength: 3 }).map((xs) => [`allow: [${xs.join(', ')}]`]),
        fc.array(fc.constantFrom('"**/草稿/**"', 'tmp/*.huashu.yaml', '*a*a*a*a*c', '[', 'x'), { maxLength: 3 }).map((xs) => ['ignore:', ...xs.map((x) => `  - ${x}`)]),
        fc.constantFrom(['extends: huashu:strict'], ['extends: [huashu:recommended, huashu:taobao]'], ['extends: ./evil.yaml'], ['platform: jd'], ['platform: 7'], ['colour: red'], ['# 注释'],
          ['overrides:', '  - files: ["售后/**"]', '    rules:', '      no-blame-courier: off'], ['policy:', '  tone: strict']),
      );
      scannerRead = 0;
      fc.assert(fc.property(fc.array(section, { minLength: 1, maxLength: 5 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), (sections, eol, bom) => {
        const body = sections.flat().join(eol) + eol;
        same((bom ? '\uFEFF' : '') + body, JSON.stringify(body));
      }), { numRuns: 400, seed: 20261205 });
      // (from a fixed seed: the share the scanner reads varies with the seed, a quarter give or take)
      assert.ok(scannerRead > 60, `${scannerRead} of 400 read by the scanner`);
    });

    it('configs with their layout broken at random: the same (the scanner reads like the parser or gives up)', function () {
      this.timeout(120000);
      const base = fs.readFileSync(path.resolve(__dirname, '../../../samples/huashu.config.yaml'), 'utf8');
      const piece = fc.constantFrom('-', '- ', ' ', '  ', ':', ': ', '#', ' #', '"', "'", '|', '>', '[', ']', '{', '}', ',', '\n', '\n  ', '\n    - ', 'x', '好', '&a ', '*a', '!', '?', 'true', '1', '__proto__: 1\n');
      const edit = fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.array(piece, { maxLength: 3 }).map((a) => a.join('')));
      scannerRead = 0;
      const runs = Number(process.env.HUASHU_FUZZ_RUNS ?? 600);
      fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = base;
        for (const [at, del, ins] of edits) {
          const p = at % (text.length + 1);
          text = text.slice(0, p) + ins + text.slice(p + del);
        }
        same(text, JSON.stringify(text));
      }), { numRuns: runs, seed: 20261205 });
      assert.ok(scannerRead > runs / 10, `${scannerRead} of ${runs} read by the scanner`);
    });
  });
});
