/**
 * Helpers of the CLI tests: run the CLI in-process or as a subprocess of the bundled dist file,
 * make throw-away libraries, and compare golden outputs (UPDATE_GOLDEN=1 rewrites them).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { pathToFileURL } from 'url';
import { run } from '../../server/src/cli/run';
import { RULE_IDS } from '../../server/src/engine';

export const REPO = path.resolve(__dirname, '../../..');
export const DIST_CLI = path.join(REPO, 'dist/cli.js');
export const FIXTURES = path.join(REPO, 'test/cli/fixtures');
export const GOLDEN = path.join(REPO, 'test/cli/golden');

export interface CliResult { code: number; stdout: string; stderr: string }
export interface RunOptions { cwd: string; env?: Record<string, string | undefined>; isTTY?: boolean; stderrIsTTY?: boolean; stdin?: string }

/** Runs `huashu …` in-process. The environment is clean unless given (no CI, no colour forcing). */
export async function runCli(argv: string[], o: RunOptions): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (s) => { stdout += s; },
    stderr: (s) => { stderr += s; },
    cwd: o.cwd,
    env: o.env ?? {},
    isTTY: o.isTTY ?? false,
    stderrIsTTY: o.stderrIsTTY ?? o.isTTY ?? false,
    readStdin: o.stdin === undefined ? undefined : async () => o.stdin!,
  });
  return { code, stdout, stderr };
}

/** Runs `node dist/cli.js …` as a subprocess. */
export function runDist(argv: string[], o: RunOptions): CliResult {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir() };
  for (const [k, v] of Object.entries(o.env ?? {})) if (v !== undefined) env[k] = v;
  const r = spawnSync(process.execPath, [DIST_CLI, ...argv], { cwd: o.cwd, env, input: o.stdin ?? '', encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const temps: string[] = [];
export function tempDir(prefix = 'huashu-cli-'): string {
  const d = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  temps.push(d);
  return d;
}
export function cleanTemps(): void {
  for (const d of temps.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

/** Writes files (path → text) under a new temporary folder and returns it. */
export function makeLib(files: Record<string, string>, dir = tempDir()): string {
  for (const [rel, text] of Object.entries(files)) {
    const f = path.join(dir, rel);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, text);
  }
  return dir;
}

/** A library with a BOM and CRLF line ends, written at test time so git never converts it. */
export const BOM_CRLF = '\uFEFFhuashu: 1\r\nscripts:\r\n  - id: crlf.one\r\n    reply: 亲爱的,是快递给发错地方了哦\r\n';

/** The rules the CLI fixtures exercise; every other rule is turned off in test configs. */
export const FIXTURE_RULES = [
  'yaml-syntax', 'unknown-key', 'invalid-field', 'duplicate-id', 'undeclared-variable', 'unsupported-version',
  'unused-directive', 'team-forbidden-phrase', 'team-required-phrase', 'no-blame-courier',
];

/** A `rules:` block turning off every rule not in `keep`, plus `extra` settings. */
export function rulesOffBlock(keep: readonly string[] = FIXTURE_RULES, extra: Record<string, string> = {}): string {
  const lines = RULE_IDS.filter((id) => !keep.includes(id) && !(id in extra)).map((id) => `  ${id}: off`);
  for (const [id, v] of Object.entries(extra)) lines.push(`  ${id}: ${v}`);
  return lines.length ? `rules:\n${lines.join('\n')}\n` : '';
}

/** A config text: `extends: huashu:recommended` + extra + every other rule off (+ rule settings). */
export function testConfig(extra = '', rules: Record<string, string> = {}): string {
  return `extends:\n  - huashu:recommended\n${extra}${rulesOffBlock(FIXTURE_RULES, rules)}`;
}

/** Copies the fixture library into a temporary folder, with its config made rule-set-proof. */
export function fixtureLibrary(name = 'library'): string {
  const dir = tempDir();
  fs.cpSync(path.join(FIXTURES, name), dir, { recursive: true });
  const cfg = path.join(dir, 'huashu.config.yaml');
  if (fs.existsSync(cfg)) fs.writeFileSync(cfg, fs.readFileSync(cfg, 'utf8') + rulesOffBlock());
  return dir;
}

/** Replaces absolute paths (and their file: URLs) with <ROOT>, and nothing else. */
export function normalise(s: string, roots: string[]): string {
  let out = s;
  for (const r of [...roots].sort((a, b) => b.length - a.length)) {
    const url = pathToFileURL(r).href;
    out = out.split(url).join('file://<ROOT>').split(r).join('<ROOT>');
  }
  return out;
}

/** Compares with test/cli/golden/<name>; UPDATE_GOLDEN=1 rewrites the file instead. */
export function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !fs.existsSync(file)) {
    if (process.env.UPDATE_GOLDEN !== '1' && process.env.CI) assert.fail(`golden file ${name} is missing (run with UPDATE_GOLDEN=1)`);
    fs.mkdirSync(GOLDEN, { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  assert.strictEqual(actual, fs.readFileSync(file, 'utf8'), `golden ${name} differs (UPDATE_GOLDEN=1 rewrites it)`);
}

/**
 * A `--cache` file (format 4, server/src/cli/lint-cache.ts: a first line, a line per file with its
 * key, head, scripts and rest separated by tabs, the string table last) as one object: the first
 * line's fields, each file's entry with its parts together (the scripts' columns and the rest's
 * titles, scenarios and stages in `scripts`, its lints as `lints`), and the string table. For
 * tests that read or forge an entry.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface CacheData { huashu: string; format: number; tool: string; files: Record<string, any>; strings: unknown[] }

export function readCacheData(file: string): CacheData {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  assert.strictEqual(lines.pop(), '', 'the file ends with a newline');
  const strings = JSON.parse(lines.pop()!) as unknown[];
  const files: CacheData['files'] = {};
  for (const line of lines.slice(1)) {
    const [key, h, sc, r, ...more] = line.split('\t');
    assert.strictEqual(more.length, 0, 'four fields to a line');
    const head = JSON.parse(h);
    const { lints, ...rest } = JSON.parse(r);
    files[JSON.parse(key)] = { ...head, scripts: { ...JSON.parse(sc), ...rest }, ...(lints !== undefined ? { lints } : {}) };
  }
  return { ...JSON.parse(lines[0]), files, strings };
}

/** Writes `data` (as `readCacheData` gives it) as a cache file. */
export function writeCacheData(file: string, data: CacheData): void {
  const { files, strings, ...first } = data;
  const lines = [JSON.stringify(first)];
  for (const [key, entry] of Object.entries(files)) {
    const { lints, scripts, ...head } = entry;
    const { index, id, spans, ...rest } = scripts ?? {};
    lines.push([JSON.stringify(key), JSON.stringify(head), JSON.stringify({ index, id, spans }), JSON.stringify({ ...rest, ...(lints !== undefined ? { lints } : {}) })].join('\t'));
  }
  lines.push(JSON.stringify(strings));
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
}
