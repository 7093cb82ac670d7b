/** One two-phase upload against the real openai-chatkit Python server, thumbnail included. */
import { expect, waitUntil } from '@open-wc/testing';

import { ChatHarness } from '../helpers/chat-harness.js';
import { serverUrl } from '../helpers/element.js';

const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

describe('an upload against openai-chatkit', () => {
  let url: string;
  before(async function () {
    // The first request starts the Python server (lazily, once per run): give it time.
    this.timeout(60_000);
    url = await serverUrl();
  });

  it('uploads an image and a file, sends them, and the image loads from the server', async () => {
    const chat = await ChatHarness.create({
      url,
      options: {
        api: { uploadStrategy: { type: 'two_phase' } },
        composer: { attachments: { enabled: true } },
      },
    });
    await chat.el.setComposerValue({
      text: 'see these',
      files: [
        new File([PNG], 'dot.png', { type: 'image/png' }),
        new File(['hello'], 'notes.txt', { type: 'text/plain' }),
      ],
    });
    await waitUntil(
      () =>
        chat.composer.uploads().length === 2 &&
        chat.composer.uploads().every((u) => u.classList.contains('done')),
      'both uploaded',
      { timeout: 5000 },
    );
    chat.composer.sendButton.click();
    await chat.waitForMessage('echo see these | attachments: dot.png, notes.txt');
    expect(chat.requestTypes()).to.deep.equal([
      'attachments.create',
      'attachments.create',
      'threads.create',
    ]);
    const thumb = chat.root.querySelector<HTMLImageElement>('.item.user .attachment-image')!;
    await waitUntil(
      () => thumb.complete && thumb.naturalWidth > 0,
      'the uploaded image loads from the server',
    );
  });
});
