import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { EXTENSION_ID, workspaceUri } from './helpers';

describe('JSON Schemas (yamlValidation)', () => {
  const root = () => vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath;
  const schema = (name: string) => JSON.parse(fs.readFileSync(path.join(root(), 'schemas', name), 'utf8'));
  const ajv = new Ajv({ strict: false, allErrors: true });

  it('are contributed for libraries and the team config', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root(), 'package.json'), 'utf8'));
    const urls = pkg.contributes.yamlValidation.map((v: { url: string }) => v.url);
    assert.deepStrictEqual(urls, ['./schemas/huashu.schema.json', './schemas/huashu-config.schema.json']);
  });

  it('accept the good fixtures and reject an unknown key', async () => {
    const validate = ajv.compile(schema('huashu.schema.json'));
    const read = async (n: string) => parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(n))));
    assert.ok(validate(await read('chat.huashu.yaml')), JSON.stringify(validate.errors));
    assert.ok(!validate(await read('bad.huashu.yaml')));
    assert.ok(validate.errors?.some((e) => e.keyword === 'additionalProperties' && (e.params as { additionalProperty?: string }).additionalProperty === 'repyl'));
  });

  it('check the team config, with every rule id offered', () => {
    const s = schema('huashu-config.schema.json');
    const validate = ajv.compile(s);
    assert.ok(validate(parse('extends: [huashu:recommended]\nrules:\n  no-blame-courier: warning\nphrases:\n  - pattern: 亲爱的\n    replacement: 亲\n')), JSON.stringify(validate.errors));
    assert.ok(!validate(parse('rules:\n  no-blame-courier: loud\n')));
    assert.ok(!validate(parse('extnds: []\n')));
    for (const id of ['no-blame-courier', 'unknown-key', 'undeclared-variable']) assert.ok(s.properties.rules.properties[id], id);
  });
});
