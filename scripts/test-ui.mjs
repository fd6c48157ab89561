// Browser-level test: drives code-server's workbench in headless Chromium as a person would.
// Opens a bad sample, waits for the Problems panel to list the expected rule ids, applies a
// quick fix from the lightbulb, opens the preview, and saves screenshots (editor with squiggles,
// preview; light and dark themes) under test-output/screenshots/.
// Called by scripts/test-ext.mjs with the running code-server; prints mocha-like lines.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const RULES = ['no-blame-courier', 'unknown-key', 'undeclared-variable'];
const STEP_MS = 30_000;

export async function runUiTest({ server, dir, browser, workbenchUrl, root, log, locale }) {
  // Our commands' titles in the run's display language.
  const nls = JSON.parse(readFileSync(join(root, /^zh/i.test(locale ?? '') ? 'package.nls.zh-cn.json' : 'package.nls.json'), 'utf8'));
  const ourCommand = (key) => `Huashu: ${nls[key]}`;
  const shots = join(root, 'test-output/screenshots');
  mkdirSync(shots, { recursive: true });
  // A fresh copy of the fixtures (the extension-host suite edited its own).
  const workspace = join(dir.tmp, 'ui-workspace');
  cpSync(join(root, 'test/extension/fixtures/workspace'), workspace, { recursive: true });
  const settingsFile = join(dir.userData, 'User/settings.json');
  const setTheme = (theme) => {
    const s = JSON.parse(readFileSync(settingsFile, 'utf8'));
    s['workbench.colorTheme'] = theme;
    s['editor.fontFamily'] = "'Droid Sans Mono', 'monospace', 'Noto Sans Mono CJK SC', monospace";
    s['editor.fontSize'] = 14;
    s['workbench.editor.enablePreview'] = false;
    s['editor.lightbulb.enabled'] = 'on';
    // sticky scroll draws the enclosing script's first line over the editor's top lines, where the
    // line a Problems row reveals can land: its lightbulb is then under it (a CI run's click was
    // intercepted so)
    s['editor.stickyScroll.enabled'] = false;
    s['editor.hover.delay'] = 200;
    writeFileSync(settingsFile, JSON.stringify(s, null, 2));
  };
  setTheme('Default Light Modern');

  const results = [];
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_MS);
  const step = async (name, fn) => {
    const t = Date.now();
    try {
      await fn();
      results.push({ name, ok: true });
      process.stdout.write(`    ✔ ${name} (${Date.now() - t}ms)\n`);
    } catch (e) {
      results.push({ name, ok: false, error: e });
      process.stdout.write(`    ✗ ${name}\n`);
      await page.screenshot({ path: join(shots, `failure-${results.length}.png`) }).catch(() => undefined);
      throw e;
    }
  };
  const problemsText = () => page.locator('.markers-panel').innerText().catch(() => '');
  const openPalette = async () => {
    const input = page.locator('.quick-input-widget input');
    for (const keys of ['F1', 'Control+Shift+P', 'F1']) {
      await page.keyboard.press('Escape');
      // Focus the workbench (not a webview) before the keybinding.
      const bar = await page.locator('.part.statusbar').boundingBox().catch(() => null);
      if (bar) await page.mouse.click(bar.x + bar.width * 0.42, bar.y + bar.height / 2);
      await page.keyboard.press(keys);
      if (await input.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false)) return input;
    }
    throw new Error('the command palette did not open');
  };
  const command = async (title) => {
    const input = await openPalette();
    await input.fill(`>${title}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
    await page.keyboard.press('Enter');
  };
  const openFile = async (name) => {
    await command('Go to File');
    await page.locator('.quick-input-widget input').fill(name);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
    await page.keyboard.press('Enter');
    // by resource name: a restored preview's tab ("Preview bad.huashu.yaml") is active too
    await page.locator(`.tab.active[data-resource-name="${name}"]`).first().waitFor();
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 60_000 });
  };
  const previewFrame = async () => {
    const deadline = Date.now() + STEP_MS;
    while (Date.now() < deadline) {
      for (const f of page.frames()) {
        if (await f.locator('.row.agent .bubble').count().catch(() => 0)) return f;
      }
      await page.waitForTimeout(250);
    }
    throw new Error('the preview webview did not render any bubble');
  };

  process.stdout.write('\n  browser (code-server in Chromium)\n');
  try {
    await step('the workbench loads with the extension', async () => {
      const url = workbenchUrl(server, { ...dir, workspace }, []);
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: 60_000 });
    });

    await step('opening a bad sample lists the expected rule ids in the Problems panel', async () => {
      await openFile('bad.huashu.yaml');
      await command('View: Focus Problems');
      await page.locator('.markers-panel').waitFor();
      await page.waitForFunction((ids) => {
        const t = document.querySelector('.markers-panel')?.textContent ?? '';
        return ids.every((id) => t.includes(id));
      }, RULES, { timeout: 60_000 });
      const text = await problemsText();
      for (const id of RULES) if (!text.includes(id)) throw new Error(`${id} not in the Problems panel`);
    });

    await step('screenshot: editor with squiggles and a hover (light)', async () => {
      await hoverSquiggle(page, log);
      await page.screenshot({ path: join(shots, 'editor-light.png') });
    });

    await step('a quick fix from the lightbulb applies', async () => {
      await page.mouse.move(5, 5);
      // Put the cursor on the team phrase (亲爱的) through the Problems panel.
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'team-forbidden-phrase' }).first().click();
      await page.keyboard.press('Enter');
      const bulb = page.locator('.lightBulbWidget, .codicon-light-bulb, .codicon-lightbulb-autofix, .codicon-lightbulb-sparkle').first();
      await bulb.waitFor({ state: 'visible' });
      await bulb.click();
      const item = page.locator('.action-widget .monaco-list-row', { hasText: /亲爱的/ }).first();
      await item.waitFor();
      await item.click();
      await page.waitForFunction(() => !(document.querySelector('.markers-panel')?.textContent ?? '').includes('team-forbidden-phrase'), undefined, { timeout: 30_000 });
      const lines = await page.locator('.editor-instance .view-lines').first().innerText();
      if (!/亲,欢迎光临/.test(lines.replace(/\u00a0/g, ' '))) throw new Error(`the fix is not in the editor: ${lines.slice(0, 400)}`);
    });

    await step('the preview opens to the side and renders the chat', async () => {
      await command(ourCommand('command.openPreviewToSide'));
      const frame = await previewFrame();
      const text = await frame.locator('body').innerText();
      if (!/no-blame-courier|快递/.test(text)) throw new Error('the preview does not show the script');
      await hoverFinding(page, frame, log);
      await page.screenshot({ path: join(shots, 'preview-light.png') });
    });

    await step('screenshots in the dark theme', async () => {
      // The theme is read from the user settings at load: write it, then reload the workbench
      // (the toggle command can leave a theme only previewed, undone by the next Escape).
      setTheme('Default Dark Modern');
      await page.reload({ waitUntil: 'domcontentloaded', timeout: 60_000 });
      await page.locator('.monaco-workbench.vs-dark').waitFor({ timeout: 60_000 });
      await openFile('bad.huashu.yaml');
      await command(ourCommand('command.openPreviewToSide'));
      const frame = await previewFrame();
      await frame.locator('body.vscode-dark').waitFor();
      await hoverFinding(page, frame, log);
      if (!(await page.locator('.monaco-workbench.vs-dark').count())) throw new Error('the workbench left the dark theme');
      await page.screenshot({ path: join(shots, 'preview-dark.png') });
      // The editor alone, with a hover on a squiggle.
      await command('View: Close All Editor Groups');
      await openFile('bad.huashu.yaml');
      await hoverSquiggle(page, log);
      if (!(await page.locator('.monaco-workbench.vs-dark').count())) throw new Error('the workbench left the dark theme');
      await page.screenshot({ path: join(shots, 'editor-dark.png') });
    });
  } catch (e) {
    log(`browser test failed: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    setTheme('Default Light Modern');
    await context.close().catch(() => undefined);
  }
  const failed = results.filter((r) => !r.ok).length;
  for (const r of results.filter((x) => !x.ok)) process.stdout.write(`\n  browser: ${r.name}\n     ${String(r.error?.stack ?? r.error).split('\n').slice(0, 6).join('\n     ')}\n`);
  log(`browser test: ${results.length - failed} passed, ${failed} failed; screenshots in ${shots}`);
  return { passed: results.length - failed, failed: failed || (results.length === 0 ? 1 : 0) };
}

