/** The single-file build for a plain `<script type="module">`: registers the elements, exports the API. */
import './define.js';

export * from './index.js';
