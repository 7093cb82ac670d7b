import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { provide } from '@lit/context';

import { AutoScrollController } from './controllers/auto-scroll-controller.js';
import { MessageActionsController } from './controllers/message-actions-controller.js';
import { SessionController } from './controllers/session-controller.js';
import { chatWidgetsStyles } from './chat-widgets.styles.js';
import type { HistoryActions } from './history-panel.js';
import type { StructuredInputSubmission } from './structured-input.js';
import { renderItem } from './items.js';
import type { ItemContext } from './items.js';
import { entitySearchFrom, tagEntity } from './entities.js';
import type { EntitySearch, InputTag } from './entities.js';
import { resolveGlobalFunction } from './global-function.js';
import { applyTheme, deeplinkAnchor, isImageAllowed, parseDeeplink } from './host-helpers.js';
import { resolveConfig, warnUnknownOptions } from './options.js';
import type { ChatKitOptions, Entity, ResolvedConfig, StartScreenPrompt } from './options.js';
import { routeWidgetAction } from './widget-actions.js';
import { dispatchChatEvent } from '../events/index.js';
import { icon } from '../icons/chrome-icons.js';
import type { MarkdownOptions } from '../markdown/render.js';
import { ChatKitError } from '../protocol/errors.js';
import type { Action, Attachment, UserMessageContent } from '../protocol/wire-types.js';
import type { SessionEvent } from '../state/chat-session.js';
import { pendingStructuredInput } from '../state/selectors.js';
import type { ItemEntry, ThreadError } from '../state/thread-state.js';
import { reset, tokens } from '../theme/tokens.js';
import { ComposerState } from '../composer/composer-state.js';
import type { ComposerChoice, CwComposer } from '../composer/composer.js';
import { toBase64 } from '../composer/dictation.js';
import { createUploader } from '../composer/uploads.js';
import type { Uploader } from '../composer/uploads.js';
import { renderIcon } from '../widgets/icons.js';
import { widgetHostContext } from '../widgets/widget-host.js';
import type { WidgetHost } from '../widgets/widget-host.js';

/** What `sendUserMessage` takes (as in ChatKit). */
export interface SendUserMessageParams {
  text?: string;
  content?: UserMessageContent[];
  reply?: string;
  attachments?: Attachment[];
  newThread?: boolean;
  toolChoice?: { id: string };
  model?: string;
}

/** What `setComposerValue` takes (text parts; tools, files and tags come with the composer work). */
export interface SetComposerValueParams {
  text?: string;
  content?: UserMessageContent[];
  reply?: string;
  /** Files to upload with the configured strategy and attach. */
  files?: File[];
  /** Selects a composer tool; `null` clears it. */
  selectedToolId?: string | null;
  /** Selects a composer model. */
  selectedModelId?: string;
}

const darkQuery =
  typeof matchMedia === 'undefined' ? null : matchMedia('(prefers-color-scheme: dark)');

/**
 * A complete chat with any ChatKit server: thread with streamed Markdown answers, history,
 * composer, Stop and Retry, and the `<openai-chatkit>` options, methods and events.
 *
 * Configure it with attributes (`api-url`, …) or with `setOptions(options)` / the `options`
 * property, which take ChatKit's `ChatKitOptions` object; the options object wins where both speak.
 *
 * @summary An open ChatKit front end as a custom element.
 * @tagname chat-widgets
 * @csspart base - The outer wrapper.
 * @csspart header - The header bar.
 * @csspart message-list - The scrolling thread.
 * @csspart message - A user or assistant message.
 * @csspart composer - The composer area.
 * @csspart history - The history panel.
 * @cssprop [--cw-color-surface=#ffffff] - Background.
 * @cssprop [--cw-color-text=#0d0d0d] - Text colour.
 * @cssprop [--cw-color-accent=#0d0d0d] - Send button and accents.
 * @cssprop [--cw-color-user-bubble=#f3f4f6] - Background of the user's messages.
 * @cssprop [--cw-font-body] - Font family.
 * @cssprop [--cw-font-size=15px] - Base font size.
 * @cssprop [--cw-thread-max-width=760px] - Width of the message column.
 * @fires cw-ready - The element is ready (also `chatkit.ready`).
 * @fires cw-error - A request failed; `detail.error` (also `chatkit.error`).
 * @fires cw-log - Diagnostics; `detail.name`, `detail.data` (also `chatkit.log`).
 * @fires cw-effect - A client effect from the server; `detail.name`, `detail.data` (also `chatkit.effect`).
 * @fires cw-deeplink - A `chatkit-link://` link was clicked; `detail.name`, `detail.data` (also `chatkit.deeplink`).
 * @fires cw-response-start - A response started streaming (also `chatkit.response.start`).
 * @fires cw-response-end - A response ended (also `chatkit.response.end`).
 * @fires cw-thread-change - The open thread changed; `detail.threadId` (also `chatkit.thread.change`).
 * @fires cw-thread-load-start - A thread started loading; `detail.threadId` (also `chatkit.thread.load.start`).
 * @fires cw-thread-load-end - A thread finished loading; `detail.threadId` (also `chatkit.thread.load.end`).
 * @fires cw-tool-change - The composer's tool changed; `detail.toolId` (also `chatkit.tool.change`).
 * @fires cw-widget-action - A widget fired an action (cancelable: prevents sending a server action); `detail.action`, `detail.item`.
 */
