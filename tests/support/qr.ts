/** Reads a QR code back from an image file's bytes (PNG, or SVG rendered by sharp), as a phone would. */
import jsQR from 'jsqr'
import sharp from 'sharp'

/**
 * The text of the QR code in a PNG or SVG image, or null when none can be read. Images are read at
 * 600 px at most, more than a phone's camera sees of a printed code, and five times faster to decode
 * than a 1200 px print file.
 */
export async function decodeQr(image: Buffer | Uint8Array): Promise<string | null> {
  const {data, info} = await sharp(image, {density: 144})
    .resize({width: 600, height: 600, fit: 'inside', withoutEnlargement: true})
    .flatten({background: '#ffffff'})
    .ensureAlpha()
    .raw()
    .toBuffer({resolveWithObject: true})
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height)?.data ?? null
}
