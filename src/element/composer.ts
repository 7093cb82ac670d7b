import { LitElement, css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';

import { icon } from '../icons/chrome-icons.js';
import { reset } from '../theme/tokens.js';

/**
 * The message input: a text area that grows with its content, Enter to send, Shift+Enter for a
 * new line, IME composition respected. It clears on send and gets the text back when the send
 * fails, so the user's words are never lost.
 *
 * @summary The chat composer.
 * @tagname cw-composer
 * @csspart input - The text area.
 * @csspart send-button - The send or stop button.
 */
export class CwComposer extends LitElement {
  static override styles = [
    reset,
    css`
      :host {
        display: block;
      }
      .box {
        display: flex;
        align-items: flex-end;
        gap: var(--cw-space-s);
        border: 1px solid var(--cw-color-border);
        background: var(--cw-color-surface);
        border-radius: var(--cw-composer-radius, var(--cw-radius-l));
        padding: var(--cw-space-s) var(--cw-space-s) var(--cw-space-s) var(--cw-space-l);
        box-shadow: var(--cw-shadow-s);
        transition: border-color var(--cw-duration-fast);
      }
      .box:focus-within {
        border-color: var(--cw-color-border-strong);
        box-shadow: var(--cw-shadow-m);
      }
      /* The box shows focus; a second ring on the text area would double it. */
      textarea:focus-visible {
        outline: none;
      }
      textarea {
        flex: 1;
        resize: none;
        border: 0;
        outline: none;
        background: transparent;
        color: inherit;
        font: inherit;
        line-height: 1.5;
        padding: 6px 0;
        max-height: 12em;
        min-height: 1.5em;
        overflow-y: auto;
      }
      textarea::placeholder {
        color: var(--cw-color-text-tertiary);
      }
      textarea:disabled {
        cursor: not-allowed;
      }
      .send {
        flex: none;
        display: grid;
        place-items: center;
        width: 36px;
        height: 36px;
        border: 0;
        border-radius: var(--cw-radius-full);
        background: var(--cw-color-accent);
        color: var(--cw-color-on-accent);
        cursor: pointer;
        transition: opacity var(--cw-duration-fast);
      }
      .send:disabled {
        opacity: 0.3;
        cursor: default;
      }
    `,
  ];

  /** Text shown while the input is empty. */
  @property() placeholder = '';

  /** Whether sending is impossible now (a locked thread, a running tool). */
  @property({ type: Boolean }) disabled = false;

  /** Why the composer is disabled; shown as its placeholder. */
  @property({ attribute: false }) disabledReason: string | null = null;

  /** A response is streaming: sending waits; Stop shows when `allowCancel`. */
  @property({ type: Boolean }) streaming = false;

  /** The server allows stopping the current stream. */
  @property({ type: Boolean }) allowCancel = false;

  /** Sends the text; resolves to whether it was delivered (the text comes back if not). */
  @property({ attribute: false }) onSubmit: ((text: string) => Promise<boolean>) | null = null;

  /** Stops the stream. */
  @property({ attribute: false }) onStop: (() => void) | null = null;

  @state() private value = '';

  @query('textarea') private input!: HTMLTextAreaElement;

  /** The current draft. */
  get draft(): string {
    return this.value;
  }

  /** Replaces the draft. */
  setDraft(text: string): void {
    this.value = text;
    void this.updateComplete.then(() => this.resize());
  }

  override focus(): void {
    this.input?.focus();
  }

  private resize(): void {
    const el = this.input;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight}px`;
  }

  private handleInput(e: Event): void {
    this.value = (e.target as HTMLTextAreaElement).value;
    this.resize();
  }

  private handleKeydown(e: KeyboardEvent): void {
    // keyCode 229: Safari reports the Enter that ends an IME composition this way.
    if (e.key !== 'Enter' || e.shiftKey || e.isComposing || e.keyCode === 229) return;
    e.preventDefault();
    void this.submit();
  }

  private get canSend(): boolean {
    return !this.disabled && !this.streaming && this.value.trim() !== '';
  }

  private async submit(): Promise<void> {
    if (!this.canSend || !this.onSubmit) return;
    const text = this.value;
    this.setDraft('');
    const delivered = await this.onSubmit(text.trim());
    if (!delivered && this.value === '') this.setDraft(text);
  }

  override render() {
    const stop = this.streaming && this.allowCancel;
    const placeholder =
      this.disabled && this.disabledReason ? this.disabledReason : this.placeholder;
    return html`<div class="box">
        <textarea
          part="input"
          rows="1"
          .value=${this.value}
          placeholder=${placeholder}
          aria-label=${this.placeholder || 'Message'}
          ?disabled=${this.disabled}
          @input=${this.handleInput}
          @keydown=${this.handleKeydown}
        ></textarea>
        ${
          stop
            ? html`<button
                class="send"
                part="send-button"
                type="button"
                aria-label="Stop"
                title="Stop"
                @click=${() => this.onStop?.()}
              >
                ${icon('stop')}
              </button>`
            : html`<button
                class="send"
                part="send-button"
                type="button"
                aria-label="Send"
                title="Send"
                ?disabled=${!this.canSend}
                @click=${() => void this.submit()}
              >
                ${icon('arrow-up')}
              </button>`
        }
      </div>
      ${nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cw-composer': CwComposer;
  }
}
