/**
 * A sync action (`threads.sync_custom_action`) that the server refuses, as every server before
 * openai-chatkit 1.6.2 does (HTTP 500, an unknown request type): the error shows in the thread
 * without Retry (Retry would run the previous answer again), the widget and the thread stay, and
 * nothing else is sent; a later click that works clears the error.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { ChatKitClient } from '../../src/protocol/client.js';
import { ChatKitError } from '../../src/protocol/errors.js';
import { ChatSession } from '../../src/state/chat-session.js';
import { canSend } from '../../src/state/selectors.js';
import { fakeFetch, jsonResponse } from '../helpers/sse.js';

const T = 'thr_1';
const at = '2026-01-01T00:00:00';
const user = {
  id: 'u1',
  thread_id: T,
  created_at: at,
  type: 'user_message',
  content: [{ type: 'input_text', text: 'count' }],
  attachments: [],
  inference_options: {},
};
const widget = (text: string) => ({
  id: 'w1',
  thread_id: T,
  created_at: at,
  type: 'widget',
  widget: { type: 'Card', children: [{ type: 'Text', value: text }] },
});

/** A server whose sync actions answer `status` (or succeed, with 200). */
function server(statuses: number[]) {
  return fakeFetch((body) => {
    if (body['type'] === 'threads.get_by_id')
      return jsonResponse({
        id: T,
        title: null,
        created_at: at,
        status: { type: 'active' },
        items: { data: [user, widget('Clicked 0 times')], has_more: false },
      });
    if (body['type'] === 'threads.sync_custom_action') {
      const status = statuses.shift() ?? 200;
      return status === 200
        ? jsonResponse({ updated_item: widget('Clicked 1 times') })
        : new Response('Internal Server Error', { status, statusText: 'Internal Server Error' });
    }
    return jsonResponse({ data: [], has_more: false });
  });
}

describe('sync actions refused by the server', () => {
  for (const status of [500, 503]) {
    it(`HTTP ${status}: an error without Retry, the widget and the thread as they were`, async () => {
      const fetch = server([status]);
      const session = new ChatSession({ client: new ChatKitClient({ url: '/c', fetch }) });
      await session.loadThread(T);
      const before = session.state.items.map((e) => e.item);
      await assert.rejects(
        session.sendSyncAction({ type: 'counter.click', payload: { count: 0 } }, 'w1'),
        (error) => error instanceof ChatKitError && error.status === status,
      );
      const { error } = session.state;
      assert.ok(error, 'the error is shown in the thread');
      assert.equal(error.kind, 'http');
      assert.equal(error.status, status);
      assert.equal(error.during, 'sync_action');
      assert.equal(error.retryable, false, 'no Retry: it would run the previous answer again');
      assert.deepEqual(
        session.state.items.map((e) => e.item),
        before,
        'the thread is untouched',
      );
      assert.equal(canSend(session.state), true, 'the composer still sends');
      assert.deepEqual(
        fetch.calls.map((c) => c.body['type']),
        ['threads.get_by_id', 'threads.sync_custom_action'],
        'nothing else was sent',
      );
      session.dispose();
    });
  }

  it('a later click that works applies its item and clears the error', async () => {
    const fetch = server([500]);
    const session = new ChatSession({ client: new ChatKitClient({ url: '/c', fetch }) });
    await session.loadThread(T);
    await assert.rejects(session.sendSyncAction({ type: 'counter.click' }, 'w1'));
    assert.equal(session.state.error?.during, 'sync_action');
    await session.sendSyncAction({ type: 'counter.click' }, 'w1');
    assert.equal(session.state.error, null);
    assert.match(JSON.stringify(session.state.items[1]!.item), /Clicked 1 times/);
    session.dispose();
  });
});
