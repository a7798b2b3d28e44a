/**
 * The motifs of the sample images. Each draws one subject standing on the ground line y = 0,
 * centred on x = 0, about 440 units wide and up to 340 high; the scene in images.ts places it.
 */
import {
  circle,
  ellipse,
  flower,
  group,
  leaf,
  line,
  linearGradient,
  mix,
  n,
  NATURE as N,
  path,
  petalPath,
  polygon,
  rect,
  smoothPath,
  stroke,
  vessel,
  weavePattern,
  INK,
  type Colors,
  type Rng,
} from './svg.ts'

export interface Kit {
  c: Colors
  r: Rng
  /** A unique id for a gradient, pattern or clip path. */
  id: (name: string) => string
  /** Definitions (gradients, patterns, clip paths) to put in the document's <defs>. */
  defs: string[]
}

export type Motif = (k: Kit) => string

const lotusFlower = (x: number, y: number, size: number, petal: string, petalDark: string) =>
  group(
    `translate(${n(x)},${n(y)})`,
    ...[-70, -35, 0, 35, 70].map((angle) => group(`rotate(${angle})`, path(petalPath(size, size * 0.55), petal))),
    ...[-25, 25].map((angle) => group(`rotate(${angle})`, path(petalPath(size * 0.8, size * 0.5), petalDark))),
    path(petalPath(size * 0.75, size * 0.45), petalDark),
  )

/** Little cloud scrolls, a classic ornament on lacquer and wood. */
const cloudScroll = (x: number, y: number, s: number, color: string) =>
  group(
    `translate(${n(x)},${n(y)}) scale(${n(s)})`,
    stroke('M-30,0 C-30,-18 -8,-20 -4,-6 C0,-22 24,-22 24,-4 C24,8 10,10 6,2', color, 4),
    stroke('M-30,0 H34', color, 4),
  )

/** A copy of the items in a seeded random order. */
function shuffle<T>(r: Rng, items: readonly T[]): T[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(r.next() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j], copy[i]]
  }
  return copy
}

// ---------------------------------------------------------------------------------------------
// Ceramics (Bát Tràng)

const vaseLam: Motif = ({c, r}) => {
  const body = vessel([
    [26, -300],
    [30, -288],
    [22, -252],
    [27, -214],
    [72, -172],
    [112, -112],
    [110, -52],
    [82, -10],
    [58, 0],
  ])
  const sprigs = Array.from({length: 3}, (_, i) =>
    leaf(-60 + i * 60, -58, r.range(34, 46), 16, -40 + i * 40, 'none', c.main),
  ).join('')
  return [
    path(body, N.porcelain, `stroke="${c.dark}" stroke-width="3"`),
    ellipse(0, -300, 26, 6, c.mid),
    line(-23, -262, 23, -262, c.main, 5),
    line(-25, -228, 25, -228, c.main, 3),
    lotusFlower(0, -88, 52, c.mid, c.main),
    stroke('M-70,-88 C-40,-70 40,-70 70,-88', c.main, 4),
    sprigs,
    stroke('M-96,-34 C-40,-22 40,-22 96,-34', c.main, 5),
  ].join('')
}

const vaseFlame: Motif = ({c, id, defs}) => {
  const g = id('flame')
  defs.push(linearGradient(g, [[0, mix(c.main, '#5a1f3a', 0.2)], [0.45, c.main], [0.8, '#7b2f3c'], [1, '#4a1f24']]))
  const body = vessel([
    [30, -290],
    [36, -276],
    [40, -262],
    [98, -220],
    [120, -158],
    [106, -80],
    [72, -18],
    [62, 0],
  ])
  return [
    path(body, `url(#${g})`),
    ellipse(0, -290, 30, 7, mix(c.main, INK, 0.5)),
    stroke('M-60,-200 C-70,-150 -62,-110 -70,-70', mix(c.light, '#ffffff', 0.3), 6, 'opacity="0.5"'),
    stroke('M-30,-232 C-34,-180 -26,-150 -32,-120', mix(c.light, '#ffffff', 0.3), 4, 'opacity="0.4"'),
    stroke('M52,-210 C60,-160 56,-120 66,-84', '#c9826a', 5, 'opacity="0.45"'),
  ].join('')
}

const teaset: Motif = ({c, r, id, defs}) => {
  const clip = id('pot')
  const crackle = Array.from({length: 16}, () => {
    const x = r.range(-90, 90)
    const y = r.range(-160, -20)
    return `M${n(x)},${n(y)} l${n(r.range(-22, 22))},${n(r.range(-18, 18))} l${n(r.range(-20, 20))},${n(r.range(-16, 16))}`
  }).join(' ')
  defs.push(`<clipPath id="${clip}"><ellipse cx="0" cy="-92" rx="96" ry="80"/></clipPath>`)
  const cup = (x: number, s: number) =>
    group(
      `translate(${x},0) scale(${s})`,
      path(vessel([[48, -62], [44, -34], [30, -8], [22, 0]]), N.ivory, `stroke="${c.dark}" stroke-width="2"`),
      ellipse(0, -62, 48, 9, mix(N.ivory, '#c9b68a', 0.4)),
      line(-46, -52, 46, -52, c.main, 4),
    )
  return [
    stroke('M-70,-150 C-112,-160 -128,-100 -84,-72', c.dark, 12),
    path('M80,-110 C120,-118 130,-150 150,-168 L158,-160 C140,-130 134,-96 92,-70 Z', N.ivory, `stroke="${c.dark}" stroke-width="3"`),
    ellipse(0, -92, 96, 80, N.ivory, `stroke="${c.dark}" stroke-width="3"`),
    `<g clip-path="url(#${clip})">${stroke(crackle, '#b8a47a', 1.6)}</g>`,
    line(-88, -120, 88, -120, c.main, 5),
    ellipse(0, -168, 44, 10, mix(N.ivory, '#c9b68a', 0.3), `stroke="${c.dark}" stroke-width="2"`),
    circle(0, -184, 10, c.main),
    ellipse(0, -4, 70, 7, mix(N.ivory, INK, 0.15)),
    cup(-175, 1),
    cup(180, 0.9),
  ].join('')
}

const bowls: Motif = ({c}) => {
  const celadon = '#a9cbb8'
  const celadonDark = '#7fa993'
  const plate = (y: number, rx: number) => ellipse(0, y, rx, rx * 0.16, celadon, `stroke="${celadonDark}" stroke-width="3"`)
  return [
    plate(-10, 190),
    plate(-28, 180),
    plate(-46, 170),
    ellipse(0, -48, 120, 16, mix(celadon, '#ffffff', 0.3)),
    path(vessel([[118, -170], [110, -120], [80, -76], [44, -56]]), celadon, `stroke="${celadonDark}" stroke-width="3"`),
    ellipse(0, -170, 118, 18, mix(celadon, '#ffffff', 0.35), `stroke="${celadonDark}" stroke-width="3"`),
    stroke('M-108,-146 C-40,-132 40,-132 108,-146', c.main, 5),
    flower(0, -110, 16, 5, c.main, c.dark),
  ].join('')
}

const potteryWheel: Motif = ({c}) =>
  [
    rect(-150, -60, 300, 60, N.woodDark, 10),
    ellipse(0, -64, 170, 30, N.wood),
    ellipse(0, -70, 150, 24, N.woodLight),
    stroke('M-120,-72 A120,18 0 0 0 60,-88', mix(N.woodLight, '#ffffff', 0.4), 3),
    path(vessel([[52, -230], [46, -210], [70, -160], [86, -110], [70, -74], [50, -68]]), N.clay),
    ellipse(0, -230, 52, 11, mix(N.clay, INK, 0.35)),
    stroke('M-70,-150 C-30,-140 30,-140 70,-150', mix(N.clay, '#ffffff', 0.3), 3),
    stroke('M-80,-120 C-30,-110 30,-110 80,-120', mix(N.clay, '#ffffff', 0.3), 3),
    stroke('M-210,-90 C-190,-60 -200,-40 -180,-20', c.mid, 5),
    stroke('M210,-90 C190,-60 200,-40 180,-20', c.mid, 5),
  ].join('')

// ---------------------------------------------------------------------------------------------
// Food

const banhChung: Motif = ({c, r}) => {
  const leafFill = mix(N.leafDark, c.main, 0.08)
  const top: [number, number][] = [
    [-130, -250],
    [130, -250],
    [96, -288],
    [-96, -288],
  ]
  const tie = '#e9dcb8'
  return [
    polygon(top, mix(N.leaf, '#ffffff', 0.12)),
    rect(-130, -250, 260, 250, leafFill, 12),
    rect(-116, -236, 232, 222, N.leaf, 8),
    ...Array.from({length: 5}, (_, i) => line(-100 + i * 10 + r.range(0, 4), -228 + i * 44, 96, -226 + i * 44, mix(N.leaf, '#ffffff', 0.2), 2)),
    line(-44, -250, -44, 0, tie, 9),
    line(44, -250, 44, 0, tie, 9),
    line(-130, -170, 130, -170, tie, 9),
    line(-130, -80, 130, -80, tie, 9),
    line(-44, -250, -33, -288, tie, 8),
    line(44, -250, 33, -288, tie, 8),
    line(-115, -266, 115, -266, tie, 7),
  ].join('')
}

