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
  // (maxRSS is in KiB; MB here are 10^6 bytes, the goal's unit: until the forty-fourth round the
  // figures labelled MB were MiB, KiB / 1,024, 4.9 % lower)
  return { wall, rssMB: (rssKB * 1024) / 1e6, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

/**
 * Measures several jobs interleaved: one warm-up run of each (for the file cache), then rounds in
 * which every job that still needs a run runs once, in order. A busy minute of a shared machine
 * then falls on all the jobs of a size alike instead of on the one that happened to run then, and
 * the ratios between them (what the goals are stated in) hold better. Per job: median wall, max of
 * peak RSS. `jobs`: { args, runs, before? } each (`before`: called before each of its runs, the
 * warm-up too, untimed); returns the results in the same order.
 */
export function measureAll(jobs, { cwd, env, okStatus = [0, 1], onRun } = {}) {
  for (const j of jobs) { j.before?.(); runOnce(j.args, { cwd, env }); }
  const all = jobs.map(() => []);
  const rounds = Math.max(...jobs.map((j) => j.runs));
  for (let r = 0; r < rounds; r++) {
    jobs.forEach((j, k) => {
      if (r >= j.runs) return;
      onRun?.(j, r);
      j.before?.();
      const res = runOnce(j.args, { cwd, env });
      if (!okStatus.includes(res.status)) throw new Error(`${j.args.join(' ')} exited ${res.status}\n${res.stderr.slice(0, 2000)}`);
      all[k].push(res);
    });
  }
  return all.map((rs) => ({ wall: median(rs.map((x) => x.wall)), walls: rs.map((x) => x.wall), rssMB: Math.max(...rs.map((x) => x.rssMB)), stdout: rs[0].stdout }));
}
