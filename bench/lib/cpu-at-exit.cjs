/**
 * Preload (`node -r ./bench/lib/cpu-at-exit.cjs …`): at exit, appends the process's CPU time (user
 * and system, all its threads: the GC's helpers and the compiler's included) in seconds to the
 * file $HUASHU_CPU_FILE. bench/ab.mjs reads it: less disturbed by other work on the machine than
 * wall time.
 */
const fs = require('node:fs');
process.on('exit', () => {
  const file = process.env.HUASHU_CPU_FILE;
  if (!file) return;
  const u = process.cpuUsage();
  fs.appendFileSync(file, `${(u.user + u.system) / 1e6}\n`);
});
