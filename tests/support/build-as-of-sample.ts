/**
 * Playwright's global setup for the site's tests: the build under test must have been made as of
 * the sample's now (SITE_NOW, `npm run build:test`), the moment the browser is pinned to. A build
 * made with the real clock would show other fairs as upcoming and fail tests in confusing ways.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {BuildInfo} from '../../site/integrations/build-clock'
import {BUILD_INFO_FILE} from '../../site/integrations/build-clock'
import {sampleNow, SAMPLE_NOW} from './clock'

export default function checkBuildClock(): void {
  const dist = path.resolve(process.env.E2E_DIST ?? 'dist')
  const file = path.join(dist, BUILD_INFO_FILE)
  let info: BuildInfo
  try {
    info = JSON.parse(readFileSync(file, 'utf8')) as BuildInfo
  } catch (error) {
    throw new Error(`No build to test: ${file} cannot be read (${(error as Error).message}). Run \`npm run build:test\` first.`)
  }
  if (info.asOf !== sampleNow().toISOString()) {
    throw new Error(
      `${dist} was built as of ${info.asOf}${info.pinned ? '' : ' (the real clock)'}, but the tests browse it at the sample dataset's now, ${SAMPLE_NOW}. Build it with \`npm run build:test\` (SITE_NOW=${SAMPLE_NOW}).`,
    )
  }
}
