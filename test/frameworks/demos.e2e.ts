/**
 * The framework demos, built from the packed tarball by scripts/framework-demos.mjs (which runs
 * this file), driven in a browser against the demo backend: each app sets the options object
 * (the composer's placeholder), calls methods (`setComposerValue`, `sendUserMessage`) from its own
 * buttons, binds `cw-response-end` and `cw-thread-change` with its own syntax and shows them in its
 * own DOM, and handles a client widget action (`cats.select_name`, by `widgets.onAction` or the
 * `cw-widget-action` event). The Angular page is prerendered on the server: its HTML holds the
 * element before any script ran. One server on one origin serves the built apps and the backend.
 *
 * CW_DEMOS (vue,angular,react) picks the demos; CW_DEMO_BROWSERS (chromium,firefox) the browsers
 * (CW_SKIP_FIREFOX=1: Chromium only).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';

import { handleRequest, seedDemo } from '../../demo/backend/http.js';
import { DemoChatServer } from '../../demo/backend/server.js';

const root = new URL('../../', import.meta.url).pathname;
const demos = (process.env['CW_DEMOS'] ?? 'vue,angular,react').split(',');
const browsers = (
  process.env['CW_DEMO_BROWSERS'] ??
  (process.env['CW_SKIP_FIREFOX'] === '1' ? 'chromium' : 'chromium,firefox')
).split(',');

/** Each app: its page and the folder it is served from. */
const apps = [
  { demo: 'vue', name: 'Vue 3', page: '/vue/index.html', dir: 'demo/vue/dist', word: 'Vue' },
  {
    demo: 'angular',
    name: 'Angular (prerendered)',
    page: '/angular/index.html',
    dir: 'demo/angular/dist/browser',
    word: 'Angular',
  },
  {
    demo: 'react',
    name: 'React 19 (the element)',
    page: '/react/index.html',
    dir: 'demo/react/dist',
    word: 'React',
  },
  {
    demo: 'react',
    name: 'React (chat-widgets/react)',
    page: '/react/wrapper.html',
    dir: 'demo/react/dist',
    word: 'the wrapper',
    drafted: 'React',
  },
  {
    demo: 'react',
    name: 'React (useChatKit and <ChatKit>, as @openai/chatkit-react)',
    page: '/react/chatkit.html',
    dir: 'demo/react/dist',
    word: 'useChatKit',
    drafted: 'React',
  },
].filter((a) => demos.includes(a.demo));

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

