/**
 * The JSON and SARIF formatters write their reports in pieces (formatters/json.ts, sarif.ts):
 * joined, the pieces must be exactly JSON.stringify of the whole report, whatever the piece size.
 */
import * as assert from 'assert';
import { jsonChunks, jsonReport } from '../../server/src/cli/formatters/json';
import { sarifChunks, sarifLog } from '../../server/src/cli/formatters/sarif';
import { junit, junitChunks } from '../../server/src/cli/formatters/junit';
import { github, githubChunks } from '../../server/src/cli/formatters/github';
import { stylish, stylishChunks } from '../../server/src/cli/formatters/stylish';
import { rdjsonChunks, rdjsonReport } from '../../server/src/cli/formatters/rdjson';
import { LineIndex } from '../../server/src/engine';
import { casesOf, type CliMessage, type FileReport } from '../../server/src/cli/report';
import { colors } from '../../server/src/cli/color';
import { ENTRIES, prettyJsonPieces } from '../../server/src/cli/formatters/pieces';
import { writeChunks } from '../../server/src/cli/run';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

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
      message(3, { suggestions: [], scriptId: '' }),
      message(4, { suggestions: [{ title: 'a', fix: { range: [0, 0], text: '' } }, { title: '"b"', fix: { range: [7, 9], text: '\\n' } }], fix: { range: [0, 1], text: 'x' } }),
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

  it('messages, rule ids and severities that repeat (escaped once and kept) are written as JSON.stringify writes them', () => {
    const same = (k: number): CliMessage => message(0, { ruleId: k % 2 ? 'no-blame-courier' : null, message: k % 3 ? '亲，"快递"的问题\\\n' : '\ud800 孤立的代理项', line: k });
    const many = [file('same.huashu.yaml', Array.from({ length: 30 }, (_, k) => same(k)))];
    for (let round = 0; round < 2; round++) assert.strictEqual([...jsonChunks(many, ctx, 64)].join(''), JSON.stringify(jsonReport(many, ctx)) + '\n');
  });

  it('more distinct messages than the escapes kept (over 4,096), each still written as JSON.stringify writes it', () => {
    const distinct = [file('distinct.huashu.yaml', Array.from({ length: 9000 }, (_, k) => message(k, { message: `团队禁用语“词${k}”`, ruleId: `team-${k % 5000}` })))];
    const joined = [...jsonChunks(distinct, ctx)].join('');
    assert.strictEqual(joined, JSON.stringify(jsonReport(distinct, ctx)) + '\n');
    assert.strictEqual(JSON.parse(joined)[0].messages[8999].message, '团队禁用语“词8999”');
  });
});

describe('pretty JSON in pieces (SARIF and rdjson\'s frame)', () => {
  const entries: unknown[] = [
    { a: 1, b: [1, [2, { c: '多\n行' }]], d: {}, e: [] }, 'text "quoted"', 42, null, [], {}, [[{ deep: { deeper: ['x'] } }]], { '': '\u2028' },
  ];
  const frames: [string, unknown][] = [
    ['at the top', ENTRIES],
    ['a key of the top object', { version: '1', entries: ENTRIES }],
    ['three levels down', { runs: [{ tool: { name: 'x' }, results: ENTRIES }] }],
    ['an array element', { list: [1, { inner: [ENTRIES] }] }],
  ];
  for (const [name, frame] of frames) {
    for (const size of [1, 1 << 20]) {
      it(`joins to JSON.stringify(…, null, 2) with the entries ${name} (pieces of ${size})`, () => {
        const whole = JSON.parse(JSON.stringify(frame), (_k, v) => (v === ENTRIES ? entries : v));
        assert.strictEqual([...prettyJsonPieces(frame, entries, size)].join(''), JSON.stringify(whole, null, 2) + '\n');
        const none = JSON.parse(JSON.stringify(frame), (_k, v) => (v === ENTRIES ? [] : v));
        assert.strictEqual([...prettyJsonPieces(frame, [], size)].join(''), JSON.stringify(none, null, 2) + '\n');
      });
    }
  }
});

