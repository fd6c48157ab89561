/**
 * Test helpers. `ruleTable` is the table test every rule has: invalid cases name the substring of
 * the reply each finding must underline (its exact range is located by that substring), valid
 * cases are near-misses that must stay clean for that rule.
 */
import * as assert from 'assert';
import { lintText, LintResult, EffectiveConfig, Severity, Finding } from '../server/src/engine';

export interface ScriptInput {
  reply: string | string[];
  scenario?: string;
  stage?: string;
  customer?: string | string[];
  platform?: string;
  shop?: string;
  config?: Partial<EffectiveConfig>;
}

export interface Expected {
  /** Substring of the reply the finding underlines (first occurrence unless `nth`). */
  text: string;
  severity?: Severity;
  nth?: number;
}

export interface InvalidCase extends ScriptInput { expect: Expected[]; name?: string }
export interface ValidCase extends ScriptInput { name?: string }

function q(s: string): string { return JSON.stringify(s); }

/** Builds a one-script library with double-quoted (escaped) agent text. */
export function libraryOf(input: ScriptInput): string {
  const lines = ['huashu: 1'];
  if (input.platform) lines.push(`platform: ${input.platform}`);
  if (input.shop) lines.push(`shop: ${q(input.shop)}`);
  lines.push('scripts:', '  - id: case');
  if (input.scenario) lines.push(`    scenario: ${input.scenario}`);
  if (input.stage) lines.push(`    stage: ${input.stage}`);
  if (input.customer !== undefined) {
    const cs = Array.isArray(input.customer) ? input.customer : [input.customer];
    lines.push('    customer:', ...cs.map((c) => `      - ${q(c)}`));
  }
  if (Array.isArray(input.reply)) lines.push('    reply:', ...input.reply.map((r) => `      - ${q(r)}`));
  else lines.push(`    reply: ${q(input.reply)}`);
  return lines.join('\n') + '\n';
}

export function lintCase(input: ScriptInput): LintResult {
  const config: EffectiveConfig = { rules: {}, phrases: [], allow: [], ...input.config };
  return lintText(libraryOf(input), { config });
}

/** The text a finding underlines. */
export function underlined(r: LintResult, f: Finding): string { return r.text.slice(f.start, f.end); }

/**
 * A corpus reply as a script's `reply` line(s) in one of four scalar styles by `k` (plain where
 * YAML allows it, else double-quoted; single-quoted; literal block; a list of two messages), for
 * the tests that read the real-reply corpus at run time (research-only data, never copied).
 */
export function styledReply(reply: string, k: number): string {
  const plainOk = !/^[-?:,[\]{}#&*!|>'"%@`\s]|: |:$| #|\s$|^(~|null|true|false|[-+]?[0-9.])/i.test(reply);
  switch (k % 4) {
    case 0: return `    reply: ${plainOk ? reply : JSON.stringify(reply)}`;
    case 1: return `    reply: '${reply.replace(/'/g, "''")}'`;
    case 2: return `    reply: |\n      ${reply}`;
    default: return `    reply:\n      - ${JSON.stringify(reply)}\n      - ${JSON.stringify(reply.slice(0, 10))}`;
  }
}

export function ruleTable(ruleId: string, cases: { invalid: InvalidCase[]; valid: ValidCase[] }): void {
  describe(ruleId, () => {
    for (const c of cases.invalid) {
      it(`flags ${c.name ?? q(Array.isArray(c.reply) ? c.reply.join(' / ') : c.reply)}`, () => {
        const r = lintCase(c);
        assert.deepStrictEqual(r.ruleErrors, []);
        const got = r.findings.filter((f) => f.ruleId === ruleId);
        const want = c.expect.map((e) => {
          const all = r.text.split(e.text).length - 1;
          assert.ok(all > 0, `expected text ${q(e.text)} is not in the library`);
          let at = -1;
          const replyStart = r.text.indexOf('reply:');
          for (let k = 0; k <= (e.nth ?? 0); k++) at = r.text.indexOf(e.text, (k === 0 ? replyStart : at + 1));
          return { text: e.text, start: at, end: at + e.text.length, severity: e.severity };
        });
        assert.deepStrictEqual(
          got.map((f) => ({ text: underlined(r, f), start: f.start, end: f.end, ...(want.find((w) => w.start === f.start)?.severity ? { severity: f.severity } : {}) })),
          want.map((w) => ({ text: w.text, start: w.start, end: w.end, ...(w.severity ? { severity: w.severity } : {}) })),
        );
        for (const f of got) assert.match(f.message, /[\u4e00-\u9fff]/, 'message must be Chinese');
      });
    }
    for (const c of cases.valid) {
      it(`accepts ${c.name ?? q(Array.isArray(c.reply) ? c.reply.join(' / ') : c.reply)}`, () => {
        const r = lintCase(c);
        assert.deepStrictEqual(r.ruleErrors, []);
        const got = r.findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.severity} ${underlined(r, f)}`);
        assert.deepStrictEqual(got, []);
      });
    }
  });
}
