/**
 * What a `<cw-widget>` does when one of its components fires an action: it builds the request from
 * the action's config, the form around the component and the values the component adds (a form
 * value the payload already has is dropped and reported as an error; unsafe keys are logged),
 * keeps the component or the whole widget busy while the action is handled (its loading
 * behaviour), and sends it to the host's `dispatchAction` inside `<chat-widgets>`, else out as a
 * `cw-widget-action` event of the widget.
 */
import type { ReactiveControllerHost } from 'lit';

import type { CwLogEventDetail } from '../events/log.js';
import { CwWidgetActionEvent } from '../events/widget-action.js';
import type { CwWidgetActionEventDetail } from '../events/widget-action.js';
import { collectValues, mergePayload, setPath } from './forms.js';
import { effectiveLoading, resolveActionConfig } from './widget-host.js';
import type { ActionSite, WidgetActionRequest, WidgetHost } from './widget-host.js';

/** What the dispatch reads of `<cw-widget>`: the sender, the widget, and where actions go. */
export interface ActionDispatchHost extends ReactiveControllerHost, EventTarget {
  readonly itemId: string | null;
  readonly widget: unknown;
  readonly host: WidgetHost | undefined;
}

/** Where the dispatch reports (the widget's own log and error routing). */
export interface ActionDispatchReports {
  log(detail: CwLogEventDetail): void;
  error(error: Error): void;
}

/**
 * Fires the actions of one widget and holds its busy state. It needs no lifecycle hook, so it only
 * asks its host to update and is not added to it.
 */
export class WidgetActionDispatch {
  /** Whether an action with `container` loading is being handled: the whole widget is busy. */
  containerBusy = false;
  /** The components whose action (`self` loading) is being handled. */
  private busyNodes = new Set<object>();

  constructor(
    private readonly element: ActionDispatchHost,
    private readonly report: ActionDispatchReports,
  ) {}

  /** Whether `node`'s own action is being handled. */
  isBusy(node: object): boolean {
    return this.busyNodes.has(node);
  }

  fire(
    configValue: unknown,
    site: ActionSite,
    event: Event,
    node: object,
    extra?: Record<string, unknown>,
  ): void {
    const config = resolveActionConfig(configValue);
    if (!config || this.containerBusy || this.busyNodes.has(node)) return;
    const origin = (event.currentTarget ?? event.target) as Element | null;
    const form =
      event.target instanceof HTMLFormElement ? event.target : (origin?.closest?.('form') ?? null);
    const unsafe: string[] = [];
    const formValues = form ? collectValues(form, unsafe) : null;
    const values: Record<string, unknown> = structuredClone(formValues ?? {});
    for (const [name, value] of Object.entries(extra ?? {}))
      if (setPath(values, name, value) === 'unsafe') unsafe.push(name);
    const { payload, collisions, refused } = mergePayload(config.payload, values);
    if (collisions.length) {
      // As ChatKit: the payload's value stays, the form's is dropped, and it is an error.
      this.report.log({
        name: 'widget.form_collision',
        data: { action: config.type, paths: collisions },
      });
      this.report.error(
        new Error(
          `The form value of ${collisions.join(', ')} was dropped: "${config.type}" already has it in its payload.`,
        ),
      );
    }
    unsafe.push(...refused);
    if (unsafe.length)
      this.report.log({ name: 'widget.unsafe_key', data: { action: config.type, paths: unsafe } });
    const request: WidgetActionRequest = {
      action: payload === undefined ? { type: config.type } : { type: config.type, payload },
      config,
      site,
      itemId: this.element.itemId,
      widget: this.element.widget,
      formValues,
    };
    const loading = effectiveLoading(config, site);
    if (loading === 'self') this.setBusyNodes(new Set([...this.busyNodes, node]));
    if (loading === 'container') this.setContainerBusy(true);
    const done = () => {
      if (loading === 'self') {
        const next = new Set(this.busyNodes);
        next.delete(node);
        this.setBusyNodes(next);
      }
      if (loading === 'container') this.setContainerBusy(false);
    };
    const dispatched = this.element.host
      ? this.element.host.dispatchAction(request)
      : this.dispatchStandalone(request);
    dispatched.then(done, done);
  }

  private setBusyNodes(next: Set<object>): void {
    this.busyNodes = next;
    this.element.requestUpdate();
  }

  private setContainerBusy(busy: boolean): void {
    if (busy === this.containerBusy) return;
    this.containerBusy = busy;
    this.element.requestUpdate();
  }

  private dispatchStandalone(request: WidgetActionRequest): Promise<void> {
    const detail: CwWidgetActionEventDetail = {
      ...request,
      item: { id: request.itemId ?? '', widget: request.widget },
    };
    this.element.dispatchEvent(new CwWidgetActionEvent(detail));
    return Promise.resolve();
  }
}
