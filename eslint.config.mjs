// Lint rules, including the layer rule: src/protocol and src/state are pure TypeScript (no Lit, no
// DOM, nothing from the element layers), so the wire and state code runs anywhere.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'customElements',
  'HTMLElement',
  'localStorage',
  'sessionStorage',
  'location',
  'CustomEvent',
  'Element',
  'Node',
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.venv/', 'coverage/', 'custom-elements.json'] },
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
    files: ['src/protocol/**/*.ts', 'src/state/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['lit', 'lit/*', '@lit/*'],
              message: 'protocol/ and state/ hold no Lit code.',
            },
            {
              group: ['**/element/**', '**/widgets/**', '**/composer/**', '**/entities/**'],
              message: 'Layers depend downward only.',
            },
            { group: ['**/test/**'], message: 'Nothing imports from test/.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...DOM_GLOBALS.map((name) => ({ name, message: 'protocol/ and state/ hold no DOM code.' })),
      ],
    },
  },
  {
    files: ['src/protocol/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/state/**', 'lit', 'lit/*', '@lit/*', '**/element/**', '**/widgets/**'],
              message: 'protocol/ is the bottom layer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/composer/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/element/**'],
              message: 'composer/ sits below element/: it takes what it needs as properties.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', 'test/**/*.ts'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
