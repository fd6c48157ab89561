/**
 * A plain Aho-Corasick automaton over UTF-16 units. Every phrase of every rule, lexicon, allow
 * list and team phrase goes into one automaton, built once per configuration, so a reply is
 * scanned once whatever the number of rules.
 */
export interface AcHit<T> { start: number; end: number; value: T }

/**
 * A compiled automaton as plain numbers (see `data`): its transitions, fail links and outputs,
 * each output a word length and the id its value was given.
 */
export interface AutomatonData {
  states: number;
  /** Root transitions as pairs: unit, state. */
  root: ArrayLike<number>;
  first: ArrayLike<number>;
  units: ArrayLike<number>;
  targets: ArrayLike<number>;
  fail: ArrayLike<number>;
  /** Per state, how many outputs (its own and along its dictionary links, in scan order). */
  outCount: ArrayLike<number>;
  outLen: ArrayLike<number>;
  outValue: ArrayLike<number>;
}

export class Automaton<T> {
  private next: Map<number, number>[] = [new Map()];
  private fail: number[] = [0];
  private out: { len: number; value: T }[][] = [[]];
  /** Links to the nearest state on the fail chain that has outputs. */
  private dict: number[] = [-1];
  private built = false;

  /**
   * The automaton made from its data, with `valueOf` giving each output's value from its id:
   * it scans as the automaton the data was taken from, and takes no more words.
   */
  static fromData<T>(d: AutomatonData, valueOf: (id: number) => T): Automaton<T> {
    const a = new Automaton<T>();
    a.frozen = true;
    a.built = true;
    a.root = new Int32Array(0x10000);
    for (let k = 0; k < d.root.length; k += 2) a.root[d.root[k]] = d.root[k + 1];
    a.first = Int32Array.from(d.first);
    a.units = Uint16Array.from(d.units);
    a.targets = Int32Array.from(d.targets);
    a.failOf = Int32Array.from(d.fail);
    const values = new Map<number, T>();
    const outStart = new Int32Array(d.states + 1);
    const total = d.outLen.length;
    const outLen = Int32Array.from(d.outLen);
    const outVal = new Array<T>(total);
    let at = 0;
    for (let s = 0; s < d.states; s++) {
      outStart[s] = at;
      const n = d.outCount[s];
      for (let k = 0; k < n; k++, at++) {
        const id = d.outValue[at];
        let v = values.get(id);
        if (v === undefined) { v = valueOf(id); values.set(id, v); }
        outVal[at] = v;
      }
    }
    outStart[d.states] = at;
    a.outStart = outStart;
    a.outLen = outLen;
    a.outVal = outVal;
    return a;
  }

  /** Compiled, as plain numbers, each output's value given as the id `idOf` gives it. */
  data(idOf: (value: T) => number): AutomatonData {
    if (!this.built) this.compile();
    const root: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (this.root[c]) root.push(c, this.root[c]);
    const states = this.outStart.length - 1;
    const outCount: number[] = [];
    for (let st = 0; st < states; st++) outCount.push(this.outStart[st + 1] - this.outStart[st]);
    return {
      states, root, first: [...this.first], units: [...this.units], targets: [...this.targets], fail: [...this.failOf],
      outCount, outLen: [...this.outLen], outValue: this.outVal.map(idOf),
    };
  }

  /** Made from data: no trie to add words to. */
  private frozen = false;

