/**
 * Accessibility of <chat-widgets> in each state, in light and dark: axe-core over the element and
 * every shadow root inside it (start screen, a streamed answer, widgets in the thread, an error
 * with Retry, the history panel, the tools menu and the mention menu, a locked thread).
 */
import { expect } from '@open-wc/testing';
import 'axe-core';
import type { AxeResults, RunOptions } from 'axe-core';

import { waitUntil } from '../helpers/wait.js';
import { seedDemo } from '../../demo/backend/seed.js';
import { DemoChatServer } from '../../demo/backend/server.js';
import { ChatHarness } from '../helpers/chat-harness.js';
import type { ChatHarnessInit } from '../helpers/chat-harness.js';

/** Violations as `rule: target` lines (the page-level `region` rule does not apply to a fragment). */
async function violations(el: Element): Promise<string[]> {
  // axe-core is a UMD script: imported for its side effect, it defines `window.axe`.
  const axe = (
    window as unknown as { axe: { run(el: Element, o: RunOptions): Promise<AxeResults> } }
  ).axe;
  const result = await axe.run(el, { rules: { region: { enabled: false } } });
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
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
