/**
 * The classic build's entry (dist/cdn/chat-widgets.iife.js): one file, nothing lazy, so every
 * element is defined as the script runs (a classic script has no module URL to load chunks from).
 */
import './define.js';
import { CwMentionMenu } from './composer/mention-menu.js';
import { CwToolPicker } from './composer/tool-picker.js';
import { CwHistory } from './element/history-panel.js';
import { CwExtraItem, CwMessageActions, CwNotice } from './element/item-extras.js';
import { CwStructuredInput } from './element/structured-input.js';
import { CwWorkflow } from './element/workflow-item.js';
import { defineElement } from './internal/define-element.js';
import { CwMarkdown } from './markdown/markdown-view.js';
import { CwWidget } from './widgets/widget-view.js';

defineElement('cw-markdown', CwMarkdown);
defineElement('cw-widget', CwWidget);
defineElement('cw-history', CwHistory);
defineElement('cw-structured-input', CwStructuredInput);
defineElement('cw-mention-menu', CwMentionMenu);
defineElement('cw-tool-picker', CwToolPicker);
defineElement('cw-workflow', CwWorkflow);
defineElement('cw-message-actions', CwMessageActions);
defineElement('cw-extra-item', CwExtraItem);
defineElement('cw-notice', CwNotice);
