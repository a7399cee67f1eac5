import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { importWalls } from './scripts/lint/import-walls.js'

// The layers of ARCHITECTURE.md, enforced: a wrong import fails lint with a message naming the fix.
const noNode = ['electron', 'node:*', 'fs', 'path', 'child_process', 'os']
const upperLayers = ['**/main/**', '**/renderer/**', '**/preload/**']

// The packages src/shared may use: pure libraries that run alike in main, renderer and tests. An
// allow-list, because a deny-list misses the next UI or Node package (react-router, i18next...).
const sharedPackages = [
  'zod',
  'date-fns',
  'docx',
  'fflate',
  'papaparse',
  'qrcode',
  'read-excel-file/universal',
  'write-excel-file/universal',
]
const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
// Any bare specifier that is neither @shared/… nor on the list (relative paths are checked below).
const notSharedPackage = `^(?!(?:${sharedPackages.map(escapeRegex).join('|')})$)(?!@shared/)[^.]`
const sharedMessage =
  'src/shared is the pure domain: it imports only the packages listed in eslint.config.js (sharedPackages). Move this code to main, preload or renderer, or add a pure package to the list.'

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'out',
      'dist',
      'dist-web',
      '.web-build*',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: notSharedPackage, message: sharedMessage },
            { group: upperLayers, message: sharedMessage },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, mufakat: importWalls },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'mufakat/import-walls': 'error',
      // This rule guards the React Compiler's memoisation; the app does not use the compiler.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: noNode,
              message: 'The renderer reaches Node and Electron only through renderer/platform.',
            },
            {
              group: ['dexie', 'dexie-react-hooks'],
              message:
                'Only renderer/db touches Dexie: use a repository, or useLiveQuery, from @renderer/db.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'window',
          property: 'mufakat',
          message: 'Only renderer/platform touches the preload API: use usePlatform().',
        },
      ],
    },
  },
  {
    files: ['src/renderer/src/db/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: noNode, message: 'The renderer has no Node.' }] },
      ],
    },
  },
  {
    files: ['src/renderer/src/platform/**/*.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['src/main/**/*.ts', 'src/preload/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', '@renderer/*', 'react', 'dexie'],
              message: 'The Electron shell stays thin: it imports only src/shared.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs,cjs,ts}', 'tests/**/*.{ts,tsx}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off' },
  },
)
