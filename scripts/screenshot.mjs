// Takes screenshots of a demo page in headless Chromium, for a person to look at.
// Usage: node scripts/screenshot.mjs <url> <out.png> [--dark] [--type "text to send"]... [--eval "js"]...
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import puppeteer from 'puppeteer-core';

const [url, out, ...rest] = process.argv.slice(2);
const dark = rest.includes('--dark');
const messages = rest.flatMap((arg, i) => (arg === '--type' ? [rest[i + 1]] : []));
const scripts = rest.flatMap((arg, i) => (arg === '--eval' ? [rest[i + 1]] : []));
const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium'].find(
  (p) => p && existsSync(p),
);
const browser = await puppeteer.launch({
  executablePath,
  args: [
    '--no-sandbox',
    '--headless=new',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 800 });
  if (dark) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  await page.goto(url, { waitUntil: 'networkidle0' });
  if (dark)
    await page.evaluate(() =>
      document.querySelector('chat-widgets')?.setAttribute('theme', 'dark'),
    );
  for (const text of messages) {
    await page.focus('chat-widgets');
    const input = await page.evaluateHandle(() =>
      document
        .querySelector('chat-widgets')
        .shadowRoot.querySelector('cw-composer')
        .shadowRoot.querySelector('.editor'),
    );
    await input.asElement().type(text);
    await page.keyboard.press('Enter');
    await new Promise((r) => setTimeout(r, 1500));
  }
  for (const script of scripts) {
    await page.evaluate(script);
    await new Promise((r) => setTimeout(r, 800));
  }
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out, fullPage: rest.includes('--full') });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
