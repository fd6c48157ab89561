/**
 * Load: 50 documents open in the bundled server (a subprocess over stdio, loopback only), changed
 * concurrently with random incremental edits for HUASHU_LOAD_SECONDS (default 30 s, what CI runs),
 * with hovers, code actions and symbol requests mixed in. Then:
 * - nothing is lost: once the server has linted each document's final version, the diagnostics
 *   the client holds (its last publish: a version whose list is the one held, in place, is not
 *   published again) equal a fresh lintText of its final text (the client's mirror of the text,
 *   updated with the same edits);
 * - the server answered every request in time and is alive;
 * - memory is flat: the server's RSS is sampled every second; after a warm-up (the first quarter)
 *   the mean of the last third of the samples must be within 30 % (+16 MB of allocator slack) of
 *   the mean of the first third. The documents' sizes are kept within bounds, so growth is a leak.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SEVERITIES, emptyConfig, lintText, resolveConfig } from '../../server/src/engine';
import { idsOfText } from '../../server/src/lsp/workspace';
import { ServerProcess, within } from './server-process';
import { seededRandom } from '../../scripts/seeded-random';

const SECONDS = Number(process.env.HUASHU_LOAD_SECONDS ?? 30);
const DOCS = 50;


function initial(k: number): string {
  const L = ['huashu: 1', 'platform: taobao', 'variables:', '  顾客: 昵称', 'scripts:'];
  for (let i = 0; i < 12; i++) {
    L.push(`  - id: d${k}-s${i}`, `    scenario: ${i % 3 ? 'logistics' : 'complaint'}`, '    customer: 我的快递怎么还没到');
    if (i % 4 === 0) L.push('    reply:', '      - 亲,快递弄丢了', '      - 好的 {顾客}{未知}');
    else L.push(`    reply: "亲爱的{顾客},是快递给发错地方了哦 ${i}"`);
    if (i % 5 === 0) L.push('    repyl: x');
  }
  return L.join('\n') + '\n';
}

const PIECES = (k: number): string[] => ['x', '\n', `  - id: d${k}-n\n    reply: 快递的问题\n`, '"', ' ', '快递弄坏了', '{顾客}', '# huashu-disable-next-line\n', '\n  - ', ':',
  'reply: 是快递弄丢了', '\n    alternatives:\n      - 哦', '  ', '- ', '#', '\n    stage: closing', '亲爱的', '非常抱歉,我马上为您补发', '\r\n', '您好'];

const SEV: Record<string, number> = { error: 1, warning: 2, info: 3 };

function rssMb(pid: number): number | undefined {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch { return undefined; }
}

describe(`load: ${DOCS} documents changed concurrently for ${SECONDS} s`, function () {
  this.timeout((SECONDS + 240) * 1000);

  it('loses nothing, answers every request, and keeps memory flat', async () => {
    const random = seededRandom(Number(process.env.HUASHU_LOAD_SEED ?? 20240601));
    const server = await ServerProcess.start({ initializationOptions: { debounceMs: 150 }, nodeArgs: ['--max-old-space-size=1024'] });
    const pid = server.child.pid!;
    const docs = Array.from({ length: DOCS }, (_, k) => ({ k, uri: `untitled:load-${k}.huashu.yaml`, doc: TextDocument.create(`untitled:load-${k}.huashu.yaml`, 'huashu', 1, initial(k)) }));
    for (const d of docs) await server.open(d.uri, d.doc.getText());

    const samples: number[] = [];
    const sampler = setInterval(() => { const r = rssMb(pid); if (r !== undefined) samples.push(r); }, 1000);
    let edits = 0;
    let requests = 0;
    /** Each request's time from sending to its answer, ms (the edits before it are queued ahead of it). */
    const latencies: number[] = [];
    const pending: Promise<unknown>[] = [];
    const end = Date.now() + SECONDS * 1000;
    try {
      while (Date.now() < end) {
        for (let burst = 0; burst < 10; burst++) {
          const d = docs[Math.floor(random() * DOCS)];
          const changes: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[] = [];
          const n = random() < 0.2 ? 2 : 1;
          // a scratch copy to place the second change of a batch (update() mutates its document)
          let mirror = TextDocument.create(d.uri, 'huashu', 0, d.doc.getText());
          for (let c = 0; c < n; c++) {
            const t = mirror.getText();
            const at = Math.floor(random() * (t.length + 1));
            // keep every document between ~1 KB and ~12 KB: growth must come from a leak, not the input
            const del = t.length > 12000 ? Math.floor(random() * 400) : t.length < 1000 ? 0 : Math.floor(random() * 6);
            const pieces = PIECES(d.k);
            const ins = t.length > 12000 ? '' : pieces[Math.floor(random() * pieces.length)];
            const range = { start: mirror.positionAt(at), end: mirror.positionAt(Math.min(t.length, at + del)) };
            changes.push({ range, text: ins });
            mirror = TextDocument.update(mirror, [{ range, text: ins }], mirror.version + 1);
          }
          d.doc = TextDocument.update(d.doc, changes, d.doc.version + 1);
          const v = await server.change(d.uri, changes);
          assert.strictEqual(v, d.doc.version);
          edits++;
          if (random() < 0.05) {
            const pos = d.doc.positionAt(Math.floor(random() * d.doc.getText().length));
            const doc = { textDocument: { uri: d.uri } };
            const which = Math.floor(random() * 3);
            requests++;
            const sent = Date.now();
            const answered = (): void => { latencies.push(Date.now() - sent); };
            pending.push((which === 0 ? server.request('textDocument/hover', { ...doc, position: pos }, 20000)
              : which === 1 ? server.request('textDocument/codeAction', { ...doc, range: { start: pos, end: pos }, context: { diagnostics: [] } }, 20000)
                : server.request('textDocument/documentSymbol', doc, 20000)).then(answered));
          }
        }
        await new Promise((r) => setTimeout(r, 5));
        assert.ok(server.alive, `the server died under load\n${server.stderr.slice(-2000)}`);
      }
      await Promise.all(pending);
    } finally { clearInterval(sampler); }

    // nothing lost: each document's final diagnostics are those of its final text
    const config = resolveConfig(emptyConfig(), '', DEFAULT_SEVERITIES);
    const ids = new Map(docs.map((d) => [d.uri, idsOfText(d.doc.getText())]));
    let compared = 0;
    for (const d of docs) {
      const p = await server.held(d.uri, d.doc.version, 60000);
      const externalIds = new Map<string, string>();
      for (const o of docs) if (o !== d) for (const id of ids.get(o.uri)!.keys()) if (!externalIds.has(id)) externalIds.set(id, o.uri);
      const r = lintText(d.doc.getText(), { config, externalIds });
      // cross-document duplicate-id messages name the other document by its label: compare code and range
      const key = (code: unknown, range: unknown, sev: unknown, message: string): string => `${String(code)}|${JSON.stringify(range)}|${String(sev)}|${code === 'duplicate-id' ? '' : message}`;
      const expected = r.findings.map((f) => key(f.ruleId, { start: r.lines.positionAt(f.start), end: r.lines.positionAt(f.end) }, SEV[f.severity], f.message)).sort();
      const got = p.diagnostics.map((x) => key(x.code, x.range, x.severity, String(x.message))).sort();
      assert.deepStrictEqual(got, expected, `${d.uri} v${d.doc.version}: published diagnostics differ from a fresh lint of the final text`);
      compared += got.length;
    }
    assert.ok(server.alive);
    const rss = samples.slice(Math.floor(samples.length / 4));
    const third = Math.max(1, Math.floor(rss.length / 3));
    const mean = (a: number[]): number => a.reduce((s, x) => s + x, 0) / a.length;
    const first = mean(rss.slice(0, third));
    const last = mean(rss.slice(-third));
    latencies.sort((a, b) => a - b);
    const answeredIn = `answered in p50 ${latencies[Math.floor(latencies.length / 2)] ?? 0} ms, max ${latencies[latencies.length - 1] ?? 0} ms`;
    const report = `${edits} edits (${(edits / SECONDS).toFixed(0)}/s), ${requests} requests (${answeredIn}), ${server.publishCount} publishes, ${compared} diagnostics compared; RSS first third ${first.toFixed(1)} MB, last third ${last.toFixed(1)} MB, max ${Math.max(...samples).toFixed(1)} MB over ${samples.length} samples`;
    console.log(`      load: ${report}`);
    if (rss.length >= 6) assert.ok(last <= first * 1.3 + 16, `memory grows under load: ${report}`);
    assert.strictEqual(await server.stop(), 0, 'clean exit after shutdown');
    void within;
  });
});
