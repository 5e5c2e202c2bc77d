import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { dirname, relative, resolve } from 'node:path';
import layers from './scripts/eslint-import-layers.js';

/** Layers import downward only; 'electron' stays inside the shell and the preload. */
const noElectron = {
  paths: [
    { name: 'electron', message: "Only src/main/electron and src/preload may import 'electron'." },
  ],
};

/**
 * The renderer's layers. A feature (src/renderer/src/features/NAME) imports only its own
 * folder, the kit (ui, app-state, api, i18n, styles) and src/shared; the kit imports no
 * feature; only app/, the composition, brings features together.
 */
const RENDERER = 'src/renderer/src/';
const KIT = ['ui', 'app-state', 'api', 'i18n', 'styles'];

function rendererPlace(path) {
  if (path.startsWith('src/shared/')) return 'shared';
  if (!path.startsWith(RENDERER)) return 'outside';
  const [top, name] = path.slice(RENDERER.length).split('/');
  if (top === 'features') return name ? `feature:${name}` : 'app';
  return KIT.includes(top) ? 'kit' : 'app';
}

const rendererLayers = {
  rules: {
    'renderer-layers': {
      meta: {
        type: 'problem',
        docs: { description: 'A feature imports only its folder, the kit and shared code' },
        schema: [],
      },
      create(context) {
        const root = import.meta.dirname;
        const file = relative(root, context.filename).replace(/\\/g, '/');
        const from = rendererPlace(file);
        if (from === 'app' || from === 'outside') return {};
        function check(node, source) {
          if (typeof source !== 'string' || !source.startsWith('.')) return;
          const target = relative(root, resolve(dirname(context.filename), source)).replace(
            /\\/g,
            '/',
          );
          const to = rendererPlace(target);
          if (to === 'kit' || to === 'shared' || to === from) return;
          const message =
            from === 'kit'
              ? `the kit (${KIT.join(', ')}) imports no feature and not the app: not ${target}`
              : `a feature imports only its own folder, the kit (${KIT.join(', ')}) and src/shared: not ${target}`;
          context.report({ node, message });
        }
        const fromSource = (node) => node.source && check(node.source, node.source.value);
        return {
          ImportDeclaration: fromSource,
          ExportNamedDeclaration: fromSource,
          ExportAllDeclaration: fromSource,
          ImportExpression: (node) =>
            node.source.type === 'Literal' && check(node, node.source.value),
        };
      },
    },
  },
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
    plugins: { 'react-hooks': reactHooks, renderer: rendererLayers },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'renderer/renderer-layers': 'error',
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
