/**
 * What a streamed answer re-renders: the thread follows every delta, the composer and the theme
 * do not (their inputs do not change while an answer streams).
 */
import { expect } from '@open-wc/testing';

import { waitUntil } from '../helpers/wait.js';
import { ChatHarness } from '../helpers/chat-harness.js';
import { burstAnswer } from '../helpers/burst.js';

/** Counts calls of an instance method by shadowing it on the instance. */
function countCalls<T extends object>(target: T, method: keyof T & string): () => number {
  let calls = 0;
  const original = target[method] as (...args: unknown[]) => unknown;
  Object.defineProperty(target, method, {
    configurable: true,
    value(this: T, ...args: unknown[]) {
      calls++;
      return original.apply(this, args);
    },
  });
  return () => calls;
}

describe('<chat-widgets> while an answer streams', () => {
  it('does not re-render the composer or re-apply the theme on each delta', async () => {
    const chat = await ChatHarness.create({
      attributes: {
        tools: '[{"id":"search","label":"Search","pinned":true}]',
        models: '[{"id":"fast","label":"Fast","default":true}]',
      },
      options: {
        theme: { colorScheme: 'light', radius: 'round', color: { accent: { primary: '#0f6e56' } } },
      },
    });
    const el = chat.el;
    await el.updateComplete;
    const box = chat.composer.element;
    // `update` is protected: reached through a plain record.
    const composerUpdates = countCalls(box as unknown as Record<string, unknown>, 'update');
    const styleWrites = countCalls(el.style, 'setProperty');
    const hostUpdates = countCalls(el as unknown as Record<string, unknown>, 'update');
    const sending = el.sendUserMessage({ text: 'slow: long' });
    // The answer grows one token per delta: wait for twenty of them.
    await waitUntil(() => chat.messages().at(-1)?.includes('tok20 ') ?? false, 'twenty deltas', {
      timeout: 8000,
    });
    const deltas = hostUpdates();
    const during = composerUpdates();
    console.log(
      `host updates ${deltas}, composer updates ${during}, theme writes ${styleWrites()}`,
    );
    expect(deltas).to.be.at.least(10, 'the element follows the stream');
    // Entering the streaming state (Stop button) is one or two updates; deltas add none.
    expect(during).to.be.at.most(2, 'composer updates while streaming');
    expect(styleWrites()).to.equal(0, 'theme properties written while streaming');
    // Once the answer streams, further deltas leave the composer alone.
    const settled = composerUpdates();
    await waitUntil(() => chat.messages().at(-1)?.includes('tok30 ') ?? false, 'more deltas', {
      timeout: 8000,
    });
    expect(composerUpdates()).to.equal(settled, 'composer updates from deltas');
    chat.composer.sendButton.click(); // Stop
    await sending;
    await chat.waitForIdle();
  });

  it('renders and scrolls at most once per frame, however many deltas a frame carries', async () => {
    const count = 400;
    const chat = await ChatHarness.create({
      style: 'height: 300px',
      transport: (next) => async (input, init) => {
        const type = (JSON.parse(String(init?.body ?? '{}')) as { type?: string }).type;
        return type === 'threads.create' ? burstAnswer(count) : next(input, init);
      },
    });
    const el = chat.el;
    const thread = chat.root.querySelector('cw-thread')!;
    const hostUpdates = countCalls(el as unknown as Record<string, unknown>, 'update');
    // Every write of the scroll position (each one needs an up-to-date layout).
    let scrollWrites = 0;
    const scrollTop = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollTop')!;
    Object.defineProperty(thread, 'scrollTop', {
      configurable: true,
      get(this: Element) {
        return scrollTop.get!.call(this) as number;
      },
      set(this: Element, value: number) {
        scrollWrites++;
        scrollTop.set!.call(this, value);
      },
    });
    let frames = 0;
    let counting = true;
    const tick = () => {
      frames++;
      if (counting) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const updatesBefore = hostUpdates();
    await el.sendUserMessage({ text: 'burst' });
    await chat.waitForIdle();
    await el.updateComplete;
    counting = false;
    const updates = hostUpdates() - updatesBefore;
    console.log(
      `${count} deltas: ${updates} host updates, ${scrollWrites} scroll writes, ${frames} frames`,
    );
    expect(chat.messages().at(-1)).to.include(`w${count - 1}`);
    // A few updates are not deltas (the stream starting and ending, the thread created).
    expect(updates).to.be.at.most(frames + 6, 'host updates per frame');
    expect(scrollWrites).to.be.at.most(frames + 6, 'scroll writes per frame');
    expect(updates).to.be.below(count / 4, 'deltas were coalesced');
  });

  it('lets a frame that shows a keystroke paint it alone: the stream renders every other frame', async function () {
    // A long stream, frames by hand: slow in WebKit under a loaded machine (no timing asserted).
    this.timeout(30_000);
    const chat = await ChatHarness.create({
      style: 'height: 300px',
      transport: (next) => async (input, init) => {
        const type = (JSON.parse(String(init?.body ?? '{}')) as { type?: string }).type;
        // Longer than the test, which ends it with Stop: a stream that ended before the last
        // frame asked for no frame, and the test waited in vain.
        return type === 'threads.create' ? burstAnswer(1_000_000, 0, true) : next(input, init);
      },
    });
    const el = chat.el;
    const hostUpdates = countCalls(el as unknown as Record<string, unknown>, 'update');
    const sending = el.sendUserMessage({ text: 'burst' });
    await waitUntil(() => chat.messages().at(-1)?.includes('w100'), 'streaming', {
      timeout: 10_000,
    });
    // Frames run by hand, each as soon as the stream asked for one: only the order matters. Other
    // parts ask for frames too (auto-scroll, Markdown settling): a frame is run once the chat's
    // session controller (the stream's renders) has asked, known by the request's call stack.
    const real = window.requestAnimationFrame;
    const realCancel = window.cancelAnimationFrame;
    let queue: { id: number; callback: FrameRequestCallback; stream: boolean }[] = [];
    let ids = 0;
    window.requestAnimationFrame = (callback) => {
      const stream = /session-controller/.test(new Error().stack ?? '');
      queue.push({ id: ++ids, callback, stream });
      return ids;
    };
    window.cancelAnimationFrame = (id) => void (queue = queue.filter((f) => f.id !== id));
    /** Renders outside the frames: the controller's fallback timer (100 ms without a frame). */
    let between = 0;
    /** Runs one frame; returns the host's renders in it. */
    const runFrame = async () => {
      const before = hostUpdates();
      // Deltas arrive meanwhile (one per task), and ask for a frame.
      await new Promise((r) => setTimeout(r, 5));
      await waitUntil(() => queue.some((f) => f.stream), 'the stream asked for a frame', {
        interval: 1,
      });
      // A loaded machine can hold this loop past the fallback's 100 ms: such a render is not a
      // frame's, and is left out of the count (it is what a page without frames does).
      const start = hostUpdates();
      between += start - before;
      const frame = queue;
      queue = [];
      for (const { callback } of frame) callback(performance.now());
      await el.updateComplete;
      return hostUpdates() - start;
    };
    const renders = async (typing: boolean) => {
      let count = 0;
      for (let i = 0; i < 6; i++) {
        if (typing) el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        count += await runFrame();
      }
      return count;
    };
    let untouched: number;
    let typing: number;
    try {
      untouched = await renders(false);
      typing = await renders(true);
    } finally {
      window.requestAnimationFrame = real;
      window.cancelAnimationFrame = realCancel;
      for (const { callback } of queue) real(callback);
    }
    const shown = /w(\d+)\s*$/.exec(chat.messages().at(-1) ?? '')?.[1];
    console.log(`after the frames: delta ${shown} shown, ${between} renders between frames`);
    expect(untouched).to.be.at.least(5, 'a render per frame while streaming');
    expect(typing).to.be.at.most(3, 'renders in 6 frames of typing: every other frame');
    expect(typing).to.be.at.least(2, 'the stream goes on while the user types');
    expect(chat.composer.sendButton.getAttribute('aria-label')).to.equal('Stop');
    chat.composer.sendButton.click();
    await sending;
    await chat.waitForIdle();
  });
});
