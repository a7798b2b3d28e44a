/**
 * What a producer prints or embeds: QR codes of a short link (SVG for designers, PNG for printing)
 * and the "OCOP Hà Nội" badge with the product's stars. Pure functions, made at build time;
 * tested in tests/unit/packaging.test.ts and, built, in tests/quality/packaging.test.ts.
 */
import QRCode from 'qrcode'
import {bilevelPng} from './png.ts'

/**
 * Error correction Q survives a quarter of the code being scuffed or covered (a stamp, a fold);
 * four modules of quiet zone is what scanners expect around a code.
 */
const QR_OPTIONS = {errorCorrectionLevel: 'Q', margin: 4, color: {dark: '#000000', light: '#ffffff'}} as const

/** PNG side in pixels: 1200 px prints a 10 cm code at 300 dpi. */
export const QR_PNG_SIZE = 1200

/** A QR code of `url` as SVG, scalable for package designers. */
export async function qrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, {...QR_OPTIONS, type: 'svg'})
  return svg.replace('<svg ', `<svg width="${QR_PNG_SIZE / 4}" height="${QR_PNG_SIZE / 4}" `)
}

/** A QR code of `url` as a black-and-white PNG of QR_PNG_SIZE pixels at 300 dpi, for printing. */
export function qrPng(url: string): Buffer {
  const {modules} = QRCode.create(url, {errorCorrectionLevel: QR_OPTIONS.errorCorrectionLevel})
  const {margin} = QR_OPTIONS
  const side = modules.size + 2 * margin
  const cells = Array.from({length: side}, (_, row) =>
    Array.from({length: side}, (_, column) => {
      const [r, c] = [row - margin, column - margin]
      return r >= 0 && c >= 0 && r < modules.size && c < modules.size && Boolean(modules.get(r, c))
    }),
  )
  return bilevelPng(cells, QR_PNG_SIZE, 300)
}

export interface Badge {
  stars: 3 | 4 | 5
  expired: boolean
}

export const BADGE_WIDTH = 252
export const BADGE_HEIGHT = 64

/** What the badge says, for its title and for the alt text of the snippet. */
export const badgeLabel = ({stars, expired}: Badge) => `Sản phẩm OCOP Hà Nội ${stars} sao${expired ? ', chứng nhận đã hết hiệu lực' : ''}`

/** The points of a five-pointed star centred on (cx, cy). */
function starPoints(cx: number, cy: number, outer: number): string {
  const inner = outer * 0.42
  return Array.from({length: 10}, (_, i) => {
    const radius = i % 2 === 0 ? outer : inner
    const angle = (Math.PI / 5) * i - Math.PI / 2
    return `${(cx + radius * Math.cos(angle)).toFixed(2)},${(cy + radius * Math.sin(angle)).toFixed(2)}`
  }).join(' ')
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

// System fonts only: the badge is shown on other sites, which have none of ours.
const FONT = `font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif"`

/**
 * The badge: "OCOP Hà Nội" and five stars, as many filled as the product has (gold, or grey with
 * "hết hiệu lực" once the certificate has expired). Self-contained: no fonts, images or scripts.
 */
export function badgeSvg(badge: Badge): string {
  const gold = '#b7791f'
  const fill = badge.expired ? '#8a8272' : gold
  const stars = Array.from({length: 5}, (_, i) => {
    const points = starPoints(74 + i * 19, 44, 8)
    return i < badge.stars
      ? `<polygon points="${points}" fill="${fill}"/>`
      : `<polygon points="${points}" fill="none" stroke="${badge.expired ? fill : gold}" stroke-width="1.3"/>`
  }).join('')
  const countX = 74 + 5 * 19 - 2
  // "hết hiệu lực" is fitted to the space left, whatever font the viewer's system has.
  const count = badge.expired
    ? `<text x="${countX}" y="49" ${FONT} font-size="13" font-weight="600" fill="#5b554c" textLength="${BADGE_WIDTH - countX - 10}" lengthAdjust="spacingAndGlyphs">hết hiệu lực</text>`
    : `<text x="${countX}" y="49" ${FONT} font-size="14" font-weight="600" fill="#1d1b18">${badge.stars} sao</text>`
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${BADGE_WIDTH}" height="${BADGE_HEIGHT}" viewBox="0 0 ${BADGE_WIDTH} ${BADGE_HEIGHT}" role="img">`,
    `<title>${escapeXml(badgeLabel(badge))}</title>`,
    `<rect x="1" y="1" width="${BADGE_WIDTH - 2}" height="${BADGE_HEIGHT - 2}" rx="10" fill="#fbf8f1" stroke="#1f4e8c" stroke-width="2"/>`,
    `<circle cx="34" cy="32" r="21" fill="#1f4e8c"/>`,
    `<polygon points="${starPoints(34, 33, 12)}" fill="#ffffff"/>`,
    `<text x="64" y="27" ${FONT} font-size="17" font-weight="700" fill="#1d1b18">OCOP Hà Nội</text>`,
    stars,
    count,
    '</svg>',
  ].join('')
}

/** The HTML a producer pastes into their own site: the badge, linking to the product page; no script. */
export function badgeSnippet({pageUrl, badgeUrl, badge}: {pageUrl: string; badgeUrl: string; badge: Badge}): string {
  return `<a href="${escapeXml(pageUrl)}"><img src="${escapeXml(badgeUrl)}" alt="${escapeXml(badgeLabel(badge))}" width="${BADGE_WIDTH}" height="${BADGE_HEIGHT}"></a>`
}
