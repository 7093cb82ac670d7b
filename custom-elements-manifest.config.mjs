// custom-elements.json is generated from the element modules' JSDoc, committed, and checked for
// staleness by `npm run analyze:check` (part of `npm test`). Only modules that define elements are
// read; the modules are sorted by path so the output does not depend on file system order.
export default {
  globs: [
    'src/element/*.ts',
    'src/composer/composer.ts',
    'src/composer/mention-menu.ts',
    'src/composer/tool-picker.ts',
    'src/markdown/markdown-view.ts',
    'src/widgets/widget-view.ts',
    'src/widgets/components/chart/chart-element.ts',
  ],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
    {
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
