/**
 * The open data of the built site, /du-lieu/san-pham.json and .csv: both parse, hold the same
 * records, and match the catalogue: as many products as it counts, each at a product page with the
 * same name, stars and decision. Builds nothing: it reads SITE_DIST (default dist/) and is skipped,
 * saying so, when there is no build there.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {siteOrigin} from '../../scripts/check-links'
import type {OpenDataProduct} from '../../site/lib/open-data'
import {elements} from './dom'
import {distFolder, htmlPages, isBuiltSite} from './site'

const dist = distFolder('SITE_DIST')
const built = isBuiltSite(dist)
if (!built) console.warn(`[quality] open data: no built site in ${dist} (no index.html): skipped. Build one and set SITE_DIST to it.`)

/** RFC 4180: fields split on commas and CRLF, quoted fields may hold both and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]]
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), i++
      else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') rows.at(-1)!.push(field), (field = '')
    else if (char === '\r' && text[i + 1] === '\n') rows.at(-1)!.push(field), (field = ''), rows.push([]), i++
    else field += char
  }
  if (rows.at(-1)!.length === 0 && field === '') rows.pop()
  return rows
}

describe.skipIf(!built)(`the open data of the built site in ${dist}`, () => {
  const json = built ? (JSON.parse(readFileSync(path.join(dist, 'du-lieu/san-pham.json'), 'utf8')) as OpenDataProduct[]) : []
  const csvText = built ? readFileSync(path.join(dist, 'du-lieu/san-pham.csv'), 'utf8') : ''
  const origin = built ? siteOrigin(dist) : ''

  it('has every product the catalogue counts, each at one of its product pages', () => {
    const catalogue = readFileSync(path.join(dist, 'san-pham/index.html'), 'utf8')
    const count = Number(/(\d+) sản phẩm được công nhận/.exec(catalogue)?.[1])
    const productPages = htmlPages(dist).filter((page) => page.route === 'san-pham/[slug]')
    expect(count).toBeGreaterThan(60)
    expect(json).toHaveLength(count)
    expect(productPages).toHaveLength(count)
    expect(json.map((record) => record.url).sort()).toEqual(productPages.map((page) => `${origin}${page.url}`).sort())
  })

  it('says what each product page says: name, stars, decision number', () => {
    for (const record of json) {
      const html = readFileSync(path.join(dist, new URL(record.url).pathname, 'index.html'), 'utf8')
      expect(elements(html).find((el) => el.tag === 'h1')?.text, record.url).toBe(record.name)
      expect(html, record.url).toContain(`aria-label="OCOP ${record.stars} sao`)
      expect(html, record.url).toContain(`Số ${record.decisionNumber}, ngày`)
      expect(record.expiresOn, record.url).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
  })

  it('CSV: UTF-8 with a byte-order mark, CRLF, Vietnamese headers, the same records as the JSON', () => {
    expect(csvText.startsWith('\uFEFF')).toBe(true)
    expect(csvText.replace(/\r\n/g, '')).not.toMatch(/(?<!")\n/)
    const [header, ...rows] = parseCsv(csvText.slice(1))
    expect(header).toEqual(['Tên sản phẩm', 'Chủ thể', 'Nhóm sản phẩm', 'Số sao', 'Số quyết định', 'Ngày quyết định', 'Hiệu lực đến ngày', 'Xã, phường', 'Huyện, quận cũ', 'Trang sản phẩm', 'Đường dẫn ngắn'])
    expect(rows).toEqual(
      json.map((r) => [r.name, r.producer, r.group, String(r.stars), r.decisionNumber, r.decisionDate, r.expiresOn, r.area, r.formerDistrict ?? '', r.url, r.shortUrl]),
    )
  })

  it('the catalogue and the about page link to both files', () => {
    for (const page of ['san-pham/index.html', 'gioi-thieu/index.html']) {
      const hrefs = elements(readFileSync(path.join(dist, page), 'utf8')).map((el) => el.attrs.get('href'))
      expect(hrefs, page).toEqual(expect.arrayContaining(['/du-lieu/san-pham.csv', '/du-lieu/san-pham.json']))
    }
  })
})
