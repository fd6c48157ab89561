/**
 * Makes a bundle 7-bit clean: every non-ASCII UTF-16 unit left in esbuild's output (esbuild's
 * `charset: 'ascii'` escapes strings, templates and identifiers, but not regular expression
 * literals, and keeps comments) becomes a `\uXXXX` escape, and the source map's generated columns
 * move with it.
 *
 * Why: Node reads a bundle as UTF-8 and V8 keeps its source as a string. A bundle with one
 * non-ASCII character is decoded the slow way and kept as a two-byte string (the server's 2.3 MB
 * bundle: 4.5 MB), which V8 scans and hashes at every start; an ASCII one is copied into a one-byte
 * string. The rules' regular expressions are full of Chinese. VS Code keeps its own bundles free
 * of non-ASCII regular expressions for the same reason.
 *
 * A `\uXXXX` escape means the same character in a string, a template, an identifier, a regular
 * expression (with or without the `u` flag: a pair of escaped surrogates is one code point there)
 * and a comment; it does not in a tagged template's raw text (`String.raw`), so a line of code
 * that holds both a non-ASCII character and a tagged template stops the build.
 */

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Map([...BASE64].map((c, i) => [c, i]));

/** The VLQ numbers of one mappings segment. */
function decodeSegment(seg) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const ch of seg) {
    const digit = BASE64_VALUE.get(ch);
    if (digit === undefined) throw new Error(`ascii-only: not a base64 digit in a source map segment: ${ch}`);
    value += (digit & 31) << shift;
    if (digit & 32) { shift += 5; continue; }
    out.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  if (shift) throw new Error('ascii-only: a source map segment ends inside a number');
  return out;
}

function encodeNumber(n) {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let s = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v) digit |= 32;
    s += BASE64[digit];
  } while (v);
  return s;
}

/** A line of a comment as esbuild keeps it (a block comment's line, or a line comment). */
const COMMENT_LINE = /^\s*(\*|\/\/|\/\*)/;

/** A tag right before a template's backtick (`String.raw\``, `f\``, `x[0]\``, `f()\``), as esbuild prints it. */
const TAGGED = /[\w$)\]]`/;

/**
 * `code` with its non-ASCII units escaped, and `map` (a source map object for `code`, or
 * undefined) with its generated columns moved to match.
 */
export function asciiOnly(code, map) {
  const lines = code.split('\n');
  /** Per line: the columns (UTF-16 units, before escaping) of the escaped units, ascending. */
  const escaped = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!/[^\x00-\x7f]/.test(line)) continue;
    if (TAGGED.test(line) && !COMMENT_LINE.test(line)) throw new Error(`ascii-only: line ${i + 1} has a non-ASCII character and what may be a tagged template, whose raw text an escape would change: ${line.slice(0, 120)}`);
    const cols = [];
    let out = '';
    for (let c = 0; c < line.length; c++) {
      const u = line.charCodeAt(c);
      if (u < 0x80) { out += line[c]; continue; }
      cols.push(c);
      out += `\\u${u.toString(16).toUpperCase().padStart(4, '0')}`;
    }
    lines[i] = out;
    escaped[i] = cols;
  }
  if (!map) return { code: lines.join('\n'), map };
  // each `\uXXXX` is 5 units longer than the unit it replaces: a segment's generated column moves
  // by 5 for each escaped unit before it on its line
  const mapLines = map.mappings.split(';');
  for (let i = 0; i < mapLines.length; i++) {
    const cols = escaped[i];
    if (!cols || !mapLines[i]) continue;
    let col = 0;
    let moved = 0;
    let prevNew = 0;
    let k = 0;
    mapLines[i] = mapLines[i].split(',').map((seg) => {
      const fields = decodeSegment(seg);
      col += fields[0];
      while (k < cols.length && cols[k] < col) { k++; moved += 5; }
      const now = col + moved;
      fields[0] = now - prevNew;
      prevNew = now;
      return fields.map(encodeNumber).join('');
    }).join(',');
  }
  return { code: lines.join('\n'), map: { ...map, mappings: mapLines.join(';') } };
}
