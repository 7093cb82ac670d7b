/**
 * Side-effect entry: registers every element of chat-widgets (`<cw-chart>` is registered by the
 * Chart component's chunk, which loads the first time a widget holds a Chart).
 */
import { ChatWidgets } from './element/chat-widgets.js';
import { CwComposer } from './composer/composer.js';
import { CwMentionMenu } from './composer/mention-menu.js';
import { CwToolPicker } from './composer/tool-picker.js';
import { CwHistory } from './element/history-panel.js';
import { CwStructuredInput } from './element/structured-input.js';
import { CwThread } from './element/thread.js';
import { defineElement } from './internal/define-element.js';
import { CwMarkdown } from './markdown/markdown-view.js';
import { CwWidget } from './widgets/widget-view.js';

defineElement('chat-widgets', ChatWidgets);
defineElement('cw-composer', CwComposer);
defineElement('cw-mention-menu', CwMentionMenu);
defineElement('cw-tool-picker', CwToolPicker);
defineElement('cw-history', CwHistory);
defineElement('cw-structured-input', CwStructuredInput);
defineElement('cw-thread', CwThread);
defineElement('cw-markdown', CwMarkdown);
defineElement('cw-widget', CwWidget);
