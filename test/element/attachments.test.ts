/** Attachments: both upload strategies on the in-page backend, limits, removal, paste and drop. */
import { expect } from '@open-wc/testing';

import { waitUntil } from '../helpers/wait.js';
import type { ChatKitOptions } from '../../src/element/options.js';
import { ChatHarness } from '../helpers/chat-harness.js';

const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);
const image = (name = 'dot.png') => new File([PNG], name, { type: 'image/png' });
const text = (name = 'notes.txt', size = 12) =>
  new File(['x'.repeat(size)], name, { type: 'text/plain' });

type Attachments = NonNullable<NonNullable<ChatKitOptions['composer']>['attachments']>;

/** A chat with attachments on, uploading by `strategy` to its in-page backend. */
async function chatWith(
  strategy: 'two_phase' | 'direct',
  extra: Partial<Attachments> = {},
): Promise<ChatHarness> {
  const chat = await ChatHarness.create();
  chat.setOptions(options(chat, strategy, extra));
  await chat.el.updateComplete;
  return chat;
}

function options(
  chat: ChatHarness,
  strategy: 'two_phase' | 'direct',
  extra: Partial<Attachments> = {},
): ChatKitOptions {
  const origin = new URL(chat.url).origin;
  return {
    api: {
      uploadStrategy:
        strategy === 'direct'
          ? { type: 'direct', uploadUrl: `${origin}/direct-upload` }
          : { type: 'two_phase' },
    },
    composer: { attachments: { enabled: true, ...extra } },
  };
}

const allDone = (chat: ChatHarness, n: number) =>
  chat.composer.uploads().length === n &&
  chat.composer.uploads().every((u) => u.classList.contains('done'));

describe('attachments', () => {
  it('two-phase: attachments.create, then POST (image) and PUT (file) to the descriptor, then sent with the message', async () => {
    const chat = await chatWith('two_phase');
    await chat.el.setComposerValue({ text: 'see these', files: [image(), text()] });
    await waitUntil(() => allDone(chat, 2), 'both uploaded', { timeout: 5000 });
    expect(chat.requestTypes()).to.deep.equal(['attachments.create', 'attachments.create']);
    // The two uploads run side by side: their attachments are created in either order. In the
    // composer's order (the message's), by name.
    const idOf = (name: string) =>
      [...chat.backend!.files].find(([, f]) => f.attachment['name'] === name)![0];
    const ids = [idOf('dot.png'), idOf('notes.txt')];
    expect(ids.map((id) => chat.backend!.files.get(id)!.bytes?.length)).to.deep.equal(
      [PNG.length, 12],
      'the bytes reached the upload routes',
    );
    chat.composer.sendButton.click();
    await chat.waitForResponseEnd();
    expect(chat.messages().at(-1)).to.equal('echo see these | attachments: dot.png, notes.txt');
    expect(chat.composer.uploads()).to.have.length(0, 'the composer is cleared');
    const input = chat.requests().at(-1)!.params['input'] as { attachments: string[] };
    expect(input.attachments).to.deep.equal(ids);
    const thumb = chat.root.querySelector<HTMLImageElement>('.item.user .attachment-image')!;
    expect(thumb.getAttribute('src')).to.equal(
      `${new URL(chat.url).origin}/chatkit-files/${ids[0]}`,
    );
    const served = await chat.transport(thumb.src);
    expect(new Uint8Array(await served.arrayBuffer())).to.deep.equal(PNG);
    expect(chat.root.querySelector('.item.user .attachment-file')!.textContent).to.contain(
      'notes.txt',
    );
  });

  it('direct: multipart to uploadUrl; the response may carry explicit nulls; an attachment-only message is allowed', async () => {
    const chat = await chatWith('direct');
    await chat.el.setComposerValue({ files: [text('report.txt')] });
    await waitUntil(() => allDone(chat, 1), 'uploaded', { timeout: 5000 });
    expect(chat.composer.sendButton.disabled).to.equal(false, 'no text needed');
    chat.composer.sendButton.click();
    await chat.waitForMessage('echo | attachments: report.txt');
  });

  it('rejects files over the limits with clear messages, and removes an upload on request', async () => {
    const chat = await chatWith('two_phase', {
      maxCount: 2,
      maxSize: { 'image/*': 10, '*': 100 },
      accept: { 'image/*': ['.png'], 'text/plain': ['.txt'] },
    });
    const composer = chat.composer.element;
    const shadow = chat.composer.shadow;
    composer.addFiles([
      image('big.png'),
      text('ok.txt'),
      new File(['x'], 'tool.exe', { type: 'application/x-msdownload' }),
      text('huge.txt', 500),
      text('third.txt'),
    ]);
    await composer.updateComplete;
    const messages = [...shadow.querySelectorAll('.rejections div')].map((d) => d.textContent);
    expect(messages).to.deep.equal([
      '“big.png” is larger than 10 bytes.',
      '“tool.exe” is not a file type this chat accepts.',
      '“huge.txt” is larger than 100 bytes.',
    ]);
    await waitUntil(() => allDone(chat, 2), 'two accepted', { timeout: 5000 });
    composer.addFiles([text('fourth.txt')]);
    await composer.updateComplete;
    expect(shadow.querySelector('.rejections')!.textContent).to.contain(
      'You can attach up to 2 files.',
    );
    shadow.querySelector<HTMLButtonElement>('.upload .upload-remove')!.click();
    await composer.updateComplete;
    expect(chat.composer.uploads()).to.have.length(1);
  });

  it('a failed upload shows its error and blocks nothing else; paste and drop add files', async () => {
    const chat = await chatWith('direct');
    chat.setOptions(options(chat, 'direct', { maxSize: 5_000_000 }));
    await chat.el.updateComplete;
    const composer = chat.composer.element;
    composer.addFiles([text('enormous.txt', 1_200_000)]);
    await waitUntil(
      () => chat.composer.uploads()[0]?.classList.contains('error'),
      'the server refused it',
      { timeout: 5000 },
    );
    expect(chat.composer.uploads()[0]!.textContent).to.contain('File too large for this server');
    const paste = new DataTransfer();
    paste.items.add(image('pasted.png'));
    // Firefox empties the clipboardData of a synthetic paste event: there, only a real paste
    // (which a test cannot make) carries files, and only the drop is checked.
    const pasteCarriesFiles =
      (new ClipboardEvent('paste', { clipboardData: paste }).clipboardData?.files.length ?? 0) > 0;
    chat.composer.editor.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: paste, bubbles: true, cancelable: true }),
    );
    const drop = new DataTransfer();
    drop.items.add(text('dropped.txt'));
    chat.composer.shadow
      .querySelector('.box')!
      .dispatchEvent(
        new DragEvent('drop', { dataTransfer: drop, bubbles: true, cancelable: true }),
      );
    await waitUntil(
      () =>
        chat.composer.uploads().filter((u) => u.classList.contains('done')).length ===
        (pasteCarriesFiles ? 2 : 1),
      'pasted and dropped files uploaded',
      { timeout: 5000 },
    );
    expect(
      chat.composer.uploads().map((u) => u.querySelector('.upload-name')!.textContent),
    ).to.include.members(pasteCarriesFiles ? ['pasted.png', 'dropped.txt'] : ['dropped.txt']);
  });

  it('without composer.attachments there is no attach button', async () => {
    const chat = await ChatHarness.create();
    expect(chat.composer.shadow.querySelector('.attach')).to.equal(null);
  });
});
