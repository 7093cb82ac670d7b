/**
 * The thread's notices (`notice` events), each shown where it arrived in the stream, and the
 * "thinking" indicator shown from sending until the answer's first event.
 */
import { html, nothing } from 'lit';

import { icon } from '../icons/chrome-icons.js';
import type { Strings } from '../i18n/index.js';
import type { MarkdownOptions } from '../markdown/render.js';
import type { ItemEntry, NoticeEntry } from '../state/thread-state.js';

/** A row of the thread: an item, or a notice placed after the item it arrived after. */
export type ThreadRow = ItemEntry | NoticeEntry;

export const isNotice = (row: ThreadRow): row is NoticeEntry => !('item' in row);

/**
 * The items with the notices placed among them in stream order: a notice follows the item it
 * arrived after, one that came first leads, and one whose item is gone goes last.
 */
export function withNotices(
  items: readonly ItemEntry[],
  notices: readonly NoticeEntry[],
): readonly ThreadRow[] {
  if (notices.length === 0) return items;
  const after = new Map<string | null, NoticeEntry[]>();
  for (const n of notices) after.set(n.after, [...(after.get(n.after) ?? []), n]);
  const rows: ThreadRow[] = [...(after.get(null) ?? [])];
  after.delete(null);
  for (const e of items) {
    rows.push(e);
    const here = after.get(e.item.id);
    if (here) {
      rows.push(...here);
      after.delete(e.item.id);
    }
  }
  for (const rest of after.values()) rows.push(...rest);
  return rows;
}

export function renderNotice(
  n: NoticeEntry,
  markdown: MarkdownOptions,
  dismiss: (id: string) => void,
  s: Strings,
) {
  return html`<div class="notice ${n.level}" role=${n.level === 'danger' ? 'alert' : 'status'}>
    <span class="notice-icon">${icon(n.level === 'info' ? 'info' : 'warning', 16)}</span>
    <div class="notice-body" dir="auto">
      ${n.title ? html`<div class="notice-title">${n.title}</div>` : nothing}
      <cw-markdown .text=${n.message} .options=${markdown}></cw-markdown>
    </div>
    <button
      class="icon-button"
      type="button"
      aria-label=${s.t('chat.dismiss')}
      @click=${() => dismiss(n.id)}
    >
      ${icon('close', 16)}
    </button>
  </div>`;
}

/** Three pulsing dots, from sending until the answer's first event. */
export const thinking = (s: Strings) =>
  html`<div class="thinking" role="status" aria-label=${s.t('chat.thinking')}>
    <span></span><span></span><span></span>
  </div>`;
