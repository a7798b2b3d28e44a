/**
 * SVG building blocks for the sample images: colours, a seeded random generator, shape helpers.
 * Every drawing is flat and warm: rice-paper backgrounds, one main colour per family, a few
 * natural accents (leaf green, wood, clay), no text.
 */
import {createHash} from 'node:crypto'
import type {Palette} from './lib.ts'

// ---------------------------------------------------------------------------------------------
// Colours

/** Main colour of each family, from the site's palette (site/styles/global.css) and its materials. */
export const MAIN: Record<Palette, string> = {
  'thuc-pham': '#a3281f', // lacquer red
  'do-uong': '#2f6b3a', // bamboo / tea green
  'duoc-lieu': '#1d6a62', // herb teal
  'thu-cong-my-nghe': '#1f4e8c', // Bát Tràng glazed blue
  'sinh-vat-canh': '#55772a', // young-leaf green
  'du-lich': '#8c4a22', // roof-tile terracotta
  event: '#a3281f', // lacquer red with blue accents
  shop: '#1f4e8c', // glazed blue with red accents
  village: '#6e4a2a', // old-wood brown
}

export const PAPER = '#fbf8f1'
export const CREAM = '#f3ecdc'
export const INK = '#2b2622'

/** Natural accents used sparingly inside motifs. */
export const NATURE = {
  leaf: '#5b8a3a',
  leafDark: '#3b6327',
  leafLight: '#9dbb6a',
  wood: '#8a5a34',
  woodDark: '#5e3b20',
  woodLight: '#b8875a',
  clay: '#b5653a',
  rattan: '#c9a46b',
  rattanDark: '#94703f',
  white: '#fffdf8',
  porcelain: '#f7f3ea',
  ivory: '#ece2c9',
  pink: '#d9879a',
  pinkDark: '#b9566f',
  orange: '#e0883a',
  apricot: '#eba443',
  steel: '#b9c0c6',
  steelDark: '#7d868e',
  lacquer: '#8e1f18',
  lacquerBlack: '#231c19',
  pearl: '#eef2f1',
  skin: '#e7c3a0',
}

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

/** Mixes two colours: t = 0 gives a, t = 1 gives b. */
export function mix(a: string, b: string, t: number): string {
  const [ar, ag, ab] = rgb(a)
  const [br, bg, bb] = rgb(b)
  const channel = (x: number, y: number) => Math.round(x + (y - x) * t).toString(16).padStart(2, '0')
  return `#${channel(ar, br)}${channel(ag, bg)}${channel(ab, bb)}`
}

export interface Colors {
  main: string
  dark: string
  mid: string
  light: string
  pale: string
  bg: string
}

/** A family's colours, nudged by the seed so that images of one family are not identical. */
export function colorsFor(palette: Palette, r: Rng): Colors {
  const main = mix(MAIN[palette], r.pick(['#000000', '#ffffff', MAIN[palette]]), r.range(0, 0.12))
  return {
    main,
    dark: mix(main, INK, 0.38),
    mid: mix(main, PAPER, 0.42),
    light: mix(main, PAPER, 0.7),
    pale: mix(main, PAPER, 0.86),
    bg: mix(r.pick([PAPER, CREAM]), main, r.range(0.02, 0.06)),
  }
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness: the same seed always gives the same image

export interface Rng {
  next(): number
  range(min: number, max: number): number
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  chance(p: number): boolean
}

export function rng(seed: string): Rng {
  const hash = createHash('sha1').update(seed).digest()
  let a = hash.readUInt32LE(0)
  let b = hash.readUInt32LE(4)
  let c = hash.readUInt32LE(8)
  let d = hash.readUInt32LE(12)
  const next = () => {
    // sfc32
    a >>>= 0
    b >>>= 0
    c >>>= 0
    d >>>= 0
    let t = (a + b) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    d = (d + 1) | 0
    t = (t + d) | 0
    c = (c + t) | 0
    return (t >>> 0) / 4294967296
  }
  for (let i = 0; i < 12; i++) next()
  return {
    next,
    range: (min, max) => min + (max - min) * next(),
    int: (min, max) => Math.floor(min + (max - min + 1) * next()),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
  }
}

// ---------------------------------------------------------------------------------------------
// Shape helpers (numbers rounded to keep the SVG small)

export const n = (value: number) => Math.round(value * 10) / 10

const attrs = (extra: string) => (extra ? ` ${extra}` : '')

export const path = (d: string, fill: string, extra = '') => `<path d="${d}" fill="${fill}"${attrs(extra)}/>`
export const circle = (cx: number, cy: number, r: number, fill: string, extra = '') =>
  `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${fill}"${attrs(extra)}/>`
export const ellipse = (cx: number, cy: number, rx: number, ry: number, fill: string, extra = '') =>
  `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}" fill="${fill}"${attrs(extra)}/>`
export const rect = (x: number, y: number, w: number, h: number, fill: string, rx = 0, extra = '') =>
  `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}"${rx ? ` rx="${n(rx)}"` : ''} fill="${fill}"${attrs(extra)}/>`
export const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, width: number, extra = '') =>
  `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${stroke}" stroke-width="${n(width)}" stroke-linecap="round"${attrs(extra)}/>`
