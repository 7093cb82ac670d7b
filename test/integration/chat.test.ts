/**
 * One whole conversation against the real openai-chatkit Python server: a streamed answer, a
 * streamed widget and its action, then the history panel and reopening the thread.
 */
import { expect } from '@open-wc/testing';

import { waitUntil } from '../helpers/wait.js';
import { ChatHarness } from '../helpers/chat-harness.js';
import { serverUrl } from '../helpers/element.js';

describe('a full chat against openai-chatkit', () => {
  let url: string;
  before(async function () {
    // The first request starts the Python server (lazily, once per run): give it time.
    this.timeout(60_000);
    url = await serverUrl();
  });

  it('streams, runs a widget action, and finds the thread again in the history', async () => {
    const chat = await ChatHarness.create({ url });
    await chat.send('hello: there');
    await chat.waitForResponseEnd();
    expect(chat.messages()).to.deep.equal(['hello: there', 'Hello, world!']);
    expect(chat.title).to.equal('Greeting');

    await chat.send('widget: draft');
    await chat.waitForResponseEnd();
    await chat.waitForWidgetText('Final draft');
    [...chat.lastWidget().querySelectorAll<HTMLButtonElement>('.card-footer .btn')]
      .find((b) => b.textContent!.includes('Send'))!
      .click();
    await chat.waitForWidgetText('Your message was sent.');
    await chat.waitForMessage('Done - the draft was sent.');
    expect(chat.eventsNamed('cw-effect').map((e) => e.detail)).to.deep.equal([
      { name: 'toast', data: { text: 'Sent!' } },
    ]);

    const threadId = chat.threadId!;
    await chat.el.setThreadId(null);
    await chat.el.showHistory();
    const history = () => chat.history()!;
    await waitUntil(() => history().querySelector('.list'), 'history list');
    [...history().querySelectorAll<HTMLButtonElement>('.open')]
      .find((b) => b.textContent!.includes('Greeting'))!
      .click();
    await waitUntil(() => chat.threadId === threadId, 'the thread reopened');
    await chat.waitForMessage('Done - the draft was sent.');
    expect(chat.messages()).to.include.members(['hello: there', 'Hello, world!']);
    expect(chat.widgets().some((w) => w.shadowRoot!.textContent!.includes('Sent'))).to.equal(
      true,
      'the replaced widget was stored',
    );
  });
});
