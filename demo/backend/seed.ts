/** Past conversations for the demo's history panel (pure data, so a browser page can seed too). */
import type { DemoChatServer } from './server.js';
import { now } from './store.js';

/** Fills the demo with a few past conversations for the history panel. */
export function seedDemo(chat: DemoChatServer): void {
  const { store } = chat;
  const conversations: [string, [string, string][]][] = [
    [
      'Sourdough troubleshooting',
      [
        [
          'My starter smells like nail polish. Is it dead?',
          'Not dead, just **hungry**: the acetone smell means it needs feeding more often. Try a 1:5:5 feed twice a day for three days.',
        ],
      ],
    ],
    [
      'Quarterly report outline',
      [
        [
          'Outline a Q3 report for the sales team.',
          '1. Highlights\n2. Pipeline and wins\n3. Risks\n4. Next quarter\n\nWant me to draft any section?',
        ],
      ],
    ],
    [
      'Trip to Lisbon',
      [
        [
          'Plan two days in Lisbon.',
          'Day one in **Alfama** and Baixa, day two in **Belém**. Type `markdown: plan` for the long version.',
        ],
      ],
    ],
  ];
  for (const [title, turns] of conversations) {
    const thread = {
      id: store.id('thr'),
      title,
      created_at: now(),
      status: { type: 'active' as const },
      metadata: {},
    };
    store.saveThread(thread);
    for (const [question, answer] of turns) {
      store.saveItem(thread.id, {
        id: store.id('msg'),
        thread_id: thread.id,
        created_at: now(),
        type: 'user_message',
        content: [{ type: 'input_text', text: question }],
        attachments: [],
        inference_options: {},
      });
      store.saveItem(thread.id, {
        id: store.id('msg'),
        thread_id: thread.id,
        created_at: now(),
        type: 'assistant_message',
        content: [{ type: 'output_text', text: answer, annotations: [] }],
      });
    }
  }
}
