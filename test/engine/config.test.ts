import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseConfig, resolveConfig, isIgnored, RULE_IDS, DEFAULT_SEVERITIES, lintText, EffectiveConfig } from '../../server/src/engine';
import { GLOB_LIMITS, LIMITS } from '../../server/src/engine/config';
import { PATTERN_LIMITS } from '../../server/src/engine/match/pattern';

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
});
