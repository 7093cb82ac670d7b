/** A long thread in the demo backend: questions and Markdown answers. */
import type { DemoChatServer } from '../../demo/backend/server.js';
import { itemBase, seedThread } from './seed-thread.js';

/** A thread of `count` items (questions and Markdown answers) in the backend; returns its id. */
export function seedLongThread(backend: DemoChatServer, count: number): string {
  const { store } = backend;
  const threadId = seedThread(backend, 'Long');
  for (let i = 0; i < count; i++) {
    const base = itemBase(backend, threadId);
    if (i % 2 === 0)
      store.saveItem(threadId, {
        ...base,
        type: 'user_message',
        content: [{ type: 'input_text', text: `Question ${i}` }],
        attachments: [],
        inference_options: {},
      });
    else
      store.saveItem(threadId, {
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
  return threadId;
}
