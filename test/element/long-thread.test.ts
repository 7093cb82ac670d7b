/**
 * A long thread: it opens at its end, scrolling to the top loads the older pages, and a prepended
 * page leaves the item the reader was looking at where it was.
 */
import { expect } from '@open-wc/testing';

import { waitUntil } from '../helpers/wait.js';
import { DemoChatServer } from '../../demo/backend/server.js';
import { ChatHarness } from '../helpers/chat-harness.js';
import { seedLongThread } from '../helpers/long-thread.js';

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

async function openLong(count: number) {
  const backend = new DemoChatServer();
  const threadId = seedLongThread(backend, count);
  const chat = await ChatHarness.create({ backend, style: 'height: 420px' });
  const scroller = chat.root.querySelector<HTMLElement>('cw-thread')!;
  const items = () => scroller.querySelectorAll('.item').length;
  await chat.el.setThreadId(threadId);
  await waitUntil(() => items() > 0, 'the newest page shows');
  return { chat, scroller, items };
}

/** A task after the next frame: the list has measured what that frame laid out (by then). */
const afterFrame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r)));

/**
 * Distance from the bottom once it stopped changing (Markdown renders after the thread): the same
 * over three frames in a row. Counted in frames, not time: a busy machine may leave more than the
 * time of three timer ticks between two frames, and the list measures only in frames.
 */
async function settledDistance(scroller: HTMLElement): Promise<number> {
  let last = '';
  let same = 0;
  for (const end = performance.now() + 5000; same < 3;) {
    if (performance.now() > end) throw new Error('the scroll position did not settle in 5 s');
    await afterFrame();
    const now = `${scroller.scrollTop}/${scroller.scrollHeight}`;
    same = now === last ? same + 1 : 0;
    last = now;
  }
  return scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight;
}

