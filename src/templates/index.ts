/**
 * `chat-widgets/templates`: build ChatKit widgets from Widget Builder `.widget` files, in browsers
 * and in Node, with no server and no `eval` (see README, "Widget templates"). Not part of the
 * core bundle: import it only where `.widget` files are used.
 */
export {
  WidgetTemplate,
  WidgetTemplateError,
  buildWidget,
  decodeEncodedWidget,
  loadWidgetFile,
} from './widget-file.js';
export type { BuildOptions, WidgetFileDefinition, WidgetTemplateErrorKind } from './widget-file.js';
export type { BuiltWidgetComponent, BuiltWidgetRoot } from './normalize.js';
export type { SchemaIssue } from './schema.js';
export { SUPPORTED_FILTERS } from './locate.js';
