/**
 * Entry point of the extension-host suite: the module @vscode/test-electron (and code-server's
 * smoke-test driver) loads as `extensionTestsPath`. Runs every `*.test.js` beside it with mocha.
 */
import * as path from 'path';
import * as fs from 'fs';
import * as util from 'util';
import Mocha from 'mocha';

/**
 * In code-server every console line of the workbench reaches the harness through one channel;
 * with HUASHU_EXT_MARK set (scripts/test-ext.mjs sets it) mocha's lines carry a marker so the
 * harness can print them alone on stdout.
 */
const MARK = '\u2063huashu-mocha\u2063';
function markReporterOutput(): void {
  if (!process.env.HUASHU_EXT_MARK) return;
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  const original = base.consoleLog;
  base.consoleLog = (...args: unknown[]) => {
    for (const line of util.format(...args).split('\n')) original(MARK + line);
  };
}

export function run(): Promise<void> {
  markReporterOutput();
  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec', timeout: 60_000, slow: 5_000 });
  const grep = process.env.HUASHU_TEST_GREP;
  if (grep) mocha.grep(grep);
  const dir = __dirname;
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.test.js')).sort()) mocha.addFile(path.join(dir, f));
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} tests failed.`)) : resolve()));
    } catch (e) {
      reject(e);
    }
  });
}
