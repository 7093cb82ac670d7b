/**
 * The thread's notices (`notice` events), each shown where it arrived in the stream, and the
 * "thinking" indicator shown from sending until the answer's first event. A notice renders as
 * `<cw-notice>`, from the item-extras chunk (fetched when the chat is idle).
 */
import { html } from 'lit';

import type { Strings } from '../i18n/index.js';
import { lazyElement } from '../internal/lazy-elements.js';
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
): unknown {
  const role = n.level === 'danger' ? 'alert' : 'status';
  return lazyElement(
    'cw-notice',
    html`<cw-notice
      class="notice ${n.level}"
      role=${role}
      .notice=${n}
      .markdown=${markdown}
      .dismiss=${dismiss}
      .strings=${s}
    ></cw-notice>`,
    // Without its chunk, the notice still reads (as plain text).
    html`<p class="lazy-fallback" role=${role} dir="auto">
      ${n.title ? `${n.title}: ` : ''}${n.message}
    </p>`,
  );
}

/** Three pulsing dots, from sending until the answer's first event. */
export const thinking = (s: Strings) =>
  html`<div class="thinking typing" role="status" aria-label=${s.t('chat.thinking')}>
    <span></span><span></span><span></span>
  </div>`;
