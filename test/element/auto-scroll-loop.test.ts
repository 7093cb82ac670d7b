/**
 * The auto-scroll controller writes the scroll position inside its ResizeObserver callback (to
 * keep the bottom, or the reader's place, in the same frame). The browser goes on laying out that
 * frame after the callback, and the content can change size again there: the write brings
 * `content-visibility: auto` blocks near the view (Firefox lays them out within the same loop),
 * or another observer on the page resizes it. Were the content still observed then, that change
 * would be left undelivered, which the browser reports to the host's page as an error event
 * ("ResizeObserver loop completed with undelivered notifications"). The same happens without a
 * write of ours (the user scrolled just before; another observer grows the content). After each
 * report of a new size the content is observed again from the next frame, and measured there.
 */
import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';

import { AutoScrollController } from '../../src/element/controllers/auto-scroll-controller.js';

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

const host = (): ReactiveControllerHost => ({
  addController: () => undefined,
  removeController: () => undefined,
  requestUpdate: () => undefined,
  updateComplete: Promise.resolve(true),
});

const block = (height: number) => {
  const el = document.createElement('div');
  el.style.height = `${height}px`;
  return el;
};

/**
 * A 100 px scroller holding 600 px of content, its controller, and the page's error events
 * recorded (remove `onError` when done).
 */
function mount() {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => void errors.push(e.message);
  window.addEventListener('error', onError);
  const scroller = document.createElement('div');
  scroller.style.cssText = 'height:100px;overflow:auto;width:300px';
  const content = document.createElement('div');
  content.append(block(600));
  scroller.append(content);
  document.body.append(scroller);
  const controller = new AutoScrollController(host());
  return { errors, onError, scroller, content, controller };
}

describe('auto-scroll and ResizeObserver loops', () => {
  it('leaves no change of the content undelivered after a write in its callback', async () => {
    const { errors, onError, scroller, content, controller } = mount();
    let frames = 0;
    let counting = true;
    const count = () => {
      frames += 1;
      if (counting) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    const measured: number[] = [];
    controller.onMeasure = (phase) => void (phase === 'start' && measured.push(frames));
    // A second observer, after the controller's: in the frame the content grows, it grows the
    // content once more from its own callback, after the controller has scrolled.
    const deep = block(10);
    let grown = false;
    const other = new ResizeObserver(() => {
      if (grown) return;
      grown = true;
      content.append(block(300));
    });
    try {
      controller.observe(scroller, content);
      for (let i = 0; i < 3; i++) await frame();
      expect(scroller.scrollTop).to.equal(500, 'at the bottom');
      measured.length = 0;
      const at = frames;
      content.append(block(200), deep);
      other.observe(deep);
      for (let i = 0; i < 4; i++) await frame();
      await new Promise((r) => setTimeout(r, 20));
      expect(errors).to.deep.equal([], 'error events');
      // Measured in the frame the content grew, and again in the next one (the content observed
      // anew), where the growth from the other observer is followed: at the bottom again.
      expect(measured.length).to.be.at.least(2);
      expect(measured[1]).to.be.above(measured[0]!, 'the second measurement, a frame later');
      expect(measured[0]).to.be.at.least(at);
      expect(scroller.scrollTop).to.equal(scroller.scrollHeight - scroller.clientHeight);
      expect(scroller.scrollHeight).to.equal(1110);
    } finally {
      counting = false;
      other.disconnect();
      window.removeEventListener('error', onError);
      controller.hostDisconnected();
      scroller.remove();
    }
  });

  it('leaves nothing undelivered when it did not write either, and rests when nothing changes', async () => {
    const { errors, onError, scroller, content, controller } = mount();
    let measured = 0;
    controller.onMeasure = (phase) => void (phase === 'start' && (measured += 1));
    const deep = block(10);
    let grown = false;
    const other = new ResizeObserver(() => {
      if (grown) return;
      grown = true;
      content.append(block(300));
    });
    try {
      controller.observe(scroller, content);
      for (let i = 0; i < 3; i++) await frame();
      // The reader scrolls up: the list no longer follows, and growth below the view needs no
      // scroll (nothing is written in the callback).
      scroller.scrollTop = 100;
      for (let i = 0; i < 3; i++) await frame();
      await new Promise((r) => setTimeout(r, 20));
      expect(controller.following).to.equal(false);
      content.append(block(200), deep);
      other.observe(deep);
      for (let i = 0; i < 4; i++) await frame();
      await new Promise((r) => setTimeout(r, 20));
      expect(errors).to.deep.equal([], 'error events');
      expect(scroller.scrollTop).to.equal(100, 'the reader stays where they were');
      expect(scroller.scrollHeight).to.equal(1110);
      // Still content: no measurement frame after frame.
      measured = 0;
      for (let i = 0; i < 6; i++) await frame();
      expect(measured).to.equal(0, 'measurements while nothing changes');
    } finally {
      other.disconnect();
      window.removeEventListener('error', onError);
      controller.hostDisconnected();
      scroller.remove();
    }
  });
});
