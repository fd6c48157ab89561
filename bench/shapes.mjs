#!/usr/bin/env node
/**
 * The CLI on the same real replies written in other shapes that leads' libraries take: a
 * directive above every script, a region around every script, a region opened above every script
 * and never closed, block scalars, CRLF line breaks, one id for every script, a placeholder in
 * every reply with thousands of variables declared, comment lines between the scripts, an anchor
 * in every script, and a config with 2,000 team phrases (the most it
 * takes) and 1,000 allowed ones. Each shape at two sizes, its time next to the plain library's: a
 * step that grows with the square of something (every finding looking at every directive: 2.7 s
 * of 4.9 at 30,000 scripts until 2026-12-05) shows as a ratio far above the others and a growth
 * far above the sizes'.
 *   node bench/shapes.mjs [--sizes 10000,30000] [--runs 3] [--only directive,region] [--cli dist/cli.js]
 * --editor [N]: the language server instead (bench/lsp.mjs --text, VS Code's client): each shape's
 * library of N scripts (default 5,000) opened, then 200 keystrokes (`--keys`) in its middle reply; the whole
 * document's diagnostics after the open and each keystroke's p50 and p95 (the team phrases' shape
 * is left out: the server reads no config for the untitled document the bench opens).
 * Inputs are made at run time from ../shared/research/corpus/ (never copied) under .bench/shapes-N/.
 * Prints a table and writes bench/results/shapes.json (shapes-editor.json with --editor).
 */
import './lib/clean-env.mjs';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { corpusTerms, libraryText, replies, ROOT, WORK } from './lib/corpus.mjs';
import { measureAll } from './lib/measure.mjs';

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : def; };
const sizes = opt('sizes', '10000,30000').split(',').map(Number);
const runs = Number(opt('runs', '3'));
const cli = path.resolve(ROOT, opt('cli', 'dist/cli.js'));
const only = opt('only', '')?.split(',').filter(Boolean);

/** A library's scripts: each item of `libraryText`, from its dash to the next one's. */
const itemsOf = (text) => text.slice(text.indexOf('scripts:\n') + 9).split(/(?=^ {2}- id: )/m);
const headOf = (text) => text.slice(0, text.indexOf('scripts:\n') + 9);

/** name → [what it is (Chinese, as the table prints it), make(plain library text, n) → { text, config? }] */
const SHAPES = {
  plain: ['原样（对照）', (t) => ({ text: t })],
  directive: ['每条话术上方一条 disable-next-line 指令', (t) => ({ text: headOf(t) + itemsOf(t).map((s) => `  # huashu-disable-next-line no-internet-slang -- 年轻用户的店\n${s}`).join('') })],
  region: ['每条话术一段 disable … enable 区域', (t) => ({ text: headOf(t) + itemsOf(t).map((s) => `  # huashu-disable no-exaggeration\n${s}  # huashu-enable no-exaggeration\n`).join('') })],
  disable: ['每条话术上方一条 disable，从不 enable', (t) => ({ text: headOf(t) + itemsOf(t).map((s) => `  # huashu-disable no-exaggeration\n${s}`).join('') })],
  block: ['回复写成字面块标量', (t) => ({ text: headOf(t) + itemsOf(t).map((s) => s.replace(/^ {4}reply: (.*)$/m, (_m, r) => `    reply: |\n      ${r.startsWith('"') ? JSON.parse(r) : r}`)).join('') })],
  crlf: ['CRLF 换行', (t) => ({ text: t.replace(/\n/g, '\r\n') })],
  'one-id': ['所有话术同一个编号', (t) => ({ text: t.replace(/^ {2}- id: s\d+$/gm, '  - id: same') })],
  variables: ['每条回复一个占位符，声明 3,000 个变量', (t) => {
    const vars = Array.from({ length: 3000 }, (_, k) => `  v${k}: 变量${k}\n`).join('');
    let k = 0;
    const text = t.replace('scripts:\n', `variables:\n${vars}scripts:\n`).replace(/^ {4}reply: (.*)$/gm, (_m, r) => {
      const v = `{{v${k++ % 3000}}}`;
      return `    reply: ${r.startsWith('"') ? JSON.stringify(JSON.parse(r) + v) : r + v}`;
    });
    return { text };
  }],
  comments: ['话术之间各有两行注释', (t) => ({ text: headOf(t) + itemsOf(t).map((s) => `  # 以下一条由客服主管审核\n  # 审核日期 2026-12-05\n${s}`).join('') })],
  // (the full YAML parser's path until 2026-12-05, when the scanner began to read anchors on scalars)
  anchors: ['每条话术一个锚点', (t) => ({ text: t.replace(/^ {4}scenario: (.*)$/gm, (_m, v) => `    scenario: &sc ${v}`) })],
  phrases: ['配置里 2,000 条团队短语（上限）和 1,000 条允许短语', (t, n) => {
    // phrases cut from the replies themselves (so that they hit), and the term list
    const list = replies(Math.min(n, 4000));
    // (Chinese characters only: the pattern syntax gives brackets, bars and ellipses a meaning)
    const cut = (r, k) => [...r.replace(/[^\u4e00-\u9fff]/g, '')].slice(k % 5, (k % 5) + 3 + (k % 3)).join('');
    const pats = new Set(corpusTerms().filter((p) => /^[\u4e00-\u9fffA-Za-z0-9]+$/.test(p)));
    for (let k = 0; pats.size < 2000 && k < list.length * 3; k++) { const p = cut(list[k % list.length], k); if ([...p].length >= 3) pats.add(p); }
    const allow = new Set();
    for (let k = 0; allow.size < 1000 && k < list.length * 3; k++) { const p = cut(list[(k * 7) % list.length], k + 1); if ([...p].length >= 4 && !pats.has(p)) allow.add(p); }
    const config = `phrases:\n${[...pats].map((p) => `  - {pattern: ${JSON.stringify(p)}, message: 团队不用这个说法}`).join('\n')}\nallow:\n${[...allow].map((p) => `  - ${JSON.stringify(p)}`).join('\n')}\n`;
    return { text: t, config };
  }],
};

