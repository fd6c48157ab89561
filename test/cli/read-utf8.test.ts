/**
 * readUtf8Strict takes Node's direct decoding when the text has no U+FFFD and the byte-by-byte
 * check otherwise: for any bytes it must give exactly what the strict decoder gives (the same
 * text, or the same error at the same place).
 */
import * as assert from 'assert';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { InvalidUtf8Error, decodeUtf8Strict, readSha1, readUtf8, readUtf8Strict, readUtf8StrictWithSha1 } from '../../server/src/node/utf8';
import { sha1 } from '../../server/src/node/digest';

type Outcome = { text: string } | { error: string; offset: number; line: number };

function outcome(f: () => string): Outcome {
  try { return { text: f() }; } catch (e) {
    assert.ok(e instanceof InvalidUtf8Error, `only InvalidUtf8Error, not ${String(e)}`);
    return { error: e.message, offset: e.offset, line: e.line };
  }
}

describe('reading a file as strict UTF-8', () => {
  let dir: string;
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'huashu-utf8-')); });
  after(() => { fs.rmSync(dir, { recursive: true, force: true }); });

  const bytesOf = (parts: (string | number[])[]): Buffer => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
  const check = (buf: Buffer, name = 'f.huashu.yaml'): Outcome => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, buf);
    const got = outcome(() => readUtf8Strict(file));
    assert.deepStrictEqual(got, outcome(() => decodeUtf8Strict(buf)));
    // with the digest of the bytes read: the same outcome, and the digest is the text's
    let digest: string | undefined;
    assert.deepStrictEqual(outcome(() => { const r = readUtf8StrictWithSha1(file); digest = r.sha1; assert.strictEqual(r.bytes, buf.length, 'the bytes read'); return r.text; }), got);
    if ('text' in got) assert.strictEqual(digest, sha1(got.text));
    // the digest alone, nothing decoded (a cached run's): the same digest, and whether a BOM leads
    const alone = readSha1(file);
    assert.strictEqual(alone.sha1, crypto.createHash('sha1').update(buf).digest('base64'));
    if ('text' in got) assert.strictEqual(alone.sha1, digest);
    assert.strictEqual(alone.bom, buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf);
    return got;
  };

  it('the digest alone: of any length around the piece size, with and without a BOM, empty, or only part of a BOM', () => {
    for (const n of [0, 1, 2, 3, 65535, 65536, 65537, 3 * 65536 + 5]) {
      const body = Buffer.alloc(n, 0x61);
      for (const lead of [[], [0xef, 0xbb, 0xbf], [0xef, 0xbb], [0xef]]) check(Buffer.concat([Buffer.from(lead), body]), `d${n}-${lead.length}.huashu.yaml`);
    }
  });

  it('well-formed text, a BOM and a real U+FFFD are read as they are', () => {
    assert.deepStrictEqual(check(bytesOf(['huashu: 1\n', '亲，您好 😀\r\n'])), { text: 'huashu: 1\n亲，您好 😀\r\n' });
    assert.deepStrictEqual(check(bytesOf([[0xef, 0xbb, 0xbf], 'x: 1\n'])), { text: '\uFEFFx: 1\n' });
    assert.deepStrictEqual(check(bytesOf(['reply: 替换符 \uFFFD 在这里\n'])), { text: 'reply: 替换符 \uFFFD 在这里\n' });
    assert.deepStrictEqual(check(Buffer.alloc(0)), { text: '' });
  });

  it('malformed bytes are an error at the first bad byte, with its line', () => {
    const cases: [number[], number, number][] = [
      [[0x61, 0x0a, 0x62, 0xff], 3, 2], // a byte that never starts a sequence
      [[0xc0, 0x80], 0, 1], // overlong NUL
      [[0x0a, 0x0a, 0xed, 0xa0, 0x80], 2, 3], // an encoded surrogate
      [[0xe4, 0xbd], 0, 1], // truncated at the end
      [[0xf4, 0x90, 0x80, 0x80], 0, 1], // above U+10FFFF
    ];
    for (const [bytes, offset, line] of cases) {
      const o = check(Buffer.from(bytes));
      assert.ok('error' in o, `${bytes} must not decode`);
      assert.strictEqual(o.offset, offset);
      assert.strictEqual(o.line, line);
    }
    // a real U+FFFD before the bad byte does not hide it
    const o = check(bytesOf(['\uFFFD\n', [0xff]]));
    assert.ok('error' in o && o.offset === 4 && o.line === 2);
  });

  it('any bytes: the same outcome as the strict decoder', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary' }).map((s) => Buffer.from(s, 'utf8')),
      fc.uint8Array({ maxLength: 8 }).map((a) => Buffer.from(a)),
      fc.constantFrom([0xef, 0xbf, 0xbd], [0xc0, 0xaf], [0xed, 0xb0, 0x80], [0xe6, 0x82], [0xf0, 0x9f, 0x98, 0x80], [0x0a], [0x0d, 0x0a]).map((a) => Buffer.from(a)),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (parts) => { check(Buffer.concat(parts)); }), { numRuns: 400 });
  });

  it('a file read a piece at a time decodes as readFileSync does, characters cut between pieces included', () => {
    // readUtf8 reads 64 KB at a time: a character, a pair of surrogates' bytes, a malformed byte
    // or a BOM may fall on either side of a boundary
    const file = path.join(dir, 'pieces.huashu.yaml');
    const near = [0, 1, 2, 3];
    for (const pad of near.flatMap((k) => [65536 - k, 2 * 65536 - k])) {
      for (const tail of [bytesOf(['亲，您好']), bytesOf(['😀x']), Buffer.from([0xe4, 0xbd, 0x61]), Buffer.from([0xff, 0x0a])]) {
        const buf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.alloc(pad - 3, 0x61), tail, bytesOf(['\n尾'])]);
        fs.writeFileSync(file, buf);
        assert.strictEqual(readUtf8(file), fs.readFileSync(file, 'utf8'), `a character at byte ${pad}`);
        // the digest of the pieces' bytes, when the file is well-formed, is the text's
        const r = outcome(() => readUtf8StrictWithSha1(file).text);
        if ('text' in r) assert.strictEqual(readUtf8StrictWithSha1(file).sha1, sha1(r.text), `the digest, a character at byte ${pad}`);
      }
    }
    fs.writeFileSync(file, '');
    assert.strictEqual(readUtf8(file), '');
    assert.throws(() => readUtf8(path.join(dir, 'missing')), /ENOENT/);
  });
});
