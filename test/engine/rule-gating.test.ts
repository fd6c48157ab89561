/**
 * The engine skips the rules listed in rule-gating.ts on turns where they have no hits. That must
 * never change a finding: lint the real-reply corpus (read at run time from ../shared, never
 * copied) and every rule's documented examples, in every scenario and stage, with customer lines,
 * once with the gating and once running every rule on every turn, and require identical results.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ALL_RULES, lintText, LintResult, SCENARIOS, STAGES } from '../../server/src/engine';
import { HIT_GATED, setRuleGating } from '../../server/src/engine/rule-gating';

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
