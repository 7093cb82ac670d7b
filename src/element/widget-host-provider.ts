/**
 * Provides `<chat-widgets>`'s widget host to the `<cw-widget>`s inside it by the context protocol
 * (what @lit/context's provider does for a value that never changes, without its code in the first
 * load), and adopts the widgets' palette when the first widget asks.
 */
import type { ContextEvent } from '@lit/context';
import type { ReactiveElement } from 'lit';

import { adoptInto } from '../internal/lazy-parts.js';
import { widgetHostContext } from '../widgets/widget-host-context.js';
import type { WidgetHost } from '../widgets/widget-host.js';
import { loadWidgetActions } from './widget-actions.js';

/** Starts providing; returns what resolves once the palette and the action routing are in. */
export function provideWidgetHost(
  host: ReactiveElement,
  widgetHost: WidgetHost,
): () => Promise<void> | undefined {
  let ready: Promise<void> | undefined;
  host.addEventListener('context-request', (e) => {
    if (e.context !== widgetHostContext) return;
    e.stopPropagation();
    // The widgets' palette comes with their chunk (loaded by now: a widget is asking), and the
    // routing of their actions is fetched, to be there before a widget can be clicked.
    ready ??= Promise.all([
      import('../widgets/widget-view.js').then((m) => adoptInto(host.renderRoot, m.paletteStyles)),
      loadWidgetActions(),
    ]).then(() => undefined);
    (e as ContextEvent<typeof widgetHostContext>).callback(widgetHost);
  });
  return () => ready;
}