/** A bánh chưng cut in half on a plate: leaf, rice, mung-bean layer and pork in the middle. */
const slice = (rice: string, grain: string): Motif => ({r}) => {
  const grains = Array.from({length: 46}, () => {
    const x = r.range(-100, 100)
    const y = r.range(-196, -34)
    const inner = Math.abs(x) < 66 && y > -160 && y < -70
    return inner ? '' : ellipse(x, y, 4, 2.4, grain, `transform="rotate(${n(r.range(0, 180))} ${n(x)} ${n(y)})"`)
  })
  return [
    ellipse(0, -8, 200, 22, N.porcelain, `stroke="${mix(N.porcelain, INK, 0.18)}" stroke-width="3"`),
    polygon([[-118, -210], [118, -210], [90, -246], [-90, -246]], N.leaf),
    line(0, -210, 0, -246, '#e9dcb8', 6),
    rect(-120, -212, 240, 190, N.leafDark, 12),
    rect(-110, -202, 220, 170, rice, 8),
    ...grains,
    rect(-66, -160, 132, 90, '#e1b34a', 20),
    rect(-40, -136, 80, 42, '#a8614a', 14),
    ellipse(-14, -118, 10, 6, '#d49a84'),
    ellipse(16, -110, 8, 5, '#d49a84'),
  ].join('')
}

const banhChungSlice = slice('#f1ead6', '#ffffff')
const banhChungGac = slice('#d4512f', '#e9835f')

const milkBottle: Motif = ({c}) => {
  const bottle = (x: number, s: number) =>
    group(
      `translate(${x},0) scale(${s})`,
      path(vessel([[22, -300], [22, -262], [30, -250], [62, -214], [66, -190], [66, -14], [58, 0]]), N.white, `stroke="${mix(N.white, INK, 0.2)}" stroke-width="3"`),
      rect(-26, -318, 52, 26, c.main, 6),
      rect(-66, -160, 132, 70, c.main, 4),
      leaf(0, -98, 44, 22, 0, c.pale),
      stroke('M-40,-240 C-48,-200 -52,-120 -50,-30', '#ffffff', 8, 'opacity="0.8"'),
    )
  return bottle(-70, 0.85) + bottle(60, 1)
}

const yogurt: Motif = ({c}) => {
  const jar = (x: number, s: number) =>
    group(
      `translate(${x},0) scale(${s})`,
      path(vessel([[46, -120], [48, -108], [48, -20], [42, 0]]), N.white, `stroke="${mix(N.white, INK, 0.2)}" stroke-width="3"`),
      ellipse(0, -122, 50, 12, c.main),
      rect(-48, -84, 96, 40, c.light, 2),
      circle(0, -64, 11, c.main),
    )
  return jar(-120, 0.95) + jar(0, 1.15) + jar(120, 0.95)
}

const milkCake: Motif = ({c}) => {
  const bar = (x: number, y: number) =>
    group(`translate(${x},${y})`, rect(-44, -30, 88, 30, '#f1e3c2', 8), rect(-44, -30, 88, 9, '#f8efda', 6), line(-30, -8, 30, -8, '#d9c39a', 2))
  return [
    rect(-190, -30, 380, 30, c.main, 8),
    rect(-180, -40, 360, 14, c.mid, 6),
    bar(-100, -40),
    bar(0, -40),
    bar(100, -40),
    bar(-50, -70),
    bar(50, -70),
    bar(0, -100),
  ].join('')
}

const chicken: Motif = () => {
  const plumage = '#b8642e'
  return [
    path('M-150,-170 C-200,-230 -190,-300 -150,-320 C-150,-270 -120,-230 -100,-200 Z', '#3f2a1d'),
    path('M-130,-180 C-175,-220 -170,-270 -140,-290 C-140,-250 -110,-220 -96,-200 Z', '#6b3a1e'),
    ellipse(-10, -140, 140, 92, plumage),
    path('M-90,-150 C-40,-200 60,-180 70,-120 C20,-130 -40,-110 -90,-150 Z', '#8e4521'),
    path('M60,-190 C70,-250 120,-270 140,-240 C150,-215 130,-180 100,-160 Z', plumage),
    circle(120, -238, 26, '#c6783c'),
    path('M106,-268 C110,-290 122,-284 124,-272 C130,-292 142,-284 140,-266 Z', '#c8322a'),
    path('M144,-238 L168,-230 L144,-222 Z', '#e0a43a'),
    path('M136,-218 C146,-206 134,-198 128,-208 Z', '#c8322a'),
    circle(128, -244, 5, INK),
    line(-30, -52, -40, 0, '#d79a3a', 7),
    line(20, -52, 28, 0, '#d79a3a', 7),
    line(-40, 0, -60, 0, '#d79a3a', 5),
    line(28, 0, 50, 0, '#d79a3a', 5),
  ].join('')
}

const nem: Motif = ({r}) => {
  const parcel = (x: number, y: number, s: number) =>
    group(
      `translate(${n(x)},${n(y)}) scale(${n(s)}) rotate(${n(r.range(-6, 6))})`,
      rect(-40, -70, 80, 70, N.leafDark, 10),
      rect(-34, -64, 68, 58, N.leaf, 8),
      line(0, -70, 0, 0, '#e9dcb8', 5),
      line(-40, -35, 40, -35, '#e9dcb8', 5),
      circle(0, -35, 6, '#e0883a'),
    )
  return [
    ellipse(0, -6, 200, 20, mix(N.porcelain, INK, 0.08)),
    parcel(-120, -10, 1),
    parcel(-40, -10, 1),
    parcel(40, -10, 1),
    parcel(120, -10, 1),
    parcel(-80, -76, 1),
    parcel(0, -76, 1),
    parcel(80, -76, 1),
    parcel(-40, -142, 1),
    parcel(40, -142, 1),
  ].join('')
}

const gio: Motif = () =>
  [
    rect(-170, -210, 150, 210, N.leafDark, 60),
    rect(-160, -200, 130, 190, N.leaf, 52),
    ...[-170, -120, -70].map((y) => line(-168, y, -22, y, '#e9dcb8', 6)),
    line(-95, -210, -95, 0, '#e9dcb8', 6),
    ellipse(70, -60, 110, 60, '#e9d3c7'),
    ellipse(70, -60, 96, 50, '#f3e3da'),
    ellipse(70, -60, 110, 60, 'none', `stroke="${N.leafDark}" stroke-width="8"`),
    ellipse(120, -16, 90, 44, '#e9d3c7'),
    ellipse(120, -16, 90, 44, 'none', `stroke="${N.leafDark}" stroke-width="7"`),
  ].join('')

const chaQue: Motif = () =>
  [
    ellipse(0, -10, 200, 26, mix(N.porcelain, INK, 0.06)),
    path('M-150,-60 C-150,-110 150,-110 150,-60 L150,-30 C150,10 -150,10 -150,-30 Z', '#9a5a2e'),
    ellipse(0, -64, 150, 40, '#b87038'),
    ellipse(0, -64, 120, 30, '#c98445'),
    ...[-70, -20, 30, 80].map((x, i) => line(x, -70 - (i % 2) * 10, x + 20, -170 - (i % 2) * 16, '#6b3a1e', 12)),
  ].join('')

const com: Motif = ({r}) => {
  const flakes = Array.from({length: 90}, () => {
    const a = r.range(0, Math.PI * 2)
    const d = Math.sqrt(r.next()) * 110
    const x = Math.cos(a) * d * 1.2
    const y = -70 + Math.sin(a) * d * 0.55 - (110 - d) * 0.5
    return ellipse(x, y, r.range(6, 10), r.range(3, 5), r.pick(['#7fae4a', '#9cc25e', '#6b9a3a', '#b3cf74']), `transform="rotate(${n(r.range(0, 180))} ${n(x)} ${n(y)})"`)
  }).join('')
  return [
    ellipse(0, -40, 210, 60, N.leafDark),
    ...Array.from({length: 10}, (_, i) => line(0, -40, Math.cos((i / 10) * Math.PI * 2) * 200, -40 + Math.sin((i / 10) * Math.PI * 2) * 56, N.leaf, 3)),
    flakes,
  ].join('')
}

const chaCom: Motif = ({r}) => {
  const patty = (x: number, y: number) =>
    group(
      `translate(${x},${y})`,
      ellipse(0, 0, 54, 22, '#b8742f'),
      ellipse(0, -5, 48, 17, '#cf8e45'),
      ...Array.from({length: 6}, () => circle(r.range(-30, 30), r.range(-12, 4), 3, '#7fae4a')),
    )
  return [ellipse(0, -14, 210, 34, N.porcelain, `stroke="${mix(N.porcelain, INK, 0.2)}" stroke-width="3"`), patty(-90, -30), patty(20, -24), patty(100, -40), patty(-30, -64), patty(60, -80)].join('')
}

const pomelo: Motif = () => {
  const fruit = (x: number, s: number) =>
    group(
      `translate(${x},0) scale(${s})`,
      path(smoothPath([[0, -250], [60, -220], [100, -130], [90, -40], [0, 0], [-90, -40], [-100, -130], [-60, -220]]), '#c8c94e'),
      path(smoothPath([[-20, -220], [30, -200], [60, -130], [40, -60], [-10, -40], [-40, -120]]), '#dcd96a', 'opacity="0.6"'),
      line(0, -250, 6, -272, N.woodDark, 6),
      leaf(6, -268, 80, 34, 60, N.leaf, N.leafDark),
    )
  return fruit(-95, 0.9) + fruit(85, 1.05)
}

const melon: Motif = ({id, defs}) => {
  const clip = id('melon')
  defs.push(`<clipPath id="${clip}"><circle cx="-40" cy="-130" r="130"/></clipPath>`)
  const net = Array.from({length: 9}, (_, i) => `M${-190 + i * 40},-280 C${-150 + i * 40},-200 ${-200 + i * 40},-60 ${-160 + i * 40},20`).join(' ')
  const net2 = Array.from({length: 8}, (_, i) => `M-200,${-270 + i * 38} C-120,${-250 + i * 38} 0,${-290 + i * 38} 120,${-260 + i * 38}`).join(' ')
  return [
    circle(-40, -130, 130, '#c9cf86'),
    `<g clip-path="url(#${clip})">${stroke(net, '#eef0d0', 2.5)}${stroke(net2, '#eef0d0', 2.5)}</g>`,
    line(-40, -258, -36, -284, N.woodDark, 7),
    line(-52, -284, -22, -284, N.woodDark, 6),
    path('M80,0 L200,0 C200,-70 150,-120 80,-120 Z', '#e58c45'),
    path('M80,0 L188,0 C186,-56 146,-104 80,-106 Z', '#f0a55f'),
    path('M80,-120 C150,-120 200,-70 200,0 L210,0 C210,-76 156,-130 80,-130 Z', '#9fb85a'),
  ].join('')
}

