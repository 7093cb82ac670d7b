/**
 * `chat-widgets/react`: `<ChatWidgets>` as a React component, for React 18 and earlier, which set
 * attributes instead of properties on custom elements and cannot bind their events. Made with
 * `@lit/react`'s `createComponent`: props that are properties of the element (`options`,
 * `apiUrl`, `theme`, …) are set as properties; `onCwResponseEnd` and the other `onCw…` props
 * listen to the element's `cw-…` events; a `ref` is the element (`ref.current.sendUserMessage`).
 * React 19 renders `<chat-widgets>` itself (see the README); this wrapper works there too.
 *
 * Also `useChatKit` and `<ChatKit control>`, as `@openai/chatkit-react` has them: an app written
 * for it changes its import and keeps its code.
 *
 * It registers the elements (it imports `chat-widgets/define`).
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { EventName } from '@lit/react';

import './define.js';
import { ChatWidgets as ChatWidgetsElement } from './element/chat-widgets.js';
import type { ChatKitOptions } from './element/options.js';
import {
  CHATKIT_HANDLERS,
  StableOptions,
  splitHandlers,
  type ChatKitHandlers,
  type UseChatKitOptions,
} from './react/chatkit-options.js';
import type {
  CwDeeplinkEvent,
  CwEffectEvent,
  CwErrorEvent,
  CwLogEvent,
  CwReadyEvent,
  CwResponseEndEvent,
  CwResponseStartEvent,
  CwThreadChangeEvent,
  CwThreadLoadEndEvent,
  CwThreadLoadStartEvent,
  CwToolChangeEvent,
  CwWidgetActionEvent,
} from './events/index.js';

/** The element's events as React props. */
const events = {
  onCwReady: 'cw-ready' as EventName<CwReadyEvent>,
  onCwError: 'cw-error' as EventName<CwErrorEvent>,
  onCwLog: 'cw-log' as EventName<CwLogEvent>,
  onCwEffect: 'cw-effect' as EventName<CwEffectEvent>,
  onCwDeeplink: 'cw-deeplink' as EventName<CwDeeplinkEvent>,
  onCwResponseStart: 'cw-response-start' as EventName<CwResponseStartEvent>,
  onCwResponseEnd: 'cw-response-end' as EventName<CwResponseEndEvent>,
  onCwThreadChange: 'cw-thread-change' as EventName<CwThreadChangeEvent>,
  onCwThreadLoadStart: 'cw-thread-load-start' as EventName<CwThreadLoadStartEvent>,
  onCwThreadLoadEnd: 'cw-thread-load-end' as EventName<CwThreadLoadEndEvent>,
  onCwToolChange: 'cw-tool-change' as EventName<CwToolChangeEvent>,
  onCwWidgetAction: 'cw-widget-action' as EventName<CwWidgetActionEvent>,
};

/** `<chat-widgets>` as a React component. */
export const ChatWidgets = createComponent({
  react: React,
  tagName: 'chat-widgets',
  elementClass: ChatWidgetsElement,
  events,
  displayName: 'ChatWidgets',
});

export type { ChatWidgetsElement };
export type { ChatKitHandlers, UseChatKitOptions };

/** What `useChatKit` gives `<ChatKit>`: the options in force, the handlers, the element's slot. */
export interface ChatKitControl {
  /** The options, the same object while their data is the same. */
  options: ChatKitOptions;
  /** The latest event handlers. */
  handlers: ChatKitHandlers;
  /** Called by `<ChatKit>` with its element (null when it unmounts). */
  setInstance(instance: ChatWidgetsElement | null): void;
}

/** The element's methods `useChatKit` returns, as `@openai/chatkit-react`'s (no `setOptions`). */
const METHODS = [
  'focusComposer',
  'setThreadId',
  'sendUserMessage',
  'setComposerValue',
  'fetchUpdates',
  'sendCustomAction',
  'showHistory',
  'hideHistory',
] as const;

type Methods = Pick<ChatWidgetsElement, (typeof METHODS)[number]>;

