/** Attachments: both upload strategies against the real Python server, limits, removal, paste and drop. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

import '../../src/define.js';
import type { ChatWidgets } from '../../src/element/chat-widgets.js';
import {
  composer,
  input,
  root,
  sendButton,
  serverUrl,
  waitForMessage,
} from '../helpers/element.js';

const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);
const image = (name = 'dot.png') => new File([PNG], name, { type: 'image/png' });
const text = (name = 'notes.txt', size = 12) =>
  new File(['x'.repeat(size)], name, { type: 'text/plain' });

const bar = (el: ChatWidgets) => composer(el).shadowRoot!;
const uploads = (el: ChatWidgets) => [...bar(el).querySelectorAll('.upload')];

describe('attachments', () => {
  let url: string;
  let origin: string;
  before(async () => {
    url = await serverUrl();
    origin = new URL(url).origin;
  });

  async function chat(
    strategy: 'two_phase' | 'direct',
    extra: Record<string, unknown> = {},
    fetchImpl?: typeof fetch,
  ): Promise<ChatWidgets> {
    const el = await fixture<ChatWidgets>(html`<chat-widgets></chat-widgets>`);
    el.setOptions({
      api: {
        url,
        ...(fetchImpl ? { fetch: fetchImpl } : {}),
        uploadStrategy:
          strategy === 'direct'
            ? { type: 'direct', uploadUrl: `${origin}/direct-upload` }
            : { type: 'two_phase' },
      },
      composer: { attachments: { enabled: true, ...extra } },
    });
    await el.updateComplete;
    return el;
  }

  it('two-phase: attachments.create, then POST (image) and PUT (file) to the descriptor, then sent with the message', async () => {
    const types: string[] = [];
    const el = await chat(
      'two_phase',
      {},
      (i, init) => (
        types.push((JSON.parse(String(init?.body)) as { type: string }).type),
        fetch(i, init)
      ),
    );
    await el.setComposerValue({ text: 'see these', files: [image(), text()] });
    await waitUntil(
      () => uploads(el).length === 2 && uploads(el).every((u) => u.classList.contains('done')),
      'both uploaded',
      { timeout: 5000 },
    );
    expect(types.filter((t) => t === 'attachments.create')).to.have.length(2);
    sendButton(el).click();
    await waitForMessage(el, 'echo see these | attachments: dot.png, notes.txt');
    // The send resolves a little after the answer shows (its stream has to end).
    await waitUntil(() => uploads(el).length === 0, 'the composer is cleared');
    const user = el['controller'].thread!.items.find((e) => e.item.type === 'user_message')!
      .item as unknown as {
      attachments: {
        type: string;
        name: string;
        preview_url?: string;
        upload_descriptor?: unknown;
      }[];
    };
    expect(user.attachments.map((a) => [a.type, a.name])).to.deep.equal([
      ['image', 'dot.png'],
      ['file', 'notes.txt'],
    ]);
    const thumb = root(el).querySelector<HTMLImageElement>('.item.user .attachment-image')!;
    await waitUntil(
      () => thumb.complete && thumb.naturalWidth > 0,
      'the uploaded image loads from the server',
    );
    expect(root(el).querySelector('.item.user .attachment-file')!.textContent).to.contain(
      'notes.txt',
    );
  });

  it('direct: multipart to uploadUrl; the response may carry explicit nulls; an attachment-only message is allowed', async () => {
    const el = await chat('direct');
    await el.setComposerValue({ files: [text('report.txt')] });
    await waitUntil(() => uploads(el)[0]?.classList.contains('done'), 'uploaded', {
      timeout: 5000,
    });
    expect(sendButton(el).disabled).to.equal(false, 'no text needed');
    sendButton(el).click();
    await waitForMessage(el, 'echo | attachments: report.txt');
  });

  it('rejects files over the limits with clear messages, and removes an upload on request', async () => {
    const el = await chat('two_phase', {
      maxCount: 2,
      maxSize: { 'image/*': 10, '*': 100 },
      accept: { 'image/*': ['.png'], 'text/plain': ['.txt'] },
    });
    composer(el).addFiles([
      image('big.png'),
      text('ok.txt'),
      new File(['x'], 'tool.exe', { type: 'application/x-msdownload' }),
      text('huge.txt', 500),
      text('third.txt'),
    ]);
    await composer(el).updateComplete;
    const messages = [...bar(el).querySelectorAll('.rejections div')].map((d) => d.textContent);
    expect(messages).to.deep.equal([
      '“big.png” is larger than 10 bytes.',
      '“tool.exe” is not a file type this chat accepts.',
      '“huge.txt” is larger than 100 bytes.',
    ]);
    await waitUntil(
      () => uploads(el).length === 2 && uploads(el).every((u) => u.classList.contains('done')),
      'two accepted',
      { timeout: 5000 },
    );
    composer(el).addFiles([text('fourth.txt')]);
    await composer(el).updateComplete;
    expect(bar(el).querySelector('.rejections')!.textContent).to.contain(
      'You can attach up to 2 files.',
    );
    bar(el).querySelector<HTMLButtonElement>('.upload .upload-remove')!.click();
    await composer(el).updateComplete;
    expect(uploads(el)).to.have.length(1);
  });

  it('a failed upload shows its error and blocks nothing else; paste and drop add files', async () => {
    const el = await chat('direct');
    el.setOptions({
      api: { url, uploadStrategy: { type: 'direct', uploadUrl: `${origin}/direct-upload` } },
      composer: { attachments: { enabled: true, maxSize: 5_000_000 } },
    });
    await el.updateComplete;
    composer(el).addFiles([text('enormous.txt', 1_200_000)]);
    await waitUntil(() => uploads(el)[0]?.classList.contains('error'), 'the server refused it', {
      timeout: 5000,
    });
    expect(uploads(el)[0]!.textContent).to.contain('File too large for this server');
    const paste = new DataTransfer();
    paste.items.add(image('pasted.png'));
    // Firefox empties the clipboardData of a synthetic paste event: there, only a real paste
    // (which a test cannot make) carries files, and only the drop is checked.
    const pasteCarriesFiles =
      (new ClipboardEvent('paste', { clipboardData: paste }).clipboardData?.files.length ?? 0) > 0;
    input(el).dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: paste, bubbles: true, cancelable: true }),
    );
    const drop = new DataTransfer();
    drop.items.add(text('dropped.txt'));
    bar(el)
      .querySelector('.box')!
      .dispatchEvent(
        new DragEvent('drop', { dataTransfer: drop, bubbles: true, cancelable: true }),
      );
    await waitUntil(
      () =>
        uploads(el).filter((u) => u.classList.contains('done')).length ===
        (pasteCarriesFiles ? 2 : 1),
      'pasted and dropped files uploaded',
      { timeout: 5000 },
    );
    expect(uploads(el).map((u) => u.querySelector('.upload-name')!.textContent)).to.include.members(
      pasteCarriesFiles ? ['pasted.png', 'dropped.txt'] : ['dropped.txt'],
    );
  });

  it('without composer.attachments there is no attach button', async () => {
    const el = await fixture<ChatWidgets>(html`<chat-widgets api-url=${url}></chat-widgets>`);
    expect(bar(el).querySelector('.attach')).to.equal(null);
  });
});
