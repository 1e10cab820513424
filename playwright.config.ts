import { defineConfig } from '@playwright/test';

// Browser-mode end-to-end tests in Debian's Chromium (Playwright cannot download its own here).
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
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
