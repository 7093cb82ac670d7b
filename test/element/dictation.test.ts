/** Dictation: the (fake) microphone is recorded, input.transcribe fills the composer. */
import { expect } from '@open-wc/testing';

import { waitUntil } from '../helpers/wait.js';
import { ChatHarness } from '../helpers/chat-harness.js';

const button = (chat: ChatHarness) =>
  chat.composer.shadow.querySelector<HTMLButtonElement>('.dictate');

/** Resolves once the recorder has delivered audio: a positive signal instead of a fixed wait. */
function audioRecorded(): Promise<void> {
  return new Promise((resolve) => {
    const original = MediaRecorder.prototype.start;
    MediaRecorder.prototype.start = function (this: MediaRecorder, ...args) {
      this.addEventListener('dataavailable', () => resolve(), { once: true });
      MediaRecorder.prototype.start = original;
      // A timeslice makes the recorder deliver its first chunk as soon as it has one.
      return original.call(this, args[0] ?? 100);
    };
  });
}

describe('dictation', () => {
  it('records, sends input.transcribe and puts the text in the composer', async () => {
    const chat = await ChatHarness.create({
      options: { composer: { dictation: { enabled: true } } },
    });
    await chat.el.setComposerValue({ text: 'Note:' });
    await chat.el.updateComplete;
    const recorded = audioRecorded();
    button(chat)!.click();
    await waitUntil(() => button(chat)!.getAttribute('aria-pressed') === 'true', 'recording');
    expect(button(chat)!.textContent).to.contain('Listening…');
    await recorded;
    button(chat)!.click();
    await waitUntil(() => chat.composer.draft.includes('Dictated'), 'transcribed', {
      timeout: 5000,
    });
    expect(chat.composer.draft).to.match(/^Note: Dictated audio \(audio\/(webm|ogg|mp4)\)$/);
    const request = chat.requests().find((r) => r.type === 'input.transcribe')!;
    expect(request.params['mime_type']).to.match(/^audio\/(webm|ogg|mp4)/);
    expect(atob(request.params['audio_base64'] as string).length).to.be.above(
      100,
      'real audio bytes',
    );
  });

  it('reports a failed transcription in the composer and keeps the draft', async () => {
    const chat = await ChatHarness.create({
      options: { composer: { dictation: { enabled: true } } },
      transport: (next) => (input, init) =>
        (JSON.parse(String(init?.body)) as { type: string }).type === 'input.transcribe'
          ? Promise.resolve(new Response('Internal Server Error', { status: 500 }))
          : next(input, init),
    });
    await chat.el.setComposerValue({ text: 'keep me' });
    await chat.el.updateComplete;
    const recorded = audioRecorded();
    button(chat)!.click();
    await waitUntil(() => button(chat)!.getAttribute('aria-pressed') === 'true');
    await recorded;
    button(chat)!.click();
    await waitUntil(() => chat.composer.shadow.querySelector('.rejections'), 'error shown', {
      timeout: 5000,
    });
    expect(chat.composer.shadow.querySelector('.rejections')!.textContent).to.contain(
      'could not be transcribed',
    );
    expect(chat.composer.draft).to.equal('keep me');
  });

  it('has no microphone button unless composer.dictation is enabled', async () => {
    const chat = await ChatHarness.create();
    expect(button(chat)).to.equal(null);
  });
});
