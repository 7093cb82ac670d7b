/**
 * Actions end to end on the in-page demo backend: the official samples' flows clicked in the
 * rendered widgets, client actions in the page, bad input. (test/integration runs the sample flows
 * against the real Python server too.)
 */
import { expect } from '@open-wc/testing';

import { waitUntil } from '../helpers/wait.js';
import { ChatHarness } from '../helpers/chat-harness.js';
import { sampleFlows } from '../helpers/sample-flows.js';

describe('actions end to end', () => {
  sampleFlows(() => ({}));

  it('a streamed widget confirm (the demo draft) replaces the widget; a cancelled event sends nothing', async () => {
    const chat = await ChatHarness.create();
    await chat.el.sendUserMessage({ text: 'widget: draft' });
    let prevent = true;
    let dispatched = 0;
    chat.el.addEventListener('cw-widget-action', (e) => {
      dispatched += 1;
      if (prevent) e.preventDefault();
    });
    const send = () =>
      [...chat.lastWidget().querySelectorAll<HTMLButtonElement>('.card-footer .btn')].find((b) =>
        b.textContent!.includes('Send'),
      )!;
    send().click();
    expect(dispatched).to.equal(1, 'the action event fired and was cancelled');
    expect(chat.lastWidget().textContent).to.contain('Final draft');
    await waitUntil(
      () => !chat.lastWidget().querySelector('.root')!.hasAttribute('inert'),
      'the widget is usable again',
    );
    prevent = false;
    send().click();
    await chat.waitForWidgetText('Your message was sent.');
    // The second click's request is the only action the server received: the first sent none.
    expect(chat.requestTypes().filter((t) => t === 'threads.custom_action')).to.have.length(1);
  });

  it('attributes only: on-action names a global function for client actions', async () => {
    const calls: unknown[] = [];
    (window as unknown as { demoApp: unknown }).demoApp = {
      actions: { handle: (action: unknown, item: { id: string }) => calls.push([action, item.id]) },
    };
    const chat = await ChatHarness.create({
      attributes: { 'on-action': 'demoApp.actions.handle' },
    });
    await chat.el.sendUserMessage({ text: 'news: latest' });
    chat.lastWidget().querySelector<HTMLButtonElement>('.btn')!.click();
    await waitUntil(() => calls.length === 1);
    expect((calls[0] as unknown[])[0]).to.deep.equal({
      type: 'open_article',
      payload: { id: 'bench' },
    });
    expect((calls[0] as unknown[])[1]).to.match(/^msg_/);
  });

  it('a server error during an action clears the loading state and shows the error', async () => {
    const chat = await ChatHarness.create();
    await chat.el.sendUserMessage({ text: 'flights: x' });
    const widget = chat.widgets()[0]!;
    // An action neither server knows: a CustomStreamError.
    widget.widget = {
      type: 'Card',
      children: [{ type: 'Button', label: 'Nope', onClickAction: { type: 'nope.unknown' } }],
    };
    await widget.updateComplete;
    widget.shadowRoot!.querySelector<HTMLButtonElement>('.btn')!.click();
    await chat.waitForResponseEnd();
    expect(chat.root.querySelector('.error-text')!.textContent).to.equal(
      'Unknown action nope.unknown',
    );
    await waitUntil(
      () => !widget.shadowRoot!.querySelector('.root')!.hasAttribute('inert'),
      'the widget is usable again',
    );
  });

  it('a sync action the server refuses (before openai-chatkit 1.6.2: HTTP 500) shows an error without Retry; the widget, the thread and the draft stay', async () => {
    // The in-page backend answers sync actions; this one stands for an older server.
    const sent: string[] = [];
    const chat = await ChatHarness.create({
      transport: (next) => async (input, init) => {
        const type =
          typeof init?.body === 'string' ? (JSON.parse(init.body) as { type: string }).type : '';
        sent.push(type);
        if (type === 'threads.sync_custom_action')
          return new Response('Internal Server Error', { status: 500 });
        return next(input, init);
      },
    });
    await chat.el.sendUserMessage({ text: 'flights: x' });
    await chat.waitForResponseEnd();
    const widget = chat.widgets()[0]!;
    widget.widget = {
      type: 'Card',
      children: [
        { type: 'Text', value: 'Clicked 0 times' },
        {
          type: 'Button',
          label: 'Count',
          onClickAction: { type: 'counter.click', payload: { count: 0 }, streaming: false },
        },
      ],
    };
    await widget.updateComplete;
    await chat.composer.type('my unsent words');
    const messages = chat.messages();
    widget.shadowRoot!.querySelector<HTMLButtonElement>('.btn')!.click();
    await waitUntil(() => chat.error(), 'the error shows');
    expect(chat.root.querySelector('.error-text')!.textContent).to.equal(
      'The chat server could not handle this action (500).',
    );
    expect(chat.root.querySelector('.error .retry'), 'no Retry').to.equal(null);
    expect(chat.messages()).to.deep.equal(messages);
    expect(chat.widgets()[0]).to.equal(widget);
    expect(widget.shadowRoot!.textContent).to.contain('Clicked 0 times');
    expect(chat.composer.draft).to.equal('my unsent words');
    // Nothing but the refused action: no retry of the previous answer.
    expect(sent).to.deep.equal(['threads.create', 'threads.sync_custom_action']);
    await waitUntil(
      () => !widget.shadowRoot!.querySelector('.root')!.hasAttribute('inert'),
      'the widget is usable again',
    );
  });

  it('rejects, with an error event and no request, an action whose widget is gone or whose payload cannot be sent', async () => {
    const chat = await ChatHarness.create();
    await chat.el.sendUserMessage({ text: 'flights: x' });
    const before = chat.requests().length;
    const widget = chat.widgets()[0]!;
    const button = (payload: unknown) => ({
      type: 'Card',
      children: [
        { type: 'Button', label: 'Book', onClickAction: { type: 'flight.select', payload } },
      ],
    });
    const realId = widget.itemId;
    widget.itemId = 'msg_gone';
    widget.widget = button({});
    await widget.updateComplete;
    widget.shadowRoot!.querySelector<HTMLButtonElement>('.btn')!.click();
    await waitUntil(() => chat.eventsNamed('cw-error').length === 1, 'first rejection');
    widget.itemId = realId;
    // A value JSON cannot carry (a cycle would be cut by the widget's own sanitising first).
    widget.widget = button({ seats: BigInt(2) });
    await widget.updateComplete;
    widget.shadowRoot!.querySelector<HTMLButtonElement>('.btn')!.click();
    await waitUntil(() => chat.eventsNamed('cw-error').length === 2, 'second rejection');
    expect(chat.requests().length).to.equal(before, 'nothing sent');
    expect(
      chat.eventsNamed('cw-error').map((e) => (e.detail as { error: Error }).error.message),
    ).to.deep.equal([
      'The widget that sent "flight.select" is no longer in the thread; nothing was sent.',
      'The payload of "flight.select" cannot be sent as JSON; nothing was sent.',
    ]);
    expect(chat.messages()).to.deep.equal(['flights: x']);
  });

  it('a client tool that throws is reported, answered with an error result, and the thread stays usable', async () => {
    const chat = await ChatHarness.create({
      options: {
        onClientTool: () => {
          throw new Error('canvas unavailable');
        },
      },
    });
    await chat.el.sendUserMessage({ text: 'tool: canvas' });
    await chat.waitForMessage('Tool canvas returned {"error": "canvas unavailable"}');
    expect(chat.eventsNamed('cw-log').map((l) => l.detail)).to.deep.include({
      name: 'client_tool.failed',
      data: { name: 'canvas', message: 'canvas unavailable' },
    });
    await chat.el.sendUserMessage({ text: 'still here' });
    await chat.waitForMessage('echo still here');
  });

  it('loadingBehavior none shows no loading state', async () => {
    const chat = await ChatHarness.create();
    await chat.el.sendUserMessage({ text: 'flights: x' });
    const widget = chat.widgets()[0]!;
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
    await chat.waitForMessage('You said quiet');
  });

  it("a widget's unknown component is a neutral note in the thread and a cw-log of <chat-widgets>", async () => {
    const chat = await ChatHarness.create();
    await chat.el.sendUserMessage({ text: 'flights: x' });
    const widget = chat.widgets()[0]!;
    const own: unknown[] = [];
    widget.addEventListener('cw-log', (e) => {
      if (e.target === widget) own.push(e.detail);
    });
    widget.widget = {
      type: 'Card',
      children: [{ type: 'Text', value: 'kept' }, { type: 'Future.Thing' }],
    };
    await widget.updateComplete;
    const note = widget.shadowRoot!.querySelector('.widget-fallback')!;
    expect(note.textContent!.trim()).to.equal('This content can’t be shown.');
    expect(chat.eventsNamed('cw-log').map((l) => l.detail)).to.deep.include({
      name: 'widget.unknown_component',
      data: { type: 'Future.Thing' },
    });
    expect(chat.eventsNamed('chatkit.log').map((l) => l.detail)).to.deep.include({
      name: 'widget.unknown_component',
      data: { type: 'Future.Thing' },
    });
    expect(own, 'the chat element reports it, not the widget a second time').to.deep.equal([]);
  });
});
