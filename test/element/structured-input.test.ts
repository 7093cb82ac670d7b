/** Structured input: the server's questions replace the composer until answered or skipped. */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import { waitUntil } from '../helpers/wait.js';
import { ChatHarness } from '../helpers/chat-harness.js';

const form = (chat: ChatHarness) =>
  chat.root.querySelector('cw-structured-input')?.shadowRoot?.querySelector('form') ?? null;

describe('structured input', () => {
  it('answers with choices and free text, then the composer returns', async () => {
    const chat = await ChatHarness.create();
    await chat.el.sendUserMessage({ text: 'ask: travel' });
    await waitUntil(() => form(chat), 'questions shown');
    expect(chat.root.querySelector('cw-composer')).to.equal(null, 'in place of the composer');
    const f = form(chat)!;
    expect([...f.querySelectorAll('legend')].map((l) => l.textContent)).to.deep.equal([
      'Which seat do you prefer?',
      'Anything else?',
      'A note for the crew?',
    ]);
    f.querySelector<HTMLInputElement>('input[value=Aisle]')!.click();
    f.querySelector<HTMLInputElement>('input[value="Wi-Fi"]')!.click();
    f.querySelector<HTMLInputElement>('input[value=Meal]')!.click();
    f.querySelector<HTMLTextAreaElement>('textarea')!.focus();
    await sendKeys({ type: 'Near the exit' });
    f.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await chat.waitForResponseEnd();
    await chat.waitForMessage(
      'Answers (answered): seat=Aisle, extras=Meal+Wi-Fi, note=Near the exit',
    );
    await waitUntil(() => chat.root.querySelector('cw-composer'), 'the composer is back');
    const summary = chat.root.querySelector('.structured-input')!.textContent!;
    expect(summary).to.contain('Aisle').and.contain('Near the exit');
    expect(chat.requestTypes()).to.deep.equal(['threads.create', 'threads.add_structured_input']);
  });

  it('Skip skips every question', async () => {
    const chat = await ChatHarness.create();
    await chat.el.sendUserMessage({ text: 'ask: travel' });
    await waitUntil(() => form(chat), 'questions shown');
    [...form(chat)!.querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => b.textContent!.trim() === 'Skip')!
      .click();
    await chat.waitForMessage('Answers (skipped): seat=skipped, extras=skipped, note=skipped');
  });

  it('keeps the draft and the chosen tool typed before the questions came', async () => {
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    const chat = await ChatHarness.create({
      options: { composer: { tools: [{ id: 'search', label: 'Search', pinned: true }] } },
      transport: (next) => async (input, init) => {
        const type =
          typeof init?.body === 'string' ? (JSON.parse(init.body) as { type: string }).type : '';
        if (type === 'threads.create') await held;
        return next(input, init);
      },
    });
    const sent = chat.el.sendUserMessage({ text: 'ask: travel' });
    await waitUntil(() => chat.streaming, 'the request is in flight');
    // While the answer is on its way, the user starts the next message and picks a tool.
    await chat.composer.type('my next question');
    chat.composer.chips()[0]!.click();
    await chat.composer.updateComplete();
    expect(chat.composer.chips()[0]!.getAttribute('aria-pressed')).to.equal('true');
    release();
    await sent;
    await waitUntil(() => form(chat), 'questions shown');
    [...form(chat)!.querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => b.textContent!.trim() === 'Skip')!
      .click();
    await chat.waitForMessage('Answers (skipped): seat=skipped, extras=skipped, note=skipped');
    await waitUntil(() => chat.root.querySelector('cw-composer'), 'the composer is back');
    await chat.composer.updateComplete();
    expect(chat.composer.draft).to.equal('my next question');
    expect(chat.composer.chips()[0]!.getAttribute('aria-pressed')).to.equal('true');
  });
});
