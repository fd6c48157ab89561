// Runs one measured job in a child process: wall time (spawn to exit, start-up included), peak RSS
// (a --require hook reading process.resourceUsage().maxRSS), stdout. Medians over several runs.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const HOOK = path.join(path.dirname(fileURLToPath(import.meta.url)), 'rss-hook.cjs');

export function runOnce(args, { cwd, env } = {}) {
  const rssFile = path.join(os.tmpdir(), `huashu-bench-rss-${process.pid}-${Date.now()}`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', HOOK, ...args], {
    cwd, env: { ...process.env, ...env, HUASHU_BENCH_RSS: rssFile }, encoding: 'utf8', maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  let rssKB = NaN;
  try { rssKB = Number(fs.readFileSync(rssFile, 'utf8')); fs.unlinkSync(rssFile); } catch { /* no hook output */ }
  if (r.error) throw r.error;
  return { wall, rssMB: rssKB / 1024, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

/** Runs `args` `runs` times (plus one warm-up for the file cache); median wall, max of peak RSS. */
export function measure(args, { runs = 3, cwd, env, okStatus = [0, 1] } = {}) {
  runOnce(args, { cwd, env });
  const all = [];
  for (let i = 0; i < runs; i++) {
    const r = runOnce(args, { cwd, env });
    if (!okStatus.includes(r.status)) throw new Error(`${args.join(' ')} exited ${r.status}\n${r.stderr.slice(0, 2000)}`);
    all.push(r);
  }
  return { wall: median(all.map((r) => r.wall)), walls: all.map((r) => r.wall), rssMB: Math.max(...all.map((r) => r.rssMB)), stdout: all[0].stdout };
}
