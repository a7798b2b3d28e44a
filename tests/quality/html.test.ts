/**
 * HTML validity of a built site with the W3C Nu HTML Checker (scripts/validate-html.ts), on one page
 * per template. Builds nothing: it reads SITE_DIST (default dist/) and is skipped, saying so, when
 * there is no build there.
 */
import {spawnSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'
import {formatMessages, validate} from '../../scripts/validate-html'
import {countByRoute, distFolder, htmlPages, isBuiltSite, onePerTemplate} from './site'

const dist = distFolder('SITE_DIST')
const built = isBuiltSite(dist)
const java = spawnSync('java', ['-version']).status === 0
if (!built) console.warn(`[quality] html: no built site in ${dist} (no index.html): skipped. Build one and set SITE_DIST to it.`)
else if (!java) console.warn('[quality] html: no `java` on PATH for the Nu HTML Checker: skipped.')

describe.skipIf(!built || !java)(`the HTML of the built site in ${dist}`, () => {
  it('is valid on one page of every template (Nu HTML Checker, errors only)', {timeout: 300_000}, () => {
    const pages = htmlPages(dist)
    const sample = onePerTemplate(pages)
    const counts = countByRoute(pages)
    console.log(`[quality] html: ${sample.length} templates, ${pages.length} pages:\n${sample.map((page) => `  ${page.route} (${counts.get(page.route)} pages): ${page.url}`).join('\n')}`)
    const messages = validate(
      dist,
      sample.map((page) => page.file),
    )
    if (messages.length > 0) console.error(formatMessages(messages, pages))
    expect(messages.length, `${messages.length} HTML error(s):\n${formatMessages(messages, pages)}`).toBe(0)
  })
})
