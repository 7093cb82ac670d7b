/**
 * Memory: create a <chat-widgets>, stream an answer with a widget, remove it; N times. Removed
 * elements must be garbage-collected and the heap must not keep growing. Needs `window.gc`
 * (Chromium started with --js-flags=--expose-gc, as web-test-runner.config.mjs does); Firefox
 * exposes no gc to pages, so there the test says so and is skipped.
 */
import { expect } from '@open-wc/testing';

import { DemoChatServer } from '../../demo/backend/server.js';
import { ChatHarness } from '../helpers/chat-harness.js';

const gc = (window as unknown as { gc?: () => void }).gc;
const heap = () =>
  (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
/** The next task: a WeakRef's target stays alive until the job that dereferenced it has ended. */
const nextTask = () => new Promise((r) => setTimeout(r, 0));

/**
 * Collects garbage once the last element's own scheduled work has run: a removed element may still
 * be held for a frame (a coalesced render, a settling frame), until the render fallback timer
 * (100 ms) fires, or until the page is idle (its first render asks for its Markdown chunks in an
 * idle callback, which a busy page runs up to 2 s later); that is not a leak, so it is let lapse
 * before counting. An idle callback asked for now runs after those asked for before it.
 */
async function collect(): Promise<void> {
  for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
  await new Promise((r) => requestIdleCallback(r, { timeout: 3000 }));
  await new Promise((r) => setTimeout(r, 150));
  for (let i = 0; i < 3; i++) {
    await nextTask();
    gc!();
  }
}

const N = 30;

/** One lifetime: create, chat with a streamed widget, remove. Returns a weak ref to the element. */
async function lifetime(
  backend: DemoChatServer,
  container: HTMLElement,
): Promise<WeakRef<Element>> {
  const chat = await ChatHarness.create({ backend, container });
  await chat.el.sendUserMessage({ text: 'widget: draft' });
  await chat.el.sendUserMessage({ text: 'hello: again' });
  expect(chat.widgets()).to.have.length(1);
  const ref = new WeakRef(chat.el);
  chat.el.remove();
  return ref;
}

describe('<chat-widgets> memory', () => {
  const title = gc
    ? `removed elements are collected and the heap stays bounded (${N} lifetimes)`
    : 'memory: SKIPPED, this browser exposes no gc() to pages (it runs in Chromium)';
  it(title, async function () {
    if (!gc) this.skip();
    this.timeout(120_000);
    const backend = new DemoChatServer();
    const container = document.createElement('div');
    document.body.append(container);
    // Warm-up: module-level caches, styles and the first compiled templates are not leaks.
    for (let i = 0; i < 3; i++) await lifetime(backend, container);
    await collect();
    const before = heap();
    const refs: WeakRef<Element>[] = [];
    for (let i = 0; i < N; i++) refs.push(await lifetime(backend, container));
    await collect();
    // Which lifetimes (from 0) are still alive, for the failure message.
    const aliveAt = refs.flatMap((r, i) => (r.deref() !== undefined ? [i] : []));
    const alive = aliveAt.length;
    const growth = heap() - before;
    container.remove();
    console.log(
      `memory: ${N} lifetimes, ${alive} elements still alive after gc, heap growth ${(growth / 1024).toFixed(0)} KiB`,
    );
    expect(alive).to.equal(0, `removed elements are collected (alive: ${aliveAt.join(', ')})`);
    // Generous: the backend keeps every thread (a few KiB each); a leaked element tree is far more.
    expect(growth).to.be.below(8 * 1024 * 1024, 'heap growth over 30 lifetimes');
  });
});