async function hoverFinding(page, frame, log) {
  // The preview hides its tooltip when it scrolls or renders again: the scroll that brings the
  // mark into view, the preview following the editor, or a late update may land just after the
  // mouse arrived. Move away and hover again, as a user would.
  const mark = frame.locator('mark.finding').first();
  const tip = frame.locator('#tooltip:not([hidden])');
  for (let attempt = 1; attempt <= 3; attempt++) {
    await mark.scrollIntoViewIfNeeded();
    await page.mouse.move(2, 2);
    await mark.hover();
    if (await tip.waitFor({ timeout: 8000 }).then(() => true, () => false)) return;
    log(`preview tooltip attempt ${attempt} showed nothing; retrying`);
  }
  throw new Error('hovering a marked finding in the preview shows no tooltip');
}

async function hoverSquiggle(page, log) {
  // Monaco keeps earlier hover widgets in the DOM, hidden; wait for a visible one. The mouse may
  // already rest where the squiggle is (no mousemove, no hover), so move away first, come back
  // in steps, and retry; as a last resort put the cursor on it and ask for the hover (Ctrl+K Ctrl+I).
  const squiggle = page.locator('.monaco-editor .squiggly-error').first();
  const visibleHover = page.locator('.monaco-hover .hover-contents:visible').first();
  // (the squiggles are drawn again as each diagnostic shard's report arrives: the element found
  // may be replaced before it is measured, so a squiggle without a box is looked for again)
  for (let attempt = 0; attempt < 3; attempt++) {
    await squiggle.waitFor({ state: 'visible' });
    const box = await squiggle.boundingBox();
    if (!box) { log(`squiggle ${attempt + 1} was redrawn before it was measured; looking again`); continue; }
    await page.mouse.move(5, 5);
    await page.mouse.move(box.x + Math.min(box.width / 2, 20), box.y + box.height / 2, { steps: 5 });
    try {
      await visibleHover.waitFor({ state: 'visible', timeout: 10_000 });
      return;
    } catch {
      log(`hover attempt ${attempt + 1} showed nothing; retrying`);
    }
  }
  await squiggle.waitFor({ state: 'visible' });
  const box = await squiggle.boundingBox();
  if (!box) throw new Error('no squiggle on screen');
  await page.mouse.click(box.x + Math.min(box.width / 2, 20), box.y + box.height / 2);
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  await visibleHover.waitFor({ state: 'visible', timeout: 15_000 });
}
