import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'playwright-report', 'test-results', 'bench-results', '.scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Content is rendered as React elements; raw HTML injection is never needed.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML injection.' },
        { selector: "MemberExpression[property.name='innerHTML']", message: 'No raw HTML injection.' },
        { selector: "CallExpression[callee.name='eval']", message: 'Never evaluate data.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/component/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Animation is the diagram's business: other views use what src/diagram exports (DiagramMotion).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/diagram/**', 'src/model/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['framer-motion', 'framer-motion/*', 'motion', 'motion/*'],
              message:
                'framer-motion is used only in src/diagram; import DiagramMotion or a diagram component instead.',
            },
          ],
        },
      ],
    },
  },
  {
    // The model is plain TypeScript: no React, no DOM, no animation library, no browser adapters.
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', 'framer-motion', 'motion', 'react-router'],
              message: 'src/model must not depend on views.',
            },
            {
              group: ['../app/*', '../lesson/*', '../diagram/*', '../quiz/*', '../lib/*', '../../*/'],
              message: 'src/model must not import from outside src/model.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs,ts}', '*.config.{js,ts}', 'tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
