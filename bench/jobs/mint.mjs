// mint-filter (a popular Chinese sensitive-word filter, Aho-Corasick) over every reply, same terms.
// usage: node bench/jobs/mint.mjs replies.txt terms.txt
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
const { Mint } = createRequire(import.meta.url)('mint-filter');

const replies = fs.readFileSync(process.argv[2], 'utf8').split('\n');
const terms = fs.readFileSync(process.argv[3], 'utf8').split('\n').filter(Boolean).map((t) => t.toLowerCase());
const mint = new Mint(terms);
let hits = 0;
for (const r of replies) hits += mint.filter(r.toLowerCase(), { replace: false }).words.length;
console.log(JSON.stringify({ hits, replies: replies.length - 1 }));
