import { html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';

import { ChatWidgetsAttributes } from './chat-widgets-attributes.js';
import { chatWidgetsStyles } from './chat-widgets.styles.js';
import { ConfigController } from './controllers/config-controller.js';
import { ConnectionController } from './controllers/connection-controller.js';
import { FooterController } from './controllers/footer-controller.js';
import type { ComposerState } from '../composer/composer-state.js';
import { HistoryController } from './controllers/history-controller.js';
import { I18nController } from './controllers/i18n-controller.js';
import { MessageActionsController } from './controllers/message-actions-controller.js';
import { PersistenceController } from './controllers/persistence-controller.js';
import { PrefetchController } from './controllers/prefetch-controller.js';
import { SessionController } from './controllers/session-controller.js';
import { TagPreviewController } from './controllers/tag-preview-controller.js';
import { ThemeController } from './controllers/theme-controller.js';
import { resolveGlobalFunction } from './global-function.js';
import { renderHeader } from './header.js';
import { defineInternalElements } from './internal-elements.js';
import type { HeaderHandlers } from './header.js';
import { deeplinkClicks } from './host-helpers.js';
import { itemStyles } from './items.styles.js';
import type { ChatKitOptions, ResolvedConfig } from './options.js';
import { sendParams } from './send-params.js';
import type { SendUserMessageParams, SetComposerValueParams } from './send-params.js';
import type { CwThread, ThreadActions } from './thread.js';
import { threadActionsFor } from './thread-actions.js';
import { threadStyles } from './thread.styles.js';
import { createWidgetHost } from './widget-actions.js';
import { WidgetHostProvider } from './widget-host-provider.js';
import { CwReadyEvent, emitChatEvent } from '../events/index.js';
import { whenLazyPartsRendered } from '../internal/lazy-elements.js';
import { requirePart } from '../internal/lazy-parts.js';
import type { Action } from '../protocol/wire-types.js';
import { reset, tokens } from '../theme/tokens.js';

export type { SendUserMessageParams, SetComposerValueParams } from './send-params.js';

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
 * @csspart user-message - A user message (also `message`).
 * @csspart assistant-message - An assistant message (also `message`).
 * @csspart workflow - A workflow (reasoning, tasks) in the thread.
 * @csspart widget - A widget item in the thread.
 * @csspart composer - The composer area.
 * @csspart composer-input - The composer's text field.
 * @csspart send-button - The send or stop button.
 * @csspart history - The history panel.
 * @cssprop [--cw-color-surface=#ffffff] - Background.
 * @cssprop [--cw-color-text=#0d0d0d] - Text colour.
 * @cssprop [--cw-color-accent=#0d0d0d] - Send button and accents.
 * @cssprop [--cw-color-user-bubble=#f3f4f6] - Background of the user's messages.
 * @cssprop [--cw-color-user-bubble-text=inherit] - Text colour of the user's messages (set by `theme.color.accent.level` 3).
 * @cssprop [--cw-font-body] - Font family.
 * @cssprop [--cw-font-size=15px] - Base font size.
 * @cssprop [--cw-thread-max-width=760px] - Width of the message column.
 * @cssprop [--cw-composer-radius=var(--cw-radius-l)] - Corner radius of the composer.
 * @fires {CwReadyEvent} cw-ready - The element is ready (also `chatkit.ready`).
 * @fires {CwErrorEvent} cw-error - Something failed; `detail.error` (also `chatkit.error`).
 * @fires {CwLogEvent} cw-log - Diagnostics; `detail.name`, `detail.data` (also `chatkit.log`).
 * @fires {CwEffectEvent} cw-effect - A client effect from the server; `detail.name`, `detail.data` (also `chatkit.effect`).
 * @fires {CwDeeplinkEvent} cw-deeplink - A `chatkit-link://` link was clicked; `detail.name`, `detail.data` (also `chatkit.deeplink`).
 * @fires {CwResponseStartEvent} cw-response-start - A response started streaming (also `chatkit.response.start`).
 * @fires {CwResponseEndEvent} cw-response-end - A response ended (also `chatkit.response.end`).
 * @fires {CwThreadChangeEvent} cw-thread-change - The open thread changed; `detail.threadId` (also `chatkit.thread.change`).
 * @fires {CwThreadLoadStartEvent} cw-thread-load-start - A thread started loading; `detail.threadId` (also `chatkit.thread.load.start`).
 * @fires {CwThreadLoadEndEvent} cw-thread-load-end - A thread finished loading; `detail.threadId` (also `chatkit.thread.load.end`).
 * @fires {CwToolChangeEvent} cw-tool-change - The composer's tool changed; `detail.toolId` (also `chatkit.tool.change`).
 * @fires {CwHistoryOpenEvent} cw-history-open - The history panel opened (also `chatkit.history.open`).
 * @fires {CwHistoryCloseEvent} cw-history-close - The history panel closed (also `chatkit.history.close`).
 * @fires {CwWidgetActionEvent} cw-widget-action - A widget fired an action (cancelable: prevents sending a server action); `detail.action`, `detail.item`.
 * @fires {CwUserMessageEvent} cw-user-message - A user message is being sent (composer, prompt or `sendUserMessage`); `detail.input` (as sent to the server), `detail.threadId`.
 */
export class ChatWidgets extends ChatWidgetsAttributes {
  static override styles = [tokens, reset, chatWidgetsStyles, itemStyles, threadStyles];

  @state() private chatOptions: ChatKitOptions | null = null;

  @query('cw-thread') private thread?: CwThread;

  /**
   * Where the widgets in the thread send their actions, provided to them; they render again when
   * the chat's language changes or its table arrives.
   */
  private readonly widgets = new WidgetHostProvider(
    this,
    createWidgetHost(
      this,
      () => ({
        host: this,
        session: this.controller.session,
        onAction:
          this.config.onAction ??
          (resolveGlobalFunction(this.onAction) as ResolvedConfig['onAction'] | null),
      }),
      // The thread's allowed_image_domains, read at each render of a widget.
      () => this.controller.thread?.thread?.allowed_image_domains ?? null,
      () => this.config.locale,
      () => this.i18n.value,
    ),
  );

  private readonly controller = new SessionController(this, (event) =>
    this.connection.handleSessionEvent(event),
  );
  private readonly configuration = new ConfigController(this);
  private readonly i18n = new I18nController(this, () => this.config);
  private readonly history = new HistoryController(
    this,
    this.controller,
    (threadId) => void this.connection.openThread(threadId),
  );
  private readonly tags = new TagPreviewController(this, () => ({
    entities: this.config.entities,
    clickName: this.onTagClick,
    previewName: this.onTagPreview,
  }));
  private readonly messageActions = new MessageActionsController(
    this,
    () => this.controller.session,
    () => this.thread?.pin(true),
    (value) => this.footer.edit(value),
  );
  private readonly footer = new FooterController(this, this.controller, this.configuration, () =>
    this.thread?.pin(true),
  );
  private readonly themer: ThemeController;
  private readonly persistence = new PersistenceController(this, this.footer.composerState, () => ({
    config: this.config.persist,
    threadId: this.controller.thread?.threadId ?? null,
    streaming: (this.controller.thread?.stream ?? null) !== null,
  }));
  private readonly connection = new ConnectionController(
    this,
    this.controller,
    this.persistence,
    () => this.config,
    () => this.thread?.pin(),
  );
  private readyFired = false;

  constructor() {
    super();
    // Whatever tag this class was registered under, the elements it renders exist.
    defineInternalElements();
    // It fetches the chunks of an answer once the chat has drawn (in its own hostUpdated).
    new PrefetchController(this);
    // It applies the theme in its own hostUpdate (updateComplete waits for its computed parts).
    this.themer = new ThemeController(this, () => this.config);
  }

  /** The ChatKit options object. Setting it is `setOptions(value)`. */
  get options(): ChatKitOptions | null {
    return this.chatOptions;
  }

  set options(value: ChatKitOptions | null) {
    this.setOptions(value ?? {});
  }

  /** The configuration in force: the options object over the attributes. */
  private get config(): ResolvedConfig {
    return this.configuration.value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.renderRoot.addEventListener('click', this.handleLinkClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.renderRoot.removeEventListener('click', this.handleLinkClick);
  }

  /**
   * Also waits for the thread to render what this update gave it, and for the lazy parts it
   * rendered (a widget, the history, a structured input) to load their chunks and render.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    // A session being made (its chunk loading) renders once it is there.
    if (!this.controller.session && (await this.controller.ready()))
      result = await super.getUpdateComplete();
    await this.thread?.updateComplete;
    await whenLazyPartsRendered(this.renderRoot);
    await this.widgets.ready();
    await this.themer.loading;
    // The locale's strings (a chunk): once they are there, the words on screen are final.
    if (await this.i18n.ready) await super.getUpdateComplete();
    // The composer waits for its own lazy parts (the tool picker, the mention menu).
    await this.footer.composer?.updateComplete;
    return result;
  }

  protected override updated(): void {
    if (!this.readyFired) {
      this.readyFired = true;
      // A task later, so that listeners added right after the element was defined still hear it.
      setTimeout(() => emitChatEvent(this, CwReadyEvent, null));
    }
  }

  /** Replaces the whole configuration with a `ChatKitOptions` object (no merge, as ChatKit). */
  setOptions(options: ChatKitOptions): void {
    void requirePart('option-keys', () => import('./option-keys.js')).then((m) =>
      m?.warnUnknownOptions(options),
    );
    this.chatOptions = { ...options };
  }

  /** Focuses the composer. */
  async focusComposer(): Promise<void> {
    await this.updateComplete;
    this.footer.composer?.focus();
  }

  /** Opens a thread by id; `null` (or `undefined`) opens a new, empty thread. */
  async setThreadId(threadId: string | null | undefined): Promise<void> {
    const session = await this.connection.session();
    this.history.hide();
    if (!threadId) {
      session.newThread();
      await this.updateComplete;
      return;
    }
    await this.connection.openThread(threadId);
  }

  /** Sends a message as the user (text, or content with tags), optionally in a new thread. */
  async sendUserMessage(params: SendUserMessageParams): Promise<void> {
    const session = await this.connection.session();
    this.history.hide();
    this.thread?.pin(true);
    await session.sendMessage(sendParams(params));
    // Resolve once the answer is on screen, lazy parts (a widget) included.
    await this.updateComplete;
  }

  /**
   * The composer's draft, chosen tool and model, and attachments. It outlives the composer (which
   * structured input replaces for a while), so a host can read or watch the draft at any time.
   */
  get composerState(): ComposerState {
    return this.footer.composerState;
  }

  /** Fills the composer without sending: text, files, and the selected tool and model. */
  setComposerValue(params: SetComposerValueParams): Promise<void> {
    return this.footer.setComposerValue(params);
  }

  /** Sends a custom action to the server (`threads.custom_action`), optionally from a widget item. */
  async sendCustomAction(action: Action, itemId?: string): Promise<void> {
    await (await this.connection.session()).sendAction(action, itemId ?? null);
  }

  /** Alias of {@link sendCustomAction} (the spelling of ChatKit's docs). */
  sendAction(action: Action, itemId?: string): Promise<void> {
    return this.sendCustomAction(action, itemId);
  }

  /** Re-reads the open thread, after the host changed it outside a turn. */
  async fetchUpdates(): Promise<void> {
    await (await this.connection.session()).fetchUpdates();
  }

  /** Opens the history panel. */
  async showHistory(): Promise<void> {
    await this.history.show();
    // The panel is a lazy chunk: resolve once it has loaded and rendered.
    await this.updateComplete;
  }

  /** Closes the history panel. */
  async hideHistory(): Promise<void> {
    this.history.hide();
    await this.updateComplete;
  }

  /** `chatkit-link://name?key=value` links become deeplink events instead of navigation. */
  private readonly handleLinkClick = deeplinkClicks(this);

  private readonly headerHandlers: HeaderHandlers = {
    showHistory: () => void this.showHistory(),
    newThread: () => void this.setThreadId(null),
  };

  private readonly threadActions: ThreadActions = threadActionsFor({
    host: this,
    session: () => this.controller.require(),
    sendUserMessage: (params) => this.sendUserMessage(params),
    composer: () => this.footer.composer,
    tags: this.tags,
    messageActions: this.messageActions,
  });

  override render() {
    const config = this.config;
    const state = this.controller.thread;
    const s = this.i18n.value;
    // A right-to-left language mirrors the layout, unless the host chose a direction itself.
    return html`<div
      part="base"
      class="base"
      role="region"
      lang=${s.locale}
      dir=${s.dir === 'rtl' && !this.hasAttribute('dir') ? 'rtl' : nothing}
      aria-label=${config.frameTitle ?? s.t('chat.title')}
    >
      ${renderHeader(config, state?.thread?.title ?? '', this.headerHandlers, s, config.headingLevel)}
      <div class="body">
        <cw-thread
          class="scroller"
          .state=${state}
          .loading=${this.connection.loadingThread !== null}
          .strings=${s}
          .greeting=${config.greeting ?? s.t('start.greeting')}
          .headingLevel=${config.headingLevel}
          .prompts=${config.prompts}
          .noAutoScroll=${!config.autoScroll}
          .feedbackAction=${config.feedback}
          .retryAction=${config.retryAction}
          .itemActions=${config.itemActions}
          .feedback=${this.messageActions.given}
          .actions=${this.threadActions}
          .markdown=${config.markdown}
        ></cw-thread>
        ${this.history.render(config.history, s, config.headingLevel)}
      </div>
      ${this.footer.render(config, state, s)}${this.tags.render(s)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'chat-widgets': ChatWidgets;
  }
}
