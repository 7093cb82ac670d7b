/**
 * A user message as the server sends it back, which may be absurd: thousands of text and tag parts.
 * Its texts are one text node per run, and past AUTO_DIR_MAX_NODES parts the bubble's direction is
 * computed once instead of by dir="auto" at every inserted node (seconds in Chromium and WebKit).
 */
import { expect } from '@open-wc/testing';

import { waitUntil } from '../helpers/wait.js';
import { ChatHarness } from '../helpers/chat-harness.js';
import { sseBody } from '../helpers/sse.js';
import { FREEZE_BOUND_MS, startHeartbeat } from '../helpers/heartbeat.js';

function userMessage(id: string, content: unknown[]): unknown {
  return {
    type: 'thread.item.done',
    item: {
      id,
      thread_id: 'thr_b',
      created_at: new Date().toISOString(),
      type: 'user_message',
      content,
      attachments: [],
      inference_options: {},
    },
  };
}

const tag = (i: number) => ({
  type: 'input_tag',
  id: `t${i}`,
  text: String(i),
  data: {},
  interactive: false,
});

async function bubbles(messages: unknown[]): Promise<{ chat: ChatHarness; list: Element[] }> {
  const events = [
    {
      type: 'thread.created',
      thread: {
        id: 'thr_b',
        title: null,
        created_at: new Date().toISOString(),
        status: { type: 'active' },
        metadata: {},
      },
    },
    ...messages,
  ];
  const chat = await ChatHarness.create({
    style: 'width: 600px; height: 500px',
    transport: (next) => async (input, init) => {
      const type = (JSON.parse(String(init?.body ?? '{}')) as { type?: string }).type;
      return type === 'threads.create'
        ? new Response(sseBody(events), { headers: { 'content-type': 'text/event-stream' } })
        : next(input, init);
    },
  });
  await chat.send('hi');
  await chat.waitForResponseEnd();
  const thread = chat.root.querySelector('cw-thread')!;
  const root = thread.shadowRoot ?? thread;
  await waitUntil(() => root.querySelectorAll('.item.user .bubble').length === messages.length);
  return { chat, list: [...root.querySelectorAll('.item.user .bubble')] };
}

describe('user bubble', () => {
  it('thousands of parts: one text node per run, the direction set once, no freeze', async () => {
    const many = (lead: string) => [
      { type: 'input_text', text: lead },
      ...Array.from({ length: 1500 }, (_, i) => [
        { type: 'input_text', text: ' (1) ' },
        tag(i),
      ]).flat(),
    ];
    const beat = startHeartbeat();
    const { list } = await bubbles([
      userMessage('u1', many('')),
      userMessage('u2', many('שלום')),
      userMessage('u3', [
        { type: 'input_text', text: 'a ' },
        { type: 'input_text', text: 'b' },
      ]),
    ]);
    const longest = beat.stop();
    console.log(`  3,000 parts: longest task ${longest.toFixed(0)} ms`);
    expect(longest).to.be.below(FREEZE_BOUND_MS);
    expect(list.map((b) => b.getAttribute('dir'))).to.deep.equal(['ltr', 'rtl', 'auto']);
    expect(getComputedStyle(list[1]!).direction).to.equal('rtl');
    expect(list[0]!.querySelectorAll('.tag').length).to.equal(1500);
    expect(list[0]!.textContent!.replace(/\s+/g, ' ')).to.include('(1) @0 (1) @1 (1) @2');
    // Two text parts side by side are one text node.
    const texts = [...list[2]!.childNodes].filter(
      (n) => n.nodeType === Node.TEXT_NODE && n.textContent,
    );
    expect(texts.map((n) => n.textContent)).to.deep.equal(['a b']);
  });
});
