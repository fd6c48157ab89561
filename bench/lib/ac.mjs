// The floor: a bare Aho-Corasick automaton (~40 lines, Map transitions like the engine's) that
// reports every occurrence of every word with its offsets. bench/jobs/floor.mjs runs it.

export function buildAutomaton(words) {
  const gotoMaps = [new Map()];
  const outLen = [[]];
  for (const w of words) {
    let s = 0;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      let n = gotoMaps[s].get(c);
      if (n === undefined) { n = gotoMaps.length; gotoMaps.push(new Map()); outLen.push([]); gotoMaps[s].set(c, n); }
      s = n;
    }
    outLen[s].push(w.length);
  }
  const fail = new Int32Array(gotoMaps.length);
  const queue = [...gotoMaps[0].values()];
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q];
    for (const [c, n] of gotoMaps[s]) {
      let f = fail[s];
      while (f > 0 && !gotoMaps[f].has(c)) f = fail[f];
      const g = gotoMaps[f].get(c);
      fail[n] = g !== undefined && g !== n ? g : 0;
      outLen[n] = outLen[n].concat(outLen[fail[n]]);
      queue.push(n);
    }
  }
  return { gotoMaps, fail, outLen };
}

export function scan(ac, text, onHit) {
  const { gotoMaps, fail, outLen } = ac;
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let n = gotoMaps[s].get(c);
    while (n === undefined && s > 0) { s = fail[s]; n = gotoMaps[s].get(c); }
    s = n ?? 0;
    const o = outLen[s];
    for (let k = 0; k < o.length; k++) onHit(i + 1 - o[k], i + 1);
  }
}

