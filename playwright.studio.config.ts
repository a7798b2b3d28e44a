import {existsSync} from 'node:fs'
import {defineConfig, devices} from '@playwright/test'
import {SAMPLE_NOW} from './tests/support/clock'

/**
 * The Studio smoke test: the built Studio in Chromium, talking to a local double of Sanity's API
 * (tests/support/sanity-api-double.ts) instead of api.sanity.io.
 *
 *   npx playwright test -c playwright.studio.config.ts
 */
const STUDIO_PORT = Number(process.env.STUDIO_E2E_PORT ?? 4398)
const API_PORT = Number(process.env.STUDIO_E2E_API_PORT ?? 4397)
const PROJECT_ID = 'ocophanoi'
const DATASET = 'production'
/** Another folder (with other ports) lets a second Studio test run beside this one. */
const STUDIO_BUILD = process.env.STUDIO_E2E_BUILD ?? 'test-results/studio-build'

/** A system Chromium (CHROMIUM_PATH, else Debian's), or Playwright's own browser where it was installed. */
const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

export default defineConfig({
  testDir: 'tests/e2e-studio',
  outputDir: 'test-results/e2e-studio',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // One Studio at a time: two in parallel on a 2-core machine take as long in total, and each
  // then needs up to 20 s to open a document.
  workers: 1,
  timeout: 60_000,
  // Opening the Studio at a document takes about 7 s here, more on a busy machine.
  expect: {timeout: 30_000},
  reporter: process.env.CI ? [['dot']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${STUDIO_PORT}`,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    // The double serves HTTPS with a throwaway certificate (see startSanityApiDouble's `tls`).
    ignoreHTTPSErrors: true,
    // A trace of every test costs about a quarter of the suite's time (catalogue + security specs:
    // 2.3 min with, 1.8 min without); CI prints only the log, so it records none. Locally: kept on failure.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    screenshot: 'only-on-failure',
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
  webServer: [
    {
      // Its clock (GROQ's now(), for the dated lists) starts at the sample dataset's now, as the browser's does.
      command: `npx tsx tests/support/start-sanity-api-double.ts --tls --port ${API_PORT} --project-id ${PROJECT_ID} --dataset ${DATASET} --dataset-file content/data.ndjson --dataset-file tests/fixtures/studio-event-invalid-dates.ndjson --dataset-file tests/fixtures/studio-submissions.ndjson --now ${SAMPLE_NOW}`,
      url: `https://127.0.0.1:${API_PORT}/v2021-06-07/users/me`,
      ignoreHTTPSErrors: true,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      // The Studio calls https://<projectId>.localhost:<port>; browsers resolve *.localhost to this machine.
      command: `bash scripts/build-studio-for-tests.sh https://localhost:${API_PORT} ${STUDIO_BUILD} ${PROJECT_ID} ${DATASET} && cd studio && npx sanity preview ../${STUDIO_BUILD} --host 127.0.0.1 --port ${STUDIO_PORT}`,
      url: `http://127.0.0.1:${STUDIO_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
})
