// Flat ESLint config (ESLint 9). Syntax-level rules only (no type-aware linting: `npm run typecheck` covers
// types), so `npm run lint` stays fast on small (2-core) CI runners.
import js from '@eslint/js';
import {defineConfig, globalIgnores} from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Import boundaries in app/ (typescript-eslint's no-restricted-imports, which can tell type-only imports
// apart). A later block for the same files replaces the rule's options, so each block lists every pattern
// that applies to its folder.
const NO_EMULATOR = {group: ['**/emulator', '**/emulator/**'], message: 'app/ must never import emulator/.'};
const NO_ROUTES = {
  group: ['~/routes', '~/routes/**', '**/routes/**'],
  message: 'Import direction is routes → components → lib → graphql: only routes import routes.',
};
// The root route is a route too. The one exception is Remix's own way to read root data from a component,
// `useRouteLoaderData<RootLoader>('root')`: a type-only import, erased from the bundle.
const NO_ROOT = {
  group: ['~/root', '**/root'],
  allowTypeImports: true,
  message: 'Import direction is routes → components → lib → graphql: only `import type` from the root route.',
};
const NO_COMPONENTS = {
  group: ['~/components', '~/components/**', '**/components/**'],
  message:
    'Import direction is routes → components → lib → graphql: lib/ and graphql/ never import components/ (move shared copy or types into lib/<domain>/).',
};
const NO_LIB = {
  group: ['~/lib', '~/lib/**', '**/lib/**'],
  message: 'Import direction is routes → components → lib → graphql: graphql/ holds documents only.',
};

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
      '@typescript-eslint/no-restricted-imports': ['error', {patterns: [NO_EMULATOR]}],
      // The size a reader sees, blank lines and comments included.
      'max-lines': ['error', {max: 300, skipBlankLines: false, skipComments: false}],
    },
  },
  {
    // A route reads as one page's story: loader, meta, component, its own documents.
    files: ['app/routes/**/*.{ts,tsx}'],
    rules: {'max-lines': ['error', {max: 200, skipBlankLines: false, skipComments: false}]},
  },
  // Import direction inside app/: routes → components → lib → graphql. A layer imports only from the
  // layers after it, so UI never leaks into data code and a data module never depends on a page.
  {
    files: ['app/components/**/*.{ts,tsx}'],
    rules: {'@typescript-eslint/no-restricted-imports': ['error', {patterns: [NO_EMULATOR, NO_ROUTES, NO_ROOT]}]},
  },
  {
    files: ['app/lib/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {patterns: [NO_EMULATOR, NO_ROUTES, NO_ROOT, NO_COMPONENTS]},
      ],
    },
  },
  {
    files: ['app/graphql/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {patterns: [NO_EMULATOR, NO_ROUTES, NO_ROOT, NO_COMPONENTS, NO_LIB]},
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
