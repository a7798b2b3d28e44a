import {existsSync} from 'node:fs'
import {defineConfig, devices} from '@playwright/test'

const PORT = Number(process.env.E2E_PORT ?? 4399)

/** A system Chromium (CHROMIUM_PATH, else Debian's), or Playwright's own browser where it was installed. */
const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

export default defineConfig({
  testDir: 'tests/e2e',
  // The build must be made as of the moment the browser is pinned to (tests/support/clock.ts).
  globalSetup: './tests/support/build-as-of-sample.ts',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['dot']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    // A trace of every test costs about a quarter of the suite's time (catalogue + security specs:
    // 2.3 min with, 1.8 min without); CI prints only the log, so it records none. Locally: kept on failure.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
  ],
  // Serves the site that `npm run build:test` left in dist/; the tests never build it themselves.
  webServer: {
    // E2E_DIST serves another build folder than dist/.
    command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}${process.env.E2E_DIST ? ` --outDir ${process.env.E2E_DIST}` : ''}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