describe('writing the pieces to a file', () => {
  it('writes the UTF-8 of the joined pieces (Chinese, emoji, a lone surrogate, pieces that fill the kept buffer and one larger than it)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huashu-chunks-'));
    try {
      const out = path.join(dir, 'report.json');
      const pieces = ['[', '"亲，您好"', '', ',"\ud83d\ude00"', ',"\ud800x"', `,"${'好'.repeat(70_000)}"`, ',"ascii"', `,"${'a'.repeat(200_000)}"`, ']\n'];
      writeChunks(out, pieces);
      assert.ok(fs.readFileSync(out).equals(Buffer.from(pieces.join(''), 'utf8')));
      writeChunks(out, []);
      assert.strictEqual(fs.readFileSync(out).length, 0, 'an existing file is truncated');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('sarif and rdjson formatters in pieces', () => {
  const text = 'huashu: 1\nscripts:\n  - id: a\n    reply: 亲，是快递的问题 "x"\n';
  const lines = new LineIndex(text);
  const at = (k: number, extra: Partial<CliMessage> = {}): CliMessage => ({ ...message(k), ruleId: `rule-${k % 4}`, start: 40 + k, end: 42 + k, scriptId: 'a', ...extra });
  const reports: FileReport[] = [
    file('dir/a b.huashu.yaml', [
      at(0, { fix: { range: [40, 41], text: '您' } }),
      at(1, { suggestions: [{ title: '改成“您”', fix: { range: [41, 42], text: '您' } }] }),
      at(2), at(2), // the same finding twice: fingerprints :1 and :2
    ], { text, lines }),
    file('unreadable.huashu.yaml', [{ ...message(3), ruleId: null, fatal: true }]),
    file('many.huashu.yaml', Array.from({ length: 30 }, (_, k) => at(k + 4)), { text, lines }),
  ];
  const ctx = { cwd: '/x', root: '/x', color: false, c: colors(false) };

  for (const size of [1, 50, 1 << 20]) {
    it(`joins to JSON.stringify(log, null, 2) (pieces of ${size})`, () => {
      const pieces = [...sarifChunks(reports, ctx, size)];
      assert.strictEqual(pieces.join(''), JSON.stringify(sarifLog(reports, ctx), null, 2) + '\n');
      if (size === 1) assert.ok(pieces.length > 30, 'a small piece size gives a piece per result');
    });
  }

  for (const size of [1, 1 << 20]) {
    it(`rdjson joins to JSON.stringify(report, null, 2) (pieces of ${size})`, () => {
      const pieces = [...rdjsonChunks(reports, ctx, size)];
      assert.strictEqual(pieces.join(''), JSON.stringify(rdjsonReport(reports), null, 2) + '\n');
      assert.strictEqual([...rdjsonChunks([], ctx, size)].join(''), JSON.stringify(rdjsonReport([]), null, 2) + '\n');
    });
  }

  it('a run without results (only a file that could not be read) has an empty results array', () => {
    const only = [reports[1]];
    const joined = [...sarifChunks(only, ctx)].join('');
    assert.strictEqual(joined, JSON.stringify(sarifLog(only, ctx), null, 2) + '\n');
    assert.deepStrictEqual(JSON.parse(joined).runs[0].results, []);
    assert.strictEqual(JSON.parse(joined).runs[0].invocations[0].toolExecutionNotifications.length, 1);
  });
});

describe('stylish, github and junit formatters in pieces', () => {
  const text = 'huashu: 1\nscripts:\n  - id: a\n    reply: 亲，是快递的问题\n';
  const scripts = [{ index: 0, id: 'a', span: { start: 10, end: text.length }, headSpan: { start: 12, end: 19 }, findings: [], card: { score: 80, items: [] } }];
  const reports: FileReport[] = [
    file('dir/a,b:c.huashu.yaml', Array.from({ length: 25 }, (_, k) => ({ ...message(k), scriptIndex: k % 2 ? 0 : undefined, scriptId: k % 2 ? 'a' : undefined })), { text, scripts, cases: casesOf(scripts), output: text.replace('是快递的问题', '我来处理'), source: text, fixCount: 2 }),
    file('clean.huashu.yaml', [], { text, scripts, cases: casesOf(scripts) }),
    file('unreadable.huashu.yaml', [{ ...message(3), ruleId: null, fatal: true }], { fatal: '无法读取文件' }),
    file('wide.huashu.yaml', [message(1, { message: '很长'.repeat(40) }), message(2, { line: 1200, column: 33 })]),
  ];
  const contexts = [
    { cwd: '/x', root: '/x', color: false, c: colors(false) },
    { cwd: '/x', root: '/x', color: true, c: colors(true), maxWarnings: { max: 1, count: 9 } },
    { cwd: '/x', root: '/x', color: false, c: colors(false), fixDryRun: true },
    { cwd: '/x', root: '/x', color: false, c: colors(false), fixed: true },
  ];
  const formats = [
    ['stylish', stylish, stylishChunks],
    ['github', github, githubChunks],
    ['junit', junit, junitChunks],
  ] as const;

  for (const [name, whole, chunks] of formats) {
    it(`${name}: the text does not depend on the piece size, and pieces end at line ends`, () => {
      contexts.forEach((ctx, k) => {
        for (const set of [reports, [], [reports[1]]]) {
          const ref = [...chunks(set, ctx, Number.MAX_SAFE_INTEGER)];
          assert.ok(ref.length <= 1, 'one piece when the piece size is unbounded');
          for (const size of [1, 40, 1 << 16]) {
            const pieces = [...chunks(set, ctx, size)];
            assert.strictEqual(pieces.join(''), ref.join(''), `context ${k}, ${set.length} files, pieces of ${size}`);
            for (const p of pieces.slice(0, -1)) assert.ok(p.endsWith('\n'), 'a piece ends at a line end');
            if (size === 1 && set === reports) assert.ok(pieces.length > 5, 'a small piece size gives many pieces');
          }
          assert.strictEqual(whole(set, ctx), ref.join(''));
        }
      });
    });
  }

  it('the joined texts are what each format says', () => {
    const ctx = contexts[0];
    const gh = github(reports, ctx);
    assert.strictEqual(gh.split('\n').filter(Boolean).length, 28);
    assert.ok(gh.split('\n').filter(Boolean).every((l) => /^::(error|warning|notice) file=/.test(l)));
    assert.match(gh, /file=dir\/a%2Cb%3Ac\.huashu\.yaml/);
    const xml = junit(reports, ctx);
    assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="huashu" tests="5" failures="4" errors="0" time="0">\n/);
    assert.ok(xml.endsWith('  </testsuite>\n</testsuites>\n'));
    assert.strictEqual(xml.split('<testsuite ').length - 1, 4);
    const st = stylish(reports, ctx);
    assert.match(st, /✖ 28 个问题（10 个错误，9 个警告，9 个提示）\n/);
    assert.ok(st.startsWith('dir/a,b:c.huashu.yaml  得分 87\n'));
    assert.strictEqual(stylish(reports, contexts[3]).split('\n')[0], '✔ 已修复 2 处：dir/a,b:c.huashu.yaml');
    assert.strictEqual(stylish(reports, contexts[3]).split('\n')[1], '');
  });
});

describe('junit formatter at scale', function () {
  this.timeout(60000);
  it('a file of 200,000 scripts with a finding each: one test case per script, no stack overflow', () => {
    const n = 200000;
    const scripts = Array.from({ length: n }, (_, k) => ({ index: k, id: `s${k}`, span: { start: k, end: k + 1 }, headSpan: { start: k, end: k + 1 }, findings: [], card: { score: 100, items: [] } }));
    const messages = Array.from({ length: n }, (_, k) => ({ ...message(k), scriptIndex: k, scriptId: `s${k}` }));
    const xml = junit([file('big.huashu.yaml', messages, { cases: casesOf(scripts) })], { cwd: '/x', root: '/x', color: false, c: colors(false) });
    assert.match(xml, new RegExp(`<testsuite name="big.huashu.yaml" tests="${n}" failures="${Math.ceil((2 * n) / 3)}"`));
    assert.strictEqual(xml.split('<testcase ').length - 1, n);
  });
});
