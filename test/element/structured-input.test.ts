/** Structured input: the server's questions replace the composer until answered or skipped. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import '../../src/define.js';
import type { ChatWidgets } from '../../src/element/chat-widgets.js';
import { root, serverUrl, waitForMessage } from '../helpers/element.js';

const form = (el: ChatWidgets) =>
  root(el).querySelector('cw-structured-input')?.shadowRoot?.querySelector('form') ?? null;

describe('structured input', () => {
  let url: string;
  before(async () => {
    url = await serverUrl();
  });

  it('answers with choices and free text, then the composer returns', async () => {
    const el = await fixture<ChatWidgets>(html`<chat-widgets api-url=${url}></chat-widgets>`);
    await el.sendUserMessage({ text: 'ask: travel' });
    await waitUntil(() => form(el), 'questions shown');
    expect(root(el).querySelector('cw-composer')).to.equal(null, 'in place of the composer');
    const f = form(el)!;
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
    await waitForMessage(
      el,
      'Answers (answered): seat=Aisle, extras=Meal+Wi-Fi, note=Near the exit',
    );
    await waitUntil(() => root(el).querySelector('cw-composer'), 'the composer is back');
    const summary = root(el).querySelector('.structured-input')!.textContent!;
    expect(summary).to.contain('Aisle').and.contain('Near the exit');
  });

  it('Skip skips every question', async () => {
    const el = await fixture<ChatWidgets>(html`<chat-widgets api-url=${url}></chat-widgets>`);
    await el.sendUserMessage({ text: 'ask: travel' });
    await waitUntil(() => form(el), 'questions shown');
    [...form(el)!.querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => b.textContent!.trim() === 'Skip')!
      .click();
    await waitForMessage(el, 'Answers (skipped): seat=skipped, extras=skipped, note=skipped');
  });
});
