/**
 * Composes an SVG illustration for an ImageSpec (background, backdrop, ornaments, the motif and
 * an optional companion motif) and rasterises it with sharp.
 */
import {createHash} from 'node:crypto'
import sharp from 'sharp'
import type {ImageSpec} from './lib.ts'
import {MOTIFS, SCENES, type Kit, type Motif} from './motifs.ts'
import {circle, colorsFor, ellipse, group, idMaker, leaf, n, path, polygon, rect, rng, stroke, type Colors, type Rng} from './svg.ts'

export const FORMAT = {ext: 'webp', mimeType: 'image/webp'} as const
const QUALITY = 78

export interface RenderedImage {
  buffer: Buffer
  sha1: string
  width: number
  height: number
  ext: string
  mimeType: string
  lqip: string
  dominant: string
}

/** Height and width of each motif in its own units, to scale it to the frame. */
const EXTENT: Record<string, [number, number]> = {
  'vase-lam': [300, 230], 'vase-flame': [290, 240], teaset: [190, 440], bowls: [180, 380], 'pottery-wheel': [230, 420],
  'banh-chung': [288, 260], 'banh-chung-slice': [246, 400], 'banh-chung-gac': [246, 400], 'milk-bottle': [318, 270], yogurt: [140, 340], 'milk-cake': [130, 380],
  chicken: [320, 370], nem: [215, 400], gio: [210, 400], 'cha-que': [180, 400], com: [130, 420], 'cha-com': [110, 420],
  pomelo: [290, 380], melon: [290, 420], 'banh-te': [110, 400], 'che-lam': [200, 420], apricot: [210, 400], 'apricot-jar': [280, 420],
  turmeric: [110, 420], arrowroot: [130, 420], 'tea-branch': [300, 220], 'tea-cup': [290, 320], 'tea-pouch': [290, 400],
  lotus: [290, 440], jasmine: [290, 440], 'chrys-tea': [200, 360], 'rose-tea': [272, 300], 'wine-bottle': [334, 360],
  'syrup-bottle': [292, 380], 'herb-bottle': [300, 440], 'herb-bundle': [240, 400], dropper: [300, 460], lingzhi: [240, 420],
  oyster: [180, 400], scarf: [300, 440], aodai: [350, 200], tie: [300, 320], loom: [310, 420], hat: [262, 424],
  'hat-painted': [262, 424], tray: [130, 440], lamp: [340, 300], basket: [290, 300], statue: [320, 300], panel: [320, 420],
  'inlay-picture': [330, 420], 'inlay-box': [210, 370], 'inlay-tray': [110, 440], knife: [150, 440], scissors: [300, 200],
  'lacquer-painting': [330, 440], 'lacquer-box': [200, 440], rose: [310, 240], orchid: [300, 400], 'chrys-pot': [260, 340],
  'pomelo-tree': [340, 380], bonsai: [330, 360], cow: [270, 480], 'stilt-house': [300, 520], 'farm-hut': [260, 520],
  boat: [290, 520], pagoda: [300, 440],
}

/** The largest scale at which a motif fits in a box, within limits. */
function fit(motif: string, maxHeight: number, maxWidth: number, min: number, max: number): number {
  const [h, w] = EXTENT[motif] ?? [300, 440]
  return Math.max(min, Math.min(max, maxHeight / h, maxWidth / w))
}

function backdrop(c: Colors, r: Rng, cx: number): string {
  switch (r.int(0, 3)) {
    case 0:
      return circle(cx, 390, 300, c.pale) + circle(cx, 390, 334, 'none', `stroke="${c.light}" stroke-width="3"`)
    case 1:
      return path(`M${cx - 270},800 V380 A270,270 0 0 1 ${cx + 270},380 V800 Z`, c.pale)
    case 2:
      return polygon([[0, 800], [0, r.range(520, 600)], [1200, r.range(240, 320)], [1200, 800]], c.pale)
    default:
      return rect(0, 590, 1200, 210, c.light) + rect(0, 586, 1200, 8, c.mid)
  }
}

