/**
 * Microsoft's SARIF Multitool (`validate`, the SARIF SDK's own validator: the schema plus the
 * SARIF1xxx/2xxx rules and GitHub's ingestion rules GH1xxx) on what `huashu lint --format sarif`
 * writes, for the bundled samples and for a workspace of awkward input: a path with Chinese
 * characters, a space and "#", a BOM with CRLF line ends, a YAML syntax error, an emoji before a
 * finding. test/cli/sarif-schema.test.ts checks the schema alone; this checks what the schema
 * cannot say (regions that agree with each other, indexes in range, URIs, GitHub's limits).
 * Installed into the tools folder by scripts/setup-code-server.sh; run by
 * `node scripts/test-layer.mjs sarif` (its own layer of `npm test`).
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const REPO = path.resolve(__dirname, '../../..');
const CLI = path.join(REPO, 'dist/cli.js');
const TOOL = path.join(process.env.HUASHU_TOOLS_DIR || path.join(REPO, '.tools'), 'sarif-multitool/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');

/**
 * Notes the validator gives that this output declines, each for a reason: SARIF2002 asks for
 * message ids with arguments instead of text (our messages are whole Chinese sentences); SARIF2003
 * for version control provenance (the CLI lints files, not commits); SARIF2009 for rule ids like
 * "HS1001" (ours are the catalog's kebab-case ids, the user's contract); SARIF2010 for a snippet on every
 * result (a YAML error at the end of a file has no text to quote); SARIF2011 for a context
 * region around each region (each result already quotes its snippet; a line per result would
 * add a tenth to a 100,000-script log).
 */
const DECLINED_NOTES = new Set(['SARIF2002', 'SARIF2003', 'SARIF2009', 'SARIF2010', 'SARIF2011']);
/** The validator's rule settings: SARIF2006 (every URI reachable, fetched online) off. */
const CONFIG = path.join(REPO, 'test/sarif/multitool.config.xml');

interface Finding { ruleId: string; level: string; message: { id?: string; text?: string; arguments?: string[] } }

function validate(sarifFile: string): Finding[] {
  const out = `${sarifFile}.validation.sarif`;
  const r = spawnSync(TOOL, ['validate', sarifFile, '-o', out, '--level', 'Error;Warning;Note', '--rule-kind', 'Sarif;Gh;Ghas', '--config', CONFIG], { encoding: 'utf8', timeout: 60_000 });
  if (r.error || r.status !== 0 || !fs.existsSync(out)) throw new Error(`the SARIF Multitool failed (status ${r.status}, ${r.error ?? ''}): ${r.stdout}\n${r.stderr}`);
  const log = JSON.parse(fs.readFileSync(out, 'utf8'));
  assert.strictEqual(log.runs[0].tool.driver.name, 'Sarif.Multitool');
  const notes: { message?: { text?: string } }[] = log.runs[0].invocations?.[0]?.toolConfigurationNotifications ?? [];
  assert.ok(notes.some((n) => n.message?.text?.includes("'SARIF2006'")), `the config was read: ${notes.map((n) => n.message?.text).join(' | ')}`);
  return log.runs[0].results as Finding[];
}

const show = (fs: Finding[]): string => fs.map((f) => `${f.ruleId} ${f.level} ${JSON.stringify(f.message)}`).join('\n');

function lintToSarif(cwd: string, out: string): void {
  const r = spawnSync(process.execPath, [CLI, 'lint', '--no-config', '--format', 'sarif', '-o', out, '.'], { cwd, encoding: 'utf8' });
  assert.strictEqual(r.status, 1, `findings expected: ${r.stderr}`);
  assert.ok(fs.existsSync(out), 'the SARIF log was written');
}

describe('Microsoft SARIF Multitool on huashu lint --format sarif', function () {
  this.timeout(90_000);
  let dir: string;

  before(() => {
    if (!fs.existsSync(TOOL)) throw new Error(`${TOOL} is missing: run scripts/setup-code-server.sh (it installs @microsoft/sarif-multitool into the tools folder)`);
    if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huashu-sarif-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the validator is alive: it reports a region that ends before it starts and a rule index out of range', () => {
    const ws = path.join(dir, 'alive');
    fs.mkdirSync(ws);
    fs.writeFileSync(path.join(ws, 'a.huashu.yaml'), 'huashu: 1\nscripts:\n  - id: a\n    reply: 这是快递的问题\n  - id: b\n    reply: 不行\n');
    const file = path.join(dir, 'alive.sarif');
    lintToSarif(ws, file);
    const log = JSON.parse(fs.readFileSync(file, 'utf8'));
    const results = log.runs[0].results;
    assert.ok(results.length >= 2, 'two results to spoil');
    const region = results[0].locations[0].physicalLocation.region;
    region.endLine = region.startLine - 1;
    results[1].ruleIndex = log.runs[0].tool.driver.rules.length;
    fs.writeFileSync(file, JSON.stringify(log));
    const errors = validate(file).filter((f) => f.level === 'error').map((f) => f.message.id);
    assert.ok(errors.includes('Error_EndLineMustNotPrecedeStartLine'), errors.join(', '));
    assert.ok(errors.includes('Error_TargetArrayMustBeLongEnough'), errors.join(', '));
  });

  it('finds no error and no warning in the log of the bundled samples', () => {
    const file = path.join(dir, 'samples.sarif');
    lintToSarif(path.join(REPO, 'samples'), file);
    const results = validate(file);
    assert.deepStrictEqual(show(results.filter((f) => f.level !== 'note')), '');
    assert.deepStrictEqual(show(results.filter((f) => !DECLINED_NOTES.has(f.ruleId))), '', 'no note beyond the declined ones');
  });

  it('finds no error and no warning with a Chinese path with a space and "#", a BOM with CRLF, a YAML error and an emoji', () => {
    const ws = path.join(dir, 'awkward');
    const sub = path.join(ws, '子 目录#1');
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, '售后 话术.huashu.yaml'), 'huashu: 1\nscripts:\n  - id: a\n    reply: 😀亲，这是快递的问题\n  - id: b\n    reply: [unclosed\n');
    fs.writeFileSync(path.join(ws, 'crlf.huashu.yaml'), '\ufeffhuashu: 1\r\nscripts:\r\n  - id: c\r\n    reply: 你好，没货\r\n');
    const file = path.join(dir, 'awkward.sarif');
    lintToSarif(ws, file);
    const log = JSON.parse(fs.readFileSync(file, 'utf8'));
    const uris = new Set(log.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0].physicalLocation.artifactLocation.uri));
    assert.ok(uris.has('%E5%AD%90%20%E7%9B%AE%E5%BD%95%231/%E5%94%AE%E5%90%8E%20%E8%AF%9D%E6%9C%AF.huashu.yaml'), [...uris].join(', '));
    assert.ok(log.runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'yaml-syntax'), 'the YAML error is a result');
    const results = validate(file);
    assert.deepStrictEqual(show(results.filter((f) => f.level !== 'note')), '');
    assert.deepStrictEqual(show(results.filter((f) => !DECLINED_NOTES.has(f.ruleId))), '', 'no note beyond the declined ones');
  });
});
