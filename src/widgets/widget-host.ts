import type {
  ActionSite,
  LoadingBehavior,
  ResolvedActionConfig,
  WidgetActionRequest,
} from '../events/widget-action.js';

export type {
  ActionSite,
  LoadingBehavior,
  ResolvedActionConfig,
  WidgetActionRequest,
} from '../events/widget-action.js';

/** What widgets call into: provided by `<chat-widgets>` (or a host page) through context. */
export interface WidgetHost {
  /** Routes an action; the returned promise settles when its work is done (loading state). */
  dispatchAction(request: WidgetActionRequest): Promise<void>;
  /** Reports a diagnostic (an unsafe key refused, say) to the host's log. */
  log?(name: string, data: Record<string, unknown>): void;
  /** Reports an error (a form value colliding with the payload, say) as the host's error event. */
  error?(error: Error): void;
  /**
   * The hosts widget images may load from: the thread's `allowed_image_domains` (each host and its
   * subdomains). `null` or absent allows any http(s) host; `[]` allows none. Applies to `Image`,
   * `status.favicon` and images in widget `Markdown` (src/util/url-policy.ts). A function is read
   * at each render, so a host object made once can follow the current thread.
   */
  readonly allowedImageHosts?:
    readonly string[] | null | (() => readonly string[] | null | undefined);
  /**
   * The locale widgets format dates in (the DatePicker's calendar): the chat's `locale` option. A
   * function is read at each render. Absent or not a valid tag: the browser's language.
   */
  readonly locale?: string | (() => string | undefined);
}

/** The valid, canonical locale a widget host names, if any. */
export function localeOf(host: WidgetHost | undefined): string | undefined {
  const value = host?.locale;
  const tag = typeof value === 'function' ? value() : value;
  if (typeof tag !== 'string' || !tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** The allowed image hosts of a widget host (`null`: any http(s) host). */
export function allowedImageHostsOf(host: WidgetHost | undefined): readonly string[] | null {
  const value = host?.allowedImageHosts;
  const hosts = typeof value === 'function' ? value() : value;
  return Array.isArray(hosts) ? hosts : null;
}

export { widgetHostContext } from './widget-host-context.js';

/** Reads an action config with its defaults (`handler: server`, `loadingBehavior: auto`, streaming). */
export function resolveActionConfig(value: unknown): ResolvedActionConfig | null {
  if (
    typeof value !== 'object' ||
    value === null ||
    typeof (value as { type?: unknown }).type !== 'string'
  )
    return null;
  const v = value as Record<string, unknown>;
  const loading = v['loadingBehavior'];
  return {
    type: v['type'] as string,
    payload: v['payload'] ?? undefined,
    handler: v['handler'] === 'client' ? 'client' : 'server',
    loadingBehavior:
      loading === 'none' || loading === 'self' || loading === 'container' ? loading : 'auto',
    streaming: !(v['streaming'] === false || v['streaming'] === 'false'),
  };
}

/** The effective loading behaviour: `auto` picks by where the action is bound (catalogue §2.7). */
export function effectiveLoading(
  config: ResolvedActionConfig,
  site: ActionSite,
): Exclude<LoadingBehavior, 'auto'> {
  if (config.loadingBehavior !== 'auto') return config.loadingBehavior;
  switch (site) {
    case 'button':
    case 'list-item':
      return 'self';
    case 'change':
      return 'none';
    default:
      return 'container';
  }
}
