import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';

import { adoptInto } from '../internal/lazy-parts.js';
import type { Task } from '../protocol/wire-types.js';
import type { ItemEntry } from '../state/thread-state.js';
import { renderTask, renderWorkflow, taskStyles } from './item-tasks.js';
import type { ItemContext } from './items.js';

/**
 * A workflow (reasoning, tool use: a summary over its tasks) or a standalone task in the thread
 * of `<chat-widgets>`. A chunk of its own, loaded with the first such item (and when the chat is
 * idle): most answers have none. It renders in the thread's own tree, not a shadow root of its
 * own, so the chat's parts and styles reach it; its styles come with it and are adopted into the
 * chat's shadow root.
 *
 * @summary A workflow or task item of the thread.
 * @tagname cw-workflow
 */
export class CwWorkflow extends LitElement {
  /** The thread entry: a `workflow` or a `task` item. */
  @property({ attribute: false }) entry: ItemEntry | null = null;

  /** What the item renderers need from the chat (Markdown options, icons). */
  @property({ attribute: false }) ctx: ItemContext | null = null;

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptInto(this.getRootNode(), taskStyles);
  }

  override render() {
    const { entry, ctx } = this;
    if (!entry || !ctx) return nothing;
    if (entry.item.type === 'workflow') return renderWorkflow(entry, ctx);
    return html`<ol class="tasks standalone">
      ${renderTask((entry.item as { task: Task }).task, ctx)}
    </ol>`;
  }
}