export const stroke = (d: string, color: string, width: number, extra = '') =>
  `<path d="${d}" fill="none" stroke="${color}" stroke-width="${n(width)}" stroke-linecap="round" stroke-linejoin="round"${attrs(extra)}/>`
export const group = (transform: string, ...children: string[]) => `<g transform="${transform}">${children.join('')}</g>`
export const polygon = (points: [number, number][], fill: string, extra = '') =>
  `<polygon points="${points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="${fill}"${attrs(extra)}/>`

/** A smooth curve (Catmull-Rom turned into cubic Béziers) through points, without the initial M. */
function smoothThrough(points: [number, number][]): string {
  let d = ''
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[Math.max(0, i - 1)]
    const p1 = points[i]
    const p2 = points[i + 1]
    const p3 = points[Math.min(points.length - 1, i + 2)]
    const c1 = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6]
    const c2 = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6]
    d += ` C${n(c1[0])},${n(c1[1])} ${n(c2[0])},${n(c2[1])} ${n(p2[0])},${n(p2[1])}`
  }
  return d
}

/** A closed smooth path through points. */
export function smoothPath(points: [number, number][]): string {
  return `M${n(points[0][0])},${n(points[0][1])}${smoothThrough(points)} Z`
}

/**
 * A symmetric vessel (vase, bottle, jar, cup) from the right half of its profile, top to bottom;
 * x is the distance from the axis, y grows downwards and the base sits at the last point.
 */
export function vessel(profile: [number, number][]): string {
  const right = profile
  const left = [...profile].reverse().map(([x, y]) => [-x, y] as [number, number])
  const [x0, y0] = right[0]
  const [xl, yl] = right[right.length - 1]
  return `M${n(-x0)},${n(y0)} L${n(x0)},${n(y0)}${smoothThrough(right)} L${n(-xl)},${n(yl)}${smoothThrough(left)} Z`
}

/** A leaf pointing up from (0,0), `length` long; rotate and move it with a group. */
export function leafPath(length: number, width: number): string {
  const w = width / 2
  return `M0,0 C${n(w)},${n(-length * 0.25)} ${n(w)},${n(-length * 0.7)} 0,${n(-length)} C${n(-w)},${n(-length * 0.7)} ${n(-w)},${n(-length * 0.25)} 0,0 Z`
}

export function leaf(x: number, y: number, length: number, width: number, angle: number, fill: string, vein?: string): string {
  return group(
    `translate(${n(x)},${n(y)}) rotate(${n(angle)})`,
    path(leafPath(length, width), fill),
    vein ? line(0, -length * 0.08, 0, -length * 0.85, vein, Math.max(1.5, width / 14)) : '',
  )
}

/** A flower petal pointing up from (0,0). */
export function petalPath(length: number, width: number): string {
  const w = width / 2
  return `M0,0 C${n(w)},${n(-length * 0.3)} ${n(w * 0.8)},${n(-length * 0.85)} 0,${n(-length)} C${n(-w * 0.8)},${n(-length * 0.85)} ${n(-w)},${n(-length * 0.3)} 0,0 Z`
}

/** A small round flower: `count` petals around a centre. */
export function flower(x: number, y: number, radius: number, count: number, petal: string, centre: string, turn = 0): string {
  const petals = Array.from({length: count}, (_, i) =>
    group(`rotate(${n(turn + (360 / count) * i)})`, path(petalPath(radius, (radius * 2.4) / Math.max(count / 2, 2)), petal)),
  ).join('')
  return group(`translate(${n(x)},${n(y)})`, petals, circle(0, 0, radius * 0.28, centre))
}

/** Unique ids for gradients, patterns and clip paths inside one SVG document. */
export function idMaker(prefix: string) {
  let count = 0
  return (name: string) => `${prefix}${name}${++count}`
}

export function linearGradient(id: string, stops: [number, string][], vertical = true): string {
  const direction = vertical ? 'x1="0" y1="0" x2="0" y2="1"' : 'x1="0" y1="0" x2="1" y2="0"'
  return `<linearGradient id="${id}" ${direction}>${stops.map(([offset, color]) => `<stop offset="${offset}" stop-color="${color}"/>`).join('')}</linearGradient>`
}

/** A basket-weave pattern for rattan and bamboo. */
export function weavePattern(id: string, base: string, dark: string, light: string, size = 18): string {
  const h = size / 2
  return (
    `<pattern id="${id}" width="${size}" height="${size}" patternUnits="userSpaceOnUse">` +
    rect(0, 0, size, size, base) +
    rect(0, 1, h, h - 2, light, 2) +
    rect(h, h + 1, h, h - 2, light, 2) +
    rect(h + 1, 0, h - 2, h, dark, 2, 'opacity="0.55"') +
    rect(1, h, h - 2, h, dark, 2, 'opacity="0.55"') +
    '</pattern>'
  )
}
