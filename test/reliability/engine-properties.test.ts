/**
 * Properties of the engine over generated and mutated libraries (fast-check):
 * - it never throws, and every range lies inside the document, text findings inside agent text;
 * - findings are the same for LF, CRLF and BOM variants of the same text (positions shifted);
 * - fixes are idempotent, touch only flagged agent text (or a stale directive comment), and the
 *   fixed file parses to the same structure.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { fixAll, lintText, parseLibrary, RULES_BY_ID, LintResult } from '../../server/src/engine';

const PHRASES = [
  '亲,是快递给发错地方了哦', '这不是我们的错', '你考虑好了随时M我哈', '亲,非常抱歉给您添麻烦了,我马上为您补发', '爱买不买',
  '全网最低价,绝对正品', '您好,欢迎光临', '请找快递公司索赔', '特价商品不开发票', '加我微信', '{顾客}您好', '{未声明}', '擦拭一下屏幕',
  '第一时间为您处理', '我只是个小小的客服', '您为什么不早说', '😀', '「您说快递慢」', "it's", '"引号"', '\\', '#', ': ', '- ',
];
const phrase = fc.constantFrom(...PHRASES);
const reply = fc.array(phrase, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
const scenario = fc.constantFrom('pre-sales', 'after-sales', 'complaint', 'logistics', 'review', 'other');
const stage = fc.constantFrom('opening', 'inquiry', 'handling', 'invite-review', 'closing');
const style = fc.constantFrom('plain', 'dq', 'sq', 'literal', 'folded', 'list', 'flow');

function scalar(r: string, st: string, indent: string): string[] {
  switch (st) {
    case 'plain': return [/^[-?:,[\]{}#&*!|>'"%@`\s]|: |:$| #|\s$/.test(r) ? JSON.stringify(r) : r];
    case 'dq': return [JSON.stringify(r)];
    case 'sq': return [`'${r.replace(/'/g, "''")}'`];
    case 'literal': return ['|', `${indent}  ${r}`];
    case 'folded': return ['>-', `${indent}  ${r}`, `${indent}  ${r}`];
    case 'list': return ['', `${indent}  - ${JSON.stringify(r)}`, `${indent}  - ${JSON.stringify(r.slice(0, 5))}`];
    default: return [`[${JSON.stringify(r)}]`];
  }
}

const library = fc.array(fc.record({ reply, style, scenario, stage, customer: fc.option(phrase), directive: fc.boolean() }), { minLength: 1, maxLength: 6 })
  .map((scripts) => {
    const lines = ['huashu: 1', 'platform: taobao', 'variables:', '  顾客: 昵称', 'scripts:'];
    scripts.forEach((s, k) => {
      lines.push(`  - id: s${k}`, `    scenario: ${s.scenario}`, `    stage: ${s.stage}`);
      if (s.customer) lines.push(`    customer: ${JSON.stringify(s.customer)}`);
      if (s.directive) lines.push('    # huashu-disable-next-line no-blame-courier');
      const [first, ...rest] = scalar(s.reply, s.style, '    ');
      lines.push(`    reply: ${first}`.trimEnd(), ...rest);
    });
    return lines.join('\n') + '\n';
  });

/** A mutation: insert, delete or replace a few characters anywhere (the file may stop being valid). */
const mutated = fc.tuple(library, fc.array(fc.tuple(fc.nat(), fc.nat(4), fc.constantFrom('', ' ', '\n', '"', "'", ':', '- ', '\t', '\0', '\uFFFD', '#', '{', '[', '|', '\r')), { maxLength: 4 }))
  .map(([text, edits]) => {
    let t = text;
    for (const [at, del, ins] of edits) { const p = at % (t.length + 1); t = t.slice(0, p) + ins + t.slice(p + del); }
    return t;
  });

function agentSpans(r: LintResult): [number, number][] {
  return r.library.scripts.flatMap((s) => s.turns.map((t): [number, number] => [t.span.start, t.span.end]));
}

function checkRanges(r: LintResult): void {
  const spans = agentSpans(r);
  for (const f of r.findings) {
    assert.ok(f.start >= 0 && f.start <= f.end && f.end <= r.text.length, `${f.ruleId} range ${f.start}-${f.end} outside 0-${r.text.length}`);
    const meta = RULES_BY_ID.get(f.ruleId)?.meta;
    if (meta && (meta.scope === 'text' || meta.scope === 'context') && f.end > f.start) {
      assert.ok(spans.some(([a, b]) => f.start >= a && f.end <= b), `${f.ruleId} «${r.text.slice(f.start, f.end)}» is not inside agent text`);
    }
    if (f.fix) assert.ok(f.fix.range[0] >= 0 && f.fix.range[0] <= f.fix.range[1] && f.fix.range[1] <= r.text.length);
  }
}

const key = (r: LintResult) => r.findings.map((f) => {
  const a = r.lines.positionAt(f.start);
  const b = r.lines.positionAt(f.end);
  return `${f.ruleId}|${f.severity}|${f.message}|${a.line}:${a.character}-${b.line}:${b.character}|${f.fix?.text ?? ''}`;
});

