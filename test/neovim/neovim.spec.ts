/**
 * A real LSP client that is not VS Code: Neovim's built-in client (Debian's Neovim 0.7, installed
 * by scripts/setup-code-server.sh) drives dist/server.js through test/neovim/client.lua. Neovim
 * pushes diagnostics only, keeps byte columns, and echoes diagnostics back in code-action requests
 * with those byte columns: the server must still find the fix (by rule id and overlap).
 * Run by `node scripts/test-layer.mjs neovim` (its own layer of `npm test`).
 */
import * as assert from 'assert';
import * as path from 'path';
import { lintText } from '../../server/src/engine';
import { EDITOR_LIBRARY, EditorPlace, everyExpected as every, expectedOne, oneLine, REPO, runEditor, assertStagedPublishes, bigLibrary } from '../editor-harness';

const LIBRARY = EDITOR_LIBRARY;

interface Seen { code: string; lnum: number; col: number; end_lnum: number; end_col: number; severity: number; source: string; message: string }
interface Result {
  error?: string; initial: Seen[]; lines: string[]; hover?: string; echoed: unknown[];
  actions: { title: string; kind: string; isPreferred: boolean }[]; fixed_ok: boolean; after_fix_lines: string[]; after_fix: Seen[];
  moved_ok: boolean; after_insert: Seen[]; after_insert_lines: string[]; quiet_linted: boolean; quiet_publishes: number; quiet_after: Seen[]; quiet_lines: string[]; stopped: boolean; exit?: { code: number; signal: number };
  json_initial: Seen[]; json_row: number; json_typed: boolean; json_after: Seen[]; json_lines: string[];
  big_linted: boolean; big_publishes: number[]; big_after: Seen[]; big_lines: number;
}

const BIG_LIBRARY = bigLibrary();

/** A library written as JSON, as a tool exports one: the server splices a keystroke's script into its last lint. */
const JSON_LIBRARY = JSON.stringify({
  huashu: 1, platform: 'taobao',
  scripts: [
    { id: 'j1', scenario: 'logistics', reply: '亲，快递这边已经在加急了哦' },
    { id: 'j2', scenario: 'logistics', customer: ['东西怎么还没到'], reply: '您好，我马上为您查询物流' },
    { id: 'j3', scenario: 'after-sales', reply: '你稍等，我这边为你处理，感谢你的耐心' },
  ],
}, null, 2) + '\n';

const everyExpected = (text: string): EditorPlace[] => every(text, 'bytes');
const expected = (text: string, ruleId: string): Omit<EditorPlace, 'code'> => expectedOne(text, ruleId, 'bytes');