function ornaments(c: Colors, r: Rng, avoidX: number): string {
  // Put the ornament in the corner away from the motif.
  const left = avoidX > 600
  const x0 = left ? r.range(40, 90) : r.range(880, 930)
  const y0 = r.range(50, 90)
  switch (r.int(0, 4)) {
    case 0:
      return Array.from({length: 24}, (_, i) => circle(x0 + (i % 6) * 48, y0 + Math.floor(i / 6) * 40, 5, c.light)).join('')
    case 1:
      return Array.from({length: 3}, (_, i) =>
        stroke(`M${n(x0)},${n(y0 + i * 26)} c30,-16 60,16 90,0 c30,-16 60,16 90,0`, c.light, 5),
      ).join('')
    case 2:
      return Array.from({length: 5}, (_, i) => leaf(x0 + i * 56, y0 + 60 + (i % 2) * 24, 46, 20, r.range(-50, 50), c.light)).join('')
    case 3:
      return Array.from({length: 4}, (_, i) =>
        circle(left ? 0 : 1200, 0, 90 + i * 44, 'none', `stroke="${c.light}" stroke-width="5"`),
      ).join('')
    default:
      return group(
        `translate(${n(x0 + 100)},${n(y0 + 40)})`,
        stroke('M-60,0 C-60,-36 -16,-40 -8,-12 C0,-44 48,-44 48,-8 C48,16 20,20 12,4', c.light, 6),
        stroke('M-60,0 H70', c.light, 6),
      )
  }
}

/** The SVG document for an image. */
export function composeSvg(spec: ImageSpec): {svg: string; width: number; height: number} {
  const r = rng(`${spec.seed}|${spec.motif}`)
  const c = colorsFor(spec.palette, r)
  const defs: string[] = []
  const kit: Kit = {c, r, id: idMaker('d'), defs}
  const lookup = (table: Record<string, Motif>, key: string | undefined) => (key && Object.hasOwn(table, key) ? table[key] : undefined)
  const motif = lookup(MOTIFS, spec.motif)
  const scene = lookup(SCENES, spec.motif)
  if (!motif && !scene) throw new Error(`Unknown image motif "${spec.motif}"`)
  const companion = lookup(MOTIFS, spec.companion)
  if (spec.companion && !companion) throw new Error(`Unknown companion motif "${spec.companion}"`)

  if (spec.shape === 'square') {
    const body = (motif ?? (scene as Motif))(kit)
    const scale = scene ? 0.4 : fit(spec.motif, 220, 270, 0.45, 0.9)
    const content = [
      rect(0, 0, 400, 400, c.bg),
      circle(200, 200, 184, c.pale),
      circle(200, 200, 176, 'none', `stroke="${c.main}" stroke-width="12"`),
      circle(200, 200, 154, 'none', `stroke="${c.light}" stroke-width="3" stroke-dasharray="${r.pick(['2 10', '14 8', '4 6'])}" stroke-linecap="round"`),
      group(`translate(200,${scene ? 300 : 296}) scale(${scale})`, body),
    ]
    return {svg: wrap(400, 400, defs, content), width: 400, height: 400}
  }

  const content: string[] = [rect(0, 0, 1200, 800, c.bg)]
  if (scene) {
    const sunX = r.pick([180, 1020])
    content.push(circle(sunX, 150, r.range(60, 90), c.pale))
    content.push(ornaments(c, r, sunX))
    content.push(rect(0, 700, 1200, 100, c.light))
    const baseline = r.range(700, 712)
    if (companion && spec.companion) {
      // The scene moves aside to make room for the companion motif.
      const side = r.pick([-1, 1])
      const small = fit(spec.companion, 250, 250, 0.4, 0.95)
      content.push(group(`translate(${n(600 - side * 150)},${n(baseline)}) scale(1.3)`, scene(kit)))
      content.push(ellipse(600 + side * 440, baseline + 4, 120, 12, c.dark, 'opacity="0.12"'))
      content.push(group(`translate(${n(600 + side * 440)},${n(baseline)}) scale(${n(small)})`, companion(kit)))
    } else {
      content.push(group(`translate(600,${n(baseline)}) scale(${n(r.range(1.45, 1.6))})`, scene(kit)))
    }
    return {svg: wrap(1200, 800, defs, content), width: 1200, height: 800}
  }

  const ground = r.range(655, 680)
  const scale = companion ? fit(spec.motif, 420, 620, 1, 1.8) * r.range(0.94, 1) : fit(spec.motif, 450, 860, 1, 1.95) * r.range(0.92, 1)
  const mainWidth = (EXTENT[spec.motif]?.[1] ?? 440) * scale
  let mx = 600 + r.range(-50, 50)
  let companionPart = ''
  if (companion && spec.companion) {
    const small = fit(spec.companion, 230, 320, 0.4, 1)
    const compWidth = (EXTENT[spec.companion]?.[1] ?? 440) * small
    const gap = r.range(50, 90)
    const start = (1200 - mainWidth - gap - compWidth) / 2
    const mainFirst = r.chance(0.5)
    mx = mainFirst ? start + mainWidth / 2 : start + compWidth + gap + mainWidth / 2
    const cx = mainFirst ? start + mainWidth + gap + compWidth / 2 : start + compWidth / 2
    companionPart =
      ellipse(cx, ground + 4, compWidth * 0.55, 12, c.dark, 'opacity="0.1"') +
      group(`translate(${n(cx)},${n(ground)}) scale(${n(small)})`, companion(kit))
  }
  content.push(backdrop(c, r, mx))
  content.push(ornaments(c, r, mx))
  content.push(ellipse(mx, ground + 6, mainWidth * 0.56, 20, c.dark, 'opacity="0.12"'))
  content.push(group(`translate(${n(mx)},${n(ground)}) scale(${n(scale)})`, (motif as Motif)(kit)))
  content.push(companionPart)
  return {svg: wrap(1200, 800, defs, content), width: 1200, height: 800}
}

