/** A long thread in the demo backend: questions and Markdown answers. */
import type { DemoChatServer } from '../../demo/backend/server.js';
import { now } from '../../demo/backend/store.js';

/** A thread of `count` items (questions and Markdown answers) in the backend; returns its id. */
export function seedLongThread(backend: DemoChatServer, count: number): string {
  const { store } = backend;
  const thread = {
    id: store.id('thr'),
    title: 'Long',
    created_at: now(),
    status: { type: 'active' as const },
    metadata: {},
  };
  store.saveThread(thread);
  for (let i = 0; i < count; i++) {
    const base = { id: store.id('msg'), thread_id: thread.id, created_at: now() };
    if (i % 2 === 0)
      store.saveItem(thread.id, {
        ...base,
        type: 'user_message',
        content: [{ type: 'input_text', text: `Question ${i}` }],
        attachments: [],
        inference_options: {},
      });
    else
      store.saveItem(thread.id, {
        ...base,
        type: 'assistant_message',
        content: [
          {
            type: 'output_text',
            text: `Answer ${i}: **bold** and \`code\`.\n\n- one\n- two\n\n${'word '.repeat(40 + (i % 5) * 30)}`,
            annotations: [],
          },
        ],
      });
  }
  return thread.id;
}
