/**
 * The chat's `locale` option reaches its widgets: a DatePicker in a thread shows its date, month
 * names and week in that locale (through the widget host `<chat-widgets>` provides).
 */
import { expect, waitUntil } from '@open-wc/testing';

import { DemoChatServer } from '../../demo/backend/server.js';
import { now } from '../../demo/backend/store.js';
import { ChatHarness } from '../helpers/chat-harness.js';

function seedDatePicker(backend: DemoChatServer): string {
  const { store } = backend;
  const thread = {
    id: store.id('thr'),
    title: 'Dates',
    created_at: now(),
    status: { type: 'active' as const },
    metadata: {},
  };
  store.saveThread(thread);
  store.saveItem(thread.id, {
    id: store.id('msg'),
    thread_id: thread.id,
    created_at: now(),
    type: 'widget',
    widget: {
      type: 'Card',
      children: [{ type: 'DatePicker', name: 'due', defaultValue: '2025-07-25' }],
    },
  });
  return thread.id;
}

describe('widget locale', () => {
  for (const [locale, shown, firstDay] of [
    ['de-DE', '25.07.2025', 'Montag'],
    ['en-US', 'Jul 25, 2025', 'Sunday'],
  ] as const) {
    it(`a DatePicker in the thread follows the chat's locale (${locale})`, async () => {
      const backend = new DemoChatServer();
      const threadId = seedDatePicker(backend);
      const chat = await ChatHarness.create({ backend, options: { locale } });
      await chat.el.setThreadId(threadId);
      const value = () => chat.widgets().at(-1)?.shadowRoot?.querySelector('.date-value');
      await waitUntil(() => value(), 'the date picker shows', { timeout: 10_000 });
      expect(value()!.textContent).to.equal(shown);
      chat.lastWidget().querySelector<HTMLButtonElement>('.date-trigger')!.click();
      await waitUntil(() => chat.lastWidget().querySelector('th'), 'the calendar opens');
      expect(chat.lastWidget().querySelector('th')!.getAttribute('abbr')).to.equal(firstDay);
    });
  }
});
