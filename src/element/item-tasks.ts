/**
 * The thread's workflow and task items (a reasoning or tool-use workflow, a standalone task):
 * part of the `<cw-workflow>` chunk (workflow-item.ts), with their styles.
 */
// The English words of this lazy part come with it.
import '../i18n/en-parts.js';
import { css, html, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';

import { icon, iconOf } from '../icons/chrome-icons.js';
import type { Task, Workflow } from '../protocol/wire-types.js';
import type { ItemEntry } from '../state/thread-state.js';
import { sourceLink } from './items.js';
import { formatDuration } from '../i18n/index.js';
import type { Strings } from '../i18n/index.js';
import type { ItemContext } from './items.js';
import { renderIcon } from './lazy-icon.js';

const SEARCH = svg`<circle cx="11" cy="11" r="7"/><path d="m21 21-4.3-4.3"/>`;
const CHEVRON = svg`<path d="m9 6 6 6-6 6"/>`;

function taskTitle(task: Task, s: Strings): string {
  if (task.title) return task.title;
  switch (task.type) {
    case 'web_search':
      return task.title_query
        ? s.t('task.searchedFor', { query: task.title_query })
        : s.t('task.searched');
    case 'thought':
      return s.t('task.thought');
    case 'file':
      return s.t('task.readFiles');
    case 'image':
      return s.t('task.generatedImage');
    default:
      return s.t('task.step');
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
      <div class="task-title" dir="auto">${taskTitle(task, ctx.strings)}</div>
      ${
        task.type === 'thought' && task.content
          ? html`<cw-markdown
              class="task-content"
              dir="auto"
              .text=${task.content}
              .options=${ctx.markdown}
            ></cw-markdown>`
          : nothing
      }
      ${task.type === 'custom' && task.content ? html`<div class="task-content" dir="auto">${task.content}</div>` : nothing}
      ${
        task.type === 'web_search' && task.queries.length
          ? html`<div class="chips">
              ${task.queries.map((q) => html`<span class="chip">${iconOf(SEARCH, 12)} ${q}</span>`)}
            </div>`
          : nothing
      }
      ${
        (task.type === 'web_search' || task.type === 'file') && task.sources.length
          ? html`<ul class="task-sources">
              ${task.sources.map((s) => html`<li dir="auto">${sourceLink(s, ctx.strings)}</li>`)}
            </ul>`
          : nothing
      }
    </div>
  </li>`;
}

function workflowSummary(workflow: Workflow, streaming: boolean, t: Strings): string {
  const summary = workflow.summary;
  if (summary && 'title' in summary && summary.title) return summary.title;
  if (summary && 'duration' in summary && typeof summary.duration === 'number') {
    const time = formatDuration(t, Math.max(1, Math.round(summary.duration)));
    return t.t('task.thoughtFor', { time });
  }
  return t.t(
    streaming ? 'task.working' : workflow.type === 'reasoning' ? 'task.thought' : 'task.steps',
  );
}

/** The summary's server-given icon, through the widget icon table (a name, never a URL). */
const summaryIcon = ({ summary }: Workflow) =>
  summary && 'title' in summary && summary.icon
    ? renderIcon(summary.icon, 14, 'item-icon')
    : nothing;

export function renderWorkflow(entry: ItemEntry, ctx: ItemContext): TemplateResult {
  const { workflow } = entry.item as { workflow: Workflow };
  const streaming = entry.phase === 'streaming';
  return html`<details ?open=${workflow.expanded || streaming}>
    <summary>
      ${iconOf(CHEVRON, 14)}${summaryIcon(workflow)}<span
        class=${streaming ? 'shimmer' : ''}
        dir="auto"
        >${workflowSummary(workflow, streaming, ctx.strings)}</span
      >
    </summary>
    <ol class="tasks">
      ${workflow.tasks.map((t) => renderTask(t, ctx))}
    </ol>
  </details>`;
}

/** The styles of workflows and tasks, adopted into the chat's shadow root with the chunk. */
export const taskStyles = css`
  .workflow summary {
    display: inline-flex;
    align-items: center;
    gap: var(--cw-space-xs);
    cursor: pointer;
    color: var(--cw-color-text-secondary);
    list-style: none;
  }
  .workflow summary::-webkit-details-marker {
    display: none;
  }
  .workflow summary .icon {
    transition: transform var(--cw-duration-fast);
  }
  /* The closed chevron points at the text's end: leftwards in a right-to-left chat. */
  .workflow summary .icon:dir(rtl) {
    transform: scaleX(-1);
  }
  .workflow details[open] > summary .icon {
    transform: rotate(90deg);
  }
  .shimmer {
    animation: pulse 1.5s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  .tasks {
    list-style: none;
    margin: var(--cw-space-s) 0 0;
    padding: 0;
    padding-inline-start: var(--cw-space-s);
    border-inline-start: 1px solid var(--cw-color-border);
    display: flex;
    flex-direction: column;
    gap: var(--cw-space-s);
  }
  .tasks.standalone {
    border: 0;
    padding: 0;
    margin: 0;
  }
  .task {
    display: flex;
    gap: var(--cw-space-s);
    font-size: 0.925em;
  }
  .task-status {
    flex: none;
    width: 16px;
    display: grid;
    place-items: center;
    height: 1.5em;
    color: var(--cw-color-success);
  }
  .dot {
    width: 6px;
    height: 6px;
    border-radius: 50%;
    background: var(--cw-color-text-tertiary);
  }
  .task-title {
    font-weight: 500;
  }
  .task-content {
    color: var(--cw-color-text-secondary);
  }
  .task-sources {
    margin: var(--cw-space-xs) 0 0;
    padding-inline-start: 1.2em;
    font-size: 0.9em;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cw-space-xs);
    margin-top: var(--cw-space-xs);
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 2px 8px;
    border-radius: var(--cw-radius-full);
    background: var(--cw-color-surface-secondary);
    font-size: 0.85em;
  }
`;
