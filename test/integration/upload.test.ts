/**
 * One two-phase upload against the real openai-chatkit Python server, thumbnail included: on the
 * pinned newest release (an `upload_descriptor`: POST for the image, PUT for the file, a token
 * header) and on the oldest supported one (before 1.5.0: `upload_url`, a multipart POST with no
 * headers, for both).
 */
import { expect } from '@open-wc/testing';

import { waitUntil } from '../helpers/wait.js';
import { ChatHarness } from '../helpers/chat-harness.js';
import { pythonServer } from '../helpers/element.js';

const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

for (const release of ['latest', 'oldest'] as const) {
  describe(`an upload against openai-chatkit (${release})`, () => {
    let url: string;
    before(async function () {
      // The first request starts the Python server (lazily, once per run): give it time.
      this.timeout(60_000);
      const server = await pythonServer(release);
      url = server.url;
      // The release decides which upload contract this run exercises.
      const health = (await (await fetch(`${server.origin}/health`)).json()) as {
        features: string[];
      };
      expect(health.features.includes('upload_descriptor')).to.equal(release === 'latest');
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
}
