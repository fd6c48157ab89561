// Evasion benchmark: recall on disguised violations and false findings on real replies, for Huashu's
// no-off-platform-contact / no-review-incentive and for mint-filter (npm) on the same inputs.
//
//   node bench/evasion.mjs [--n 8] [--json out.json]
//
// The disguised set is generated from the term data (server/src/engine/rules/k-platform-contact/terms.ts):
// every variant of every term, in N disguises (zero-width, spaces, symbols, emoji, full width and
// upper case, traditional characters, styled letters, repeats, mixtures), inside a carrier reply.
// The clean set is the real replies of ../shared/research/corpus (read at run time, never copied).
// mint-filter gets every form of the term data as its word list (the fair setup: a shop using it
// would list the variants too); it has no phone-number detection, so that row is Huashu only.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { ROOT, CORPUS, WORK } from './lib/corpus.mjs';

const require = createRequire(import.meta.url);
const argv = process.argv.slice(2);
const opt = (name, d) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : d; };
const N = Number(opt('--n', 8));
const log = (s) => process.stdout.write(s + '\n');

fs.mkdirSync(WORK, { recursive: true });
const bundle = path.join(WORK, 'evasion-engine.cjs');
await (await import('esbuild')).build({
  stdin: {
    contents: "export { lintText } from './server/src/engine/index';\nexport * from './server/src/engine/rules/k-platform-contact/terms';",
    resolveDir: ROOT, loader: 'ts',
  },
  bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'error',
});
const engine = require(bundle);
const mintPkg = require('mint-filter');
const Mint = mintPkg.Mint ?? mintPkg.default ?? mintPkg;
const s2t = require('opencc-js').Converter({ from: 'cn', to: 'tw' });

