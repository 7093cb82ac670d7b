/**
 * Side-effect entry: registers every element of chat-widgets (`<cw-chart>` is registered by the
 * Chart component's chunk, which loads the first time a widget holds a Chart).
 */
import { ChatWidgets } from './element/chat-widgets.js';
import { defineInternalElements } from './element/internal-elements.js';
import { defineElement } from './internal/define-element.js';

defineElement('chat-widgets', ChatWidgets);
defineInternalElements();