const banhTe: Motif = ({r}) => {
  const roll = (x: number, y: number, angle: number) =>
    group(
      `translate(${x},${y}) rotate(${n(angle)})`,
      rect(-110, -22, 220, 44, N.leafDark, 22),
      rect(-104, -17, 208, 34, N.leaf, 17),
      ...[-60, 0, 60].map((lx) => line(lx, -22, lx, 22, '#e9dcb8', 5)),
    )
  return [
    ellipse(0, -8, 200, 18, mix(N.porcelain, INK, 0.08)),
    roll(-40, -30, r.range(-3, 3)),
    roll(50, -30, r.range(-3, 3)),
    roll(0, -74, r.range(-4, 4)),
    ellipse(150, -30, 40, 22, '#efe6cf'),
    ellipse(150, -30, 40, 22, 'none', `stroke="${N.leafDark}" stroke-width="6"`),
    circle(150, -30, 9, '#b98a55'),
  ].join('')
}

const cheLam: Motif = ({r}) => {
  const cube = (x: number, y: number) =>
    group(
      `translate(${x},${y})`,
      polygon([[-40, -20], [0, -40], [40, -20], [0, 0]], '#e7cf9f'),
      polygon([[-40, -20], [0, 0], [0, 50], [-40, 30]], '#cfae76'),
      polygon([[40, -20], [0, 0], [0, 50], [40, 30]], '#bb9660'),
      ...Array.from({length: 5}, () => ellipse(r.range(-24, 24), r.range(-28, -12), 3, 1.6, '#f8f0dc')),
    )
  return [ellipse(0, -10, 210, 28, N.porcelain, `stroke="${mix(N.porcelain, INK, 0.2)}" stroke-width="3"`), cube(-80, -60), cube(0, -60), cube(80, -60), cube(-40, -100), cube(40, -100), cube(0, -140)].join('')
}

const apricot: Motif = ({r}) => {
  const fruit = (x: number, y: number, s: number) =>
    group(
      `translate(${n(x)},${n(y)}) scale(${n(s)})`,
      circle(0, 0, 46, N.apricot),
      circle(-14, -14, 20, mix(N.apricot, '#ffffff', 0.3)),
      stroke('M0,-44 C-8,-20 -8,20 0,44', mix(N.apricot, INK, 0.2), 2),
      circle(18, 10, 16, mix(N.apricot, '#d45a2a', 0.4), 'opacity="0.6"'),
    )
  return [
    ellipse(0, -10, 200, 26, N.rattan),
    ellipse(0, -16, 186, 20, mix(N.rattan, '#ffffff', 0.2)),
    fruit(-100, -60, 1),
    fruit(-10, -58, 1.05),
    fruit(90, -60, 1),
    fruit(-56, -128, 1),
    fruit(44, -130, 1.05),
    leaf(100, -150, 90, 40, 50, N.leaf, N.leafDark),
    leaf(-120, -140, 80, 36, -55, N.leaf, N.leafDark),
    line(r.range(-4, 4), -176, 30, -206, N.woodDark, 5),
  ].join('')
}

const apricotJar: Motif = ({c}) => {
  const glass = mix('#dfe9e4', c.pale, 0.3)
  return [
    path(vessel([[70, -250], [80, -236], [100, -200], [104, -40], [90, -6], [80, 0]]), glass, `stroke="${mix(glass, INK, 0.3)}" stroke-width="3"`),
    ...[[-50, -60], [20, -50], [-10, -110], [56, -118], [-54, -150], [10, -170], [60, -190]].map(([x, y]) => circle(x, y, 34, N.apricot, 'opacity="0.9"')),
    rect(-104, -140, 208, 6, '#ffffff', 3, 'opacity="0.5"'),
    rect(-78, -280, 156, 34, c.main, 8),
    rect(-70, -250, 140, 8, c.dark, 3),
    circle(170, -40, 40, N.apricot),
    circle(158, -52, 14, mix(N.apricot, '#ffffff', 0.35)),
  ].join('')
}

const turmeric: Motif = ({r}) => {
  const root = (x: number, y: number, angle: number) =>
    group(
      `translate(${x},${y}) rotate(${n(angle)})`,
      path(smoothPath([[-90, 0], [-60, -22], [0, -18], [50, -30], [90, -12], [96, 10], [40, 16], [-20, 20], [-80, 18]]), '#c77a2e'),
      ...[-50, 0, 50].map((lx) => stroke(`M${lx},-18 C${lx + 4},-4 ${lx - 4},8 ${lx},16`, '#9a5a24', 2)),
    )
  return [
    root(-110, -30, r.range(-8, 8)),
    root(-60, -70, r.range(10, 20)),
    ellipse(110, -20, 100, 24, N.porcelain, `stroke="${mix(N.porcelain, INK, 0.2)}" stroke-width="3"`),
    path('M40,-30 C60,-90 160,-90 180,-30 Z', '#e39a2d'),
    path('M70,-44 C90,-74 140,-74 156,-44 Z', '#eeb04a'),
  ].join('')
}

const arrowroot: Motif = () =>
  [
    path('M-190,-40 C-170,-70 -60,-80 -40,-46 C-60,-20 -160,-14 -190,-40 Z', '#9a6a44'),
    path('M-170,-90 C-150,-118 -50,-120 -30,-86 C-50,-62 -150,-60 -170,-90 Z', '#a8774e'),
    ellipse(100, -70, 120, 26, N.porcelain),
    path(vessel([[120, -70], [112, -40], [80, -10], [50, 0]]), N.porcelain, `stroke="${mix(N.porcelain, INK, 0.2)}" stroke-width="3"`),
    path('M10,-74 C30,-140 170,-140 190,-74 Z', '#fbfaf5'),
    path('M40,-90 C60,-120 130,-124 150,-94', 'none', `stroke="#e6e1d2" stroke-width="4"`),
  ].join('')

// ---------------------------------------------------------------------------------------------
// Drinks

const teaBranch: Motif = ({c, r}) => {
  const leaves = [
    [-8, -60, 110, 48, -58],
    [6, -110, 100, 44, 56],
    [-4, -160, 90, 40, -50],
    [6, -205, 78, 34, 48],
    [0, -245, 64, 28, -40],
  ]
  return [
    stroke('M0,0 C-10,-80 14,-160 2,-280', N.woodDark, 7),
    ...leaves.map(([x, y, l, w, a]) => leaf(x, y, l * r.range(0.92, 1.08), w, a, mix(c.main, N.leaf, 0.25), mix(c.main, INK, 0.3))),
    leaf(2, -276, 52, 18, 4, mix(c.main, '#c7dc8c', 0.55), c.main),
  ].join('')
}

const teaCup: Motif = ({c}) =>
  [
    ellipse(0, -8, 160, 24, c.light),
    ellipse(0, -14, 130, 18, c.pale),
    path(vessel([[110, -140], [104, -90], [80, -40], [52, -16]]), N.porcelain, `stroke="${c.dark}" stroke-width="3"`),
    ellipse(0, -140, 110, 20, '#b7a04d'),
    ellipse(0, -140, 110, 20, 'none', `stroke="${c.dark}" stroke-width="3"`),
    ellipse(-10, -142, 80, 12, '#c9b45e'),
    line(-104, -110, 104, -110, c.main, 5),
    stroke('M-40,-190 C-60,-220 -20,-240 -40,-280', c.mid, 6),
    stroke('M10,-180 C-10,-215 30,-235 10,-290', c.mid, 6),
    stroke('M60,-190 C40,-220 80,-240 60,-270', c.mid, 6),
  ].join('')

const teaPouch: Motif = ({c, r}) =>
  [
    path('M-110,0 L-120,-260 C-120,-290 120,-290 120,-260 L110,0 Z', c.main),
    rect(-120, -262, 240, 12, c.dark, 4),
    rect(-70, -200, 140, 120, c.pale, 14),
    ...Array.from({length: 6}, (_, i) => leaf(-40 + (i % 3) * 40, -110 - Math.floor(i / 3) * 50, 40, 18, r.range(-40, 40), mix(c.main, N.leaf, 0.3))),
    rect(-60, -50, 120, 14, c.light, 7),
    leaf(170, 0, 120, 50, 40, mix(c.main, N.leaf, 0.3), c.dark),
    leaf(150, 0, 100, 44, 10, mix(c.main, N.leaf, 0.5), c.dark),
  ].join('')

const lotus: Motif = ({c}) =>
  [
    path('M-210,-120 C-240,-200 -120,-250 -60,-190 C-40,-170 -60,-130 -100,-110 C-140,-90 -190,-90 -210,-120 Z', mix(c.main, N.leaf, 0.3)),
    stroke('M-200,-118 L-90,-170', c.dark, 3),
    stroke('M0,0 C10,-60 -6,-120 0,-160', mix(c.main, N.leafDark, 0.4), 8),
    lotusFlower(0, -150, 120, mix(N.pink, '#ffffff', 0.35), N.pink),
    circle(0, -160, 18, '#e2c35a'),
    group('translate(150,0)', stroke('M0,0 C6,-60 -4,-120 6,-170', mix(c.main, N.leafDark, 0.4), 6), path(petalPath(70, 48), mix(N.pink, '#ffffff', 0.2), 'transform="translate(6,-168)"')),
  ].join('')

