/** Every rule's identity and metadata: ids unique and kebab-case, Chinese texts, docs pages. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ALL_RULES } from '../../server/src/engine';
import { compilePattern } from '../../server/src/engine/match/pattern';
import { LEXICONS, literals } from '../../server/src/engine/rules/lexicons';

const root = path.resolve(__dirname, '../../..');
const CJK = /[\u4e00-\u9fff]/;

describe('rule registry', () => {
  it('ids are unique and kebab-case', () => {
    const ids = ALL_RULES.map((r) => r.meta.id);
    assert.deepStrictEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
    for (const id of ids) assert.match(id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  /** Rules the platform term list carries and the catalog lacks (added on purpose, see rules/k-platform-contact). */
  const BEYOND_CATALOG = new Set(['no-off-platform-contact', 'no-review-incentive']);

  it('catalog ids are used exactly (every catalog rule id we ship is in the catalog index)', () => {
    const catalog = path.resolve(root, '../shared/spec/rule-catalog.md');
    if (!fs.existsSync(catalog)) return assert.ok(ALL_RULES.length > 0);
    const text = fs.readFileSync(catalog, 'utf8');
    for (const r of ALL_RULES) {
      if (r.meta.category === 'format' || BEYOND_CATALOG.has(r.meta.id)) continue;
      assert.ok(text.includes(`\`${r.meta.id}\``), `${r.meta.id} is not a catalog id`);
    }
  });

  for (const r of ALL_RULES) {
    it(`${r.meta.id}: Chinese title, message and docs; valid triggers`, () => {
      const m = r.meta;
      assert.match(m.title, CJK);
      assert.match(m.message, CJK);
      assert.match(m.docs.why, CJK);
      assert.ok(m.docs.bad.length > 0 && m.docs.good.length > 0, 'docs need bad and good examples');
      for (const t of r.triggers ?? []) {
        assert.doesNotThrow(() => compilePattern(t.pattern), t.pattern);
        if (t.message) assert.match(t.message, CJK);
      }
      if (m.category === 'G') assert.ok(m.penalty === undefined || m.penalty > 0);
    });
  }

  it('every shared lexicon is read by some rule (an unread one only costs every scan its hits)', () => {
    const rulesDir = path.join(root, 'server/src/engine/rules');
    const sources = fs.readdirSync(rulesDir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && path.basename(f) !== 'lexicons.ts')
      .map((f) => fs.readFileSync(path.join(rulesDir, f), 'utf8'))
      .join('\n');
    const unread = Object.keys(LEXICONS).filter((name) => !new RegExp(`['"\`]@${name}['"\`]`).test(sources));
    assert.deepStrictEqual(unread, []);
    assert.ok(Object.keys(LEXICONS).length >= 10);
  });

  it('every built-in phrase compiles (a pattern that does not compile would be silently skipped)', () => {
    const { getMatcher } = require('../../server/src/engine/match/cache');
    assert.deepStrictEqual(getMatcher({ allow: [], phrases: [] }).errors, []);
  });

  it('every rule has its docs page, generated from its metadata (npm run docs)', () => {
    const { renderRuleDoc } = require('../../scripts/gen-docs');
    for (const r of ALL_RULES) {
      const file = path.join(root, 'docs/rules', `${r.meta.id}.md`);
      assert.ok(fs.existsSync(file), `docs/rules/${r.meta.id}.md is missing: run npm run docs`);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), renderRuleDoc(r), `docs/rules/${r.meta.id}.md is stale: run npm run docs`);
    }
  });
});

describe('literals (the cross product of word lists as whole literals)', () => {
  it('joins one word of each list, in order, into one alternation', () => {
    assert.strictEqual(literals(['转'], ['相关', '有关'], ['人员', '部门']), '(转相关人员|转相关部门|转有关人员|转有关部门)');
  });
  it('keeps an empty word as the part left out', () => {
    assert.strictEqual(literals(['反馈'], ['', '给'], ['财务']), '(反馈财务|反馈给财务)');
  });
  it('compiles as a pattern anchored on those literals', () => {
    const p = compilePattern(`(已经|已)${literals(['转'], ['相关'], ['人员'])}(跟进|处理)`);
    const anchor = p.segments[p.anchor];
    assert.deepStrictEqual(anchor.kind === 'alt' ? anchor.alts : [], ['转相关人员']);
  });
});
