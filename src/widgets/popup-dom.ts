/**
 * The DOM side of the widget popups (`<cw-select>`'s list, `<cw-date-picker>`'s calendar): whether
 * the Popover API is there, the trigger's accessible name, and a tracker that keeps an open popup
 * on its trigger (scrolls of every ancestor, across shadow roots; resizes) and closes it on a
 * pointer press outside. Placement is written as CSSOM numbers by the callers, never CSS text.
 */

/** Whether the Popover API (the top layer) is available; without it the fixed box shows in place. */
export const supportsPopover =
  typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

/** Shows or hides a `popover` element to match `open` (nothing without the Popover API). */
export function syncPopover(popup: HTMLElement, open: boolean): void {
  if (!supportsPopover) return;
  const shown = popup.matches(':popover-open');
  if (open && !shown) popup.showPopover();
  else if (!open && shown) popup.hidePopover();
}

/**
 * The accessible name of the trigger is its visible Label (`<label for>` reaches it by its id);
 * without one, `fallback` (the placeholder, then the field name).
 */
export function nameTrigger(trigger: HTMLElement, fallback: string): void {
  const root = trigger.getRootNode() as ParentNode;
  const labelled = trigger.id && root.querySelector(`label[for="${CSS.escape(trigger.id)}"]`);
  if (labelled) trigger.removeAttribute('aria-label');
  else trigger.setAttribute('aria-label', fallback);
}

/**
 * Names `trigger` now (see nameTrigger), and again once the widget around `element` has updated:
 * a Label is a lazy component too, and may arrive after this update, with the widget's.
 */
export function nameTriggerSoon(element: Element, trigger: HTMLElement, fallback: string): void {
  nameTrigger(trigger, fallback);
  const host = (element.getRootNode() as ShadowRoot).host as
    { updateComplete?: Promise<unknown> } | undefined;
  void host?.updateComplete?.then(() => nameTrigger(trigger, fallback));
}

/**
 * Every ancestor of a node across shadow boundaries: a scroll event does not leave its shadow root
 * (the thread of `<chat-widgets>` scrolls inside one), so a popup follows its trigger by listening
 * on each.
 */
export function composedAncestors(node: Node): Node[] {
  const out: Node[] = [];
  for (let n: Node | null = node.parentNode; n;) {
    out.push(n);
    n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null);
  }
  return out;
}

/**
 * While a popup is open: `reposition` on any scroll of an ancestor of `owner` (or the window) and
 * on resize; `dismiss` on a pointer press outside `owner`.
 */
export class PopupTracker {
  private scrollers: EventTarget[] = [];

  constructor(
    private readonly owner: Element,
    private readonly reposition: () => void,
    private readonly dismiss: () => void,
  ) {}

  private readonly outside = (e: Event) => {
    if (!e.composedPath().includes(this.owner)) this.dismiss();
  };

  private readonly onMove = () => this.reposition();

  /** Starts (`true`) or stops listening. */
  listen(on: boolean): void {
    for (const target of this.scrollers) target.removeEventListener('scroll', this.onMove);
    this.scrollers = [];
    const method = on ? 'addEventListener' : 'removeEventListener';
    window[method]('resize', this.onMove);
    document[method]('pointerdown', this.outside, true);
    if (!on) return;
    this.scrollers = [...composedAncestors(this.owner), window];
    for (const target of this.scrollers)
      target.addEventListener('scroll', this.onMove, { passive: true });
  }
}
