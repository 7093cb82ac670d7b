/** Threads seeded in the demo backend's store, for tests that open one (`setThreadId`). */
import type { DemoChatServer } from '../../demo/backend/server.js';
import { now } from '../../demo/backend/store.js';
import type { WidgetRoot } from '../../src/protocol/wire-types.js';

/** An empty active thread titled `title` in the backend; returns its id. */
export function seedThread(backend: DemoChatServer, title: string): string {
  const { store } = backend;
  const id = store.id('thr');
  store.saveThread({ id, title, created_at: now(), status: { type: 'active' }, metadata: {} });
  return id;
}

/** What every item saved in thread `threadId` starts with: a new id, the thread, the time. */
export function itemBase(backend: DemoChatServer, threadId: string) {
  return { id: backend.store.id('msg'), thread_id: threadId, created_at: now() };
}

/** A thread titled `title` holding one widget item; returns its id. */
export function seedWidget(backend: DemoChatServer, title: string, widget: WidgetRoot): string {
  const threadId = seedThread(backend, title);
  backend.store.saveItem(threadId, { ...itemBase(backend, threadId), type: 'widget', widget });
  return threadId;
}
