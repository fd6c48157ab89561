#!/usr/bin/env node
// Regenerates server/src/engine/data/t2s.json, the character-level traditional → simplified
// table the folding step uses, from opencc-js (OpenCC's maintained dictionaries). Only
// one-character-to-one-character conversions are kept, so folding stays a per-character map.
const path = require('path');
const fs = require('fs');
const O = require('opencc-js');
const convs = ['hk', 'tw', 't'].map((from) => O.Converter({ from, to: 'cn' }));
// A character that simplified text itself uses (it converts to something in cn → tw, like 么)
// is never folded, or 什么 would turn into 什幺.
const toTrad = O.Converter({ from: 'cn', to: 'tw' });
const pairs = {};
const ranges = [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff]];
for (const [a, b] of ranges) {
  for (let cp = a; cp <= b; cp++) {
    const ch = String.fromCodePoint(cp);
    if (toTrad(ch) !== ch) continue;
    for (const conv of convs) {
      const out = conv(ch);
      if (out !== ch && [...out].length === 1 && out.length === 1) { pairs[ch] = out; break; }
    }
  }
}
const keys = Object.keys(pairs).sort();
const data = { source: 'opencc-js ' + JSON.parse(fs.readFileSync(require.resolve('opencc-js').replace(/dist.*$/, 'package.json'), 'utf8')).version, from: keys.join(''), to: keys.map((k) => pairs[k]).join('') };
fs.writeFileSync(path.join(__dirname, '../server/src/engine/data/t2s.json'), JSON.stringify(data) + '\n');
console.log(`t2s: ${keys.length} characters`);
