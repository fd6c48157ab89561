/**
 * The `yaml` package's parse errors reach leads in Chinese, with what to do: each kind of mistake a
 * lead makes in a library, and every error that random damage to the samples makes the parser
 * report, has a message of its own (none falls back to the parser's English).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from 'yaml';
import { lintText, parseConfig } from '../../server/src/engine';
import { yamlErrorText } from '../../server/src/engine/parse/yaml-errors';

const SAMPLES = path.resolve(__dirname, '../../../samples');
const HEAD = 'huashu: 1\nplatform: jd\nscripts:\n';

/** The yaml-syntax messages of a library, as the linter reports them. */
function syntaxMessages(text: string): string[] {
  return lintText(text, {}).findings.filter((f) => f.ruleId === 'yaml-syntax').map((f) => f.message);
}

/** A message with the parser's English in it (a word of four Latin letters or more, beyond keys and examples). */
const english = (m: string): boolean => /[A-Za-z]{4,}/.test(m.replace(/title: "注意: 待改"|reply: 您好|\b(?:id|reply|YAML)\b/g, ''));

describe('YAML syntax errors in Chinese', () => {
  const cases: [string, string, RegExp][] = [
    ['a quote left open', `${HEAD}  - id: a\n    reply: "您好\n`, /^YAML 语法错误：双引号没有闭合：请在值的末尾补上 "/],
    ['a single quote left open', `${HEAD}  - id: a\n    reply: '您好\n`, /单引号没有闭合/],
    ['a colon and a space in a plain value', `${HEAD}  - id: a\n    title: 注意: 待改\n    reply: 您好\n`, /这个值里又出现了“: ”.*请给整个值加上引号，例如 title: "注意: 待改"/],
    ['a key without its colon', `${HEAD}  - id: a\n    reply 您好\n    scenario: logistics\n`, /一个键跨了多行：多半是某一行少了冒号/],
    ['a key and value without a space', `${HEAD}  - id: a\n    reply:您好\n`, /这一行缺少“: ”|无法识别|多出了/],
    ['a key indented deeper than the one above', `${HEAD}  - id: a\n     reply: 您好\n    scenario: logistics\n`, /请让它与上面的键对齐/],
    ['keys of a script not aligned', `${HEAD}  - id: a\n    reply: 您好\n   scenario: logistics\n`, /请与它的其他键对齐/],
    ['a tab as indentation', `${HEAD}  - id: a\n\treply: 您好\n`, /Tab/],
    ['a key twice', `${HEAD}  - id: a\n    reply: 您好\n    reply: 好的\n`, /同一层里的键重复了/],
    ['two documents', `${HEAD}  - id: a\n    reply: 您好\n---\nhuashu: 1\n`, /多个 YAML 文档/],
    ['a value that starts with @', `${HEAD}  - id: a\n    reply: @店小二 您好\n`, /不加引号的值不能以“@”开头：请给整个值加上引号/],
    ['a bad escape', `${HEAD}  - id: a\n    reply: "C:\\新建"\n`, /双引号里的“\\新”不是有效的转义/],
    ['a bracket left open', `${HEAD}  - id: a\n    tags: [物流, 催单\n    reply: 您好\n`, /左方括号“\[”没有闭合/],
    ['text after a closing quote', `${HEAD}  - id: a\n    reply: "您好"呀\n`, /值后面多出了文字/],
  ];
  for (const [what, text, re] of cases) {
    it(`${what}: a Chinese message that says how to mend it`, () => {
      const ms = syntaxMessages(text);
      assert.ok(ms.length > 0, `${what}: no yaml-syntax finding`);
      assert.ok(ms.some((m) => re.test(m)), `${what}: ${JSON.stringify(ms)}`);
      for (const m of ms) {
        assert.ok(m.startsWith('YAML 语法错误：') && m.endsWith('（请修正格式，否则本文件的话术无法检查）'), m);
        assert.ok(!english(m), `${what}: English left in ${m}`);
      }
    });
  }

  it('every error the parser reports for randomly damaged samples has a message of its own', () => {
    const texts = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.huashu.yaml')).sort().map((f) => fs.readFileSync(path.join(SAMPLES, f), 'utf8'));
    const pieces = ['"', "'", ':', ': ', '- ', '\t', '#', '{', '}', '[', ']', ',', '|', '>', '&a ', '*a', '!x ', '@', '`', '%', '\\', '\n', '  ', '? ', '---\n', '...\n', 'a: b: c', '"\\q"', '|x', '&', '*', '%YAML 1.2\n', '- - ', '&a &b ', '!a !b '];
    let seed = 11;
    const rnd = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    const kinds = new Set<string>();
    const fallbacks = new Set<string>();
    for (let i = 0; i < 4000; i++) {
      let t = texts[rnd(texts.length)];
      for (let k = 0; k < 1 + rnd(3); k++) { const at = rnd(t.length); t = t.slice(0, at) + pieces[rnd(pieces.length)] + t.slice(at); }
      for (const e of parseDocument(t, { prettyErrors: false, strict: false }).errors) {
        const first = e.message.split('\n')[0].trim();
        const zh = yamlErrorText(e.code, e.message);
        kinds.add(zh);
        if (zh.endsWith(`，解析器原文：${first}`) || english(zh)) fallbacks.add(`${e.code}: ${first}`);
      }
    }
    assert.deepStrictEqual([...fallbacks], []);
    assert.ok(kinds.size >= 30, `only ${kinds.size} kinds of error met`);
  });

  it('in a config file too', () => {
    const { problems } = parseConfig('rules:\n  no-blame-courier: warning\n phrases: [\n', ['no-blame-courier']);
    assert.ok(problems.length > 0);
    for (const p of problems) assert.ok(p.message.startsWith('配置文件 YAML 语法错误：') && !english(p.message), p.message);
  });

  it('a message it does not know: described by its code, the English kept after it', () => {
    assert.strictEqual(yamlErrorText('BAD_INDENT', 'Something new\nat line 3'), '缩进不对，解析器原文：Something new');
    assert.strictEqual(yamlErrorText(undefined, 'Unheard of'), '格式无法读取，解析器原文：Unheard of');
    assert.strictEqual(yamlErrorText('UNEXPECTED_TOKEN', 'Unexpected flow-map-end token in YAML stream: "}"'), '这里多出了右花括号“}”，它不属于任何键：请检查缩进；值里有 : # - [ ] { } , 等符号时，请给整个值加上引号');
  });
});