/** What `useChatKit` returns: the control for `<ChatKit>`, a ref to the element, its methods. */
export type UseChatKitReturn = {
  control: ChatKitControl;
  ref: React.RefObject<ChatWidgetsElement | null>;
} & {
  [K in keyof Methods]: (...args: Parameters<Methods[K]>) => ReturnType<Methods[K]> | undefined;
};

/**
 * The chat's options, handlers and methods for `<ChatKit control>`, as in `@openai/chatkit-react`:
 * top-level `on…` keys (but `onClientTool`) are event handlers getting the event's `detail`; the
 * rest are the options, set again only when their data changes (a new inline function on each
 * render calls through, it does not reconfigure the chat); the methods forward to the mounted
 * element, and warn and return undefined when none is mounted.
 */
export function useChatKit(all: UseChatKitOptions): UseChatKitReturn {
  const ref = React.useRef<ChatWidgetsElement | null>(null);
  const stable = React.useRef<StableOptions | null>(null);
  stable.current ??= new StableOptions();
  const { options, handlers } = splitHandlers(all);
  const stableOptions = stable.current.update(options);
  const handlersRef = React.useRef(handlers);
  handlersRef.current = handlers;
  const control = React.useMemo<ChatKitControl>(
    () => ({
      options: stableOptions,
      get handlers() {
        return handlersRef.current;
      },
      setInstance(instance) {
        ref.current = instance;
      },
    }),
    [stableOptions],
  );
  const methods = React.useMemo(() => {
    const call =
      (name: (typeof METHODS)[number]) =>
      (...args: unknown[]): unknown => {
        const element = ref.current;
        if (!element) {
          console.warn('ChatKit element is not mounted');
          return undefined;
        }
        return (element[name] as (...a: unknown[]) => unknown).apply(element, args);
      };
    return Object.fromEntries(METHODS.map((name) => [name, call(name)])) as unknown as Omit<
      UseChatKitReturn,
      'control' | 'ref'
    >;
  }, []);
  return { control, ref, ...methods };
}

/** `<ChatKit>`'s props: the control from `useChatKit`, and HTML props for the element. */
export type ChatKitProps = { control: ChatKitControl } & Omit<
  React.HTMLAttributes<HTMLElement>,
  'children'
>;

/**
 * `<chat-widgets>` driven by a {@link useChatKit} control, as `@openai/chatkit-react`'s `<ChatKit>`:
 * the options are set in a layout effect (once the element is defined), each handler listens to
 * its `chatkit.*` event.
 */
export const ChatKit = React.forwardRef<ChatWidgetsElement, ChatKitProps>(function ChatKit(
  { control, ...htmlProps },
  forwarded,
) {
  const [element, setElement] = React.useState<ChatWidgetsElement | null>(null);
  const setRef = React.useCallback(
    (instance: ChatWidgetsElement | null) => {
      setElement(instance);
      control.setInstance(instance);
      if (typeof forwarded === 'function') forwarded(instance);
      else if (forwarded) forwarded.current = instance;
    },
    [control, forwarded],
  );
  React.useLayoutEffect(() => {
    if (!element) return;
    let live = true;
    const apply = () => {
      if (live) element.setOptions(control.options);
    };
    if (customElements.get('chat-widgets')) apply();
    else void customElements.whenDefined('chat-widgets').then(apply);
    return () => void (live = false);
  }, [element, control.options]);
  React.useEffect(() => {
    if (!element) return;
    const abort = new AbortController();
    for (const [prop, type] of Object.entries(CHATKIT_HANDLERS)) {
      element.addEventListener(
        type,
        (event) => {
          const handler = (control.handlers as Record<string, ((d?: unknown) => void) | undefined>)[
            prop
          ];
          if (typeof handler !== 'function') return;
          const { detail } = event as CustomEvent<unknown>;
          if (detail === null || detail === undefined) handler();
          else handler(detail);
        },
        { signal: abort.signal },
      );
    }
    return () => abort.abort();
  }, [element, control]);
  return React.createElement('chat-widgets', { ...htmlProps, ref: setRef });
});
