import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import layers from './scripts/eslint-import-layers.js';

/** Layers import downward only; 'electron' stays inside the shell and the preload. */
const noElectron = {
  paths: [
    { name: 'electron', message: "Only src/main/electron and src/preload may import 'electron'." },
  ],
};

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    // Kernel → feature, and a feature → another feature's internals, fail here.
    files: ['src/main/core/**/*.ts'],
    plugins: { layers },
    rules: { 'layers/import-layers': 'error' },
  },
  {
    files: ['src/main/core/**', 'src/main/cli/**', 'src/main/chromium-host/**', 'src/shared/**'],
    rules: { 'no-restricted-imports': ['error', noElectron] },
  },
  {
    files: ['src/main/core/**', 'src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...noElectron,
          patterns: [
            {
              group: ['**/renderer/**', '**/electron/**', '**/chromium-host/**', '**/cli/**'],
              message: 'The core and shared code import nothing above them.',
            },
            {
              group: ['playwright-core', '@playwright/*'],
              message: 'The core runs without a browser.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          ...noElectron,
          patterns: [
            {
              group: ['**/main/**', 'node:*'],
              message: 'The renderer talks to the core only through window.precinct.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'scripts/**',
      'tests/**',
      'src/main/cli/**',
      'src/main/chromium-host/index.ts',
      'src/main/bench/**',
    ],
    rules: { 'no-console': 'off' },
  },
);