describe('Neovim (built-in LSP client) with dist/server.js', function () {
  this.timeout(90_000);
  let result: Result;

  before(() => {
    result = runEditor<Result>({
      name: 'Neovim', command: 'nvim', packages: 'neovim',
      files: { FILE: { name: 'shop.huashu.yaml', text: LIBRARY }, JSON: { name: 'export.huashu.yaml', text: JSON_LIBRARY }, BIG: { name: 'big-library.txt', text: BIG_LIBRARY } },
      args: ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(REPO, 'test/neovim/client.lua')}`],
      env: (dir) => ({ XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir, XDG_STATE_HOME: dir }),
    });
  });

  it('shows the server\'s diagnostics at the engine\'s exact positions (byte columns of CJK text)', () => {
    const codes = result.initial.map((d) => d.code);
    for (const id of ['no-blame-courier', 'apologize-on-complaint', 'unknown-key']) assert.ok(codes.includes(id), `${id} in ${codes.join(', ')}`);
    for (const id of ['no-blame-courier', 'unknown-key']) {
      const d = result.initial.find((x) => x.code === id)!;
      assert.deepStrictEqual({ lnum: d.lnum, col: d.col, end_col: d.end_col }, expected(LIBRARY, id), id);
      assert.strictEqual(d.source, 'huashu');
      assert.match(d.message, /[\u4e00-\u9fff]/, 'the message is in Chinese');
    }
    const key = result.initial.find((x) => x.code === 'unknown-key')!;
    assert.strictEqual(Buffer.from(result.lines[key.lnum]).subarray(key.col, key.end_col).toString(), 'repyl');
  });

  it('answers hover with the rule\'s explanation', () => {
    assert.ok(result.hover && /快递/.test(result.hover), `hover: ${result.hover}`);
  });

  it('finds the quick fix for a diagnostic echoed back with byte columns, and the fix applies', () => {
    const echoed = result.echoed as { range: { end: { character: number } }; code: string }[];
    const apology = echoed.find((d) => d.code === 'apologize-on-complaint');
    assert.ok(apology, 'Neovim echoed the diagnostic');
    // the echo is not what was published: Neovim sends byte columns, past the UTF-16 ones after CJK text
    const bytes = expected(LIBRARY, 'apologize-on-complaint');
    const r = lintText(LIBRARY, {});
    const utf16End = r.lines.positionAt(r.findings.find((x) => x.ruleId === 'apologize-on-complaint')!.end).character;
    assert.strictEqual(apology.range.end.character, bytes.end_col, 'the end, in bytes');
    assert.notStrictEqual(apology.range.end.character, utf16End, 'not the published UTF-16 end');
    assert.ok(result.actions.some((a) => a.isPreferred && a.kind === 'quickfix'), JSON.stringify(result.actions));
    assert.ok(result.fixed_ok, 'the apology finding went away after the fix');
    assert.match(result.after_fix_lines[5], /抱歉|对不起/);
    assert.ok(!result.after_fix.some((d) => d.code === 'apologize-on-complaint'));
  });

  it('follows incremental edits with multi-byte text (the findings move with their lines)', () => {
    assert.ok(result.moved_ok, 'unknown-key moved down one line');
    const text = result.after_insert_lines.join('\n');
    const d = result.after_insert.find((x) => x.code === 'unknown-key')!;
    assert.deepStrictEqual({ lnum: d.lnum, col: d.col, end_col: d.end_col }, expected(text, 'unknown-key'));
    const blame = result.after_insert.find((x) => x.code === 'no-blame-courier')!;
    assert.deepStrictEqual({ lnum: blame.lnum, col: blame.col, end_col: blame.end_col }, expected(text, 'no-blame-courier'));
  });

  it('is not sent the same diagnostics again for typing where none lies, and holds those of the text', () => {
    assert.ok(result.quiet_linted, 'the server linted the last version typed');
    assert.strictEqual(result.quiet_publishes, 0, 'nothing published while typing at the end of a comment line');
    assert.match(result.quiet_lines[1], /十一月，已核对$/);
    const text = result.quiet_lines.join('\n') + '\n';
    assert.deepStrictEqual(oneLine(result.quiet_after), everyExpected(text));
    assert.ok(oneLine(result.quiet_after).length >= 2, 'diagnostics to hold');
  });

  it('follows a reply typed character by character in a library written as JSON: every diagnostic where the engine puts it', () => {
    assert.ok(everyExpected(JSON_LIBRARY).length >= 4, 'the library has findings to follow, after the typed script too');
    assert.deepStrictEqual(oneLine(result.json_initial), everyExpected(JSON_LIBRARY), 'on open');
    assert.ok(result.json_typed, 'no-blame-courier appeared on the typed line');
    const text = result.json_lines.join('\n') + '\n';
    assert.match(result.json_lines[result.json_row], /是快递的问题，您好/);
    assert.deepStrictEqual(oneLine(result.json_after), everyExpected(text));
  });

  it('shows a large library\'s diagnostics stage by stage as they are published, and in the end every one where the engine puts it', () => {
    assert.ok(result.big_linted, 'the server linted the large library');
    assert.strictEqual(result.big_lines, BIG_LIBRARY.split('\n').length - 1);
    const all = everyExpected(BIG_LIBRARY);
    assertStagedPublishes(result.big_publishes, all.length);
    assert.deepStrictEqual(oneLine(result.big_after), all);
  });

  it('shuts down cleanly when the client stops it', () => {
    assert.ok(result.stopped, 'the server process exited');
    assert.strictEqual(result.exit?.code, 0);
  });
});
