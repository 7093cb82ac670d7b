/**
 * The auto-scroll controller never forces a layout: it reads geometry only inside its
 * measurements (after layout: the ResizeObserver, or a task after the frame), reads everything
 * before it writes, writes the scroll position at most once per measurement, and a scroll event
 * reads nothing. Checked by recording every geometry access of the scroller and its items.
 */
import { expect } from '@open-wc/testing';

import { waitUntil } from '../helpers/wait.js';
import { ChatHarness } from '../helpers/chat-harness.js';
import { burstAnswer } from '../helpers/burst.js';

type Op = 'read' | 'write' | 'start' | 'end';

/** Records geometry reads and scroll writes of `scroller` and its descendants, in order. */
function recordGeometry(scroller: HTMLElement): { ops: Op[]; restore(): void } {
  const ops: Op[] = [];
  const proto = Element.prototype;
  const rect = Object.getOwnPropertyDescriptor(proto, 'getBoundingClientRect')!;
  const inside = (node: Element) => node === scroller || scroller.contains(node);
  Object.defineProperty(proto, 'getBoundingClientRect', {
    configurable: true,
    writable: true,
    value: function (this: Element) {
      if (inside(this)) ops.push('read');
      return (rect.value as () => DOMRect).call(this);
    },
  });
  const own: PropertyDescriptorMap = {};
  for (const name of ['scrollHeight', 'clientHeight'] as const) {
    const d = Object.getOwnPropertyDescriptor(proto, name)!;
    own[name] = {
      configurable: true,
      get(this: Element) {
        ops.push('read');
        return d.get!.call(this) as number;
      },
    };
  }
  const top = Object.getOwnPropertyDescriptor(proto, 'scrollTop')!;
  own['scrollTop'] = {
    configurable: true,
    get(this: Element) {
      ops.push('read');
      return top.get!.call(this) as number;
    },
    set(this: Element, value: number) {
      ops.push('write');
      top.set!.call(this, value);
    },
  };
  Object.defineProperties(scroller, own);
  return {
    ops,
    restore() {
      Object.defineProperty(proto, 'getBoundingClientRect', rect);
      for (const name of Object.keys(own))
        delete (scroller as unknown as Record<string, unknown>)[name];
    },
  };
}

interface Measuring {
  onMeasure: ((phase: 'start' | 'end') => void) | null;
}

describe('auto-scroll reads, then writes, once per frame', () => {
  it('reads only inside measurements, never after its write, and not on scroll events', async () => {
    const count = 600;
    const chat = await ChatHarness.create({
      style: 'height: 300px',
      options: { thread: { autoScroll: true } },
      transport: (next) => async (input, init) => {
        const type = (JSON.parse(String(init?.body ?? '{}')) as { type?: string }).type;
        // A frame every 100 deltas at least: measurements while the answer grows, however
        // rarely the page renders on a loaded machine (many deltas per frame all the same).
        return type === 'threads.create' ? burstAnswer(count, 100) : next(input, init);
      },
    });
    const thread = chat.root.querySelector('cw-thread')!;
    const controller = (thread as unknown as { autoScroll: Measuring }).autoScroll;
    const record = recordGeometry(thread);
    controller.onMeasure = (phase) => record.ops.push(phase);
    let frames = 0;
    let counting = true;
    const tick = () => {
      frames++;
      if (counting) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    try {
      await chat.el.sendUserMessage({ text: 'burst' });
      await chat.waitForIdle();
      await chat.el.updateComplete;
      await waitUntil(
        () =>
          chat
            .messages()
            .at(-1)
            ?.includes(`w${count - 1}`),
        'all text',
      );
      // A scroll event (the user's wheel) reads nothing by itself: it is measured later.
      const before = record.ops.length;
      thread.dispatchEvent(new Event('scroll'));
      expect(record.ops.slice(before), 'geometry read in the scroll event').to.deep.equal([]);
      await waitUntil(() => record.ops.at(-1) === 'end', 'the scroll is measured after a frame');
    } finally {
      counting = false;
      controller.onMeasure = null;
      record.restore();
    }
    // Split into measurements: nothing outside them, reads before at most one write inside.
    const phases: Op[][] = [];
    let open: Op[] | null = null;
    for (const op of record.ops) {
      if (op === 'start') {
        expect(open, 'measurements do not nest').to.equal(null);
        open = [];
      } else if (op === 'end') {
        phases.push(open!);
        open = null;
      } else {
        expect(open, `a geometry ${op} outside a measurement`).to.not.equal(null);
        open!.push(op);
      }
    }
    expect(phases.length).to.be.above(1, 'it measured while the answer grew');
    for (const ops of phases) {
      const writes = ops.filter((op) => op === 'write').length;
      expect(writes, 'scroll writes in one measurement').to.be.at.most(1);
      if (writes) expect(ops.at(-1), 'the write comes after every read').to.equal('write');
    }
    // Coalesced: about one measurement per frame, however many deltas arrived.
    expect(phases.length).to.be.at.most(frames + 6, `${phases.length} measurements`);
  });

  it('still follows the stream to the bottom, and lets go when the user scrolls up', async () => {
    const chat = await ChatHarness.create({
      style: 'height: 300px',
      options: { thread: { autoScroll: true } },
      transport: (next) => async (input, init) => {
        const type = (JSON.parse(String(init?.body ?? '{}')) as { type?: string }).type;
        return type === 'threads.create' ? burstAnswer(800) : next(input, init);
      },
    });
    const scroller = chat.root.querySelector<HTMLElement>('cw-thread')!;
    const fromBottom = () => scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight;
    await chat.el.sendUserMessage({ text: 'burst' });
    await chat.waitForIdle();
    await waitUntil(() => fromBottom() <= 1, 'at the bottom once the answer is in');
    expect(scroller.scrollHeight).to.be.above(scroller.clientHeight * 2, 'content overflows');
    scroller.scrollTop = 10;
    await waitUntil(() => {
      const top = scroller.scrollTop;
      return top === 10;
    }, 'the position the user chose holds');
    // A frame and a task later (when the scroll was measured), it has not been pulled back.
    await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r)));
    await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r)));
    expect(scroller.scrollTop).to.equal(10);
  });

  it('off (ChatKit’s default): a sent message comes up to the top, and its answer grows below', async () => {
    const chat = await ChatHarness.create({
      style: 'height: 300px',
      transport: (next) => async (input, init) => {
        const type = (JSON.parse(String(init?.body ?? '{}')) as { type?: string }).type;
        return type === 'threads.add_user_message' ? burstAnswer(800) : next(input, init);
      },
    });
    const scroller = chat.root.querySelector<HTMLElement>('cw-thread')!;
    const fromBottom = () => scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight;
    // A short exchange first: the next message starts below it.
    await chat.send('hello: first');
    await chat.waitForResponseEnd();
    await chat.el.sendUserMessage({ text: 'burst' });
    await chat.waitForIdle();
    const question = [...chat.root.querySelectorAll('.item.user')].at(-1)!;
    await waitUntil(() => {
      const offset = question.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
      return offset >= 0 && offset <= 24;
    }, 'the question at the top of the view');
    expect(fromBottom()).to.be.above(200, 'the long answer is not followed to its end');
    // Scrolling to the bottom does not start following: the view stays where the user put it.
    scroller.scrollTop = scroller.scrollHeight;
    await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r)));
    const settled = scroller.scrollTop;
    await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r)));
    expect(scroller.scrollTop).to.equal(settled);
  });
});