const jasmine: Motif = ({c, r}) =>
  [
    teaCup({c, r, id: () => '', defs: []}),
    ...Array.from({length: 7}, (_, i) => flower(-180 + i * 60 + r.range(-10, 10), -20 - (i % 2) * 30, 22, 5, N.white, '#e6d98a', r.range(0, 60))),
    leaf(-200, -10, 60, 26, -60, N.leaf),
    leaf(200, -10, 60, 26, 60, N.leaf),
  ].join('')

const chrysTea: Motif = ({c, r}) => {
  const glass = mix('#eef2e8', c.pale, 0.4)
  return [
    ellipse(0, -8, 170, 22, c.light),
    path(vessel([[120, -200], [118, -120], [100, -40], [70, -12]]), glass, `stroke="${mix(glass, INK, 0.3)}" stroke-width="3" opacity="0.95"`),
    path(vessel([[112, -150], [110, -110], [96, -44], [68, -18]]), '#e4cf78', 'opacity="0.6"'),
    ...Array.from({length: 5}, (_, i) => flower(-70 + i * 35, -150 + r.range(-6, 6), 16, 12, '#f0d15a', '#d9a63a')),
    ...Array.from({length: 4}, (_, i) => flower(-170 + i * 110, -24, 20, 12, '#f0d15a', '#d9a63a', 10)),
  ].join('')
}

const roseTea: Motif = ({c, r}) => {
  const glass = mix('#eef0f2', c.pale, 0.3)
  const buds = Array.from({length: 26}, () => ellipse(r.range(-80, 80), r.range(-200, -30), 12, 16, r.pick(['#c7506b', '#b8405e', '#d6677f'])))
  return [
    path(vessel([[86, -240], [96, -226], [104, -190], [104, -30], [90, -4], [80, 0]]), glass, `stroke="${mix(glass, INK, 0.3)}" stroke-width="3"`),
    ...buds,
    rect(-92, -272, 184, 34, c.main, 10),
    ...Array.from({length: 5}, (_, i) => ellipse(140 + (i % 3) * 26, -14 - Math.floor(i / 3) * 22, 12, 16, '#c7506b')),
  ].join('')
}

const wineBottle: Motif = ({c}) =>
  [
    path(vessel([[18, -320], [18, -260], [26, -240], [58, -200], [62, -170], [62, -10], [56, 0]]), '#6e3a1f'),
    rect(-20, -334, 40, 24, c.dark, 4),
    rect(-62, -150, 124, 80, c.pale, 4),
    circle(-14, -112, 16, N.apricot),
    circle(14, -104, 14, N.apricot),
    stroke('M-40,-200 C-46,-160 -48,-100 -46,-30', '#ffffff', 6, 'opacity="0.35"'),
    path(vessel([[40, -70], [36, -30], [22, -6], [16, 0]]), mix('#f4ead6', c.pale, 0.3), 'transform="translate(150,0)" stroke="#b9a986" stroke-width="2"'),
    ellipse(150, -70, 40, 8, '#c9863a'),
  ].join('')

const syrupBottle: Motif = ({c}) =>
  [
    path('M-70,0 C-80,0 -80,-10 -80,-20 L-80,-200 C-80,-220 -60,-230 -30,-236 L-30,-270 L30,-270 L30,-236 C60,-230 80,-220 80,-200 L80,-20 C80,-10 80,0 70,0 Z', '#d9893a'),
    rect(-34, -292, 68, 26, c.main, 6),
    rect(-80, -160, 160, 70, c.pale, 4),
    circle(0, -125, 18, N.apricot),
    leaf(0, -126, 30, 14, 40, N.leaf),
    circle(150, -40, 40, N.apricot),
    circle(138, -52, 14, mix(N.apricot, '#ffffff', 0.35)),
    circle(-150, -36, 36, N.apricot),
  ].join('')

// ---------------------------------------------------------------------------------------------
// Herbs

const herbBottle: Motif = ({c, r}) =>
  [
    path(vessel([[34, -280], [34, -250], [44, -236], [86, -206], [90, -180], [90, -14], [80, 0]]), c.main),
    rect(-38, -300, 76, 28, c.dark, 6),
    rect(-90, -170, 180, 90, c.pale, 4),
    leaf(-20, -96, 56, 24, -30, mix(c.main, N.leaf, 0.4)),
    leaf(20, -96, 56, 24, 30, mix(c.main, N.leaf, 0.4)),
    ...Array.from({length: 7}, (_, i) => leaf(150 + r.range(-10, 10), 0, r.range(120, 170), 36, -30 + i * 10, i % 2 ? N.leaf : N.leafDark, N.leafDark)),
    rect(128, -40, 44, 14, '#e9dcb8', 4),
  ].join('')

const herbBundle: Motif = ({r}) =>
  [
    ...Array.from({length: 11}, (_, i) => {
      const angle = -50 + i * 10
      return group(
        `rotate(${angle})`,
        line(0, 0, 0, -230, N.leafDark, 4),
        leaf(0, -150, 70, 30, r.range(-40, -20), i % 2 ? N.leaf : N.leafLight),
        leaf(0, -200, 60, 26, r.range(20, 40), N.leaf),
        leaf(0, -230, 50, 22, 0, N.leafLight),
      )
    }),
    rect(-36, -50, 72, 20, '#e9dcb8', 6),
  ].join('')

const dropper: Motif = ({c, r}) =>
  [
    ...Array.from({length: 8}, (_, i) => stroke(`M${-150 + i * 6},0 C${-160 + i * 10},-120 ${-200 + i * 22},-220 ${-230 + i * 30 + r.range(-10, 10)},-300`, i % 2 ? N.leaf : N.leafLight, 9)),
    path(vessel([[24, -170], [24, -150], [40, -140], [60, -116], [62, -12], [54, 0]]), '#8a4a1e'),
    rect(-26, -210, 52, 44, c.dark, 8),
    ellipse(0, -222, 20, 14, INK),
    rect(-62, -100, 124, 54, c.pale, 4),
    leaf(0, -52, 36, 12, 20, N.leaf),
    circle(140, -20, 20, mix('#e8c95a', '#ffffff', 0.3), 'opacity="0.8"'),
  ].join('')

const lingzhi: Motif = () => {
  const cap = (x: number, y: number, s: number, angle: number) =>
    group(
      `translate(${x},${y}) rotate(${angle}) scale(${s})`,
      line(0, 0, 0, 80, '#5a2a18', 16),
      path('M-110,0 C-110,-60 110,-60 110,0 C80,14 -80,14 -110,0 Z', '#7a2e1c'),
      path('M-90,-6 C-90,-44 90,-44 90,-6 C60,4 -60,4 -90,-6 Z', '#9a4426'),
      path('M-60,-12 C-60,-34 60,-34 60,-12 C40,-6 -40,-6 -60,-12 Z', '#b9622f'),
      path('M-110,0 C-80,14 80,14 110,0', 'none', 'stroke="#e0a468" stroke-width="5"'),
    )
  return [ellipse(0, -8, 200, 22, N.woodLight), cap(-90, -150, 0.9, -12), cap(70, -190, 1.1, 10), cap(-10, -90, 0.8, 4)].join('')
}

const oyster: Motif = ({r}) => {
  const fan = (x: number, y: number, s: number, angle: number) =>
    group(
      `translate(${x},${y}) rotate(${n(angle)}) scale(${n(s)})`,
      path('M0,0 C-70,-30 -100,-110 -40,-140 C0,-160 60,-150 90,-110 C110,-70 60,-30 0,0 Z', '#d8d1c3'),
      ...Array.from({length: 6}, (_, i) => stroke(`M0,0 L${-50 + i * 26},${-120 + Math.abs(i - 2.5) * 8}`, '#b8ae9c', 2)),
    )
  return [ellipse(0, -10, 200, 22, N.woodLight), fan(-80, -20, 1.1, r.range(-20, -10)), fan(60, -30, 1, r.range(10, 20)), fan(-10, -60, 0.9, r.range(-5, 5))].join('')
}

// ---------------------------------------------------------------------------------------------
// Textiles

const scarf: Motif = ({c, r, id, defs}) => {
  const g = id('silk')
  defs.push(linearGradient(g, [[0, c.main], [0.5, c.mid], [1, c.main]], false))
  const dots = Array.from({length: 16}, () => flower(r.range(-180, 180), r.range(-250, -40), 9, 5, c.pale, c.light, r.range(0, 70)))
  return [
    path('M-220,-240 C-120,-300 -40,-180 60,-230 C140,-270 200,-220 220,-200 L220,-110 C170,-140 120,-160 40,-110 C-40,-60 -140,-150 -220,-120 Z', `url(#${g})`),
    path('M-220,-120 C-140,-150 -40,-60 40,-110 C120,-160 170,-140 220,-110 L220,-40 C160,-70 100,-60 40,-30 C-40,10 -140,-70 -220,-40 Z', c.dark, 'opacity="0.85"'),
    ...dots,
    ...Array.from({length: 8}, (_, i) => line(200 + i * 3, -40 + i * 2, 206 + i * 3, -10 + i * 2, c.main, 2)),
  ].join('')
}

const aodai: Motif = ({c, r}) =>
  [
    stroke('M-90,-300 L0,-330 L90,-300', N.woodDark, 6),
    line(0, -330, 0, -350, N.woodDark, 5),
    path('M-60,-300 L60,-300 L96,-250 L70,-240 L52,-270 L48,-200 L80,0 L10,0 L0,-150 L-10,0 L-80,0 L-48,-200 L-52,-270 L-70,-240 L-96,-250 Z', c.main),
    path('M-60,-300 C-30,-290 30,-290 60,-300 L40,-286 C10,-278 -10,-278 -40,-286 Z', c.dark),
    ...Array.from({length: 9}, () => flower(r.range(-40, 40), r.range(-260, -40), 10, 5, c.pale, c.light, r.range(0, 60))),
  ].join('')

