/**
 * What `lint` keeps for its report (formatters/index.ts `READS`, run.ts `releaseUnread`): every
 * format writes the same report from reports that hold only what it says it reads as from whole
 * ones, so a format that starts reading a file's text or scripts must say so.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CHUNKED_FORMATTERS, READS } from '../../server/src/cli/formatters';
import { colors } from '../../server/src/cli/color';
import { lintFiles } from '../../server/src/cli/lint-files';
import type { FileReport } from '../../server/src/cli/report';
import { releaseUnread } from '../../server/src/cli/run';
import { ConfigResolver } from '../../server/src/node/config-discovery';
import type { Format } from '../../server/src/cli/args';
import { BOM_CRLF, REPO, cleanTemps, tempDir } from './helpers';

function samples(): string {
  const dir = tempDir();
  fs.cpSync(path.join(REPO, 'samples'), dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'crlf.huashu.yaml'), BOM_CRLF);
  return dir;
}

function lintAll(dir: string, scriptResults: boolean, fix: 'none' | 'dry-run' = 'none', cases = false): FileReport[] {
  const names = fs.readdirSync(dir).filter((f) => /\.huashu\.ya?ml$/.test(f)).sort();
  return lintFiles(names.map((n) => ({ absPath: path.join(dir, n) })), { resolver: new ConfigResolver({}), cwd: dir, root: dir, fix, scriptResults, cases });
}

function written(format: Format, reports: FileReport[], fixDryRun = false): string {
  return [...CHUNKED_FORMATTERS[format](reports, { cwd: '/', root: '/', color: false, c: colors(false), fixDryRun })].join('');
}

describe('cli: what a format reads of its reports', function () {
  this.timeout(30000);
  after(cleanTemps);
  const formats = Object.keys(READS) as Format[];

  it('every format writes the same report from what it says it reads as from the whole reports', () => {
    const dir = samples();
    for (const fix of ['none', 'dry-run'] as const) {
      const whole = lintAll(dir, true, fix, true);
      assert.ok(whole.every((r) => r.text.length > 0 && r.lines && r.scripts.length > 0 && r.cases?.index.length === r.scripts.length), 'whole reports have text, lines, scripts and cases');
      // the cases are the scripts' indexes and ids
      for (const r of whole) assert.deepStrictEqual([[...r.cases!.index], r.cases!.ids], [r.scripts.map((s) => s.index), r.scripts.map((s) => s.id)]);
      for (const format of formats) {
        const expected = written(format, whole, fix === 'dry-run');
        // the lint command's way: no script's result unless the format reads them, then what it does not read let go
        const kept = lintAll(dir, READS[format].scripts, fix, READS[format].cases);
        releaseUnread(kept, { format, stdin: false, fixDryRun: fix === 'dry-run' });
        assert.strictEqual(kept.every((r) => r.text === ''), !READS[format].text, `${format}: the text let go exactly when not read`);
        assert.strictEqual(kept.every((r) => r.scripts.length === 0), !READS[format].scripts, `${format}: the scripts let go exactly when not read`);
        assert.strictEqual(kept.every((r) => r.cases === undefined), !READS[format].cases, `${format}: the cases kept exactly when read`);
        assert.strictEqual(written(format, kept, fix === 'dry-run'), expected, `${format} (${fix})`);
      }
    }
  });

  it('keeps the text of standard input with --fix-dry-run (its fixed text is written from it)', () => {
    const dir = samples();
    const reports = lintAll(dir, false);
    releaseUnread(reports, { format: 'stylish', stdin: true, fixDryRun: true });
    assert.ok(reports.every((r) => r.text.length > 0 && r.lines !== undefined));
    releaseUnread(reports, { format: 'stylish', stdin: true, fixDryRun: false });
    assert.ok(reports.every((r) => r.text === '' && r.lines === undefined));
  });
});
