import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './src/main/chromium';

// Browser-mode end-to-end tests in Debian's Chromium (Playwright cannot download its own here).
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/scratch-dir.ts',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    trace: 'off',
  },
  projects: [
    { name: 'browser-mode', testIgnore: ['**/electron/**'] },
    { name: 'electron', testMatch: ['**/electron/**/*.spec.ts'] },
  ],
});
