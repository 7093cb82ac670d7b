/**
 * `setComposerValue` round-trips what `sendUserMessage` takes: tags stay chips, `reply` shows as a
 * removable quote and goes out as `quoted_text`, uploaded `attachments` show as done uploads and go
 * out with the message; the promise resolves once the composer shows all of it.
 */
import { expect } from '@open-wc/testing';

import { ChatHarness, lastInput, storedAttachment } from '../helpers/chat-harness.js';

describe('setComposerValue', () => {
  it('content: tags show as chips (not @text) and are sent as tags', async () => {
    const chat = await ChatHarness.create();
    await chat.el.setComposerValue({
      content: [
        { type: 'input_text', text: 'Ask ' },
        {
          type: 'input_tag',
          id: 'p_ada',
          text: 'Ada',
          data: { role: 'author' },
          interactive: false,
        },
        { type: 'input_text', text: ' about engines' },
      ],
    });
    const chip = chat.composer.editor.querySelector('.tag');
    expect(chip, 'the tag is a chip as soon as the promise resolves').to.not.equal(null);
    expect(chip!.textContent).to.equal('@Ada');
    expect(chip!.getAttribute('contenteditable')).to.equal('false');
    chat.composer.sendButton.click();
    await chat.waitForResponseEnd();
    const content = lastInput(chat).content;
    expect(content.map((c) => c.type)).to.deep.equal(['input_text', 'input_tag', 'input_text']);
    expect(content[1]).to.include({ id: 'p_ada', text: 'Ada' });
  });

  it('reply: a removable quote above the input (dir=auto), sent as quoted_text with the next message only', async () => {
    const chat = await ChatHarness.create();
    await chat.el.setComposerValue({ text: 'Why?', reply: 'مرحبا, the engine weaves patterns' });
    const quote = chat.composer.shadow.querySelector('.quote');
    expect(quote, 'the quote shows once the promise resolves').to.not.equal(null);
    const text = quote!.querySelector('span')!;
    expect(text.textContent).to.equal('مرحبا, the engine weaves patterns');
    expect(text.getAttribute('dir')).to.equal('auto');
    chat.composer.sendButton.click();
    await chat.waitForResponseEnd();
    expect(lastInput(chat).quoted_text).to.equal('مرحبا, the engine weaves patterns');
    await chat.composer.updateComplete();
    expect(chat.composer.shadow.querySelector('.quote'), 'cleared after sending').to.equal(null);

    await chat.el.setComposerValue({ text: 'Second', reply: 'to be removed' });
    const remove = chat.composer.shadow.querySelector<HTMLButtonElement>('.quote button')!;
    expect(remove.getAttribute('aria-label')).to.equal('Remove quote');
    remove.click();
    await chat.composer.updateComplete();
    expect(chat.composer.shadow.querySelector('.quote')).to.equal(null);
    chat.composer.sendButton.click();
    await chat.waitForResponseEnd();
    expect(lastInput(chat).quoted_text ?? null, 'a removed quote is not sent').to.equal(null);
  });

  it('attachments: uploaded ones show as done uploads and are sent (an attachment-only message too)', async () => {
    const chat = await ChatHarness.create();
    const first = await storedAttachment(chat, 'brief.txt');
    const second = await storedAttachment(chat, 'data.txt');
    // No `composer.attachments`: the host's attachments need no uploader.
    await chat.el.setComposerValue({ attachments: [first, second, first] });
    const rows = chat.composer.uploads();
    expect(rows, 'shown once the promise resolves, each attachment once').to.have.length(2);
    expect(rows.every((r) => r.classList.contains('done'))).to.equal(true);
    expect(rows.map((r) => r.querySelector('.upload-name')!.textContent)).to.deep.equal([
      'brief.txt',
      'data.txt',
    ]);
    expect(chat.composer.sendButton.disabled).to.equal(false, 'attachments alone can be sent');
    chat.composer.sendButton.click();
    await chat.waitForMessage('echo | attachments: brief.txt, data.txt');
    expect(lastInput(chat).attachments).to.deep.equal([first.id, second.id]);
    expect(chat.composer.uploads()).to.have.length(0, 'the composer is cleared');
  });

  it('quote and attachments live in the composer state: they survive the composer being swapped out', async () => {
    const chat = await ChatHarness.create();
    const attachment = await storedAttachment(chat, 'kept.txt');
    await chat.el.setComposerValue({ text: 'kept', reply: 'quoted', attachments: [attachment] });
    const first = chat.composer.element;
    first.remove();
    const again = document.createElement('cw-composer');
    again.state = first.state;
    chat.root.querySelector('footer')!.prepend(again);
    await again.updateComplete;
    expect(again.shadowRoot!.querySelector('.quote span')!.textContent).to.equal('quoted');
    expect(again.shadowRoot!.querySelector('.upload .upload-name')!.textContent).to.equal(
      'kept.txt',
    );
    expect(again.draft).to.equal('kept');
  });
});
