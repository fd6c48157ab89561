/**
 * The JSON formatter writes its report in pieces (formatters/json.ts): joined, the pieces must be
 * exactly JSON.stringify of the contract's array, whatever the piece size.
 */
import * as assert from 'assert';
import { jsonChunks, jsonReport } from '../../server/src/cli/formatters/json';
import type { CliMessage, FileReport } from '../../server/src/cli/report';
import { colors } from '../../server/src/cli/color';

function message(k: number, extra: Partial<CliMessage> = {}): CliMessage {
  return {
    ruleId: k % 3 === 0 ? null : `rule-${k}`, severity: (['error', 'warning', 'info'] as const)[k % 3],
    message: `第 ${k} 条："引号" \\ 反斜杠\n换行\u2028\ud83d\ude00`, line: k + 1, column: 2, endLine: k + 2, endColumn: 5,
    start: k, end: k + 3, ...extra,
  };
}

function file(name: string, messages: CliMessage[], extra: Partial<FileReport> = {}): FileReport {
  return { absPath: `/x/${name}`, filePath: name, rootPath: name, text: '', hadBom: false, messages, scripts: [], score: 87, fixCount: 0, ...extra };
}

describe('json formatter in pieces', () => {
  const reports: FileReport[] = [
    file('a "quoted".huashu.yaml', [
      message(0, { scriptId: 's-1', fix: { range: [3, 5], text: '您' } }),
      message(1, { suggestions: [{ title: '改成“您”', fix: { range: [1, 2], text: '您' } }] }),
      message(2, { fatal: true }),
    ]),
    file('empty.huashu.yaml', []),
    file('bom.huashu.yaml', Array.from({ length: 40 }, (_, k) => message(k + 3)), { hadBom: true, output: 'huashu: 1\n' }),
  ];
  const ctx = { cwd: '/x', root: '/x', color: false, c: colors(false), fixDryRun: true };

  for (const size of [1, 7, 300, 1 << 20]) {
    it(`joins to JSON.stringify of the report (pieces of ${size})`, () => {
      const pieces = [...jsonChunks(reports, ctx, size)];
      assert.strictEqual(pieces.join(''), JSON.stringify(jsonReport(reports, ctx)) + '\n');
      if (size === 7) assert.ok(pieces.length > 10, 'a small piece size gives many pieces');
    });
  }

  it('an empty run is an empty array', () => {
    assert.strictEqual([...jsonChunks([], ctx)].join(''), '[]\n');
  });
});
