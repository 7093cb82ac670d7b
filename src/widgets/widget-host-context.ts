import { createContext } from '@lit/context';

import type { WidgetHost } from './widget-host.js';

/**
 * The widget host, provided by `<chat-widgets>` to every `<cw-widget>` inside it. A module of its
 * own: the chat's first load needs the key, not the widget host's helpers.
 */
export const widgetHostContext = createContext<WidgetHost | undefined>(Symbol('cw.widgetHost'));
