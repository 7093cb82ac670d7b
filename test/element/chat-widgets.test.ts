/**
 * <chat-widgets> in Chromium against the real openai-chatkit server (scripted): send and see the
 * streamed answer, keep the user's text on failure, Retry, Stop.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import '../../src/define.js';
import type { ChatWidgets } from '../../src/element/chat-widgets.js';

async function serverUrl(): Promise<string> {
  return ((await (await fetch('/__cw__/server.json')).json()) as { url: string }).url;
}

function shadow(el: ChatWidgets): ShadowRoot {
  return el.shadowRoot!;
}

function messages(el: ChatWidgets): string[] {
  return [...shadow(el).querySelectorAll('.message')].map((m) => m.textContent!.trim());
}

async function type(el: ChatWidgets, text: string): Promise<void> {
  shadow(el).querySelector('textarea')!.focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
}

describe('<chat-widgets> against openai-chatkit', () => {
  let url: string;
  before(async () => {
    url = await serverUrl();
  });

  it('sends with Enter, streams the answer and fires events once each', async () => {
    const el = await fixture<ChatWidgets>(html`<chat-widgets api-url=${url}></chat-widgets>`);
    const seen: string[] = [];
    for (const name of [
      'cw-response-start',
      'cw-response-end',
      'cw-thread-change',
      'chatkit.response.start',
    ]) {
      el.addEventListener(name, () => seen.push(name));
    }
    await type(el, 'hello: there');
    await waitUntil(() => messages(el).includes('Hello, world!'), 'streamed answer shown', {
      timeout: 5000,
    });
    expect(messages(el)).to.deep.equal(['hello: there', 'Hello, world!']);
    expect(shadow(el).querySelector('textarea')!.value).to.equal('');
    await waitUntil(() => seen.includes('cw-response-end'));
    expect(seen.filter((n) => n === 'cw-response-start')).to.have.length(1);
    expect(seen.filter((n) => n === 'chatkit.response.start')).to.have.length(1);
    expect(seen.filter((n) => n === 'cw-thread-change')).to.have.length(1);
  });

  it('Shift+Enter adds a line instead of sending', async () => {
    const el = await fixture<ChatWidgets>(html`<chat-widgets api-url=${url}></chat-widgets>`);
    shadow(el).querySelector('textarea')!.focus();
    await sendKeys({ type: 'line one' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ type: 'line two' });
    expect(shadow(el).querySelector('textarea')!.value).to.equal('line one\nline two');
    expect(messages(el)).to.deep.equal([]);
  });

  it('shows a retryable server error, and Retry recovers', async () => {
    const el = await fixture<ChatWidgets>(html`<chat-widgets api-url=${url}></chat-widgets>`);
    await type(el, 'flaky: once');
    await waitUntil(() => shadow(el).querySelector('.error'), 'error shown', { timeout: 5000 });
    const retry = shadow(el).querySelector<HTMLButtonElement>('.error button')!;
    expect(retry.textContent!.trim()).to.equal('Retry');
    retry.click();
    await waitUntil(() => messages(el).includes('Recovered on retry.'), 'retry answer', {
      timeout: 5000,
    });
    expect(shadow(el).querySelector('.error')).to.equal(null);
  });

  it('keeps the user text in the composer when the server is unreachable', async () => {
    const el = await fixture<ChatWidgets>(
      html`<chat-widgets api-url="http://127.0.0.1:9/chatkit"></chat-widgets>`,
    );
    await type(el, 'please keep me');
    await waitUntil(() => shadow(el).querySelector('.error'), 'error shown', { timeout: 5000 });
    expect(shadow(el).querySelector('textarea')!.value).to.equal('please keep me');
  });

  it('Stop aborts the stream and keeps the partial answer', async () => {
    const el = await fixture<ChatWidgets>(html`<chat-widgets api-url=${url}></chat-widgets>`);
    await type(el, 'slow: essay');
    await waitUntil(
      () => messages(el).some((m) => m.startsWith('tok0 tok1 tok2')),
      'partial text',
      { timeout: 5000 },
    );
    const stop = shadow(el).querySelector<HTMLButtonElement>('[part=send-button]')!;
    expect(stop.textContent!.trim()).to.equal('Stop');
    stop.click();
    await waitUntil(
      () => shadow(el).querySelector('[part=send-button]')!.textContent!.trim() === 'Send',
    );
    const partial = messages(el).at(-1)!;
    await new Promise((r) => setTimeout(r, 300));
    expect(messages(el).at(-1)).to.equal(partial, 'nothing arrives after Stop');
    expect(partial).to.match(/^tok0 tok1 tok2/);
  });
});
