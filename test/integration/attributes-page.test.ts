/**
 * A page with no script of its own (the CDN build and attributes only, as a CMS plugin writes it)
 * chats with the real Python server (the integration tier): mentions from a search URL, a tool and a model from JSON
 * attributes, the theme. Needs `npm run build` (npm test builds first).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import { waitUntil } from '../helpers/wait.js';
import { serverUrl } from '../helpers/element.js';

describe('attributes-only page', () => {
  before(async function () {
    // The first request starts the Python server (lazily, once per run): give it time.
    this.timeout(60_000);
    await serverUrl();
  });

  it('works with nothing but the CDN file and attributes', async () => {
    const probe = await fetch('/dist/cdn/chat-widgets.js', { method: 'HEAD' });
    expect(probe.ok, 'dist/cdn/chat-widgets.js exists: run `npm run build` first').to.equal(true);
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:900px;height:700px;border:0';
    frame.src = '/__cw__/attributes-only.html';
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const doc = frame.contentDocument!;
    const chat = doc.querySelector('chat-widgets')!;
    await waitUntil(
      () => chat.shadowRoot?.querySelector('cw-composer')?.shadowRoot?.querySelector('.editor'),
      'the element rendered',
      { timeout: 5000 },
    );
    const root = chat.shadowRoot!;
    const composer = root.querySelector('cw-composer')!.shadowRoot!;
    expect(root.querySelector('.greeting')!.textContent).to.equal('Hello from attributes');
    expect(chat.getAttribute('resolved-theme')).to.equal('dark');
    expect(composer.querySelector<HTMLSelectElement>('select.model')!.value).to.equal('fast');
    // The tool picker is a chunk of its own: its pinned chip shows once that has loaded.
    await waitUntil(() => composer.querySelector('.chip[aria-pressed]'), 'the pinned tool', {
      timeout: 5000,
    });
    composer.querySelector<HTMLButtonElement>('.chip[aria-pressed]')!.click();
    const editor = composer.querySelector<HTMLElement>('.editor')!;
    frame.contentWindow!.focus();
    editor.focus();
    await sendKeys({ type: 'Read @fut' });
    await waitUntil(
      () => composer.querySelectorAll('[role=option]').length === 2,
      'results from the search URL',
      { timeout: 5000 },
    );
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () =>
        [...root.querySelectorAll('.item.assistant cw-markdown')].some((m) =>
          m.shadowRoot!.textContent!.includes(
            '| tags: article_123(Articles) | tool: search | model: fast',
          ),
        ),
      'the server received the tag, the tool and the model',
      { timeout: 5000 },
    );
    // Removed once the answers' Markdown lexer has loaded (removing a frame mid-import froze
    // WebKitGTK's web process: test/element/registration.test.ts).
    await Promise.all(
      [...root.querySelectorAll('cw-markdown')].map(
        (m) => (m as Element & { updateComplete: Promise<unknown> }).updateComplete,
      ),
    );
    frame.remove();
  });
});
