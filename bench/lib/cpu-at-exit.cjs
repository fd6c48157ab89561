/**
 * Preload (`node -r ./bench/lib/cpu-at-exit.cjs …`): at exit, appends the process's CPU time (user
 * and system, all its threads: the GC's helpers and the compiler's included) in seconds and its
 * peak RSS in MB of 10^6 bytes (`maxRSS`, KiB) to the file $HUASHU_CPU_FILE, one line a run.
 * bench/ab.mjs reads it: CPU time is less disturbed by other work on the machine than wall time.
 */
const fs = require('node:fs');
process.on('exit', () => {
  const file = process.env.HUASHU_CPU_FILE;
  if (!file) return;
  const u = process.cpuUsage();
  fs.appendFileSync(file, `${(u.user + u.system) / 1e6} ${(process.resourceUsage().maxRSS * 1024) / 1e6}\n`);
});