const tie: Motif = ({c, id, defs}) => {
  const p = id('stripe')
  defs.push(`<pattern id="${p}" width="30" height="30" patternUnits="userSpaceOnUse" patternTransform="rotate(35)"><rect width="30" height="30" fill="${c.main}"/><rect width="30" height="8" fill="${c.mid}"/></pattern>`)
  return [
    path('M-24,-300 L24,-300 L32,-270 L-32,-270 Z', c.dark),
    path('M-30,-268 L30,-268 L60,-40 L0,0 L-60,-40 Z', `url(#${p})`),
    group('translate(130,0)', rect(-60, -70, 120, 70, c.light, 8), rect(-60, -70, 120, 14, c.mid, 6), path('M-16,-70 L16,-70 L10,-40 L0,-30 L-10,-40 Z', c.main)),
  ].join('')
}

const loom: Motif = ({c}) =>
  [
    rect(-200, -300, 20, 300, N.wood, 4),
    rect(180, -300, 20, 300, N.wood, 4),
    rect(-210, -310, 420, 22, N.woodDark, 6),
    rect(-200, -140, 400, 18, N.woodDark, 4),
    ...Array.from({length: 28}, (_, i) => line(-170 + i * 12.5, -288, -170 + i * 12.5, -140, mix(c.light, '#ffffff', 0.4), 2)),
    rect(-176, -122, 352, 100, c.main, 4),
    ...Array.from({length: 6}, (_, i) => line(-176, -110 + i * 16, 176, -110 + i * 16, c.mid, 2, 'opacity="0.6"')),
    path('M-60,-150 L80,-150 L96,-140 L80,-130 L-60,-130 L-76,-140 Z', N.woodLight),
  ].join('')

// ---------------------------------------------------------------------------------------------
// Conical hats (Chuông)

const hat: Motif = ({c, r}) => {
  const leafColour = '#eadcb4'
  const rings = Array.from({length: 7}, (_, i) => {
    const t = (i + 1) / 8
    const y = -260 + 250 * t
    const w = 210 * t
    return stroke(`M${n(-w)},${n(y)} Q0,${n(y + 40 * t)} ${n(w)},${n(y)}`, '#c9b386', 3)
  })
  const ribs = Array.from({length: 9}, (_, i) => stroke(`M0,-260 L${-180 + i * 45},${n(-10 + Math.abs(i - 4) * -2)}`, '#d8c596', 2))
  return [
    ellipse(0, -2, 200, 16, mix(c.main, INK, 0.2), 'opacity="0.15"'),
    path('M0,-262 L212,-18 Q0,40 -212,-18 Z', leafColour),
    ...ribs,
    ...rings,
    path('M-212,-18 Q0,40 212,-18', 'none', `stroke="${c.main}" stroke-width="8"`),
    stroke(`M-140,-10 C-120,${n(60 + r.range(0, 20))} 120,${n(60 + r.range(0, 20))} 140,-10`, c.main, 4),
  ].join('')
}

const hatPainted: Motif = (k) =>
  hat(k) +
  [
    group('translate(-40,-110)', lotusFlower(0, 0, 36, k.c.mid, k.c.main)),
    leaf(10, -104, 40, 18, 60, mix(k.c.main, N.leaf, 0.4)),
    stroke('M-90,-80 C-60,-70 20,-70 60,-92', k.c.main, 3),
  ].join('')

// ---------------------------------------------------------------------------------------------
// Rattan and bamboo (Phú Vinh)

const tray: Motif = ({id, defs}) => {
  const p = id('weave')
  defs.push(weavePattern(p, N.rattan, N.rattanDark, mix(N.rattan, '#ffffff', 0.25)))
  return [
    ellipse(0, -50, 220, 80, N.rattanDark),
    ellipse(0, -58, 204, 70, `url(#${p})`),
    ellipse(0, -58, 204, 70, 'none', `stroke="${N.rattanDark}" stroke-width="10"`),
    ellipse(0, -58, 190, 62, 'none', `stroke="${mix(N.rattan, '#ffffff', 0.3)}" stroke-width="3"`),
    path('M-220,-50 C-220,0 220,0 220,-50 L220,-30 C200,10 -200,10 -220,-30 Z', N.rattanDark),
  ].join('')
}

const lamp: Motif = ({id, defs}) => {
  const p = id('weave')
  defs.push(weavePattern(p, N.rattan, N.rattanDark, mix(N.rattan, '#ffffff', 0.3), 16))
  return [
    circle(0, -80, 150, '#f6e2a8', 'opacity="0.35"'),
    line(0, -340, 0, -250, INK, 4),
    path('M-30,-250 C-30,-270 30,-270 30,-250 L150,-110 C150,-90 -150,-90 -150,-110 Z', `url(#${p})`),
    path('M-150,-110 C-150,-90 150,-90 150,-110', 'none', `stroke="${N.rattanDark}" stroke-width="10"`),
    ellipse(0, -98, 90, 14, '#fbe9b0'),
  ].join('')
}

const basket: Motif = ({id, defs}) => {
  const p = id('weave')
  defs.push(weavePattern(p, N.rattan, N.rattanDark, mix(N.rattan, '#ffffff', 0.25), 20))
  return [
    stroke('M-120,-170 C-110,-300 110,-300 120,-170', N.rattanDark, 14),
    path('M-150,-170 L150,-170 L124,-16 C120,0 -120,0 -124,-16 Z', `url(#${p})`),
    ellipse(0, -170, 150, 22, N.rattanDark),
    ellipse(0, -170, 138, 16, mix(N.rattanDark, INK, 0.3)),
    rect(-150, -176, 300, 12, N.rattanDark, 6),
  ].join('')
}

// ---------------------------------------------------------------------------------------------
// Wood, lacquer, mother-of-pearl, metal

const statue: Motif = ({c}) => {
  const lacquer = mix(N.lacquer, c.main, 0.15)
  return [
    circle(0, -230, 90, c.light),
    ellipse(0, -22, 150, 22, N.woodDark),
    ...[-100, -50, 0, 50, 100].map((x) => path(petalPath(50, 56), mix(lacquer, '#ffffff', 0.15), `transform="translate(${x},-26) rotate(${x / 6})"`)),
    path('M-120,-40 C-130,-110 -80,-170 -40,-180 L40,-180 C80,-170 130,-110 120,-40 Z', lacquer),
    path('M-70,-60 C-40,-40 40,-40 70,-60 C60,-90 -60,-90 -70,-60 Z', mix(lacquer, '#ffffff', 0.2)),
    path('M-40,-180 C-36,-140 36,-140 40,-180', 'none', `stroke="${N.ivory}" stroke-width="4"`),
    circle(0, -218, 40, mix(N.woodLight, lacquer, 0.3)),
    circle(0, -262, 14, mix(N.woodDark, lacquer, 0.3)),
    ellipse(-12, -220, 7, 3, INK, 'opacity="0.5"'),
    ellipse(12, -220, 7, 3, INK, 'opacity="0.5"'),
  ].join('')
}

const panel: Motif = ({c}) => {
  const red = mix(N.lacquer, c.main, 0.1)
  const board = (x: number, y: number, w: number, h: number) =>
    group(`translate(${x},${y})`, rect(0, 0, w, h, red, 10), rect(10, 10, w - 20, h - 20, 'none', 6, `stroke="${N.ivory}" stroke-width="4"`))
  return [
    board(-210, -320, 420, 110),
    cloudScroll(-120, -262, 1.1, N.ivory),
    cloudScroll(120, -262, 1.1, N.ivory),
    circle(0, -266, 26, 'none', `stroke="${N.ivory}" stroke-width="5"`),
    circle(0, -266, 10, N.ivory),
    board(-210, -190, 70, 190),
    board(140, -190, 70, 190),
    ...[-150, -110, -70].map((y) => circle(-175, y, 9, N.ivory)),
    ...[-150, -110, -70].map((y) => circle(175, y, 9, N.ivory)),
  ].join('')
}

const pearlDefs = ({id, defs}: Kit) => {
  const g = id('pearl')
  defs.push(linearGradient(g, [[0, '#f6f8f6'], [0.5, '#dfe8ee'], [1, '#f3e3ea']], false))
  return `url(#${g})`
}

const inlayPicture: Motif = (k) => {
  const pearl = pearlDefs(k)
  return [
    rect(-210, -330, 420, 330, N.woodDark, 8),
    rect(-190, -310, 380, 290, N.lacquerBlack, 4),
    circle(110, -240, 34, pearl),
    line(-140, -30, -130, -290, pearl, 8),
    line(-110, -30, -96, -270, pearl, 6),
    leaf(-130, -220, 50, 14, 40, pearl),
    leaf(-100, -190, 44, 12, -40, pearl),
    leaf(-130, -150, 50, 14, 50, pearl),
    // A crane: body, neck, head, wing and legs.
    ellipse(30, -130, 54, 26, pearl),
    stroke('M70,-140 C100,-170 90,-200 70,-214', pearl, 9),
    circle(70, -216, 10, pearl),
    path('M78,-218 L104,-210 L78,-210 Z', k.c.light),
    path('M10,-140 C-20,-200 -70,-200 -90,-180 C-50,-170 -20,-150 10,-124 Z', pearl),
    line(20, -106, 14, -40, pearl, 4),
    line(40, -106, 48, -40, pearl, 4),
    stroke('M-190,-60 C-100,-80 40,-50 190,-70', k.c.mid, 3, 'opacity="0.6"'),
  ].join('')
}

const inlayBox: Motif = (k) => {
  const pearl = pearlDefs(k)
  return [
    polygon([[-180, -160], [120, -160], [190, -210], [-110, -210]], mix(N.lacquerBlack, '#ffffff', 0.08)),
    rect(-180, -160, 300, 160, N.lacquerBlack, 4),
    polygon([[120, -160], [190, -210], [190, -50], [120, 0]], mix(N.lacquerBlack, '#000000', 0.3)),
    flower(-30, -80, 40, 6, pearl, k.c.light),
    leaf(-90, -60, 40, 16, -60, pearl),
    leaf(30, -60, 40, 16, 60, pearl),
    flower(40, -186, 14, 5, pearl, k.c.light),
    line(-180, -150, 120, -150, k.c.mid, 3),
  ].join('')
}

