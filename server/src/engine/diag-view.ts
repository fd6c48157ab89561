/**
 * A document's diagnostics as an incremental analysis gives them: `made[i]` moved down by
 * `lines[i]` lines (no `lines`: none moved).
 *
 * A line break moves every later diagnostic. Making a moved object for each of them at every
 * such keystroke (3,315 at 5,000 corpus scripts, each surviving into the next version) was
 * a third of the language server's time over a run of line breaks, most of it collecting them;
 * and a client that takes moved reports never receives them. So the moved objects are made
 * when read (`at`, `all`), once per view; a reader that compares versions compares the made
 * objects and their lines (`madeAt`, `linesAt`) and makes nothing.
 */
import type { Diag, MovedHook } from './incremental';

/** Makes the moved diagnostics of the view's entry `i` (and may make its neighbours'), with `view.put`. */
export type MakeMoved<D extends Diag> = (view: DiagView<D>, i: number) => void;

/** Each entry's first (`starts`) and last (`ends`) line, moves included. */
export interface LineSpans { starts: Int32Array; ends: Int32Array }

export class DiagView<D extends Diag> {
  /** The moved entries made so far. */
  private done?: D[];
  private every?: D[];
  private spans?: LineSpans;

  /** `moved` is told of each moved diagnostic made (the server's encoder reuses the bytes of the one it was moved from). */
  constructor(readonly made: readonly D[], readonly lines?: Int32Array, private readonly moved?: MovedHook, private readonly makeMoved?: MakeMoved<D>) {}

  /** A view of diagnostics none of which moved. */
  static of<D extends Diag>(list: readonly D[]): DiagView<D> { return new DiagView(list); }

  get length(): number { return this.made.length; }

  /** The object entry `i` was made from (its range before the move). */
  madeAt(i: number): D { return this.made[i]; }

  /** The lines entry `i` moved down by since its object was made. */
  linesAt(i: number): number { return this.lines ? this.lines[i] : 0; }

  /** The first line of entry `i`'s range. */
  startLine(i: number): number { return this.made[i].range.start.line + this.linesAt(i); }

  /** The last line of entry `i`'s range. */
  endLine(i: number): number { return this.made[i].range.end.line + this.linesAt(i); }

  /**
   * Every entry's first and last line, read once per view. The diagnostics come in several
   * shapes (with or without tags, data, a link), so reading their ranges is a slow property
   * lookup: the shards' split read each entry's lines two or three times per version, half a
   * millisecond of a line break at 5,000 scripts.
   */
  lineSpans(): LineSpans {
    if (!this.spans) {
      const n = this.made.length;
      const starts = new Int32Array(n);
      const ends = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const r = this.made[i].range;
        const l = this.lines ? this.lines[i] : 0;
        starts[i] = r.start.line + l;
        ends[i] = r.end.line + l;
      }
      this.spans = { starts, ends };
    }
    return this.spans;
  }

  /** Entry `i` as a diagnostic (made moved on first read). */
  at(i: number): D {
    const lines = this.lines ? this.lines[i] : 0;
    if (!lines) return this.made[i];
    let d = this.done?.[i];
    if (!d) {
      if (this.makeMoved) this.makeMoved(this, i);
      d = this.done?.[i] ?? this.put(i, moveDiag(this.made[i], lines, this.moved));
    }
    return d;
  }

  /** Entry `i` as a diagnostic if it is made (it did not move, or its moved one was read), else undefined. */
  madeIfAny(i: number): D | undefined {
    return this.lines && this.lines[i] ? this.done?.[i] : this.made[i];
  }

  /** Records `d` as entry `i` moved (for {@link MakeMoved}); returns it. */
  put(i: number, d: D): D {
    (this.done ??= new Array<D>(this.made.length))[i] = d;
    return d;
  }

  /** Every entry as a diagnostic: the same list at every call (`made` itself when none moved). */
  all(): D[] {
    if (!this.lines) return this.made as D[];
    if (!this.every) {
      const out = new Array<D>(this.made.length);
      for (let i = 0; i < out.length; i++) out[i] = this.at(i);
      this.every = out;
    }
    return this.every;
  }
}

/**
 * `d` with its range moved down by `lines`, `moved` told. Copied key by key, in `d`'s order, not
 * spread: V8 gives the object of a spread (`{ ...d, range }`) a map of its own that takes no
 * transitions, so the property `moved` then adds (json-encoder.ts's origin) made a new map for
 * every moved diagnostic, 653 shapes at one read of `range` in a typing session at 1,000
 * scripts (V8's inline-cache log): each read of a moved diagnostic a miss in V8's stub cache,
 * and every keystroke that moved them left as many maps for the collector.
 */
export function moveDiag<D extends Diag>(d: D, lines: number, moved?: MovedHook): D {
  const r = d.range;
  const range = { start: { line: r.start.line + lines, character: r.start.character }, end: { line: r.end.line + lines, character: r.end.character } };
  const m: Record<string, unknown> = {};
  for (const k in d) m[k] = k === 'range' ? range : d[k];
  return moved ? moved(m as D, d) : (m as D);
}
