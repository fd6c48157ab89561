/**
 * The bundles are 7-bit clean (scripts/ascii-only.mjs, run by scripts/build.mjs): Node then reads
 * each into a one-byte string at start-up. Escaping must not change what the code does, and the
 * source maps must still point at the same code.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import * as vm from 'vm';
import { segments, type SourceMap } from './source-map';

const ROOT = path.resolve(__dirname, '../../..');
const BUNDLES = ['cli.js', 'cli-core.js', 'server.js', 'server-core.js', 'client.js'].map((f) => path.join(ROOT, 'dist', f));

type AsciiOnly = (code: string, map?: SourceMap) => { code: string; map?: SourceMap };

// (an ES module, loaded as one: TypeScript would turn `import()` into `require`)
const importEsm = new Function('p', 'return import(p)') as (p: string) => Promise<{ asciiOnly: AsciiOnly }>;
const load = (): Promise<{ asciiOnly: AsciiOnly }> => importEsm(pathToFileURL(path.join(ROOT, 'scripts/ascii-only.mjs')).href);

/**
 * esbuild's synchronous API, each call in a process of its own (`ESBUILD_WORKER_THREADS=0`, read
 * when esbuild is loaded): by default it keeps a worker thread and a service process, and now and
 * then (a race in that worker's IPC, esbuild's known issue) the service stayed referenced and
 * mocha never exited after the last test of a CI run.
 */
function esbuildSync(): typeof import('esbuild') {
  process.env.ESBUILD_WORKER_THREADS = '0';
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  return require('esbuild') as typeof import('esbuild');
}

function bundle(source: string): { code: string; map: SourceMap } {
  const r = esbuildSync().buildSync({ stdin: { contents: source, loader: 'ts', sourcefile: 'fixture.ts' }, bundle: false, format: 'cjs', sourcemap: 'external', outfile: 'out.js', write: false });
  const code = r.outputFiles.find((f) => f.path.endsWith('.js'))!.text;
  const map = JSON.parse(r.outputFiles.find((f) => f.path.endsWith('.map'))!.text) as SourceMap;
  return { code, map };
}

describe('bundles in ASCII (scripts/ascii-only.mjs)', () => {
  it('every bundle in dist/ is ASCII', () => {
    for (const f of BUNDLES) {
      assert.ok(fs.existsSync(f), `${f} is missing: run node scripts/build.mjs (npm test does)`);
      const b = fs.readFileSync(f);
      const at = b.findIndex((x) => x > 0x7f);
      assert.strictEqual(at, -1, `${path.basename(f)}: a non-ASCII byte at ${at}`);
    }
  });

  it('escaped regular expressions, strings and identifiers behave as before, with and without the u flag', async () => {
    const { asciiOnly } = await load();
    const source = [
      'const courier = /(?<![帮给])(快递|物流)的问题/g;',
      'const emoji = /^[😀-🙏]+$/u;',
      'const astral = /😀/;',
      'const classes = /[，。！？]/;',
      'module.exports = {',
      '  blame: "是快递的问题，物流的问题".replace(courier, "X"),',
      '  notBlame: courier.test("帮快递的问题"),',
      '  emoji: emoji.test("😀🙏"), emojiNot: emoji.test("😀a"),',
      '  astral: astral.test("x😀"), source: new RegExp(classes.source).test("好。"),',
      '  message: `亲，${"您好"}`, // 注释',
      '};',
    ].join('\n');
    const { code } = bundle(source);
    assert.ok(/[^\x00-\x7f]/.test(code), 'the fixture keeps non-ASCII text for the escaping to change');
    const clean = asciiOnly(code).code;
    assert.ok(!/[^\x00-\x7f]/.test(clean));
    // (the values as JSON: each run has its own context, and so its own Object)
    const run = (js: string): unknown => { const m = { exports: {} as unknown }; vm.runInNewContext(js, { module: m }); return JSON.parse(JSON.stringify(m.exports)); };
    const before = run(code);
    assert.deepStrictEqual(run(clean), before);
    assert.deepStrictEqual(before, { blame: '是X，X', notBlame: false, emoji: true, emojiNot: false, astral: true, source: true, message: '亲，您好' });
  });

  it('moves the source map\'s columns after each escape, so that they point at the same code', async () => {
    const { asciiOnly } = await load();
    const source = 'const a = /快递|物流/, afterRegex = 1; const b = "您好", afterString = 2;\nexport const c = /[😀]/u.test("😀") ? afterRegex : afterString;\n';
    const { code, map } = bundle(source);
    const clean = asciiOnly(code, map);
    const unescape = (s: string): string => s.replace(/\\u([0-9A-F]{4})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
    const before = segments(map);
    const after = segments(clean.map!);
    assert.strictEqual(after.length, before.length);
    const oldLines = code.split('\n');
    const newLines = clean.code.split('\n');
    let moved = 0;
    for (let i = 0; i < before.length; i++) {
      const x = before[i];
      const y = after[i];
      assert.deepStrictEqual([y.line, y.src, y.oline, y.ocol], [x.line, x.src, x.oline, x.ocol]);
      if (y.col !== x.col) moved++;
      // the code from the segment to the end of its line is the same, escapes read back (esbuild
      // escapes strings itself)
      assert.strictEqual(unescape(newLines[y.line].slice(y.col)), unescape(oldLines[x.line].slice(x.col)), `segment ${i}`);
    }
    assert.ok(moved > 0, 'segments after an escape moved');
    // the identifiers after the escapes still map to their place in the source
    const sourceLines = source.split('\n');
    for (const name of ['afterRegex', 'afterString']) {
      const line = newLines.findIndex((l) => l.includes(`${name} =`));
      const col = newLines[line].indexOf(`${name} =`);
      const seg = after.find((s) => s.line === line && s.col === col);
      assert.ok(seg, `a segment at ${name}`);
      assert.ok(sourceLines[seg.oline].slice(seg.ocol).startsWith(name), `${name} maps to itself in the source`);
    }
  });

  it('stops at a tagged template with non-ASCII text (an escape would change its raw text); comments may hold both', async () => {
    const { asciiOnly } = await load();
    assert.throws(() => asciiOnly('const s = String.raw`亲\\n`;\n'), /tagged template/);
    assert.throws(() => asciiOnly('const s = tag`您好`;\n'), /tagged template/);
    assert.strictEqual(asciiOnly(' * a comment with `code[0]` and 中文\n').code, ' * a comment with `code[0]` and \\u4E2D\\u6587\n');
    assert.strictEqual(asciiOnly('const s = `亲`;\n').code, 'const s = `\\u4EB2`;\n');
  });
});