export class ChatWidgets extends LitElement {
  static override styles = [tokens, reset, chatWidgetsStyles];

  /** The ChatKit endpoint (one POST URL). `api.url` in the options object. */
  @property({ attribute: 'api-url' }) apiUrl = '';

  /** Accepted for compatibility with `<openai-chatkit>`; a self-hosted backend does not check it. */
  @property({ attribute: 'domain-key' }) domainKey = '';

  /** The thread to open first; without it the start screen shows. */
  @property({ attribute: 'initial-thread' }) initialThread = '';

  /** `light`, `dark`, or `auto` (follows the system). */
  @property() theme: 'light' | 'dark' | 'auto' | '' = '';

  /** The locale, sent as `Accept-Language`. Defaults to the browser's. */
  @property() locale = '';

  /** The composer's placeholder. */
  @property() placeholder = '';

  /** The start screen's greeting. */
  @property() greeting = '';

  /** Hides the header. */
  @property({ type: Boolean, attribute: 'no-header' }) noHeader = false;

  /** Hides the history button and panel. */
  @property({ type: Boolean, attribute: 'no-history' }) noHistory = false;

  /** Offers renaming threads in the history panel. */
  @property({ type: Boolean, attribute: 'history-rename' }) historyRename = false;

  /** Offers deleting threads in the history panel. */
  @property({ type: Boolean, attribute: 'history-delete' }) historyDelete = false;

  /**
   * A global function for client widget actions, by dotted path (`myApp.handleAction`): called as
   * `widgets.onAction(action, item)` is, when the options object sets none.
   */
  @property({ attribute: 'on-action' }) onActionName = '';

  /** A global function for client tools, by dotted path: called as `onClientTool({name, params})`. */
  @property({ attribute: 'on-client-tool' }) onClientToolName = '';

  /** A URL that answers @-mention searches with a JSON list of entities; `{query}` is replaced. */
  @property({ attribute: 'entity-search-url' }) entitySearchUrl = '';

  /** A global function for @-mention searches, by dotted path: `(query) => Promise<Entity[]>`. */
  @property({ attribute: 'on-tag-search' }) onTagSearchName = '';

  /** A global function called when an interactive tag is clicked: `(entity) => void`. */
  @property({ attribute: 'on-tag-click' }) onTagClickName = '';

  /** A global function for tag previews: `(entity) => Promise<{preview: widget | null}>`. */
  @property({ attribute: 'on-tag-preview' }) onTagPreviewName = '';

  /** The composer's tools as JSON (`composer.tools`), for pages without setup code. */
  @property({ attribute: 'tools' }) toolsJson = '';

  /** The composer's models as JSON (`composer.models`). */
  @property({ attribute: 'models' }) modelsJson = '';

  /** Stops following the stream to the bottom. */
  @property({ type: Boolean, attribute: 'no-auto-scroll' }) noAutoScroll = false;

  @state() private chatOptions: ChatKitOptions | null = null;
  @state() private historyOpen = false;
  @state() private historyLoading = false;
  @state() private historyError: string | null = null;
  @state() private loadingThread: string | null = null;
  @state() private preview: { widget: unknown; top: number; left: number } | null = null;
  private previewRequest = 0;

