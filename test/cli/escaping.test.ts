/**
 * Escaping: file names and messages with ',', ':', '%', CR and LF in the github format (workflow
 * commands), JUnit XML and the others. Such files are made at test time (':' cannot be checked
 * out on every system).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { escapeData, escapeProperty } from '../../server/src/cli/formatters/github';
import { xmlEscape } from '../../server/src/cli/formatters/junit';
import { cleanTemps, makeLib, runCli, testConfig } from './helpers';

const NAME = 'a,b:c%d\ne.huashu.yaml';
const PHRASE_MSG = '别说 50%,也别说: a, b\r\n第二行';

describe('cli escaping', function () {
  this.timeout(20000);
  after(cleanTemps);
  let dir: string;
  before(() => {
    dir = makeLib({
      'huashu.config.yaml': testConfig(`phrases:\n  - pattern: 亲爱的\n    message: ${JSON.stringify(PHRASE_MSG)}\n`),
      [NAME]: 'huashu: 1\nscripts:\n  - id: x\n    reply: 亲爱的,您好\n',
    });
  });

  it('escapeData and escapeProperty follow GitHub\'s rules', () => {
    assert.strictEqual(escapeData('50% a:b,c\r\nd'), '50%25 a:b,c%0D%0Ad');
    assert.strictEqual(escapeProperty('50% a:b,c\r\nd'), '50%25 a%3Ab%2Cc%0D%0Ad');
    assert.strictEqual(escapeData('%0A'), '%250A');
  });

  it('github: one command per finding, file name and message escaped', async () => {
    const r = await runCli(['lint', '-f', 'github'], { cwd: dir });
    assert.strictEqual(r.code, 0);
    const lines = r.stdout.split('\n').filter(Boolean);
    assert.deepStrictEqual(lines, [
      '::warning file=a%2Cb%3Ac%25d%0Ae.huashu.yaml,line=4,col=12,endColumn=15,title=huashu(team-forbidden-phrase)::别说 50%25,也别说: a, b%0D%0A第二行',
    ]);
  });

  it('junit: attributes and text are well-formed XML', async () => {
    const r = await runCli(['lint', '-f', 'junit'], { cwd: dir });
    assert.match(r.stdout, /<testsuite name="a,b:c%d&#10;e\.huashu\.yaml"/);
    assert.match(r.stdout, /<failure message="1 个问题：别说 50%,也别说: a, b&#13;&#10;第二行" type="team-forbidden-phrase">4:12 警告 别说 50%,也别说: a, b&#13;\n第二行/);
    assert.strictEqual(xmlEscape('<a & "b" \'c\'>\u0001'), '&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;');
  });

  it('json, rdjson and sarif carry the raw strings', async () => {
    const j = JSON.parse((await runCli(['lint', '-f', 'json'], { cwd: dir })).stdout);
    assert.strictEqual(j[0].filePath, NAME);
    assert.strictEqual(j[0].messages[0].message, PHRASE_MSG);
    const rd = JSON.parse((await runCli(['lint', '-f', 'rdjson'], { cwd: dir })).stdout);
    assert.strictEqual(rd.diagnostics[0].location.path, NAME);
    // reviewdog columns are UTF-8 bytes: "    reply: " is 11 bytes, so 亲 starts at byte column 12, ends after 9 bytes
    assert.deepStrictEqual(rd.diagnostics[0].location.range, { start: { line: 4, column: 12 }, end: { line: 4, column: 21 } });
    const s = JSON.parse((await runCli(['lint', '-f', 'sarif'], { cwd: dir })).stdout);
    assert.strictEqual(s.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'a%2Cb%3Ac%25d%0Ae.huashu.yaml');
  });

  it('stylish keeps each finding on one line', async () => {
    const r = await runCli(['lint'], { cwd: dir });
    assert.match(r.stdout, /4:12  警告  别说 50%,也别说: a, b 第二行  team-forbidden-phrase/);
  });

  it('a --stdin-filename with special characters', async () => {
    const r = await runCli(['lint', '--stdin', '--stdin-filename', 'x:y,z.huashu.yaml', '-f', 'github'], { cwd: dir, stdin: 'huashu: 1\nscripts:\n  - id: q\n    reply: 亲爱的\n' });
    assert.match(r.stdout, /^::warning file=x%3Ay%2Cz\.huashu\.yaml,line=4,/);
    assert.ok(fs.existsSync(path.join(dir, NAME)));
  });
});
