// The English words of this lazy part come with it.
import '../i18n/en-parts.js';
import { ENGLISH } from '../i18n/index.js';
import type { Strings } from '../i18n/index.js';
import { LitElement, html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';

import type { ToolOption } from './types.js';
import { icon, iconOf } from '../icons/chrome-icons.js';
import { renderIcon } from '../widgets/icons.js';
import { adoptInto } from '../internal/lazy-parts.js';
import { toolPickerStyles } from './tool-picker.styles.js';

/** Its own chrome icon (24×24 outline; chrome-icons.ts draws it). */
const PLUS = svg`<path d="M12 5v14"/><path d="M5 12h14"/>`;

/**
 * The composer's tools: pinned tools as toggle chips, the others in a "+" menu (a menu button with
 * `menuitemradio` items, operable by keyboard alone), and the selected menu tool as a removable
 * chip.
 *
 * It renders into the composer's shadow root (no shadow root of its own, `display: contents`): its
 * chips sit in the composer's bar beside the others and share their styles
 * (`toolPickerStyles` come with the composer's).
 *
 * @summary The composer's tool picker.
 * @tagname cw-tool-picker
 */
export class CwToolPicker extends LitElement {
  /** The tools, pinned and not. */
  @property({ attribute: false }) tools: readonly ToolOption[] = [];

  /** The chat's strings (its language). */
  @property({ attribute: false }) strings: Strings = ENGLISH;

  /** The selected tool's id. */
  @property({ attribute: false }) selectedToolId: string | null = null;

  /** Called when the user selects (or clears, `null`) a tool; `fromMenu` when picked in the menu. */
  @property({ attribute: false }) onSelect:
    ((toolId: string | null, fromMenu: boolean) => void) | null = null;

  @state() private menuOpen = false;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Its styles come with its chunk, into the shadow root it renders in (the composer's).
    adoptInto(this.getRootNode(), toolPickerStyles);
  }

  private get items(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('[role=menuitemradio]')];
  }

  private toggle(toolId: string, fromMenu: boolean): void {
    this.onSelect?.(toolId === this.selectedToolId ? null : toolId, fromMenu);
  }

  private handleMenuKeydown(e: KeyboardEvent): void {
    const items = this.items;
    const at = items.indexOf(this.querySelector(':focus') as HTMLElement);
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
    const items = this.items;
    (items.find((i) => i.getAttribute('aria-checked') === 'true') ?? items[0])?.focus();
  }

  private closeMenu(refocus: boolean): void {
    this.menuOpen = false;
    if (refocus)
      void this.updateComplete.then(() => this.querySelector<HTMLElement>('.plus')?.focus());
  }

  private renderMenu(menu: readonly ToolOption[]) {
    return html`<span class="menu-wrap">
      <button
        class="chip plus"
        type="button"
        aria-label=${this.strings.t('composer.tools')}
        title=${this.strings.t('composer.tools')}
        aria-haspopup="menu"
        aria-expanded=${this.menuOpen ? 'true' : 'false'}
        @click=${() => (this.menuOpen ? this.closeMenu(false) : void this.openMenu())}
      >
        ${iconOf(PLUS, 16)}
      </button>
      ${
        this.menuOpen
          ? html`<ul
              role="menu"
              aria-label=${this.strings.t('composer.tools')}
              @keydown=${this.handleMenuKeydown}
            >
              ${menu.map(
                (t) =>
                  html`<li role="none">
                    <button
                      role="menuitemradio"
                      type="button"
                      tabindex="-1"
                      aria-checked=${t.id === this.selectedToolId ? 'true' : 'false'}
                      @click=${() => {
                        this.closeMenu(false);
                        this.toggle(t.id, true);
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

  override render() {
    const menu = this.tools.filter((t) => !t.pinned);
    const selected = this.tools.find((t) => t.id === this.selectedToolId);
    return html`${menu.length ? this.renderMenu(menu) : nothing}
    ${this.tools
      .filter((t) => t.pinned)
      .map(
        (t) =>
          html`<button
            class="chip"
            type="button"
            aria-pressed=${t.id === this.selectedToolId ? 'true' : 'false'}
            @click=${() => this.toggle(t.id, false)}
          >
            ${t.icon ? renderIcon(t.icon, 14) : nothing}${t.id === this.selectedToolId ? (t.shortLabel ?? t.label) : t.label}
          </button>`,
      )}
    ${
      selected && !selected.pinned
        ? html`<span class="chip selected">
            ${selected.icon ? renderIcon(selected.icon, 14) : nothing}${selected.shortLabel ?? selected.label}
            <button
              class="clear"
              type="button"
              aria-label=${this.strings.t('composer.remove', { name: selected.label })}
              @click=${() => this.onSelect?.(null, false)}
            >
              ${icon('close', 14)}
            </button>
          </span>`
        : nothing
    }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cw-tool-picker': CwToolPicker;
  }
}
