// custom-elements.json is generated from the element modules' JSDoc, committed, and checked for
// staleness by `npm run analyze:check` (part of `npm test`).
export default {
  globs: [
    'src/element/*.ts',
    'src/widgets/**/*.ts',
    'src/composer/*.ts',
    'src/entities/entity-chip.ts',
  ],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts', 'src/**/controllers/**', 'src/internal/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
