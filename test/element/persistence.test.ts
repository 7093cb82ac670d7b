/**
 * `persist`: each thread's unsent draft and the open thread kept in localStorage across thread
 * switches and reloads (opt-in), and a chat that works as before when storage fails or holds
 * something else.
 */
import { expect } from '@open-wc/testing';

import { waitUntil } from '../helpers/wait.js';
import { ChatHarness } from '../helpers/chat-harness.js';

let n = 0;
const freshKey = () => `cw-test-persist-${Date.now()}-${++n}`;

function clear(key: string): void {
  for (const k of Object.keys(localStorage)) if (k.startsWith(key)) localStorage.removeItem(k);
}

describe('persist', () => {
  it('keeps each thread’s draft across switches and a reload, and a sent message clears it', async () => {
    const key = freshKey();
    const options = { persist: { drafts: true, key } };
    try {
      const chat = await ChatHarness.create({ options });
      await chat.send('hello: one');
      await chat.waitForResponseEnd();
      const a = chat.threadId!;
      await chat.composer.type('half a thought for A');
      await chat.el.setThreadId(null);
      await chat.el.updateComplete;
      expect(chat.composer.draft).to.equal('', 'a new chat has its own (empty) draft');
      await chat.composer.type('for the new chat');
      await chat.el.setThreadId(a);
      await chat.el.updateComplete;
      expect(chat.composer.draft).to.equal('half a thought for A');
      await chat.el.setThreadId(null);
      await chat.el.updateComplete;
      expect(chat.composer.draft).to.equal('for the new chat');
      chat.el.remove(); // A reload: the next element starts from storage.

      const again = await ChatHarness.create({
        backend: chat.backend!,
        options: { ...options, initialThread: a },
      });
      await again.waitForMessage('hello: one');
      await waitUntil(() => again.composer.draft === 'half a thought for A', 'draft restored');
      again.composer.sendButton.click();
      await again.waitForResponseEnd();
      expect(again.composer.draft).to.equal('');
      again.el.remove(); // Removal writes at once (no wait for the typing pause).
      expect(localStorage.getItem(`${key}:draft:${a}`)).to.equal(null, 'sent: no draft kept');
      expect(localStorage.getItem(`${key}:draft:new`)).to.contain('for the new chat');
    } finally {
      clear(key);
    }
  });

  it('reopens the open thread after a reload, and a new chat after one was started', async () => {
    const key = freshKey();
    const options = { persist: { thread: true, key } };
    try {
      const chat = await ChatHarness.create({ options });
      await chat.send('hello: remember me');
      await chat.waitForResponseEnd();
      chat.el.remove();
      const again = await ChatHarness.create({ backend: chat.backend!, options });
      await again.waitForMessage('hello: remember me');
      await again.el.setThreadId(null);
      again.el.remove();
      const third = await ChatHarness.create({ backend: chat.backend!, options });
      await third.el.updateComplete;
      expect(third.messages()).to.deep.equal([]);
      expect(third.root.querySelector('.start')).to.not.equal(null);
    } finally {
      clear(key);
    }
  });

  it('is off by default, ignores what it did not write, and works when storage refuses', async () => {
    const before = localStorage.length;
    const plain = await ChatHarness.create();
    await plain.composer.type('not kept');
    plain.el.remove();
    expect(localStorage.length).to.equal(before, 'nothing written without persist');

    const key = freshKey();
    localStorage.setItem(`${key}:draft:new`, '{"content":[{"type":"input_image","url":"x"}]}');
    localStorage.setItem(`${key}:thread`, '{"not":"an id"}');
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const chat = await ChatHarness.create({
        options: { persist: { drafts: true, thread: true, key } },
      });
      expect(chat.composer.draft).to.equal('', 'a draft of the wrong shape is dropped');
      await chat.composer.type('still works');
      await chat.composer.press('Enter');
      await chat.waitForResponseEnd();
      expect(chat.messages()).to.deep.equal(['still works', 'echo still works']);
      chat.el.remove();
    } finally {
      Storage.prototype.setItem = setItem;
      clear(key);
    }
  });

  it('keeps the quote a draft replies to', async () => {
    const key = freshKey();
    const options = { persist: { drafts: true, key } };
    try {
      const chat = await ChatHarness.create({ options });
      await chat.el.setComposerValue({ text: 'about this', reply: 'the quoted line' });
      chat.el.remove();
      const again = await ChatHarness.create({ backend: chat.backend!, options });
      await waitUntil(() => again.el.composerState.quote === 'the quoted line', 'quote restored');
      expect(again.composer.draft).to.equal('about this');
    } finally {
      clear(key);
    }
  });
});