function structure(text: string): unknown {
  const lib = parseLibrary(text.replace(/^\uFEFF/, ''));
  return lib.scripts.map((s) => [s.id, s.scenario, s.stage, s.customer, s.notes, s.title, s.tags, s.turns.length]);
}

describe('engine properties (generated and mutated libraries)', function () {
  this.timeout(120000);

  it('never throws; every range lies in the document, text findings inside agent text', () => {
    fc.assert(fc.property(fc.oneof(library, mutated), (text) => {
      const r = lintText(text);
      assert.deepStrictEqual(r.ruleErrors, []);
      checkRanges(r);
    }), { numRuns: 400 });
  });

  it('same findings for LF, CRLF and BOM variants (positions in lines/characters)', () => {
    fc.assert(fc.property(library, (text) => {
      const lf = key(lintText(text));
      assert.deepStrictEqual(key(lintText(text.replace(/\n/g, '\r\n'))), lf);
      assert.deepStrictEqual(key(lintText('\uFEFF' + text)), lf);
      assert.deepStrictEqual(key(lintText(text.replace(/\n/g, '\r'))), lf);
    }), { numRuns: 150 });
  });

  it('fix-all is idempotent, edits only flagged agent text or stale directives, and keeps the structure', () => {
    fc.assert(fc.property(library, fc.constantFrom('\n', '\r\n'), (lf, eol) => {
      const text = lf.replace(/\n/g, eol);
      const before = lintText(text);
      const fixed = fixAll(text);
      const again = fixAll(fixed.output);
      assert.strictEqual(again.output, fixed.output, 'a second fix-all changes nothing');
      assert.deepStrictEqual(structure(fixed.output), structure(text));
      assert.ok(!fixed.output.includes(eol === '\n' ? '\r' : '\n\n\n'), 'line endings kept');
      const allowed = [...agentSpans(before), ...before.findings.filter((f) => f.ruleId === 'unused-directive' && f.fix).map((f): [number, number] => [f.fix!.range[0], f.fix!.range[1]])];
      // every first-pass fix lies inside agent text or removes a stale directive
      for (const f of before.findings) {
        if (!f.fix) continue;
        assert.ok(allowed.some(([a, b]) => f.fix!.range[0] >= a && f.fix!.range[1] <= b), `${f.ruleId} fix outside agent text`);
      }
      assert.strictEqual(lintText(fixed.output).findings.filter((f) => f.fix).length, 0, 'no fixable finding left');
    }), { numRuns: 150 });
  });
});

describe('engine properties (arbitrary text, mutated hostile corpus)', function () {
  this.timeout(300000);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require('fs') as typeof import('fs');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const path = require('path') as typeof import('path');
  const corpusDir = path.resolve(__dirname, '../../../test/hostile/corpus');
  const corpus = fs.readdirSync(corpusDir).map((f) => fs.readFileSync(path.join(corpusDir, f)).toString('utf8'));
  /** Any UTF-16 units, lone surrogates and controls included, biased towards YAML's syntax. */
  const units = fc.array(fc.oneof(
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    fc.constantFrom('\n', '\r\n', ' ', '  ', '- ', ': ', 'reply: ', 'id: ', 'scripts:\n', '"', "'", '|', '>', '&a ', '*a', '!!', '#', '{', '}', '[', ']', '\uFEFF', '亲', '快递'),
  ), { maxLength: 200 }).map((a) => a.join(''));
  const corpusMutant = fc.tuple(fc.constantFrom(...corpus), fc.array(fc.tuple(fc.nat(), fc.nat(8), fc.integer({ min: 0, max: 0xffff })), { maxLength: 6 }))
    .map(([t, edits]) => {
      let s = t;
      for (const [at, del, c] of edits) { const p = at % (s.length + 1); s = s.slice(0, p) + String.fromCharCode(c) + s.slice(p + del); }
      return s;
    });

  it('never throws on arbitrary text; every range lies in the document', () => {
    fc.assert(fc.property(units, (text) => {
      const r = lintText(text);
      assert.deepStrictEqual(r.ruleErrors, []);
      checkRanges(r);
      fixAll(text);
    }), { numRuns: 500 });
  });

  it('never throws on the mutated hostile corpus; fix-all is idempotent there too', () => {
    fc.assert(fc.property(corpusMutant, (text) => {
      const r = lintText(text);
      assert.deepStrictEqual(r.ruleErrors, []);
      checkRanges(r);
      const once = fixAll(text).output;
      assert.strictEqual(fixAll(once).output, once);
    }), { numRuns: 300 });
  });

  it('the full YAML parser and the fast scanner agree on generated libraries', () => {
    fc.assert(fc.property(library, (text) => {
      const fast = lintText(text);
      const full = lintText(text, { parse: 'full' });
      assert.deepStrictEqual(key(fast), key(full));
    }), { numRuns: 150 });
  });
});
