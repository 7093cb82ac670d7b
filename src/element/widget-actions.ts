/**
 * The widget host of `<chat-widgets>`. Routing an action (`widget-action-route.ts`) is a chunk of
 * its own, fetched when the first widget asks for its host ({@link loadWidgetActions}), so it is
 * there, and the `cw-widget-action` event fires during the click, by the time a widget can be used.
 */
import type { Strings } from '../i18n/index.js';
import type { ResolvedConfig } from './options.js';
import { CwLogEvent, emitChatEvent } from '../events/index.js';
import { requirePart } from '../internal/lazy-parts.js';
import type { ChatSession } from '../state/chat-session.js';
import type { WidgetHost } from '../widgets/widget-host.js';
import type * as ActionRouting from './widget-action-route.js';
import { reportError } from './public-events.js';

/** What routing an action needs from the element. */
export interface ActionRoute {
  /** Where the events are dispatched. */
  host: HTMLElement;
  session: ChatSession | null;
  /** `widgets.onAction`, or the global function named by `on-action`. */
  onAction: ResolvedConfig['onAction'] | null;
}

/**
 * The widget host `<chat-widgets>` provides to the widgets in its thread: actions are routed
 * through `routeWidgetAction` with what `route()` gives at the time of the action (at once when
 * its chunk is there, else once it arrives; without it, the action is reported, not sent), logs
 * become `cw-log` events, images follow the thread's `allowed_image_domains`, and dates are
 * formatted in the chat's `locale`.
 */
export function createWidgetHost(
  host: HTMLElement,
  route: () => ActionRoute,
  allowedImageHosts: () => readonly string[] | null,
  locale?: () => string | undefined,
  strings?: () => Strings,
): WidgetHost {
  return {
    dispatchAction: (request) =>
      routing
        ? routing.routeWidgetAction(route(), request)
        : loadWidgetActions().then((m) =>
            m
              ? m.routeWidgetAction(route(), request)
              : reportError(host, new Error(`"${request.action.type}" could not be sent.`)),
          ),
    log: (name, data) => emitChatEvent(host, CwLogEvent, { name, data }),
    error: (error) => reportError(host, error),
    allowedImageHosts,
    ...(locale ? { locale } : {}),
    ...(strings ? { strings } : {}),
  };
}

/** The action routing, once its chunk has arrived. */
let routing: typeof ActionRouting | null = null;

/** Loads the action routing (once per page); `null` when its chunk failed. */
export const loadWidgetActions = (): Promise<typeof ActionRouting | null> =>
  requirePart('widget-actions', () => import('./widget-action-route.js')).then(
    (m) => (routing = m),
  );
