/**
 * `<cw-select>`: the Select widget as the WAI-ARIA APG select-only combobox (a button with
 * `role=combobox` and a `role=listbox` popup, focus staying on the button through
 * `aria-activedescendant`), and with `searchable` a filter box that is the APG editable combobox
 * with list autocomplete.
 *
 * It renders into its own light DOM (inside `<cw-widget>`'s shadow root), so the widget stylesheet
 * styles it, a Label's `for` reaches its trigger, and the native `<select name>` that carries the
 * value is found by form collection and native validation exactly as before: choosing an option
 * sets that select's value and dispatches its `change`, which fires `onChangeAction`.
 *
 * The popup is a `popover` (the top layer: no card's overflow or transform clips it), placed with
 * `position: fixed` against the trigger through CSSOM properties computed here, never CSS text;
 * without the Popover API the same fixed box is shown in place.
 */
import { ENGLISH } from '../../../i18n/index.js';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';

import {
  CONTROL_VARIANTS,
  controlClasses,
  fieldId,
  onChange,
  options,
} from '../../control-base.js';
import type { ParsedOption } from '../../control-base.js';
import { renderIcon } from '../../icons.js';
import { PopupTracker, nameTriggerSoon, supportsPopover, syncPopover } from '../../popup-dom.js';
import type { WidgetRenderContext } from '../../registry.js';
import { textValue } from '../../text-value.js';
import { on, str } from '../../values.js';
import type { SelectNode } from './select.js';
import { placePopupElement, revealActive } from './select-dom.js';
import { filterOptions, moveIndex, typeAhead } from './select-geometry.js';
import type { Move } from './select-geometry.js';

let serial = 0;

const MOVES: Record<string, Move> = {
  ArrowDown: 'next',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
  PageDown: 'page-down',
  PageUp: 'page-up',
};

/**
 * One Select widget node: trigger, popup listbox, optional filter box and clear button, and the
 * hidden native select that carries the value.
 *
 * @summary A ChatKit Select widget.
 * @tagname cw-select
 */
export class CwSelect extends LitElement {
  /** The Select node. */
  @property({ attribute: false }) node: SelectNode | null = null;
  /** The render context of the widget it belongs to. */
  @property({ attribute: false }) ctx: WidgetRenderContext | null = null;

  @state() private value = '';
  @state() private open = false;
  @state() private active = -1;
  @state() private query = '';

  private readonly uid = `cw-select-${++serial}`;
  private lastDefault: string | undefined = undefined;
  private typed = '';
  private typedAt = 0;

  protected override createRenderRoot() {
    return this;
  }

  private get opts(): ParsedOption[] {
    return options(this.node?.options);
  }

  private get searchable(): boolean {
    const s = this.node?.searchable;
    return typeof s === 'boolean' ? s : this.opts.length > 15;
  }

  /** The options the list shows (filtered by the search box). */
  private get shown(): ParsedOption[] {
    return this.searchable ? filterOptions(this.opts, this.query) : this.opts;
  }

  private get native(): HTMLSelectElement | null {
    return this.querySelector('select.select-native');
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('node') && this.node && this.ctx) {
      const initial = textValue(this.node.defaultValue, this.ctx, 'Select.defaultValue') ?? '';
      if (initial !== this.lastDefault) {
        this.lastDefault = initial;
        this.value = initial;
      }
      if (!this.opts.some((o) => o.value === this.value)) this.value = '';
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Taken out of the document (even to be moved), the popover is hidden: the list is closed.
    this.close(false);
  }

