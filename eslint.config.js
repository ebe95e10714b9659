import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
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
      ],
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'dexie-react-hooks'],
              message: 'lib/ stays free of React.',
            },
            {
              group: ['**/components/**', '**/entrypoints/**'],
              message: 'Imports flow lib → components → entrypoints.',
            },
          ],
        },
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
