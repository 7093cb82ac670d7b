/* The action types live here, the lowest layer that needs them; src/widgets re-exports them. */

/** Where an action was bound; decides the `auto` loading behaviour. */
export type ActionSite =
  'button' | 'list-item' | 'form-submit' | 'change' | 'card-confirm' | 'card-cancel';

/** How an action shows it is busy. */
export type LoadingBehavior = 'auto' | 'none' | 'self' | 'container';

/** An action config as read from a widget, with its defaults applied. */
export interface ResolvedActionConfig {
  type: string;
  payload: unknown;
  handler: 'server' | 'client';
  loadingBehavior: LoadingBehavior;
  /** `false` means `threads.sync_custom_action`. */
  streaming: boolean;
}

/** One action, complete: what the element's dispatcher needs to route it. */
export interface WidgetActionRequest {
  /** The action as it goes to the server or the host: `{type, payload}`, form values merged in. */
  action: { type: string; payload?: unknown };
  config: ResolvedActionConfig;
  site: ActionSite;
  /** The widget item that holds the widget, when it is in a thread. */
  itemId: string | null;
  /** The widget root. */
  widget: unknown;
  /** The values of the form the control sits in (dotted names nested), or null. */
  formValues: Record<string, unknown> | null;
}

/**
 * Detail of `cw-widget-action`: the complete action request, and the widget item as ChatKit's
 * `widgets.onAction` receives it (`{id, widget}`).
 */
export type CwWidgetActionEventDetail = WidgetActionRequest & {
  item: { id: string; widget: unknown };
};

/**
 * A widget fired an action. Cancelable: `preventDefault()` keeps a `server` action from being
 * sent (a `client` action goes to `widgets.onAction` either way). ChatKit has no such event, so it
 * has no second name.
 * Dispatched by `<cw-widget>` for standalone widgets, and by `<chat-widgets>` for the thread's.
 */
export class CwWidgetActionEvent extends CustomEvent<CwWidgetActionEventDetail> {
  static readonly eventName = 'cw-widget-action';

  constructor(detail: CwWidgetActionEventDetail) {
    super(CwWidgetActionEvent.eventName, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
  }
}

declare global {
  interface HTMLElementEventMap {
    'cw-widget-action': CwWidgetActionEvent;
  }
}
