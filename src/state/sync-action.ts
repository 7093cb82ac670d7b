// A custom action the server answers at once (`threads.sync_custom_action`, no stream): the updated
// item it returns replaces the one in the thread, and a failure is shown in the thread.
import type { Action, ThreadItem } from '../protocol/wire-types.js';
import { isRecord } from './normalize.js';
import { asChatKitError, toThreadError } from './session-errors.js';
import type { TurnContext } from './turn.js';

/** What a sync action reads from and writes to: a turn's context without the history list. */
export type SyncActionContext = Pick<TurnContext, 'client' | 'thread' | 'emit' | 'generation'>;

/**
 * Sends an action of the open thread `threadId` (from the item `itemId`, if any) and applies the
 * updated item in place, unless the view moved to another thread meanwhile. Resolves to the
 * updated item (null when the server sent none); a failure is shown in the thread and rethrown.
 */
export async function runSyncAction(
  context: SyncActionContext,
  threadId: string,
  action: Action,
  itemId?: string | null,
): Promise<ThreadItem | null> {
  const { client, thread, emit } = context;
  const generation = context.generation();
  const params = itemId
    ? { thread_id: threadId, item_id: itemId, action }
    : { thread_id: threadId, action };
  let response;
  try {
    response = await client.request('threads.sync_custom_action', params);
  } catch (error) {
    // Shown in the thread, the widget left as it was; not retryable (Retry would run the newest
    // answer again, not the action). Servers before openai-chatkit 1.6.2 answer HTTP 500.
    if (generation === context.generation())
      thread.dispatch({
        type: 'error.set',
        error: { ...toThreadError(error, 'sync_action'), retryable: false },
      });
    emit({ type: 'error', error: asChatKitError(error) });
    throw error;
  }
  const item = isRecord(response) && isRecord(response.updated_item) ? response.updated_item : null;
  if (generation !== context.generation()) return item;
  if (item) thread.dispatch({ type: 'item.replace', item });
  // A sync action that works again clears the error an earlier click left.
  if (thread.getSnapshot().error?.during === 'sync_action')
    thread.dispatch({ type: 'error.set', error: null });
  return item;
}
