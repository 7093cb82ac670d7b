/**
 * Calls back once an element is off screen, far enough that the browser's own check of
 * `content-visibility: auto` finds it hidden too.
 *
 * Why: when an element becomes `content-visibility: auto`, the browser decides right after
 * layout whether it is near the view and, when it is, lays the frame out a second time with its
 * contents. Applied only to elements well out of view, skipping costs no extra layout (the
 * element is laid out at the size it remembers, `contain-intrinsic-size: auto`, in the frame's
 * own layout) and an element in view gains nothing from it anyway. Chromium counts an element
 * within half a viewport of the view as near; the margin here is a whole screen height.
 *
 * An IntersectionObserver entry comes after a layout of the element, so its size is remembered
 * by then. Nothing here reads geometry.
 */
export class OffScreen {
  private observer: IntersectionObserver | null = null;
  private readonly calls = new Map<Element, () => void>();

  /** `root`: the element that scrolls the watched ones (null: the viewport). */
  constructor(private readonly root: Element | null) {}

  /** Calls `hidden` once, when `target` is first seen off screen (not when already watched). */
  watch(target: Element, hidden: () => void): void {
    if (this.calls.has(target)) return;
    if (typeof IntersectionObserver === 'undefined') return;
    this.observer ??= new IntersectionObserver(this.onEntries, {
      root: this.root,
      rootMargin: `${offScreenMargin()}px 0px`,
    });
    this.calls.set(target, hidden);
    this.observer.observe(target);
  }

  /** Whether `target` is watched (not yet seen off screen). */
  watching(target: Element): boolean {
    return this.calls.has(target);
  }

  /** Forgets every watched element (an observed element is held until unobserved). */
  disconnect(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.calls.clear();
  }

  private readonly onEntries = (entries: IntersectionObserverEntry[]): void => {
    const due: (() => void)[] = [];
    for (const { target, isIntersecting } of entries) {
      if (isIntersecting && target.isConnected) continue;
      this.observer?.unobserve(target);
      const call = this.calls.get(target);
      this.calls.delete(target);
      if (call && target.isConnected) due.push(call);
    }
    for (const call of due) call();
  };
}

/** A screen height (px), at least 1,000: more than the half viewport browsers count as near. */
function offScreenMargin(): number {
  const height = typeof screen === 'undefined' ? 0 : screen.height;
  return Math.max(1000, Math.ceil(Number.isFinite(height) ? height : 0));
}

/**
 * The nearest ancestor of `node` (across shadow roots and slots) that scrolls vertically, or null
 * (the viewport). Reads computed styles, not geometry: call it once,
 * not per frame.
 */
export function scrollingAncestor(node: Element): Element | null {
  const parent = (n: Element): Element | null =>
    n.assignedSlot ?? n.parentElement ?? ((n.getRootNode() as ShadowRoot).host || null);
  for (let n = parent(node); n; n = parent(n)) {
    const overflow = getComputedStyle(n).overflowY;
    if (overflow === 'auto' || overflow === 'scroll' || overflow === 'overlay') return n;
  }
  return null;
}
