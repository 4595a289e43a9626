import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/chromium.mjs';

// End-to-end specs: the built renderer against the real localhost host, each test on its own
// fresh data folder (see tests/e2e/fixtures.ts), in Debian's Chromium.
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  // On CI a test that fails is run once more and, if it passes then, reported as flaky (counted, named in the
  // report), so one run under load does not hide a whole change; a test that fails twice fails the run.
  retries: process.env.CI ? 1 : 0,
  grepInvert: process.env.KAKEHASHI_SCREENSHOTS ? undefined : /@screenshots/,
  grep: process.env.KAKEHASHI_SCREENSHOTS ? /@screenshots/ : undefined,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    viewport: { width: 1280, height: 800 },
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    trace: 'retain-on-failure',
  },
});
