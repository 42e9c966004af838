import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The engine must run identically in Node, a browser tab and a Web Worker, and give the
// same numbers for the same seed: no DOM, no React, no timers, no clocks, no Math.random.
const enginePurity = {
  files: ['src/engine/**/*.ts'],
  ignores: ['src/engine/**/*.test.ts'],
  rules: {
    'no-restricted-globals': [
      'error',
      ...[
        'window',
        'document',
        'navigator',
        'location',
        'localStorage',
        'sessionStorage',
        'setTimeout',
        'setInterval',
        'setImmediate',
        'clearTimeout',
        'clearInterval',
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'queueMicrotask',
        'performance',
        'Date',
        'fetch',
        'self',
        'globalThis',
        'process',
      ].map((name) => ({
        name,
        message: `The engine is pure: no ${name} (see src/engine/README.md).`,
      })),
    ],
    'no-restricted-properties': [
      'error',
      { object: 'Math', property: 'random', message: 'Use a seeded stream from engine/core/rng.' },
      { object: 'Date', property: 'now', message: 'The engine has only virtual time.' },
      { object: 'performance', property: 'now', message: 'The engine has only virtual time.' },
    ],
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['react', 'react-*', 'react/*'], message: 'The engine knows nothing of React.' },
          {
            group: ['**/player/**', '**/ui/**', '**/app/**', '**/scenarios/**', '**/cli/**'],
            message: 'The engine imports only itself.',
          },
          { group: ['node:*', 'fs', 'path', 'os'], message: 'The engine runs in browsers too.' },
        ],
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'coverage',
      'node_modules',
      '.reports',
      'test-results',
      'test-results-*',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  enginePurity,
);
