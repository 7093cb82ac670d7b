/** Dictation: the (fake) microphone is recorded, input.transcribe fills the composer. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

import '../../src/define.js';
import type { ChatWidgets } from '../../src/element/chat-widgets.js';
import { composer, draft, serverUrl } from '../helpers/element.js';

const button = (el: ChatWidgets) =>
  composer(el).shadowRoot!.querySelector<HTMLButtonElement>('.dictate');

describe('dictation', () => {
  let url: string;
  before(async () => {
    url = await serverUrl();
  });

  it('records, sends input.transcribe and puts the text in the composer', async () => {
    const sent: { type: string; params: { mime_type: string; audio_base64: string } }[] = [];
    const el = await fixture<ChatWidgets>(html`<chat-widgets></chat-widgets>`);
    el.setOptions({
      api: {
        url,
        fetch: (i, init) => (sent.push(JSON.parse(String(init?.body)) as never), fetch(i, init)),
      },
      composer: { dictation: { enabled: true } },
    });
    await el.setComposerValue({ text: 'Note:' });
    await el.updateComplete;
    button(el)!.click();
    await waitUntil(() => button(el)!.getAttribute('aria-pressed') === 'true', 'recording');
    expect(button(el)!.textContent).to.contain('Listening…');
    await new Promise((r) => setTimeout(r, 700));
    button(el)!.click();
    await waitUntil(() => draft(el).includes('Dictated'), 'transcribed', { timeout: 5000 });
    expect(draft(el)).to.match(/^Note: Dictated audio \(audio\/(webm|ogg|mp4)\)$/);
    const request = sent.find((r) => r.type === 'input.transcribe')!;
    expect(request.params.mime_type).to.match(/^audio\/(webm|ogg|mp4)/);
    expect(atob(request.params.audio_base64).length).to.be.above(100, 'real audio bytes');
  });

  it('reports a failed transcription in the composer and keeps the draft', async () => {
    const el = await fixture<ChatWidgets>(html`<chat-widgets></chat-widgets>`);
    el.setOptions({
      api: {
        url,
        fetch: (i, init) =>
          (JSON.parse(String(init?.body)) as { type: string }).type === 'input.transcribe'
            ? Promise.resolve(new Response('Internal Server Error', { status: 500 }))
            : fetch(i, init),
      },
      composer: { dictation: { enabled: true } },
    });
    await el.setComposerValue({ text: 'keep me' });
    await el.updateComplete;
    button(el)!.click();
    await waitUntil(() => button(el)!.getAttribute('aria-pressed') === 'true');
    await new Promise((r) => setTimeout(r, 300));
    button(el)!.click();
    await waitUntil(() => composer(el).shadowRoot!.querySelector('.rejections'), 'error shown', {
      timeout: 5000,
    });
    expect(composer(el).shadowRoot!.querySelector('.rejections')!.textContent).to.contain(
      'could not be transcribed',
    );
    expect(draft(el)).to.equal('keep me');
  });

  it('has no microphone button unless composer.dictation is enabled', async () => {
    const el = await fixture<ChatWidgets>(html`<chat-widgets api-url=${url}></chat-widgets>`);
    expect(button(el)).to.equal(null);
  });
});