  @query('cw-composer') private composer?: CwComposer;
  /** The composer's draft and choices, kept while structured input takes its place. */
  private readonly composerState = new ComposerState();
  @query('.scroller') private scroller?: HTMLElement;
  @query('.thread') private threadEl?: HTMLElement;

  /** Where the widgets in the thread send their actions. */
  @provide({ context: widgetHostContext })
  protected readonly widgetHost: WidgetHost = {
    dispatchAction: (request) =>
      routeWidgetAction(
        {
          host: this,
          session: this.controller.session,
          onAction:
            this.config.onAction ??
            (resolveGlobalFunction(this.onActionName) as ResolvedConfig['onAction'] | null),
        },
        request,
      ),
    log: (name, data) => dispatchChatEvent(this, 'chatkit.log', { name, data }),
  };

  private readonly controller = new SessionController(this, (event) =>
    this.handleSessionEvent(event),
  );
  private readonly autoScroll = new AutoScrollController(this);
  private config!: ResolvedConfig;
  private readonly messageActions = new MessageActionsController(
    this,
    () => this.controller.session,
    () => this.autoScroll.pin(),
  );
  private readyFired = false;
  private openedInitial = false;
  private itemContext!: ItemContext;
  private markdownOptions: MarkdownOptions = {};

  /** The ChatKit options object. Setting it is `setOptions(value)`. */
  get options(): ChatKitOptions | null {
    return this.chatOptions;
  }

  set options(value: ChatKitOptions | null) {
    this.setOptions(value ?? {});
  }

