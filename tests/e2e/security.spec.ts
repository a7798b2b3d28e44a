/**
 * The Content-Security-Policy as a browser applies it: every template of the built site (one page
 * each, from E2E_DIST, default dist/) carries a strict policy in its <meta>, loads in Chromium at
 * 360 px with nothing refused, and still works where it runs scripts (search, the catalogue's
 * filters, the registration form's checks). And the policy is not for show: markup injected into
 * a page can neither run a script nor style itself.
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {expect, test, type BrowserContext, type Page} from './fixtures'
import {addressOf, distFolder, htmlPages, isBuiltSite, onePerTemplate, REDIRECT_ROUTE} from '../quality/site'

const dist = distFolder('E2E_DIST')
const built = isBuiltSite(dist)
const sample = built ? onePerTemplate(htmlPages(dist)).filter((page) => page.route !== REDIRECT_ROUTE) : []

test.skip(!built, `No built site in ${dist} (no index.html): build one, or point E2E_DIST at one.`)
test.use({viewport: {width: 360, height: 780}})

/** Records every `securitypolicyviolation` the document raises, from its first byte. */
async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.defineProperty(window, '__violations', {value: seen})
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} refused ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`),
    )
  })
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as {__violations: string[]}).__violations)

test('the build writes _headers with the policy and the security headers a static host sends', () => {
  const headers = builtHeaders()
  expect(Object.keys(headers)).toEqual(
    expect.arrayContaining(['content-security-policy', 'strict-transport-security', 'x-content-type-options', 'referrer-policy', 'permissions-policy']),
  )
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(headers['content-security-policy']).not.toContain('unsafe-inline')
})

/** The headers the build's `_headers` file gives every address (`/*`), as Netlify or Cloudflare Pages send them. */
function builtHeaders(): Record<string, string> {
  const file = path.join(dist, '_headers')
  expect(existsSync(file), 'the build writes _headers').toBe(true)
  const headers: Record<string, string> = {}
  let all = false
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#') || !line.trim()) continue
    if (!line.startsWith(' ')) all = line.trim() === '/*'
    else if (all) {
      const colon = line.indexOf(':')
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
    }
  }
  return headers
}

/** Serves the site with those headers added to every response, as such a host would. */
async function sendBuiltHeaders(context: BrowserContext, headers: Record<string, string>): Promise<void> {
  await context.route(/^http:\/\/127\.0\.0\.1:\d+\//, async (route) => {
    // A policy applies to the document it comes with: the pages are what matter, the rest passes as it is.
    if (route.request().resourceType() !== 'document') return route.fallback()
    const response = await route.fetch()
    await route.fulfill({response, headers: {...response.headers(), ...headers}})
  })
}

/** The policy of the page, directive by directive. */
async function policyOf(page: Page): Promise<Map<string, string[]>> {
  const content = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')
  expect(content, 'the page carries a Content-Security-Policy').toBeTruthy()
  const directives = (content ?? '').split(';').map((part) => part.trim().split(/\s+/)).filter(([name]) => name)
  return new Map(directives.map(([name, ...sources]) => [name, sources]))
}

