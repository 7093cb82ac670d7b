/**
 * Provides `<chat-widgets>`'s widget host to the `<cw-widget>`s inside it by the context protocol
 * (what @lit/context's provider does, subscriptions included, without its code in the first load),
 * and adopts the widgets' palette when the first widget asks.
 */
import type { ContextEvent } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';

import { adoptInto } from '../internal/lazy-parts.js';
import { widgetHostContext } from '../widgets/widget-host-context.js';
import { localeOf, stringsOf } from '../widgets/widget-host.js';
import type { WidgetHost } from '../widgets/widget-host.js';
import { loadWidgetActions } from './widget-actions.js';

type Callback = (value: WidgetHost, unsubscribe?: () => void) => void;

/**
 * Provides a widget host to the widgets inside `host`, and tells them (each one subscribed
 * renders again) when the language it gives them changed: its locale and strings are compared
 * after each update of the host (a new locale, or its table arrived).
 */
export class WidgetHostProvider implements ReactiveController {
  private loaded: Promise<void> | undefined;
  // A new object on each change (the same functions): a subscribed consumer sees a new value.
  private current: WidgetHost;
  private readonly subscribers = new Map<Callback, () => void>();
  private language: readonly unknown[] | null = null;

  constructor(
    host: ReactiveElement,
    private readonly widgetHost: WidgetHost,
  ) {
    this.current = widgetHost;
    host.addController(this);
    host.addEventListener('context-request', (e) => {
      if (e.context !== widgetHostContext) return;
      e.stopPropagation();
      // The widgets' palette comes with their chunk (loaded by now: a widget is asking), and the
      // routing of their actions is fetched, to be there before a widget can be clicked.
      this.loaded ??= Promise.all([
        import('../widgets/widget-view.js').then((m) =>
          adoptInto(host.renderRoot, m.paletteStyles),
        ),
        loadWidgetActions(),
      ]).then(() => undefined);
      const request = e as ContextEvent<typeof widgetHostContext>;
      const callback = request.callback as Callback;
      if (!request.subscribe) return void callback(this.current);
      const unsubscribe =
        this.subscribers.get(callback) ?? (() => void this.subscribers.delete(callback));
      this.subscribers.set(callback, unsubscribe);
      callback(this.current, unsubscribe);
    });
  }

  /** Resolves once the palette and the action routing are in (undefined before a widget asked). */
  ready(): Promise<void> | undefined {
    return this.loaded;
  }

  hostUpdated(): void {
    const now = [localeOf(this.widgetHost), stringsOf(this.widgetHost)];
    const before = this.language;
    this.language = now;
    if (before && now.some((v, i) => v !== before[i])) this.changed();
  }

  /** Gives the widgets a new host object: each one subscribed renders again. */
  changed(): void {
    this.current = { ...this.widgetHost };
    for (const [callback, unsubscribe] of this.subscribers) callback(this.current, unsubscribe);
  }
}
