/**
 * SARIF output validated against the official SARIF 2.1.0 JSON schema (vendored as
 * test/data/sarif-2.1.0.json, see test/data/README.md), plus what GitHub code scanning needs.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { BOM_CRLF, REPO, cleanTemps, fixtureLibrary, makeLib, runCli, testConfig } from './helpers';

function validator(): (data: unknown) => string[] {
  const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'test/data/sarif-2.1.0.json'), 'utf8'));
  // The schema is draft-04 with a draft-04 "id"; it uses no keyword whose meaning changed since,
  // so Ajv (draft-07) validates it once the draft-04 markers are removed.
  delete schema.$schema;
  delete schema.id;
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (data) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
}

describe('cli sarif', function () {
  this.timeout(20000);
  after(cleanTemps);
  const validate = validator();

  it('the fixture library output is valid SARIF 2.1.0', async () => {
    const dir = fixtureLibrary();
    fs.writeFileSync(path.join(dir, 'bom-crlf.huashu.yaml'), BOM_CRLF);
    fs.symlinkSync(path.join(dir, 'nowhere'), path.join(dir, 'gone.huashu.yaml'));
    const r = await runCli(['lint', '--format', 'sarif'], { cwd: dir });
    const log = JSON.parse(r.stdout);
    assert.deepStrictEqual(validate(log), []);
    const run = log.runs[0];
    assert.strictEqual(log.version, '2.1.0');
    assert.strictEqual(run.columnKind, 'utf16CodeUnits');
    assert.ok(run.results.length > 5);
    for (const res of run.results) {
      const loc = res.locations[0].physicalLocation;
      assert.strictEqual(loc.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.ok(!loc.artifactLocation.uri.startsWith('/'));
      assert.ok(loc.region.startLine >= 1 && loc.region.startColumn >= 1);
      assert.match(res.partialFingerprints['huashuFinding/v1'], /^[0-9a-f]{16}:\d+$/);
      assert.strictEqual(run.tool.driver.rules[res.ruleIndex].id, res.ruleId);
    }
    for (const rule of run.tool.driver.rules) {
      assert.ok(rule.shortDescription.text && rule.fullDescription.text && rule.helpUri && rule.help.markdown, rule.id);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
      assert.ok(Array.isArray(rule.properties.tags));
    }
    // the unreadable file is a tool notification, not a result
    assert.strictEqual(run.invocations[0].toolExecutionNotifications.length, 1);
    // columns count UTF-16 units: the emoji before 亲爱的 counts 2
    const team = run.results.find((x: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.ruleId === 'team-forbidden-phrase' && x.locations[0].physicalLocation.artifactLocation.uri === 'after-sales.huashu.yaml');
    assert.deepStrictEqual(team.locations[0].physicalLocation.region, { startLine: 19, startColumn: 11, endLine: 19, endColumn: 14, snippet: { text: '亲爱的' } });
    assert.strictEqual(team.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, '您');
  });

  it('fingerprints do not move when lines are added above', async () => {
    const text = 'huashu: 1\nscripts:\n  - id: a\n    reply: 亲,是快递给发错地方了哦\n';
    const d1 = makeLib({ 'huashu.config.yaml': testConfig(), 'a.huashu.yaml': text });
    const d2 = makeLib({ 'huashu.config.yaml': testConfig(), 'a.huashu.yaml': text.replace('scripts:\n', 'shop: 店\nscripts:\n') });
    const fp = async (d: string): Promise<unknown> => JSON.parse((await runCli(['lint', '-f', 'sarif'], { cwd: d })).stdout).runs[0].results[0].partialFingerprints;
    assert.deepStrictEqual(await fp(d1), await fp(d2));
  });

  it('URIs are relative to the repository root and percent-encoded', async () => {
    const dir = makeLib({ '.git/HEAD': 'ref: refs/heads/main\n', 'huashu.config.yaml': testConfig(), 'sub dir/话术 #1.huashu.yaml': 'huashu: 1\nscripts:\n  - id: a\n    reply: 亲,是快递给发错地方了哦\n' });
    const r = await runCli(['lint', '-f', 'sarif'], { cwd: path.join(dir, 'sub dir') });
    const log = JSON.parse(r.stdout);
    assert.deepStrictEqual(validate(log), []);
    assert.strictEqual(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'sub%20dir/%E8%AF%9D%E6%9C%AF%20%231.huashu.yaml');
  });

  it('the validator rejects a broken log', () => {
    assert.notDeepStrictEqual(validate({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [{ level: 'fatal' }] }] }), []);
  });

  it('an empty run is valid too', async () => {
    const dir = makeLib({ 'huashu.config.yaml': testConfig(), 'a.huashu.yaml': 'huashu: 1\nscripts:\n  - id: a\n    reply: 您好\n' });
    const log = JSON.parse((await runCli(['lint', '-f', 'sarif'], { cwd: dir })).stdout);
    assert.deepStrictEqual(validate(log), []);
    assert.deepStrictEqual(log.runs[0].results, []);
  });
});
