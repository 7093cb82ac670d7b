/**
 * Provides `<chat-widgets>`'s widget host to the `<cw-widget>`s inside it by the context protocol
 * (what @lit/context's provider does, subscriptions included, without its code in the first load),
 * and adopts the widgets' palette when the first widget asks.
 */
import type { ContextEvent } from '@lit/context';
import type { ReactiveElement } from 'lit';

import { adoptInto } from '../internal/lazy-parts.js';
import { widgetHostContext } from '../widgets/widget-host-context.js';
import type { WidgetHost } from '../widgets/widget-host.js';
import { loadWidgetActions } from './widget-actions.js';

/** What {@link provideWidgetHost} gives back. */
export interface WidgetHostProvider {
  /** Resolves once the palette and the action routing are in (undefined before a widget asked). */
  ready(): Promise<void> | undefined;
  /**
   * Tells the widgets that what the host gives them changed (the strings, when a locale's table
   * arrives or the locale changes): each one subscribed renders again.
   */
  changed(): void;
}

type Callback = (value: WidgetHost, unsubscribe?: () => void) => void;

/** Starts providing the widget host to the widgets inside `host`. */
export function provideWidgetHost(
  host: ReactiveElement,
  widgetHost: WidgetHost,
): WidgetHostProvider {
  let ready: Promise<void> | undefined;
  // A new object on each change (the same functions): a subscribed consumer sees a new value.
  let current = widgetHost;
  const subscribers = new Map<Callback, () => void>();
  host.addEventListener('context-request', (e) => {
    if (e.context !== widgetHostContext) return;
    e.stopPropagation();
    // The widgets' palette comes with their chunk (loaded by now: a widget is asking), and the
    // routing of their actions is fetched, to be there before a widget can be clicked.
    ready ??= Promise.all([
      import('../widgets/widget-view.js').then((m) => adoptInto(host.renderRoot, m.paletteStyles)),
      loadWidgetActions(),
    ]).then(() => undefined);
    const request = e as ContextEvent<typeof widgetHostContext>;
    const callback = request.callback as Callback;
    if (!request.subscribe) return void callback(current);
    const unsubscribe = subscribers.get(callback) ?? (() => void subscribers.delete(callback));
    subscribers.set(callback, unsubscribe);
    callback(current, unsubscribe);
  });
  return {
    ready: () => ready,
    changed() {
      current = { ...widgetHost };
      for (const [callback, unsubscribe] of subscribers) callback(current, unsubscribe);
    },
  };
}
