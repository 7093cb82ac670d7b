/**
 * The script of /__cw__/csp-chat.html (served with a strict CSP, optionally with Trusted Types
 * required): a whole `<chat-widgets>` with the demo backend in the page, driven through the
 * features the demo shows (streamed Markdown, widgets, workflow, notices, errors and Retry,
 * history, the tool menu, @mentions with a tag preview, an attachment), reporting every CSP
 * violation to the parent test page.
 */
import '../../src/define.js';
import { DemoChatServer, createDemoFetch } from '../../demo/backend/fetch.js';
import type { ChatWidgets } from '../../src/element/chat-widgets.js';

declare global {
  interface Window {
    __cspViolations: string[];
  }
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, what: string, timeout = 8000): Promise<void> {
  const end = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await wait(20);
  }
}

/** With `?img=1` the page allows data: and blob: images: then images are exercised too. */
const images = new URLSearchParams(location.search).has('img');

async function run(): Promise<void> {
  const el = document.createElement('chat-widgets') as ChatWidgets;
  el.style.setProperty('height', '600px');
  el.style.setProperty('display', 'block');
  document.body.append(el);
  const previews: unknown[] = [];
  // The demo backend at pace 0: no idle pauses between streamed pieces.
  const backend = new DemoChatServer();
  backend.script.pace = 0;
  el.setOptions({
    api: {
      url: 'https://demo-backend.invalid/chatkit',
      fetch: createDemoFetch(backend),
      // Same origin (allowed by connect-src 'self'); the test server answers 404: an upload error.
      uploadStrategy: { type: 'direct', uploadUrl: '/__cw__/no-uploads-here' },
    },
    history: { enabled: true, showRename: true, showDelete: true },
    threadItemActions: { feedback: true, retry: true },
    composer: {
      placeholder: 'Ask',
      tools: [
        { id: 'search', label: 'Search the web', icon: 'globe', pinned: true },
        { id: 'image', label: 'Create an image', icon: 'images' },
      ],
      models: [
        { id: 'fast', label: 'Fast', default: true },
        { id: 'smart', label: 'Smart' },
      ],
      attachments: { enabled: true },
    },
    entities: {
      onTagSearch: (q) =>
        Promise.resolve(
          [{ id: 'p_ada', title: 'Ada Lovelace', group: 'People', interactive: true }].filter((e) =>
            e.title.toLowerCase().includes(q.toLowerCase()),
          ),
        ),
      onRequestPreview: (entity) => {
        previews.push(entity);
        return Promise.resolve({
          preview: {
            type: 'Card',
            children: [{ type: 'Text', value: entity.title, color: 'blue-500' }],
          },
        });
      },
    },
    disclaimer: { text: 'Answers may be **wrong**.' },
    // The Markdown extras: the grammar of the `markdown:` answer's code block and KaTeX load.
    markdown: { math: true },
  });
  await el.updateComplete;
  const root = el.shadowRoot!;
  const answers = () => root.querySelectorAll('.item.assistant, .item.widget, cw-widget').length;
  let steps = 0;
  for (const prompt of [
    'hello: there',
    'markdown: show',
    'widget: draft',
    ...(images ? ['workflow: plan'] : []),
    'notice: careful',
    'progress: x',
    'lines: show',
    'flights: paris',
    'flaky: once',
  ]) {
    const before = answers();
    await el.sendUserMessage({ text: prompt });
    await until(
      () => !root.querySelector('[part=send-button][aria-label*="Stop" i]'),
      `${prompt} ends`,
    );
    await wait(50);
    if (answers() >= before) steps++;
  }
  // Retry after the scripted failure.
  root.querySelector<HTMLButtonElement>('.error button.retry')?.click();
  await wait(300);
  // A widget action (the first interactive control of the last widget).
  const widgets = [...root.querySelectorAll('cw-widget')];
  widgets.at(-1)?.shadowRoot?.querySelector<HTMLElement>('.list-item.interactive, button')?.click();
  await wait(300);
  // The composer: a mention with its menu and a chip, the tool menu, an attachment.
  const composer = root.querySelector('cw-composer')!;
  const cshadow = composer.shadowRoot!;
  await el.setComposerValue({
    content: [
      { type: 'input_text', text: 'Ask ' },
      { type: 'input_tag', id: 'p_ada', text: 'Ada Lovelace', data: {}, interactive: true },
    ],
  });
  cshadow.querySelector<HTMLButtonElement>('.plus')?.click();
  await wait(100);
  cshadow.querySelector<HTMLButtonElement>('.plus')?.click();
  if (images) {
    // An attachment: its preview is a blob: image (the upload itself fails here, as it may).
    const png = Uint8Array.from(
      atob(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      ),
      (c) => c.charCodeAt(0),
    );
    await el.setComposerValue({ files: [new File([png], 'dot.png', { type: 'image/png' })] });
    await until(() => !!cshadow.querySelector('.upload img'), 'the preview shows');
    await wait(300);
  }
  await el.sendUserMessage({
    content: [
      { type: 'input_text', text: 'About ' },
      { type: 'input_tag', id: 'p_ada', text: 'Ada Lovelace', data: {}, interactive: true },
    ],
  });
  await wait(300);
  // Hover the sent tag: the preview tooltip is placed through the CSSOM.
  const tag = root.querySelector<HTMLElement>('.item.user .tag');
  tag?.dispatchEvent(new MouseEvent('mouseenter'));
  await until(() => !!root.querySelector('.tag-preview'), 'the tag preview shows', 3000).catch(
    () => undefined,
  );
  const previewShown = !!root.querySelector('.tag-preview');
  await el.showHistory();
  await wait(300);
  const historyShown = !!root.querySelector('cw-history');
  // Code highlighted (a grammar chunk), math typeset by KaTeX (its chunk, adopted styles and
  // fonts through the FontFace API), and a copy, in the chat's own Markdown and in a view beside.
  const md = document.createElement('cw-markdown');
  md.options = { math: true };
  md.text =
    'Euler: $e^{i\\pi} + 1 = 0$\n\n$$\\frac{a}{b}$$\n\n```python\ndef f(x):\n    return x  # ok\n```';
  document.body.append(md);
  await md.updateComplete;
  md.shadowRoot!.querySelector<HTMLButtonElement>('.code-copy')?.click();
  await wait(100);
  const highlighted = [...root.querySelectorAll('cw-markdown'), md].some(
    (m) => !!m.shadowRoot?.querySelector('pre code .token.keyword'),
  );
  const mathShown = md.shadowRoot!.querySelectorAll('.math .katex').length === 2;
  parent.postMessage(
    {
      cspChat: {
        steps,
        items: root.querySelectorAll('.item').length,
        widgets: root.querySelectorAll('cw-widget').length,
        previewShown,
        historyShown,
        highlighted,
        mathShown,
        violations: [...window.__cspViolations],
      },
    },
    location.origin,
  );
}

run().catch((error: unknown) =>
  parent.postMessage(
    { cspChat: { error: String(error), violations: [...window.__cspViolations] } },
    location.origin,
  ),
);
