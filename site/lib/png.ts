import {crc32, deflateSync} from 'node:zlib'

/**
 * A black-and-white PNG (1 bit per pixel, greyscale), for QR codes. Image libraries write such a
 * picture tens of times slower, through 8-bit colour and palette quantisation: at Hà Nội's ~5,000
 * products and producers that was minutes of every build for a format that needs no more than this.
 */

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const framed = Buffer.alloc(body.length + 8)
  framed.writeUInt32BE(data.length, 0)
  body.copy(framed, 4)
  framed.writeUInt32BE(crc32(body), body.length + 4)
  return framed
}

/**
 * `size` × `size` pixels from a square grid of cells (true: black), each cell scaled up to whole
 * pixels without blurring, with `dpi` recorded for printing.
 */
export function bilevelPng(cells: readonly (readonly boolean[])[], size: number, dpi: number): Buffer {
  const count = cells.length
  const stride = Math.ceil(size / 8)
  // Which cell each pixel column and row falls in.
  const cellOf = Array.from({length: size}, (_, pixel) => Math.floor((pixel * count) / size))
  // Each row of cells gives one row of packed bits (in 1-bit greyscale, 1 is white), which every
  // pixel row in that cell row repeats.
  const packed = cells.map((row) => {
    const bits = Buffer.alloc(stride)
    for (let x = 0; x < size; x++) if (!row[cellOf[x]!]) bits[x >> 3]! |= 0x80 >> (x & 7)
    return bits
  })
  const raw = Buffer.alloc((stride + 1) * size) // each row: filter type 0, then the packed bits
  for (let y = 0; y < size; y++) packed[cellOf[y]!]!.copy(raw, y * (stride + 1) + 1)
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 1 // bit depth
  header[9] = 0 // greyscale; compression, filter and interlace methods 0
  const density = Buffer.alloc(9)
  const perMetre = Math.round(dpi / 0.0254)
  density.writeUInt32BE(perMetre, 0)
  density.writeUInt32BE(perMetre, 4)
  density[8] = 1 // the unit is the metre
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('pHYs', density), chunk('IDAT', deflateSync(raw, {level: 9})), chunk('IEND', Buffer.alloc(0))])
}
