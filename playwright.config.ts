import { defineConfig } from '@playwright/test';

// The test switch for the key stretching of handover codes (docs/sync-format.md): packages made
// and opened by these tests (in this process, by the command line and by an unpackaged app)
// use the test-only lower cost. A packaged app never honours it.
process.env.PRECINCT_DESK_TEST_KDF = '1';

// The suite drives the built app (npm run build first): under Electron where its binary is
// installed, else through the Chromium host (Debian's /usr/bin/chromium or CHROMIUM_PATH).
export default defineConfig({
  testDir: 'tests/e2e',
  // A whole scenario per test (setup, PIN hashing, every screen of an area): the longest take
  // about 45 s on a 2-core machine running two at once. The limit catches a hang; it is not a
  // speed check, so it leaves room for a slower or busier runner.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
