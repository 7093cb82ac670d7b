import type { WidgetActionRequest } from '../widgets/widget-host.js';

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
 *
 * Its `HTMLElementEventMap` entry stays with `<cw-widget>` (src/widgets/widget-view.ts), which also
 * dispatches it for standalone widgets, until that file dispatches this class.
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
