/**
 * The lazy parts of the element (src/internal/lazy-elements.ts): each loads as a chunk the first
 * time it renders, works once it arrives, and a chunk that fails shows a labelled fallback while
 * the chat keeps working. The loaders are replaced (before any load starts) by gated or failing
 * ones that still hand over the real classes.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import { waitUntil } from '../helpers/wait.js';
import { registerLazyElement } from '../../src/internal/lazy-elements.js';
import { ChatHarness } from '../helpers/chat-harness.js';

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

// At module evaluation, before the page's idle preload of the widget layer can start.
const mentionGate = gate();
const widgetGate = gate();
registerLazyElement('cw-mention-menu', async () => {
  await mentionGate.opened;
  return (await import('../../src/composer/mention-menu.js')).CwMentionMenu;
});
registerLazyElement('cw-widget', async () => {
  await widgetGate.opened;
  return (await import('../../src/widgets/widget-view.js')).CwWidget;
});
const actionsGate = gate();
registerLazyElement('cw-message-actions', async () => {
  await actionsGate.opened;
  return (await import('../../src/element/item-extras.js')).CwMessageActions;
});
registerLazyElement('cw-tool-picker', () => Promise.reject(new Error('offline (test)')));
registerLazyElement('cw-workflow', () => Promise.reject(new Error('offline (test)')));
registerLazyElement('cw-extra-item', () => Promise.reject(new Error('offline (test)')));
registerLazyElement('cw-notice', () => Promise.reject(new Error('offline (test)')));

describe('lazy parts of <chat-widgets>', () => {
  it('the actions under an answer hold their place until their chunk arrives, then work', async () => {
    const chat = await ChatHarness.create({ options: { threadItemActions: { feedback: true } } });
    void chat.el.sendUserMessage({ text: 'plain' });
    await chat.waitForMessage('echo plain');
    const root = chat.el.shadowRoot!;
    await waitUntil(() => root.querySelector('cw-message-actions'), 'the actions element');
    const pending = root.querySelector('cw-message-actions')!;
    expect(pending.matches(':not(:defined)'), 'the chunk has not arrived').to.equal(true);
    const held = pending.getBoundingClientRect().height;
    expect(held).to.be.greaterThan(0);
    expect(pending.querySelector('button')).to.equal(null);
    // (Not updateComplete: it would also wait for the gated widget chunk of the test below.)
    actionsGate.open();
    const labels = () =>
      [...root.querySelectorAll('.item-actions button')].map((b) => b.getAttribute('aria-label'));
    await waitUntil(() => labels().length > 0, 'the buttons show');
    expect(labels()).to.deep.equal(['Copy', 'Good response', 'Bad response']);
    // The place held was the toolbar's height: nothing below it moves when it arrives.
    expect(pending.getBoundingClientRect().height).to.equal(held);
    root.querySelector<HTMLButtonElement>('[aria-label="Good response"]')!.click();
    await waitUntil(
      () =>
        root.querySelector('[aria-label="Good response"]')!.getAttribute('aria-pressed') === 'true',
      'the choice shows',
    );
  });

  it('an @ typed before the mention menu chunk arrives opens the menu once it does', async () => {
    const chat = await ChatHarness.create({
      options: {
        entities: {
          onTagSearch: (q) =>
            Promise.resolve(
              [{ id: 'p_ada', title: 'Ada Lovelace' }].filter((e) =>
                e.title.toLowerCase().includes(q),
              ),
            ),
        },
      },
    });
    chat.composer.editor.focus();
    await sendKeys({ type: 'Hi @ad' });
    expect(customElements.get('cw-mention-menu'), 'the chunk has not arrived').to.equal(undefined);
    expect(chat.composer.editor.getAttribute('aria-expanded')).to.equal('true');
    mentionGate.open();
    await waitUntil(() => chat.composer.mentionOptions.length === 1, 'the menu shows the result');
    await sendKeys({ press: 'Enter' });
    await chat.composer.updateComplete();
    expect(chat.composer.editor.querySelector('.tag')!.textContent).to.equal('@Ada Lovelace');
  });

  it('a widget item holds a sized placeholder until the widget chunk arrives, then renders', async () => {
    const chat = await ChatHarness.create();
    void chat.el.sendUserMessage({ text: 'widget: draft' });
    const root = chat.el.shadowRoot!;
    await waitUntil(() => root.querySelector('.widget-item cw-widget'), 'the widget item');
    const pending = root.querySelector('.widget-item cw-widget')!;
    expect(pending.matches(':not(:defined)')).to.equal(true);
    expect(pending.getBoundingClientRect().height).to.be.greaterThan(0);
    widgetGate.open();
    await chat.waitForWidgetText('Send');
    await chat.el.updateComplete;
    expect(chat.lastWidget().textContent).to.contain('Send');
  });

  it('the history panel loads when first opened', async () => {
    const chat = await ChatHarness.create();
    await chat.send('title: Lazy thread');
    await chat.waitForResponseEnd();
    expect(customElements.get('cw-history')).to.equal(undefined);
    await chat.el.showHistory();
    await waitUntil(() => chat.history()?.textContent?.includes('Lazy thread'), 'history lists it');
  });

  it('a chunk that fails (the tool picker) shows a labelled fallback; the chat keeps working', async () => {
    const chat = await ChatHarness.create({
      options: { composer: { tools: [{ id: 'search', label: 'Search', icon: 'search' }] } },
    });
    await waitUntil(
      () => chat.composer.shadow.querySelector('.lazy-fallback'),
      'the fallback shows',
    );
    const note = chat.composer.shadow.querySelector('.lazy-fallback')!;
    expect(note.getAttribute('role')).to.equal('note');
    expect(note.textContent).to.contain('Tools could not be loaded');
    await chat.send('still here');
    await chat.waitForMessage('echo still here');
  });

  it('a workflow and an image whose chunks fail are labelled notes in their places; the rest of the answer shows', async () => {
    const chat = await ChatHarness.create();
    await chat.send('workflow: research');
    await chat.waitForResponseEnd();
    await chat.el.updateComplete;
    const notes = [...chat.root.querySelectorAll('.thread > .item.lazy-fallback')];
    // The workflow, the generated image and the standalone task: each keeps its place in the
    // thread as an item.
    expect(notes.map((n) => n.textContent!.trim())).to.deep.equal([
      'The steps of this answer could not be shown.',
      'This part of the conversation could not be shown.',
      'The steps of this answer could not be shown.',
    ]);
    for (const note of notes) expect(note.getAttribute('role')).to.equal('note');
    expect(chat.root.querySelector('.generated-image')).to.equal(null);
    await chat.send('still here');
    await chat.waitForMessage('echo still here');
  });

  it('a notice whose chunk fails still reads, as plain text with the role of its level', async () => {
    const chat = await ChatHarness.create();
    await chat.send('notice: Mind the **gap**');
    await chat.waitForResponseEnd();
    await chat.el.updateComplete;
    const note = chat.root.querySelector('.thread > .lazy-fallback')!;
    expect(note.getAttribute('role')).to.equal('status');
    expect(note.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Heads up: Mind the **gap**');
    expect(chat.root.querySelector('cw-notice')).to.equal(null);
  });
});
