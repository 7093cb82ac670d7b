/**
 * The diagnostics of one `<cw-widget>`: problems with its content (an unknown component type, a
 * value that had to be converted or was dropped) go to the page, never to the user. Each is a
 * `cw-log` event (through `<chat-widgets>` when the widget is inside one, else from the widget
 * itself) once per widget element, and a console warning once per page.
 *
 * Reports made while rendering are queued and sent after the render (`flush`), so that a listener
 * never runs inside Lit's render.
 */
import type { CwLogEventDetail } from '../events/log.js';

/** How many distinct reports one widget element sends; hostile content could invent thousands. */
export const MAX_WIDGET_LOGS = 100;
/** How many distinct console warnings a page gets from all widgets. */
const MAX_CONSOLE_WARNINGS = 500;
const warned = new Set<string>();

/** A server string shortened for a log entry (a type name may be megabytes long). */
export function logText(value: string, max = 120): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

/** One widget element's log: deduplicated, bounded, sent after each render. */
export class WidgetLog {
  private readonly seen = new Set<string>();
  private queue: CwLogEventDetail[] = [];

  constructor(private readonly emit: (detail: CwLogEventDetail) => void) {}

  /** Records a problem: queued for the event, and a console warning the first time on the page. */
  report(name: string, data: Record<string, unknown>, message: string): void {
    const key = `${name} ${JSON.stringify(data)}`;
    if (this.seen.has(key) || this.seen.size >= MAX_WIDGET_LOGS) return;
    this.seen.add(key);
    this.queue.push({ name, data });
    if (!warned.has(key) && warned.size < MAX_CONSOLE_WARNINGS) {
      warned.add(key);
      console.warn(`<chat-widgets>: ${message}`);
    }
  }

  /** Sends the queued reports. */
  flush(): void {
    const queue = this.queue;
    this.queue = [];
    for (const detail of queue) this.emit(detail);
  }
}
