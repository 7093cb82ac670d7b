/** Helpers for widget tests: fixtures, rendering, console capture. */
import { fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';

// Every element at once (as the classic build): these tests render standalone <cw-widget>s.
import '../../src/define-all.js';
import type { CwWidget, WidgetActionEventDetail } from '../../src/widgets/widget-view.js';

/** Loads one of this project's widget fixtures. */
export async function loadFixture(name: string): Promise<Record<string, unknown>> {
  return (await (await fetch(`/test/fixtures/widgets/${name}.json`)).json()) as Record<
    string,
    unknown
  >;
}

/** One widget of the index the test server lists (this project's fixtures and the corpus). */
export interface ListedWidget {
  name: string;
  group: string;
  url: string;
  /** A component alone (not a root): loaded inside a Card. */
  fragment: boolean;
}

/**
 * Fetches the test server's widget index (`/__widgets__/index.json`). When the ChatKit corpus
 * (../shared/widget-corpus) is not beside the clone, says so on the console: only this
 * project's fixtures are then `used` (the verb names what the caller does with them).
 */
export async function widgetIndex(
  used: string,
): Promise<{ fixtures: ListedWidget[]; corpus: boolean }> {
  const index = (await (await fetch('/__widgets__/index.json')).json()) as {
    fixtures: ListedWidget[];
    corpus: boolean;
  };
  if (!index.corpus)
    console.log(
      `../shared/widget-corpus is not beside this clone: only this project's fixtures are ${used}`,
    );
  return index;
}

/** Loads a listed widget; a fragment is wrapped in a Card. */
export async function loadListed(f: ListedWidget): Promise<unknown> {
  const widget = (await (await fetch(f.url)).json()) as Record<string, unknown>;
  return f.fragment ? { type: 'Card', children: [widget] } : widget;
}

/** Renders a widget standalone and waits for nested elements (Markdown, charts) to render. */
export async function renderWidget(
  widget: unknown,
  theme: 'light' | 'dark' = 'light',
): Promise<CwWidget> {
  const el = await fixture<CwWidget>(
    html`<cw-widget .widget=${widget} theme=${theme}></cw-widget>`,
  );
  await settle(el);
  return el;
}

/** Waits until the widget and the elements inside it have rendered. */
export async function settle(el: CwWidget): Promise<void> {
  await el.updateComplete;
  const nested = [...el.shadowRoot!.querySelectorAll('cw-markdown, cw-chart')] as unknown as {
    updateComplete: Promise<unknown>;
  }[];
  await Promise.all(nested.map((n) => n.updateComplete));
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
}

/**
 * Brings the finite animations and transitions in `animations` to their end at once (no waiting
 * out their duration), so that colour checks see the end colours, not a fade half-way through.
 */
async function finishNow(animations: Animation[]): Promise<void> {
  const finite = animations.filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
  for (const a of finite) {
    try {
      a.finish();
    } catch {
      // An animation that cannot finish (a zero playback rate) is waited for below.
    }
  }
  await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
}

/** The widget's finite animations (enter transitions) brought to their end. */
export async function animationsDone(el: CwWidget): Promise<void> {
  await finishNow(el.shadowRoot!.getAnimations());
}

/** Waits for the widget's images (decoded or failed) and the fonts, so the picture is complete. */
export async function imagesAndFonts(el: CwWidget): Promise<void> {
  const images = [...el.shadowRoot!.querySelectorAll('img')];
  await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
  await document.fonts.ready;
}

/**
 * Stops the endless animations (the streaming caret's blink, a loading shimmer) at their start, in
 * every shadow root under the widget: a picture shows one moment, the same each run.
 */
export function freezeEndlessAnimations(root: ShadowRoot): void {
  for (const a of root.getAnimations()) {
    if (a.effect?.getComputedTiming().endTime === Infinity) {
      a.pause();
      a.currentTime = 0;
    }
  }
  for (const host of root.querySelectorAll('*')) {
    if (host.shadowRoot) freezeEndlessAnimations(host.shadowRoot);
  }
}

/** The widget's shadow root. */
export const shadow = (el: CwWidget): ShadowRoot => el.shadowRoot!;

/** Records `cw-widget-action` events. */
export function recordActions(el: EventTarget): WidgetActionEventDetail[] {
  const seen: WidgetActionEventDetail[] = [];
  el.addEventListener('cw-widget-action', (e) =>
    seen.push((e as CustomEvent<WidgetActionEventDetail>).detail),
  );
  return seen;
}

/** Captures console errors and warnings while `run` runs. */
export async function captureConsole<T>(
  run: () => Promise<T>,
): Promise<{ result: T; errors: string[]; warnings: string[] }> {
  const errors: string[] = [];
  const warnings: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    return { result: await run(), errors, warnings };
  } finally {
    console.error = error;
    console.warn = warn;
  }
}

/** The centre of an element, in whole viewport pixels (sendMouse's coordinates). */
export function centreOf(el: Element): [number, number] {
  const r = el.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

/** Waits for the element's running transitions to end, so computed colours are the final ones. */
export async function transitionsDone(el: Element): Promise<void> {
  getComputedStyle(el).color; // a style recalc starts any pending transition
  await finishNow(el.getAnimations());
}

/**
 * `read` of an element at rest and with the real pointer resting on it (sendMouse), after the
 * transitions; the pointer is then moved away.
 */
export async function restingAndHovered<T>(
  el: Element,
  read: (s: CSSStyleDeclaration) => T,
): Promise<{ resting: T; hovered: T; matched: boolean }> {
  await resetMouse();
  await transitionsDone(el);
  const resting = read(getComputedStyle(el));
  await sendMouse({ type: 'move', position: centreOf(el) });
  await transitionsDone(el);
  const hovered = read(getComputedStyle(el));
  const matched = el.matches(':hover');
  await resetMouse();
  await transitionsDone(el);
  return { resting, hovered, matched };
}
