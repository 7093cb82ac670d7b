/**
 * The reader's place, in a list the auto-scroll controller does not follow: what grows above the
 * item in view is compensated, and a scroll of the user's is the place to keep, even when it
 * comes in the same frame as a change. Only items prepended before the whole content since the
 * last measurement move it on then (the place the user scrolled to was in the older layout).
 * A bare scroller with fixed-height items, so every expected position is exact.
 */
import { expect } from '@open-wc/testing';

import { AutoScrollController } from '../../src/element/controllers/auto-scroll-controller.js';

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
/** The frames a measurement takes: the ResizeObserver's, or a task after a frame. */
async function measured(): Promise<void> {
  for (let i = 0; i < 3; i++) await frame();
  await new Promise((r) => setTimeout(r, 20));
  await frame();
}

function item(label: string, height = 100): HTMLElement {
  const el = document.createElement('div');
  el.className = 'item';
  el.textContent = label;
  el.style.cssText = `height: ${height}px; margin: 0; box-sizing: border-box`;
  return el;
}

async function list(count = 20) {
  const scroller = document.createElement('div');
  scroller.style.cssText = 'height: 300px; overflow: auto; overflow-anchor: none';
  const content = document.createElement('div');
  content.style.cssText = 'display: flow-root';
  for (let i = 0; i < count; i++) content.append(item(`item ${i}`));
  scroller.append(content);
  document.body.append(scroller);
  const controller = new AutoScrollController({ addController() {} } as never);
  controller.anchorSelector = '.item';
  controller.observe(scroller, content);
  await measured();
  // Following at first: at the bottom. The user scrolls up into the middle and is let go.
  expect(scroller.scrollTop).to.equal(count * 100 - 300);
  scroller.scrollTop = 800;
  await measured();
  expect(controller.following).to.equal(false);
  expect(scroller.scrollTop).to.equal(800);
  return {
    scroller,
    content,
    remove() {
      controller.hostDisconnected();
      scroller.remove();
    },
  };
}

describe('auto-scroll keeps the reader in place', () => {
  it('compensates items prepended above the item in view', async () => {
    const { scroller, content, remove } = await list();
    content.prepend(item('older 1'), item('older 2'), item('older 3'));
    await measured();
    expect(scroller.scrollTop).to.equal(1100);
    remove();
  });

  it('compensates an item above the view that grows', async () => {
    const { scroller, content, remove } = await list();
    (content.children[2] as HTMLElement).style.height = '350px';
    await measured();
    expect(scroller.scrollTop).to.equal(1050);
    remove();
  });

  it('keeps the place the user scrolled to when the items there grow in the same frame', async () => {
    const { scroller, content, remove } = await list();
    // Up to the top, and the first item (say, rendered at its real height) grows at once.
    scroller.scrollTop = 0;
    (content.children[0] as HTMLElement).style.height = '500px';
    await measured();
    expect(scroller.scrollTop).to.equal(0);
    // …and a later change above the view is compensated again, from there.
    scroller.scrollTop = 600;
    await measured();
    (content.children[1] as HTMLElement).style.height = '300px';
    await measured();
    expect(scroller.scrollTop).to.equal(800);
    remove();
  });

  it('moves the place the user scrolled to on by a page prepended in the same frame', async () => {
    const { scroller, content, remove } = await list();
    scroller.scrollTop = 200;
    content.prepend(...Array.from({ length: 5 }, (_, i) => item(`older ${i}`)));
    await measured();
    expect(scroller.scrollTop).to.equal(700);
    remove();
  });
});