  add(word: string, value: T): void {
    if (this.frozen) throw new Error('Automaton.add: this automaton was made from its data and takes no more words');
    if (!word) return;
    let s = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let n = this.next[s].get(c);
      if (n === undefined) {
        n = this.next.length;
        this.next.push(new Map());
        this.fail.push(0);
        this.out.push([]);
        this.dict.push(-1);
        this.next[s].set(c, n);
      }
      s = n;
    }
    this.out[s].push({ len: word.length, value });
    this.built = false;
  }

  private build(): void {
    const queue: number[] = [];
    for (const n of this.next[0].values()) { this.fail[n] = 0; queue.push(n); }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      for (const [c, n] of this.next[s]) {
        let f = this.fail[s];
        while (f > 0 && !this.next[f].has(c)) f = this.fail[f];
        const g = this.next[f].get(c);
        this.fail[n] = g !== undefined && g !== n ? g : 0;
        const fl = this.fail[n];
        this.dict[n] = this.out[fl].length ? fl : this.dict[fl];
        queue.push(n);
      }
    }
    this.built = true;
  }

  /** Every occurrence of every word, overlapping ones included, in order of end position. */
  scan(text: string): AcHit<T>[] {
    const hits: AcHit<T>[] = [];
    this.each(text, (start, end, value) => { hits.push({ start, end, value }); });
    return hits;
  }

  /** Root transitions as one dense table (0 = stay at the root): most units leave from the root. */
  private root = new Int32Array(0);
  /**
   * Every other state's transitions, flat and sorted by unit: those of state `s` are at
   * [`first[s]`, `first[s + 1]`) of `units` and `targets`. Most states have one or two, and a
   * look-up in a few typed-array slots costs less than a Map's.
   */
  private first = new Int32Array(0);
  private units = new Uint16Array(0);
  private targets = new Int32Array(0);
  private failOf = new Int32Array(0);
  /**
   * Per state, every output of the state and its dictionary links, in `scan` order: those of
   * state `s` at [`outStart[s]`, `outStart[s + 1]`) of `outLen` (the word's length) and `outVal`
   * (its value). Flat arrays, not an object per output: a hit reads two slots.
   */
  private outStart = new Int32Array(1);
  private outLen = new Int32Array(0);
  private outVal: T[] = [];

  private compile(): void {
    this.build();
    const states = this.next.length;
    this.root = new Int32Array(0x10000);
    for (const [c, n] of this.next[0]) this.root[c] = n;
    let edges = 0;
    for (let s = 1; s < states; s++) edges += this.next[s].size;
    this.first = new Int32Array(states + 1);
    this.units = new Uint16Array(edges);
    this.targets = new Int32Array(edges);
    let at = 0;
    for (let s = 1; s < states; s++) {
      this.first[s] = at;
      for (const c of [...this.next[s].keys()].sort((a, b) => a - b)) { this.units[at] = c; this.targets[at] = this.next[s].get(c)!; at++; }
    }
    this.first[states] = at;
    this.failOf = Int32Array.from(this.fail);
    this.outStart = new Int32Array(states + 1);
    const lens: number[] = [];
    const vals: T[] = [];
    for (let s = 0; s < states; s++) {
      this.outStart[s] = lens.length;
      for (let t = this.out[s].length ? s : this.dict[s]; t > 0; t = this.dict[t]) for (const o of this.out[t]) { lens.push(o.len); vals.push(o.value); }
    }
    this.outStart[states] = lens.length;
    this.outLen = Int32Array.from(lens);
    this.outVal = vals;
  }

  /** Calls `fn` for every occurrence, in the order of `scan`, without building hit objects. */
  each(text: string, fn: (start: number, end: number, value: T) => void): void {
    if (!this.built) this.compile();
    const { root, first, units, targets, failOf, outStart, outLen, outVal } = this;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // from state s on unit c: its own transition, else along the fail links, else from the root
      while (s !== 0) {
        let k = first[s];
        let end = first[s + 1];
        // a few transitions (most states): one by one; many (after a common first unit): halving
        while (end - k > 8) {
          const mid = (k + end) >>> 1;
          if (units[mid] <= c) k = mid; else end = mid;
        }
        while (k < end && units[k] < c) k++;
        if (k < end && units[k] === c) { s = targets[k]; break; }
        s = failOf[s];
      }
      if (s === 0) {
        s = root[c];
        if (s === 0) continue;
      }
      for (let k = outStart[s], end = outStart[s + 1]; k < end; k++) fn(i + 1 - outLen[k], i + 1, outVal[k]);
    }
  }
}
