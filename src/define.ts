/** Side-effect entry: registers every element of chat-widgets. */
import { ChatWidgets } from './element/chat-widgets.js';
import { defineInternalElements } from './element/internal-elements.js';
import { defineElement } from './internal/define-element.js';

defineElement('chat-widgets', ChatWidgets);
defineInternalElements();
