/**
 * The block layout's items taken whole before they are read (parse/fast-scan.ts `ItemChunk`,
 * `ScriptItemSkip`; the CLI's `--cache` takes a script whose item's text it knows, script-cache.ts):
 * a library read with some items taken from an earlier reading — each item's skeleton and issues
 * moved to where its chunk now stands — must be the library read whole: the same scripts (spans,
 * head spans, id spans, fields), the same issues, the same top-level keys. Only items the earlier
 * reading marked `next` (another item follows, the scan stopped where the layout says) are taken.
 */
import * as assert from 'assert';
import { parseLibrary, skeletonOf } from '../../server/src/engine/parse/library';
import type { Library, Script, StructuralIssue } from '../../server/src/engine/parse/library';
import type { ItemChunk } from '../../server/src/engine/parse/fast-scan';

interface Known { script: Script; issues: StructuralIssue[]; chunkStart: number }

/** Reads a library whole, and records the items that may be taken later, by their chunk's text. */
function readWhole(text: string): { lib: Library; known: Map<string, Known>; chunks: ItemChunk[] } {
  const chunks: ItemChunk[] = [];
  const lib = parseLibrary(text, {
    scalarSpans: false,
    onScript: (s, chunk) => { chunks.push(chunk!); return skeletonOf(s); },
    takeScript: () => undefined,
  });
  const known = new Map<string, Known>();
  if (lib.scripts.length === chunks.length) {
    lib.scripts.forEach((s, i) => {
      const c = chunks[i];
      if (!c?.next) return;
      const issues = lib.issues.filter((x) => x.scriptIndex === i);
      known.set(text.slice(c.start, c.end), { script: s, issues, chunkStart: c.start });
    });
  }
  return { lib, known, chunks };
}

/** Reads a library taking every item whose chunk's text is known; how many it took. */
function readTaking(text: string, known: Map<string, Known>): { lib: Library; taken: number } {
  let taken = 0;
  const lib = parseLibrary(text, {
    scalarSpans: false,
    onScript: (s) => skeletonOf(s),
    takeScript: (start, end, index) => {
      const k = known.get(text.slice(start, end));
      if (!k) return undefined;
      taken++;
      const d = start - k.chunkStart;
      const at = (sp: { start: number; end: number }) => ({ start: sp.start + d, end: sp.end + d });
      const s = k.script;
      return {
        script: { ...s, index, span: at(s.span), headSpan: at(s.headSpan), idSpan: s.idSpan && at(s.idSpan) },
        issues: k.issues.map((x) => ({ ...x, ...at(x), scriptIndex: index })),
      };
    },
  });
  return { lib, taken };
}

function view(lib: Library): unknown {
  return {
    scripts: lib.scripts.map((s) => ({ index: s.index, id: s.id, idSpan: s.idSpan, title: s.title, scenario: s.scenario, stage: s.stage, span: s.span, headSpan: s.headSpan })),
    issues: lib.issues,
    keys: [...lib.keySpans],
    header: [lib.version, lib.platform, lib.shop, [...lib.variables]],
  };
}

const HEAD = 'huashu: 1\nplatform: taobao\nvariables:\n  单号: 快递单号\nscripts:\n';

/** Layouts around and between items where a script's span, or the scan's end, depends on what follows. */
const LIBRARIES = [
  `${HEAD}  - id: a\n    reply: 您好\n  - id: b\n    reply: 亲\n  - id: c\n    reply: 好的\n`,
  // comments between items, at the dashes' column, deeper, shallower; blank lines
  `${HEAD}  - id: a\n    reply: 您好\n    # deeper\n\n  # at the dashes\n# at zero\n  - id: b\n    reply: 亲\n      # deepest\n  - id: c\n    reply: 好的\n`,
  // an empty last value with a comment on its line or after it: the span ends at the next dash
  `${HEAD}  - id: a\n    reply: 您好\n    notes: # 空\n  - id: b\n    title:\n    # 注释\n  - id: c\n    reply:\n  - id: d\n    reply: 好的\n`,
  // a scalar item, a flow item, an item without an id, an unknown key
  `${HEAD}  - id: a\n    reply: 您好\n  - 只是一句话\n  - {id: f, reply: 亲}\n  - reply: 没有编号\n    colour: red\n  - id: e\n    scenario: nonsense\n    reply: 好的\n`,
  // nested lists, block scalars, tags, alternatives
  `${HEAD}  - id: a\n    tags: [x, y]\n    reply:\n      - 您好\n      - 请稍等\n  - id: b\n    reply: |\n      多行\n\n      回复\n  - id: c\n    alternatives:\n    - 好的\n    - 嗯\n  - id: d\n    reply: >-\n      折叠\n      回复\n`,
  // the items at column 0; a top-level key after the list
  'huashu: 1\nscripts:\n- id: a\n  reply: 您好\n- id: b\n  reply: 亲\nshop: 店\n',
  // duplicate ids, CRLF line breaks
  `${HEAD}  - id: a\n    reply: 您好\n  - id: a\n    reply: 您好\n  - id: b\n    reply: 亲\n`.replace(/\n/g, '\r\n'),
  // an anchor and an alias on scalars (read by the scanner since 2026-12-05)
  `${HEAD}  - id: a\n    reply: &r 您好\n  - id: b\n    reply: *r\n  - id: c\n    reply: 好的\n`,
];

