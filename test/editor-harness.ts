/**
 * For the editor layers (test/neovim/, test/emacs/): run a real editor's LSP client against
 * dist/server.js in a folder of its own, and say where the engine puts its findings in that
 * editor's terms: 0-based lines and columns counted in UTF-8 bytes (Neovim) or in characters,
 * i.e. code points (Emacs, where an emoji is one character and two UTF-16 units).
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { lintText } from '../server/src/engine';

/**
 * The library both editor layers open: a complaint answered by blaming the courier and
 * disclaiming it (no apology: a quick fix to take), a clean script, and a misspelt key.
 */
export const EDITOR_LIBRARY = [
  'huashu: 1',
  'scripts:',
  '  - id: lost',
  '    scenario: logistics',
  '    customer: 我的快递怎么还没到？',
  '    reply: 亲，这是快递那边弄丢了，跟我们没关系',
  '  - id: wait',
  '    reply: 您好，麻烦您稍等，我马上为您查询哦',
  '    repyl: x',
  '',
].join('\n');

/**
 * A library of 800 scripts (about 80 K characters), which the server lints in stages when it is
 * opened, the top first; an emoji in each reply with `emoji` (Emacs counts it as one character).
 * The layers write it under a name that is not a library's (`big-library.txt`), so that the
 * workspace scan does not lint and publish it as a closed file before it is opened (a library shown
 * whole that way is linted in one go when opened), and open it as a huashu document.
 */
export function bigLibrary(emoji = false): string {
  const lines = ['huashu: 1', 'scripts:'];
  for (let i = 0; i < 800; i++) lines.push(`  - id: big${i}`, '    scenario: logistics', '    stage: handling', `    reply: 是快递给发错地方了${emoji ? '😀' : ''}，您稍等第${i}次，谢谢您的耐心`);
  return lines.join('\n') + '\n';
}

/**
 * The diagnostics counts of the publishes an editor received for a library linted in stages: the
 * top's first (some, not all), growing, the last one every finding (`all`).
 */
export function assertStagedPublishes(publishes: number[], all: number): void {
  assert.ok(all >= 800, `${all} findings`);
  assert.ok(publishes.length >= 2, `publishes: ${publishes.join(', ')}`);
  assert.ok(publishes[0] > 0 && publishes[0] < all, `the first publish holds the top's: ${publishes.join(', ')}`);
  for (let k = 1; k < publishes.length; k++) assert.ok(publishes[k] >= publishes[k - 1], `publishes grow: ${publishes.join(', ')}`);
  assert.strictEqual(publishes[publishes.length - 1], all);
}

export const REPO = path.resolve(__dirname, '../..');
export const SERVER = path.join(REPO, 'dist/server.js');

export interface EditorRun {
  /** The editor's name in messages, its command, and the Debian packages that install it. */
  name: string; command: string; packages: string;
  /** Files written into the session's folder; each path goes to the script as HUASHU_<key>. */
  files: Record<string, { name: string; text: string }>;
  /** The editor's arguments; its environment also has HUASHU_SERVER, HUASHU_NODE, HUASHU_OUT and HOME (the folder). */
  args: string[];
  env?: (dir: string) => Record<string, string>;
}

/**
 * Runs the editor's script in a fresh folder (the server checks ids across the workspace, and an
 * editor's project is the folder) and returns the JSON the script wrote to $HUASHU_OUT.
 */
export function runEditor<R extends { error?: string }>(run: EditorRun): R {
  const probe = spawnSync(run.command, ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) throw new Error(`${run.command} is not installed: run scripts/setup-code-server.sh (it installs Debian's ${run.packages})`);
  if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `huashu-${run.command}-`));
  const out = path.join(dir, 'result.json');
  const env: Record<string, string> = { HUASHU_SERVER: SERVER, HUASHU_NODE: process.execPath, HUASHU_OUT: out, HOME: dir, ...run.env?.(dir) };
  for (const [key, { name, text }] of Object.entries(run.files)) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    env[`HUASHU_${key}`] = file;
  }
  const r = spawnSync(run.command, run.args, { cwd: dir, encoding: 'utf8', timeout: 80_000, env: { ...process.env, ...env } });
  if (!fs.existsSync(out)) throw new Error(`${run.name} wrote no result (exit ${r.status}, ${r.error ?? ''}): ${r.stderr}`);
  const result = JSON.parse(fs.readFileSync(out, 'utf8')) as R;
  fs.rmSync(dir, { recursive: true, force: true });
  if (result.error) throw new Error(`the ${run.name} script failed: ${result.error}\n${r.stderr}`);
  return result;
}

export type ColumnUnit = 'bytes' | 'chars';
export interface EditorPlace { code: string; lnum: number; col: number; end_col: number }

function column(line: string, utf16: number, unit: ColumnUnit): number {
  const head = line.slice(0, utf16);
  return unit === 'bytes' ? Buffer.byteLength(head) : Array.from(head).length;
}

function byPlace(x: EditorPlace, y: EditorPlace): number {
  return x.lnum - y.lnum || x.col - y.col || x.end_col - y.end_col || x.code.localeCompare(y.code);
}

/** Every one-line finding of `text` where the editor puts it, sorted. */
export function everyExpected(text: string, unit: ColumnUnit): EditorPlace[] {
  const r = lintText(text, {});
  const lines = text.split('\n');
  const out: EditorPlace[] = [];
  for (const f of r.findings) {
    const s = r.lines.positionAt(f.start);
    const e = r.lines.positionAt(f.end);
    if (e.line !== s.line) continue;
    out.push({ code: f.ruleId, lnum: s.line, col: column(lines[s.line], s.character, unit), end_col: column(lines[s.line], e.character, unit) });
  }
  return out.sort(byPlace);
}

/** Where the engine puts its (first) finding of `ruleId`, which must lie on one line. */
export function expectedOne(text: string, ruleId: string, unit: ColumnUnit): Omit<EditorPlace, 'code'> {
  const all = lintText(text, {});
  const f = all.findings.find((x) => x.ruleId === ruleId);
  assert.ok(f, `the engine finds ${ruleId}`);
  const s = all.lines.positionAt(f.start);
  const e = all.lines.positionAt(f.end);
  assert.strictEqual(e.line, s.line, 'a one-line finding');
  const line = text.split('\n')[s.line];
  return { lnum: s.line, col: column(line, s.character, unit), end_col: column(line, e.character, unit) };
}

/** An editor's one-line diagnostics in the same terms and order. */
export function oneLine<D extends EditorPlace & { end_lnum: number }>(seen: D[]): EditorPlace[] {
  return seen.filter((d) => d.end_lnum === d.lnum).map((d) => ({ code: d.code, lnum: d.lnum, col: d.col, end_col: d.end_col })).sort(byPlace);
}
