/**
 * <cw-thread> on its own (no server): what it renders from a thread state, which inputs re-render
 * its items, and the memoized pieces the root hands its children.
 */
import { expect, fixture, html } from '@open-wc/testing';

import '../../src/define.js';
import { Memo, keepIfSame } from '../../src/element/controllers/memo.js';
import type { CwThread, ThreadActions } from '../../src/element/thread.js';
import { markdownOptionsFor } from '../../src/element/items.js';
import type { ItemEntry, ThreadState } from '../../src/state/thread-state.js';
import { initialThreadState } from '../../src/state/thread-state.js';

function answer(id: string, text: string): ItemEntry {
  return {
    item: {
      id,
      type: 'assistant_message',
      thread_id: 't1',
      created_at: '2025-01-01T00:00:00Z',
      content: [{ type: 'output_text', text, annotations: [] }],
    } as unknown as ItemEntry['item'],
    phase: 'done',
    visible: true,
  };
}

function stateWith(items: ItemEntry[], extra: Partial<ThreadState> = {}): ThreadState {
  return {
    ...initialThreadState('t1'),
    items,
    index: new Map(items.map((e, i) => [e.item.id, i])),
    ...extra,
  };
}

function recordActions(): { calls: string[]; actions: ThreadActions } {
  const calls: string[] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) =>
      void calls.push(
        `${name}${args.length ? ` ${String((args[0] as { id?: string }).id ?? args[0])}` : ''}`,
      );
  return {
    calls,
    actions: {
      sendPrompt: record('sendPrompt'),
      retry: record('retry'),
      share: record('share'),
      edit: record('edit'),
      loadOlder: record('loadOlder'),
      dismissNotice: record('dismissNotice'),
      tagClick: record('tagClick'),
      tagPreview: record('tagPreview'),
      copy: record('copy'),
      feedback: record('feedback'),
      retryItem: record('retryItem'),
    },
  };
}

