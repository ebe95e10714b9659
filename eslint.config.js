import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { loopsidePlugin } from './eslint-rules/kebab-case-file-names.js';

// What lib/ never imports, anywhere in it.
const libPurity = [
  {
    group: ['react', 'react-dom', 'react/*', 'dexie-react-hooks'],
    message: 'lib/ stays free of React.',
  },
  {
    group: ['**/components/**', '**/entrypoints/**'],
    message: 'Imports flow lib → components → entrypoints.',
  },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { loopside: loopsidePlugin },
    rules: { 'loopside/kebab-case-file-names': 'error' },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Text from web pages and imported files must never reach the DOM as HTML.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[property.name='innerHTML'][parent.type='AssignmentExpression']",
          message: 'Do not assign innerHTML; render text through React or textContent.',
        },
        {
          selector:
            "MemberExpression[property.name='outerHTML'][parent.type='AssignmentExpression']",
          message: 'Do not assign outerHTML.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Do not insert HTML strings.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'dangerouslySetInnerHTML is banned: render text instead.',
        },
        // One import style: relative imports name the module, never its .ts/.tsx file.
        {
          selector: 'ImportDeclaration[source.value=/^\\.{1,2}\\/.*\\.tsx?$/]',
          message: "Import './x', not './x.ts': one import style across the project.",
        },
        {
          selector: 'ExportNamedDeclaration[source.value=/^\\.{1,2}\\/.*\\.tsx?$/]',
          message: "Export from './x', not './x.ts': one import style across the project.",
        },
      ],
      // Types come in as `import type` (or inline `type`), the same way everywhere.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [...libPurity],
        },
      ],
    },
  },
  {
    // Browser extension APIs only in lib/browser: the rest of lib/ is pure and unit-testable.
    files: ['lib/**/*.ts'],
    ignores: ['lib/browser/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...libPurity,
            {
              group: [
                'wxt/browser',
                'wxt/browser/*',
                'wxt/utils/*',
                '@wxt-dev/browser',
                'webextension-polyfill',
              ],
              message: 'Browser extension APIs belong in lib/browser; keep the rest of lib/ pure.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'Extension APIs belong in lib/browser.' },
        { name: 'chrome', message: 'Extension APIs belong in lib/browser.' },
      ],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/entrypoints/**'],
              message: 'Imports flow lib → components → entrypoints.',
            },
          ],
        },
      ],
    },
  },
  {
    // Views get data and browser access through hooks only.
    files: ['components/**/*.{ts,tsx}'],
    ignores: ['components/hooks/**', 'components/boot/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/entrypoints/**'],
              message: 'Imports flow lib → components → entrypoints.',
            },
            {
              group: [
                '**/lib/db/*',
                '**/lib/browser/*',
                'dexie',
                'dexie-react-hooks',
                'wxt/browser',
              ],
              allowTypeImports: true,
              message:
                'Views reach the database and browser APIs through hooks in components/hooks.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', 'tests/e2e/**/*.{js,mjs,ts}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
