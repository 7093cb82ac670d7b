/**
 * The hostile server of test/security/hostile-content.test.ts: a widget with a payload in every
 * string prop, colour, size, URL and name (`hostileWidget`), the stream of every item and event
 * kind that shows server text, and a scripted server (`hostileServer`) whose every answer, title
 * and error carries the payloads.
 */
import { sseBody } from '../helpers/sse.js';

const T = 'thr_hostile';
/**
 * The thread allows images from one host that no payload names, so any request at all made by
 * server data is a breach. (With no list, the default policy lets any http(s) host and relative
 * paths load: the official samples use `/image.png` in widgets. test/security/url-policy.test.ts
 * covers that policy.)
 */
const ALLOWED_IMAGE_DOMAINS = ['images.allowed.example'];
const AT = '2026-01-01T00:00:00Z';
let seq = 0;
const id = (kind: string) => `${kind}_${++seq}`;
const asNumber = (p: string) => (Number.isFinite(Number(p)) ? Number(p) : p);

/** A widget with the payload in every string prop, colour, size, URL and name. */
export function hostileWidget(p: string): unknown {
  return {
    type: 'Card',
    size: p,
    padding: asNumber(p),
    background: p,
    status: { text: p, favicon: p },
    children: [
      { type: 'Title', value: p, color: p, size: p },
      { type: 'Text', value: p, color: p, size: p, weight: p, maxLines: asNumber(p) },
      { type: 'Markdown', value: p },
      { type: 'Caption', value: p, color: p },
      { type: 'Badge', label: p, color: p, variant: p },
      { type: 'Image', src: p, alt: p, size: asNumber(p), height: asNumber(p), radius: p },
      { type: 'Icon', name: p, color: p, size: p },
      {
        type: 'Box',
        background: p,
        border: { size: asNumber(p), color: p, style: p },
        radius: p,
        gap: asNumber(p),
        width: asNumber(p),
        height: asNumber(p),
        minWidth: asNumber(p),
        margin: asNumber(p),
        children: [{ type: 'Text', value: 'inside' }],
      },
      {
        type: 'Form',
        onSubmitAction: { type: p, payload: { [p]: p } },
        children: [
          { type: 'Input', name: p, placeholder: p, defaultValue: p },
          { type: 'Textarea', name: `${p}.x`, placeholder: p },
          { type: 'Select', name: p, options: [{ label: p, value: p }], placeholder: p },
          { type: 'Checkbox', name: p, label: p },
          { type: 'RadioGroup', name: p, options: [{ label: p, value: p }] },
          { type: 'DatePicker', name: p, placeholder: p, min: p, max: p },
          { type: 'Button', label: p, submit: true, color: p, style: p, iconStart: p },
        ],
      },
      {
        type: 'ListView',
        children: [{ type: 'ListViewItem', children: [{ type: 'Text', value: p }] }],
      },
      {
        type: 'Chart',
        data: [{ x: p, y: 1 }],
        series: [{ type: 'bar', dataKey: 'y', label: p, color: p }],
        xAxis: p,
        height: asNumber(p),
      },
      { type: p, value: p },
    ],
  };
}

/** The stream of one payload: every item and event kind that shows server text. */
function eventsFor(p: string): unknown[] {
  const msg = id('msg');
  return [
    { type: 'progress_update', text: p, icon: p },
    { type: 'notice', level: 'warning', title: p, message: p },
    {
      type: 'thread.item.done',
      item: {
        id: msg,
        thread_id: T,
        created_at: AT,
        type: 'assistant_message',
        content: [
          {
            type: 'output_text',
            text: `${p}\n\n**${p}** [${p}](${p}) ![${p}](${p})`,
            annotations: [
              {
                type: 'annotation',
                source: { type: 'url', url: p, title: p, description: p },
                index: 0,
              },
              { type: 'annotation', source: { type: 'file', filename: p, title: p }, index: 1 },
              {
                type: 'annotation',
                source: { type: 'entity', id: p, title: p, label: p, icon: p },
                index: 2,
              },
            ],
          },
        ],
      },
    },
    {
      type: 'thread.item.done',
      item: { id: id('w'), thread_id: T, created_at: AT, type: 'widget', widget: hostileWidget(p) },
    },
    {
      type: 'thread.item.done',
      item: {
        id: id('wf'),
        thread_id: T,
        created_at: AT,
        type: 'workflow',
        workflow: {
          type: 'custom',
          expanded: true,
          summary: { title: p, icon: p },
          tasks: [
            { type: 'custom', title: p, content: p, icon: p },
            { type: 'thought', title: p, content: p },
            { type: 'web_search', title: p, title_query: p, queries: [p], sources: [] },
            { type: 'file', title: p, sources: [{ type: 'file', filename: p, title: p }] },
          ],
        },
      },
    },
    {
      type: 'thread.item.done',
      item: {
        id: id('task'),
        thread_id: T,
        created_at: AT,
        type: 'task',
        task: { type: 'custom', title: p, content: p, icon: p },
      },
    },
    {
      type: 'thread.item.done',
      item: {
        id: id('img'),
        thread_id: T,
        created_at: AT,
        type: 'generated_image',
        image: { id: p, url: p },
      },
    },
  ];
}

/** A scripted server whose every answer, title and error is hostile. */
export function hostileServer(payloads: readonly string[]): typeof fetch {
  return (_input, init) => {
    const body = JSON.parse(String(init?.body)) as { type: string };
    const json = (value: unknown) =>
      Promise.resolve(
        new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } }),
      );
    const title = payloads.join(' | ').slice(0, 5000);
    if (body.type === 'threads.list')
      return json({
        data: payloads.map((p, i) => ({ id: `thr_${i}`, title: p, created_at: AT })),
        has_more: false,
      });
    if (body.type === 'items.list') return json({ data: [], has_more: false });
    if (body.type === 'threads.get_by_id')
      return json({
        id: T,
        title,
        created_at: AT,
        allowed_image_domains: ALLOWED_IMAGE_DOMAINS,
        items: { data: [], has_more: false },
      });
    if (body.type === 'threads.custom_action' || body.type === 'threads.sync_custom_action')
      return Promise.resolve(
        new Response(sseBody([{ type: 'notice', level: 'info', message: payloads[0] }]), {
          headers: { 'content-type': 'text/event-stream' },
        }),
      );
    if (body.type.startsWith('threads.')) {
      const events = [
        {
          type: 'thread.created',
          thread: {
            id: T,
            title,
            created_at: AT,
            allowed_image_domains: ALLOWED_IMAGE_DOMAINS,
            items: { data: [], has_more: false },
          },
        },
        ...payloads.flatMap(eventsFor),
        {
          type: 'thread.updated',
          thread: {
            id: T,
            title: payloads.at(-1),
            created_at: AT,
            allowed_image_domains: ALLOWED_IMAGE_DOMAINS,
          },
        },
        { type: 'error', code: 'custom', message: payloads[1], allow_retry: true },
      ];
      return Promise.resolve(
        new Response(sseBody(events), { headers: { 'content-type': 'text/event-stream' } }),
      );
    }
    return json({});
  };
}