async function startServer(): Promise<{ origin: string; close(): Promise<void> }> {
  const chat = new DemoChatServer();
  seedDemo(chat);
  const server = createServer((req, res) => {
    void handleRequest(chat, req, res).then(
      (handled) => {
        if (handled) return;
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        const app = apps.find((a) => path.startsWith(`/${a.demo}/`));
        const file = app && normalize(join(root, app.dir, path.slice(app.demo.length + 2)));
        if (
          !file ||
          !file.startsWith(join(root, app.dir)) ||
          !existsSync(file) ||
          !statSync(file).isFile()
        ) {
          res.writeHead(404).end('Not found');
          return;
        }
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(readFileSync(file));
      },
      () => res.destroy(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function launch(browser: string): Promise<Browser> {
  if (browser === 'firefox') {
    return puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr',
      headless: true,
    });
  }
  return puppeteer.launch({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--headless=new'],
  });
}

/** Text of the app's `<output data-test=name>`. */
const output = (page: Page, name: string) =>
  page.$eval(`[data-test=${name}]`, (el) => el.textContent ?? '');

/**
 * The first element matching `selector` (and holding `text`) in the document or any shadow root,
 * as a handle. Source text, not a function: tsx compiles named inner functions with a `__name`
 * helper that the page does not have.
 */
const DEEP = `(selector, text) => {
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.matches(selector) && (el.textContent ?? '').includes(text)) return el;
      if (el.shadowRoot) {
        const found = walk(el.shadowRoot);
        if (found) return found;
      }
    }
    return null;
  };
  return walk(document);
}`;
const deep = (page: Page, selector: string, text = '') =>
  page.waitForFunction(`(${DEEP})(${JSON.stringify(selector)}, ${JSON.stringify(text)})`, {
    timeout: 15_000,
  });

const waitForOutput = (page: Page, name: string, check: (text: string) => boolean, what: string) =>
  page
    .waitForFunction(
      (name: string) => document.querySelector(`[data-test=${name}]`)?.textContent ?? '',
      { timeout: 15_000 },
      name,
    )
    .then(async () => {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const text = await output(page, name);
        if (check(text)) return text;
        assert.ok(Date.now() < deadline, `${what}: still "${text}"`);
        await new Promise((r) => setTimeout(r, 50));
      }
    });

const server = await startServer();
after(() => server.close());

for (const browserName of browsers) {
  describe(`framework demos in ${browserName}`, () => {
    let browser: Browser;
    before(async () => {
      browser = await launch(browserName);
    });
    after(() => browser?.close());

    for (const app of apps) {
      it(`${app.name}: options, methods, cw-* events and a client widget action`, async () => {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        page.on('console', (m) => {
          if (m.type() === 'error') errors.push(m.text());
        });
        page.on('response', (r) => {
          if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
        });
        try {
          if (app.demo === 'angular') {
            const html = await (await fetch(server.origin + app.page)).text();
            assert.match(html, /<chat-widgets[^>]*>/, 'the prerendered page holds the element');
            assert.match(html, /Rendered by Angular/, 'rendered on the server');
          }
          await page.goto(server.origin + app.page);
          // The options object (or the wrapper's props) reached the element: the placeholder.
          const composer = await deep(page, 'cw-composer');
          await page.waitForFunction(
            (c, word: string) =>
              (c as unknown as { placeholder: string }).placeholder.includes(word),
            { timeout: 15_000 },
            composer,
            app.word,
          );
          // useChatKit: the options object the element was given, to compare after re-renders.
          const keepsOptions = app.page.endsWith('/chatkit.html');
          if (keepsOptions)
            await page.evaluate(() => {
              const w = window as unknown as { firstOptions: unknown };
              w.firstOptions = (
                document.querySelector('chat-widgets') as { options: unknown }
              ).options;
            });
          // A method, called from the app's button.
          await page.click('[data-test=draft]');
          await page.waitForFunction(
            (c, word: string) => (c as unknown as { draft: string }).draft === `Drafted by ${word}`,
            { timeout: 15_000 },
            composer,
            app.drafted ?? app.word,
          );
          assert.equal(await output(page, 'responses'), '0');
          // sendUserMessage; the answer ends: cw-response-end and cw-thread-change in the app.
          await page.click('[data-test=send]');
          await waitForOutput(page, 'responses', (t) => t === '1', 'cw-response-end');
          await waitForOutput(page, 'thread', (t) => t.length > 0, 'cw-thread-change');
          // The widget's client action, handled by the app.
          assert.equal(await output(page, 'picked'), '');
          const pixel = await deep(page, '.list-item.interactive', 'Pixel');
          await (pixel as unknown as { click(): Promise<void> }).click();
          await waitForOutput(page, 'picked', (t) => t === 'Pixel', 'the client action');
          assert.equal(await output(page, 'responses'), '1', 'a client action sends nothing');
          if (keepsOptions)
            assert.equal(
              await page.evaluate(
                () =>
                  (document.querySelector('chat-widgets') as { options: unknown }).options ===
                  (window as unknown as { firstOptions: unknown }).firstOptions,
              ),
              true,
              'the app rendered again with new inline functions: the options were not set again',
            );
          assert.deepEqual(errors, [], 'no errors in the page');
        } finally {
          await page.close();
        }
      });
    }
  });
}
