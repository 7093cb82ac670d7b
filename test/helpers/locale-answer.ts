/**
 * The server side of the locale tests (test/element/i18n*.test.ts): a `threads.create` answer whose
 * every text carries a mark, so the tests can tell the server's words from the chat's own.
 */
import { sseBody } from './sse.js';
/** Every server-given text in these tests carries this mark: it is not ours, so not collected. */
export const SERVER = '§';

/** A `threads.create` answer: an assistant message and a widget with a DatePicker. */
export function answer(text: string): Response {
  const now = new Date().toISOString();
  const base = { thread_id: 'thr_l', created_at: now };
  const message = {
    ...base,
    id: 'msg_l',
    type: 'assistant_message',
    content: [{ type: 'output_text', text, annotations: [] }],
  };
  const widget = {
    ...base,
    id: 'wid_l',
    type: 'widget',
    widget: {
      type: 'Card',
      children: [
        { type: 'Text', value: `${SERVER} pick a day` },
        { type: 'DatePicker', name: `${SERVER}when` },
        { type: 'Select', name: `${SERVER}size`, options: [{ value: 'a', label: `${SERVER} A` }] },
        { type: 'RadioGroup', options: [{ value: 'b', label: `${SERVER} B` }] },
        // Icon-only buttons: named from what their icon means, in the chat's language.
        { type: 'Button', iconStart: 'plus', onClickAction: { type: 'l.add' } },
        { type: 'Button', iconStart: 'search', onClickAction: { type: 'l.search' } },
        { type: 'Button', iconStart: 'lucide:x', onClickAction: { type: 'l.close' } },
        { type: 'Button', iconEnd: 'lucide:download', onClickAction: { type: 'l.download' } },
      ],
    },
  };
  const events = [
    {
      type: 'thread.created',
      thread: {
        id: 'thr_l',
        title: null,
        created_at: now,
        status: { type: 'active' },
        metadata: {},
      },
    },
    {
      type: 'thread.item.done',
      item: {
        ...base,
        id: 'usr_l',
        type: 'user_message',
        content: [{ type: 'input_text', text: `${SERVER} hi` }],
        attachments: [],
        inference_options: {},
      },
    },
    { type: 'thread.item.done', item: message },
    { type: 'thread.item.done', item: widget },
  ];
  return new Response(sseBody(events), { headers: { 'content-type': 'text/event-stream' } });
}
