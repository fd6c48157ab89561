// Loaded with `node --require` into every measured process: on exit, writes the process's peak RSS
// (process.resourceUsage().maxRSS, KB, covers worker threads) to the file named by HUASHU_BENCH_RSS.
const fs = require('fs');
const out = process.env.HUASHU_BENCH_RSS;
if (out && require('worker_threads').isMainThread) {
  process.on('exit', () => { try { fs.writeFileSync(out, String(process.resourceUsage().maxRSS)); } catch { /* ignore */ } });
}
