import type { Strings } from '../../i18n/index.js';
import { html, nothing } from 'lit';
import type { ReactiveControllerHost } from 'lit';

import { CwHistoryCloseEvent, CwHistoryOpenEvent, emitChatEvent } from '../../events/index.js';
import { icon } from '../../icons/chrome-icons.js';
import type { ChatSession } from '../../state/chat-session.js';
import type { HistoryActions } from '../history-panel.js';
import type { ResolvedConfig } from '../options.js';
import { reportError } from '../public-events.js';
import type { SessionController } from './session-controller.js';
import { lazyElement } from '../../internal/lazy-elements.js';

/**
 * The history panel (`history` option, `showHistory`/`hideHistory`): whether it is open, the
 * loading and error state of the list, and its handlers (a stable object, so `<cw-history>` is not
 * re-rendered by store ticks). Failures show in the panel and go out as `cw-error`.
 *
 * It needs no lifecycle hook, so it only asks its host to update and is not added to it.
 */
export class HistoryController {
  /** Whether the panel shows. */
  open = false;
  private loading = false;
  private error: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly sessions: SessionController,
    /** Opens a thread picked from the list. */
    private readonly openThread: (threadId: string) => void,
  ) {}

  /** Opens the panel and loads the first page of threads. */
  async show(): Promise<void> {
    this.setOpen(true);
    const session = this.sessions.session ?? (await this.sessions.ready());
    if (!session) return;
    this.set({ loading: true, error: null });
    try {
      await session.loadThreads();
    } catch (error) {
      // Worded at render, in the chat's language.
      this.set({ error: 'failed' });
      reportError(this.host, error);
    } finally {
      this.set({ loading: false });
    }
  }

  /** Closes the panel. */
  hide(): void {
    this.setOpen(false);
  }

  /** The panel, when it is open and the history is enabled. */
  render(history: ResolvedConfig['history'], s: Strings, headingLevel = 2) {
    if (!this.open || !history.enabled) return nothing;
    return html`<div
      class="history"
      part="history"
      @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.hide()}
    >
      ${lazyElement(
        'cw-history',
        html`<cw-history
          .threads=${this.sessions.threads}
          .currentId=${this.sessions.thread?.threadId ?? null}
          ?showRename=${history.showRename}
          ?showDelete=${history.showDelete}
          ?loading=${this.loading}
          .error=${this.error && s.t('history.loadFailed')}
          .strings=${s}
          .headingLevel=${headingLevel}
          .actions=${this.actions}
        ></cw-history>`,
        html`<button
            class="icon-button"
            type="button"
            aria-label=${s.t('history.close')}
            @click=${() => this.hide()}
          >
            ${icon('close')}
          </button>
          <p class="lazy-fallback" role="note">${s.t('fallback.history')}</p>`,
      )}
    </div>`;
  }

  private readonly actions: HistoryActions = {
    select: (threadId) => {
      this.hide();
      if (threadId !== this.sessions.thread?.threadId) this.openThread(threadId);
    },
    rename: (threadId, title) => this.run((s) => s.renameThread(threadId, title)),
    remove: (threadId) => this.run((s) => s.deleteThread(threadId)),
    loadMore: async () => {
      this.set({ loading: true });
      await this.run((s) => s.loadMoreThreads());
      this.set({ loading: false });
    },
    close: () => this.hide(),
  };

  private setOpen(open: boolean): void {
    if (this.open === open) return;
    this.open = open;
    this.host.requestUpdate();
    if (open) emitChatEvent(this.host, CwHistoryOpenEvent, null);
    else emitChatEvent(this.host, CwHistoryCloseEvent, null);
  }

  private set(state: { loading?: boolean; error?: string | null }): void {
    if (state.loading !== undefined) this.loading = state.loading;
    if (state.error !== undefined) this.error = state.error;
    this.host.requestUpdate();
  }

  /** Runs a session call; a failure (or no session) is reported, never thrown. */
  private async run(task: (session: ChatSession) => Promise<unknown>): Promise<void> {
    try {
      await task(this.sessions.require());
    } catch (error) {
      reportError(this.host, error);
    }
  }
}