test.describe('Content-Security-Policy', () => {
  // One page per template, in two halves that run side by side: a test each would cost more in
  // browser contexts and traces than the pages themselves take to load.
  const halves = [sample.filter((_, index) => index % 2 === 0), sample.filter((_, index) => index % 2 === 1)]
  halves.forEach((entries, half) =>
    test(`templates ${half + 1}/2: a strict policy in the page and its headers, and nothing refused at 360 px`, async ({page, context}) => {
      test.setTimeout(120_000)
      const headers = builtHeaders()
      await sendBuiltHeaders(context, headers)
      await watchViolations(page)
      for (const entry of entries) {
        const response = await page.goto(addressOf(entry))
        expect.soft(response?.headers()['content-security-policy'], entry.route).toBe(headers['content-security-policy'])
        const policy = await policyOf(page)
        expect.soft(policy.get('default-src'), entry.route).toEqual(["'self'"])
        expect.soft(policy.get('object-src'), entry.route).toEqual(["'none'"])
        expect.soft(policy.get('base-uri'), entry.route).toEqual(["'self'"])
        expect.soft(policy.get('form-action')?.[0], entry.route).toBe("'self'")
        for (const directive of ['script-src', 'style-src']) {
          expect.soft(policy.get(directive), `${entry.route} ${directive}`).not.toContain("'unsafe-inline'")
          expect.soft(policy.get(directive), `${entry.route} ${directive}`).not.toContain("'unsafe-eval'")
        }
        expect.soft(policy.get('script-src')?.filter((source) => !source.startsWith("'sha256-")), entry.route).toEqual(["'self'", "'wasm-unsafe-eval'"])
        // Styles: the hashes of the page's own stylesheets, nothing else.
        expect.soft(policy.get('style-src')?.filter((source) => !source.startsWith("'sha256-")), entry.route).toEqual(["'report-sample'"])
        expect.soft(policy.get('style-src')?.length, entry.route).toBeGreaterThan(1)
        // Scroll through, so lazy images and anything that waits for the viewport load too.
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
        await page.waitForLoadState('networkidle')
        expect.soft(await violations(page), entry.route).toEqual([])
        // Styled: the stylesheet the policy let in laid the page out (the header is not an inline box).
        expect.soft(await page.locator('header').first().evaluate((el) => getComputedStyle(el).display), entry.route).not.toBe('inline')
      }
    }),
  )

  test('search works under the policy: its worker, its WebAssembly and its inline start', async ({page, context}) => {
    await sendBuiltHeaders(context, builtHeaders())
    await watchViolations(page)
    await page.goto('/tim-kiem/')
    await page.getByRole('searchbox', {name: /Tìm sản phẩm, chủ thể, làng nghề, địa điểm/}).fill('gom bat trang')
    await expect(page.locator('#search-results')).toHaveAttribute('data-query', 'gom bat trang')
    await expect(page.locator('#search-results')).not.toHaveAttribute('aria-busy', 'true')
    await expect(page.locator('#search-results .hit__title').first()).toBeVisible()
    // A query in the address: the inline script that sets the page up before it paints ran.
    await page.goto('/tim-kiem/?q=che')
    await expect(page.getByRole('searchbox', {name: /Tìm sản phẩm/})).toHaveValue('che')
    await expect(page.locator('#search-results .hit__title').first()).toBeVisible()
    expect(await violations(page)).toEqual([])
  })

  test('the catalogue filters under the policy', async ({page}) => {
    await watchViolations(page)
    await page.goto('/san-pham/')
    await page.getByRole('button', {name: /^Lọc/}).click()
    await page.getByRole('dialog', {name: 'Lọc sản phẩm'}).getByRole('link', {name: /^Đồ uống/}).click()
    await expect(page).toHaveURL(/\?nhom=do-uong$/)
    expect(await violations(page)).toEqual([])
  })

  test('the registration form checks what is typed under the policy', async ({page}) => {
    await watchViolations(page)
    await page.goto('/dang-ky-diem-ban/')
    await page.getByRole('button', {name: /Xem lại|Gửi/}).first().click()
    await expect(page.getByRole('alert').or(page.locator('[role="alert"], .form-summary')).first()).toBeVisible()
    expect(await violations(page)).toEqual([])
  })

  test('with those headers, another site cannot frame a page', async ({browser, baseURL}) => {
    const context = await browser.newContext()
    await sendBuiltHeaders(context, builtHeaders())
    const page = await context.newPage()
    const refused: string[] = []
    page.on('console', (message) => refused.push(message.text()))
    await page.route('http://other.example/', (route) => route.fulfill({contentType: 'text/html', body: `<iframe src="${baseURL}/" title="x"></iframe>`}))
    await page.goto('http://other.example/')
    await expect.poll(() => refused.some((text) => /frame-ancestors/.test(text))).toBe(true)
    // Chromium shows its error page in the frame instead of the site's.
    const framed = page.frames().find((frame) => frame !== page.mainFrame())
    expect(framed?.url()).not.toBe(`${baseURL}/`)
    await context.close()
  })

  test('markup injected into a page can neither run a script nor style itself', async ({browser}) => {
    // A page of its own: the violations here are the point, so the suite's watch stays out of it.
    const page = await browser.newPage()
    await watchViolations(page)
    await page.goto('/')
    await page.evaluate(() => {
      document.body.insertAdjacentHTML(
        'beforeend',
        '<img src="/favicon.svg" onload="window.__ran = 1" alt=""><p id="injected" style="color: rgb(255, 0, 0)">x</p><script>window.__ran = 2</script>',
      )
      const script = document.createElement('script')
      script.textContent = 'window.__ran = 3'
      document.body.append(script)
    })
    await expect.poll(() => violations(page).then((list) => list.length)).toBeGreaterThanOrEqual(2)
    expect(await page.evaluate(() => (window as unknown as {__ran?: number}).__ran)).toBeUndefined()
    expect(await page.locator('#injected').evaluate((el) => getComputedStyle(el).color)).not.toBe('rgb(255, 0, 0)')
    await page.close()
  })
})
