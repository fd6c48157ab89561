/**
 * Fixes: turning a replacement in agent text into a safe edit of the file (encoded for the
 * scalar's style, or no fix at all when it cannot be written safely), and applying many
 * fixes at once without overlaps. Nothing outside the flagged agent text is ever touched.
 */
import type { Fix } from './types';
import type { Turn } from './parse/library';
import { ScalarStyle, unitEnd, unitStart } from './parse/scalar-map';

/** Which message of the turn holds value index i. */
function messageOf(turn: Turn, i: number): number {
  let k = 0;
  while (k + 1 < turn.messageStarts.length && turn.messageStarts[k + 1] <= i) k++;
  return k;
}

const PLAIN_START = /^[-?:,[\]{}#&*!|>'"%@`]/;

/** Encodes text for a scalar style; undefined when it cannot be written safely there. */
export function encodeFor(style: ScalarStyle, text: string, atStart: boolean): string | undefined {
  switch (style) {
    case 'QUOTE_DOUBLE':
      return text.replace(/[\\"\n\t\r]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\t': '\\t', '\r': '\\r' })[c]!);
    case 'QUOTE_SINGLE':
      return /[\n\r]/.test(text) ? undefined : text.replace(/'/g, "''");
    case 'PLAIN':
      if (/[\n\r\t]|: |:$| #|^#/.test(text) || (atStart && PLAIN_START.test(text)) || (atStart && /^\s/.test(text))) return undefined;
      return text;
    default:
      return /[\n\r]/.test(text) ? undefined : text;
  }
}

/**
 * A file fix replacing turn-text units [a, b) with `text` (a === b inserts). Undefined when the
 * range crosses messages, the source map is approximate, or the text cannot be encoded safely.
 */
export function turnFix(turn: Turn, a: number, b: number, text: string): Fix | undefined {
  const m = turn.text;
  if (m.approximate || m.value.length === 0) return undefined;
  const k = messageOf(turn, a);
  const msgStart = turn.messageStarts[k];
  const msgEnd = k + 1 < turn.messageStarts.length ? turn.messageStarts[k + 1] - 1 : m.value.length;
  if (a < msgStart || b > msgEnd || a > b) return undefined;
  const style = turn.styles[k];
  const enc = encodeFor(style, text, a === msgStart);
  if (enc === undefined) return undefined;
  if (a === b) {
    if (msgEnd === msgStart) return undefined;
    const at = a < msgEnd ? unitStart(m, a) : unitEnd(m, msgEnd - 1);
    return { range: [at, at], text: enc };
  }
  // the replaced source must be one contiguous, in-order run of the scalar
  for (let i = a; i + 1 < b; i++) if (unitEnd(m, i) > unitStart(m, i + 1)) return undefined;
  // a plain scalar must not end up empty or end with a space
  if (style === 'PLAIN' && ((a === msgStart && b === msgEnd && !enc) || (b === msgEnd && /\s$/.test(enc)))) return undefined;
  return { range: [unitStart(m, a), unitEnd(m, b - 1)], text: enc };
}

/** Applies non-overlapping fixes (first one wins on overlap). */
export function applyFixes(text: string, fixes: Fix[]): { output: string; applied: Fix[]; skipped: Fix[] } {
  const sorted = [...fixes].sort((x, y) => x.range[0] - y.range[0] || x.range[1] - y.range[1]);
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  let out = '';
  let pos = 0;
  let lastEnd = -1;
  for (const f of sorted) {
    const [s, e] = f.range;
    if (s < pos || (s === lastEnd && e === s && applied.length && applied[applied.length - 1].range[0] === s) || s > text.length || e > text.length) {
      skipped.push(f);
      continue;
    }
    out += text.slice(pos, s) + f.text;
    pos = e;
    lastEnd = e;
    applied.push(f);
  }
  out += text.slice(pos);
  return { output: out, applied, skipped };
}
