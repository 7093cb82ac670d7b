/** The public event classes: names, details, both spellings, and the `<chat-widgets>` events. */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import '../../src/define.js';
import type { ChatWidgets } from '../../src/element/chat-widgets.js';
import {
  CHAT_EVENTS,
  CwErrorEvent,
  CwReadyEvent,
  CwThreadChangeEvent,
  CwUserMessageEvent,
  EVENT_NAMES,
  emitChatEvent,
} from '../../src/events/index.js';
import { ChatHarness } from '../helpers/chat-harness.js';

describe('event classes', () => {
  it('each class names itself and its ChatKit twin', () => {
    for (const [chatkitName, event] of Object.entries(CHAT_EVENTS)) {
      expect(event.chatkitName).to.equal(chatkitName);
      expect(event.eventName).to.match(/^cw-[a-z-]+$/);
      expect(EVENT_NAMES[chatkitName as keyof typeof EVENT_NAMES]).to.equal(event.eventName);
    }
  });

  it('are CustomEvents that bubble out of shadow roots, with their detail', () => {
    const error = new Error('x');
    const event = new CwErrorEvent({ error });
    expect(event).to.be.instanceOf(CustomEvent);
    expect(event.type).to.equal('cw-error');
    expect(event.detail.error).to.equal(error);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(new CwReadyEvent().detail).to.equal(null);
  });

  it('emitChatEvent dispatches ours, then ChatKit’s, with one detail', () => {
    const target = new EventTarget();
    const seen: [string, unknown, boolean][] = [];
    for (const name of ['cw-thread-change', 'chatkit.thread.change'])
      target.addEventListener(name, (e) =>
        seen.push([e.type, (e as CwThreadChangeEvent).detail, e instanceof CwThreadChangeEvent]),
      );
    emitChatEvent(target, CwThreadChangeEvent, { threadId: 't1' });
    expect(seen).to.deep.equal([
      ['cw-thread-change', { threadId: 't1' }, true],
      ['chatkit.thread.change', { threadId: 't1' }, true],
    ]);
  });
});

describe('<chat-widgets> events', () => {
  it('fires ready under both names, as instances of its class', async () => {
    const el = await fixture<ChatWidgets>(html`<chat-widgets></chat-widgets>`);
    const [ours, theirs] = await Promise.all([
      oneEvent(el, 'cw-ready'),
      oneEvent(el, 'chatkit.ready'),
    ]);
    expect(ours).to.be.instanceOf(CwReadyEvent);
    expect(theirs).to.be.instanceOf(CwReadyEvent);
  });

  it('types chatkit.thread.change listeners with the class (detail.threadId)', async () => {
    const el = (await ChatHarness.create()).el;
    const changed = oneEvent(el, 'chatkit.thread.change');
    await el.sendUserMessage({ text: 'hi' });
    const event: CwThreadChangeEvent = await changed;
    expect(event.detail.threadId).to.be.a('string');
  });

  it('fires cw-user-message for every message sent, with what goes to the server', async () => {
    const chat = await ChatHarness.create({
      options: { startScreen: { prompts: [{ label: 'Go', prompt: 'hello: prompt' }] } },
    });
    const seen: CwUserMessageEvent[] = [];
    chat.el.addEventListener('cw-user-message', (e) => seen.push(e));
    chat.root.querySelector<HTMLButtonElement>('.prompt')!.click();
    await chat.waitForResponseEnd();
    await chat.send('hello: typed');
    await chat.waitForResponseEnd();
    await chat.el.sendUserMessage({ text: 'hello: api' });
    const text = (e: CwUserMessageEvent) =>
      e.detail.input.content.map((c) => ('text' in c ? c.text : '')).join('');
    expect(seen.map(text)).to.deep.equal(['hello: prompt', 'hello: typed', 'hello: api']);
    expect(seen.every((e) => e instanceof CwUserMessageEvent && e.bubbles && e.composed)).to.equal(
      true,
    );
    expect(seen[0]!.detail.threadId).to.equal(null, 'the first message opens a new thread');
    expect(seen[1]!.detail.threadId).to.equal(chat.threadId);
    const sent = chat.requests().map((r) => r.params['input']);
    expect(seen.map((e) => e.detail.input)).to.deep.equal(sent);
  });
});
