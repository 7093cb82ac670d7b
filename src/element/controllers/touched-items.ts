/** Events that mean the user did something inside an item (typed, chose, focused, pressed). */
const TOUCH_EVENTS = ['input', 'focusin', 'pointerdown', 'keydown'] as const;

/**
 * The thread's items the user touched: typed into a widget's form, focused, pressed in. Such an
 * item may hold state its entry does not, so windowing (item-window.ts, a chunk loaded once a
 * thread grows long) never sets it aside. Recorded from the first render, before that chunk is
 * there, so nothing typed early is lost when the thread grows later.
 */
export class TouchedItems {
  /** Item elements (another thread's items are other elements: nothing to forget). */
  private readonly touched = new WeakSet<Element>();

  constructor(
    host: HTMLElement,
    /** Whether an element is one of the thread's item elements. */
    private readonly isItem: (element: Element) => boolean,
  ) {
    for (const type of TOUCH_EVENTS) host.addEventListener(type, this.onTouch, true);
  }

  has(item: Element): boolean {
    return this.touched.has(item);
  }

  private readonly onTouch = (event: Event): void => {
    for (const node of event.composedPath()) {
      if (node instanceof Element && this.isItem(node)) {
        this.touched.add(node);
        return;
      }
    }
  };
}
