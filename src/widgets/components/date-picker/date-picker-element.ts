/**
 * `<cw-date-picker>`: the DatePicker widget as a trigger button showing the chosen date (formatted
 * in the chat's locale) or the placeholder, an optional clear button, and a calendar popup that is
 * the WAI-ARIA APG "Date Picker Dialog": a modal dialog with a month grid, moved through by the
 * keyboard (arrows, Page Up/Down with Shift for years, Home/End), closed by Escape with focus back
 * on the trigger.
 *
 * As `<cw-select>`, it renders into its own light DOM (inside `<cw-widget>`'s shadow root), so the
 * widget stylesheet styles it and a Label's `for` reaches its trigger, and a hidden native
 * `<input type=date name>` carries the value: form collection, `required` and `onChangeAction`
 * (the ISO date, or null when cleared) work exactly as with the native control. The popup is a
 * `popover` placed by `side` and `align` through CSSOM properties, following scrolls; right to
 * left, its placement, its month arrows and its ArrowLeft/ArrowRight keys are mirrored.
 */
import { ENGLISH } from '../../../i18n/index.js';
import { LitElement, html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';

import { CONTROL_VARIANTS, controlClasses, fieldId, onChange } from '../../control-base.js';
import { PopupTracker, nameTriggerSoon, supportsPopover, syncPopover } from '../../popup-dom.js';
import { POPUP_ALIGNS, POPUP_SIDES, placeBeside } from '../../popup-geometry.js';
import type { WidgetRenderContext } from '../../registry.js';
import { oneOf, on, str } from '../../values.js';
import {
  addMonths,
  clampDate,
  isoDate,
  moveByKey,
  outOfRange,
  parseIsoDate,
  utcDate,
  weekStart,
} from './calendar.js';
import { formatsFor, renderCalendar } from './calendar-view.js';
import type { DatePickerNode } from './date-picker.js';

let serial = 0;

const calendarIcon = svg`<svg class="date-icon" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d="M8 2v4"/><path d="M16 2v4"/><rect width="18" height="18" x="3" y="4" rx="2"/><path d="M3 10h18"/></svg>`;

/** Today in the browser's time zone, as an ISO date. */
function today(): string {
  const d = new Date();
  return isoDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** A valid locale tag: `tag`, else the browser's language, else English. */
function validLocale(tag: string | undefined): string {
  for (const t of [tag, typeof navigator === 'undefined' ? undefined : navigator.language]) {
    try {
      if (t) return Intl.getCanonicalLocales(t)[0] ?? 'en';
    } catch {
      // not a locale: try the next
    }
  }
  return 'en';
}

/**
 * One DatePicker widget node: trigger, clear button, calendar popup and the hidden native date
 * input that carries the value.
 *
 * @summary A ChatKit DatePicker widget.
 * @tagname cw-date-picker
 */
export class CwDatePicker extends LitElement {
  /** The DatePicker node. */
  @property({ attribute: false }) node: DatePickerNode | null = null;
  /** The render context of the widget it belongs to. */
  @property({ attribute: false }) ctx: WidgetRenderContext | null = null;

  @state() private value = '';
  @state() private open = false;
  /** The day the calendar's focus is on (its month is shown). */
  @state() private focusDay = '';

  private readonly uid = `cw-date-${++serial}`;
  private lastDefault: string | undefined = undefined;
  /** Whether the next update moves the focus onto the focused day. */
  private focusCell = false;

  protected override createRenderRoot() {
    return this;
  }

  private get min() {
    return parseIsoDate(this.node?.min);
  }

  private get max() {
    return parseIsoDate(this.node?.max);
  }

  private get locale(): string {
    return validLocale(this.ctx?.locale);
  }

  private get native(): HTMLInputElement | null {
    return this.querySelector('input.date-native');
  }

  private get trigger(): HTMLButtonElement | null {
    return this.querySelector('button.date-trigger');
  }

  private get popup(): HTMLElement | null {
    return this.querySelector('.date-popup');
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('node') && this.node) {
      const initial = parseIsoDate(this.node.defaultValue) ?? '';
      if (initial !== this.lastDefault) {
        this.lastDefault = initial;
        this.value = initial;
      }
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Taken out of the document (even to be moved), the popover is hidden: the calendar closes.
    this.close(false);
  }

  override render() {
    const node = this.node;
    const ctx = this.ctx;
    if (!node || !ctx) return nothing;
    const name = str(node.name);
    const disabled = on(node.disabled);
    const locale = this.locale;
    const formats = formatsFor(locale);
    const shown = this.value ? formats.value.format(utcDate(this.value)) : '';
    const strings = ctx.strings;
    const placeholder = str(node.placeholder) ?? strings.t('widget.selectDate');
    const dialogId = `${this.uid}-dialog`;
    const clearable = on(node.clearable) && this.value !== '' && !disabled;
    return html`<span class=${classMap({ 'date-wrap': true, block: on(node.block) })}>
      <button
        type="button"
        class=${controlClasses(node, 'date-trigger', CONTROL_VARIANTS, 'outline')}
        id=${ifDefined(fieldId(name))}
        lang=${locale}
        aria-haspopup="dialog"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${dialogId}
        aria-describedby=${ifDefined(shown ? `${this.uid}-value` : undefined)}
        ?disabled=${disabled}
        @click=${() => (this.open ? this.close(true) : this.show())}
        @keydown=${this.onTriggerKey}
      >
        ${calendarIcon}
        <span
          class=${classMap({ 'date-value': true, placeholder: !shown })}
          id=${`${this.uid}-value`}
          >${shown || placeholder}</span
        >
        ${clearable ? html`<span class="date-clear-space"></span>` : nothing}
      </button>
      ${
        clearable
          ? html`<button
              type="button"
              class="clear"
              aria-label=${strings.t('widget.clearDate', { date: shown })}
              @click=${() => this.choose('')}
            >
              <span aria-hidden="true">×</span>
            </button>`
          : nothing
      }
      <input
        type="date"
        class="date-native"
        name=${ifDefined(name)}
        min=${ifDefined(this.min)}
        max=${ifDefined(this.max)}
        tabindex="-1"
        aria-hidden="true"
        ?disabled=${disabled}
        ?required=${on(node.required)}
        @change=${onChange(node, ctx, (el) => (el as HTMLInputElement).value || null)}
        @input=${this.syncFromNative}
        @focus=${() => this.trigger?.focus()}
        @invalid=${() => this.trigger?.setAttribute('aria-invalid', 'true')}
      />
      <div
        class=${classMap({ 'date-popup': true, open: this.open })}
        id=${dialogId}
        role="dialog"
        aria-modal="true"
        aria-labelledby=${`${this.uid}-heading`}
        lang=${locale}
        popover=${ifDefined(supportsPopover ? 'manual' : undefined)}
        @mousedown=${(e: Event) => e.preventDefault()}
        @keydown=${this.onPopupKey}
        @focusout=${this.onFocusOut}
      >
        ${
          this.open
            ? renderCalendar(
                {
                  uid: this.uid,
                  strings,
                  formats,
                  firstDay: weekStart(locale),
                  focus: this.focusDay,
                  value: this.value,
                  today: today(),
                  min: this.min,
                  max: this.max,
                },
                {
                  previous: () => this.moveFocus(addMonths(this.focusDay, -1), false),
                  next: () => this.moveFocus(addMonths(this.focusDay, 1), false),
                  choose: (iso) => this.choose(iso),
                  gridKey: this.onGridKey,
                },
              )
            : nothing
        }
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
          (this.ctx?.strings ?? ENGLISH).t('widget.selectDate'),
      );
    }
    const popup = this.popup;
    if (!popup || !trigger) return;
    syncPopover(popup, this.open);
    if (!this.open) return;
    this.reposition();
    if (this.focusCell) {
      this.focusCell = false;
      this.querySelector<HTMLElement>('.date-day.focused')?.focus({ preventScroll: true });
    }
  }

  /** Places the open calendar on its `side` of the trigger, aligned by `align`, in the viewport. */
  private readonly reposition = () => {
    const popup = this.popup;
    const trigger = this.trigger;
    if (!this.open || !popup || !trigger || !this.node) return;
    popup.style.setProperty('top', '0px');
    popup.style.setProperty('left', '0px');
    const size = popup.getBoundingClientRect();
    const p = placeBeside(
      trigger.getBoundingClientRect(),
      size.width,
      size.height,
      document.documentElement.clientWidth,
      document.documentElement.clientHeight,
      oneOf(this.node.side, POPUP_SIDES, 'bottom'),
      oneOf(this.node.align, POPUP_ALIGNS, 'start'),
      this.rtl,
    );
    popup.style.setProperty('top', `${p.top}px`);
    popup.style.setProperty('left', `${p.left}px`);
    popup.dataset['side'] = p.side;
    popup.dataset['dir'] = this.rtl ? 'rtl' : 'ltr';
  };

  /**
   * Whether the picker reads right to left, by the trigger's computed direction: the chat's `dir`,
   * or the page's when the chat sets none (never `document.dir` alone: the two may differ).
   */
  private get rtl(): boolean {
    const trigger = this.trigger;
    return trigger !== null && getComputedStyle(trigger).direction === 'rtl';
  }

  private readonly tracker = new PopupTracker(this, this.reposition, () => this.close(false));

  /** Opens the calendar on the chosen day, else today (kept inside `min`/`max`). */
  private show() {
    if (this.open || !this.node || on(this.node.disabled)) return;
    this.focusDay = clampDate(this.value || today(), this.min, this.max);
    this.focusCell = true;
    this.open = true;
    this.tracker.listen(true);
  }

  private close(restoreFocus: boolean) {
    if (!this.open) return;
    this.open = false;
    this.tracker.listen(false);
    if (restoreFocus) this.trigger?.focus();
  }

  private moveFocus(iso: string, focusCell: boolean) {
    this.focusDay = clampDate(iso, this.min, this.max);
    this.focusCell = focusCell;
  }

  /** Chooses a day ('' clears): the native input takes it and reports the change. */
  private choose(iso: string) {
    if (iso && outOfRange(iso, this.min, this.max)) return;
    this.close(true);
    if (iso === this.value) return;
    this.value = iso;
    const native = this.native;
    if (!native) return;
    native.value = iso;
    this.trigger?.removeAttribute('aria-invalid');
    native.dispatchEvent(new Event('input', { bubbles: true }));
    native.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** A value set on the native input from outside (a script, a test) shows in the trigger. */
  private readonly syncFromNative = (e: Event) => {
    this.value = parseIsoDate((e.target as HTMLInputElement).value) ?? '';
  };

  private readonly onTriggerKey = (e: KeyboardEvent) => {
    if (!this.open && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      this.show();
    }
  };

  private readonly onFocusOut = (e: FocusEvent) => {
    const to = e.relatedTarget as Node | null;
    if (this.open && to && !this.contains(to)) this.close(false);
  };

  /** Keys on a day: move (clamped to the bounds), choose. */
  private readonly onGridKey = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const to = moveByKey(this.focusDay, e.key, e.shiftKey, weekStart(this.locale), this.rtl);
    if (to) {
      e.preventDefault();
      e.stopPropagation();
      this.moveFocus(to, true);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      e.stopPropagation();
      this.choose(this.focusDay);
    }
  };

  /** Keys anywhere in the dialog: Escape closes, Tab stays inside (a modal dialog). */
  private readonly onPopupKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.close(true);
    } else if (e.key === 'Tab') {
      const stops = [
        ...this.querySelectorAll<HTMLElement>('.date-nav:not(:disabled), .date-day.focused'),
      ];
      if (!stops.length) return;
      e.preventDefault();
      const at = stops.indexOf((this.getRootNode() as ShadowRoot).activeElement as HTMLElement);
      const next = (at + (e.shiftKey ? -1 : 1) + stops.length) % stops.length;
      stops[at < 0 ? 0 : next]!.focus();
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'cw-date-picker': CwDatePicker;
  }
}
