import * as assert from 'assert';
import { fixAll, lintText } from '../../server/src/engine';
import { closes, covers, readDirectives, suppressedFindings, type Directive, type DirectiveKind } from '../../server/src/engine/directives';
import { LineIndex } from '../../server/src/engine/line-index';
import { parseLibrary } from '../../server/src/engine/parse/library';

const BAD = '亲,是快递给发错地方了哦';
function lib(body: string): string { return `huashu: 1\nscripts:\n${body}`; }
const ids = (t: string): string[] => lintText(t).findings.map((f) => f.ruleId).filter((id) => id === 'no-blame-courier' || id === 'unused-directive');

describe('inline directives', () => {
  it('disable-next-line covers the reply below, including a multi-line block', () => {
    const t = lib(`  - id: a\n    # huashu-disable-next-line no-blame-courier -- 测试\n    reply: |\n      您好\n      ${BAD}\n`);
    assert.deepStrictEqual(ids(t), []);
  });

  it('disable-next-line above a script item covers the whole script', () => {
    const t = lib(`  # huashu-disable-next-line\n  - id: a\n    reply: ${BAD}\n  - id: b\n    reply: ${BAD}\n`);
    assert.deepStrictEqual(ids(t), ['no-blame-courier']);
  });

  it('disable … enable is a region; disable-file covers everything', () => {
    const t = lib(`# huashu-disable no-blame-courier\n  - id: a\n    reply: ${BAD}\n# huashu-enable no-blame-courier\n  - id: b\n    reply: ${BAD}\n`);
    assert.deepStrictEqual(ids(t), ['no-blame-courier']);
    assert.deepStrictEqual(ids(`# huashu-disable-file\n${lib(`  - id: a\n    reply: ${BAD}\n`)}`), []);
  });

  it('a directive that suppresses nothing is reported, with a fix removing it', () => {
    const t = lib(`  - id: a\n    # huashu-disable-next-line no-blame-courier\n    reply: 您好\n`);
    const r = lintText(t);
    const f = r.findings.find((x) => x.ruleId === 'unused-directive')!;
    assert.ok(f);
    assert.strictEqual(r.text.slice(f.start, f.end), 'no-blame-courier');
    assert.deepStrictEqual(f.tags, ['unnecessary']);
    assert.ok(f.fix);
    const fixed = r.text.slice(0, f.fix!.range[0]) + f.fix!.text + r.text.slice(f.fix!.range[1]);
    assert.strictEqual(fixed, lib(`  - id: a\n    reply: 您好\n`));
  });

  it('an unused id is underlined where the directive names it (the last time when twice), not in its reason; a directive without ids whole', () => {
    // (the positions are read again from the comment: directives no longer keep them)
    const t = lib(`  - id: a\n    # huashu-disable-next-line  prefer-nin-over-ni,no-blame-courier no-such-rule prefer-nin-over-ni -- no-such-rule 的说明\n    reply: ${BAD}\n`
      + `  - id: b\n    #huashu-disable-next-line -- 无\n    reply: 您好\n`);
    const r = lintText(t);
    const unused = r.findings.filter((f) => f.ruleId === 'unused-directive');
    const line = t.indexOf('# huashu-disable-next-line  prefer');
    const named = (id: string, nth: number): number => { let at = line; for (let k = 0; k <= nth; k++) at = t.indexOf(id, at + (k ? 1 : 0)); return at; };
    assert.deepStrictEqual(unused.map((f) => [f.start, r.text.slice(f.start, f.end)]), [
      [named('prefer-nin-over-ni', 1), 'prefer-nin-over-ni'], [named('prefer-nin-over-ni', 1), 'prefer-nin-over-ni'], [named('no-such-rule', 0), 'no-such-rule'],
      [t.indexOf('#huashu-disable-next-line -- 无'), '#huashu-disable-next-line -- 无'],
    ].sort((x, y) => (x[0] as number) - (y[0] as number)));
    // the one that suppressed a finding is not reported, and the two directives' uses are their own
    assert.ok(!unused.some((f) => r.text.slice(f.start, f.end) === 'no-blame-courier'));
  });

  it('a file with a YAML syntax error: no directive is called unused, and fix-all keeps them', () => {
    // the directive's script may be unread; fix-all removed such directives with their explanation
    const directive = '  # huashu-disable-next-line service-flow-complete -- 售中只有催付这一条';
    const t = lib(`  - id: a\n    reply: 您好\n ${BAD}\n${directive}\n  - id: b\n    reply: 您好\n`);
    const r = lintText(t);
    assert.ok(r.findings.some((f) => f.ruleId === 'yaml-syntax'));
    assert.ok(!r.findings.some((f) => f.ruleId === 'unused-directive'));
    assert.ok(fixAll(t).output.includes(directive));
    // once the file reads again, the same directive is judged
    assert.ok(lintText(t.replace(` ${BAD}\n`, '')).findings.some((f) => f.ruleId === 'unused-directive'));
  });

  it('a # inside agent text is not a directive', () => {
    const t = lib(`  - id: a\n    reply: "您好 # huashu-disable-file"\n  - id: b\n    reply: ${BAD}\n`);
    assert.deepStrictEqual(ids(t), ['no-blame-courier']);
  });

  it('an unknown rule id in a directive is reported as unused', () => {
    const r = lintText(lib(`  - id: a\n    # huashu-disable-next-line no-such-rule\n    reply: 您好\n`));
    const f = r.findings.find((x) => x.ruleId === 'unused-directive')!;
    assert.match(f.message, /no-such-rule/);
  });

  it('suppresses what every directive that covers a finding would, and marks each one used as that does, in one pass', () => {
    // the plain definition: every finding looked at every directive
    const plain = (ds: Directive[], fs: { ruleId: string; start: number }[], ok: (k: number) => boolean): Uint8Array => fs.map((f, k) => {
      let hit = 0;
      if (ok(k)) for (const d of ds) if (covers(d, f.ruleId, f.start)) { d.used.add(d.ids.length ? f.ruleId : '*'); hit = 1; }
      return hit;
    }).reduce((a, v, k) => { a[k] = v; return a; }, new Uint8Array(fs.length));
    let seed = 20261205;
    // (the generator's high bits: its low ones repeat in short cycles)
    const rnd = (n: number): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 16) % n; };
    const RULES = ['a', 'b', 'c', 'd'];
    const KINDS: DirectiveKind[] = ['disable-next-line', 'disable', 'enable', 'disable-file'];
    for (let round = 0; round < 300; round++) {
      const size = 50 + rnd(500);
      // (every other round many directives, most of them reaching far: many cover each finding)
      const spec = Array.from({ length: round % 2 ? rnd(12) : rnd(60) }, () => {
        const from = rnd(size);
        return { kind: KINDS[rnd(4)], ids: RULES.filter(() => rnd(3) === 0), from, to: rnd(4) === 0 ? from - rnd(5) : from + rnd(size) };
      });
      const make = (): Directive[] => spec.map((x) => ({ ...x, ids: [...x.ids], span: { start: x.from, end: x.from + 1 }, used: new Set<string>() }));
      const findings = Array.from({ length: rnd(60) }, () => ({ ruleId: RULES[rnd(4)], start: rnd(size) }));
      const ok = (k: number): boolean => k % 7 !== 3;
      const mine = make();
      const theirs = make();
      assert.deepStrictEqual(suppressedFindings(mine, findings, ok), plain(theirs, findings, ok), `round ${round}`);
      assert.deepStrictEqual(mine.map((d) => [...d.used].sort()), theirs.map((d) => [...d.used].sort()), `round ${round}: used`);
    }
  });

  it('ends each region at the first enable after it that closes it, in one pass', () => {
    let seed = 20261207;
    // (the generator's high bits: its low ones repeat in short cycles)
    const rnd = (n: number): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 16) % n; };
    const RULES = ['no-blame-courier', 'no-exaggeration', 'polite-requests'];
    for (let round = 0; round < 200; round++) {
      const lines = Array.from({ length: 1 + rnd(40) }, () => {
        const kind = ['disable', 'enable', 'disable', 'enable', 'disable-next-line', 'disable-file'][rnd(6)];
        return `# huashu-${kind} ${RULES.filter(() => rnd(3) === 0).join(' ')}`.trimEnd();
      });
      const text = `${lines.join('\nx: 1\n')}\n`;
      const list = readDirectives(text, new LineIndex(text), [], () => 0);
      assert.strictEqual(list.length, lines.length);
      list.forEach((d, i) => {
        if (d.kind !== 'disable') return;
        // the plain definition: the first directive after it that closes it
        const e = list.slice(i + 1).find((x) => closes(x, d));
        assert.strictEqual(d.to, e ? e.span.start : text.length, `round ${round}, directive ${i}: ${lines.join(' | ')}`);
      });
    }
  });

  it('reads the directives in comments, never one inside a quoted scalar, among many of both', () => {
    let seed = 20261209;
    const rnd = (n: number): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 16) % n; };
    for (let round = 0; round < 40; round++) {
      let text = 'huashu: 1\nscripts:\n';
      const expected: number[] = [];
      for (let i = 0; i < 60; i++) {
        if (rnd(3) === 0) { expected.push(text.length + 2); text += '  # huashu-disable-next-line no-blame-courier\n'; }
        text += `  - id: s${i}\n`;
        const kind = rnd(4);
        if (kind === 0) text += '    reply: "您好 # huashu-disable no-blame-courier # huashu-enable"\n'; // text, not a comment
        else if (kind === 1) text += rnd(2) ? "    reply: '在的 # huashu-enable'\n" : '    reply: |\n      在的 # huashu-disable\n      # huashu-enable no-blame-courier\n';
        else if (kind === 2) { text += '    reply: 您好'; expected.push(text.length + 1); text += ' # huashu-disable-next-line prefer-nin-over-ni\n'; }
        else text += '    reply: 好的\n';
      }
      const lib = parseLibrary(text);
      const got = readDirectives(text, new LineIndex(text), lib.scalarSpans, () => 0).map((d) => d.span.start);
      assert.deepStrictEqual(got, expected, `round ${round}`);
      // the same from the spans as plain objects, in any order
      const spans = [...lib.scalarSpans].reverse();
      assert.deepStrictEqual(readDirectives(text, new LineIndex(text), spans, () => 0).map((d) => d.span.start), expected);
    }
  });

  it('a directive above each of many scripts covers its own script only', () => {
    const body = Array.from({ length: 400 }, (_, k) => `${k % 2 ? '' : '  # huashu-disable-next-line no-blame-courier -- 测试\n'}  - id: s${k}\n    reply: ${BAD}\n`).join('');
    const r = lintText(lib(body));
    const blamed = r.findings.filter((f) => f.ruleId === 'no-blame-courier').map((f) => f.scriptId);
    assert.deepStrictEqual(blamed, Array.from({ length: 200 }, (_, k) => `s${2 * k + 1}`));
    assert.ok(!r.findings.some((f) => f.ruleId === 'unused-directive'));
  });
});
