/** Reading source maps in tests: the bundles' maps are moved by the build (scripts/ascii-only.mjs, scripts/build.mjs). */

export interface SourceMap { mappings: string; sources: string[]; sourcesContent?: string[] }

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Every segment of a source map with a source: generated line and column, source index, original line and column (0-based). */
export function segments(map: Pick<SourceMap, 'mappings'>): { line: number; col: number; src: number; oline: number; ocol: number }[] {
  const out: { line: number; col: number; src: number; oline: number; ocol: number }[] = [];
  let src = 0;
  let oline = 0;
  let ocol = 0;
  map.mappings.split(';').forEach((l, line) => {
    let col = 0;
    if (!l) return;
    for (const seg of l.split(',')) {
      const f: number[] = [];
      let v = 0;
      let s = 0;
      for (const ch of seg) {
        const d = BASE64.indexOf(ch);
        v += (d & 31) << s;
        if (d & 32) { s += 5; continue; }
        f.push(v & 1 ? -(v >>> 1) : v >>> 1);
        v = 0;
        s = 0;
      }
      col += f[0];
      if (f.length >= 4) { src += f[1]; oline += f[2]; ocol += f[3]; out.push({ line, col, src, oline, ocol }); }
    }
  });
  return out;
}
