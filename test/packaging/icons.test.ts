import { describe, expect, it } from 'vitest'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const BUILD = join(ROOT, 'build')
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Width, height and colour type of a PNG, from its IHDR chunk; throws if it is not a PNG. */
function pngHeader(bytes: Buffer): { width: number; height: number; colorType: number } {
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString('ascii', 12, 16) !== 'IHDR') {
    throw new Error('icons.test: not a PNG')
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), colorType: bytes[25]! }
}

describe('the app icons in build/', () => {
  it('has a 1024-pixel RGBA icon.png and its SVG source', async () => {
    expect(pngHeader(await readFile(join(BUILD, 'icon.png')))).toEqual({
      width: 1024,
      height: 1024,
      colorType: 6,
    })
    expect(await readFile(join(BUILD, 'icon.svg'), 'utf8')).toContain('viewBox="0 0 1024 1024"')
  })

  it('has one PNG per Linux size, named <N>x<N>.png and of that size', async () => {
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      const header = pngHeader(await readFile(join(BUILD, 'icons', `${size}x${size}.png`)))
      expect(header, `${size}x${size}.png`).toMatchObject({ width: size, height: size })
    }
  })

  it('has an icon.ico whose entries are 32-bit bitmaps or PNGs of the sizes they claim', async () => {
    const ico = await readFile(join(BUILD, 'icon.ico'))
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1])
    const sizes: number[] = []
    for (let index = 0; index < ico.readUInt16LE(4); index++) {
      const at = 6 + 16 * index
      const size = ico[at] || 256
      const length = ico.readUInt32LE(at + 8)
      const offset = ico.readUInt32LE(at + 12)
      expect(offset + length).toBeLessThanOrEqual(ico.length)
      const image = ico.subarray(offset, offset + length)
      if (image.subarray(0, 8).equals(PNG_SIGNATURE)) {
        expect(pngHeader(image)).toMatchObject({ width: size, height: size })
      } else {
        expect(image.readUInt32LE(0), 'BITMAPINFOHEADER size').toBe(40)
        expect([image.readInt32LE(4), image.readInt32LE(8)]).toEqual([size, size * 2])
        expect(image.readUInt16LE(14), 'bits per pixel').toBe(32)
        const maskStride = Math.ceil(size / 32) * 4
        expect(length).toBe(40 + size * size * 4 + maskStride * size)
      }
      sizes.push(size)
    }
    expect(sizes).toEqual(expect.arrayContaining([16, 24, 32, 48, 64, 256]))
  })

  it('has an icon.icns of PNG chunks from 16 to 1024 pixels', async () => {
    const icns = await readFile(join(BUILD, 'icon.icns'))
    expect(icns.toString('ascii', 0, 4)).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    const expected: Record<string, number> = {
      icp4: 16,
      icp5: 32,
      ic11: 32,
      ic12: 64,
      ic07: 128,
      ic13: 256,
      ic08: 256,
      ic14: 512,
      ic09: 512,
      ic10: 1024,
    }
    const found: Record<string, number> = {}
    let at = 8
    while (at < icns.length) {
      const type = icns.toString('ascii', at, at + 4)
      const length = icns.readUInt32BE(at + 4)
      expect(length).toBeGreaterThan(8)
      const header = pngHeader(icns.subarray(at + 8, at + length))
      expect(header.width, type).toBe(header.height)
      found[type] = header.width
      at += length
    }
    expect(at).toBe(icns.length)
    expect(found).toEqual(expected)
  })

  it('is what electron-builder.yml points each platform at', async () => {
    const config = await readFile(join(ROOT, 'electron-builder.yml'), 'utf8')
    const icons = [...config.matchAll(/^\s+icon:\s*(\S+)\s*$/gm)].map((match) => match[1])
    expect(icons.sort()).toEqual(['build/icon.icns', 'build/icon.ico', 'build/icons'])
    for (const icon of icons) expect(existsSync(join(ROOT, icon ?? '')), icon).toBe(true)
  })
})
