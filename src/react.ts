/**
 * `chat-widgets/react`: `<ChatWidgets>` as a React component, for React 18 and earlier, which set
 * attributes instead of properties on custom elements and cannot bind their events. Made with
 * `@lit/react`'s `createComponent`: props that are properties of the element (`options`,
 * `apiUrl`, `theme`, …) are set as properties; `onCwResponseEnd` and the other `onCw…` props
 * listen to the element's `cw-…` events; a `ref` is the element (`ref.current.sendUserMessage`).
 * React 19 renders `<chat-widgets>` itself (see the README); this wrapper works there too.
 *
 * It registers the elements (it imports `chat-widgets/define`).
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { EventName } from '@lit/react';

import './define.js';
import { ChatWidgets as ChatWidgetsElement } from './element/chat-widgets.js';
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
