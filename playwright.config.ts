import { defineConfig, devices } from '@playwright/test';
import { browserPath, CHROMIUM_ARGS } from './scripts/browser';

/**
 * E2E_PORT lets two checkouts run their end-to-end tests at once (the sub-path build uses the next
 * port, the plain static host the one after).
 */
const PORT = Number(process.env.E2E_PORT ?? 4321);
const SUBPATH_PORT = PORT + 1;
const STATIC_HOST_PORT = PORT + 2;
export const SUBPATH = '/courses/virt/';

/** Which build the tests serve (default dist/, from `npm run build`). */
export const E2E_DIST = process.env.E2E_DIST ?? 'dist';

/** The sub-path build (`npx tsx scripts/build-subpath.ts`), served under SUBPATH. */
export const SUBPATH_DIST = 'dist-subpath';

const launchOptions = { executablePath: browserPath(), args: CHROMIUM_ARGS };

/** End-to-end tests against the built, prerendered site (run `npm run build` first). */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1400, height: 900 }, launchOptions },
      testIgnore: /subpath|mobile/,
    },
    { name: 'mobile', use: { ...devices['Pixel 7'], launchOptions }, testMatch: /mobile/ },
    {
      name: 'subpath',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}`, launchOptions },
      testMatch: /\/(subpath|links|crawl)\.spec\.ts$/,
    },
    {
      // A host that redirects /x to /x/ and drops the query, as GitHub Pages-like hosts can (scripts/static-host.ts).
      name: 'static-host',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${STATIC_HOST_PORT}`, launchOptions },
      testMatch: /\/links\.spec\.ts$/,
    },
  ],
  webServer: [
    {
      command: `node --import tsx scripts/serve.ts`,
      env: { PORT: String(PORT), SERVE_DIR: E2E_DIST },
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
    },
    {
      command: `node --import tsx scripts/serve.ts`,
      env: { PORT: String(SUBPATH_PORT), BASE_PATH: SUBPATH, SERVE_DIR: SUBPATH_DIST },
      url: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}`,
      reuseExistingServer: false,
    },
    {
      command: `node --import tsx scripts/static-host.ts`,
      env: { PORT: String(STATIC_HOST_PORT), SERVE_DIR: E2E_DIST },
      url: `http://127.0.0.1:${STATIC_HOST_PORT}/`,
      reuseExistingServer: false,
    },
  ],
});
