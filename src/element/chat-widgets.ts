import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';

import { SessionController } from './controllers/session-controller.js';
import { canSend } from '../state/selectors.js';
import type { SessionEvent } from '../state/chat-session.js';
import type { ItemEntry } from '../state/thread-state.js';

/**
 * A chat with any ChatKit server: thread, streaming answers, composer, Stop and Retry.
 *
 * This first version renders messages as plain text; Markdown, widgets, history and the full
 * ChatKit option surface build on the same session.
 *
 * @summary An open ChatKit front end as a custom element.
 * @tagname chat-widgets
 * @csspart base - The outer wrapper.
 * @csspart message-list - The scrolling list of messages.
 * @csspart message - One message.
 * @csspart composer - The input area.
 * @csspart composer-input - The text area.
 * @csspart send-button - The send (or stop) button.
 * @cssprop [--cw-color-surface=#fff] - Background.
 * @cssprop [--cw-color-text=#1f2328] - Text colour.
 * @cssprop [--cw-color-accent=#0b57d0] - Accent (send button, user bubbles).
 * @fires cw-response-start - A response started streaming. Also `chatkit.response.start`.
 * @fires cw-response-end - A response ended. Also `chatkit.response.end`.
 * @fires cw-thread-change - The open thread changed; `detail.threadId`. Also `chatkit.thread.change`.
 * @fires cw-effect - The server sent a client effect; `detail.name`, `detail.data`. Also `chatkit.effect`.
 * @fires cw-error - A request failed; `detail.error`. Also `chatkit.error`.
 */
export class ChatWidgets extends LitElement {
  static override styles = css`
    :host {
      --cw-color-surface: #fff;
      --cw-color-text: #1f2328;
      --cw-color-muted: #59636e;
      --cw-color-accent: #0b57d0;
      --cw-color-on-accent: #fff;
      --cw-color-border: #d1d9e0;
      --cw-color-danger: #b42318;
      display: block;
      box-sizing: border-box;
      height: 100%;
      min-height: 320px;
      color: var(--cw-color-text);
      background: var(--cw-color-surface);
      font:
        15px/1.5 system-ui,
        sans-serif;
    }
    :host([theme='dark']) {
      --cw-color-surface: #16181d;
      --cw-color-text: #e6e8eb;
      --cw-color-muted: #9aa4b2;
      --cw-color-accent: #8ab4f8;
      --cw-color-on-accent: #0b1020;
      --cw-color-border: #30363d;
      --cw-color-danger: #ff8a80;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    .base {
      display: flex;
      flex-direction: column;
      height: 100%;
    }
    .messages {
      flex: 1;
      overflow-y: auto;
      padding: 16px;
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .message {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      max-width: 80%;
    }
    .user {
      align-self: flex-end;
      background: var(--cw-color-accent);
      color: var(--cw-color-on-accent);
      padding: 8px 12px;
      border-radius: 16px;
    }
    .failed {
      opacity: 0.6;
    }
    .frozen {
      color: var(--cw-color-muted);
    }
    .note,
    .progress {
      color: var(--cw-color-muted);
      font-size: 0.9em;
    }
    .error {
      color: var(--cw-color-danger);
      display: flex;
      gap: 8px;
      align-items: center;
    }
    .composer {
      display: flex;
      gap: 8px;
      padding: 12px 16px;
      border-top: 1px solid var(--cw-color-border);
    }
    textarea {
      flex: 1;
      resize: none;
      font: inherit;
      color: inherit;
      background: transparent;
      border: 1px solid var(--cw-color-border);
      border-radius: 12px;
      padding: 8px 12px;
    }
    button {
      font: inherit;
      border: 0;
      border-radius: 999px;
      padding: 8px 16px;
      background: var(--cw-color-accent);
      color: var(--cw-color-on-accent);
      cursor: pointer;
    }
    button:disabled {
      opacity: 0.5;
      cursor: default;
    }
  `;

  /** The ChatKit endpoint (one POST URL). */
  @property({ attribute: 'api-url' }) apiUrl = '';

  /** Sent as `Accept-Language`. */
  @property() locale = '';

