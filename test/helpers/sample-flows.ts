/**
 * The official samples' widget flows (metro-map, cat-lounge, news-guide, customer-support), written
 * once and run against both servers: the in-page demo backend (test/element/actions.test.ts) and
 * the real openai-chatkit server (test/integration/samples.test.ts).
 */
import { expect } from '@open-wc/testing';

import { waitUntil } from './wait.js';
import { ChatHarness } from './chat-harness.js';
import type { ChatHarnessInit } from './chat-harness.js';

/** Defines the sample flows' tests; `server()` says where the harness connects (`{}`: in the page). */
export function sampleFlows(server: () => Pick<ChatHarnessInit, 'url'>): void {
  it('metro-map: clicking a line replaces the widget, fires the effect, runs the client tool', async () => {
    const tools: { name: string; params: unknown }[] = [];
    const chat = await ChatHarness.create({
      ...server(),
      options: { onClientTool: (call) => (tools.push(call), { zoom: 12, stations: 14 }) },
    });
    await chat.el.sendUserMessage({ text: 'lines: show' });
    const row = chat.lastWidget().querySelector<HTMLElement>('.list-item.interactive')!;
    row.click();
    await chat.widgets()[0]!.updateComplete;
    expect(row.getAttribute('aria-busy')).to.equal('true', 'loadingBehavior self');
    await chat.waitForWidgetText('Blue Line');
    await chat.waitForMessage('Tool get_map_view returned {"stations": 14, "zoom": 12}');
    expect(chat.eventsNamed('cw-effect').map((e) => e.detail)).to.deep.equal([
      { name: 'location_select_mode', data: { line: 'blue' } },
    ]);
    expect(tools).to.deep.equal([{ name: 'get_map_view', params: { line: 'blue' } }]);
    expect(chat.widgets()).to.have.length(1, 'replaced in place');
  });

  it('cat-lounge: a client "more" action sends a user message; a client selection is forwarded', async () => {
    const chat: ChatHarness = await ChatHarness.create({
      ...server(),
      options: {
        widgets: {
          onAction: async (action, item) => {
            if (action.type === 'cats.more_names')
              await chat.el.sendUserMessage({ text: 'cats: more names' });
            if (action.type === 'cats.select_name')
              await chat.el.sendCustomAction(
                action as { type: string; payload: Record<string, unknown> },
                item.id,
              );
          },
        },
      },
    });
    await chat.el.sendUserMessage({ text: 'cats: names' });
    chat.lastWidget().querySelector<HTMLButtonElement>('.btn')!.click();
    await waitUntil(() => chat.widgets().length === 2, 'a second list of names', {
      timeout: 5000,
    });
    // The "more names" turn must have ended: a custom action is refused while a response streams.
    await chat.waitForIdle();
    const pixel = [
      ...chat.lastWidget().querySelectorAll<HTMLElement>('.list-item.interactive'),
    ].find((r) => r.textContent!.includes('Pixel'))!;
    pixel.click();
    await chat.waitForWidgetText('Say hello to Pixel!');
    await chat.waitForMessage('Pixel it is.');
    expect(chat.requestTypes().filter((t) => t === 'threads.custom_action')).to.have.length(
      1,
      'only the forwarded selection',
    );
  });

  it('news-guide: client navigation stays in the page and sends nothing', async () => {
    const opened: unknown[] = [];
    const chat = await ChatHarness.create({
      ...server(),
      options: { widgets: { onAction: (action) => void opened.push(action) } },
    });
    await chat.el.sendUserMessage({ text: 'news: latest' });
    const before = chat.requests().length;
    chat.lastWidget().querySelector<HTMLButtonElement>('.btn')!.click();
    await waitUntil(() => opened.length === 1);
    expect(opened).to.deep.equal([{ type: 'open_article', payload: { id: 'bench' } }]);
    expect(chat.requests().length).to.equal(before, 'no request');
  });

  it('customer-support: a flight selection adds a new widget', async () => {
    const chat = await ChatHarness.create(server());
    await chat.el.sendUserMessage({ text: 'flights: SFO to JFK' });
    chat.lastWidget().querySelector<HTMLElement>('.list-item.interactive')!.click();
    await chat.waitForWidgetText('OA 917 is booked');
    expect(chat.widgets()).to.have.length(2);
    await chat.waitForMessage('Booked OA 917.');
  });
}
