// textlint 15 + textlint-rule-prh over the replies (one text file, one reply per line), with a prh
// dictionary generated at run time from the term list and our phrase data (bench/lib/prh-dict.mjs).
// usage: node bench/jobs/textlint.mjs replies.txt prh.yml
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { TextlintKernel } = require('@textlint/kernel');
const interop = (m) => (m && m.__esModule && m.default) || m;
const prh = interop(require('textlint-rule-prh'));
const textPlugin = interop(require('@textlint/textlint-plugin-text'));

const file = path.resolve(process.argv[2]);
const kernel = new TextlintKernel();
const result = await kernel.lintText(fs.readFileSync(file, 'utf8'), {
  filePath: file,
  ext: '.txt',
  plugins: [{ pluginId: 'text', plugin: textPlugin }],
  rules: [{ ruleId: 'prh', rule: prh, options: { rulePaths: [path.resolve(process.argv[3])] } }],
});
console.log(JSON.stringify({ messages: result.messages.length }));
