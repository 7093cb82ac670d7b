/**
 * The widget gallery's states: each interactive component, as real widget JSON, in each state
 * (resting, hover, focus-visible, disabled, loading, error), one `<cw-widget>` per state, side by
 * side. Shared by demo/gallery.html (which shows resting, disabled, loading and error live) and
 * test/visual/states.visual.ts (which also drives hover and focus with the real pointer and
 * keyboard, and compares pictures). Nothing here styles a state: every state comes from the
 * component's own CSS, reached the way a person reaches it.
 *
 * - loading: the widget's `host` is a WidgetHost whose `dispatchAction` never settles (the API
 *   `<chat-widgets>` provides), and the action is fired by a click on the control; the widget
 *   then shows its `self` (the control) or `container` (the whole widget) loading state.
 * - error: a click on the submit button with a required field left empty; the browser's
 *   validation marks the field (`:user-invalid`, or `aria-invalid` on Select and DatePicker).
 */
import type { CwWidget } from '../src/widgets/widget-view.js';
import type { WidgetHost } from '../src/widgets/widget-host.js';

/** The states, in the order they are shown. */
export const STATES = ['resting', 'hover', 'focus', 'disabled', 'loading', 'error'] as const;
/** A state. */
export type StateName = (typeof STATES)[number];

/** The heading of each state's column. */
export const STATE_LABELS: Record<StateName, string> = {
  resting: 'resting',
  hover: 'hover',
  focus: 'focus-visible',
  disabled: 'disabled',
  loading: 'loading',
  error: 'error',
};

/** One component shown in every state. */
export interface StateSubject {
  /** File-name-safe id (the picture's name). */
  slug: string;
  /** What a reviewer reads. */
  name: string;
  /** How its loading state shows (the action's `loadingBehavior`). */
  loading: string;
  /** The widget (a root) for a state, or why the component has no such state. */
  widget(state: StateName): object | string;
  /** The element hover and focus act on, in the widget's shadow root. */
  target: string;
  /** The element whose click fires the action (loading) or submits the form (error). */
  trigger: string;
}

const pending = (type: string, loadingBehavior: 'self' | 'container') => ({
  type,
  loadingBehavior,
});

/** Buttons: each variant in the primary colour, then each other colour solid. */
function buttonSubject(variant: string, color: string): StateSubject {
  return {
    slug: `button-${variant}-${color}`,
    name: `Button, ${variant}, ${color}`,
    loading: "onClickAction, loadingBehavior 'self': a spinner in the button",
    widget: (state) =>
      state === 'error'
        ? 'A button has no invalid state (see Form submit).'
        : {
            type: 'Basic',
            align: 'start',
            children: [
              {
                type: 'Button',
                label: 'Continue',
                variant,
                color,
                disabled: state === 'disabled',
                onClickAction: pending('demo.continue', 'self'),
              },
            ],
          },
    target: 'button',
    trigger: 'button',
  };
}

/**
 * A form control inside a Form with a submit button: required and empty (the error state after a
 * submit), filled for the loading state (a valid submit puts the whole widget in `container`
 * loading).
 */
function fieldSubject(
  type: string,
  name: string,
  props: Record<string, unknown>,
  filled: Record<string, unknown>,
  target: string,
  submitSubject = false,
): StateSubject {
  return {
    slug: submitSubject ? 'form-submit' : type.toLowerCase(),
    name,
    loading: "the Form's onSubmitAction, loadingBehavior 'container': the widget dims, inert",
    widget: (state) => ({
      type: 'Basic',
      children: [
        {
          type: 'Form',
          direction: 'col',
          gap: 2,
          align: 'start',
          onSubmitAction: pending('demo.submit', 'container'),
          children: [
            {
              type,
              name: 'field',
              required: true,
              ...props,
              ...(state === 'loading' ? filled : {}),
              disabled: state === 'disabled' && !submitSubject,
            },
            {
              type: 'Button',
              label: 'Send',
              submit: true,
              size: 'sm',
              disabled: state === 'disabled' && submitSubject,
            },
          ],
        },
      ],
    }),
    target,
    trigger: 'button[type=submit]',
  };
}

const OPTIONS = [
  { value: 's', label: 'Small' },
  { value: 'l', label: 'Large' },
];

