// The floor: every reply of the file (one per line) scanned for every term with a bare
// Aho-Corasick automaton, every hit with its offsets (case-folded like the linter's own text).
// usage: node bench/jobs/floor.mjs replies.txt terms.txt
import * as fs from 'node:fs';
import { buildAutomaton, scan } from '../lib/ac.mjs';

const replies = fs.readFileSync(process.argv[2], 'utf8').split('\n');
const terms = fs.readFileSync(process.argv[3], 'utf8').split('\n').filter(Boolean).map((t) => t.toLowerCase());
const ac = buildAutomaton(terms);
let hits = 0;
let sum = 0;
for (const r of replies) scan(ac, r.toLowerCase(), (a, b) => { hits++; sum += a + b; });
console.log(JSON.stringify({ hits, check: sum, replies: replies.length - 1 }));
