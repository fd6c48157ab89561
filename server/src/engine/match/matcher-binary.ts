/**
 * The built-in matcher data (`MatcherData`) as one binary file, which the bundles read when they
 * make their first matcher (`node/builtin-matcher-file.ts`) instead of carrying it as a 400 K-character JSON
 * string in their code. The string was read, decoded and deserialised from the code cache at
 * every start, also by runs that never make a matcher (the language server's `initialize`, a
 * cached CLI run): about 8 ms of a language server's start on the benchmark machine
 * (bench/README.md, forty-ninth round). Typed arrays, DataView and TextEncoder only: the engine
 * reads no file (node/builtin-matcher-file.ts does).
 *
 * Layout: the 4 bytes `HSMD`, the format (uint32), the length of the head in bytes (uint32), the
 * head (UTF-8 JSON), zero bytes to a multiple of 4, then the automata's number columns as
 * little-endian 32-bit integers one after another. The head is the data with each of those
 * columns replaced by `[offset, length]` in integers from the start of the columns, and carries the
 * build the file was made for (`build`): a file of another build is not read.
 */
import type { AutomatonData } from './automaton';
import type { MatcherData } from './matcher';

const MAGIC = 0x444d5348; // 'HSMD' read as a little-endian uint32
const FORMAT = 1;
/** The automaton columns written as integers (the rest of the data is in the head). */
const COLUMNS = ['root', 'first', 'units', 'targets', 'fail', 'outCount', 'outLen', 'outValue'] as const;
const AUTOMATA = ['ac', 'noisyAc'] as const;

/** The file's bytes for `data`, made for the build `build`. */
export function encodeMatcherData(data: MatcherData, build: string): Uint8Array {
  const columns: ArrayLike<number>[] = [];
  let offset = 0;
  const head: Record<string, unknown> = { ...data, build };
  for (const name of AUTOMATA) {
    const a: Record<string, unknown> = { ...data[name] };
    for (const c of COLUMNS) {
      const values = data[name][c];
      a[c] = [offset, values.length];
      columns.push(values);
      offset += values.length;
    }
    head[name] = a;
  }
  const json = new TextEncoder().encode(JSON.stringify(head));
  const at = (12 + json.length + 3) & ~3;
  const out = new Uint8Array(at + 4 * offset);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, FORMAT, true);
  view.setUint32(8, json.length, true);
  out.set(json, 12);
  let p = at;
  for (const values of columns) {
    for (let k = 0; k < values.length; k++, p += 4) {
      const v = values[k];
      if (!Number.isInteger(v) || v < -0x80000000 || v > 0x7fffffff) throw new Error(`matcher data: not a 32-bit integer: ${v}`);
      view.setInt32(p, v, true);
    }
  }
  return out;
}

/**
 * The data a file holds, if it is one of this format made for the build `build`; its columns are
 * Int32Arrays over the file's bytes (copied where the machine is not little-endian). Undefined for
 * anything else: a file of another build, format or shape (the matcher then compiles its phrases).
 */
export function decodeMatcherData(bytes: Uint8Array, build: string): MatcherData | undefined {
  if (bytes.length < 12) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== FORMAT) return undefined;
  const length = view.getUint32(8, true);
  if (12 + length > bytes.length) return undefined;
  let head: Record<string, unknown>;
  try {
    head = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(12, 12 + length))) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (head === null || typeof head !== 'object' || head.build !== build || !shaped(head)) return undefined;
  const at = (12 + length + 3) & ~3;
  const count = (bytes.length - at) / 4;
  if (!Number.isInteger(count) || count < 0) return undefined;
  // (an Int32Array over the file's own bytes needs them aligned to 4: a pooled Node buffer may not be)
  const aligned = (bytes.byteOffset + at) % 4 === 0;
  const ints = aligned && LITTLE_ENDIAN ? new Int32Array(bytes.buffer, bytes.byteOffset + at, count) : copyInts(view, at, count);
  const data = { ...head } as Record<string, unknown>;
  delete data.build;
  for (const name of AUTOMATA) {
    const a = head[name] as Record<string, unknown>;
    const out: Record<string, unknown> = { ...a };
    for (const c of COLUMNS) {
      const span = a[c];
      if (!Array.isArray(span) || span.length !== 2 || !Number.isInteger(span[0]) || !Number.isInteger(span[1]) || span[0] < 0 || span[1] < 0 || span[0] + span[1] > count) return undefined;
      out[c] = ints.subarray(span[0], span[0] + span[1]);
    }
    data[name] = out as unknown as AutomatonData;
  }
  return data as unknown as MatcherData;
}

const LITTLE_ENDIAN = new Uint8Array(Int32Array.of(1).buffer)[0] === 1;

const isInts = (v: unknown): boolean => Array.isArray(v) && v.every((x) => Number.isInteger(x));

/** The head has what a matcher reads of the data besides the columns (a head of another shape gives no data). */
function shaped(h: Record<string, unknown>): boolean {
  const noise = h.noise as Record<string, unknown> | null;
  return Number.isInteger(h.triggers) && Number.isInteger(h.hash)
    && Array.isArray(h.patterns) && h.patterns.every((p) => typeof p === 'string')
    && noise !== null && typeof noise === 'object' && typeof noise.empty === 'boolean' && isInts(noise.pairs) && isInts(noise.rep)
    && AUTOMATA.every((name) => { const a = h[name] as Record<string, unknown> | null; return a !== null && typeof a === 'object' && Number.isInteger(a.states); });
}

function copyInts(view: DataView, at: number, count: number): Int32Array {
  const out = new Int32Array(count);
  for (let k = 0; k < count; k++) out[k] = view.getInt32(at + 4 * k, true);
  return out;
}

