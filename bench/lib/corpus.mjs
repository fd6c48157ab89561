// Builds the benchmark inputs at run time from ../shared/research/corpus/ (never copied into the repo):
// the real replies, the 268-term list, and libraries in the huashu format made from them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
export const CORPUS = path.resolve(ROOT, '../shared/research/corpus');
export const WORK = path.join(ROOT, '.bench');

const FILES = ['jddc2019_chat_agent.txt', 'jddc2019_dev_agent.txt', 'jddc2018_baseline_agent.txt', 'ecd_taobao_agent.txt', 'stc3_weibo_helpdesk_agent.txt'];
// the format's own scenario values (spec/script-format.md); until 2026-11-30 two of these six were
// 'invoice' and 'promotion', which the format does not have: every third script of every bench
// library carried an invalid-field error that no lead's library has
const SCENARIOS = ['after-sales', 'complaint', 'pre-sales', 'logistics', 'in-sales', 'review'];

/** Every real reply of the corpus, in file order (16,970 lines). */
export function corpusReplies() {
  if (!fs.existsSync(CORPUS)) throw new Error(`corpus not found at ${CORPUS}`);
  return FILES.flatMap((f) => fs.readFileSync(path.join(CORPUS, f), 'utf8').split('\n').map((l) => l.replace(/\t/g, ' ').trim()).filter(Boolean));
}

/** The 268 terms of the corpus term list. */
export function corpusTerms() {
  const rows = fs.readFileSync(path.join(CORPUS, 'ad_law_and_cs_forbidden_terms.tsv'), 'utf8').split('\n').slice(1);
  return rows.map((r) => r.split('\t')[0].trim()).filter(Boolean);
}

/** n replies: the corpus repeated (the k-th repeat is unchanged text, as a big shop's library repeats templates). */
export function replies(n) {
  const all = corpusReplies();
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = all[i % all.length];
  return out;
}

const PLAIN_BAD = /^[-?:,[\]{}#&*!|>'"%@`\s]|: |:$| #|\s$|^(~|null|true|false|[-+]?[0-9.])/i;

/** One script in the format as leads write it: id, scenario, one reply (plain when it can be, else double-quoted). */
function script(reply, i) {
  const r = PLAIN_BAD.test(reply) ? JSON.stringify(reply) : reply;
  return `  - id: s${i}\n    scenario: ${SCENARIOS[i % SCENARIOS.length]}\n    reply: ${r}\n`;
}

export function libraryText(list, offset = 0) {
  let s = 'huashu: 1\nplatform: jd\nscripts:\n';
  for (let i = 0; i < list.length; i++) s += script(list[i], offset + i);
  return s;
}

/**
 * The same library as JSON (`JSON.stringify(…, null, 2)`), as a tool that exports scripts writes
 * it: the format reads it as YAML's flow style.
 */
export function jsonLibraryText(list, offset = 0) {
  const scripts = list.map((reply, i) => ({ id: `s${offset + i}`, scenario: SCENARIOS[(offset + i) % SCENARIOS.length], reply }));
  return JSON.stringify({ huashu: 1, platform: 'jd', scripts }, null, 2) + '\n';
}

function writeIfChanged(file, text) {
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/**
 * Writes, for n scripts: .bench/lib-N/one/all.huashu.yaml (one file), .bench/lib-N/split/part-KK.huashu.yaml
 * (the same scripts in 100 files), .bench/lib-N/json/all.huashu.yaml (the one file as JSON),
 * .bench/replies-N.txt (the bare replies, one per line) and the term list.
 */
export function prepare(n) {
  const list = replies(n);
  const dir = path.join(WORK, `lib-${n}`);
  const one = path.join(dir, 'one', 'all.huashu.yaml');
  writeIfChanged(one, libraryText(list));
  const per = Math.ceil(n / 100);
  const parts = [];
  for (let k = 0; k < 100; k++) {
    const file = path.join(dir, 'split', `part-${String(k).padStart(2, '0')}.huashu.yaml`);
    writeIfChanged(file, libraryText(list.slice(k * per, (k + 1) * per), k * per));
    parts.push(file);
  }
  const json = path.join(dir, 'json', 'all.huashu.yaml');
  writeIfChanged(json, jsonLibraryText(list));
  const repliesFile = path.join(WORK, `replies-${n}.txt`);
  writeIfChanged(repliesFile, list.join('\n') + '\n');
  const termsFile = path.join(WORK, 'terms.txt');
  writeIfChanged(termsFile, corpusTerms().join('\n') + '\n');
  return { n, dir, one, json, splitDir: path.join(dir, 'split'), parts, repliesFile, termsFile, bytes: Buffer.byteLength(fs.readFileSync(one)) };
}

/**
 * The one-file library of n scripts with one reply in its middle changed (made longer: every later
 * finding moves), at the same path below a folder of its own (.bench/edited-N/lib-N/one/), so that
 * a cache file in that folder keys it as a cache beside .bench/ keys the unchanged library.
 * `withOriginal(fn)` puts the unchanged library at that path while `fn` runs (to write a cache of
 * it there), then the changed one back. For `--cache` after one script changed.
 * `kind` 'header': the header changed instead — a shop's name and a variable declared (every
 * finding moves; the scripts whose lint reads the shop are linted again), in .bench/edited-header-N/.
 */
export function editedLibrary(n, kind = 'reply') {
  const inp = prepare(n);
  const dir = path.join(WORK, kind === 'header' ? `edited-header-${n}` : `edited-${n}`);
  const file = path.join(dir, path.relative(WORK, inp.one));
  const text = fs.readFileSync(inp.one, 'utf8');
  let edited;
  if (kind === 'header') {
    const at = text.indexOf('\nscripts:\n') + 1;
    edited = `${text.slice(0, at)}shop: 尚米坊官方店\nvariables:\n  单号: 退货快递单号\n${text.slice(at)}`;
  } else {
    const at = text.indexOf('\n    reply: ', text.length >> 1) + '\n    reply: '.length;
    edited = `${text.slice(0, at)}快递的问题，跟我们没关系。${text.slice(at)}`;
  }
  writeIfChanged(file, edited);
  const withOriginal = (fn) => {
    fs.writeFileSync(file, text);
    try { return fn(); } finally { fs.writeFileSync(file, edited); }
  };
  return { dir, file, withOriginal };
}
