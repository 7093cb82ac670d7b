// The CDN bundle only: src/cdn.ts → dist/cdn/chat-widgets.js, one self-contained, minified ES
// module that registers the elements when loaded by <script type="module" src=…>. The npm output
// is plain tsc (unbundled ESM + .d.ts), built by `npm run build` before this.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

export default {
  input: 'src/cdn.ts',
  output: {
    file: 'dist/cdn/chat-widgets.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ exportConditions: ['production', 'browser', 'import', 'default'] }),
    esbuild({ tsconfig: 'tsconfig.json', target: 'es2022' }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
