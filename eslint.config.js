import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

// The layers of ARCHITECTURE.md, enforced: a wrong import fails lint with a message naming the fix.
const noNode = ['electron', 'node:*', 'fs', 'path', 'child_process', 'os']
const upperLayers = ['**/main/**', '**/renderer/**', '**/preload/**', '@renderer/*']

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
            {
              group: [
                ...noNode,
                'react',
                'react-dom',
                'dexie',
                'dexie-react-hooks',
                ...upperLayers,
              ],
              message:
                'src/shared is the pure domain: move this code to main, preload or renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
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
              group: ['dexie'],
              message: 'Only renderer/db touches Dexie: use a repository from @renderer/db.',
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
    files: ['src/renderer/src/db/**/*.ts'],
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
