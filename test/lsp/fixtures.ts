import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';

export const LIB = [
  'huashu: 1',
  'shop: 尚米坊',
  'platform: taobao',
  'variables:',
  '  顾客: 买家昵称',
  'scripts:',
  '  - id: courier',
  '    title: 快递问题',
  '    scenario: logistics',
  '    stage: handling',
  '    reply: "亲,是快递给发错地方了哦"',
  '  - id: greet',
  '    title: 问候',
  '    scenario: pre-sales',
  '    stage: opening',
  '    reply: 亲爱的{顾客},您好{客户}',
  '    repyl: x',
  '',
].join('\n');

export const CONFIG = ['phrases:', '  - pattern: 亲爱的', '    replacement: 您', '    message: 本店不用“亲爱的”', ''].join('\n');

export const OTHER = ['huashu: 1', 'scripts:', '  - id: courier', '    reply: 您好', ''].join('\n');

export interface Workspace { root: string; rootUri: string; lib: string; libUri: string; other: string; otherUri: string; config: string; configUri: string }

const made: string[] = [];

/** Removes every workspace `makeWorkspace` made (the suites' clients stopped first). */
export function removeWorkspaces(): void {
  for (const root of made.splice(0)) fs.rmSync(root, { recursive: true, force: true });
}

export function makeWorkspace(): Workspace {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'huashu-lsp-')));
  made.push(root);
  const lib = path.join(root, 'lib.huashu.yaml');
  const other = path.join(root, 'sub', 'other.huashu.yaml');
  const config = path.join(root, 'huashu.config.yaml');
  fs.mkdirSync(path.join(root, 'sub'));
  fs.mkdirSync(path.join(root, 'node_modules', 'x'), { recursive: true });
  fs.writeFileSync(path.join(root, 'node_modules', 'x', 'skip.huashu.yaml'), OTHER);
  fs.writeFileSync(lib, LIB);
  fs.writeFileSync(other, OTHER);
  fs.writeFileSync(config, CONFIG);
  const u = (p: string): string => pathToFileURL(p).href;
  return { root, rootUri: u(root), lib, libUri: u(lib), other, otherUri: u(other), config, configUri: u(config) };
}

export function lineOf(text: string, needle: string): { line: number; character: number } {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) { const c = lines[i].indexOf(needle); if (c >= 0) return { line: i, character: c }; }
  throw new Error(`not found: ${needle}`);
}
