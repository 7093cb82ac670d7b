/**
 * useChatKit's options handling (src/react/chatkit-options.ts), as @openai/chatkit-react's: the
 * handlers split from the options, and options that stay the same object while only functions
 * change, their functions calling the latest ones.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
  CHATKIT_HANDLERS,
  StableOptions,
  sameIgnoringFunctions,
  splitHandlers,
} from '../../src/react/chatkit-options.js';
import type { ChatKitOptions } from '../../src/element/options.js';

describe('useChatKit options', () => {
  it('splits the top-level on… keys (but onClientTool) from the options', () => {
    const onResponseEnd = () => {};
    const onClientTool = () => ({});
    const onAction = () => {};
    const { options, handlers } = splitHandlers({
      api: { url: '/chatkit' },
      onResponseEnd,
      onClientTool,
      widgets: { onAction },
    });
    assert.deepEqual(Object.keys(handlers), ['onResponseEnd']);
    assert.equal(handlers['onResponseEnd'], onResponseEnd);
    assert.deepEqual(Object.keys(options), ['api', 'onClientTool', 'widgets']);
    assert.equal(options.onClientTool, onClientTool);
    assert.equal(options.widgets?.onAction, onAction, 'nested on… keys are options');
  });

  it('names every handler after its event as ChatKit does (chatkit.x.y → onXY)', () => {
    for (const [prop, event] of Object.entries(CHATKIT_HANDLERS)) {
      const camel = event
        .replace(/^chatkit\./, 'on.')
        .split('.')
        .map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1)))
        .join('');
      assert.equal(prop, camel);
    }
  });

  it('compares data deeply, ignoring which function is where', () => {
    assert.equal(
      sameIgnoringFunctions({ a: [1, { f: () => 1 }] }, { a: [1, { f: () => 2 }] }),
      true,
    );
    assert.equal(sameIgnoringFunctions({ a: [1, 2] }, { a: [1, 3] }), false);
    assert.equal(sameIgnoringFunctions({ a: 1 }, { a: 1, b: undefined }), false);
    assert.equal(sameIgnoringFunctions({ f: () => 1 }, { f: 1 }), false);
    assert.equal(sameIgnoringFunctions([1], { 0: 1 }), false);
    // Anything but plain objects and arrays by identity (a Date, a File, a class instance).
    assert.equal(sameIgnoringFunctions({ d: new Date(0) }, { d: new Date(0) }), false);
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    assert.equal(sameIgnoringFunctions(cyclic, cyclic), true);
    const other: Record<string, unknown> = {};
    other['self'] = other;
    assert.equal(sameIgnoringFunctions(cyclic, other), false, 'cycles end, unequal past the cap');
  });

  it('keeps one options object while only functions change; its functions call the latest', () => {
    const stable = new StableOptions();
    const calls: string[] = [];
    const render = (tag: string, placeholder = 'Ask') =>
      stable.update({
        api: { url: '/chatkit', fetch: (() => calls.push(`fetch ${tag}`)) as never },
        composer: { placeholder },
        widgets: { onAction: () => void calls.push(`action ${tag}`) },
      } as ChatKitOptions);
    const first = render('1');
    const second = render('2');
    assert.equal(second, first, 'the same object: the chat is not reconfigured');
    void first.api!.fetch!('/x');
    void first.widgets!.onAction!({ type: 'a' }, {} as never);
    assert.deepEqual(calls, ['fetch 2', 'action 2'], 'the latest functions are called');
    const third = render('3', 'Ask again');
    assert.notEqual(third, first, 'a data change gives a new object');
    assert.equal(third.composer?.placeholder, 'Ask again');
    void first.api!.fetch!('/x');
    assert.equal(calls.at(-1), 'fetch 3', 'an older copy calls the latest too');
  });

  it('passes this and the arguments through, and returns the result', () => {
    const stable = new StableOptions();
    const options = stable.update({
      onClientTool: (call: { name: string }) => ({ echoed: call.name }),
    } as unknown as ChatKitOptions);
    const result = (options.onClientTool as unknown as (c: { name: string }) => unknown)({
      name: 'x',
    });
    assert.deepEqual(result, { echoed: 'x' });
  });

  it('copies no unsafe key: nothing reaches a prototype', () => {
    const hostile = JSON.parse(
      '{"api":{"url":"/c"},"__proto__":{"polluted":true},"theme":{"constructor":{"prototype":{"polluted":true}}}}',
    ) as ChatKitOptions;
    const { options } = splitHandlers(hostile);
    const stable = new StableOptions().update(options);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    assert.equal(Object.getPrototypeOf(stable), Object.prototype);
    assert.equal(Object.prototype.hasOwnProperty.call(stable, '__proto__'), false);
  });
});
