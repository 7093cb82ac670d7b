/**
 * Windowing of a long thread: finished items far from the view are set aside as placeholders of
 * the height they had, render again when scrolled back, lose nothing, never move the reader, and
 * an item the user touched is never set aside.
 */
import { expect } from '@open-wc/testing';

import { waitUntil } from '../helpers/wait.js';
import { DemoChatServer } from '../../demo/backend/server.js';
import { ChatHarness } from '../helpers/chat-harness.js';
import { seedLongThread } from '../helpers/long-thread.js';

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
const task = () => new Promise<void>((r) => setTimeout(r, 20));

/**
 * Waits until the list rests: the same items set aside, the same heights and scroll position
 * over several frames and tasks. What follows a scroll takes a varying number of frames (the
 * IntersectionObserver's entries, the render they ask for, Markdown lexed in slices, the
 * auto-scroll controller's correction), more on a loaded machine: a fixed count of frames is not
 * enough there.
 */
async function rest(
  scroller: HTMLElement & { updateComplete: Promise<unknown> },
  list: () => HTMLElement[],
) {
  const snapshot = () =>
    JSON.stringify([
      scroller.scrollTop,
      scroller.scrollHeight,
      list().map((el) =>
        el.classList.contains('windowed') ? 'aside' : Math.round(el.getBoundingClientRect().height),
      ),
    ]);
  let last = '';
  let same = 0;
  let since = performance.now();
  const deadline = since + 15_000;
  // Unchanged over 5 checks and 300 ms (Markdown lexes what is left 80 ms after a render).
  while (same < 5 || performance.now() - since < 300) {
    if (performance.now() > deadline) throw new Error('the list did not come to rest in 15 s');
    await frame();
    await task();
    // Lazy parts loaded and rendered (the Markdown view's chunk, then its lexer's).
    await scroller.updateComplete;
    await Promise.all(
      list().flatMap((el) =>
        [
          ...el.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('cw-markdown'),
        ].map((md) => md.updateComplete),
      ),
    );
    const now = snapshot();
    if (now === last) same += 1;
    else [same, since] = [0, performance.now()];
    last = now;
  }
}

async function openAll(count: number) {
  const backend = new DemoChatServer();
  const threadId = seedLongThread(backend, count);
  const chat = await ChatHarness.create({ backend, style: 'height: 400px' });
  const scroller = chat.root.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(
    'cw-thread',
  )!;
  const list = () => [...scroller.querySelectorAll<HTMLElement>('.thread > .item')];
  await chat.el.setThreadId(threadId);
  await waitUntil(() => list().length > 0, 'the newest page shows');
  // Every page, by scrolling to the top until the button is gone (not scrolling once the last
  // page is in: the view is then where that page's prepend left it).
  await waitUntil(
    () => {
      if (scroller.querySelector('.older') === null && list().length === count) return true;
      scroller.scrollTop = 0;
      return false;
    },
    'every page loaded',
    { timeout: 15000 },
  );
  // The last page's prepend keeps the reader's place: it moves the view down by that page (in
  // the frame after the prepend's layout, which may come after the poll above saw it).
  await waitUntil(() => scroller.scrollTop > 0, 'the last prepend kept the place', {
    timeout: 10_000,
  });
  // Back to the top, once more, with the first items rendered and the far end set aside.
  await waitUntil(
    () => {
      scroller.scrollTop = 0;
      return (
        scroller.scrollTop < 1 &&
        list()
          .slice(0, 3)
          .every((el) => !el.classList.contains('windowed')) &&
        list().at(-1)!.classList.contains('windowed')
      );
    },
    'at the top, the far end set aside',
    { timeout: 10_000 },
  );
  const settle = () => rest(scroller, list);
  await settle();
  const windowed = () => list().filter((el) => el.classList.contains('windowed'));
  const rendered = () => list().filter((el) => !el.classList.contains('windowed'));
  return { chat, scroller, list, windowed, rendered, settle };
}

