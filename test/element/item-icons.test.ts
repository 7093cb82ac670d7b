/**
 * Server-given icons of thread items: a progress update's, a workflow summary's and a custom
 * task's icon draw through the widget icon table (names only: an unknown name or a URL is a
 * neutral placeholder, never loaded).
 */
import { expect } from '@open-wc/testing';

import { waitUntil } from '../helpers/wait.js';
import { ChatHarness } from '../helpers/chat-harness.js';
import { sseBody } from '../helpers/sse.js';

/** A `threads.create` answer: a workflow, then a progress update held open until `release`. */
function answer(release: Promise<void>): Response {
  const now = new Date().toISOString();
  const base = { thread_id: 'thr_i', created_at: now };
  const workflow = {
    ...base,
    id: 'wf_1',
    type: 'workflow',
    workflow: {
      type: 'custom',
      expanded: true,
      summary: { title: 'Planned the trip', icon: 'globe' },
      tasks: [
        { type: 'custom', title: 'Picked dates', icon: 'calendar', status_indicator: 'complete' },
        { type: 'custom', title: 'Hostile icon', icon: 'https://evil.example/x.png' },
        { type: 'custom', title: 'Plain', status_indicator: 'complete' },
        { type: 'custom', title: 'Running', icon: 'calendar', status_indicator: 'loading' },
      ],
    },
  };
  const head = [
    {
      type: 'thread.created',
      thread: {
        id: 'thr_i',
        title: null,
        created_at: now,
        status: { type: 'active' },
        metadata: {},
      },
    },
    { type: 'thread.item.added', item: workflow },
    { type: 'thread.item.done', item: workflow },
    { type: 'progress_update', icon: 'search', text: 'Searching flights…' },
  ];
  const tail = [
    {
      type: 'thread.item.done',
      item: {
        ...base,
        id: 'msg_i',
        type: 'assistant_message',
        content: [{ type: 'output_text', text: 'Done.', annotations: [] }],
      },
    },
  ];
  const encode = (events: unknown[]) => new TextEncoder().encode(sseBody(events));
  let step = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (step === 0) controller.enqueue(encode(head));
      else if (step === 1) {
        await release;
        controller.enqueue(encode(tail));
      } else controller.close();
      step++;
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
}

describe('<chat-widgets> item icons', () => {
  it('progress updates, workflow summaries and custom tasks draw their icons by name; a URL is not an icon', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const chat = await ChatHarness.create({
      transport: (next) => async (input, init) => {
        const type = (JSON.parse(String(init?.body ?? '{}')) as { type?: string }).type;
        return type === 'threads.create' ? answer(released) : next(input, init);
      },
    });
    const sending = chat.el.sendUserMessage({ text: 'plan' });
    const root = chat.root;
    const known = (scope: ParentNode | null, name: string) =>
      scope?.querySelector(`svg.item-icon[data-icon="${name}"][data-known="true"]`) ?? null;
    await waitUntil(() => known(root.querySelector('.progress'), 'search'), 'the progress icon');
    const progress = root.querySelector('.progress')!;
    expect(progress.textContent).to.contain('Searching flights…');
    expect(progress.querySelector('.spinner'), 'the icon stands in for the spinner').to.equal(null);

    await waitUntil(() => known(root.querySelector('.workflow summary'), 'globe'), 'summary icon');
    expect(root.querySelector('.workflow summary')!.textContent).to.contain('Planned the trip');
    const rails = [...root.querySelectorAll('.workflow .task-status')];
    expect(rails).to.have.length(4);
    expect(known(rails[0]!, 'calendar'), 'a custom task icon').to.not.equal(null);
    // A URL is not an icon name: the neutral placeholder, nothing fetched or styled from it.
    expect(rails[1]!.querySelector('svg[data-known="false"]')).to.not.equal(null);
    for (const el of root.querySelectorAll('*')) {
      for (const attr of ['src', 'href', 'style', 'xlink:href'])
        expect(el.getAttribute(attr) ?? '', attr).to.not.contain('evil.example');
    }
    expect(root.querySelector('.workflow image, .workflow img')).to.equal(null);
    // No icon: the status indicator as before; loading: the spinner wins.
    expect(rails[2]!.querySelector('svg.item-icon')).to.equal(null);
    expect(rails[2]!.querySelector('svg')).to.not.equal(null, 'the check');
    expect(rails[3]!.querySelector('.spinner')).to.not.equal(null);
    // Every row's rail at the same place (a loading row once took the thread's `.loading` style).
    const lefts = rails.map((r) => Math.round(r.getBoundingClientRect().left));
    expect(new Set(lefts).size, `rails at ${lefts.join(', ')}`).to.equal(1);

    release();
    await sending;
    await chat.waitForIdle();
    expect(root.querySelector('.progress')).to.equal(null);
  });
});