/** Every subject, in the order the gallery and the pictures show them. */
export const STATE_SUBJECTS: readonly StateSubject[] = [
  ...['solid', 'soft', 'outline', 'ghost'].map((variant) => buttonSubject(variant, 'primary')),
  ...['secondary', 'info', 'discovery', 'success', 'caution', 'warning', 'danger'].map((color) =>
    buttonSubject('solid', color),
  ),
  fieldSubject(
    'Input',
    'Input (required)',
    { placeholder: 'Your name' },
    { defaultValue: 'Ada' },
    'input',
  ),
  fieldSubject(
    'Textarea',
    'Textarea (required)',
    { placeholder: 'A note', rows: 2 },
    { defaultValue: 'Thanks!' },
    'textarea',
  ),
  fieldSubject(
    'Select',
    'Select (required)',
    { placeholder: 'Size', options: OPTIONS },
    { defaultValue: 's' },
    '.select-trigger',
  ),
  fieldSubject(
    'DatePicker',
    'DatePicker (required)',
    { placeholder: 'Pick a date' },
    { defaultValue: '2025-06-01' },
    '.date-trigger',
  ),
  fieldSubject(
    'Checkbox',
    'Checkbox (required)',
    { label: 'I agree' },
    { defaultChecked: true },
    'input',
  ),
  fieldSubject(
    'RadioGroup',
    'RadioGroup (required)',
    { options: OPTIONS, ariaLabel: 'Size' },
    { defaultValue: 's' },
    'input',
  ),
  {
    slug: 'list-view-item',
    name: 'ListViewItem with an action',
    loading: "onClickAction, loadingBehavior 'self': the row dims",
    widget: (state) =>
      state === 'disabled'
        ? 'A ListViewItem has no disabled prop.'
        : state === 'error'
          ? 'A ListViewItem has no invalid state.'
          : {
              type: 'ListView',
              children: [
                {
                  type: 'ListViewItem',
                  onClickAction: pending('demo.open', 'self'),
                  children: [{ type: 'Text', value: 'Open the report' }],
                },
              ],
            },
    target: '.list-item',
    trigger: '.list-item',
  },
  {
    slug: 'card-confirm',
    name: 'Card confirm/cancel (asForm, required field)',
    loading: "confirm.action, loadingBehavior 'container': the widget dims, inert",
    widget: (state) =>
      state === 'disabled'
        ? 'Card confirm and cancel have no disabled prop.'
        : {
            type: 'Card',
            size: 'sm',
            asForm: true,
            padding: 3,
            children: [
              {
                type: 'Input',
                name: 'reason',
                placeholder: 'Reason',
                required: true,
                ...(state === 'loading' ? { defaultValue: 'Done' } : {}),
              },
            ],
            confirm: { label: 'OK', action: pending('demo.confirm', 'container') },
            cancel: { label: 'No', action: { type: 'demo.cancel' } },
          },
    target: '.card-footer button[type=submit]',
    trigger: '.card-footer button[type=submit]',
  },
  fieldSubject(
    'Input',
    'Form submit (the Send button; disabled: the button)',
    { placeholder: 'Your name' },
    { defaultValue: 'Ada' },
    'button[type=submit]',
    true,
  ),
];

/** A WidgetHost whose actions never finish: the widget stays in its loading state. */
export const pendingHost: WidgetHost = {
  dispatchAction: () => new Promise<void>(() => {}),
};

/** One subject's row: a cell per state (its `<cw-widget>`, or null when the state does not exist). */
export interface StateRow {
  row: HTMLElement;
  cells: Map<StateName, CwWidget | null>;
}

/**
 * Builds a subject's row of cells in a theme: a grid of six columns, each a label and a
 * `<cw-widget>` (or the reason the state does not exist). The layout is inline style on plain
 * elements around the widgets; the widgets themselves are untouched.
 */
export function buildStateRow(subject: StateSubject, theme: 'light' | 'dark'): StateRow {
  const row = document.createElement('div');
  row.className = 'state-row';
  row.dataset['subject'] = subject.slug;
  row.dataset['theme'] = theme;
  Object.assign(row.style, {
    display: 'grid',
    gridTemplateColumns: `repeat(${STATES.length}, minmax(0, 1fr))`,
    gap: '12px',
    alignItems: 'start',
  });
  const muted = theme === 'dark' ? '#afafaf' : '#5d5d5d';
  const cells = new Map<StateName, CwWidget | null>();
  for (const state of STATES) {
    const cell = document.createElement('div');
    cell.dataset['state'] = state;
    cell.style.minWidth = '0';
    const label = document.createElement('div');
    label.textContent = STATE_LABELS[state];
    Object.assign(label.style, { font: '12px/1.5 system-ui, sans-serif', color: muted });
    label.style.marginBottom = '6px';
    cell.append(label);
    const widget = subject.widget(state);
    if (typeof widget === 'string') {
      const note = document.createElement('div');
      note.textContent = widget;
      Object.assign(note.style, { font: 'italic 12px/1.4 system-ui, sans-serif', color: muted });
      cell.append(note);
      cells.set(state, null);
    } else {
      const el = document.createElement('cw-widget');
      el.theme = theme;
      el.widget = widget;
      if (state === 'loading' || state === 'error') el.host = pendingHost;
      cell.append(el);
      cells.set(state, el);
    }
    row.append(cell);
  }
  return { row, cells };
}

/** The element of a cell's widget a selector names (after the widget has rendered). */
export function partOf(el: CwWidget, selector: string): HTMLElement {
  const part = el.shadowRoot?.querySelector<HTMLElement>(selector);
  if (!part) throw new Error(`No ${selector} in the widget`);
  return part;
}

/**
 * Puts the loading and error cells of a built row in their states: `click` clicks an element (a
 * real pointer in the picture tests, `element.click()` in the gallery; both run the widget's own
 * click and submit handlers). Resolves when both cells have rendered the result.
 */
export async function driveLiveStates(
  subject: StateSubject,
  { cells }: StateRow,
  click: (el: HTMLElement) => Promise<void> | void,
): Promise<void> {
  for (const state of ['loading', 'error'] as const) {
    const el = cells.get(state);
    if (!el) continue;
    await el.updateComplete;
    await click(partOf(el, subject.trigger));
    await el.updateComplete;
  }
}
