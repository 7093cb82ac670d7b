/**
 * Registration on a page of its own (a same-origin iframe per case, so that this page's
 * registrations do not count): the class registered under a tag of the page's choosing from the
 * side-effect-free entry gives a whole chat; the CDN file loaded under two URLs shares one copy
 * of its code; two copies of the code (the classic and the module build, or the npm build beside
 * the CDN file) neither throw nor warn more than once, and the chat works. The two last cases load the built files (dist/), as a page would.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';

/**
 * Absolute URLs in the frames' scripts: a srcdoc document should resolve against its parent's base
 * URL, but WebKit resolves a module script's dynamic import() against about:srcdoc.
 */
const ORIGIN = location.origin;

interface FramePage {
  win: Window & typeof globalThis;
  doc: Document;
  errors: string[];
  warnings: string[];
  remove(): void;
}

/**
 * A page whose head records errors and console warnings before anything else runs, then holds
 * `body`. Resolves once the frame has loaded.
 */
async function framePage(body: string): Promise<FramePage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:600px;height:600px;border:0';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script>
  window.cwErrors = [];
  window.cwWarnings = [];
  addEventListener('error', (e) => cwErrors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => cwErrors.push(String(e.reason)));
  const warn = console.warn.bind(console);
  console.warn = (...args) => {
    if (!String(args[0]).startsWith('Lit is in dev mode')) cwWarnings.push(args.join(' '));
    warn(...args);
  };
</script></head><body style="margin:0;height:100vh">${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window &
    typeof globalThis & { cwErrors: string[]; cwWarnings: string[] };
  return {
    win,
    doc: frame.contentDocument!,
    errors: win.cwErrors,
    warnings: win.cwWarnings,
    // Removed only once nothing is loading in it: WebKitGTK's web process (2.50) froze, busy
    // for ever, when a frame was removed while a chat in it was still fetching the Markdown
    // lexer's chunk (a dynamic import). Seen here only; the closing note of issue 9 has it.
    remove: () => frame.remove(),
  };
}

/** Sends a message through the demo backend running in the frame and waits for the answer. */
const chatScript = (tag: string) => `
  import { createDemoFetch } from '${ORIGIN}/demo/backend/fetch.ts';
  import { DemoChatServer } from '${ORIGIN}/demo/backend/server.ts';
  await customElements.whenDefined('${tag}');
  const el = document.querySelector('${tag}');
  const demo = createDemoFetch(new DemoChatServer());
  el.setOptions({ api: { url: 'https://demo.invalid/chatkit', fetch: (i, r) => demo(i, r) } });
  const answered = new Promise((resolve) => el.addEventListener('cw-response-end', resolve));
  await el.updateComplete;
  await el.sendUserMessage({ text: 'hello: there' });
  await answered;
  // The answer's Markdown, with its lexer chunk, has loaded and rendered (see frame.remove()).
  await customElements.whenDefined('cw-markdown');
  await Promise.all([...el.shadowRoot.querySelectorAll('cw-markdown')].map((m) => m.updateComplete));
  window.cwAnswered = true;
`;

/**
 * The chat in the frame answered (its Markdown rendered), and its thread and composer are
 * upgraded and rendered.
 */
async function expectWorkingChat(page: FramePage, tag: string): Promise<void> {
  await waitUntil(
    () => (page.win as unknown as { cwAnswered?: boolean }).cwAnswered === true,
    `<${tag}> answered (errors: ${page.errors.join('; ')})`,
    { timeout: 8000 },
  );
  const root = page.doc.querySelector(tag)!.shadowRoot!;
  const composer = root.querySelector('cw-composer');
  const thread = root.querySelector('cw-thread');
  expect(composer?.shadowRoot, 'composer rendered').to.exist;
  // The thread renders into the chat's shadow root (no shadow root of its own): upgraded is enough.
  expect(thread, 'thread upgraded').to.be.instanceOf(page.win.customElements.get('cw-thread')!);
  await waitUntil(
    () => (thread!.textContent ?? '').includes('Hello'),
    'the answer shows in the thread',
  );
  expect(page.errors).to.deep.equal([]);
}

/**
 * Two copies of the code on one page: `classic` (a classic script, loaded first) if given, then
 * each of `modules` imported in order. The chat works, and one console warning, containing
 * `warning`, says the first copy is kept.
 */
async function expectFirstCopyKept(
  copies: { classic?: string; modules: string[] },
  warning: string,
): Promise<void> {
  const page = await framePage(`<chat-widgets></chat-widgets>
${copies.classic ? `<script src="${copies.classic}"></script>` : ''}
<script type="module">
  ${copies.modules.map((url) => `await import('${url}');`).join('\n  ')}
  ${chatScript('chat-widgets')}
</script>`);
  try {
    await expectWorkingChat(page, 'chat-widgets');
    expect(page.warnings, page.warnings.join(' | ')).to.have.length(1);
    expect(page.warnings[0]).to.contain(warning);
  } finally {
    page.remove();
  }
}

describe('registration', () => {
  it('registering the class under a tag of its own (no define entry) gives a whole chat', async () => {
    const page = await framePage(`<my-chat></my-chat>
<script type="module">
  import { ChatWidgets } from '${ORIGIN}/src/index.ts';
  customElements.define('my-chat', ChatWidgets);
  ${chatScript('my-chat')}
</script>`);
    try {
      await expectWorkingChat(page, 'my-chat');
      expect(page.win.customElements.get('cw-composer')).to.exist;
      expect(page.win.customElements.get('chat-widgets'), 'only what it needs').to.equal(undefined);
      expect(page.warnings).to.deep.equal([]);
    } finally {
      page.remove();
    }
  });

  it('the CDN file loaded twice under two URLs shares one copy of its code: no warning', async () => {
    // The two entries are two module instances, but both import the same core chunk.
    const page = await framePage(`<chat-widgets></chat-widgets>
<script type="module" src="${ORIGIN}/dist/cdn/chat-widgets.js?copy=1"></script>
<script type="module" src="${ORIGIN}/dist/cdn/chat-widgets.js?copy=2"></script>
<script type="module">
  await import('${ORIGIN}/dist/cdn/chat-widgets.js?copy=2');
  ${chatScript('chat-widgets')}
</script>`);
    try {
      await expectWorkingChat(page, 'chat-widgets');
      expect(page.warnings).to.deep.equal([]);
    } finally {
      page.remove();
    }
  });

  it('two copies of the code (the classic build, then the module build) keep the first and warn once', async () => {
    await expectFirstCopyKept(
      {
        classic: `${ORIGIN}/dist/cdn/chat-widgets.iife.js`,
        modules: [`${ORIGIN}/dist/cdn/chat-widgets.js`],
      },
      'another copy of chat-widgets',
    );
  });

  it('the npm build and the CDN file on one page keep the first and warn once', async () => {
    await expectFirstCopyKept(
      { modules: [`${ORIGIN}/dist/define.js`, `${ORIGIN}/dist/cdn/chat-widgets.js`] },
      'keeping the first',
    );
  });
});
