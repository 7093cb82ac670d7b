import { LitElement, css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';

import { icon } from '../icons/chrome-icons.js';
import { reset } from '../theme/tokens.js';
import { renderIcon } from '../widgets/icons.js';
import type { ModelOption, ToolOption } from './options.js';

/** What the composer sends besides the text. */
export interface ComposerChoice {
  toolId: string | null;
  model: string | null;
}

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
        flex: none;
        width: 100%;
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
      .stack {
        flex: 1;
        min-width: 0;
        display: flex;
        flex-direction: column;
      }
      .bar {
        display: flex;
        align-items: center;
        flex-wrap: wrap;
        gap: 6px;
        padding-bottom: 2px;
      }
      .chip {
        display: inline-flex;
        align-items: center;
        gap: 6px;
        border: 1px solid var(--cw-color-border);
        background: var(--cw-color-surface);
        color: var(--cw-color-text-secondary);
        border-radius: var(--cw-radius-full);
        padding: 4px 10px;
        font: inherit;
        font-size: 0.85em;
        cursor: pointer;
      }
      .chip[aria-pressed='true'],
      .chip.selected {
        color: var(--cw-color-info);
        border-color: currentColor;
        background: var(--cw-color-info-surface);
      }
      .chip .clear {
        display: inline-grid;
        margin-right: -4px;
        border: 0;
        background: none;
        color: inherit;
        cursor: pointer;
        padding: 0;
      }
      .menu-wrap {
        position: relative;
      }
      .plus {
        width: 30px;
        height: 30px;
        padding: 0;
        justify-content: center;
      }
      [role='menu'] {
        position: absolute;
        bottom: calc(100% + 6px);
        left: 0;
        z-index: 5;
        min-width: 200px;
        margin: 0;
        padding: 4px;
        list-style: none;
        background: var(--cw-color-surface-elevated);
        border: 1px solid var(--cw-color-border);
        border-radius: var(--cw-radius-m);
        box-shadow: var(--cw-shadow-m);
      }
      [role='menuitemradio'] {
        display: flex;
        align-items: center;
        gap: 8px;
        width: 100%;
        border: 0;
        background: none;
        color: inherit;
        font: inherit;
        text-align: start;
        padding: 8px 10px;
        border-radius: var(--cw-radius-s);
        cursor: pointer;
      }
      [role='menuitemradio']:hover,
      [role='menuitemradio']:focus-visible {
        background: var(--cw-color-surface-secondary);
        outline: none;
      }
      [role='menuitemradio'][aria-checked='true'] {
        font-weight: 600;
      }
      .model {
        margin-left: auto;
        font: inherit;
        font-size: 0.85em;
        color: var(--cw-color-text-secondary);
        background: transparent;
        border: 1px solid transparent;
        border-radius: var(--cw-radius-s);
        padding: 3px 6px;
      }
      .model:hover {
        border-color: var(--cw-color-border);
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

  /** Sends the text with the chosen tool and model; resolves to whether it was delivered. */
  @property({ attribute: false }) onSubmit:
    ((text: string, choice: ComposerChoice) => Promise<boolean>) | null = null;

  /** Tools: pinned ones show as chips, the rest in the "+" menu. */
  @property({ attribute: false }) tools: readonly ToolOption[] = [];

  /** Models for the picker (empty: no picker). */
  @property({ attribute: false }) models: readonly ModelOption[] = [];

  /** Called when the selected tool changes. */
  @property({ attribute: false }) onToolChange: ((toolId: string | null) => void) | null = null;

  /** Stops the stream. */
  @property({ attribute: false }) onStop: (() => void) | null = null;

  @state() private value = '';
  @state() private toolId: string | null = null;
  @state() private modelId: string | null = null;
  @state() private menuOpen = false;

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

  /** The selected tool's id. */
  get selectedToolId(): string | null {
    return this.toolId;
  }

  /** Selects a tool (`null` clears it). Unknown ids are ignored. */
  selectTool(toolId: string | null): void {
    const next = toolId && this.tools.some((t) => t.id === toolId) ? toolId : null;
    if (next === this.toolId) return;
    this.toolId = next;
    this.onToolChange?.(next);
  }

  /** The selected model's id (the default one until the user picks). */
  get selectedModelId(): string | null {
    const chosen = this.models.find((m) => m.id === this.modelId && !m.disabled);
    return (
      (
        chosen ??
        this.models.find((m) => m.default && !m.disabled) ??
        this.models.find((m) => !m.disabled)
      )?.id ?? null
    );
  }

  /** Selects a model; disabled or unknown ids are ignored. */
  selectModel(modelId: string | null): void {
    if (modelId === null || this.models.some((m) => m.id === modelId && !m.disabled))
      this.modelId = modelId;
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
    const choice: ComposerChoice = {
      toolId: this.toolId,
      model: this.models.length ? this.selectedModelId : null,
    };
    const tool = this.tools.find((t) => t.id === this.toolId);
    this.setDraft('');
    const delivered = await this.onSubmit(text.trim(), choice);
    if (!delivered && this.value === '') this.setDraft(text);
    // A tool stays selected only when it says so.
    if (delivered && tool && !tool.persistent) this.selectTool(null);
  }

  private handleMenuKeydown(e: KeyboardEvent): void {
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('[role=menuitemradio]')];
    const at = items.indexOf(this.renderRoot.querySelector(':focus') as HTMLElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = (at + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
      items[next]?.focus();
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      items[e.key === 'Home' ? 0 : items.length - 1]?.focus();
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      this.closeMenu(e.key === 'Escape');
    }
  }

  private async openMenu(): Promise<void> {
    this.menuOpen = true;
    await this.updateComplete;
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('[role=menuitemradio]')];
    (items.find((i) => i.getAttribute('aria-checked') === 'true') ?? items[0])?.focus();
  }

  private closeMenu(refocus: boolean): void {
    this.menuOpen = false;
    if (refocus)
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('.plus')?.focus(),
      );
  }

  private renderMenu(menu: readonly ToolOption[]) {
    return html`<span class="menu-wrap">
      <button
        class="chip plus"
        type="button"
        aria-label="Tools"
        title="Tools"
        aria-haspopup="menu"
        aria-expanded=${this.menuOpen ? 'true' : 'false'}
        @click=${() => (this.menuOpen ? this.closeMenu(false) : void this.openMenu())}
      >
        ${icon('plus', 16)}
      </button>
      ${
        this.menuOpen
          ? html`<ul role="menu" aria-label="Tools" @keydown=${this.handleMenuKeydown}>
              ${menu.map(
                (t) =>
                  html`<li role="none">
                    <button
                      role="menuitemradio"
                      type="button"
                      tabindex="-1"
                      aria-checked=${t.id === this.toolId ? 'true' : 'false'}
                      @click=${() => {
                        this.selectTool(t.id === this.toolId ? null : t.id);
                        this.closeMenu(false);
                        this.input?.focus();
                      }}
                    >
                      ${t.icon ? renderIcon(t.icon, 16) : nothing}${t.label}
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </span>`;
  }

  private renderBar() {
    if (!this.tools.length && !this.models.length) return nothing;
    const menu = this.tools.filter((t) => !t.pinned);
    const selected = this.tools.find((t) => t.id === this.toolId);
    return html`<div class="bar">
      ${menu.length ? this.renderMenu(menu) : nothing}
      ${this.tools
        .filter((t) => t.pinned)
        .map(
          (t) =>
            html`<button
              class="chip"
              type="button"
              aria-pressed=${t.id === this.toolId ? 'true' : 'false'}
              @click=${() => this.selectTool(t.id === this.toolId ? null : t.id)}
            >
              ${t.icon ? renderIcon(t.icon, 14) : nothing}${t.id === this.toolId ? (t.shortLabel ?? t.label) : t.label}
            </button>`,
        )}
      ${
        selected && !selected.pinned
          ? html`<span class="chip selected">
              ${selected.icon ? renderIcon(selected.icon, 14) : nothing}${selected.shortLabel ?? selected.label}
              <button
                class="clear"
                type="button"
                aria-label=${`Remove ${selected.label}`}
                @click=${() => this.selectTool(null)}
              >
                ${icon('close', 14)}
              </button>
            </span>`
          : nothing
      }
      ${
        this.models.length
          ? html`<select
              class="model"
              aria-label="Model"
              @change=${(e: Event) => this.selectModel((e.target as HTMLSelectElement).value)}
            >
              ${this.models.map(
                (m) =>
                  html`<option
                    value=${m.id}
                    ?disabled=${m.disabled === true}
                    ?selected=${m.id === this.selectedModelId}
                    title=${m.description ?? ''}
                  >
                    ${m.label}
                  </option>`,
              )}
            </select>`
          : nothing
      }
    </div>`;
  }

  override render() {
    const stop = this.streaming && this.allowCancel;
    const tool = this.tools.find((t) => t.id === this.toolId);
    const base = tool?.placeholderOverride ?? this.placeholder;
    const placeholder = this.disabled && this.disabledReason ? this.disabledReason : base;
    return html`<div class="box">
      <div class="stack">
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
        ${this.renderBar()}
      </div>
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
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cw-composer': CwComposer;
  }
}
