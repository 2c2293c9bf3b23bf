// Flat ESLint config (ESLint 9). Syntax-level rules only (no type-aware linting: `npm run typecheck` covers
// types), so `npm run lint` stays fast on small (2-core) CI runners.
import js from '@eslint/js';
import {defineConfig, globalIgnores} from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    '**/node_modules/',
    'dist/',
    'build/',
    '.cache/',
    '.shopify/',
    '.mf/',
    'public/build/',
    'test-results/',
    'playwright-report/',
    'tests/.artifacts/',
    'emulator/.data/',
    '**/*.generated.d.ts',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      parserOptions: {ecmaFeatures: {jsx: true}},
    },
    linterOptions: {reportUnusedDisableDirectives: 'error'},
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true},
      ],
      // `interface AppLoadContext extends X {}` is how Remix/Hydrogen context types are augmented.
      '@typescript-eslint/no-empty-object-type': ['error', {allowInterfaces: 'with-single-extends'}],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    // The storefront: runs in the browser and in the Oxygen worker.
    files: ['app/**/*.{ts,tsx}'],
    plugins: {'react-hooks': reactHooks},
    languageOptions: {globals: {...globals.browser, ...globals.serviceworker}},
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {patterns: [{group: ['**/emulator', '**/emulator/**'], message: 'app/ must never import emulator/.'}]},
      ],
    },
  },
  {
    files: ['server.ts'],
    languageOptions: {globals: {...globals.serviceworker}},
  },
  {
    // The Storefront API emulator: a Node server that knows nothing about the app.
    files: ['emulator/**/*.{ts,tsx,js,mjs}'],
    languageOptions: {globals: {...globals.node}},
    rules: {
      'no-restricted-imports': [
        'error',
        {patterns: [{group: ['~/*', '**/app', '**/app/**'], message: 'emulator/ must never import app/.'}]},
      ],
    },
  },
  {
    files: ['scripts/**', 'tests/**', '*.{js,mjs,cjs,ts}', '.*.{js,mjs,cjs,ts}'],
    languageOptions: {globals: {...globals.node}},
  },
]);