  override render() {
    const node = this.node;
    const ctx = this.ctx;
    if (!node || !ctx) return nothing;
    const name = str(node.name);
    const opts = this.opts;
    const shown = this.shown;
    const chosen = opts.find((o) => o.value === this.value);
    const placeholder = str(node.placeholder) ?? ctx.strings.t('widget.select');
    const disabled = on(node.disabled);
    const listId = `${this.uid}-list`;
    const activeId = this.open && shown[this.active] ? `${this.uid}-opt-${this.active}` : undefined;
    const searchable = this.searchable;
    return html`<span class=${classMap({ 'select-wrap': true, block: on(node.block) })}>
      <button
        type="button"
        role="combobox"
        class=${controlClasses(node, 'select-trigger', CONTROL_VARIANTS, 'outline')}
        id=${ifDefined(fieldId(name))}
        aria-haspopup="listbox"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${listId}
        aria-activedescendant=${ifDefined(searchable ? undefined : activeId)}
        aria-required=${ifDefined(on(node.required) ? 'true' : undefined)}
        ?disabled=${disabled}
        @click=${this.onTriggerClick}
        @keydown=${this.onTriggerKey}
        @focusout=${this.onFocusOut}
      >
        <span class=${classMap({ 'select-value': true, placeholder: !chosen })}
          >${chosen ? chosen.label : placeholder}</span
        >
        ${
          on(node.clearable) && chosen && !disabled
            ? html`<span class="select-clear-space"></span>`
            : nothing
        }
        ${renderIcon('chevron-right', 14, 'select-chevron')}
      </button>
      ${
        on(node.clearable) && chosen && !disabled
          ? html`<button
              type="button"
              class="select-clear"
              aria-label=${ctx.strings.t('widget.clear', { value: chosen.label })}
              @click=${() => this.choose('')}
            >
              <span aria-hidden="true">×</span>
            </button>`
          : nothing
      }
      <select
        class="select-native"
        name=${ifDefined(name)}
        tabindex="-1"
        aria-hidden="true"
        ?disabled=${disabled}
        ?required=${on(node.required)}
        @change=${onChange(node, ctx, (el) => (el as HTMLSelectElement).value)}
        @input=${this.syncFromNative}
        @focus=${() => this.trigger?.focus()}
        @invalid=${() => this.trigger?.setAttribute('aria-invalid', 'true')}
      >
        <option value="" ?selected=${!chosen}></option>
        ${opts.map((o) => html`<option value=${o.value} ?selected=${o === chosen}></option>`)}
      </select>
      <div
        class=${classMap({ 'select-popup': true, open: this.open })}
        popover=${ifDefined(supportsPopover ? 'manual' : undefined)}
        @mousedown=${(e: Event) => e.preventDefault()}
        @focusout=${this.onFocusOut}
      >
        ${
          searchable
            ? html`<input
                class="select-search"
                type="text"
                role="combobox"
                aria-label=${ctx.strings.t('widget.search')}
                aria-autocomplete="list"
                aria-expanded=${this.open ? 'true' : 'false'}
                aria-controls=${listId}
                aria-activedescendant=${ifDefined(activeId)}
                autocomplete="off"
                placeholder=${ctx.strings.t('widget.search')}
                .value=${this.query}
                @input=${this.onSearch}
                @keydown=${this.onSearchKey}
              />`
            : nothing
        }
        <div class="select-list" role="listbox" id=${listId} aria-label=${placeholder}>
          ${shown.map(
            (o, i) =>
              html`<div
                class=${classMap({ 'select-option': true, active: i === this.active })}
                role="option"
                id=${`${this.uid}-opt-${i}`}
                aria-selected=${o.value === chosen?.value ? 'true' : 'false'}
                aria-disabled=${ifDefined(o.disabled ? 'true' : undefined)}
                @click=${() => !o.disabled && this.choose(o.value)}
                @mousemove=${() => !o.disabled && i !== this.active && (this.active = i)}
              >
                <span class="select-option-label">${o.label}</span>
                ${
                  o.description
                    ? html`<span class="select-option-description">${o.description}</span>`
                    : nothing
                }
              </div>`,
          )}
        </div>
        ${shown.length ? nothing : html`<div class="select-empty">${ctx.strings.t('widget.noOptions')}</div>`}
      </div>
    </span>`;
  }

  protected override updated(): void {
    const native = this.native;
    if (native && native.value !== this.value) native.value = this.value;
    const trigger = this.trigger;
    const node = this.node;
    if (trigger && node) {
      nameTriggerSoon(
        this,
        trigger,
        str(node.placeholder) ??
          str(node.name) ??
          (this.ctx?.strings ?? ENGLISH).t('widget.select'),
      );
    }
    const popup = this.querySelector<HTMLElement>('.select-popup');
    if (!popup || !trigger) return;
    syncPopover(popup, this.open);
    if (this.open) {
      placePopupElement(popup, trigger);
      revealActive(this.querySelector<HTMLElement>('.select-list'));
    }
  }

  private get trigger(): HTMLButtonElement | null {
    return this.querySelector('button.select-trigger');
  }

  private readonly reposition = () => {
    const popup = this.querySelector<HTMLElement>('.select-popup');
    const trigger = this.trigger;
    if (this.open && popup && trigger) placePopupElement(popup, trigger);
  };

