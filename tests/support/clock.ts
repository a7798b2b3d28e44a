/**
 * One clock for the tests of the sample site: the build reads it from SITE_NOW (`npm run
 * build:test`), the browser from Playwright's clock (tests/e2e/fixtures.ts), and the tests compute
 * their expectations from it. Never from the machine's clock: the sample dataset's fairs and
 * trainings are dated around its "today", and the tests must pass on any day they run.
 */
import {DATASET_NOW} from '../../scripts/sample-dataset/today'

/** The sample dataset's "now", as SITE_NOW takes it: 10:00 in Hà Nội on 26/11/2026. */
export const SAMPLE_NOW = DATASET_NOW

/** The same moment as a Date (a new one each time: callers may change it). */
export const sampleNow = (): Date => new Date(SAMPLE_NOW)

/** A moment a number of whole years after the sample's now, same day and time. */
export function yearsAfterSample(years: number): string {
  const moment = sampleNow()
  moment.setUTCFullYear(moment.getUTCFullYear() + years)
  return moment.toISOString()
}
