import sharp from 'sharp'
import {describe, expect, it} from 'vitest'
import {BADGE_HEIGHT, BADGE_WIDTH, QR_PNG_SIZE, badgeLabel, badgeSnippet, badgeSvg, qrPng, qrSvg} from '../../site/lib/packaging'
import {decodeQr} from '../support/qr'

const link = 'https://ocop.example.vn/p/hhb6j74/'

describe('QR codes for packaging', () => {
  it('PNG: 1200 px square, black and white at 300 dpi, and a reader gets the short link back', async () => {
    const png = qrPng(link)
    const meta = await sharp(png).metadata()
    expect([meta.format, meta.width, meta.height, meta.density]).toEqual(['png', QR_PNG_SIZE, QR_PNG_SIZE, 300])
    expect(meta.bitsPerSample ?? meta.depth).toBe(1)
    expect(await decodeQr(png)).toBe(link)
    // Only pure black and pure white: edges scaled without blurring.
    const {data} = await sharp(png).greyscale().raw().toBuffer({resolveWithObject: true})
    expect(new Set(data)).toEqual(new Set([0, 255]))
  })

  it('SVG: a reader gets the short link back', async () => {
    const svg = await qrSvg(link)
    expect(svg).toMatch(/^<svg [^>]*width="300" height="300"/)
    expect(await decodeQr(Buffer.from(svg))).toBe(link)
  })

  it('a picture without a code reads as nothing', async () => {
    const blank = await sharp({create: {width: 200, height: 200, channels: 3, background: '#ffffff'}}).png().toBuffer()
    expect(await decodeQr(blank)).toBeNull()
  })
})

const filled = (svg: string) => (svg.match(/<polygon [^>]*fill="#(?:b7791f|8a8272)"\/>/g) ?? []).length
const outlined = (svg: string) => (svg.match(/<polygon [^>]*fill="none"/g) ?? []).length

describe('the OCOP badge', () => {
  it.each([3, 4, 5] as const)('shows %i gold stars of five and says so', (stars) => {
    const svg = badgeSvg({stars, expired: false})
    expect(filled(svg)).toBe(stars)
    expect(outlined(svg)).toBe(5 - stars)
    expect(svg).toContain(`<title>Sản phẩm OCOP Hà Nội ${stars} sao</title>`)
    expect(svg).toContain(`>${stars} sao</text>`)
  })

  it('turns grey and says "hết hiệu lực" once the certificate has expired', () => {
    const svg = badgeSvg({stars: 4, expired: true})
    expect(svg).not.toContain('#b7791f')
    expect(svg).toMatch(/textLength="\d+" lengthAdjust="spacingAndGlyphs">hết hiệu lực<\/text>/)
    expect(svg).toContain('<title>Sản phẩm OCOP Hà Nội 4 sao, chứng nhận đã hết hiệu lực</title>')
  })

  it('is self-contained: no external font, image, link or script', () => {
    const svg = badgeSvg({stars: 5, expired: false})
    expect(svg).not.toMatch(/<script|<image|href=|@import|url\(/)
    expect(svg).toMatch(/font-family="system-ui/)
  })

  it('renders at its size, Vietnamese text included', async () => {
    const meta = await sharp(Buffer.from(badgeSvg({stars: 4, expired: false}))).metadata()
    expect([meta.width, meta.height]).toEqual([BADGE_WIDTH, BADGE_HEIGHT])
  })

  it('comes with a snippet that links to the product page and shows the badge, with no script', () => {
    const snippet = badgeSnippet({pageUrl: 'https://ocop.example.vn/san-pham/banh-chung-tranh-khuc/', badgeUrl: `${link}huy-hieu.svg`, badge: {stars: 4, expired: false}})
    expect(snippet).toBe(
      `<a href="https://ocop.example.vn/san-pham/banh-chung-tranh-khuc/"><img src="${link}huy-hieu.svg" alt="${badgeLabel({stars: 4, expired: false})}" width="252" height="64"></a>`,
    )
  })
})
