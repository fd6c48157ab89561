/**
 * A second real LSP client that is not VS Code: Emacs's Eglot (Debian's elpa-eglot 1.9 on Emacs
 * 28, installed by scripts/setup-code-server.sh) drives dist/server.js through test/emacs/client.el.
 * Eglot shows pushed diagnostics through Flymake at character columns (an emoji is one character
 * for Emacs, two UTF-16 units on the wire), echoes diagnostics it re-encoded from its own plists
 * in code-action requests, announces neither code-action resolving nor pulled diagnostics, and
 * sends `workspace/didChangeConfiguration` with empty settings.
 * Run by `node scripts/test-layer.mjs emacs` (its own layer of `npm test`).
 */
import * as assert from 'assert';
import * as path from 'path';
import { EDITOR_LIBRARY, EditorPlace, everyExpected, expectedOne, oneLine, REPO, runEditor, assertStagedPublishes, bigLibrary } from '../editor-harness';

// the emoji before the findings of the reply: its columns differ in characters and UTF-16 units
const LIBRARY = EDITOR_LIBRARY.replace('弄丢了，跟我们没关系', '弄丢了😀，跟我们没关系');

interface Seen { code: string; type: string; line: number; col: number; end_line: number; end_col: number; text: string; message: string }
interface Result {
  error?: string; server_name: string; initial: Seen[]; lines: string[]; hover?: string;
  echoed: Record<string, unknown>[]; actions: { title: string; kind: string; isPreferred: boolean }[];
  fixed_ok: boolean; after_fix_lines: string[]; after_fix: Seen[];
  moved_ok: boolean; after_insert: Seen[]; after_insert_lines: string[];
  typed_ok: boolean; typed: Seen[]; typed_lines: string[];
  completion_probe: string; completions: string[]; imenu: string[]; final: Seen[]; final_lines: string[];
  shutdown_reply: boolean; stopped: boolean; exit_status?: { status: string; code: number }; stderr: string | null;
  big_linted: boolean; big_publishes: number[]; big_after: Seen[]; big_lines: number;
}

const BIG_LIBRARY = bigLibrary(true);

/** Flymake's diagnostics in the terms of test/editor-positions.ts. */
function places(seen: Seen[]): EditorPlace[] {
  return oneLine(seen.map((d) => ({ code: d.code, lnum: d.line, end_lnum: d.end_line, col: d.col, end_col: d.end_col })));
}

const textOf = (lines: string[]): string => lines.join('\n');

