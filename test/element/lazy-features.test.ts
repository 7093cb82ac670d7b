/**
 * The features that load as chunks of their own: the composer's (src/composer/composer-features.ts)
 * uploads, dictation and @-mentions, and the routing of widget actions (widget-actions.ts). Nothing
 * is asked for a chat that does not use them; what the user does before a chunk arrives is kept
 * and done once it does; a chunk that fails shows a labelled fallback while the chat still sends
 * text. The loaders are replaced (before any load starts) by counting, gated or failing ones that
 * still hand over the real modules.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import { waitUntil } from '../helpers/wait.js';
import { registerLazyPart } from '../../src/internal/lazy-parts.js';
import { ChatHarness } from '../helpers/chat-harness.js';

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

const asked: string[] = [];
const uploadsGate = gate();
const mentionsGate = gate();
registerLazyPart('uploads', async () => {
  asked.push('uploads');
  await uploadsGate.opened;
  return import('../../src/composer/uploads-controller.js');
});
registerLazyPart('mentions', async () => {
  asked.push('mentions');
  await mentionsGate.opened;
  return import('../../src/composer/mention-controller.js');
});
const commandsGate = gate();
registerLazyPart('commands', async () => {
  asked.push('commands');
  await commandsGate.opened;
  return import('../../src/composer/command-controller.js');
});
const actionsGate = gate();
registerLazyPart('widget-actions', async () => {
  asked.push('widget-actions');
  await actionsGate.opened;
  return import('../../src/element/widget-action-route.js');
});
registerLazyPart('dictation', () => {
  asked.push('dictation');
  return Promise.reject(new Error('offline (test)'));
});

const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

describe('lazy composer features', () => {
  it('a plain chat asks for none of their chunks', async () => {
    const chat = await ChatHarness.create();
    await chat.send('hello: there');
    await chat.waitForResponseEnd();
    expect(asked).to.deep.equal([]);
    expect(chat.composer.shadow.querySelector('.attach, .dictate, .lazy-fallback')).to.equal(null);
  });

  it("a widget's action clicked before the action routing arrives is routed once it does", async () => {
    const chat = await ChatHarness.create();
    let dispatched = 0;
    chat.el.addEventListener('cw-widget-action', () => (dispatched += 1));
    void chat.el.sendUserMessage({ text: 'widget: draft' });
    await chat.waitForWidgetText('Send');
    expect(asked).to.include('widget-actions', 'asked for with the first widget');
    const send = [...chat.lastWidget().querySelectorAll<HTMLButtonElement>('.btn')].find((b) =>
      b.textContent!.includes('Send'),
    )!;
    send.click();
    expect(dispatched).to.equal(0, 'not routed yet');
    actionsGate.open();
    await chat.waitForWidgetText('Your message was sent.');
    expect(dispatched).to.equal(1);
    expect(chat.requestTypes().filter((t) => t === 'threads.custom_action')).to.have.length(1);
  });

  it("the widgets' palette reaches the chat with its first widget", async () => {
    const chat = await ChatHarness.create();
    const palette = () => getComputedStyle(chat.el).getPropertyValue('--cw-palette-blue-500');
    expect(palette()).to.equal('', 'not in the first load');
    void chat.el.sendUserMessage({ text: 'widget: draft' });
    await chat.waitForWidgetText('Send');
    await chat.el.updateComplete;
    expect(palette().trim()).to.equal('#3b82f6');
    chat.el.setAttribute('theme', 'dark');
    await chat.el.updateComplete;
    expect(palette().trim()).to.equal('#60a5fa', 'the scale runs the other way in dark mode');
  });

  it('a file added before the uploads chunk arrives is uploaded once it does', async () => {
    const chat = await ChatHarness.create();
    const origin = new URL(chat.url).origin;
    chat.setOptions({
      api: { uploadStrategy: { type: 'direct', uploadUrl: `${origin}/direct-upload` } },
      composer: { attachments: { enabled: true } },
    });
    await waitUntil(() => asked.includes('uploads'), 'attachments enabled: the chunk is asked for');
    expect(chat.composer.shadow.querySelector('.attach')).to.equal(null, 'not there yet');
    const setting = chat.el.setComposerValue({
      text: 'see this',
      files: [new File([PNG], 'dot.png', { type: 'image/png' })],
    });
    uploadsGate.open();
    await setting;
    await waitUntil(
      () => chat.composer.uploads().some((u) => u.classList.contains('done')),
      'uploaded',
      { timeout: 5000 },
    );
    expect(chat.composer.shadow.querySelector('.attach input[type=file]')).to.not.equal(null);
    // The chunk brought its styles (adopted into the composer's shadow root).
    const upload = chat.composer.uploads()[0]!;
    expect(getComputedStyle(upload).maxWidth).to.equal('220px');
  });

  it('an @ typed before the mentions chunk arrives opens the menu once it does', async () => {
    const chat = await ChatHarness.create();
    // Not awaited: the composer's updateComplete waits for the (gated) chunk.
    chat.setOptions({
      entities: {
        onTagSearch: (q) =>
          Promise.resolve(
            [{ id: 'p_ada', title: 'Ada Lovelace' }].filter((e) =>
              e.title.toLowerCase().includes(q),
            ),
          ),
      },
    });
    await waitUntil(
      () => asked.includes('mentions'),
      'entities configured: the chunk is asked for',
    );
    chat.composer.editor.focus();
    await sendKeys({ type: 'Hi @ad' });
    expect(chat.composer.mentionOptions.length).to.equal(0, 'no menu before the chunk');
    mentionsGate.open();
    await waitUntil(() => chat.composer.mentionOptions.length === 1, 'the menu shows the result');
    await sendKeys({ press: 'Enter' });
    await chat.composer.updateComplete();
    expect(chat.composer.editor.querySelector('.tag')!.textContent).to.equal('@Ada Lovelace');
  });

  it('a / typed before the commands chunk arrives opens the menu for what was typed once it does', async () => {
    const commands = [
      { id: 'help', label: 'Help' },
      { id: 'hello', label: 'Hello world' },
      { id: 'summarize', label: 'Summarize' },
    ];
    const queries: string[] = [];
    const chat = await ChatHarness.create();
    // Not awaited: the composer's updateComplete waits for the (gated) chunk.
    chat.setOptions({
      commands: {
        enabled: true,
        onSearch: (query) => {
          queries.push(query);
          return Promise.resolve(
            commands.filter((c) => c.label.toLowerCase().startsWith(query.toLowerCase())),
          );
        },
      },
    });
    await waitUntil(
      () => asked.includes('commands'),
      'commands configured: the chunk is asked for',
    );
    chat.composer.editor.focus();
    await sendKeys({ type: '/he' });
    expect(chat.composer.draft).to.equal('/he');
    expect(chat.composer.shadow.querySelector('.commands')).to.equal(null, 'no menu yet');
    expect(queries).to.deep.equal([], 'nothing searched before the chunk');
    commandsGate.open();
    const labels = () =>
      [...chat.composer.shadow.querySelectorAll('.commands [role=option] .label')].map(
        (o) => o.textContent,
      );
    await waitUntil(() => labels().length === 2, 'the menu shows the matching commands');
    expect(labels()).to.deep.equal(['Help', 'Hello world']);
    expect(queries).to.deep.equal(['he'], 'searched once, for what was typed');
    expect(chat.composer.editor.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
  });

  it('a failed chunk (dictation) shows a labelled fallback; the chat still sends text', async () => {
    const chat = await ChatHarness.create({
      options: { composer: { dictation: { enabled: true } } },
    });
    await chat.el.updateComplete;
    expect(asked).to.include('dictation');
    const note = chat.composer.shadow.querySelector('.lazy-fallback')!;
    expect(note.getAttribute('role')).to.equal('note');
    expect(note.textContent).to.contain('Dictation could not be loaded');
    expect(chat.composer.shadow.querySelector('.dictate')).to.equal(null);
    await chat.send('still here');
    await chat.waitForMessage('echo still here');
  });
});