// ---- disguises (deterministic)
let seed = 20240601;
const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
const pick = (a) => a[Math.floor(rnd() * a.length)];
const SYMBOLS = ['@', '*', '-', '_', '.', '/', '|', '~', '·', '❤', '★', '😊', '👉', '丶', '♥', '#'];
const chars = (s) => [...s];
const between = (s, f) => chars(s).map((c, k) => (k ? f() : '') + c).join('');
const fullWidth = (s) => chars(s).map((c) => (/[!-~]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('');
const BOLD = (c) => (/[a-z]/.test(c) ? String.fromCodePoint(0x1d41a + c.charCodeAt(0) - 97) : /[A-Z]/.test(c) ? String.fromCodePoint(0x1d400 + c.charCodeAt(0) - 65) : c);
const CIRCLED = (c) => (/[a-z]/i.test(c) ? String.fromCodePoint(0x24b6 + c.toLowerCase().charCodeAt(0) - 97) : c);
const styled = (s) => chars(s).map((c) => (rnd() < 0.5 ? BOLD(c) : CIRCLED(c))).join('');

/** N disguises of one form. `repeats`: the term's data allows repeated characters. */
function disguises(form, repeats) {
  const latin = /[a-z]/i.test(form);
  const all = [
    between(form, () => '\u200b'),
    between(form, () => ' '),
    between(form, () => pick(SYMBOLS)),
    between(form, () => pick(SYMBOLS) + (rnd() < 0.5 ? '\u200d' : '')),
    latin ? fullWidth(form.toUpperCase()) : s2t(form),
    latin ? styled(form) : between(s2t(form), () => pick(SYMBOLS)),
    repeats && !latin ? chars(form).map((c) => c + c).join('') : between(form, () => pick([' ', '\u2060'])),
    latin ? between(fullWidth(form), () => pick(SYMBOLS)) : between(form, () => pick(SYMBOLS) + pick(SYMBOLS)),
  ];
  return all.slice(0, N);
}

const PHONE = '13812345678';
const CN = '零一二三四五六七八九';
const CAPS = '零壹贰叁肆伍陆柒捌玖';
const phoneDisguises = [
  '138 1234 5678', '138-1234-5678', fullWidth(PHONE), [...PHONE].map((d) => String.fromCharCode(0x2460 + Number(d) - 1)).join(''),
  [...PHONE].map((d) => CN[d]).join(''), [...PHONE].map((d) => CAPS[d]).join(''), '+86 138 1234 5678', '一三八 一二三四 五六七八',
].slice(0, N);

/** [category, reply, platform] */
const disguised = [];
for (const t of engine.CONTACT_TERMS) for (const v of t.variants) for (const d of disguises(v.form, t.repeats)) disguised.push(['contact', `有问题可以加我${d}详细聊`, 'taobao']);
for (const t of engine.PLATFORM_TERMS) {
  const shop = ['淘宝', '天猫'].includes(t.term) ? 'jd' : 'taobao';
  for (const v of t.variants) for (const d of disguises(v.form, false)) disguised.push(['platform', `我们在${d}上也有店`, shop]);
}
for (const v of engine.REVIEW_WORDS) for (const d of disguises(`${v.form}返现`, false)) disguised.push(['review', `亲,${d}5元哦`, 'taobao']);
for (const v of engine.REWARD_WORDS) for (const d of disguises(`好评${v.form}`, false)) disguised.push(['review', `亲,${d} 哦`, 'taobao']);
for (const d of phoneDisguises) disguised.push(['phone', `有事打我电话${d}`, 'taobao']);

// mint-filter's word list: every form of the term data (and the review × reward pairs)
const words = new Set();
for (const t of [...engine.CONTACT_TERMS, ...engine.PLATFORM_TERMS]) for (const v of t.variants) words.add(v.form);
for (const v of engine.REVIEW_WORDS) words.add(`${v.form}返现`);
for (const v of engine.REWARD_WORDS) words.add(`好评${v.form}`);
for (const w of engine.REMOVE_WORDS) words.add(w);
const mint = new Mint([...words]);

// ---- Huashu: lint replies as a library (one script per reply)
const RULES = new Set(['no-off-platform-contact', 'no-review-incentive']);
function huashuFindings(list, platform) {
  const lines = [`huashu: 1\nplatform: ${platform}\nscripts:`];
  list.forEach((r, i) => lines.push(`  - id: s${i}\n    reply: ${JSON.stringify(r)}`));
  const res = engine.lintText(lines.join('\n') + '\n');
  return res.scripts.map((s) => s.findings.filter((f) => RULES.has(f.ruleId)).length);
}

const byCat = {};
for (const [cat, reply, platform] of disguised) {
  const c = (byCat[cat] ??= { n: 0, huashu: 0, mint: 0 });
  c.n++;
  if (huashuFindings([reply], platform)[0] > 0) c.huashu++;
  else if (process.env.MISSES) log(`miss [${cat}] ${JSON.stringify(reply)}`);
  if (cat !== 'phone' && mint.filter(reply, { replace: false }).words.length > 0) c.mint++;
}
const tot = Object.values(byCat).reduce((a, c) => ({ n: a.n + c.n, huashu: a.huashu + c.huashu, mint: a.mint + c.mint }), { n: 0, huashu: 0, mint: 0 });
const pct = (a, b) => (b ? (100 * a / b).toFixed(1) + '%' : '—');

// ---- clean set: real replies, with the platform of their source
const SOURCES = [['jddc2019_chat_agent.txt', 'jd'], ['jddc2019_dev_agent.txt', 'jd'], ['jddc2018_baseline_agent.txt', 'jd'], ['ecd_taobao_agent.txt', 'taobao'], ['stc3_weibo_helpdesk_agent.txt', 'generic']];
if (!fs.existsSync(CORPUS)) { log(`corpus not found at ${CORPUS}`); process.exit(0); }
const clean = { n: 0, huashu: 0, mint: 0, huashuMs: 0, mintMs: 0, examples: [] };
const perSource = [];
for (const [file, platform] of SOURCES) {
  const list = fs.readFileSync(path.join(CORPUS, file), 'utf8').split('\n').map((l) => l.replace(/\t/g, ' ').trim()).filter(Boolean);
  let t0 = performance.now();
  const counts = [];
  for (let i = 0; i < list.length; i += 500) counts.push(...huashuFindings(list.slice(i, i + 500), platform));
  clean.huashuMs += performance.now() - t0;
  const h = counts.reduce((a, b) => a + b, 0);
  counts.forEach((c, i) => { if (c && clean.examples.length < (process.env.ALL ? 1e9 : 40)) clean.examples.push(`[${platform}] ${list[i].slice(0, 70)}`); });
  t0 = performance.now();
  let m = 0;
  for (const r of list) m += mint.filter(r, { replace: false }).words.length;
  clean.mintMs += performance.now() - t0;
  clean.n += list.length; clean.huashu += h; clean.mint += m;
  perSource.push({ file, platform, n: list.length, huashu: h, mint: m });
}
const per1k = (x) => (1000 * x / clean.n).toFixed(2);

log(`Evasion benchmark (N=${N} disguises per form; ${disguised.length} disguised replies, ${clean.n} real replies)`);
log('');
log('| set | replies | Huashu recall | mint-filter recall |');
log('|---|---:|---:|---:|');
for (const [cat, c] of Object.entries(byCat)) log(`| ${cat} | ${c.n} | ${pct(c.huashu, c.n)} | ${cat === 'phone' ? 'n/a (no phone detection)' : pct(c.mint, c.n)} |`);
log(`| **all** | ${tot.n} | **${pct(tot.huashu, tot.n)}** | **${pct(tot.mint, tot.n - (byCat.phone?.n ?? 0))}** (excl. phone) |`);
log('');
log('| real replies | replies | Huashu findings /1,000 | mint-filter hits /1,000 |');
log('|---|---:|---:|---:|');
for (const s of perSource) log(`| ${s.file} (${s.platform}) | ${s.n} | ${(1000 * s.huashu / s.n).toFixed(2)} | ${(1000 * s.mint / s.n).toFixed(2)} |`);
log(`| **all** | ${clean.n} | **${per1k(clean.huashu)}** | **${per1k(clean.mint)}** |`);
log('');
log(`time on the real replies: Huashu full lint (all rules, folding, parsing) ${clean.huashuMs.toFixed(0)} ms; mint-filter ${clean.mintMs.toFixed(0)} ms`);
log('');
log('Huashu findings on real replies (first 40, to review by hand):');
for (const e of clean.examples) log(`  ${e}`);
const jsonOut = opt('--json');
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ N, byCat, total: tot, clean: { ...clean, perSource } }, null, 2));
