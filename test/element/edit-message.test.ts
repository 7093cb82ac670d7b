/**
 * Edit under the user's own messages (`threadItemActions.editUserMessage`, beyond ChatKit): the
 * message goes back into the composer (text, tags as chips, its quote and its attachments), is
 * sent as a new message (the protocol cannot change a stored one), and the draft that was in the
 * composer is set aside meanwhile and comes back after: nothing typed is lost.
 */
import { expect } from '@open-wc/testing';

import { waitUntil } from '../helpers/wait.js';
import { ChatHarness, lastInput, storedAttachment } from '../helpers/chat-harness.js';

const editButton = (chat: ChatHarness, nth = 0) =>
  [...chat.root.querySelectorAll<HTMLButtonElement>('.item.user .item-actions [aria-label=Edit]')][
    nth
  ];

describe('edit a sent message', () => {
  it('is off by default, and shows beside copy when asked for', async () => {
    const plain = await ChatHarness.create();
    await plain.el.sendUserMessage({ text: 'no edit here' });
    await plain.el.updateComplete;
    expect(plain.root.querySelector('.item.user .item-actions')).to.equal(null);

    const chat = await ChatHarness.create({
      options: { threadItemActions: { editUserMessage: true, copyUserMessage: true } },
    });
    await chat.el.sendUserMessage({ text: 'edit me' });
    await chat.el.updateComplete;
    await waitUntil(() => editButton(chat), 'the edit button');
    const labels = [...chat.root.querySelectorAll('.item.user .item-actions button')].map((b) =>
      b.getAttribute('aria-label'),
    );
    expect(labels).to.deep.equal(['Copy', 'Edit']);
  });

  it('puts the message back in the composer and sends it as a new one, then gives the draft back', async () => {
    const chat = await ChatHarness.create({
      options: { threadItemActions: { editUserMessage: true } },
    });
    const file = await storedAttachment(chat, 'notes.txt');
    await chat.el.sendUserMessage({
      content: [
        { type: 'input_text', text: 'Ask ' },
        { type: 'input_tag', id: 'p_ada', text: 'Ada', data: {}, interactive: false },
        { type: 'input_text', text: ' about engines' },
      ],
      reply: 'the quoted line',
      attachments: [file],
    });
    await chat.waitForResponseEnd();
    // A draft of the user's own, with a quote, is in the composer when they choose Edit.
    await chat.el.setComposerValue({ text: 'my unsent draft', reply: 'my own quote' });
    await waitUntil(() => editButton(chat), 'the edit button');
    editButton(chat)!.click();
    await waitUntil(() => chat.composer.shadow.querySelector('.editing'), 'the editing note');
    const composer = chat.composer;
    expect(composer.shadow.querySelector('.editing')!.getAttribute('role')).to.equal('status');
    expect(composer.draft).to.equal('Ask @Ada about engines');
    expect(composer.editor.querySelector('.tag')!.textContent).to.equal('@Ada');
    expect(composer.shadow.querySelector('.quote')!.textContent).to.contain('the quoted line');
    expect(composer.uploads().map((u) => u.textContent)).to.satisfy((t: string[]) =>
      t.some((x) => x.includes('notes.txt')),
    );
    // The composer has the focus: the user can change the text at once.
    expect(composer.shadow.activeElement).to.equal(composer.editor);
    expect(
      chat
        .eventsNamed('cw-log')
        .some((l) => (l.detail as { name: string }).name === 'message.edit'),
    ).to.equal(true);

    // Changed and sent: a new message with the tag, the quote and the attachment.
    await composer.type(' and looms');
    const before = chat.requestTypes().filter((t) => t === 'threads.add_user_message').length;
    composer.sendButton.click();
    await chat.waitForResponseEnd();
    expect(chat.requestTypes().filter((t) => t === 'threads.add_user_message').length).to.equal(
      before + 1,
    );
    const input = lastInput(chat);
    expect(input.content.map((c) => c.type)).to.deep.equal([
      'input_text',
      'input_tag',
      'input_text',
    ]);
    expect(input.content.map((c) => c.text).join('')).to.equal('Ask Ada about engines and looms');
    expect(input.quoted_text).to.equal('the quoted line');
    expect(input.attachments).to.deep.equal([file.id]);
    // The first message is still there; the changed one follows it.
    const users = [...chat.root.querySelectorAll('.item.user')].map((el) =>
      el.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(users.length).to.equal(2);
    // The draft set aside is back, with its quote; the editing note is gone.
    await waitUntil(() => composer.draft === 'my unsent draft', 'the draft comes back');
    expect(composer.shadow.querySelector('.editing')).to.equal(null);
    expect(composer.shadow.querySelector('.quote')!.textContent).to.contain('my own quote');
  });

  it('Cancel and Escape give the draft back without sending', async () => {
    const chat = await ChatHarness.create({
      options: { threadItemActions: { editUserMessage: true } },
    });
    await chat.el.sendUserMessage({ text: 'first question' });
    await chat.waitForResponseEnd();
    await chat.composer.type('half a thought');
    await waitUntil(() => editButton(chat), 'the edit button');
    const sent = chat.requests().length;

    editButton(chat)!.click();
    await waitUntil(() => chat.composer.draft === 'first question', 'the message is in');
    chat.composer.shadow.querySelector<HTMLButtonElement>('.editing button')!.click();
    await waitUntil(() => chat.composer.draft === 'half a thought', 'Cancel gives it back');

    editButton(chat)!.click();
    await waitUntil(() => chat.composer.draft === 'first question', 'the message is in again');
    await chat.composer.press('Escape');
    await waitUntil(() => chat.composer.draft === 'half a thought', 'Escape gives it back');
    expect(chat.composer.shadow.querySelector('.editing')).to.equal(null);
    expect(chat.requests().length).to.equal(sent, 'nothing was sent');
  });
});
