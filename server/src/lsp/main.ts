/**
 * `huashu-language-server --stdio` (or --node-ipc, --socket=<port>, --pipe=<name>, as
 * vscode-languageserver reads them from the command line).
 */
// first: the young generation's size is fixed before the other modules allocate their tables
import '../node/heap-sizing';
// then: V8 optimises later while the process is young (short runs end before it would pay)
import '../node/warm-up';
import { createConnection, ProposedFeatures, StreamMessageWriter } from 'vscode-languageserver/node';
import { cachingJsonEncoder } from './json-encoder';
import { startServer } from './server';

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write('huashu-language-server 0.1.0\n');
} else if (args.includes('--help') || args.includes('-h') || !args.some((a) => /^--(stdio|node-ipc|socket|pipe)/.test(a))) {
  process.stdout.write('用法：huashu-language-server --stdio | --node-ipc | --socket=<端口> | --pipe=<名称>\n话术库检查的语言服务器（Language Server Protocol）。\n');
  if (!args.includes('--help') && !args.includes('-h')) process.exitCode = 2;
} else if (args.includes('--stdio')) {
  // stdio with the server's own encoder (diagnostics encoded once, see json-encoder.ts). Given
  // streams, the library does not redirect the console itself: nothing may write to stdout but
  // the protocol, so console output goes to stderr (clients show it in the server's log).
  for (const k of ['log', 'info', 'debug', 'warn', 'error', 'trace', 'dir'] as const) {
    console[k] = (...a: unknown[]): void => { process.stderr.write(`${a.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(' ')}\n`); };
  }
  const writer = new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: cachingJsonEncoder });
  startServer(createConnection(ProposedFeatures.all, process.stdin, writer as unknown as NodeJS.WritableStream));
} else {
  startServer(createConnection(ProposedFeatures.all));
}