describe('<cw-thread>', () => {
  it('shows the start screen for a new thread, and its prompts call back', async () => {
    const { calls, actions } = recordActions();
    const el = await fixture<CwThread>(
      html`<cw-thread
        .state=${initialThreadState()}
        greeting="Hi"
        .prompts=${[{ label: 'Plan', prompt: 'Plan a trip' }]}
        .actions=${actions}
      ></cw-thread>`,
    );
    expect(el.shadowRoot, 'renders into the root shadow tree').to.equal(null);
    expect(el.querySelector('.greeting')!.textContent).to.equal('Hi');
    el.querySelector<HTMLButtonElement>('.prompt')!.click();
    expect(calls).to.deep.equal(['sendPrompt [object Object]']);
  });

  it('asks for an endpoint without a state, and shows loading while a thread loads', async () => {
    const el = await fixture<CwThread>(html`<cw-thread></cw-thread>`);
    expect(el.textContent).to.contain('api-url');
    el.state = initialThreadState('t1');
    el.loading = true;
    await el.updateComplete;
    expect(el.querySelector('.loading')!.textContent).to.equal('Loading conversation…');
  });

  it('renders items, notices and the error banner, and routes their buttons', async () => {
    const { calls, actions } = recordActions();
    const el = await fixture<CwThread>(
      html`<cw-thread
        .state=${stateWith([answer('a1', 'Hello')], {
          notices: [
            { id: 'n1', level: 'warning', message: 'Careful', title: 'Heads up', after: 'a1' },
          ],
          error: { kind: 'server_error', message: 'x', serverMessage: false, retryable: true },
          older: { hasMore: true, cursor: 'c' },
        })}
        .actions=${actions}
        retry-action
      ></cw-thread>`,
    );
    expect(el.querySelector('.thread')!.getAttribute('part')).to.equal('message-list');
    expect(el.querySelectorAll('.item.assistant')).to.have.length(1);
    expect(el.querySelector('.notice-title')!.textContent).to.equal('Heads up');
    el.querySelector<HTMLButtonElement>('.older')!.click();
    el.querySelector<HTMLButtonElement>('.notice .icon-button')!.click();
    el.querySelector<HTMLButtonElement>('.error .retry')!.click();
    el.querySelector<HTMLButtonElement>('.item-actions [aria-label=Retry]')!.click();
    expect(calls).to.deep.equal([
      'loadOlder',
      'dismissNotice n1',
      'retry',
      'retryItem [object Object]',
    ]);
  });

  it('places each notice after the item it arrived after, in stream order', async () => {
    const notice = (id: string, after: string | null) =>
      ({ id, level: 'info', message: id, after }) as const;
    const el = await fixture<CwThread>(
      html`<cw-thread
        .state=${stateWith([answer('a1', 'One'), answer('a2', 'Two')], {
          notices: [notice('n-gone', 'removed'), notice('n-a1', 'a1'), notice('n-first', null)],
        })}
        .actions=${recordActions().actions}
      ></cw-thread>`,
    );
    const order = [...el.querySelector('.thread')!.children].map(
      (c) => c.querySelector('cw-markdown')?.text,
    );
    expect(order).to.deep.equal(['n-first', 'One', 'n-a1', 'Two', 'n-gone']);
  });

  it('shows "thinking" from sending until the first event of the answer', async () => {
    const stream = {
      requestType: 'threads.add_user_message' as const,
      allowCancel: false,
      progress: null,
    };
    const el = await fixture<CwThread>(
      html`<cw-thread
        .state=${stateWith([answer('a1', 'One')], { stream: { ...stream, started: false } })}
        .actions=${recordActions().actions}
      ></cw-thread>`,
    );
    const indicator = el.querySelector('.thinking');
    expect(indicator?.getAttribute('role')).to.equal('status');
    expect(indicator?.getAttribute('aria-label')).to.equal('Thinking');
    el.state = stateWith([answer('a1', 'One')], { stream: { ...stream, started: true } });
    await el.updateComplete;
    expect(el.querySelector('.thinking')).to.equal(null);
  });

  it('re-renders an item only when its entry or the item context changed', async () => {
    const first = answer('a1', 'One');
    // Only rendering an answer reads its content.
    let renders = 0;
    const content = (first.item as { content: unknown }).content;
    Object.defineProperty(first.item, 'content', {
      get: () => {
        renders++;
        return content;
      },
    });
    const el = await fixture<CwThread>(
      html`<cw-thread
        .state=${stateWith([first])}
        .actions=${recordActions().actions}
      ></cw-thread>`,
    );
    const once = renders;
    expect(once).to.be.above(0);
    // A new state with the same entry (another item streamed, say): the guard holds.
    el.state = stateWith([first, answer('a2', 'Two')]);
    await el.updateComplete;
    expect(renders).to.equal(once, 'an unchanged entry is not rendered again');
    // Feedback given: a new map, a new context, so the items render again.
    el.feedbackAction = true;
    el.feedback = new Map([['a1', 'positive']]);
    await el.updateComplete;
    expect(renders).to.equal(2 * once);
    expect(el.querySelector('[aria-label="Good response"]')!.getAttribute('aria-pressed')).to.equal(
      'true',
    );
  });
});

describe('memoized inputs', () => {
  it('Memo recomputes only when an input is a different value', () => {
    const memo = new Memo<object>();
    let runs = 0;
    const compute = () => ({ run: ++runs });
    const options = {};
    const a = memo.get([options, 'x', 1], compute);
    expect(memo.get([options, 'x', 1], compute)).to.equal(a);
    expect(memo.get([{}, 'x', 1], compute)).to.not.equal(a);
    expect(runs).to.equal(2);
  });

  it('keepIfSame keeps the previous list when it holds the same items', () => {
    const tool = { id: 't', label: 'T' };
    const previous = [tool];
    expect(keepIfSame(previous, [tool])).to.equal(previous);
    expect(keepIfSame(previous, [{ ...tool }])).to.not.equal(previous);
    expect(keepIfSame(undefined, previous)).to.equal(previous);
  });

  it('markdownOptionsFor gives one object per list of image hosts', () => {
    const hosts = ['example.com'];
    expect(markdownOptionsFor(hosts)).to.equal(markdownOptionsFor(hosts));
    expect(markdownOptionsFor(null)).to.equal(markdownOptionsFor(null));
    expect(markdownOptionsFor(hosts).allowedImageHosts).to.equal(hosts);
  });
});
