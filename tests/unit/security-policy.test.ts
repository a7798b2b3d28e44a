/**
 * The site's Content-Security-Policy and security headers (site/lib/security-policy.ts): what a
 * page's <meta> and the response header say for the build's settings, and the README's nginx
 * snippet saying exactly what the build writes into `_headers` for the default settings.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {headerPolicy, pageDirectives, responseHeaders, scriptHash, withOwnHashes} from '../../site/lib/security-policy'

const directive = (directives: string[], name: string) => directives.find((entry) => entry.split(' ')[0] === name)

describe('security policy', () => {
  it('pages allow only the site itself by default, besides the map tiles\' host, and nothing may be framed, based elsewhere or plugged in', () => {
    const page = pageDirectives({})
    expect(directive(page, 'default-src')).toBe("default-src 'self'")
    expect(directive(page, 'img-src')).toBe("img-src 'self' https://tile.openstreetmap.org")
    expect(directive(page, 'form-action')).toBe("form-action 'self'")
    expect(directive(page, 'object-src')).toBe("object-src 'none'")
    expect(directive(page, 'base-uri')).toBe("base-uri 'self'")
    expect(page.filter((entry) => !entry.startsWith('img-src')).join(';')).not.toMatch(/unsafe|\*|https?:/)
    expect(page.join(';')).not.toMatch(/unsafe|\*/)
  })

  it('lets images come from exactly the host of PUBLIC_MAP_TILE_URL, and refuses a tile address it cannot allow', () => {
    const page = pageDirectives({PUBLIC_MAP_TILE_URL: 'https://tiles.example.vn/styles/ocop/{z}/{x}/{y}@2x.png?key=abc'})
    expect(directive(page, 'img-src')).toBe("img-src 'self' https://tiles.example.vn")
    expect(() => pageDirectives({PUBLIC_MAP_TILE_URL: 'https://{s}.tile.example.vn/{z}/{x}/{y}.png'})).toThrow(/PUBLIC_MAP_TILE_URL/)
  })

  it("lets images come from Sanity's CDN only when the build reads a Sanity project, and forms go to the intake's own address", () => {
    const env = {CONTENT_SOURCE: 'sanity', SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production', INTAKE_URL: 'https://de-xuat.ocop.example.vn/api/de-xuat'}
    const page = pageDirectives(env)
    expect(directive(page, 'img-src')).toBe("img-src 'self' https://cdn.sanity.io https://tile.openstreetmap.org")
    expect(directive(page, 'form-action')).toBe("form-action 'self' https://de-xuat.ocop.example.vn")
  })

  it('the header repeats every directive that does not depend on hashes, and forbids framing', () => {
    const header = headerPolicy({})
    expect(header).toContain("frame-ancestors 'none'")
    expect(header).not.toMatch(/(^|; )(default-src|script-src|style-src)/)
    for (const shared of pageDirectives({}).filter((entry) => !entry.startsWith('default-src'))) expect(header).toContain(shared)
  })

  it('hashes an inline script as a browser does', () => {
    // echo -n "alert(1)" | openssl dgst -sha256 -binary | base64
    expect(scriptHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=')
  })

  it("README's nginx snippet sends exactly the headers the build writes into _headers", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    const block = readme.slice(readme.indexOf('<!-- security-headers:start -->'), readme.indexOf('<!-- security-headers:end -->'))
    const sent = [...block.matchAll(/^add_header ([\w-]+) "([^"]*)" always;$/gm)].map(([, name, value]) => [name, value])
    expect(sent).toEqual(responseHeaders({}))
  })
})

describe("a page's policy narrowed to its own inline code", () => {
  const page = (policy: string) =>
    `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}"><style>a{color:red}</style>` +
    `<script type="application/ld+json">{"@type":"Thing"}</script><script type="module" src="/_astro/x.js"></script></head>` +
    `<body><script data-start="{}">go()</script><style>b{}</style></body></html>`
  const astroPolicy = "default-src 'self';img-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-other1=' 'sha256-other2='; style-src 'report-sample' 'sha256-other3=';"
  const narrowed = withOwnHashes(page(astroPolicy))
  const policy = /content="([^"]*)"/.exec(narrowed)![1]!

  it('lists the hashes of exactly its inline styles and running scripts: no data block, no external file, no other page', () => {
    expect(policy).toBe(
      `default-src 'self'; img-src 'self'; script-src 'self' 'wasm-unsafe-eval' '${scriptHash('go()')}'; style-src 'report-sample' '${scriptHash('a{color:red}')}' '${scriptHash('b{}')}'`,
    )
  })

  it('leaves a page without a policy as it is, and lets a caller add sources', () => {
    expect(withOwnHashes('<html><head></head></html>')).toBe('<html><head></head></html>')
    const added = withOwnHashes(page(astroPolicy), (name, sources) => (name === 'img-src' ? [...sources, 'https://cdn.example'] : sources))
    expect(added).toContain("img-src 'self' https://cdn.example;")
  })
})
