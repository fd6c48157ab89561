// A prh dictionary from the corpus term list plus our phrase data: every trigger pattern without
// gaps expanded into its literal forms (at most 64 per pattern). Every entry's `expected` differs
// from its patterns, so that prh reports each occurrence, as a forbidden-word check does.
import * as fs from 'node:fs';

/** Literal forms of a phrase pattern (match/pattern.ts syntax), or [] when it has a gap. */
export function expand(pattern, cap = 64) {
  if (pattern.includes('…')) return [];
  let forms = [''];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    let alts;
    if (c === '\\') { alts = [pattern[i + 1] ?? '']; i++; } else if (c === '(') {
      const j = pattern.indexOf(')', i);
      if (j < 0) return [];
      alts = pattern.slice(i + 1, j).split('|');
      i = j;
      if (pattern[i + 1] === '?') { alts.push(''); i++; }
    } else alts = [c];
    const next = [];
    for (const f of forms) for (const a of alts) next.push(f + a);
    forms = [...new Set(next)];
    if (forms.length > cap) return forms.slice(0, cap);
  }
  return forms.filter((f) => f.length > 0);
}

const yamlString = (s) => JSON.stringify(s);

export function writePrhDict(file, terms, rules) {
  const words = new Set(terms.map((t) => t.toLowerCase()));
  for (const r of rules) for (const t of r.triggers ?? []) for (const f of expand(t.pattern)) words.add(f.toLowerCase());
  const lines = ['version: 1', 'rules:'];
  for (const w of words) lines.push(`  - expected: ${yamlString(`【${w}】`)}`, `    pattern: ${yamlString(w)}`);
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return words.size;
}
