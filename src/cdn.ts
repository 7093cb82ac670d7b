/**
 * The module build for a plain `<script type="module">`: registers the elements, exports the API.
 *
 * It exports what the first load holds. The classes of the elements that load lazily (`CwMarkdown`,
 * `CwWidget`, `CwHistory`, `CwStructuredInput`, `CwMentionMenu`, `CwToolPicker`) are not exported: a static
 * export would pull their chunks into the first load. Once defined they are
 * `customElements.get('cw-widget')`… (`await customElements.whenDefined('cw-widget')`); the npm
 * entry (`chat-widgets`) exports them all.
 */
import './define.js';

export * from './first-load-exports.js';
