/**
 * Actions end to end in Chromium against the real openai-chatkit server: the official samples'
 * flows clicked in the rendered widgets, client actions in the page, bad input.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

import '../../src/define.js';
import type { ChatWidgets } from '../../src/element/chat-widgets.js';
import type { CwWidget } from '../../src/widgets/widget-view.js';
import { messages, recordEvents, root, serverUrl, waitForMessage } from '../helpers/element.js';

function widgets(el: ChatWidgets): CwWidget[] {
  return [...root(el).querySelectorAll<CwWidget>('cw-widget')];
}

function lastWidget(el: ChatWidgets): ShadowRoot {
  return widgets(el).at(-1)!.shadowRoot!;
}

async function widgetText(el: ChatWidgets, text: string): Promise<void> {
  await waitUntil(
    () => widgets(el).some((w) => w.shadowRoot!.textContent!.includes(text)),
    `a widget shows "${text}"`,
    { timeout: 5000 },
  );
}

/** Counts requests by type through a spying fetch. */
function spyFetch(): { fetch: typeof fetch; types: string[] } {
  const types: string[] = [];
  return {
    types,
    fetch: (input, init) => {
      types.push((JSON.parse(String(init?.body)) as { type: string }).type);
      return fetch(input, init);
    },
  };
}

describe('actions end to end against openai-chatkit', () => {
  let url: string;
  before(async () => {
    url = await serverUrl();
  });

  it('metro-map: clicking a line replaces the widget, fires the effect, runs the client tool', async () => {
    const el = await fixture<ChatWidgets>(html`<chat-widgets></chat-widgets>`);
    const tools: { name: string; params: unknown }[] = [];
    el.setOptions({
      api: { url },
      onClientTool: (call) => (tools.push(call), { zoom: 12, stations: 14 }),
    });
    const seen = recordEvents(el, ['cw-effect', 'cw-widget-action']);
    await el.sendUserMessage({ text: 'lines: show' });
    const row = lastWidget(el).querySelector<HTMLElement>('.list-item.interactive')!;
    row.click();
    await widgets(el)[0]!.updateComplete;
    expect(row.getAttribute('aria-busy')).to.equal('true', 'loadingBehavior self');
    await widgetText(el, 'Blue Line');
    await waitForMessage(el, 'Tool get_map_view returned {"stations": 14, "zoom": 12}');
    expect(seen.filter((e) => e.name === 'cw-effect').map((e) => e.detail)).to.deep.equal([
      { name: 'location_select_mode', data: { line: 'blue' } },
    ]);
    expect(tools).to.deep.equal([{ name: 'get_map_view', params: { line: 'blue' } }]);
    expect(widgets(el)).to.have.length(1, 'replaced in place');
  });

  it('cat-lounge: a client "more" action sends a user message; a client selection is forwarded', async () => {
    const el = await fixture<ChatWidgets>(html`<chat-widgets></chat-widgets>`);
    const spy = spyFetch();
    el.setOptions({
      api: { url, fetch: spy.fetch },
      widgets: {
        onAction: async (action, item) => {
          if (action.type === 'cats.more_names')
            await el.sendUserMessage({ text: 'cats: more names' });
          if (action.type === 'cats.select_name')
            await el.sendCustomAction(
              action as { type: string; payload: Record<string, unknown> },
              item.id,
            );
        },
      },
    });
    await el.sendUserMessage({ text: 'cats: names' });
    lastWidget(el).querySelector<HTMLButtonElement>('.btn')!.click();
    await waitUntil(() => widgets(el).length === 2, 'a second list of names', { timeout: 5000 });
    const pixel = [...lastWidget(el).querySelectorAll<HTMLElement>('.list-item.interactive')].find(
      (r) => r.textContent!.includes('Pixel'),
    )!;
    pixel.click();
    await widgetText(el, 'Say hello to Pixel!');
    await waitForMessage(el, 'Pixel it is.');
    expect(spy.types.filter((t) => t === 'threads.custom_action')).to.have.length(
      1,
      'only the forwarded selection',
    );
  });

  it('news-guide: client navigation stays in the page and sends nothing', async () => {
    const el = await fixture<ChatWidgets>(html`<chat-widgets></chat-widgets>`);
    const spy = spyFetch();
    const opened: unknown[] = [];
    el.setOptions({
      api: { url, fetch: spy.fetch },
      widgets: { onAction: (action) => void opened.push(action) },
    });
    await el.sendUserMessage({ text: 'news: latest' });
    const before = spy.types.length;
    lastWidget(el).querySelector<HTMLButtonElement>('.btn')!.click();
    await waitUntil(() => opened.length === 1);
    expect(opened).to.deep.equal([{ type: 'open_article', payload: { id: 'bench' } }]);
    expect(spy.types.length).to.equal(before, 'no request');
  });

  it('customer-support: a flight selection adds a new widget', async () => {
    const el = await fixture<ChatWidgets>(html`<chat-widgets api-url=${url}></chat-widgets>`);
    await el.sendUserMessage({ text: 'flights: SFO to JFK' });
    lastWidget(el).querySelector<HTMLElement>('.list-item.interactive')!.click();
    await widgetText(el, 'OA 917 is booked');
    expect(widgets(el)).to.have.length(2);
    await waitForMessage(el, 'Booked OA 917.');
  });

  it('a streamed widget confirm (the demo draft) replaces the widget; a cancelled event sends nothing', async () => {
    const el = await fixture<ChatWidgets>(html`<chat-widgets api-url=${url}></chat-widgets>`);
    await el.sendUserMessage({ text: 'widget: draft' });
    let prevent = true;
    el.addEventListener('cw-widget-action', (e) => prevent && e.preventDefault());
    const send = () =>
      [...lastWidget(el).querySelectorAll<HTMLButtonElement>('.card-footer .btn')].find((b) =>
        b.textContent!.includes('Send'),
      )!;
    send().click();
    await new Promise((r) => setTimeout(r, 300));
    expect(lastWidget(el).textContent).to.contain('Final draft');
    prevent = false;
    send().click();
    await widgetText(el, 'Your message was sent.');
  });

  it('attributes only: on-action names a global function for client actions', async () => {
    const calls: unknown[] = [];
    (window as unknown as { demoApp: unknown }).demoApp = {
      actions: { handle: (action: unknown, item: { id: string }) => calls.push([action, item.id]) },
    };
    const el = await fixture<ChatWidgets>(
      html`<chat-widgets api-url=${url} on-action="demoApp.actions.handle"></chat-widgets>`,
    );
    await el.sendUserMessage({ text: 'news: latest' });
    lastWidget(el).querySelector<HTMLButtonElement>('.btn')!.click();
    await waitUntil(() => calls.length === 1);
    expect((calls[0] as unknown[])[0]).to.deep.equal({
      type: 'open_article',
      payload: { id: 'bench' },
    });
    expect((calls[0] as unknown[])[1]).to.match(/^msg_/);
  });

  it('a server error during an action clears the loading state and shows the error', async () => {
    const el = await fixture<ChatWidgets>(html`<chat-widgets api-url=${url}></chat-widgets>`);
    await el.sendUserMessage({ text: 'widget: draft' });
    const discard = [
      ...lastWidget(el).querySelectorAll<HTMLButtonElement>('.card-footer .btn'),
    ].find((b) => b.textContent!.includes('Discard'))!;
    discard.click(); // draft.discard is unknown to the Python server: CustomStreamError
    await waitUntil(() => root(el).querySelector('.error'), 'error shown', { timeout: 5000 });
    expect(root(el).querySelector('.error-text')!.textContent).to.equal(
      'Unknown action draft.discard',
    );
    await waitUntil(
      () => !widgets(el)[0]!.shadowRoot!.querySelector('.root')!.hasAttribute('inert'),
      'the widget is usable again',
    );
  });

  it('rejects, with an error event and no request, an action whose widget is gone or whose payload cannot be sent', async () => {
    const el = await fixture<ChatWidgets>(html`<chat-widgets></chat-widgets>`);
    const spy = spyFetch();
    el.setOptions({ api: { url, fetch: spy.fetch } });
    await el.sendUserMessage({ text: 'flights: x' });
    const errors = recordEvents(el, ['cw-error']);
    const before = spy.types.length;
    const host = (el as unknown as { widgetHost: { dispatchAction(r: unknown): Promise<void> } })
      .widgetHost;
    const config = {
      type: 'flight.select',
      payload: {},
      handler: 'server',
      loadingBehavior: 'auto',
      streaming: true,
    };
    await host.dispatchAction({
      action: { type: 'flight.select' },
      config,
      site: 'button',
      itemId: 'msg_gone',
      widget: {},
      formValues: null,
    });
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    const itemId = el['controller'].thread!.items.find((e) => e.item.type === 'widget')!.item.id;
    await host.dispatchAction({
      action: { type: 'flight.select', payload: cyclic },
      config,
      site: 'button',
      itemId,
      widget: {},
      formValues: null,
    });
    expect(spy.types.length).to.equal(before, 'nothing sent');
    expect(errors.map((e) => (e.detail as { error: Error }).error.message)).to.deep.equal([
      'The widget that sent "flight.select" is no longer in the thread; nothing was sent.',
      'The payload of "flight.select" cannot be sent as JSON; nothing was sent.',
    ]);
    expect(messages(el)).to.deep.equal(['flights: x']);
  });

  it('a client tool that throws is reported, answered with an error result, and the thread stays usable', async () => {
    const el = await fixture<ChatWidgets>(html`<chat-widgets></chat-widgets>`);
    el.setOptions({
      api: { url },
      onClientTool: () => {
        throw new Error('canvas unavailable');
      },
    });
    const logs = recordEvents(el, ['cw-log']);
    await el.sendUserMessage({ text: 'tool: canvas' });
    await waitForMessage(el, 'Tool canvas returned {"error": "canvas unavailable"}');
    expect(logs.map((l) => l.detail)).to.deep.include({
      name: 'client_tool.failed',
      data: { name: 'canvas', message: 'canvas unavailable' },
    });
    await el.sendUserMessage({ text: 'still here' });
    await waitForMessage(el, 'echo still here');
  });

  it('loadingBehavior none shows no loading state', async () => {
    const el = await fixture<ChatWidgets>(html`<chat-widgets api-url=${url}></chat-widgets>`);
    await el.sendUserMessage({ text: 'flights: x' });
    const widget = widgets(el)[0]!;
    widget.widget = {
      type: 'Card',
      children: [
        {
          type: 'Button',
          label: 'Quiet',
          onClickAction: { type: 'say', payload: { text: 'quiet' }, loadingBehavior: 'none' },
        },
      ],
    };
    await widget.updateComplete;
    const button = widget.shadowRoot!.querySelector<HTMLButtonElement>('.btn')!;
    button.click();
    await widget.updateComplete;
    expect(button.getAttribute('aria-busy')).to.equal('false');
    expect(widget.shadowRoot!.querySelector('.root')!.hasAttribute('inert')).to.equal(false);
    await waitForMessage(el, 'You said quiet');
  });
});