describe('<chat-widgets> with a long thread', () => {
  it('opens at the end of the thread', async () => {
    const { scroller } = await openLong(120);
    expect(scroller.scrollHeight).to.be.above(scroller.clientHeight * 3, 'content overflows');
    expect(await settledDistance(scroller)).to.be.at.most(1, 'px from the bottom');
  });

  /**
   * A thread of one page (20 items: no older page to load meanwhile, no windowing) followed at its
   * end, with a 30 px spacer last whose height tests change.
   */
  async function atTheEnd(autoScroll = true) {
    const backend = new DemoChatServer();
    const threadId = seedLongThread(backend, 20);
    const chat = await ChatHarness.create({
      backend,
      style: 'height: 420px',
      options: { thread: { autoScroll } },
    });
    const scroller = chat.root.querySelector<HTMLElement>('cw-thread')!;
    await chat.el.setThreadId(threadId);
    await waitUntil(() => scroller.querySelector('.item'), 'the newest page shows');
    // The Markdown of the answers rendered (its chunk loads on first use): nothing grows later.
    await chat.el.updateComplete;
    await settledDistance(scroller);
    const spacer = document.createElement('div');
    spacer.style.height = '30px';
    scroller.querySelector('.thread')!.append(spacer);
    // At the end (on the way there since the thread opened, or scrolled there with following on).
    if (autoScroll) scroller.scrollTop = scroller.scrollHeight;
    expect(await settledDistance(scroller)).to.be.at.most(1, 'at the end');
    return { scroller, spacer };
  }

  it('stays at the end when the browser clamps the position (shorter, then taller content)', async () => {
    const { scroller, spacer } = await atTheEnd();
    // In one task, before the list measures: 21 px shorter (the read lays it out, and the browser
    // clamps the position to the new end), then 51 px taller (a late part of the last answer).
    spacer.style.height = '9px';
    void scroller.scrollTop;
    spacer.style.height = '60px';
    expect(await settledDistance(scroller)).to.be.at.most(
      1,
      'px from the bottom: still at the end',
    );
  });

  it('stays on the way to the end when the content gets much shorter, then taller', async () => {
    // Following off (ChatKit's default): on the way to the end of the thread just opened, where
    // late content (Markdown, widgets, content-visibility settling) may shrink before it grows.
    const { scroller, spacer } = await atTheEnd(false);
    spacer.style.height = '330px';
    expect(await settledDistance(scroller)).to.be.at.most(1, 'px from the bottom: followed');
    // 300 px shorter: the browser clamps the position to the new end, 300 px up.
    spacer.style.height = '30px';
    expect(await settledDistance(scroller)).to.be.at.most(1, 'px from the bottom: clamped');
    spacer.style.height = '200px';
    expect(await settledDistance(scroller)).to.be.at.most(1, 'px from the bottom: still followed');
  });

  it('lets go when the user scrolls up a little, however late the list measures', async () => {
    // Following off (ChatKit's default): on the way to the end of the thread just opened.
    const { scroller, spacer } = await atTheEnd(false);
    // The user's wheel, then the 21 px it scrolled (a move the list would otherwise take for the
    // browser clamping), then 30 px more content; the main thread is then busy for longer than
    // the second in which a wheel counts, before the list measures.
    scroller.dispatchEvent(new WheelEvent('wheel', { bubbles: true, deltaY: -21 }));
    scroller.scrollTop -= 21;
    spacer.style.height = '60px';
    const busyUntil = performance.now() + 1200;
    while (performance.now() < busyUntil) {
      // Busy: the measurement comes after this task.
    }
    await settledDistance(scroller);
    // Let go: more content at the end is not followed (told by the end, not by where the list is
    // now: Firefox lays out the items it skipped once the list scrolls, and the content may change).
    spacer.style.height = '260px';
    expect(await settledDistance(scroller)).to.be.above(150, 'px from the bottom: not followed');
  });

  it('loads older items when scrolled to the top, and keeps the reader in place', async () => {
    const { chat, scroller, items } = await openLong(120);
    await settledDistance(scroller);
    const pages = () => chat.requestTypes().filter((t) => t === 'items.list').length;
    const before = items();
    const requested = pages();
    expect(scroller.querySelector('.older'), 'the button stays for keyboard users').to.exist;
    // The reader scrolls to the top: note the first item there and where it is.
    scroller.scrollTop = 0;
    const top = scroller.getBoundingClientRect().top;
    const all = () => [...scroller.querySelectorAll('.thread > .item')];
    // Counted from the end (pages are prepended): a set-aside item renders again as a new element.
    const fromEnd =
      all().length - all().findIndex((item) => item.getBoundingClientRect().top >= top);
    const anchor = () => all().at(-fromEnd)!;
    const y = anchor().getBoundingClientRect().top;
    await waitUntil(() => items() > before, 'an older page was prepended by scrolling alone', {
      timeout: 10_000,
    });
    expect(pages()).to.be.above(requested, 'items.list asked for the older page');
    // Two frames: the prepended page and its Markdown have rendered and been measured.
    await frame();
    await frame();
    await settledDistance(scroller);
    expect(Math.abs(anchor().getBoundingClientRect().top - y)).to.be.at.most(1, 'px moved');
  });

  it('reaches the start of the thread by scrolling up', async () => {
    const { scroller, items } = await openLong(100);
    await waitUntil(
      () => {
        scroller.scrollTop = 0;
        return scroller.querySelector('.older') === null;
      },
      'every page loaded by scrolling',
      { timeout: 8000 },
    );
    expect(items()).to.equal(100);
  });

  it('skips finished items off screen once laid out, at the height they had', async () => {
    const { scroller } = await openLong(60);
    await settledDistance(scroller);
    // Far-off items are set aside (item-window.test.ts); the rendered ones well out of view
    // settle, those in view do not (settling one in view costs its frame a second layout).
    const all = () => [...scroller.querySelectorAll<HTMLElement>('.thread > .item')];
    const shown = () => all().filter((item) => !item.classList.contains('windowed'));
    await waitUntil(() => shown()[0]!.hasAttribute('data-settled'), 'items settle');
    expect(all().at(-1)!.hasAttribute('data-settled')).to.equal(false, 'the item in view');
    const heights = () => all().map((item) => Math.round(item.getBoundingClientRect().height));
    const before = heights();
    const height = scroller.scrollHeight;
    // The first item is far above the view: skipped (its content is not rendered); the last one
    // is in view: rendered.
    const rendered = (item: HTMLElement) =>
      item.firstElementChild!.checkVisibility({ contentVisibilityAuto: true });
    await frame();
    await frame();
    expect(rendered(shown()[0]!)).to.equal(false, 'an item far off screen is skipped');
    expect(rendered(all().at(-1)!)).to.equal(true, 'an item in view is rendered');
    // Skipping changed no height: the scroll height and every item are as laid out.
    expect(scroller.scrollHeight).to.equal(height);
    expect(heights()).to.deep.equal(before);
    // Scrolled into the middle, the items there render at the very same heights.
    scroller.scrollTop = height / 3;
    await frame();
    await frame();
    expect(heights()).to.deep.equal(before);
    expect(scroller.scrollHeight).to.equal(height);
  });
});