  override connectedCallback(): void {
    super.connectedCallback();
    darkQuery?.addEventListener('change', this.handleSchemeChange);
    this.renderRoot.addEventListener('click', this.handleLinkClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    darkQuery?.removeEventListener('change', this.handleSchemeChange);
    this.renderRoot.removeEventListener('click', this.handleLinkClick);
  }

  protected override willUpdate(): void {
    this.config = resolveConfig(
      {
        apiUrl: this.apiUrl,
        domainKey: this.domainKey,
        initialThread: this.initialThread,
        theme: this.theme,
        locale: this.locale,
        placeholder: this.placeholder,
        greeting: this.greeting,
        noHeader: this.noHeader,
        noHistory: this.noHistory,
        historyRename: this.historyRename,
        historyDelete: this.historyDelete,
        noAutoScroll: this.noAutoScroll,
        toolsJson: this.toolsJson,
        modelsJson: this.modelsJson,
      },
      this.chatOptions,
    );
    const scheme =
      this.config.colorScheme === 'auto'
        ? darkQuery?.matches
          ? 'dark'
          : 'light'
        : this.config.colorScheme;
    this.setAttribute('resolved-theme', scheme);
    applyTheme(this, this.config.theme);
    this.autoScroll.enabled = this.config.autoScroll;
    const created = this.controller.configure(
      this.config.apiUrl
        ? { url: this.config.apiUrl, locale: this.config.locale, fetch: this.config.fetch }
        : null,
      { onClientTool: this.config.onClientTool ?? this.globalClientTool() },
    );
    if (created) this.openedInitial = false;
    else if (this.controller.session && !this.config.onClientTool)
      this.controller.session.onClientTool = this.globalClientTool();
    const allowed = this.controller.thread?.thread?.allowed_image_domains ?? null;
    const actions = { feedback: this.config.feedback, retry: this.config.retryAction };
    const ctx = this.itemContext;
    // A new context re-renders the items (they are guarded by it): only when something it carries changed.
    if (
      !ctx ||
      this.markdownOptions.allowedImageHosts !== allowed ||
      ctx.actions.feedback !== actions.feedback ||
      ctx.actions.retry !== actions.retry ||
      this.messageActions.changed
    ) {
      this.messageActions.changed = false;
      if (this.markdownOptions.allowedImageHosts !== allowed || !ctx) {
        this.markdownOptions = {
          allowedImageHosts: allowed,
          citation: (n) => html`<span class="cite">${n}</span>`,
        };
      }
      this.itemContext = {
        markdown: this.markdownOptions,
        imageAllowed: (url) => isImageAllowed(url, allowed),
        onTagClick: (tag) => this.handleTagClick(tag),
        onTagPreview: (tag, anchor) => void this.showTagPreview(tag, anchor),
        actions,
        feedbackOf: (id) => this.messageActions.feedbackOf(id),
        onCopy: (entry) => void this.messageActions.copy(entry),
        onFeedback: (entry, kind) => void this.messageActions.feedback(entry, kind),
        onRetry: (entry) => void this.messageActions.retry(entry),
      };
    }
  }

  protected override updated(): void {
    this.autoScroll.observe(this.scroller ?? null, this.threadEl ?? null);
    const session = this.controller.session;
    if (session && !this.openedInitial) {
      this.openedInitial = true;
      const initial = this.config.initialThread;
      if (initial) void this.openThread(initial);
    }
    if (!this.readyFired) {
      this.readyFired = true;
      // A task later, so that listeners added right after the element was defined still hear it.
      setTimeout(() => dispatchChatEvent(this, 'chatkit.ready', undefined));
    }
  }

  // ------------------------------------------------------------------------------------------
  // Public API (as <openai-chatkit>)
  // ------------------------------------------------------------------------------------------

  /** Replaces the whole configuration with a `ChatKitOptions` object (no merge, as ChatKit). */
  setOptions(options: ChatKitOptions): void {
    warnUnknownOptions(options);
    this.chatOptions = { ...options };
  }

  /** Focuses the composer. */
  async focusComposer(): Promise<void> {
    await this.updateComplete;
    this.composer?.focus();
  }

  /** Opens a thread by id; `null` (or `undefined`) opens a new, empty thread. */
  async setThreadId(threadId: string | null | undefined): Promise<void> {
    const session = await this.ensureSession();
    this.historyOpen = false;
    if (!threadId) {
      session.newThread();
      return;
    }
    await this.openThread(threadId);
  }

  /** Sends a message as the user (text, or content with tags), optionally in a new thread. */
  async sendUserMessage(params: SendUserMessageParams): Promise<void> {
    const session = await this.ensureSession();
    this.historyOpen = false;
    this.autoScroll.pin();
    await session.sendMessage({
      ...(params.text !== undefined ? { text: params.text } : {}),
      ...(params.content ? { content: params.content } : {}),
      ...(params.reply ? { quotedText: params.reply } : {}),
      ...(params.attachments
        ? {
            attachments: params.attachments.map((a) => a.id),
            attachmentObjects: params.attachments,
          }
        : {}),
      ...(params.toolChoice ? { toolChoice: params.toolChoice } : {}),
      ...(params.model ? { model: params.model } : {}),
      ...(params.newThread ? { newThread: true } : {}),
    });
  }

  /** Fills the composer without sending: text, and the selected tool and model. */
  async setComposerValue(params: SetComposerValueParams): Promise<void> {
    await this.updateComplete;
    if (this.composer) await this.composer.setValue(params);
    else this.composerState.setValue(params);
  }

  /** Sends a custom action to the server (`threads.custom_action`), optionally from a widget item. */
  async sendCustomAction(action: Action, itemId?: string): Promise<void> {
    await (await this.ensureSession()).sendAction(action, itemId ?? null);
  }

  /** Alias of {@link sendCustomAction} (the spelling of ChatKit's docs). */
  sendAction(action: Action, itemId?: string): Promise<void> {
    return this.sendCustomAction(action, itemId);
  }

  /** Re-reads the open thread, after the host changed it outside a turn. */
  async fetchUpdates(): Promise<void> {
    await (await this.ensureSession()).fetchUpdates();
  }

  /** Opens the history panel. */
  async showHistory(): Promise<void> {
    this.historyOpen = true;
    await this.refreshHistory();
  }

  /** Closes the history panel. */
  async hideHistory(): Promise<void> {
    this.historyOpen = false;
    await this.updateComplete;
  }

  // ------------------------------------------------------------------------------------------
  // Internals
  // ------------------------------------------------------------------------------------------

  /** The session, once pending property changes (such as `setOptions`) have been applied. */
  private async ensureSession() {
    if (this.isUpdatePending) await this.updateComplete;
    return this.requireSession();
  }

  private requireSession() {
    const session = this.controller.session;
    if (!session) throw new Error('<chat-widgets> has no endpoint: set api-url or options.api.url');
    return session;
  }

  private handleSessionEvent(event: SessionEvent): void {
    switch (event.type) {
      case 'response.start':
        return dispatchChatEvent(this, 'chatkit.response.start', undefined);
      case 'response.end':
        return dispatchChatEvent(this, 'chatkit.response.end', undefined);
      case 'thread.change':
        return dispatchChatEvent(this, 'chatkit.thread.change', { threadId: event.threadId });
      case 'thread.load.start':
        this.loadingThread = event.threadId;
        return dispatchChatEvent(this, 'chatkit.thread.load.start', { threadId: event.threadId });
      case 'thread.load.end':
        if (this.loadingThread === event.threadId) this.loadingThread = null;
        this.autoScroll.pin();
        return dispatchChatEvent(this, 'chatkit.thread.load.end', { threadId: event.threadId });
      case 'effect':
        dispatchChatEvent(this, 'chatkit.log', {
          name: 'client_effect',
          data: { name: event.name },
        });
        return dispatchChatEvent(this, 'chatkit.effect', { name: event.name, data: event.data });
      case 'error':
        return dispatchChatEvent(this, 'chatkit.error', { error: event.error });
      case 'warning':
        return dispatchChatEvent(this, 'chatkit.log', {
          name: 'protocol.warning',
          data: { message: event.error.message },
        });
      case 'log':
        return dispatchChatEvent(this, 'chatkit.log', {
          name: event.name,
          ...(event.data ? { data: event.data } : {}),
        });
      default:
        return undefined;
    }
  }

  private globalClientTool() {
    const fn = resolveGlobalFunction(this.onClientToolName);
    return fn
      ? (call: { name: string; params: Record<string, unknown> }) =>
          (fn as (c: typeof call) => unknown)(call)
      : undefined;
  }

  private async openThread(threadId: string): Promise<void> {
    try {
      await this.requireSession().loadThread(threadId);
    } catch {
      // Shown in the thread and reported through the error event by the session.
    }
  }

  private async refreshHistory(): Promise<void> {
    const session = this.controller.session;
    if (!session) return;
    this.historyLoading = true;
    this.historyError = null;
    try {
      await session.loadThreads();
    } catch (error) {
      this.historyError = 'Could not load your conversations.';
      dispatchChatEvent(this, 'chatkit.error', {
        error: error instanceof Error ? error : new Error(String(error)),
      });
    } finally {
      this.historyLoading = false;
    }
  }

  private readonly historyActions: HistoryActions = {
    select: (threadId) => {
      this.historyOpen = false;
      if (threadId !== this.controller.thread?.threadId) void this.openThread(threadId);
    },
    rename: async (threadId, title) => {
      await this.runReported(() => this.requireSession().renameThread(threadId, title));
    },
    remove: async (threadId) => {
      await this.runReported(() => this.requireSession().deleteThread(threadId));
    },
    loadMore: async () => {
      this.historyLoading = true;
      await this.runReported(() => this.requireSession().loadMoreThreads());
      this.historyLoading = false;
    },
    close: () => {
      this.historyOpen = false;
    },
  };

  private async runReported(task: () => Promise<void>): Promise<void> {
    try {
      await task();
    } catch (error) {
      dispatchChatEvent(this, 'chatkit.error', {
        error: error instanceof Error ? error : new Error(String(error)),
      });
    }
  }

  private readonly submitFromComposer = async (
    content: UserMessageContent[],
    choice: ComposerChoice,
  ): Promise<boolean> => {
    const session = this.controller.session;
    if (!session) return false;
    this.autoScroll.pin();
    try {
      await session.sendMessage({
        content,
        ...(choice.attachments.length
          ? {
              attachments: choice.attachments.map((a) => a.id),
              attachmentObjects: choice.attachments,
            }
          : {}),
        ...(choice.toolId ? { toolChoice: { id: choice.toolId } } : {}),
        ...(choice.model ? { model: choice.model } : {}),
      });
    } catch (error) {
      if (!(error instanceof ChatKitError)) {
        dispatchChatEvent(this, 'chatkit.error', {
          error: error instanceof Error ? error : new Error(String(error)),
        });
      }
      return false;
    }
    // The server never stored it: take the bubble back, the text returns to the composer.
    const failed = [...session.state.items].reverse().find((e) => e.phase === 'failed');
    if (failed) {
      session.discardFailed(failed.item.id);
      return false;
    }
    return true;
  };

  private async retry(): Promise<void> {
    const session = this.controller.session;
    if (!session) return;
    const failed = [...session.state.items].reverse().find((e) => e.phase === 'failed');
    await this.runReported(() => (failed ? session.resend(failed.item.id) : session.retry()));
  }

  private sendPrompt(prompt: StartScreenPrompt): void {
    const params: SendUserMessageParams =
      typeof prompt.prompt === 'string' ? { text: prompt.prompt } : { content: prompt.prompt };
    void this.runReported(() => this.sendUserMessage(params));
  }

  private handleTagClick(tag: InputTag): void {
    if (!tag.interactive) return;
    const onClick =
      this.config.entities.onClick ??
      (resolveGlobalFunction(this.onTagClickName) as ((e: Entity) => void) | null);
    onClick?.(tagEntity(tag));
  }

  /** Asks the host for an interactive tag's preview widget and shows it by the tag. */
  private async showTagPreview(tag: InputTag, anchor: HTMLElement | null): Promise<void> {
    const request = ++this.previewRequest;
    if (!anchor || !tag.interactive) {
      this.preview = null;
      return;
    }
    const onPreview =
      this.config.entities.onRequestPreview ??
      (resolveGlobalFunction(this.onTagPreviewName) as
        ((e: Entity) => Promise<{ preview: unknown }>) | null);
    if (!onPreview) return;
    try {
      const result = await onPreview(tagEntity(tag));
      if (request !== this.previewRequest) return; // The pointer moved on.
      const widget =
        result && typeof result === 'object' ? (result as { preview?: unknown }).preview : null;
      if (!widget) return;
      const box = anchor.getBoundingClientRect();
      const host = this.getBoundingClientRect();
      this.preview = {
        widget,
        top: box.bottom - host.top + 6,
        left: Math.max(8, Math.min(box.left - host.left, host.width - 340)),
      };
    } catch (error) {
      dispatchChatEvent(this, 'chatkit.error', {
        error: error instanceof Error ? error : new Error(String(error)),
      });
    }
  }

  private readonly handleSchemeChange = () => this.requestUpdate();

  private uploaderCache: { key: unknown; client: unknown; uploader: Uploader | null } = {
    key: null,
    client: null,
    uploader: null,
  };

  /** The attachment uploader (kept while its configuration and client stay the same). */
  private get uploader(): Uploader | null {
    const attachments = this.config.attachments;
    const client = this.controller.session?.client ?? null;
    const key = JSON.stringify(attachments);
    if (this.uploaderCache.key !== key || this.uploaderCache.client !== client) {
      this.uploaderCache = {
        key,
        client,
        uploader:
          attachments && client
            ? createUploader(attachments.options, attachments.strategy ?? null, client)
            : null,
      };
    }
    return this.uploaderCache.uploader;
  }

  /** The @-mention search in force: the options', a global function, or the search URL. */
  private get entitySearch(): EntitySearch | null {
    return entitySearchFrom({
      onTagSearch: this.config.entities.onTagSearch,
      globalName: this.onTagSearchName,
      url: this.entitySearchUrl,
      fetch: this.config.fetch,
    });
  }

  private readonly transcribeAudio = async (audio: Blob, mimeType: string): Promise<string> => {
    const session = this.requireSession();
    const result = await session.client.request('input.transcribe', {
      audio_base64: await toBase64(audio),
      mime_type: mimeType,
    });
    dispatchChatEvent(this, 'chatkit.log', {
      name: 'dictation.transcribed',
      data: { bytes: audio.size },
    });
    return typeof result.text === 'string' ? result.text : '';
  };

  private readonly handleToolChange = (toolId: string | null) => {
    dispatchChatEvent(this, 'chatkit.tool.change', { toolId });
  };

  /** `chatkit-link://name?key=value` links become deeplink events instead of navigation. */
  private readonly handleLinkClick = (event: Event) => {
    const anchor = deeplinkAnchor(event);
    if (!anchor) return;
    event.preventDefault();
    const link = parseDeeplink(anchor.href); // A malformed link does nothing.
    if (link) dispatchChatEvent(this, 'chatkit.deeplink', link);
  };

  // ------------------------------------------------------------------------------------------
  // Rendering
  // ------------------------------------------------------------------------------------------

  private renderHeader() {
    const { header, history } = this.config;
    if (!header.enabled) return nothing;
    const thread = this.controller.thread;
    const title = header.titleEnabled ? (header.titleText ?? thread?.thread?.title ?? '') : '';
    const action = (a: { icon: string; onClick: () => void } | null, side: string) =>
      a
        ? html`<button
            class="icon-button"
            type="button"
            aria-label=${a.icon}
            data-side=${side}
            @click=${() => a.onClick()}
          >
            ${icon(a.icon)}
          </button>`
        : nothing;
    return html`<header part="header">
      ${action(header.leftAction, 'left')}
      <h2>${title}</h2>
      ${
        history.enabled
          ? html`<button
              class="icon-button history-button"
              type="button"
              aria-label="History"
              title="History"
              @click=${() => void this.showHistory()}
            >
              ${icon('history')}
            </button>`
          : nothing
      }
      <button
        class="icon-button new-thread"
        type="button"
        aria-label="New chat"
        title="New chat"
        @click=${() => void this.setThreadId(null)}
      >
        ${icon('compose')}
      </button>
      ${action(header.rightAction, 'right')}
    </header>`;
  }

  private renderStart() {
    const { greeting, prompts } = this.config;
    return html`<div class="start">
      <h1 class="greeting">${greeting}</h1>
      ${
        prompts.length
          ? html`<div class="prompts">
              ${prompts.map(
                (p) =>
                  html`<button class="prompt" type="button" @click=${() => this.sendPrompt(p)}>
                    ${p.icon ? renderIcon(p.icon, 16) : nothing}${p.label}
                  </button>`,
              )}
            </div>`
          : nothing
      }
    </div>`;
  }

  private renderError(error: ThreadError, streaming: boolean) {
    const text = error.serverMessage
      ? error.message
      : error.kind === 'network' || error.kind === 'stream_cut'
        ? 'The connection to the chat server was lost.'
        : error.kind === 'http'
          ? `The chat server could not handle the request${error.status ? ` (${error.status})` : ''}.`
          : 'Something went wrong while generating a response.';
    return html`<div class="error" role="alert">
      ${icon('warning')}
      <span class="error-text">${text}</span>
      ${
        error.retryable && !streaming
          ? html`<button class="retry" type="button" @click=${() => void this.retry()}>
              ${icon('retry', 14)} Retry
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderThread() {
    const state = this.controller.thread;
    if (!state) {
      return html`<div class="start">
        <p>Set <code>api-url</code> (or <code>options.api.url</code>) to a ChatKit endpoint.</p>
      </div>`;
    }
    const visible = state.items.filter(
      (e) => e.visible && !(e.phase === 'frozen' && e.frozenBy === 'error' && isEmptyMessage(e)),
    );
    if (this.loadingThread && visible.length === 0) {
      return html`<div class="loading" role="status">Loading conversation…</div>`;
    }
    if (visible.length === 0 && !state.stream && !state.error && state.threadId === null)
      return this.renderStart();
    const ctx = this.itemContext;
    const streaming = state.stream;
    return html`<div
      class="thread"
      part="message-list"
      role="log"
      aria-live="polite"
      aria-busy=${streaming ? 'true' : 'false'}
    >
      ${
        state.older.hasMore
          ? html`<button
              class="older"
              type="button"
              @click=${() => void this.runReported(async () => void (await this.controller.session?.loadOlder()))}
            >
              Show earlier messages
            </button>`
          : nothing
      }
      ${repeat(
        visible,
        (e) => e.item.id,
        (e) => guard([e, ctx, state.runningTool], () => renderItem(e, ctx, state.runningTool)),
      )}
      ${
        streaming?.progress
          ? html`<div class="progress" role="status">
              <span class="spinner"></span>${streaming.progress.text}
            </div>`
          : nothing
      }
      ${state.notices.map(
        (n) =>
          html`<div class="notice ${n.level}" role=${n.level === 'danger' ? 'alert' : 'status'}>
            <span class="notice-icon">${icon(n.level === 'info' ? 'info' : 'warning', 16)}</span>
            <div class="notice-body">
              ${n.title ? html`<div class="notice-title">${n.title}</div>` : nothing}
              <cw-markdown .text=${n.message} .options=${this.markdownOptions}></cw-markdown>
            </div>
            <button
              class="icon-button"
              type="button"
              aria-label="Dismiss"
              @click=${() => this.controller.session?.thread.dispatch({ type: 'notice.dismiss', id: n.id })}
            >
              ${icon('close', 16)}
            </button>
          </div>`,
      )}
      ${state.error ? this.renderError(state.error, streaming !== null) : nothing}
    </div>`;
  }

  private renderFooter() {
    const state = this.controller.thread;
    const status = state?.thread?.status;
    if (status?.type === 'closed') {
      return html`<footer part="composer">
        <div class="banner">
          ${icon('lock', 16)}${status.reason || 'This conversation has been closed.'}
        </div>
      </footer>`;
    }
    const question = state ? pendingStructuredInput(state) : null;
    if (question) {
      // The server waits for answers: the questions take the composer's place.
      return html`<footer part="composer">
        <cw-structured-input
          .item=${question}
          ?disabled=${state?.stream !== null}
          .onSubmit=${(input: StructuredInputSubmission) =>
            this.runReported(() => this.requireSession().submitStructuredInput(question.id, input))}
        ></cw-structured-input>
      </footer>`;
    }
    const locked = status?.type === 'locked';
    const disclaimer = this.config.disclaimer;
    return html`<footer part="composer">
      <cw-composer
        exportparts="input: composer-input, send-button"
        .state=${this.composerState}
        .placeholder=${this.config.placeholder}
        ?disabled=${!state || locked || state.runningTool !== null}
        .disabledReason=${locked ? (status.reason ?? 'This conversation is locked.') : state?.runningTool ? 'Waiting for a tool…' : null}
        ?streaming=${(state?.stream ?? null) !== null}
        ?allowCancel=${state?.stream?.allowCancel ?? false}
        .onSubmit=${this.submitFromComposer}
        .tools=${this.config.tools}
        .models=${this.config.models}
        .onToolChange=${this.handleToolChange}
        .searchEntities=${this.entitySearch}
        .uploader=${this.uploader}
        .transcribe=${this.config.dictation ? this.transcribeAudio : null}
        ?mentionButton=${this.config.entities.showComposerMenu === true}
        .onStop=${() => this.controller.session?.cancel()}
      ></cw-composer>
      ${
        disclaimer
          ? html`<div class="disclaimer ${disclaimer.highContrast ? 'high-contrast' : ''}">
              <cw-markdown .text=${disclaimer.text} .options=${this.markdownOptions}></cw-markdown>
            </div>`
          : nothing
      }
    </footer>`;
  }

  override render() {
    const history = this.config.history;
    return html`<div part="base" class="base" role="region" aria-label=${this.config.frameTitle}>
      ${this.renderHeader()}
      <div class="body">
        <div class="scroller">${this.renderThread()}</div>
        ${
          this.historyOpen && history.enabled
            ? html`<div
                class="history"
                part="history"
                @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && (this.historyOpen = false)}
              >
                <div class="history-header">
                  <h2>History</h2>
                  <button
                    class="icon-button"
                    type="button"
                    aria-label="Close history"
                    @click=${() => (this.historyOpen = false)}
                  >
                    ${icon('close')}
                  </button>
                </div>
                <cw-history
                  .threads=${this.controller.threads}
                  .currentId=${this.controller.thread?.threadId ?? null}
                  ?showRename=${history.showRename}
                  ?showDelete=${history.showDelete}
                  ?loading=${this.historyLoading}
                  .error=${this.historyError}
                  .actions=${this.historyActions}
                ></cw-history>
              </div>`
            : nothing
        }
      </div>
      ${this.renderFooter()}
      ${
        this.preview
          ? html`<div
              class="tag-preview"
              role="tooltip"
              style=${styleMap({ top: `${this.preview.top}px`, left: `${this.preview.left}px` })}
            >
              <cw-widget embedded .widget=${this.preview.widget}></cw-widget>
            </div>`
          : nothing
      }
    </div>`;
  }
}

function isEmptyMessage(entry: ItemEntry): boolean {
  const content = (entry.item as { content?: { text?: string }[] }).content;
  return entry.item.type === 'assistant_message' && (content ?? []).every((p) => !p.text);
}

declare global {
  interface HTMLElementTagNameMap {
    'chat-widgets': ChatWidgets;
  }
}