/** Libraries the fast scanner leaves to the full parser: no item is offered, none is taken. */
const FULL = [
  `${HEAD}  -\n    id: a\n    reply: 您好\n  - id: b\n    reply: 亲\n  - id: c\n    reply: 好的\n`,
  `${HEAD}  - id: a\n    reply: !!str 您好\n  - id: b\n    reply: 亲\n  - id: c\n    reply: 好的\n`,
];

describe('items taken whole before they are read (the block layout)', () => {
  it('reads every library as it reads it whole, with every item it may take taken', () => {
    for (const text of LIBRARIES) {
      const whole = readWhole(text);
      const { lib, taken } = readTaking(text, whole.known);
      assert.deepStrictEqual(view(lib), view(whole.lib), text);
      assert.strictEqual(taken, whole.chunks.filter((c) => c.next).length, text);
    }
    // the layouts offer items to take, and keep back those that may not be taken
    const counts = LIBRARIES.map((t) => [readWhole(t).known.size, readWhole(t).chunks.filter((c) => c !== undefined).length]);
    assert.ok(counts.every(([k, n]) => k > 0 && k < n), JSON.stringify(counts));
    for (const text of FULL) {
      const whole = readWhole(text);
      assert.deepStrictEqual([whole.known.size, whole.chunks.filter((c) => c !== undefined).length, whole.lib.scripts.length], [0, 0, 3]);
    }
  });

  it('marks an item that an empty last value with a comment ends at the next dash, and takes it there', () => {
    const text = LIBRARIES[2];
    const whole = readWhole(text);
    const b = whole.lib.scripts.find((s) => s.id === 'b')!;
    // the span runs over the comment to the next item's dash, past the chunk's end (the spaces before the dash)
    assert.strictEqual(text.slice(b.span.end, b.span.end + 7), '- id: c');
    assert.ok(whole.chunks[1].next && whole.chunks[1].end < b.span.end);
    const moved = text.replace('scripts:\n', 'scripts:\n  - id: new\n    reply: 新的\n');
    const { lib, taken } = readTaking(moved, whole.known);
    assert.deepStrictEqual(view(lib), view(readWhole(moved).lib));
    assert.strictEqual(taken, whole.chunks.filter((c) => c.next).length);
  });

  it('gives what a whole reading gives after each of many random edits', () => {
    let seed = 20261207;
    const rnd = (n: number): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed % n; };
    const snippets = ['\n', '  - id: x\n    reply: 新\n', '# 注释\n', '    # 深\n', '"', ':', '  ', '-', ' #', 'reply:', '\r\n', '- ', '{', '}'];
    let taken = 0;
    let edits = 0;
    for (const base of LIBRARIES) {
      for (let k = 0; k < 150; k++) {
        const whole = readWhole(base);
        const start = base.indexOf('scripts:') + 9;
        const at = start + rnd(base.length - start);
        const text = rnd(3) === 0 ? base.slice(0, at) + base.slice(at + 1 + rnd(8)) : base.slice(0, at) + snippets[rnd(snippets.length)] + base.slice(at);
        const got = readTaking(text, whole.known);
        assert.deepStrictEqual(view(got.lib), view(readWhole(text).lib), JSON.stringify(text));
        taken += got.taken;
        edits++;
      }
    }
    assert.ok(taken > edits / 2, `items taken (${taken} in ${edits} edits)`);
  });
});
