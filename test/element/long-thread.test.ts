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

/** Distance from the bottom once it stopped changing (Markdown renders after the thread). */
async function settledDistance(scroller: HTMLElement): Promise<number> {
  let last = '';
  let same = 0;
  await waitUntil(
    () => {
      const now = `${scroller.scrollTop}/${scroller.scrollHeight}`;
      same = now === last ? same + 1 : 0;
      last = now;
      return same >= 3;
    },
    'the scroll position settles',
    { interval: 20, timeout: 5000 },
  );
  return scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight;
}

describe('<chat-widgets> with a long thread', () => {
  it('opens at the end of the thread', async () => {
    const { scroller } = await openLong(120);
    expect(scroller.scrollHeight).to.be.above(scroller.clientHeight * 3, 'content overflows');
    expect(await settledDistance(scroller)).to.be.at.most(1, 'px from the bottom');
  });

  it('stays at the end when the browser clamps the position (shorter, then taller content)', async () => {
    const backend = new DemoChatServer();
    const threadId = seedLongThread(backend, 40);
    const chat = await ChatHarness.create({
      backend,
      style: 'height: 420px',
      options: { thread: { autoScroll: true } },
    });
    const scroller = chat.root.querySelector<HTMLElement>('cw-thread')!;
    await chat.el.setThreadId(threadId);
    await waitUntil(() => scroller.querySelector('.item'), 'the newest page shows');
    await settledDistance(scroller);
    const spacer = document.createElement('div');
    spacer.style.height = '30px';
    scroller.querySelector('.thread')!.append(spacer);
    // At the end (scrolled there, with following on: pinned again).
    scroller.scrollTop = scroller.scrollHeight;
    expect(await settledDistance(scroller)).to.be.at.most(1, 'at the end');
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
