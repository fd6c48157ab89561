/**
 * `huashu-language-server --stdio` (or --node-ipc, --socket=<port>, --pipe=<name>, as
 * vscode-languageserver reads them from the command line).
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write('huashu-language-server 0.1.0\n');
} else if (args.includes('--help') || args.includes('-h') || !args.some((a) => /^--(stdio|node-ipc|socket|pipe)/.test(a))) {
  process.stdout.write('用法：huashu-language-server --stdio | --node-ipc | --socket=<端口> | --pipe=<名称>\n话术库检查的语言服务器（Language Server Protocol）。\n');
  if (!args.includes('--help') && !args.includes('-h')) process.exitCode = 2;
} else {
  startServer(createConnection(ProposedFeatures.all));
}
