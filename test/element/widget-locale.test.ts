/**
 * The chat's `locale` option reaches its widgets: a DatePicker in a thread shows its date, month
 * names and week in that locale (through the widget host `<chat-widgets>` provides), and widgets
 * already shown take a new locale, and its table when it arrives later, without being sent again.
 */
import { expect } from '@open-wc/testing';

import { waitUntil } from '../helpers/wait.js';
import { DemoChatServer } from '../../demo/backend/server.js';
import { ChatHarness } from '../helpers/chat-harness.js';
import { seedWidget } from '../helpers/seed-thread.js';

const seedDatePicker = (backend: DemoChatServer) =>
  seedWidget(backend, 'Dates', {
    type: 'Card',
    children: [{ type: 'DatePicker', name: 'due', defaultValue: '2025-07-25' }],
  });

const seedCard = (backend: DemoChatServer) =>
  seedWidget(backend, 'Card', {
    type: 'Card',
    children: [{ type: 'Text', value: 'Book it?' }],
    confirm: { action: { type: 'book' } },
    cancel: { action: { type: 'skip' } },
  });

describe('widget locale', () => {
  it('a widget already shown takes a new locale, and its table once it arrives; the thread stays', async function () {
    this.timeout(30_000);
    const backend = new DemoChatServer();
    const threadId = seedCard(backend);
    const chat = await ChatHarness.create({ backend });
    await chat.el.setThreadId(threadId);
    const buttons = () =>
      [...(chat.widgets().at(-1)?.shadowRoot?.querySelectorAll('button') ?? [])].map((b) =>
        b.textContent!.trim(),
      );
    await waitUntil(() => buttons().includes('Confirm'), 'the card in English', {
      timeout: 10_000,
    });
    const widget = chat.widgets().at(-1)!;
    // Spanish: its table is a chunk loaded now, after the card was rendered.
    chat.el.setOptions({ ...chat.el.options!, locale: 'es' });
    await waitUntil(
      () => buttons().includes('Confirmar') && buttons().includes('Cancelar'),
      'the card in Spanish',
      { timeout: 10_000 },
    );
    expect(chat.widgets().at(-1)).to.equal(widget, 'the same widget, rendered again');
    // The thread stays; the next request carries the new locale.
    await chat.send('Hola');
    await chat.waitForResponseEnd(10_000);
    expect(chat.requests().at(-1)!.headers.get('accept-language')).to.equal('es');
    expect(chat.widgets()[0]).to.equal(widget, 'the thread on screen was kept');
    chat.el.setOptions({ ...chat.el.options!, locale: 'en' });
    await waitUntil(() => buttons().includes('Confirm'), 'back in English', { timeout: 10_000 });
  });

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
