import type { ItemEntry } from '../../state/thread-state.js';

/** How far beyond the view (px, above and below) items stay rendered. */
export const WINDOW_MARGIN = 2400;

/** The kinds of item that may be set aside: finished, stateless renderings of their entry. */
const WINDOWED_TYPES: ReadonlySet<string> = new Set([
  'user_message',
  'assistant_message',
  'widget',
  'task',
  'workflow',
]);

/**
 * Windowing of a long thread: a finished item far from the view (beyond {@link WINDOW_MARGIN})
 * is rendered as an empty placeholder of the height it was laid out at, and rendered again as it
 * comes within the margin. The DOM thus holds the items near the view, however long the thread:
 * `content-visibility` (thread.styles.ts) spares their layout and paint, this spares their nodes.
 *
 * Heights come from the IntersectionObserver's own entries (measured after layout, no read of
 * ours), so setting an item aside changes no height and moves nothing; an item rendered again
 * at another height (a font loaded since) is compensated by the auto-scroll controller's anchor.
 *
 * Never set aside: an item still changing (streaming, not yet sent, failed), one the user touched
 * (typed into a widget's form, focused, pressed in: it may hold state the entry does not), one
 * holding the focus or the selection, and any kind other than messages, widgets, tasks and
 * workflows. The entry keeps all the item's data, so nothing is lost: a placeholder re-renders
 * from it.
 *
 * Trade-offs: the browser's find-in-page does not see set-aside items (they are more than a
 * margin away; scrolling brings them back), and Tab moves through the rendered ones only.
 */
export class ItemWindow {
  /** Item id → the height (px) its placeholder keeps. */
  readonly placeholders = new Map<string, number>();
  /** Bumped on every change of {@link placeholders} (a render key). */
  version = 0;
  private readonly ids = new WeakMap<Element, string>();
  private observed = new WeakSet<Element>();
  /** The placeholders observed now (a chosen few: see observePlaceholders). */
  private readonly watched = new Set<Element>();
  private observer: IntersectionObserver | null = null;
  private list: Element | null = null;
  private threadId: string | null | undefined = undefined;
  private scanned = '';
  /**
   * Where the selection starts, read once after each change of it: reading it forces a style
   * and layout update (a page of items just rendered, laid out inside an observer's task
   * instead of the frame), so it is not read per item, nor when it did not change.
   */
  private selectionAnchor: Node | null = null;
  private selectionChanged = true;
  private listening = false;
  private readonly onSelectionChange = (): void => void (this.selectionChanged = true);

  constructor(
    private readonly host: HTMLElement & { requestUpdate(): void },
    /** Whether the user touched an item element (see TouchedItems): never set aside. */
    private readonly touched: (item: Element) => boolean,
    private readonly margin = WINDOW_MARGIN,
  ) {}

  /** Forgets everything of another thread (call before rendering a new thread's items). */
  reset(threadId: string | null): void {
    if (threadId === this.threadId) return;
    this.threadId = threadId;
    this.placeholders.clear();
    this.observer?.disconnect();
    this.observed = new WeakSet();
    this.watched.clear();
    this.scanned = '';
    this.version++;
  }

  /**
   * Observes the item elements of `list` rendered for `entries` (after each render; does
   * nothing when neither the list nor the placeholders changed).
   */
  observe(list: Element | null, entries: readonly ItemEntry[]): void {
    if (typeof IntersectionObserver === 'undefined' || !list) return;
    const key = `${entries.length}/${entries[0]?.item.id}/${entries.at(-1)?.item.id}/${this.version}`;
    if (list === this.list && key === this.scanned) return;
    if (list !== this.list) {
      this.observer?.disconnect();
      this.observed = new WeakSet();
      this.watched.clear();
    }
    this.list = list;
    this.scanned = key;
    if (!this.listening) {
      this.listening = true;
      this.selectionChanged = true;
      document.addEventListener('selectionchange', this.onSelectionChange);
    }
    this.observer ??= new IntersectionObserver(this.onIntersect, {
      root: this.host,
      rootMargin: `${this.margin}px 0px`,
    });
    // Each entry of a known kind renders one element of class `item`, in order: pair them.
    const rendered = entries.filter((e) => RENDERED_TYPES.has(e.item.type));
    const elements = [...list.children].filter((el) => el.classList.contains('item'));
    if (elements.length !== rendered.length) return;
    elements.forEach((element, i) => {
      const entry = rendered[i]!;
      this.ids.set(element, entry.item.id);
      if (element.classList.contains('windowed')) return;
      const eligible = WINDOWED_TYPES.has(entry.item.type) && entry.phase === 'done';
      if (eligible && !this.observed.has(element)) {
        this.observed.add(element);
        this.observer!.observe(element);
      }
    });
    this.observePlaceholders(elements);
  }

