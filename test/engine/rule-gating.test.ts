/**
 * The engine skips the rules listed in rule-gating.ts on turns where they have no hits, and keeps
 * one hit per scan of the owners whose hits are read only for whether there are any. That must
 * never change a finding: lint the real-reply corpus (read at run time from ../shared, never
 * copied) and every rule's documented examples, in every scenario and stage, with customer lines,
 * once with the gating and once running every rule on every turn, and require identical results.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ALL_RULES, lintText, LintResult, SCENARIOS, STAGES } from '../../server/src/engine';
import { HIT_GATED, PRESENCE_ONLY, setRuleGating } from '../../server/src/engine/rule-gating';
import { getMatcher } from '../../server/src/engine/match/cache';
import { LEXICONS } from '../../server/src/engine/rules/lexicons';

const corpusDir = path.resolve(__dirname, '../../../../shared/research/corpus');

function summary(r: LintResult): string {
  return JSON.stringify({ f: r.findings, s: r.scripts.map((s) => [s.id, s.card]), score: r.score });
}

function bothWays(text: string): void {
  setRuleGating(false);
  let reference: string;
  try { reference = summary(lintText(text)); } finally { setRuleGating(true); }
  assert.strictEqual(summary(lintText(text)), reference);
}

function library(replies: string[], customers: string[], offset: number): string {
  const lines = ['huashu: 1', 'shop: 尚米坊', 'platform: taobao', 'scripts:'];
  replies.forEach((reply, k) => {
    const i = offset + k;
    lines.push(`  - id: r${i}`, `    scenario: ${SCENARIOS[i % SCENARIOS.length]}`, `    stage: ${STAGES[Math.floor(i / SCENARIOS.length) % STAGES.length]}`);
    if (i % 3 !== 2) lines.push(`    customer: ${JSON.stringify(customers[(i * 7) % customers.length])}`);
    lines.push(`    reply: ${JSON.stringify(reply)}`);
  });
  return lines.join('\n') + '\n';
}

describe('rule gating (rules run only on turns with their own hits)', () => {
  it('lists only rules that exist and have triggers and a check', () => {
    for (const id of HIT_GATED) {
      const r = ALL_RULES.find((x) => x.meta.id === id);
      assert.ok(r, `${id} is not a rule`);
      assert.ok(r!.check && r!.triggers?.length, `${id} needs triggers and a check to be gated`);
    }
  });

  it('lists as presence-only owners only rules with triggers and lexicons that exist', () => {
    for (const owner of PRESENCE_ONLY) {
      if (owner.startsWith('@')) assert.ok(owner.slice(1) in LEXICONS, `${owner} is not a lexicon`);
      else assert.ok(ALL_RULES.find((x) => x.meta.id === owner)?.triggers?.length, `${owner} is not a rule with triggers`);
    }
  });

  it('a presence-only owner keeps its first hit per scan, every hit without the gating', () => {
    const matcher = getMatcher({ allow: [], phrases: [] });
    // 您 and 呢 are courtesy-vocabulary's (presence-only); 请 is @POLITE's, whose positions are read
    const text = '您好，请您稍等呢，请问您还需要什么呢';
    const first = matcher.scan(text, 'taobao', true);
    const all = matcher.scan(text, 'taobao', false);
    assert.strictEqual(first.get('courtesy-vocabulary')?.length, 1);
    assert.ok((all.get('courtesy-vocabulary')?.length ?? 0) >= 5);
    assert.strictEqual(first.get('@POLITE')?.length, all.get('@POLITE')?.length);
    assert.ok((all.get('@POLITE')?.length ?? 0) >= 2);
  });

  it('every rule’s documented examples, in every scenario and stage: identical findings', function () {
    this.timeout(120000);
    const examples = ALL_RULES.flatMap((r) => [...r.meta.docs.bad, ...r.meta.docs.good]).map((x) => x.replace(/\t/g, ' '));
    for (let i = 0; i < examples.length; i += 500) bothWays(library(examples.slice(i, i + 500), examples, i));
  });

  it('the real-reply corpus, in every scenario and stage, with customer lines: identical findings', function () {
    this.timeout(300000);
    assert.ok(fs.existsSync(corpusDir), `corpus not found at ${corpusDir}`);
    const corpus = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt'))
      .flatMap((f) => fs.readFileSync(path.join(corpusDir, f), 'utf8').split('\n').filter(Boolean)).map((x) => x.replace(/\t/g, ' '));
    assert.ok(corpus.length > 10000);
    for (let i = 0; i < corpus.length; i += 2000) bothWays(library(corpus.slice(i, i + 2000), corpus, i));
  });
});
