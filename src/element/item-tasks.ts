/**
 * The thread's workflow and task items (a reasoning or tool-use workflow, a standalone task) and
 * the source links they share with answers.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';

import { icon } from '../icons/chrome-icons.js';
import type { Source, Task, Workflow } from '../protocol/wire-types.js';
import type { ItemEntry } from '../state/thread-state.js';
import { safeLinkHref as safeHref } from '../util/url-policy.js';
import type { ItemContext } from './items.js';
import { renderIcon } from './lazy-icon.js';

/** A link to a source, when its URL is safe; its title as text otherwise. */
export function sourceLink(source: Source): TemplateResult {
  const href = source.type === 'url' ? safeHref(source.url) : null;
  const title = source.title || (source.type === 'file' ? source.filename : '') || 'Source';
  return href
    ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${title}</a>`
    : html`<span>${title}</span>`;
}

function taskTitle(task: Task): string {
  if (task.title) return task.title;
  switch (task.type) {
    case 'web_search':
      return task.title_query ? `Searched for “${task.title_query}”` : 'Searched the web';
    case 'thought':
      return 'Thought';
    case 'file':
      return 'Read files';
    case 'image':
      return 'Generated an image';
    default:
      return 'Step';
  }
}

export function renderTask(task: Task, ctx: ItemContext): TemplateResult {
  // A known indicator only, and a prefixed class: a bare `loading` took the thread's own style.
  const given = task.status_indicator;
  const status = given === 'loading' || given === 'complete' ? given : 'none';
  return html`<li class="task status-${status}">
    <span class="task-status" aria-hidden="true"
      >${status === 'loading' ? html`<span class="spinner"></span>` : task.type === 'custom' && task.icon ? renderIcon(task.icon, 14, 'item-icon') : status === 'complete' ? icon('check', 14) : html`<span class="dot"></span>`}</span
    >
    <div class="task-body">
      <div class="task-title">${taskTitle(task)}</div>
      ${
        task.type === 'thought' && task.content
          ? html`<cw-markdown
              class="task-content"
              .text=${task.content}
              .options=${ctx.markdown}
            ></cw-markdown>`
          : nothing
      }
      ${task.type === 'custom' && task.content ? html`<div class="task-content">${task.content}</div>` : nothing}
      ${
        task.type === 'web_search' && task.queries.length
          ? html`<div class="chips">
              ${task.queries.map((q) => html`<span class="chip">${icon('search', 12)} ${q}</span>`)}
            </div>`
          : nothing
      }
      ${
        (task.type === 'web_search' || task.type === 'file') && task.sources.length
          ? html`<ul class="task-sources">
              ${task.sources.map((s) => html`<li>${sourceLink(s)}</li>`)}
            </ul>`
          : nothing
      }
    </div>
  </li>`;
}

function workflowSummary(workflow: Workflow, streaming: boolean): string {
  const summary = workflow.summary;
  if (summary && 'title' in summary && summary.title) return summary.title;
  if (summary && 'duration' in summary && typeof summary.duration === 'number') {
    const s = Math.max(1, Math.round(summary.duration));
    return s < 60 ? `Thought for ${s}s` : `Thought for ${Math.round(s / 60)}m`;
  }
  return streaming ? 'Working…' : workflow.type === 'reasoning' ? 'Thought' : 'Steps';
}

/** The summary's server-given icon, through the widget icon table (a name, never a URL). */
const summaryIcon = ({ summary }: Workflow) =>
  summary && 'title' in summary && summary.icon
    ? renderIcon(summary.icon, 14, 'item-icon')
    : nothing;

export function renderWorkflow(entry: ItemEntry, ctx: ItemContext): TemplateResult {
  const { workflow } = entry.item as { workflow: Workflow };
  const streaming = entry.phase === 'streaming';
  return html`<details
    class="item workflow"
    ?open=${workflow.expanded || streaming}
    part="workflow"
  >
    <summary>
      ${icon('chevron', 14)}${summaryIcon(workflow)}<span class=${streaming ? 'shimmer' : ''}
        >${workflowSummary(workflow, streaming)}</span
      >
    </summary>
    <ol class="tasks">
      ${workflow.tasks.map((t) => renderTask(t, ctx))}
    </ol>
  </details>`;
}
