// A test-runner command that presses a key chord ('Shift' + 'Enter') the same way in every engine:
// @web/test-runner-commands' sendKeys has down/up for puppeteer (Chromium, Firefox) but only
// press/type for WebDriver (WebKit), and its `press: 'Shift+Enter'` works for WebDriver only.
// Plain JavaScript, so the test runner's config can import it; the browser side is
// test/helpers/keys.ts.

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function keyChordPlugin() {
  return {
    name: 'cw-key-chord',
    async executeCommand({ command, payload, session }) {
      if (command !== 'cw-key-chord') return undefined;
      const keys = payload?.keys;
      if (!Array.isArray(keys) || keys.length < 1 || !keys.every((k) => typeof k === 'string')) {
        throw new Error('cw-key-chord needs { keys: string[] }');
      }
      if (session.browser.type === 'puppeteer') {
        const { keyboard } = session.browser.getPage(session.id);
        const modifiers = keys.slice(0, -1);
        for (const key of modifiers) await keyboard.down(key);
        await keyboard.press(keys.at(-1));
        for (const key of modifiers.reverse()) await keyboard.up(key);
        return true;
      }
      if (session.browser.type === 'webdriver') {
        // test/webkit-driver.mjs's launcher presses 'A+B' as a chord.
        await session.browser.sendKeys(session.id, [keys.join('+')]);
        return true;
      }
      throw new Error(`cw-key-chord: unsupported browser type ${session.browser.type}`);
    },
  };
}
