/**
 * Accessibility of <chat-widgets> in each state, in light and dark: axe-core over the element and
 * every shadow root inside it (start screen, a streamed answer, widgets in the thread, an error
 * with Retry, the history panel, the tools menu and the mention menu, a locked thread).
 */
import { expect, waitUntil } from '@open-wc/testing';
import 'axe-core';
import type { AxeResults, RunOptions } from 'axe-core';

import { seedDemo } from '../../demo/backend/seed.js';
import { DemoChatServer } from '../../demo/backend/server.js';
import { ChatHarness } from '../helpers/chat-harness.js';
import type { ChatHarnessInit } from '../helpers/chat-harness.js';

/**
 * Violations found in code other engineers are refactoring (src/element, src/composer): reported in
 * issue 9 and tolerated here, each by rule and target, so that any new violation still fails.
 * Remove an entry once its cause is fixed.
 */
const KNOWN: readonly { rule: string; target: RegExp; source: string }[] = [
  {
    rule: 'empty-heading',
    target: /^chat-widgets (header > )?h2$/,
    source: 'src/element/chat-widgets.ts renderHeader: <h2> is empty until the thread has a title',
  },
  {
    rule: 'landmark-banner-is-top-level',
    target: /^chat-widgets header$/,
    source:
      'src/element/chat-widgets.ts: <header> inside the role="region" base is a nested banner',
  },
  {
    rule: 'landmark-contentinfo-is-top-level',
    target: /^chat-widgets footer$/,
    source: 'src/element/chat-widgets.ts: <footer part="composer"> inside the region',
  },
  {
    rule: 'aria-allowed-attr',
    target: /^chat-widgets cw-composer \.editor$/,
    source: 'src/element/composer.ts: aria-multiline is not allowed on role="combobox"',
  },
];

/** Violations as `rule: target` lines (the page-level `region` rule does not apply to a fragment). */
async function violations(el: Element): Promise<string[]> {
  // axe-core is a UMD script: imported for its side effect, it defines `window.axe`.
  const axe = (
    window as unknown as { axe: { run(el: Element, o: RunOptions): Promise<AxeResults> } }
  ).axe;
  const result = await axe.run(el, { rules: { region: { enabled: false } } });
  return result.violations.flatMap((v) =>
    v.nodes
      .filter((n) => {
        const target = (n.target as unknown as string[][]).flat().join(' ');
        return !KNOWN.some((k) => k.rule === v.id && k.target.test(target));
      })
      .map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
  );
}

const TOOLS = [
  { id: 'search', label: 'Search the web', icon: 'globe', pinned: true },
  { id: 'image', label: 'Create an image', icon: 'images' },
];
const PEOPLE = [
  { id: 'p_ada', title: 'Ada Lovelace', group: 'People' },
  { id: 'p_alan', title: 'Alan Turing', group: 'People' },
];

for (const theme of ['light', 'dark'] as const) {
  describe(`<chat-widgets> accessibility (${theme})`, () => {
    const create = (init: ChatHarnessInit = {}) =>
      ChatHarness.create({ ...init, attributes: { theme, ...init.attributes } });

    it('start screen', async () => {
      const chat = await create({
        options: {
          startScreen: { greeting: 'Hi', prompts: [{ label: 'Say hello', prompt: 'hello: x' }] },
          composer: { tools: TOOLS },
        },
      });
      expect(await violations(chat.el)).to.deep.equal([]);
    });

    it('a streamed answer', async () => {
      const chat = await create();
      await chat.send('markdown: plan');
      await chat.waitForResponseEnd();
      expect(await violations(chat.el)).to.deep.equal([]);
    });

    it('widgets in the thread', async () => {
      const chat = await create();
      await chat.el.sendUserMessage({ text: 'flights: SFO to JFK' });
      await chat.el.sendUserMessage({ text: 'widget: draft' });
      await Promise.all(chat.widgets().map((w) => w.updateComplete));
      expect(await violations(chat.el)).to.deep.equal([]);
    });

    it('an error with Retry', async () => {
      const chat = await create();
      await chat.send('flaky: once');
      await chat.waitForResponseEnd();
      expect(chat.root.querySelector('.error .retry')).to.not.equal(null);
      expect(await violations(chat.el)).to.deep.equal([]);
    });

    it('the history panel open', async () => {
      const backend = new DemoChatServer();
      seedDemo(backend);
      const chat = await create({
        backend,
        attributes: { 'history-rename': true, 'history-delete': true },
      });
      await chat.el.showHistory();
      await waitUntil(() => chat.history()?.querySelector('.list'), 'history list');
      expect(await violations(chat.el)).to.deep.equal([]);
    });

    it('the tools menu open', async () => {
      const chat = await create({ options: { composer: { tools: TOOLS } } });
      chat.composer.shadow.querySelector<HTMLButtonElement>('.plus')!.click();
      await waitUntil(() => chat.composer.shadow.querySelector('[role=menu]'), 'menu open');
      expect(await violations(chat.el)).to.deep.equal([]);
    });

    it('the mention menu open', async () => {
      const chat = await create({
        options: { entities: { onTagSearch: () => Promise.resolve(PEOPLE) } },
      });
      await chat.composer.type('Ask @a');
      await waitUntil(() => chat.composer.mentionOptions.length === 2, 'mention menu open');
      expect(await violations(chat.el)).to.deep.equal([]);
    });

    it('a locked thread', async () => {
      const chat = await create();
      await chat.el.sendUserMessage({ text: 'lock: maintenance' });
      await chat.el.updateComplete;
      expect(chat.composer.disabled).to.equal(true);
      expect(await violations(chat.el)).to.deep.equal([]);
    });
  });
}
