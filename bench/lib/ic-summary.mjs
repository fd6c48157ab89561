// Summarises V8's inline-cache log (`node --log-ic`): the property loads and stores of a bundle
// that went megamorphic (more than four shapes of object met at one place), or polymorphic with
// at least --maps shapes, each with the number of shapes, the last key and the bundle's line.
// A megamorphic load in a loop that runs per turn or per hit costs a look-up in V8's shared
// stub cache each time (thirty-seventh round: `rule.meta.id` per rule and turn, ~9 % of the
// CLI's time at 30,000 scripts). The log has no counts: read the lines it names against a line
// profile (profile-summary.mjs --by-line) to see which of them run often.
// usage: HUASHU_CODE_CACHE=0 node --log-ic --no-logfile-per-isolate --logfile=/tmp/ic.log dist/cli.js lint --no-config \
//          --format json -o /tmp/o.json .bench/lib-5000/one/all.huashu.yaml
//        node bench/lib/ic-summary.mjs /tmp/ic.log dist/cli-core.js [--maps 3] [--all]
// (without --no-logfile-per-isolate the log is isolate-0x…-ic.log; the log names lines, not
// files: a line of another script shows as the bundle's line of that number; --all: stores too)
import * as fs from 'node:fs';

const argv = process.argv.slice(2);
const opt = (name, def) => { const i = argv.indexOf(`--${name}`); if (i < 0) return def; const v = argv[i + 1]; argv.splice(i, 2); return v; };
const minMaps = Number(opt('maps', '5'));
const all = argv.includes('--all');
const [logFile, bundle] = argv.filter((a) => a !== '--all');
if (!logFile || !bundle) {
  console.error('usage: node bench/lib/ic-summary.mjs IC.log BUNDLE.js [--maps N] [--all]');
  process.exit(2);
}
const lines = fs.readFileSync(bundle, 'utf8').split('\n');

// LoadIC,pc,time,line,column,old_state,new_state,map,key,modifier,slow_reason
const sites = new Map();
for (const row of fs.readFileSync(logFile, 'utf8').split('\n')) {
  const f = row.split(',');
  if (!/IC$/.test(f[0]) || f.length < 9) continue;
  if (!all && !/Load/.test(f[0])) continue;
  const line = Number(f[3]);
  if (!(line >= 1 && line <= lines.length)) continue;
  const at = `${f[0]} ${line}:${f[4]}`;
  let s = sites.get(at);
  if (!s) sites.set(at, (s = { kind: f[0], line, column: Number(f[4]), maps: new Set(), state: '', key: '' }));
  if (f[7]) s.maps.add(f[7]);
  s.state = f[6];
  s.key = f[8];
}

const shown = [...sites.values()]
  .filter((s) => s.state === 'N' || s.maps.size >= minMaps)
  .sort((a, b) => a.line - b.line || a.column - b.column);
console.log(`${shown.length} of ${sites.size} sites: megamorphic (N), or ${minMaps} or more shapes`);
for (const s of shown) {
  const code = lines[s.line - 1].trim().slice(0, 110);
  console.log(`${s.state.padEnd(2)} ${String(s.maps.size).padStart(3)} maps  ${s.kind.padEnd(12)} ${String(s.line).padStart(6)}:${String(s.column).padEnd(4)} ${JSON.stringify(s.key).slice(0, 28).padEnd(28)} ${code}`);
}
