/**
 * Source spans kept as pairs in one growing Int32Array: a library records the span of every
 * scalar (six per script in the usual layout), and an object for each was a third of the objects
 * a large library held. Iterating yields plain spans, so readers that walk or spread the list
 * are unchanged.
 */
import type { Span } from '../types';

export class SpanList implements Iterable<Span> {
  private data = new Int32Array(32);
  length = 0;

  push(start: number, end: number): void {
    if (2 * this.length + 2 > this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[2 * this.length] = start;
    this.data[2 * this.length + 1] = end;
    this.length++;
  }

  start(i: number): number { return this.data[2 * i]; }
  end(i: number): number { return this.data[2 * i + 1]; }

  *[Symbol.iterator](): Iterator<Span> {
    for (let i = 0; i < this.length; i++) yield { start: this.data[2 * i], end: this.data[2 * i + 1] };
  }
}
