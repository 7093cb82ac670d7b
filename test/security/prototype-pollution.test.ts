/**
 * A hostile server cannot reach the host page's `Object.prototype`: a Form whose field names walk
 * `__proto__`, `constructor.prototype` or `prototype`, and an action payload with own `__proto__`
 * keys, are refused (and logged) when the user presses the button in a real browser; the host's
 * own `fetch(url, {})` still goes out as the page meant.
 */
import { expect, fixture, html } from '@open-wc/testing';

// Every element at once (as the classic build): these tests render standalone <cw-widget>s.
import { waitUntil } from '../helpers/wait.js';
import '../../src/define-all.js';
import type { ChatWidgets } from '../../src/element/chat-widgets.js';
import { root } from '../helpers/element.js';
import { sseBody } from '../helpers/sse.js';
import { captureConsole, recordActions, renderWidget, shadow } from '../helpers/widgets.js';

const HOSTILE_NAMES = [
  '__proto__.method',
  '__proto__.credentials',
  'constructor.prototype.mode',
  'a.__proto__.polluted',
  'prototype.x',
  'x.constructor',
];

/** A Form with one hidden-ish input per hostile name and one honest field. */
function hostileForm(): unknown {
  return JSON.parse(
    JSON.stringify({
      type: 'Card',
      children: [
        {
          type: 'Form',
          onSubmitAction: {
            type: 'form.send',
            payload: JSON.parse('{"__proto__":{"cache":"reload"},"keep":{"a":1}}') as unknown,
          },
          children: [
            ...HOSTILE_NAMES.map((name) => ({ type: 'Input', name, defaultValue: 'POST' })),
            { type: 'Input', name: 'keep.b', defaultValue: 'honest' },
            { type: 'Button', label: 'Send', submit: true },
          ],
        },
      ],
    }),
  );
}

const protoNames = () => Object.getOwnPropertyNames(Object.prototype).sort();

function expectPrototypeUntouched(before: string[]): void {
  expect(protoNames()).to.deep.equal(before);
  const probe = {} as Record<string, unknown>;
  for (const key of ['method', 'credentials', 'mode', 'polluted', 'x', 'cache'])
    expect(probe[key], key).to.equal(undefined);
}

describe('prototype pollution through widget forms', () => {
  it('a standalone widget refuses hostile field names and payload keys, keeping honest ones', async () => {
    const before = protoNames();
    const el = await renderWidget(hostileForm());
    const actions = recordActions(el);
    const { warnings } = await captureConsole(async () => {
      shadow(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await el.updateComplete;
    });
    expectPrototypeUntouched(before);
    expect(actions).to.have.length(1);
    expect(actions[0]!.action).to.deep.equal({
      type: 'form.send',
      payload: { keep: { a: 1, b: 'honest' } },
    });
    expect(Object.getPrototypeOf(actions[0]!.action.payload)).to.equal(Object.prototype);
    expect(warnings.join('\n')).to.contain('refused the key "__proto__"');
  });

  it('in a thread: the request carries only honest keys, the refusal is logged, host fetch is clean', async () => {
    const before = protoNames();
    const bodies: Record<string, unknown>[] = [];
    const T = 'thr_hostile';
    const at = '2026-01-01T00:00:00Z';
    const scripted: typeof fetch = (_input, init) => {
      const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
      bodies.push(body);
      const events =
        body['type'] === 'threads.create'
          ? [
              {
                type: 'thread.created',
                thread: {
                  id: T,
                  title: null,
                  created_at: at,
                  items: { data: [], has_more: false },
                },
              },
              {
                type: 'thread.item.done',
                item: {
                  id: 'w1',
                  thread_id: T,
                  created_at: at,
                  type: 'widget',
                  widget: hostileForm(),
                },
              },
            ]
          : [];
      return Promise.resolve(
        new Response(sseBody(events), { headers: { 'content-type': 'text/event-stream' } }),
      );
    };
    const el = await fixture<ChatWidgets>(html`<chat-widgets></chat-widgets>`);
    el.setOptions({ api: { url: '/scripted-chatkit', fetch: scripted } });
    const logs: { name: string; data?: Record<string, unknown> }[] = [];
    el.addEventListener('chatkit.log', (e) =>
      logs.push((e as CustomEvent<{ name: string; data?: Record<string, unknown> }>).detail),
    );
    await el.sendUserMessage({ text: 'show the form' });
    const widget = () => root(el).querySelector('cw-widget')?.shadowRoot ?? null;
    await waitUntil(() => widget()?.querySelector('button[type=submit]'), 'the form shows');
    await captureConsole(async () => {
      widget()!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await waitUntil(
        () => bodies.some((b) => b['type'] === 'threads.custom_action'),
        'the action is sent',
      );
    });
    expectPrototypeUntouched(before);
    const sent = bodies.find((b) => b['type'] === 'threads.custom_action')!;
    const action = (sent['params'] as { action: unknown }).action;
    expect(action).to.deep.equal({ type: 'form.send', payload: { keep: { a: 1, b: 'honest' } } });
    const refusal = logs.find((l) => l.name === 'widget.unsafe_key');
    expect(refusal, JSON.stringify(logs)).to.not.equal(undefined);
    expect((refusal!.data!['paths'] as string[]).sort()).to.deep.equal(
      [...HOSTILE_NAMES, '__proto__'].sort(),
    );

    // The host page's own request is what the page wrote, not what the widget chose.
    let seenInit: RequestInit | undefined;
    const realFetch = window.fetch;
    window.fetch = (_i, init) => ((seenInit = init), Promise.resolve(new Response('')));
    try {
      await fetch('/host-call', {});
    } finally {
      window.fetch = realFetch;
    }
    expect((seenInit as Record<string, unknown>)['method']).to.equal(undefined);
    expect((seenInit as Record<string, unknown>)['credentials']).to.equal(undefined);
  });

  it('icon, colour and radius names that are prototype members draw nothing inherited', async () => {
    const before = protoNames();
    const { errors } = await captureConsole(() =>
      renderWidget({
        type: 'Card',
        children: [
          { type: 'Icon', name: 'constructor' },
          { type: 'Icon', name: '__proto__' },
          { type: 'Text', value: 'x', color: 'constructor', size: 'toString' },
          { type: 'Box', radius: 'hasOwnProperty', align: '__proto__', justify: 'valueOf' },
        ],
      }),
    );
    expect(errors).to.deep.equal([]);
    expectPrototypeUntouched(before);
  });
});
