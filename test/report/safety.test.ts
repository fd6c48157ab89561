/**
 * HTML safety of the report: replies, titles, ids and customer lines with markup render as
 * text, the embedded data cannot close its element, and the CSP allows only our own script.
 */
import * as assert from 'assert';
import { buildReportData, extractEmbedded, renderReportHtml, ReportData } from '../../server/src/cli/report/index';
import { esc, jsonForScript } from '../../server/src/cli/report/escape';
import { cleanTemps } from '../cli/helpers';
import { EVIL_REPLY, evilReport } from './helpers';

describe('report HTML safety', function () {
  this.timeout(30000);
  after(cleanTemps);

  it('escapes text for elements and attributes', () => {
    assert.strictEqual(esc(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    assert.strictEqual(esc(undefined), '');
    const j = jsonForScript({ s: '</script><!-- \u2028 & >' });
    assert.doesNotMatch(j, /[<>&\u2028]/);
    assert.deepStrictEqual(JSON.parse(j), { s: '</script><!-- \u2028 & >' });
  });

  it('renders replies, ids, titles and file names with markup as text', async () => {
    const { html, data } = await evilReport();
    // only our two script elements: the data and the nonce'd sort/filter script
    assert.strictEqual((html.match(/<script/gi) ?? []).length, 2);
    assert.strictEqual((html.match(/<\/script/gi) ?? []).length, 2);
    for (const tag of ['<img', '<iframe', '<b ', '<style>body', '<!--']) assert.ok(!html.includes(tag), `no raw ${tag}`);
    const plain = html.replace(/<sup class="fn">[^<]*<\/sup>/g, '').replace(/<mark [^>]*>|<\/mark>/g, '');
    assert.ok(plain.includes('&lt;script&gt;window.__xss = 1; alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;引号&quot;'), 'the reply is shown as text');
    assert.ok(html.includes('&lt;evil&gt;.huashu.yaml'), 'the file name is escaped');
    // the embedded data gives the original text back
    const back = JSON.parse(extractEmbedded(html)!) as ReportData;
    assert.strictEqual(back.scripts[0].turns[0].messages[0].text, EVIL_REPLY);
    assert.strictEqual(back.scripts[0].id, data.scripts[0].id);
    assert.ok(back.scripts[0].findings.length > 0, 'the evil reply has findings (highlight marks around escaped text)');
  });

  it('has a strict CSP: nothing from outside, only the nonce\'d script', async () => {
    const { html } = await evilReport();
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.ok(csp, 'CSP meta');
    const nonce = /script-src 'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
    assert.ok(nonce, 'script nonce');
    assert.match(csp, /^default-src 'none'; /);
    assert.doesNotMatch(csp, /script-src[^;]*'unsafe-inline'/);
    assert.ok(html.includes(`<script nonce="${nonce}">`));
    const markup = html.replace(/(<script[^>]*>)[\s\S]*?<\/script>/g, '$1</script>').replace(/<style>[\s\S]*?<\/style>/, '<style></style>');
    const tags = markup.match(/<[a-zA-Z][^>]*>/g) ?? [];
    assert.ok(tags.length > 100);
    for (const t of tags) assert.doesNotMatch(t, /\s(src|srcset|on[a-z]+|style)=/i, `no external resource, handler or style attribute: ${t}`);
    assert.doesNotMatch(html, /<link\b/i);
    assert.doesNotMatch(html, /@import|url\(/i);
    const links = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    for (const l of links) assert.match(l, /^(#|https:\/\/github\.com\/huashu-dev\/huashu\/)/, l);
  });

  it('renderReportHtml takes the nonce and a webview\'s CSP source', () => {
    const data = buildReportData([]);
    const html = renderReportHtml(data, { nonce: 'abc123', cspSource: 'https://file+.vscode-resource.vscode-cdn.net' });
    assert.ok(html.includes(`script-src 'nonce-abc123'`));
    assert.ok(html.includes(`<script nonce="abc123">`));
    assert.ok(html.includes(`style-src 'unsafe-inline' https://file+.vscode-resource.vscode-cdn.net`));
    assert.match(html, /<html lang="zh-CN">/);
    assert.match(html, /id="overall-score" data-value="100">100</);
    assert.match(html, /没有话术/);
    const two = renderReportHtml(data);
    assert.notStrictEqual(/nonce-([^']+)/.exec(two)?.[1], /nonce-([^']+)/.exec(renderReportHtml(data))?.[1], 'a fresh nonce each time');
  });
});
