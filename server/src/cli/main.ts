/**
 * Entry of the `huashu` command (bundled to dist/cli.js): wires run() to the process.
 * Output is flushed before exiting, so piped output is never cut short.
 */
// first: the young generation's size is fixed before the other modules allocate their tables
import '../node/heap-sizing';
// then: V8 optimises later while the process is young (short runs end before it would pay)
import '../node/warm-up';
import { run } from './run';
import { UsageError } from './io';
import { decodeUtf8Strict } from '../node/utf8';

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => {
      try { resolve(decodeUtf8Strict(Buffer.concat(chunks))); } catch (e) { reject(new UsageError(`标准输入：${(e as Error).message}`)); }
    });
    process.stdin.on('error', reject);
  });
}

async function main(): Promise<void> {
  const code = await run(process.argv.slice(2), {
    stdout: (s) => { process.stdout.write(s); },
    stderr: (s) => { process.stderr.write(s); },
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    readStdin,
  });
  process.exitCode = code;
}

process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); });

main().catch((e) => {
  process.stderr.write(`huashu：内部错误：${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
});
