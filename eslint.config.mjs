// Lint rules, including the layer rule (scripts/eslint-layers.mjs): each folder of src/ imports
// only the folders and packages on its allow-list, and the pure layers (util, protocol, state) hold
// no DOM code, so the wire and state code runs anywhere.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import { DOM_GLOBALS, LAYERS, layersPlugin } from './scripts/eslint-layers.mjs';

const PURE_LAYERS = Object.entries(LAYERS)
  .filter(([, rule]) => rule.pure)
  .map(([name]) => `src/${name}/**/*.ts`);

export default tseslint.config(
  {
    ignores: [
      'dist/',
      // Scratch (ignored by git; the bench's short run writes its JSON there).
      'tmp/',
      'node_modules/',
      '.venv/',
      '.venv-oldest/',
      'coverage/',
      'custom-elements.json',
    ],
  },
  // The framework demos are projects of their own (their own package.json, lock and compiler):
  // each build type-checks them strictly (vue-tsc, tsc, Angular's compiler with strict templates),
  // and `npm test` builds them (scripts/framework-demos.mjs).
  { ignores: ['demo/vue/', 'demo/react/', 'demo/angular/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.mjs', 'scripts/*.mjs', 'test/conformance/*.mjs', 'demo/*.mjs'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { lit, wc },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      // Lit binds event listeners in templates to the host (`@click=${this.handleClick}`).
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['src/**/*.ts', 'demo/backend/**/*.ts'],
    // Tests beside their sources (src/widgets/components/*/*.test.ts) import test tools freely.
    ignores: ['**/*.test.ts'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/allowed-imports': 'error' },
  },
  {
    files: PURE_LAYERS,
    rules: {
      'no-restricted-globals': [
        'error',
        ...DOM_GLOBALS.map((name) => ({
          name,
          message: 'util/, protocol/ and state/ hold no DOM code.',
        })),
      ],
    },
  },
  {
    files: ['**/*.mjs', 'test/**/*.ts', 'src/**/*.test.ts'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['test/**/*.ts', 'src/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      'no-restricted-imports': [
        'error',
        {
          name: '@open-wc/testing',
          importNames: ['waitUntil'],
          message: "Use test/helpers/wait.ts's waitUntil (it polls every 10 ms, not 50).",
        },
      ],
    },
  },
);