  /**
   * Observes the placeholders that scrolling can bring into the margin, not all of them: an
   * IntersectionObserver computes every target in every frame whose layout changed (each
   * keystroke, each streamed delta), some 2 ms a frame for a thousand of them. Observed: the
   * placeholders within a margin of a rendered item (scrolling reaches those first), and, along
   * the rest, one each time the placeholders passed reach half a margin in height, so a jump
   * anywhere (a scrollbar drag) lands within the margin of an observed one; that one renders,
   * and the next scan observes its neighbours.
   */
  private observePlaceholders(elements: readonly Element[]): void {
    const heights = elements.map((el) =>
      el.classList.contains('windowed') ? (this.placeholders.get(this.ids.get(el)!) ?? 0) : -1,
    );
    const wanted = new Set<Element>();
    // Distance (px of placeholders) from the nearest rendered item, forwards then backwards.
    const near = (order: readonly number[]) => {
      let distance = Infinity;
      for (const i of order) {
        const h = heights[i]!;
        if (h < 0) distance = 0;
        else if (distance <= this.margin) {
          wanted.add(elements[i]!);
          distance += h;
        }
      }
    };
    const indices = heights.map((_, i) => i);
    near(indices);
    near(indices.reverse());
    let run = 0;
    elements.forEach((el, i) => {
      const h = heights[i]!;
      if (h < 0 || wanted.has(el)) return void (run = 0);
      run += h;
      if (run >= this.margin / 2) {
        wanted.add(el);
        run = 0;
      }
    });
    for (const el of this.watched) {
      if (wanted.has(el)) continue;
      this.watched.delete(el);
      this.observer!.unobserve(el);
    }
    for (const el of wanted) {
      if (this.watched.has(el)) continue;
      this.watched.add(el);
      this.observer!.observe(el);
    }
  }

  disconnect(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.observed = new WeakSet();
    this.watched.clear();
    this.list = null;
    this.scanned = '';
    document.removeEventListener('selectionchange', this.onSelectionChange);
    this.listening = false;
    this.selectionAnchor = null;
  }

  private readonly onIntersect = (entries: IntersectionObserverEntry[]): void => {
    let changed = false;
    for (const { target, isIntersecting, boundingClientRect } of entries) {
      const id = this.ids.get(target);
      if (id === undefined || !target.isConnected) {
        this.observer?.unobserve(target);
        this.watched.delete(target);
        continue;
      }
      const windowed = target.classList.contains('windowed');
      if (windowed && isIntersecting) {
        this.placeholders.delete(id);
      } else if (!windowed && !isIntersecting && this.mayWindow(target)) {
        const height = boundingClientRect.height;
        if (!(height > 0)) continue;
        this.placeholders.set(id, height);
      } else continue;
      this.observer?.unobserve(target);
      this.watched.delete(target);
      changed = true;
    }
    if (changed) {
      this.version++;
      this.host.requestUpdate();
    }
  };

  /** Whether the item may be set aside now: untouched, without focus or selection inside. */
  private mayWindow(item: Element): boolean {
    if (this.touched(item)) return false;
    const root = item.getRootNode() as Document | ShadowRoot;
    const active = root.activeElement;
    if (active && item.contains(active)) return false;
    if (this.selectionChanged || !this.listening) {
      this.selectionChanged = false;
      const selection = (root as { getSelection?: () => Selection | null }).getSelection?.();
      this.selectionAnchor = (selection ?? document.getSelection())?.anchorNode ?? null;
    }
    const anchor = this.selectionAnchor;
    return !(anchor && item.contains(anchor));
  }
}

/** The item types `renderItem` (items.ts) renders an element for. */
const RENDERED_TYPES: ReadonlySet<string> = new Set([
  'user_message',
  'assistant_message',
  'widget',
  'workflow',
  'task',
  'generated_image',
  'client_tool_call',
  'structured_input',
]);
