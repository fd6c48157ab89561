/**
 * The written report in headless Chromium (Debian's /usr/bin/chromium driven by playwright-core,
 * with fonts-noto-cjk for Chinese): the numbers on the page equal `huashu lint --format json`,
 * nothing is fetched, the CSP lets our script run and blocks nothing of ours, sorting and
 * filtering work, dark mode and print change the look, and screenshots are saved under
 * test-output/report/. If Chromium cannot start, every test here fails with the reason.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Browser, Page } from 'playwright-core';
import { cleanTemps, makeLib } from '../cli/helpers';
import { EVIL_REPLY, evilReport, expected, lintJson, LintJsonFile, OUTPUT, report, SAMPLES } from './helpers';

// the callbacks below run in the page; the project compiles without the DOM library
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;
declare const window: any;
declare function getComputedStyle(e: unknown): any;

const CHROMIUM = process.env.HUASHU_CHROMIUM ?? '/usr/bin/chromium';

async function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`找不到 Chromium：${CHROMIUM}。请安装 Debian 的 chromium 和 fonts-noto-cjk（apt-get install -y chromium fonts-noto-cjk），或用 HUASHU_CHROMIUM 指定可执行文件`);
  }
  const { chromium } = await import('playwright-core');
  try {
    return await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'], headless: true, timeout: 30000 });
  } catch (e) {
    throw new Error(`无法启动 Chromium（${CHROMIUM}）：${(e as Error).message.split('\n')[0]}`);
  }
}

interface Watched { page: Page; requests: string[]; errors: string[]; dialogs: string[] }

/** Opens a file with every request, console error, page error and dialog recorded. */
async function open(browser: Browser, file: string, viewport = { width: 1280, height: 900 }): Promise<Watched> {
  const page = await browser.newPage({ viewport });
  const w: Watched = { page, requests: [], errors: [], dialogs: [] };
  page.on('request', (r) => w.requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') w.errors.push(m.text()); });
  page.on('pageerror', (e) => w.errors.push(String(e)));
  page.on('dialog', (d) => { w.dialogs.push(d.message()); void d.dismiss(); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e: any) => {
      (window as unknown as { __csp: string[] }).__csp = [...((window as unknown as { __csp?: string[] }).__csp ?? []), `${e.violatedDirective} ${e.blockedURI}`];
    });
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return w;
}

const text = (page: Page, sel: string): Promise<string> => page.$eval(sel, (e) => (e.textContent ?? '').trim());
const luminance = (rgb: string): number => {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
};

describe('report in headless Chromium', function () {
  this.timeout(90000);
  let browser: Browser;
  let json: LintJsonFile[];
  let main: Watched;
  const file = path.join(OUTPUT, 'samples.html');

  before(async () => {
    fs.mkdirSync(OUTPUT, { recursive: true });
    browser = await launch();
    json = await lintJson(SAMPLES);
    await report(SAMPLES, file);
    main = await open(browser, file); // one page for the samples' tests (a new page is slow on a busy machine)
  });
  after(async () => { await browser?.close(); cleanTemps(); });

  it('shows the overall score, script count and per-rule counts of huashu lint --format json', async () => {
    const { page, errors } = main;
    const e = expected(json);
    assert.strictEqual(await text(page, '#overall-score'), String(e.score));
    assert.strictEqual(await text(page, '#finding-count'), String(e.findings));
    const scripts = json.length ? Number(await text(page, '#script-count')) : 0;
    assert.strictEqual(scripts, await page.$$eval('#scripts-table tbody tr', (rows) => rows.length));
    // per-rule counts, read from the bars of the chart as displayed
    const shown = await page.$$eval('#chart-rules svg g.row', (gs) => gs.map((g) => [g.getAttribute('data-rule') ?? '', (g.querySelector('text.val')?.textContent ?? '').trim()] as [string, string]));
    assert.deepStrictEqual(new Map(shown.map(([id, n]) => [id, Number(n)])), e.rules);
    // and the same in the rules table and in the table of scripts
    const table = await page.$$eval('#rules-table tbody tr', (rows) => rows.map((r) => [r.getAttribute('data-rule'), Number(r.querySelector('td.count')?.textContent)]));
    assert.deepStrictEqual(new Map(table as [string, number][]), e.rules);
    const perScript = await page.$$eval('#scripts-table tbody td.findings', (tds) => tds.reduce((n, td) => n + Number(td.textContent), 0));
    const fileLevel = await page.$$eval('#files-table ol.findings li', (lis) => lis.length);
    assert.strictEqual(perScript + fileLevel, e.findings);
    // file scores
    const files = await page.$$eval('#files-table tbody tr', (rows) => rows.map((r) => [r.getAttribute('data-file'), Number(r.querySelectorAll('td')[1].textContent)]));
    assert.deepStrictEqual(files, json.map((f) => [f.filePath, f.score]));
    assert.deepStrictEqual(errors, []);
  });

  it('renders Chinese with a CJK font', async () => {
    // a page of its own: Chromium 150 fetches the document again for the CSS domain, which would
    // show in the main page's request log
    const { page } = await open(browser, file);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const names = fonts.map((f) => f.familyName);
    assert.ok(names.some((n) => /CJK|Han|PingFang|YaHei|WenQuanYi|Hei|Song/i.test(n)), `话术库检查报告 is drawn with ${names.join(', ')}: install fonts-noto-cjk`);
    await page.close();
  });

  it('makes no network request and runs its script under the CSP', async () => {
    const { page, requests, errors } = main;
    assert.deepStrictEqual(requests, [pathToFileURL(file).href], 'only the file itself is loaded');
    await page.reload({ waitUntil: 'load' });
    assert.deepStrictEqual(requests, [pathToFileURL(file).href, pathToFileURL(file).href], 'nothing on reload either');
    assert.deepStrictEqual(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []), [], 'no CSP violation');
    assert.strictEqual(await page.$eval('#script-controls', (e) => (e as any).hidden), false, 'the nonce\'d script ran');
    assert.deepStrictEqual(errors, []);
  });

  it('sorts and filters the table of scripts, worst first by default', async () => {
    const { page } = main;
    const scores = (): Promise<number[]> => page.$$eval('#scripts-table tbody tr:not([hidden])', (rows) => rows.map((r) => Number(r.getAttribute('data-score'))));
    const initial = await scores();
    assert.deepStrictEqual(initial, [...initial].sort((a, b) => a - b), 'worst first');
    await page.click('#scripts-table th[data-key="score"] button');
    assert.deepStrictEqual(await scores(), [...initial].sort((a, b) => a - b));
    await page.click('#scripts-table th[data-key="score"] button');
    assert.deepStrictEqual(await scores(), [...initial].sort((a, b) => b - a));
    assert.strictEqual(await page.getAttribute('#scripts-table th[data-key="score"]', 'aria-sort'), 'descending');
    await page.click('#scripts-table th[data-key="findings"] button');
    const findings = await page.$$eval('#scripts-table tbody tr', (rows) => rows.map((r) => Number(r.getAttribute('data-findings'))));
    assert.deepStrictEqual(findings, [...findings].sort((a, b) => b - a), 'most findings first');

    // filter by rule: the rows are the scripts the rule's row counts
    const rule = await page.$eval('#rules-table tbody tr', (r) => ({ id: r.getAttribute('data-rule')!, scripts: Number(r.querySelectorAll('td')[7].textContent) }));
    await page.selectOption('#f-rule', rule.id);
    assert.strictEqual((await scores()).length, rule.scripts);
    assert.strictEqual(await text(page, '#shown-count'), String(rule.scripts));
    await page.click('#f-reset');
    assert.deepStrictEqual(await scores(), initial, 'reset restores the worst-first order');
    await page.fill('#f-text', '发错货');
    const found = await page.$$eval('#scripts-table tbody tr:not([hidden])', (rows) => rows.map((r) => r.textContent ?? ''));
    assert.ok(found.length > 0 && found.every((t) => t.includes('发错货')));
    await page.fill('#f-text', '');
    await page.selectOption('#f-sev', 'clean');
    assert.ok((await page.$$eval('#scripts-table tbody tr:not([hidden])', (rows) => rows.map((r) => r.getAttribute('data-findings')))).every((n) => n === '0'));
    await page.click('#f-reset');
  });

  it('is readable in light and dark mode (screenshots)', async () => {
    const { page } = main;
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await page.$eval('body', (b) => getComputedStyle(b).backgroundColor);
    assert.ok(luminance(light) > 0.9, `light background ${light}`);
    await page.screenshot({ path: path.join(OUTPUT, 'report-light.png'), fullPage: true });
    await page.screenshot({ path: path.join(OUTPUT, 'report-light-top.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await page.$eval('body', (b) => getComputedStyle(b).backgroundColor);
    const fg = await page.$eval('body', (b) => getComputedStyle(b).color);
    assert.ok(luminance(dark) < 0.15 && luminance(fg) > 0.7, `dark: ${fg} on ${dark}`);
    const svgText = await page.$eval('#chart-rules svg text.label', (t) => getComputedStyle(t).fill);
    assert.ok(luminance(svgText) > 0.7, `chart labels follow the theme: ${svgText}`);
    await page.screenshot({ path: path.join(OUTPUT, 'report-dark.png'), fullPage: true });
    await page.screenshot({ path: path.join(OUTPUT, 'report-dark-top.png') });
    await page.$eval('#scripts', (e) => e.scrollIntoView());
    await page.screenshot({ path: path.join(OUTPUT, 'report-dark-scripts.png') });
  });

  it('has a print stylesheet (screenshot and PDF)', async () => {
    const { page } = main;
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    assert.strictEqual(await page.$eval('#script-controls', (e) => getComputedStyle(e).display), 'none');
    assert.strictEqual(await page.$eval('nav.toc', (e) => getComputedStyle(e).display), 'none');
    assert.ok(luminance(await page.$eval('body', (b) => getComputedStyle(b).backgroundColor)) > 0.9, 'prints on white even in dark mode');
    await page.screenshot({ path: path.join(OUTPUT, 'report-print.png'), fullPage: true });
    const pdf = await page.pdf({ path: path.join(OUTPUT, 'report.pdf'), format: 'A4', printBackground: true });
    assert.ok(pdf.length > 10000);
  });

  it('shows the changes against a previous report', async () => {
    const dir = makeLib({});
    fs.cpSync(SAMPLES, dir, { recursive: true });
    await report(dir, 'before.html');
    const lib = path.join(dir, 'bad-examples.huashu.yaml');
    fs.writeFileSync(lib, fs.readFileSync(lib, 'utf8').replace('亲的货被快递公司遗失了,请找快递公司索赔', '非常抱歉给您添麻烦了,包裹的事情由我们来和快递公司交涉,我马上为您补发'));
    const out = path.join(OUTPUT, 'compare.html');
    const { data } = await report(dir, out, ['--compare', 'before.html']);
    const { page, requests } = await open(browser, out);
    assert.strictEqual(await text(page, '#overall-score'), String(data.summary.score));
    const delta = await page.getAttribute('#score-delta', 'data-delta');
    assert.strictEqual(Number(delta), data.summary.score - data.compare!.before.score!);
    assert.match(await text(page, '#h-compare'), /^与 before\.html 比较/);
    const row = await page.$eval('#compare-table tr[data-metric="findings"]', (r) => [...r.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim()));
    assert.deepStrictEqual(row.slice(0, 2), [String(data.compare!.before.findings), String(data.summary.findings)]);
    assert.ok(data.summary.findings < data.compare!.before.findings!, 'fewer findings after the fix');
    assert.strictEqual(requests.length, 1);
    await page.$eval('#compare', (e) => e.scrollIntoView());
    await page.screenshot({ path: path.join(OUTPUT, 'compare.png') });
  });

  it('shows a reply with <script> as text and runs none of it', async () => {
    const { file: evil } = await evilReport();
    const { page, dialogs, requests, errors } = await open(browser, evil);
    assert.deepStrictEqual(dialogs, []);
    assert.strictEqual(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    const msgs = await page.$$eval('.msg', (ps) => ps.map((p) => {
      const copy = p.cloneNode(true) as any;
      copy.querySelectorAll('sup').forEach((s: any) => s.remove());
      return copy.textContent;
    }));
    assert.ok(msgs.includes(EVIL_REPLY), 'the reply reads exactly as written');
    assert.ok(await page.$eval('.msg', (p) => p.querySelectorAll('mark').length > 0), 'with its findings highlighted');
    assert.strictEqual(await page.$$eval('img, iframe, b', (x) => x.length), 0);
    assert.deepStrictEqual(requests, [pathToFileURL(evil).href]);
    assert.deepStrictEqual(errors, []);
    await page.$eval('#scripts', (e) => e.scrollIntoView());
    await page.screenshot({ path: path.join(OUTPUT, 'escaping.png') });
  });

  it('fits a narrow window', async () => {
    const { page } = main;
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
    await page.setViewportSize({ width: 420, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `the page scrolls sideways by ${overflow}px`);
    await page.screenshot({ path: path.join(OUTPUT, 'report-narrow.png') });
    await page.$eval('#scripts', (e) => e.scrollIntoView());
    await page.screenshot({ path: path.join(OUTPUT, 'report-narrow-scripts.png') });
  });
});