const inlayTray: Motif = (k) => {
  const pearl = pearlDefs(k)
  return [
    ellipse(0, -40, 220, 60, mix(N.lacquerBlack, N.lacquer, 0.3)),
    ellipse(0, -48, 200, 50, N.lacquerBlack),
    flower(-60, -50, 26, 6, pearl, k.c.light),
    flower(40, -40, 20, 6, pearl, k.c.light),
    stroke('M-150,-44 C-100,-70 100,-20 150,-50', pearl, 3),
    leaf(0, -46, 30, 12, 80, pearl),
    path('M-220,-40 C-220,0 220,0 220,-40 L220,-24 C200,14 -200,14 -220,-24 Z', mix(N.lacquerBlack, N.lacquer, 0.5)),
  ].join('')
}

const knife: Motif = ({id, defs}) => {
  const g = id('steel')
  defs.push(linearGradient(g, [[0, '#e3e7ea'], [0.6, N.steel], [1, N.steelDark]]))
  const blade = (y: number, angle: number, length: number) =>
    group(
      `translate(0,${y}) rotate(${angle})`,
      path(`M-${length},-30 L60,-40 L60,20 L-${length - 30},20 C-${length + 10},10 -${length + 10},-20 -${length},-30 Z`, `url(#${g})`),
      rect(60, -34, 150, 48, N.woodDark, 12),
      circle(110, -10, 6, N.steel),
      circle(160, -10, 6, N.steel),
    )
  return [ellipse(0, -10, 220, 18, N.woodLight), blade(-90, -8, 190), blade(-40, 4, 160)].join('')
}

const scissors: Motif = ({c}) =>
  [
    path('M-10,-130 L-40,-300 L-20,-300 L10,-140 Z', N.steel),
    path('M10,-130 L40,-300 L20,-300 L-10,-140 Z', N.steelDark),
    circle(0, -135, 8, INK),
    circle(-50, -60, 46, 'none', `stroke="${c.main}" stroke-width="18"`),
    circle(50, -60, 46, 'none', `stroke="${c.main}" stroke-width="18"`),
    line(-6, -128, -30, -100, c.main, 16),
    line(6, -128, 30, -100, c.main, 16),
  ].join('')

const lacquerPainting: Motif = ({c}) =>
  [
    rect(-220, -330, 440, 310, N.woodDark, 6),
    rect(-200, -310, 400, 270, N.lacquer, 2),
    circle(100, -240, 34, '#f0dcb0'),
    path('M-200,-120 L-130,-220 L-60,-140 L0,-200 L80,-110 L200,-170 L200,-40 L-200,-40 Z', N.lacquerBlack),
    path('M-200,-80 C-100,-100 0,-60 200,-90 L200,-40 L-200,-40 Z', mix(N.lacquerBlack, c.main, 0.3)),
    path('M-60,-96 C-30,-80 30,-80 60,-96 L40,-84 C10,-76 -10,-76 -40,-84 Z', '#f0dcb0'),
    line(0, -96, 0, -130, '#f0dcb0', 3),
    path('M0,-130 L30,-100 L0,-100 Z', '#f0dcb0'),
  ].join('')

const lacquerBox: Motif = ({c}) =>
  [
    path('M-150,-130 L150,-130 L150,-20 C150,0 -150,0 -150,-20 Z', N.lacquer),
    ellipse(0, -130, 150, 36, mix(N.lacquer, N.lacquerBlack, 0.4)),
    path('M-160,-150 L160,-150 L160,-126 C160,-110 -160,-110 -160,-126 Z', N.lacquerBlack),
    ellipse(0, -152, 160, 40, mix(N.lacquerBlack, N.lacquer, 0.2)),
    flower(0, -154, 26, 8, '#f0dcb0', c.main),
    line(-150, -70, 150, -70, '#f0dcb0', 4),
    ellipse(170, -20, 50, 14, N.lacquerBlack),
    ellipse(170, -26, 44, 10, N.lacquer),
  ].join('')

// ---------------------------------------------------------------------------------------------
// Ornamental plants

const pot = (fill: string, rim: string, w = 110, h = 110) =>
  path(`M${-w},${-h} L${w},${-h} L${w * 0.78},0 L${-w * 0.78},0 Z`, fill) + rect(-w - 10, -h - 20, 2 * w + 20, 26, rim, 6)

const rose: Motif = ({r}) => {
  const head = (x: number, y: number, s: number) =>
    group(
      `translate(${n(x)},${n(y)}) scale(${n(s)})`,
      circle(0, 0, 30, '#b8324a'),
      stroke('M-16,4 C-18,-16 16,-20 16,0 C16,14 -6,14 -6,2 C-6,-6 6,-6 6,0', '#e06a7e', 4),
      path('M-30,0 C-30,24 30,24 30,0 C20,14 -20,14 -30,0 Z', '#9a2440'),
    )
  const heads = [
    [-60, -250],
    [0, -280],
    [60, -250],
    [-30, -210],
    [30, -214],
    [-90, -200],
    [90, -196],
  ]
  return [
    path('M-70,-170 L70,-170 L24,0 L-24,0 Z', '#efe3c8'),
    ...heads.map(([x, y]) => stroke(`M${x},${y} C${x / 2},${y / 2 + 30} 0,-120 0,-40`, N.leafDark, 4)),
    ...heads.map(([x, y]) => leaf(x * 0.8, y + 60, 34, 16, x / 2 + r.range(-20, 20), N.leaf)),
    ...heads.map(([x, y]) => head(x, y, r.range(0.9, 1.1))),
    path('M-70,-170 L0,-90 L70,-170 L50,-160 L0,-110 L-50,-160 Z', '#dccca6'),
  ].join('')
}

const orchid: Motif = ({c}) => {
  const bloom = (x: number, y: number, s: number) =>
    group(
      `translate(${n(x)},${n(y)}) scale(${n(s)})`,
      ...[0, 120, 240].map((a) => group(`rotate(${a})`, path(petalPath(34, 24), '#f4eef2'))),
      ...[60, 300].map((a) => group(`rotate(${a})`, path(petalPath(36, 40), '#fbf6f8'))),
      path('M-10,4 C-10,24 10,24 10,4 Z', '#b0306a'),
      circle(0, 0, 6, '#e3a13e'),
    )
  return [
    pot(c.main, c.dark, 90, 110),
    line(-60, -72, 60, -72, c.pale, 4),
    leaf(0, -120, 120, 50, -70, N.leafDark),
    leaf(0, -120, 120, 50, 70, N.leaf),
    stroke('M0,-130 C0,-260 120,-300 180,-240', N.woodDark, 4),
    bloom(40, -270, 1),
    bloom(100, -290, 1),
    bloom(150, -262, 0.9),
    bloom(180, -226, 0.75),
  ].join('')
}

const chrysPot: Motif = ({c, r}) =>
  [
    pot(mix(N.clay, c.main, 0.2), mix(N.clay, INK, 0.25), 100, 100),
    ...Array.from({length: 12}, (_, i) => leaf(-120 + i * 22, -120, 50, 22, -60 + i * 10, N.leaf)),
    ...Array.from({length: 26}, () => {
      const a = r.range(Math.PI, Math.PI * 2)
      const d = Math.sqrt(r.next()) * 150
      return flower(Math.cos(a) * d, -130 + Math.sin(a) * d * 0.8, r.range(14, 20), 12, r.pick(['#f0d15a', '#f5e08a', '#fbf4dc']), '#c98c2e', r.range(0, 30))
    }),
  ].join('')

const pomeloTree: Motif = ({c, r}) =>
  [
    pot(mix(N.clay, c.main, 0.15), mix(N.clay, INK, 0.3), 120, 100),
    stroke('M0,-120 C-10,-170 10,-200 0,-240', N.woodDark, 16),
    ...Array.from({length: 11}, (_, i) => circle(-150 + ((i * 37) % 300), -270 + (i % 3) * 40 + r.range(-10, 10), r.range(50, 70), i % 2 ? N.leaf : N.leafDark)),
    ...Array.from({length: 6}, (_, i) => circle(-110 + i * 44 + r.range(-10, 10), -230 + (i % 2) * 50, 22, '#d3cf55')),
  ].join('')

const bonsai: Motif = ({c, r}) =>
  [
    path('M-170,-60 L170,-60 L150,0 L-150,0 Z', c.main),
    rect(-180, -74, 360, 18, c.dark, 6),
    stroke('M-20,-70 C-60,-120 40,-160 -10,-210 C-40,-240 20,-270 60,-280', N.woodDark, 22),
    stroke('M-30,-170 C-90,-180 -130,-200 -150,-230', N.woodDark, 10),
    stroke('M20,-230 C70,-230 110,-220 140,-200', N.woodDark, 10),
    ...[
      [-150, -240, 70],
      [140, -210, 66],
      [60, -290, 70],
      [-40, -300, 50],
    ].map(([x, y, w]) => ellipse(x, y, w, w * 0.45, r.chance(0.5) ? N.leaf : N.leafDark) + ellipse(x - 10, y - 10, w * 0.7, w * 0.3, N.leafLight, 'opacity="0.7"')),
    ellipse(0, -74, 120, 10, '#7c8a4a'),
  ].join('')

// ---------------------------------------------------------------------------------------------
// Animals and farms

