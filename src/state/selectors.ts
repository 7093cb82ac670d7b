import type { ThreadItem, UserMessageItem } from '../protocol/wire-types.js';
import type { ItemEntry, ThreadState } from './thread-state.js';

/** The items that render, in order. */
export function visibleItems(state: ThreadState): ItemEntry[] {
  return state.items.filter((e) => e.visible);
}

/** The newest user message the server knows (the target of a Retry). */
export function lastUserMessage(state: ThreadState): UserMessageItem | null {
  for (let i = state.items.length - 1; i >= 0; i--) {
    const e = state.items[i]!;
    if (e.item.type === 'user_message' && (e.phase === 'done' || e.phase === 'frozen')) {
      return e.item as UserMessageItem;
    }
  }
  return null;
}

/** The item with this id, or `null`. */
export function itemById(state: ThreadState, id: string): ThreadItem | null {
  const position = state.index.get(id);
  return position === undefined ? null : state.items[position]!.item;
}

/** The newest stored item, if it is a pending client tool call (protocol §8). */
export function pendingToolCall(state: ThreadState): ThreadItem | null {
  for (let i = state.items.length - 1; i >= 0; i--) {
    const e = state.items[i]!;
    if (e.phase === 'optimistic' || e.phase === 'failed') continue;
    return e.item.type === 'client_tool_call' && e.item.status === 'pending' ? e.item : null;
  }
  return null;
}

/**
 * Whether Stop is offered: from the moment a request is in flight until its first event (stopping
 * then only stops waiting: nothing has run that a stop could leave half-done), and afterwards when
 * the server allowed it (`stream_options.allow_cancel`).
 */
export function canStop(state: ThreadState): boolean {
  return state.stream !== null && (!state.stream.started || state.stream.allowCancel);
}

/** Whether the composer may send: not streaming, no client tool running, and the thread is neither locked nor closed. */
export function canSend(state: ThreadState): boolean {
  return (
    state.stream === null &&
    state.runningTool === null &&
    (state.thread?.status.type ?? 'active') === 'active'
  );
}

/** The structured input the thread waits for, if the newest stored item is a pending one. */
export function pendingStructuredInput(state: ThreadState): ThreadItem | null {
  for (let i = state.items.length - 1; i >= 0; i--) {
    const e = state.items[i]!;
    if (!e.visible || e.phase === 'optimistic' || e.phase === 'failed') continue;
    return e.item.type === 'structured_input' && e.item.status === 'pending' ? e.item : null;
  }
  return null;
}