function wrap(width: number, height: number, defs: string[], content: string[]): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    (defs.length ? `<defs>${defs.join('')}</defs>` : '') +
    content.join('') +
    '</svg>'
  )
}

const hex = (value: number) => Math.round(value).toString(16).padStart(2, '0')

export async function renderImage(spec: ImageSpec): Promise<RenderedImage> {
  const {svg, width, height} = composeSvg(spec)
  const buffer = await sharp(Buffer.from(svg)).webp({quality: QUALITY, effort: 6}).toBuffer()
  const sha1 = createHash('sha1').update(buffer).digest('hex')
  // The low-quality placeholder and dominant colour that Sanity computes for every image.
  const tiny = await sharp(buffer).resize(20).jpeg({quality: 60}).toBuffer()
  const {dominant} = await sharp(buffer).stats()
  return {
    buffer,
    sha1,
    width,
    height,
    ext: FORMAT.ext,
    mimeType: FORMAT.mimeType,
    lqip: `data:image/jpeg;base64,${tiny.toString('base64')}`,
    dominant: `#${hex(dominant.r)}${hex(dominant.g)}${hex(dominant.b)}`,
  }
}

/** Renders one image of every motif, for looking at them: npx tsx scripts/sample-dataset/images.ts DIR */
if (import.meta.main) {
  const {mkdirSync, writeFileSync} = await import('node:fs')
  const out = process.argv[2] ?? '/tmp/ocop-motifs'
  mkdirSync(out, {recursive: true})
  const palettes = ['thuc-pham', 'do-uong', 'duoc-lieu', 'thu-cong-my-nghe', 'sinh-vat-canh', 'du-lich'] as const
  let i = 0
  for (const motif of [...Object.keys(MOTIFS), ...Object.keys(SCENES)]) {
    const palette = SCENES[motif] ? (['event', 'shop', 'village'] as const)[i % 3] : palettes[i % palettes.length]
    const {svg} = composeSvg({motif, palette, seed: `preview-${i}`})
    await sharp(Buffer.from(svg)).png().toFile(`${out}/${motif}.png`)
    writeFileSync(`${out}/${motif}.svg`, svg)
    i++
  }
  console.log(`Wrote ${i} previews to ${out}`)
}