const cow: Motif = ({c}) =>
  [
    path('M-240,0 C-200,-80 -120,-110 0,-100 C120,-110 200,-80 240,0 Z', mix(N.leaf, c.pale, 0.3)),
    rect(-150, -200, 250, 120, N.white, 50),
    path('M-120,-190 C-80,-200 -60,-160 -90,-140 C-120,-130 -140,-160 -120,-190 Z', INK),
    path('M20,-200 C60,-190 50,-140 20,-150 C-10,-160 0,-196 20,-200 Z', INK),
    ...[-120, -70, 30, 80].map((x) => rect(x, -100, 22, 90, N.white, 8) + rect(x, -20, 22, 12, INK, 4)),
    rect(80, -250, 90, 90, N.white, 36),
    rect(130, -200, 56, 44, '#e8b4a8', 20),
    path('M86,-246 L60,-268 L96,-256 Z', N.white),
    path('M166,-246 L190,-268 L156,-256 Z', N.white),
    circle(110, -222, 6, INK),
    circle(150, -222, 6, INK),
    stroke('M-150,-170 C-190,-150 -180,-100 -170,-80', N.white, 8),
    ellipse(-20, -86, 30, 16, '#e8b4a8'),
  ].join('')

const stiltHouse: Motif = ({c}) =>
  [
    path('M-260,-40 L-160,-250 L-80,-150 L0,-270 L120,-120 L260,-220 L260,-40 Z', c.light),
    ...[-150, -90, 90, 150].map((x) => rect(x, -110, 12, 110, N.woodDark, 3)),
    rect(-170, -120, 340, 16, N.woodDark, 3),
    rect(-150, -210, 300, 90, N.wood, 4),
    ...Array.from({length: 8}, (_, i) => line(-140 + i * 40, -206, -140 + i * 40, -126, N.woodDark, 2)),
    rect(-30, -190, 60, 70, N.woodDark, 4),
    path('M-200,-200 L0,-300 L200,-200 L170,-190 L0,-270 L-170,-190 Z', '#b98e52'),
    path('M-190,-204 L0,-296 L190,-204 Z', '#c9a36a'),
    path('M-60,-110 L-20,-30 L-40,-30 L-80,-110 Z', N.woodLight),
  ].join('')

const farmHut: Motif = ({c, r}) =>
  [
    path('M-260,0 C-200,-140 -60,-170 40,-130 C140,-160 230,-120 260,0 Z', mix(c.main, N.leaf, 0.5)),
    ...Array.from({length: 5}, (_, i) => stroke(`M${-220 + i * 10},${-20 - i * 24} C-100,${-50 - i * 26} 100,${-40 - i * 26} ${220 - i * 16},${-20 - i * 22}`, N.leafDark, 6, 'opacity="0.6"')),
    rect(60, -200, 110, 70, N.woodLight, 3),
    path('M40,-196 L115,-250 L190,-196 Z', '#b98e52'),
    rect(100, -180, 30, 50, N.woodDark, 2),
    stroke('M-150,-130 L-150,-200', N.woodDark, 10),
    circle(-150, -220, 40 + r.range(0, 8), N.leafDark),
    circle(-180, -196, 28, N.leaf),
  ].join('')

const boat: Motif = ({c}) =>
  [
    path('M-260,-60 L-220,-230 C-210,-260 -180,-260 -170,-230 L-140,-120 L-100,-200 C-90,-230 -60,-230 -50,-200 L-10,-60 Z', c.mid),
    path('M60,-60 L100,-260 C110,-290 140,-290 150,-260 L200,-140 L230,-190 C240,-210 260,-210 260,-190 L260,-60 Z', c.light),
    rect(-260, -60, 520, 60, mix(c.main, '#2f6b8c', 0.5), 0, 'opacity="0.55"'),
    ...[-40, -22].map((y, i) => stroke(`M${-240 + i * 40},${y} c20,-8 40,8 60,0 c20,-8 40,8 60,0`, '#ffffff', 3, 'opacity="0.7"')),
    path('M-120,-50 C-60,-30 60,-30 120,-50 L100,-30 C40,-20 -40,-20 -100,-30 Z', N.woodDark),
    path('M40,-116 L80,-82 L0,-82 Z', '#eadcb4'),
    rect(30, -86, 20, 40, c.main, 6),
    line(-20, -120, 60, -30, N.woodDark, 5),
  ].join('')

const pagoda: Motif = ({c}) => {
  const roof = (y: number, w: number) =>
    path(`M${-w},${y} C${-w + 20},${y - 14} ${-w * 0.6},${y - 30} ${-w * 0.5},${y - 40} L${w * 0.5},${y - 40} C${w * 0.6},${y - 30} ${w - 20},${y - 14} ${w},${y} C${w - 30},${y - 6} ${w - 40},${y - 4} ${w - 50},${y - 8} L${-w + 50},${y - 8} C${-w + 40},${y - 4} ${-w + 30},${y - 6} ${-w},${y} Z`, c.main)
  return [
    rect(-170, -90, 340, 90, N.ivory, 2),
    ...[-140, -60, 40, 120].map((x) => rect(x, -90, 20, 90, N.lacquer, 2)),
    roof(-88, 220),
    rect(-120, -170, 240, 50, N.ivory, 2),
    roof(-160, 170),
    rect(-70, -230, 140, 40, N.ivory, 2),
    roof(-224, 120),
    circle(0, -280, 12, c.dark),
    rect(-200, -4, 400, 8, c.dark, 2),
  ].join('')
}

// ---------------------------------------------------------------------------------------------
// Scenes for events, points of sale and villages (about 640 units wide)

const tent = (x: number, roof: string, stripe: string, width = 180) =>
  group(
    `translate(${x},0)`,
    rect(-width / 2 + 8, -170, width - 16, 170, '#fbf6ea', 2),
    rect(-width / 2 + 8, -60, width - 16, 60, mix(roof, '#ffffff', 0.55), 2),
    polygon([[-width / 2, -170], [0, -250], [width / 2, -170]], roof),
    ...Array.from({length: 4}, (_, i) => polygon([[-width / 2 + i * (width / 4), -170], [-width / 2 + (i + 0.5) * (width / 4), -150], [-width / 2 + (i + 1) * (width / 4), -170]], i % 2 ? roof : stripe)),
    line(-width / 2 + 8, -170, -width / 2 + 8, 0, INK, 4),
    line(width / 2 - 8, -170, width / 2 - 8, 0, INK, 4),
  )

const goods = (x: number, y: number, c: Colors, r: Rng) =>
  group(
    `translate(${x},${y})`,
    path(vessel([[10, -46], [12, -40], [22, -26], [20, -6], [14, 0]]), c.main),
    rect(26, -30, 26, 30, N.leaf, 4),
    circle(72, -14, 14, r.pick([N.apricot, '#c8c94e', N.orange])),
  )

const fair: Motif = ({c, r}) =>
  [
    stroke('M-330,-280 C-160,-240 160,-240 330,-280', INK, 2),
    ...Array.from({length: 14}, (_, i) => {
      const x = -310 + i * 48
      const y = -272 + Math.sin((i / 13) * Math.PI) * 34
      return polygon([[x - 14, y], [x + 14, y], [x, y + 26]], [c.main, '#1f4e8c', N.leaf, N.ivory][i % 4])
    }),
    ...shuffle(r, [c.main, '#1f4e8c', N.leafDark, N.clay]).slice(0, 3).map((roof, i) => tent(-210 + i * 210, roof, N.ivory)),
    goods(-250, -60, c, r),
    goods(-40, -60, c, r),
    goods(170, -60, c, r),
    ...[-300, 300].map((x) => group(`translate(${x},-200)`, line(0, -60, 0, -30, INK, 2), ellipse(0, 0, 22, 30, c.main), rect(-8, -34, 16, 8, INK), rect(-8, 26, 16, 8, INK))),
  ].join('')

const exhibition: Motif = ({c, r}) => {
  const frame = (x: number, inner: string) => group(`translate(${x},-300)`, rect(-70, 0, 140, 170, N.woodDark, 4), rect(-60, 10, 120, 150, c.pale, 2), inner)
  const pictures = [
    path(vessel([[12, 40], [16, 50], [40, 90], [36, 130], [22, 146]]), c.main),
    path('M0,40 L50,120 Q0,140 -50,120 Z', '#eadcb4') + stroke('M-50,120 Q0,140 50,120', c.main, 4),
    path('M-44,50 C-20,40 20,70 44,56 L44,130 C20,146 -20,116 -44,130 Z', c.main),
    leaf(0, 140, 90, 44, 0, N.leaf, N.leafDark),
    group('translate(0,100)', lotusFlower(0, 30, 44, mix(N.pink, '#ffffff', 0.3), N.pink)),
    rect(-40, 60, 80, 70, N.leafDark, 8) + line(0, 60, 0, 130, '#e9dcb8', 5) + line(-40, 95, 40, 95, '#e9dcb8', 5),
  ]
  const chosen = shuffle(r, pictures).slice(0, 3)
  return [
    rect(-320, -330, 640, 14, c.main, 4),
    ...chosen.map((picture, i) => frame(-200 + i * 200, picture)),
    ...[-200, 0, 200].map((x) => rect(x - 60, -100, 120, 100, mix(N.ivory, c.main, 0.06), 2) + rect(x - 66, -110, 132, 14, c.dark, 3)),
    goods(-230, -110, c, r),
    goods(-30, -110, c, r),
    goods(170, -110, c, r),
  ].join('')
}

const marketWeek: Motif = ({c, r}) => {
  const stall = (x: number, awning: string) =>
    group(
      `translate(${x},0)`,
      rect(-110, -90, 220, 90, N.wood, 4),
      rect(-110, -96, 220, 12, N.woodDark, 3),
      line(-100, -96, -100, -230, N.woodDark, 6),
      line(100, -96, 100, -230, N.woodDark, 6),
      ...Array.from({length: 5}, (_, i) => path(`M${-120 + i * 48},-230 h48 v34 a24,16 0 0 1 -48,0 Z`, i % 2 ? awning : N.ivory)),
      ellipse(-50, -110, 44, 16, N.rattan),
      ...Array.from({length: 4}, (_, i) => circle(-70 + i * 14, -122, 10, r.pick([N.apricot, '#c8c94e', N.orange]))),
      ellipse(50, -110, 44, 16, N.rattan),
      ...Array.from({length: 3}, (_, i) => leaf(30 + i * 20, -110, 40, 16, -20 + i * 20, N.leaf)),
    )
  return shuffle(r, [c.main, '#1f4e8c', N.leafDark, N.clay]).slice(0, 3).map((awning, i) => stall(-220 + i * 220, awning)).join('')
}

