#!/usr/bin/env node
// Renders the extension's icons with Debian's Chromium (playwright-core) from the SVG below:
// client/images/icon.png (256×256, marketplace) and client/images/file-icon.png (32×32, file icon).
// Needs /usr/bin/chromium and fonts-noto-cjk (scripts/setup-code-server.sh installs both).
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const svg = (size, withCheck) => `
<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 256 256">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#ff8a3d"/><stop offset="1" stop-color="#e8432e"/>
    </linearGradient>
  </defs>
  <rect x="8" y="8" width="240" height="240" rx="52" fill="url(#bg)"/>
  <path d="M46 70 q0 -22 22 -22 h92 q22 0 22 22 v58 q0 22 -22 22 h-58 l-30 26 v-26 h-4 q-22 0 -22 -22 z" fill="#fff"/>
  <text x="114" y="124" font-family="Noto Sans CJK SC, Noto Serif CJK SC, sans-serif" font-weight="700" font-size="76" text-anchor="middle" fill="#e8432e">话</text>
  <path d="M122 150 q0 -18 18 -18 h54 q18 0 18 18 v38 q0 18 -18 18 h-2 v22 l-26 -22 h-26 q-18 0 -18 -18 z" fill="#2b2d42" opacity="0.92"/>
  ${withCheck ? '<path d="M146 170 l14 14 l26 -28" stroke="#7ee081" stroke-width="12" fill="none" stroke-linecap="round" stroke-linejoin="round"/>' : ''}
</svg>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [file, size] of [['client/images/icon.png', 256], ['client/images/file-icon.png', 32]]) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg(size, true)}</body></html>`);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(ROOT, file), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    console.log('wrote', file);
  }
} finally { await browser.close(); }
