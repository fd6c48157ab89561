/**
 * Strict UTF-8 reading. Node's `readFileSync(f, 'utf8')` silently turns invalid bytes into
 * U+FFFD, and writing such a text back (`--fix`) would lose those bytes for good. Files that are
 * not valid UTF-8 are reported and never rewritten.
 */
import * as fs from 'fs';
import { isUtf8 } from 'buffer';
import { crypto } from './digest';
import { StringDecoder } from 'string_decoder';

export class InvalidUtf8Error extends Error {
  constructor(readonly offset: number, readonly line: number) {
    super(`文件不是有效的 UTF-8 编码（第 ${line} 行，第 ${offset + 1} 个字节起无法解码）：请把文件另存为 UTF-8 后再检查；为避免丢失字节，不会修改这个文件`);
    this.name = 'InvalidUtf8Error';
  }
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  for (let i = 0; i < buf.length;) {
    const b = buf[i];
    if (b < 0x80) { i++; continue; }
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) { n = 2; if (b === 0xe0) lo = 0xa0; if (b === 0xed) hi = 0x9f; }
    else if (b >= 0xf0 && b <= 0xf4) { n = 3; if (b === 0xf0) lo = 0x90; if (b === 0xf4) hi = 0x8f; }
    else return i;
    for (let k = 1; k <= n; k++) {
      const c = buf[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return -1;
}

/** Decodes UTF-8 (a BOM is kept as U+FEFF); throws InvalidUtf8Error on malformed input. */
export function decodeUtf8Strict(buf: Buffer): string {
  if (!isUtf8(buf)) {
    const at = Math.max(0, firstInvalidUtf8(buf));
    let line = 1;
    for (let i = 0; i < at; i++) if (buf[i] === 0x0a) line++;
    throw new InvalidUtf8Error(at, line);
  }
  return buf.toString('utf8');
}

/** What `readUtf8` reads at a time: under glibc's initial threshold for serving memory by mmap (128 KB). */
const PIECE = 64 * 1024;
let piece: Buffer | undefined;

/**
 * A file's text, decoded as `readFileSync(f, 'utf8')` decodes it (a BOM kept, every malformed
 * sequence U+FFFD), read a piece at a time into one small buffer kept for the process. Node reads
 * a whole file into one block of native memory and frees it once the string is made; for a block
 * that large glibc's malloc serves it by mmap, and freeing it raises malloc's mmap threshold to its
 * size for the rest of the process, so that every later native block up to that size (typed
 * arrays' memory, V8's compiler zones) comes from the heap arena, which keeps its pages when they
 * are freed. Reading a 17 MB cache file that way left a CLI run at 100,000 scripts 20 MB larger
 * at its end (bench/README.md, thirty-ninth round). The pieces' strings are joined by V8 (a rope,
 * made flat in V8's own heap the first time it is read).
 */
export function readUtf8(file: string, onBytes?: (bytes: Uint8Array) => void): string {
  const decoder = new StringDecoder('utf8');
  const parts: string[] = [];
  readPieces(file, (bytes) => {
    onBytes?.(bytes);
    parts.push(decoder.write(bytes));
  });
  parts.push(decoder.end());
  // joined into one flat string: a rope of the pieces (`+=`) is made flat when first read, but
  // the text stays a rope whose first half is the flat string, and every read of it (the scanner
  // reads each character) goes through that indirection
  return parts.join('');
}

/** A file's bytes a piece at a time, into the one small buffer kept for the process (`readUtf8`). */
export function readPieces(file: string, onBytes: (bytes: Uint8Array) => void): void {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = (piece ??= Buffer.allocUnsafeSlow(PIECE));
    for (;;) {
      const n = fs.readSync(fd, buf, 0, PIECE, null);
      if (n === 0) break;
      onBytes(n === PIECE ? buf : buf.subarray(0, n));
    }
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The SHA-1 (base64) of a file's bytes, read a piece at a time as `readUtf8` reads them, and
 * whether they start with a UTF-8 BOM; nothing decoded. The CLI's `--cache` knows a file by this
 * digest, the same as `readUtf8StrictWithSha1`'s: a file its cache gives whole is not decoded at
 * all when the report's format does not read its text. Decoding a 14.5 MB library of 100,000
 * scripts and indexing its lines took about 210 ms and 50 MB of memory written for the first time
 * in a fresh process, its digest alone 12 ms (bench/README.md, forty-seventh round).
 */
export function readSha1(file: string): { sha1: string; bom: boolean } {
  const hash = crypto().createHash('sha1');
  // the file's first three bytes, as they come (a read may give fewer bytes than asked)
  const head: number[] = [];
  readPieces(file, (bytes) => {
    for (let k = 0; k < bytes.length && head.length < 3; k++) head.push(bytes[k]);
    hash.update(bytes);
  });
  return { sha1: hash.digest('base64'), bom: head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf };
}

/**
 * Reads a file as strict UTF-8. The common case decodes straight to a string (`readUtf8`), which
 * keeps no Buffer of the file: a 14 MB library's Buffer outlived the scavenges of the whole lint
 * and was freed only at its end. Decoding replaces every malformed sequence with U+FFFD, so a
 * text without U+FFFD came from well-formed bytes; a text with one (a real U+FFFD in the file, or
 * bad bytes) is read again and checked byte by byte.
 */
export function readUtf8Strict(file: string): string {
  const text = readUtf8(file);
  if (!text.includes('\uFFFD')) return text;
  return decodeUtf8Strict(fs.readFileSync(file));
}

/**
 * `readUtf8Strict`'s text, the SHA-1 (base64) of the file's bytes, taken as they are read, and
 * their number (`bytes`):
 * for a well-formed file that is `sha1(text)` (digest.ts), without encoding the text to UTF-8
 * again for the digest, which made a native block of the file's size (14 MB at 100,000 scripts,
 * all of it memory written for the first time: bench/README.md, forty-sixth round). The CLI's
 * `--cache` knows a file by it.
 */
export function readUtf8StrictWithSha1(file: string): { text: string; sha1: string; bytes: number } {
  const hash = crypto().createHash('sha1');
  let size = 0;
  const text = readUtf8(file, (bytes) => { hash.update(bytes); size += bytes.length; });
  if (!text.includes('\uFFFD')) return { text, sha1: hash.digest('base64'), bytes: size };
  // read again to be checked byte by byte: the digest is of these bytes
  const bytes = fs.readFileSync(file);
  return { text: decodeUtf8Strict(bytes), sha1: crypto().createHash('sha1').update(bytes).digest('base64'), bytes: bytes.length };
}