describe('Emacs (Eglot) with dist/server.js', function () {
  this.timeout(90_000);
  let result: Result;

  before(() => {
    result = runEditor<Result>({
      name: 'Emacs', command: 'emacs', packages: 'emacs-nox and elpa-eglot', files: { FILE: { name: 'shop.huashu.yaml', text: LIBRARY }, BIG: { name: 'big-library.txt', text: BIG_LIBRARY } },
      args: ['--batch', '-Q', '-l', path.join(REPO, 'test/emacs/client.el')],
    });
  });

  it('shows every diagnostic at the engine\'s exact place, in characters after an emoji', () => {
    assert.ok(LIBRARY.includes('😀，跟我们没关系'), 'the emoji stands before a finding on its line');
    assert.strictEqual(result.server_name, 'huashu-language-server');
    assert.deepStrictEqual(textOf(result.lines), LIBRARY);
    assert.deepStrictEqual(places(result.initial), everyExpected(LIBRARY, 'chars'));
    const disclaim = result.initial.find((d) => d.code === 'no-disclaim-responsibility');
    assert.ok(disclaim, 'a finding after the emoji');
    assert.strictEqual(disclaim.text, '跟我们没关系', 'Flymake underlines the words themselves, not a unit off');
    assert.deepStrictEqual({ lnum: disclaim.line, col: disclaim.col, end_col: disclaim.end_col }, expectedOne(LIBRARY, 'no-disclaim-responsibility', 'chars'));
    assert.strictEqual(result.initial.find((d) => d.code === 'unknown-key')?.text, 'repyl');
    for (const d of result.initial) {
      assert.match(d.message, new RegExp(`^huashu \\[${d.code}\\]: .*[\\u4e00-\\u9fff]`), 'source, code and a Chinese message');
      assert.strictEqual(d.type, 'eglot-error', `${d.code} is an error`);
    }
  });

  it('answers hover, through Eglot\'s own position conversion, with the rule\'s explanation', () => {
    assert.ok(result.hover, 'a hover');
    assert.match(result.hover, /`no-blame-courier`/);
    assert.match(result.hover, /快递/);
  });

  it('finds the quick fix for diagnostics Eglot echoes from its own plists, and the fix applies', () => {
    const codes = result.echoed.map((d) => d.code);
    assert.ok(codes.includes('apologize-on-complaint'), `echoed: ${codes.join(', ')}`);
    for (const d of result.echoed) assert.ok(!('data' in d), 'Eglot echoes no data the server could look the fix up by');
    const fix = result.actions.find((a) => a.isPreferred);
    assert.ok(fix, JSON.stringify(result.actions));
    assert.strictEqual(fix.kind, 'quickfix');
    assert.match(fix.title, /非常抱歉给您带来不便/);
    assert.ok(result.actions.some((a) => a.title.includes('apologize-on-complaint') && !a.isPreferred), 'the disable-on-this-line action too');
    assert.ok(result.fixed_ok, 'the apology finding went away after the fix');
    assert.strictEqual(result.after_fix_lines[5], '    reply: 亲，非常抱歉给您带来不便，这是快递那边弄丢了😀，跟我们没关系');
    assert.ok(!result.after_fix.some((d) => d.code === 'apologize-on-complaint'));
    assert.deepStrictEqual(places(result.after_fix), everyExpected(textOf(result.after_fix_lines), 'chars'));
  });

  it('follows a line inserted above everything: the findings move down with it', () => {
    assert.ok(result.moved_ok, 'unknown-key moved down one line');
    assert.match(result.after_insert_lines[1], /^# 备注：售后话术，😀/);
    assert.deepStrictEqual(places(result.after_insert), everyExpected(textOf(result.after_insert_lines), 'chars'));
  });

  it('follows text typed character by character after an emoji (incremental UTF-16 changes)', () => {
    assert.ok(result.typed_ok, 'the finding after the typed text moved right by five characters');
    assert.match(result.typed_lines[6], /😀，请您放心，跟我们没关系$/);
    assert.deepStrictEqual(places(result.typed), everyExpected(textOf(result.typed_lines), 'chars'));
  });

  it('completes a script key through Eglot\'s completion-at-point', () => {
    assert.strictEqual(result.completion_probe, 'sce');
    assert.deepStrictEqual(result.completions, ['scenario']);
  });

  it('gives the outline to Eglot\'s imenu: every script by id', () => {
    for (const id of ['lost', 'wait']) assert.ok(result.imenu.includes(id), `${id} in ${result.imenu.join(', ')}`);
  });

  it('holds the last lint of the last version after the completion was typed and taken back', () => {
    assert.deepStrictEqual(textOf(result.final_lines), textOf(result.typed_lines));
    assert.deepStrictEqual(places(result.final), everyExpected(textOf(result.final_lines), 'chars'));
  });

  it('shows a large library\'s diagnostics stage by stage as they are published, and in the end every one in characters after an emoji', () => {
    assert.ok(result.big_linted, 'the server linted the large library');
    assert.strictEqual(result.big_lines, BIG_LIBRARY.split('\n').length - 1);
    const all = everyExpected(BIG_LIBRARY, 'chars');
    assertStagedPublishes(result.big_publishes, all.length);
    assert.deepStrictEqual(places(result.big_after), all);
  });

  it('answers shutdown and exits with status 0 on exit', () => {
    assert.ok(result.shutdown_reply, 'shutdown answered with null');
    assert.ok(result.stopped, 'the server process exited');
    assert.deepStrictEqual(result.exit_status, { status: 'exit', code: 0 });
  });

  it('wrote nothing to its stderr in the whole session (no error, no warning)', () => {
    assert.ok(result.stderr !== null, 'Eglot kept the server\'s stderr');
    const written = result.stderr.split('\n').filter((l) => l.trim() && !/^Process EGLOT .* stderr finished$/.test(l));
    assert.deepStrictEqual(written, []);
  });
});