describe('<chat-widgets> windowing of a long thread', () => {
  it('sets far-off items aside, so the DOM holds what is near the view', async () => {
    const { scroller, list, windowed, rendered } = await openAll(160);
    expect(list().length).to.equal(160, 'every item has its place');
    expect(windowed().length).to.be.above(80, 'far-off items are placeholders');
    expect(rendered().length).to.be.below(80, 'items rendered near the view');
    // The placeholders are empty and hold a height.
    for (const el of windowed()) {
      expect(el.childElementCount).to.equal(0);
      expect(el.getBoundingClientRect().height).to.be.above(10);
    }
    // At the top: the first items are rendered, the last ones set aside.
    expect(scroller.scrollTop).to.be.below(50);
    expect(list()[0]!.classList.contains('windowed')).to.equal(false);
    expect(list().at(-1)!.classList.contains('windowed')).to.equal(true);
  });

  it('keeps the reader in place to the pixel when items are set aside or rendered again', async () => {
    const { scroller, list, settle } = await openAll(160);
    // Jump to the middle: items there render again, items at the top are set aside.
    scroller.scrollTop = scroller.scrollHeight / 2;
    await settle();
    const top = scroller.getBoundingClientRect().top;
    const inView = list().find((el) => el.getBoundingClientRect().top >= top)!;
    expect(inView.classList.contains('windowed')).to.equal(false, 'the item in view is rendered');
    const y = inView.getBoundingClientRect().top;
    const height = scroller.scrollHeight;
    const states = () => list().map((el) => el.classList.contains('windowed'));
    const before = states();
    // Scrolling a little within the margin changes nothing; the windows' changes happened.
    await settle();
    expect(states()).to.deep.equal(before);
    expect(inView.getBoundingClientRect().top).to.be.closeTo(y, 1);
    expect(scroller.scrollHeight).to.be.closeTo(height, 1);
    // Swap every placeholder back and forth: heights are the measured ones, nothing moves.
    const swap = async () => {
      scroller.scrollTop = 0;
      await settle();
      scroller.scrollTop = scroller.scrollHeight / 2;
      await settle();
    };
    const heights = list().map((el) => Math.round(el.getBoundingClientRect().height));
    await swap();
    const after = list().map((el) => Math.round(el.getBoundingClientRect().height));
    const differ = after.filter((h, i) => Math.abs(h - heights[i]!) > 1);
    expect(differ, 'item heights, rendered or set aside').to.deep.equal([]);
  });

  it('observes a few of the placeholders, and a jump anywhere still renders what is in view', async () => {
    // The placeholders an IntersectionObserver watches (every target costs it time in every
    // frame whose layout changed: each keystroke, each streamed delta).
    // Per observer: other observers on the page (lazy parts) come and go on their own.
    const watched = new Map<IntersectionObserver, Set<Element>>();
    const of = (o: IntersectionObserver) => watched.get(o) ?? watched.set(o, new Set()).get(o)!;
    const proto = IntersectionObserver.prototype;
    const { observe, unobserve, disconnect } = proto;
    proto.observe = function (this: IntersectionObserver, target: Element) {
      of(this).add(target);
      observe.call(this, target);
    };
    proto.unobserve = function (this: IntersectionObserver, target: Element) {
      of(this).delete(target);
      unobserve.call(this, target);
    };
    proto.disconnect = function (this: IntersectionObserver) {
      watched.delete(this);
      disconnect.call(this);
    };
    try {
      const { scroller, list, windowed, settle } = await openAll(240);
      const live = () =>
        [...watched.values()]
          .flatMap((set) => [...set])
          .filter((el) => el.isConnected && el.classList.contains('windowed'));
      const aside = windowed().length;
      expect(aside).to.be.above(150, 'most items set aside');
      expect(live().length, `placeholders observed of ${aside}`).to.be.below(aside / 3);
      // Jumps to places far from anything rendered, as a scrollbar drag makes.
      for (const at of [0.5, 0.2, 0.85, 0.35, 1, 0]) {
        scroller.scrollTop = (scroller.scrollHeight - scroller.clientHeight) * at;
        await settle();
        const box = scroller.getBoundingClientRect();
        const inView = list().filter((el) => {
          const r = el.getBoundingClientRect();
          return r.bottom > box.top && r.top < box.bottom;
        });
        expect(inView.length, `items in view at ${at}`).to.be.above(0);
        const blank = inView.filter((el) => el.classList.contains('windowed'));
        expect(blank.length, `placeholders in view at ${at}`).to.equal(0);
        expect(live().length, `placeholders observed at ${at}`).to.be.below(windowed().length / 3);
      }
    } finally {
      Object.assign(proto, { observe, unobserve, disconnect });
    }
  });

  it('renders set-aside items again when scrolled back, with all their text', async () => {
    const { chat, scroller, list, windowed, settle } = await openAll(120);
    // The texts of the items in the last screens, while rendered.
    scroller.scrollTop = scroller.scrollHeight;
    await settle();
    const last = list().at(-1)!;
    expect(last.classList.contains('windowed')).to.equal(false);
    const texts = new Map<number, string>();
    const textOf = (i: number) => {
      const el = list()[i]!;
      const md = el.querySelector('cw-markdown');
      return (md?.shadowRoot ?? el).textContent!.replace(/\s+/g, ' ').trim();
    };
    scroller.scrollTop = 0;
    await settle();
    expect(windowed().length).to.be.above(0);
    const first = list().findIndex((el) => el.classList.contains('windowed'));
    for (let i = 0; i < first; i++) texts.set(i, textOf(i));
    // Down to the end and back: the first items were set aside, and come back as they were.
    scroller.scrollTop = scroller.scrollHeight;
    // The observer's entries and the render they ask for take a few frames (more under load).
    await waitUntil(() => list()[0]!.classList.contains('windowed'), 'set aside at the end', {
      timeout: 10_000,
    });
    await settle();
    scroller.scrollTop = 0;
    await settle();
    for (const [i, text] of texts) expect(textOf(i)).to.equal(text);
    expect(chat.messages().some((m) => m.startsWith('Question 0'))).to.equal(true);
  });

  it('never sets aside an item the user touched (focus, input, a press in it)', async () => {
    const { scroller, list, settle } = await openAll(120);
    // At the top with the second item rendered.
    await waitUntil(
      () => {
        scroller.scrollTop = 0;
        return !list()[1]!.classList.contains('windowed');
      },
      'the second item rendered',
      { timeout: 10_000 },
    );
    const touched = list()[1]!;
    touched.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    touched.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    scroller.scrollTop = scroller.scrollHeight;
    await waitUntil(() => list()[0]!.classList.contains('windowed'), 'its neighbour set aside', {
      timeout: 10_000,
    });
    await settle();
    expect(list()[1]).to.equal(touched, 'the very element, with whatever state it holds');
    expect(touched.classList.contains('windowed')).to.equal(false);
  });

  it('never sets aside the item holding the selection, read once per change of it', async () => {
    const { scroller, list, settle } = await openAll(120);
    await waitUntil(
      () => {
        scroller.scrollTop = 0;
        return !list()[1]!.classList.contains('windowed');
      },
      'the second item rendered',
      { timeout: 10_000 },
    );
    // An item after the first with text of its own (not only in a shadow root).
    const textIn = (item: HTMLElement) =>
      document
        .createTreeWalker(item, NodeFilter.SHOW_TEXT, {
          acceptNode: (n) =>
            n.nodeValue!.trim().length > 3 ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP,
        })
        .nextNode();
    const selected = list()
      .slice(1, 8)
      .find((el) => !el.classList.contains('windowed') && textIn(el))!;
    expect(selected, 'an item with text').to.not.equal(undefined);
    const text = textIn(selected)!;
    document.getSelection()!.setBaseAndExtent(text, 0, text, 3);
    await settle();
    // Reading where the selection is forces a style and layout update: the window reads it once
    // after it changed, not once per item it sets aside.
    const descriptor = Object.getOwnPropertyDescriptor(Selection.prototype, 'anchorNode')!;
    let reads = 0;
    Object.defineProperty(Selection.prototype, 'anchorNode', {
      configurable: true,
      get(this: Selection) {
        reads += 1;
        return descriptor.get!.call(this);
      },
    });
    try {
      scroller.scrollTop = scroller.scrollHeight;
      await waitUntil(() => list()[0]!.classList.contains('windowed'), 'its neighbour set aside', {
        timeout: 10_000,
      });
      await settle();
      const aside = list().filter((el) => el.classList.contains('windowed')).length;
      expect(aside).to.be.above(20);
      expect(reads).to.be.at.most(1, 'selection reads while setting items aside');
    } finally {
      Object.defineProperty(Selection.prototype, 'anchorNode', descriptor);
      document.getSelection()!.removeAllRanges();
    }
    expect(selected.classList.contains('windowed')).to.equal(false);
  });
});