  private readonly tracker = new PopupTracker(this, this.reposition, () => this.close(false));

  /** Opens the list with `active` as the active option (the chosen one by default). */
  private show(move?: Move) {
    if (this.open || !this.node || on(this.node.disabled)) return;
    this.query = '';
    const shown = this.shown;
    const chosen = shown.findIndex((o) => o.value === this.value && !o.disabled);
    this.active = move
      ? moveIndex(shown, -1, move)
      : chosen >= 0
        ? chosen
        : moveIndex(shown, -1, 'first');
    this.open = true;
    this.tracker.listen(true);
    if (this.searchable)
      void this.updateComplete.then(() =>
        this.querySelector<HTMLInputElement>('.select-search')?.focus(),
      );
  }

  private close(restoreFocus: boolean) {
    if (!this.open) return;
    this.open = false;
    this.query = '';
    this.tracker.listen(false);
    if (restoreFocus) this.trigger?.focus();
  }

  /** Chooses a value: the native select takes it and reports the change (`onChangeAction`). */
  private choose(value: string) {
    this.close(true);
    if (value === this.value) return;
    this.value = value;
    const native = this.native;
    if (!native) return;
    native.value = value;
    this.trigger?.removeAttribute('aria-invalid');
    native.dispatchEvent(new Event('input', { bubbles: true }));
    native.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** A value set on the native select from outside (a script, a test) shows in the trigger. */
  private readonly syncFromNative = (e: Event) => {
    this.value = (e.target as HTMLSelectElement).value;
  };

  private readonly onTriggerClick = () => {
    if (this.open) this.close(true);
    else this.show();
  };

  private readonly onFocusOut = (e: FocusEvent) => {
    const to = e.relatedTarget as Node | null;
    if (this.open && !(to && this.contains(to))) this.close(false);
  };

  private readonly onSearch = (e: Event) => {
    this.query = (e.target as HTMLInputElement).value;
    this.active = moveIndex(this.shown, -1, 'first');
  };

  /** Keys on the trigger: open, move, type-ahead, choose, close. */
  private readonly onTriggerKey = (e: KeyboardEvent) => {
    if (e.altKey && e.key === 'ArrowUp' && this.open) return this.act(e, () => this.pick());
    const move = MOVES[e.key];
    if (!this.open) {
      if (e.key === 'Enter' || e.key === ' ' || e.key === 'ArrowDown' || e.key === 'ArrowUp')
        return this.act(e, () => this.show());
      if (e.key === 'Home' || e.key === 'End') return this.act(e, () => this.show(move));
      if (this.isTypeAhead(e)) return this.act(e, () => (this.show(), this.search(e.key)));
      return;
    }
    if (move) return this.act(e, () => (this.active = moveIndex(this.shown, this.active, move)));
    if (e.key === 'Enter' || e.key === ' ') return this.act(e, () => this.pick());
    if (e.key === 'Escape') return this.act(e, () => this.close(true));
    if (e.key === 'Tab') return this.close(false);
    if (this.isTypeAhead(e)) this.act(e, () => this.search(e.key));
  };

  /** Keys in the search box: the list keys, while letters, Space, Home and End edit the text. */
  private readonly onSearchKey = (e: KeyboardEvent) => {
    const move = e.key === 'Home' || e.key === 'End' ? undefined : MOVES[e.key];
    if (move) return this.act(e, () => (this.active = moveIndex(this.shown, this.active, move)));
    if (e.key === 'Enter') return this.act(e, () => this.pick());
    if (e.key === 'Escape') return this.act(e, () => this.close(true));
    // Tab goes on from the trigger: focus returns to it first, then the browser moves on.
    if (e.key === 'Tab') this.close(true);
  };

  private act(e: KeyboardEvent, what: () => unknown) {
    e.preventDefault();
    e.stopPropagation();
    what();
  }

  private pick() {
    const o = this.shown[this.active];
    if (o && !o.disabled) this.choose(o.value);
    else this.close(true);
  }

  private isTypeAhead(e: KeyboardEvent) {
    return e.key.length === 1 && e.key !== ' ' && !e.ctrlKey && !e.metaKey && !e.altKey;
  }

  private search(key: string) {
    const now = performance.now();
    this.typed = now - this.typedAt > 500 ? key : this.typed + key;
    this.typedAt = now;
    const i = typeAhead(this.shown, this.active, this.typed);
    if (i >= 0) this.active = i;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cw-select': CwSelect;
  }
}