  /** Text shown in the empty composer. */
  @property() placeholder = 'Message the AI';

  /** `light`, `dark` or `auto`. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  private readonly controller = new SessionController(this, (event) => this.forward(event));
  private draft = '';

  protected override willUpdate(): void {
    this.controller.configure(
      this.apiUrl ? { url: this.apiUrl, locale: this.locale || undefined } : null,
    );
  }

  /** Sends a message as the user. */
  async sendUserMessage(message: { text: string; newThread?: boolean }): Promise<void> {
    await this.controller.session?.sendMessage(message);
  }

  private forward(event: SessionEvent): void {
    const map: Partial<Record<SessionEvent['type'], [string, string]>> = {
      'response.start': ['cw-response-start', 'chatkit.response.start'],
      'response.end': ['cw-response-end', 'chatkit.response.end'],
      'thread.change': ['cw-thread-change', 'chatkit.thread.change'],
      effect: ['cw-effect', 'chatkit.effect'],
      error: ['cw-error', 'chatkit.error'],
    };
    const names = map[event.type];
    if (!names) return;
    const { type: _type, ...detail } = event;
    for (const name of names) {
      this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
    }
  }

  private handleInput(e: Event): void {
    this.draft = (e.target as HTMLTextAreaElement).value;
    this.requestUpdate();
  }

  private handleKeydown(e: KeyboardEvent): void {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      void this.submit();
    }
  }

  private async submit(): Promise<void> {
    const session = this.controller.session;
    const text = this.draft.trim();
    if (!session || !text || !canSend(session.state)) return;
    this.draft = '';
    this.requestUpdate();
    await session.sendMessage({ text }).catch(() => undefined);
    // Keep the user's text when the server never received it.
    if (session.state.items.some((e) => e.phase === 'failed') && this.draft === '')
      this.draft = text;
    this.requestUpdate();
  }

  private renderEntry(entry: ItemEntry) {
    const item = entry.item as { type: string; content?: { text?: string }[] };
    const text = (item.content ?? []).map((p) => p.text ?? '').join('');
    switch (item.type) {
      case 'user_message':
        return html`<div part="message" class="message user ${entry.phase}">${text}</div>`;
      case 'assistant_message':
        return html`<div part="message" class="message assistant ${entry.phase}">${text}</div>`;
      default:
        return html`<div class="note">(${item.type} items render in a later version)</div>`;
    }
  }

  override render() {
    const state = this.controller.thread;
    const streaming = state?.stream ?? null;
    const ready = state !== null && canSend(state);
    return html`<div part="base" class="base">
      <div part="message-list" class="messages" role="log" aria-live="polite">
        ${
          state
            ? repeat(
                state.items.filter((e) => e.visible),
                (e) => e.item.id,
                (e) => this.renderEntry(e),
              )
            : html`<div class="note">Set <code>api-url</code> to a ChatKit endpoint.</div>`
        }
        ${streaming?.progress ? html`<div class="progress">${streaming.progress.text}</div>` : nothing}
        ${
          state?.error
            ? html`<div class="error" role="alert">
                ${state.error.serverMessage ? state.error.message : 'Something went wrong.'}
                ${
                  state.error.retryable && !streaming
                    ? html`<button
                        @click=${() => void this.controller.session?.retry().catch(() => undefined)}
                      >
                        Retry
                      </button>`
                    : nothing
                }
              </div>`
            : nothing
        }
      </div>
      <div part="composer" class="composer">
        <textarea
          part="composer-input"
          rows="1"
          aria-label=${this.placeholder}
          placeholder=${this.placeholder}
          .value=${this.draft}
          @input=${this.handleInput}
          @keydown=${this.handleKeydown}
        ></textarea>
        ${
          streaming?.allowCancel
            ? html`<button part="send-button" @click=${() => this.controller.session?.cancel()}>
                Stop
              </button>`
            : html`<button
                part="send-button"
                ?disabled=${!ready || !this.draft.trim()}
                @click=${() => void this.submit()}
              >
                Send
              </button>`
        }
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'chat-widgets': ChatWidgets;
  }
}
