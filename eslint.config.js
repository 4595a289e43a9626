import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import featureCycles from './scripts/eslint-rules/feature-cycles.mjs';

// src-main never reaches into the renderer: what both sides need lives in src-shared.
const MAIN_NOT_RENDERER = { group: ['**/src-renderer/**'], message: 'src-main never imports the renderer: what both sides need lives in src-shared.' };

// A feature folder reaches another only through its index.ts, the part it offers the others.
const INDEX_ONLY = 'A feature imports another only through its index.ts (`../hosts`, never `../hosts/hosts.repo`); within a feature, import `./file`.';
const FEATURE_THROUGH_INDEX = [
  { regex: '^\\.\\./[^./][^/]*/(?!index(\\.ts)?$).+', message: INDEX_ONLY },
  { regex: '^(\\.\\./)+features/[^/]+/(?!index(\\.ts)?$).+', message: INDEX_ONLY },
];
// Code outside the feature folders (backend.ts, host/, shell/, db/, the benches, the handler map)
// reaches a feature the same way.
const OUTSIDE_INDEX_ONLY = 'Code outside a feature folder reaches it only through its index.ts (`./features/backups`, never `./features/backups/backups.service`).';
const OUTSIDE_THROUGH_INDEX = [{ regex: '^(\\./|(\\.\\./)+)features/[^/]+/(?!index(\\.ts)?$).+', message: OUTSIDE_INDEX_ONLY }];
const FEATURES_ROOT_THROUGH_INDEX = [{ regex: '^\\./[^./][^/]*/(?!index(\\.ts)?$).+', message: OUTSIDE_INDEX_ONLY }];

// A screen's write and what follows it (a flash, a saved file, going to the new record).
const WRITE_WITH_RUN =
  'Write with `mutation.run(input, { onSuccess, onError })` from useChannelMutation: TanStack drops the callbacks given to `mutate` when the component unmounts or writes again first.';
// The same follow-up written by hand on mutateAsync's promise: `run` is that, once, and never rejects.
const RUN_NOT_THEN =
  'Write `mutation.run(input, { onSuccess, onError })` instead of `mutateAsync(input).then(…)` / `.catch(…)`: run follows up from the same promise, and a failure is already `mutation.error`. Keep mutateAsync only where the value or the rejection is needed (a sequence that stops at the first failure).';

/** What no renderer file may import: the main process, and Node or Electron. */
const RENDERER_LAYERS = [
  { group: ['**/src-main/**'], message: 'The renderer reaches the main process only through @shared/contract.' },
  { group: ['electron', 'better-sqlite3', 'node:*'], message: 'The renderer runs in a sandbox without Node.' },
];

export default tseslint.config(
  { ignores: ['build/', 'dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/', '.stryker-tmp/', 'reports/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Layers import downward only: the renderer reaches the main process through the contract.
    files: ['src-renderer/**/*.{ts,tsx}'],
    ignores: ['src-renderer/test/**', 'src-renderer/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...RENDERER_LAYERS,
          ],
        },
      ],
    },
  },
  {
    // A screen reads with useChannel and writes with useChannelMutation (src-renderer/data): it never
    // calls the api itself, so no failed call can go unseen. The settings store applies the language
    // outside React, and the app reads the settings once before the screens; both through callOrThrow.
    files: ['src-renderer/features/**/*.{ts,tsx}', 'src-renderer/components/**/*.{ts,tsx}'],
    ignores: ['src-renderer/**/*.test.{ts,tsx}', 'src-renderer/features/settings/settings.store.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...RENDERER_LAYERS,
            { group: ['**/api'], message: 'Screens read with useChannel and write with useChannelMutation (src-renderer/data), never through the api.' },
          ],
        },
      ],
    },
  },
  {
    // A screen writes with `mutation.run(input, { onSuccess, onError })` (src-renderer/data/use-channel.ts), whose
    // follow-up runs from the write's own promise: TanStack drops the callbacks given to `mutate` when the component
    // unmounts, or writes again, before the answer — a flash after loading the sample data was lost that way.
    // Nor by hand on `mutateAsync(…).then(…)`: that is what run does; mutateAsync stays for a value or a rejection needed.
    files: ['src-renderer/features/**/*.{ts,tsx}', 'src-renderer/components/**/*.{ts,tsx}'],
    ignores: ['src-renderer/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='mutate']", message: WRITE_WITH_RUN },
        { selector: "VariableDeclarator > ObjectPattern > Property[key.name='mutate']", message: WRITE_WITH_RUN },
        { selector: "CallExpression[callee.property.name=/^(then|catch)$/][callee.object.callee.property.name='mutateAsync']", message: RUN_NOT_THEN },
      ],
    },
  },
  {
    // Domain and database code never know Electron; only the shell and the preload do.
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/main.ts', 'src-main/preload.ts', 'src-main/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only main.ts and preload.ts import electron at run time.', allowTypeImports: true }] },
      ],
    },
  },
  {
    files: ['src-main/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [MAIN_NOT_RENDERER, ...OUTSIDE_THROUGH_INDEX] }] },
  },
  {
    // The files at the root of features/ (the handler map, the context) are outside every folder too.
    files: ['src-main/features/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [MAIN_NOT_RENDERER, ...FEATURES_ROOT_THROUGH_INDEX] }] },
  },
  {
    // Feature folders: through index.ts only, type imports too, and never round in a cycle.
    files: ['src-main/features/*/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [MAIN_NOT_RENDERER, ...FEATURE_THROUGH_INDEX] }] },
  },
  {
    files: ['src-main/features/*/**/*.ts'],
    ignores: ['src-main/features/**/*.test.ts'],
    plugins: { kakehashi: { rules: { 'no-feature-cycles': featureCycles } } },
    rules: { 'kakehashi/no-feature-cycles': 'error' },
  },
  {
    // The shared layer is imported by both sides and imports neither.
    files: ['src-shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/src-main/**', '**/src-renderer/**', '@shared/*/**'], message: 'src-shared imports neither side (and itself only relatively).' },
            { group: ['electron', 'better-sqlite3', 'node:*', 'react', 'react-*'], message: 'src-shared runs on both sides: plain TypeScript, zod and Intl only.' },
          ],
        },
      ],
    },
  },
);
