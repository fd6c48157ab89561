// The `yaml` package's parseDocument on the library file (what a full-parse lint would pay first).
// usage: node bench/jobs/yaml-parse.mjs library.yaml
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
const { parseDocument } = createRequire(import.meta.url)('yaml');

const doc = parseDocument(fs.readFileSync(process.argv[2], 'utf8'), { keepSourceTokens: true });
console.log(JSON.stringify({ errors: doc.errors.length, scripts: doc.get('scripts')?.items?.length }));
