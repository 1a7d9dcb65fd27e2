import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

/**
 * Two projects share the app's Vite config (MDX, React, the `virtual:course` plugin):
 * `unit` runs the plain-TypeScript model and build scripts in node, `component` renders views in jsdom.
 */
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            include: ['tests/unit/**/*.test.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'component',
            environment: 'jsdom',
            include: ['tests/component/**/*.test.tsx'],
            setupFiles: ['tests/component/setup.ts'],
          },
        },
      ],
    },
  }),
);
