import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * What each folder of src/ may import besides itself. Every folder only imports folders listed before
 * it, so no feature folder imports src/app and no two folders import each other (no cycles between
 * folders). src/model imports no other folder and nothing from React, the router or framer-motion;
 * framer-motion is imported only in src/diagram (other views use what it exports, e.g. DiagramMotion).
 */
const FOLDER_IMPORTS = {
  model: [],
  lib: ['model'],
  diagram: ['model', 'lib'],
  explorers: ['model', 'lib', 'diagram'],
  machine: ['model', 'lib', 'diagram'],
  quiz: ['model', 'lib', 'diagram'],
  lesson: ['model', 'lib', 'diagram', 'explorers', 'machine', 'quiz'],
  app: ['model', 'lib', 'diagram', 'explorers', 'machine', 'quiz', 'lesson'],
};

const MOTION = ['framer-motion', 'framer-motion/*', 'motion', 'motion/*'];
const VIEW_LIBRARIES = ['react', 'react-*', 'react/*', 'react-router', ...MOTION];

function folderBoundaries() {
  const folders = Object.keys(FOLDER_IMPORTS);
  return folders.flatMap((folder) =>
    [1, 2, 3].map((depth) => {
      const up = '../'.repeat(depth);
      const banned = folders.filter((f) => f !== folder && !FOLDER_IMPORTS[folder].includes(f));
      const patterns = [];
      if (banned.length > 0)
        patterns.push({
          group: banned.flatMap((f) => [`${up}${f}`, `${up}${f}/*`]),
          message: `src/${folder} may import only from ${FOLDER_IMPORTS[folder].map((f) => `src/${f}`).join(', ') || 'itself'} (see FOLDER_IMPORTS in eslint.config.js).`,
        });
      if (folder === 'model') patterns.push({ group: VIEW_LIBRARIES, message: 'src/model must not depend on views.' });
      else if (folder !== 'diagram')
        patterns.push({
          group: MOTION,
          message: 'framer-motion is used only in src/diagram; import DiagramMotion or a diagram component instead.',
        });
      return {
        files: [`src/${folder}/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
        rules: { 'no-restricted-imports': ['error', { patterns }] },
      };
    }),
  );
}

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
  // Folder boundaries (house style: model → views → app, never back), one block per folder and depth.
  ...folderBoundaries(),
  {
    // The model is plain TypeScript: no DOM globals either.
    files: ['src/model/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'] },
  },
  {
    files: ['scripts/**/*.{js,mjs,ts}', '*.config.{js,ts}', 'tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