const names = Object.keys(SHAPES).filter((s) => !only?.length || s === 'plain' || only.includes(s));

/** Writes shape `name`'s library of `n` scripts (and its config) under .bench/shapes-n/name/; returns its paths. */
function writeShape(name, n, plain) {
  const dir = path.join(WORK, `shapes-${n}`, name);
  fs.mkdirSync(dir, { recursive: true });
  const { text, config } = SHAPES[name][1](plain, n);
  const file = path.join(dir, 'lib.huashu.yaml');
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
  const cfg = path.join(dir, 'huashu.config.yaml');
  if (config) fs.writeFileSync(cfg, config); else fs.rmSync(cfg, { force: true });
  return { dir, file, bytes: Buffer.byteLength(text) };
}

const ei = args.indexOf('--editor');
if (ei >= 0) {
  const n = /^\d+$/.test(args[ei + 1] ?? '') ? Number(args[ei + 1]) : 5000;
  const plain = libraryText(replies(n));
  const rows = [];
  for (const name of names.filter((x) => x !== 'phrases')) {
    const { file } = writeShape(name, n, plain);
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bench/lsp.mjs'), '--sizes', String(n), '--keys', opt('keys', '200'), '--text', file], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
    const line = r.stdout.trim().split('\n').pop();
    if (r.status !== 0 || !line?.startsWith('{')) throw new Error(`bench/lsp.mjs on ${name}: ${r.stderr.slice(0, 2000)}`);
    rows.push({ shape: name, what: SHAPES[name][0], ...JSON.parse(line) });
  }
  console.log(`Language server (VS Code's client) on ${n.toLocaleString('en-US')} real replies in other shapes: the whole document's diagnostics after opening it, keystrokes in its middle reply`);
  console.log('| shape | diagnostics | open: all diagnostics | keystroke p50 | p95 | server p50 |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.shape}: ${r.what} | ${r.diagnostics.toLocaleString('en-US')} | ${Math.round(r.coldAllMs)} ms | ${r.p50.toFixed(1)} ms | ${r.p95.toFixed(1)} ms | ${r.serverP50.toFixed(1)} ms |`);
  const file = path.join(ROOT, 'bench/results/shapes-editor.json');
  fs.writeFileSync(file, JSON.stringify({ when: new Date().toISOString(), machine: `${os.cpus()[0]?.model.trim()}, ${os.cpus().length} cores, Node ${process.version}`, scripts: n, rows }, null, 2) + '\n');
  console.log(`written: ${path.relative(ROOT, file)}`);
  process.exit(0);
}
const results = [];
for (const n of sizes) {
  const plain = libraryText(replies(n));
  const jobs = names.map((name) => {
    const { dir, file, bytes } = writeShape(name, n, plain);
    const out = path.join(dir, 'report.json');
    return { name, n, bytes, out, runs, args: [cli, 'lint', '--no-progress', '--format', 'json', '--output-file', out, file] };
  });
  const measured = measureAll(jobs, { cwd: ROOT });
  const base = measured[0].wall;
  jobs.forEach((j, k) => {
    const report = JSON.parse(fs.readFileSync(j.out, 'utf8'));
    const findings = report.reduce((s, f) => s + f.messages.length, 0);
    results.push({ shape: j.name, what: SHAPES[j.name][0], scripts: n, mb: +(j.bytes / 1e6).toFixed(2), wall: +measured[k].wall.toFixed(3), walls: measured[k].walls.map((w) => +w.toFixed(3)), ratio: +(measured[k].wall / base).toFixed(2), rssMB: Math.round(measured[k].rssMB), findings });
  });
}

const rows = names.map((name) => results.filter((r) => r.shape === name));
console.log(`CLI on ${sizes.map((n) => n.toLocaleString('en-US')).join(' and ')} real replies in other shapes: wall time (median of ${runs}), × the plain library of the same size, growth from the smaller size to the larger (${(sizes[sizes.length - 1] / sizes[0]).toFixed(1)}× the scripts)`);
console.log(`| shape | ${sizes.map((n) => `${n.toLocaleString('en-US')} scripts | ×`).join(' | ')} | growth | peak RSS | findings |`);
console.log(`|---|${sizes.map(() => '---|---').join('|')}|---|---|---|`);
for (const rs of rows) {
  const growth = rs.length > 1 ? (rs[rs.length - 1].wall / rs[0].wall).toFixed(1) : '—';
  const last = rs[rs.length - 1];
  console.log(`| ${rs[0].shape}: ${rs[0].what} | ${rs.map((r) => `${r.wall.toFixed(2)} s | ${r.ratio.toFixed(2)}`).join(' | ')} | ${growth} | ${last.rssMB} MB | ${last.findings.toLocaleString('en-US')} |`);
}
const file = path.join(ROOT, 'bench/results/shapes.json');
fs.writeFileSync(file, JSON.stringify({ when: new Date().toISOString(), machine: `${os.cpus()[0]?.model.trim()}, ${os.cpus().length} cores, Node ${process.version}`, cli: path.relative(ROOT, cli), runs, results }, null, 2) + '\n');
console.log(`written: ${path.relative(ROOT, file)}`);