const tradeMeeting: Motif = ({c, r}) =>
  [
    ...Array.from({length: 7}, (_, i) => circle(-240 + i * 80, -270 + (i % 2) * 40, 12, [c.main, '#1f4e8c', N.leaf][i % 3])),
    stroke('M-240,-270 L-160,-230 L-80,-270 L0,-230 L80,-270 L160,-230 L240,-270', c.mid, 3),
    rect(-260, -120, 520, 20, N.woodDark, 4),
    path('M-250,-100 L250,-100 L230,-20 L-230,-20 Z', mix(c.main, N.ivory, 0.2)),
    line(-200, -20, -200, 0, N.woodDark, 8),
    line(200, -20, 200, 0, N.woodDark, 8),
    goods(-170, -120, c, r),
    goods(40, -120, c, r),
    group('translate(-310,0)', rect(-30, -150, 60, 90, '#1f4e8c', 14), rect(-34, -70, 68, 14, N.woodDark, 3), circle(0, -180, 26, N.skin)),
    group('translate(310,0)', rect(-30, -150, 60, 90, c.main, 14), rect(-34, -70, 68, 14, N.woodDark, 3), circle(0, -180, 26, N.skin)),
  ].join('')

const shopfront: Motif = ({c, r}) =>
  [
    rect(-300, -330, 600, 330, mix(N.ivory, c.main, 0.06), 4),
    rect(-300, -330, 600, 40, c.dark, 4),
    ...(() => {
      const awning = r.pick([N.lacquer, c.main, N.leafDark])
      return Array.from({length: 10}, (_, i) => path(`M${-300 + i * 60},-290 h60 v40 a30,18 0 0 1 -60,0 Z`, i % 2 ? awning : N.ivory))
    })(),
    rect(-260, -220, 300, 180, mix('#dfe9ee', c.pale, 0.4), 4, `stroke="${c.dark}" stroke-width="8"`),
    rect(-250, -120, 280, 10, N.woodDark),
    goods(-230, -120, c, r),
    goods(-110, -120, c, r),
    path(vessel([[14, -60], [16, -52], [34, -30], [30, -6], [20, 0]]), '#1f4e8c', 'transform="translate(0,-40)"'),
    rect(90, -220, 140, 220, c.main, 4),
    rect(104, -206, 112, 200, mix(c.main, '#ffffff', 0.25), 2),
    circle(200, -100, 7, N.ivory),
    rect(-320, -4, 640, 8, INK, 2),
  ].join('')

const supermarket: Motif = ({c, r}) => {
  const colours = [c.main, '#1f4e8c', N.leaf, N.apricot, N.lacquer, '#c8c94e', N.ivory]
  const shelf = (y: number) =>
    rect(-300, y, 600, 10, N.steelDark, 2) +
    Array.from({length: 12}, (_, i) => {
      const x = -290 + i * 49
      const h = r.range(40, 70)
      return r.chance(0.5) ? rect(x, y - h, 38, h, r.pick(colours), 4) : path(vessel([[12, -h], [14, -h + 8], [19, -h + 24], [18, -6], [14, 0]]), r.pick(colours), `transform="translate(${x + 19},${y})"`)
    }).join('')
  return [
    rect(-320, -340, 640, 340, mix(N.ivory, '#ffffff', 0.5), 4),
    rect(-320, -340, 640, 36, c.main, 4),
    shelf(-210),
    shelf(-120),
    shelf(-30),
    rect(-320, -30, 640, 30, N.steel, 2),
  ].join('')
}

const showroom: Motif = ({c, r}) =>
  [
    rect(-290, -220, 580, 220, N.ivory, 2),
    path('M-330,-210 C-300,-230 -260,-270 -240,-290 L240,-290 C260,-270 300,-230 330,-210 C300,-214 290,-212 280,-216 L-280,-216 C-290,-212 -300,-214 -330,-210 Z', mix(N.clay, c.main, 0.2)),
    ...Array.from({length: 6}, (_, i) => line(-240 + i * 96, -286, -270 + i * 108, -218, mix(N.clay, INK, 0.3), 3)),
    ...[-270, -90, 70, 250].map((x) => rect(x, -216, 20, 216, N.lacquer, 2)),
    ...[-180, 160].map((x) =>
      group(
        `translate(${x},0)`,
        rect(-70, -150, 140, 8, N.woodDark),
        rect(-70, -80, 140, 8, N.woodDark),
        path(vessel([[14, -56], [16, -48], [32, -28], [28, -6], [18, 0]]), c.main, 'transform="translate(-30,-150)"'),
        path(vessel([[18, -40], [20, -34], [30, -18], [26, -4], [20, 0]]), N.porcelain, 'transform="translate(30,-150)"'),
        circle(-30, -96, 16, r.pick([N.apricot, N.leaf])),
        rect(10, -118, 40, 38, c.light, 3),
      ),
    ),
    rect(-60, -200, 120, 200, mix(N.woodDark, INK, 0.2), 2),
    rect(-50, -190, 100, 190, N.woodLight, 2),
  ].join('')

const villageGate: Motif = ({c, r}) => {
  const wall = mix(N.ivory, N.clay, 0.14)
  const tile = mix(N.clay, c.main, 0.3)
  const eave = (x: number, y: number, w: number, h: number) =>
    path(`M${x - w / 2},${y} C${x - w / 2 + 16},${y - 6} ${x - w / 2 + 24},${y - h * 0.6} ${x - w / 2 + 40},${y - h} L${x + w / 2 - 40},${y - h} C${x + w / 2 - 24},${y - h * 0.6} ${x + w / 2 - 16},${y - 6} ${x + w / 2},${y} Z`, tile)
  return [
    // The banyan at the village entrance.
    path('M-262,0 C-250,-70 -244,-150 -236,-210 L-196,-210 C-190,-150 -184,-70 -160,0 Z', N.woodDark),
    stroke('M-250,0 C-270,-10 -290,-4 -300,4', N.woodDark, 8),
    stroke('M-170,0 C-150,-10 -130,-4 -120,4', N.woodDark, 8),
    ...[
      [-300, -250, 96, 62],
      [-200, -300, 118, 72],
      [-110, -246, 84, 56],
      [-236, -206, 110, 50],
      [-150, -320, 70, 44],
    ].map(([x, y, rx, ry], i) => ellipse(x + r.range(-6, 6), y, rx, ry, i % 2 ? N.leaf : N.leafDark)),
    // The gate: side walls, the arch, two tiers of roof.
    polygon([[80, 0], [160, 0], [250, 70], [-10, 70]], mix(N.ivory, N.clay, 0.3)),
    rect(-50, -150, 60, 150, wall, 2),
    rect(230, -150, 60, 150, wall, 2),
    eave(-20, -150, 100, 30),
    eave(260, -150, 100, 30),
    rect(0, -220, 240, 220, wall, 2),
    path('M60,0 L60,-110 A60,60 0 0 1 180,-110 L180,0 Z', mix(c.main, INK, 0.4)),
    rect(10, -210, 16, 210, mix(N.lacquer, c.main, 0.2), 2),
    rect(214, -210, 16, 210, mix(N.lacquer, c.main, 0.2), 2),
    circle(120, -190, 12, c.light),
    eave(120, -218, 320, 40),
    rect(60, -282, 120, 24, wall, 2),
    eave(120, -258, 200, 34),
    circle(120, -300, 8, tile),
  ].join('')
}

export const MOTIFS: Record<string, Motif> = {
  'vase-lam': vaseLam,
  'vase-flame': vaseFlame,
  teaset,
  bowls,
  'pottery-wheel': potteryWheel,
  'banh-chung': banhChung,
  'banh-chung-slice': banhChungSlice,
  'banh-chung-gac': banhChungGac,
  'milk-bottle': milkBottle,
  yogurt,
  'milk-cake': milkCake,
  chicken,
  nem,
  gio,
  'cha-que': chaQue,
  com,
  'cha-com': chaCom,
  pomelo,
  melon,
  'banh-te': banhTe,
  'che-lam': cheLam,
  apricot,
  'apricot-jar': apricotJar,
  turmeric,
  arrowroot,
  'tea-branch': teaBranch,
  'tea-cup': teaCup,
  'tea-pouch': teaPouch,
  lotus,
  jasmine,
  'chrys-tea': chrysTea,
  'rose-tea': roseTea,
  'wine-bottle': wineBottle,
  'syrup-bottle': syrupBottle,
  'herb-bottle': herbBottle,
  'herb-bundle': herbBundle,
  dropper,
  lingzhi,
  oyster,
  scarf,
  aodai,
  tie,
  loom,
  hat,
  'hat-painted': hatPainted,
  tray,
  lamp,
  basket,
  statue,
  panel,
  'inlay-picture': inlayPicture,
  'inlay-box': inlayBox,
  'inlay-tray': inlayTray,
  knife,
  scissors,
  'lacquer-painting': lacquerPainting,
  'lacquer-box': lacquerBox,
  rose,
  orchid,
  'chrys-pot': chrysPot,
  'pomelo-tree': pomeloTree,
  bonsai,
  cow,
  'stilt-house': stiltHouse,
  'farm-hut': farmHut,
  boat,
  pagoda,
}

/** Wide scenes, drawn about 640 units across. */
export const SCENES: Record<string, Motif> = {
  fair,
  exhibition,
  'market-week': marketWeek,
  'trade-meeting': tradeMeeting,
  shopfront,
  supermarket,
  showroom,
  'village-gate': villageGate,
}
