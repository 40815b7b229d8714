// Renders build/icon.svg into every icon electron-builder packs: build/icon.png (1024 px, also the
// macOS/Windows fallback), build/icons/<N>x<N>.png (Linux), build/icon.icns (macOS, PNG chunks)
// and build/icon.ico (Windows: 32-bit BMP entries up to 64 px, a PNG entry at 256 px).
//
// Run it by hand after editing the SVG and commit the outputs: `node scripts/icons.mjs`.
// Needs Debian's Chromium (or CHROMIUM_PATH); nothing here runs in CI.
/* global Image, document -- the rasterizer runs inside the page */
import { chromium } from 'playwright-core'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { crc32, deflateSync } from 'node:zlib'

const BUILD_DIR = fileURLToPath(new URL('../build', import.meta.url))
const SOURCE = join(BUILD_DIR, 'icon.svg')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Linux icon sizes (electron-builder reads build/icons/<N>x<N>.png). */
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]

/** Windows icon sizes; entries up to 64 px are BMP (NSIS and old shells want those), 256 is PNG. */
const WINDOWS_SIZES = [16, 20, 24, 32, 40, 48, 64, 256]

/** macOS icon chunks: type, pixel size. `icp4`/`icp5` and the `ic07`–`ic14` family hold PNGs. */
const MAC_CHUNKS = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic14', 512],
  ['ic09', 512],
  ['ic10', 1024],
]

/**
 * Windows draws icons edge to edge, so its variant crops the macOS grid's transparent margin
 * (the tile spans 100–924 of 1024) down to a few units.
 */
const WINDOWS_VIEW_BOX = '88 88 848 848'

/** Renders the SVG at each size in Chromium and returns straight (non-premultiplied) RGBA. */
async function rasterize(svg, sizes) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--force-color-profile=srgb'],
  })
  try {
    const page = await browser.newPage()
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
    const result = await page.evaluate(
      async ({ url, wanted }) => {
        const out = {}
        for (const size of wanted) {
          const image = new Image(size, size)
          image.src = url
          await image.decode()
          const canvas = document.createElement('canvas')
          canvas.width = size
          canvas.height = size
          const context = canvas.getContext('2d', { colorSpace: 'srgb' })
          context.imageSmoothingQuality = 'high'
          context.drawImage(image, 0, 0, size, size)
          const data = context.getImageData(0, 0, size, size).data
          let binary = ''
          for (let i = 0; i < data.length; i += 0x8000) {
            binary += String.fromCharCode(...data.subarray(i, i + 0x8000))
          }
          out[size] = btoa(binary)
        }
        return out
      },
      { url: dataUrl, wanted: sizes },
    )
    return new Map(sizes.map((size) => [size, Buffer.from(result[size], 'base64')]))
  } finally {
    await browser.close()
  }
}

/** One PNG chunk: length, type, data, CRC of type and data. */
function pngChunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(typed))
  return Buffer.concat([length, typed, crc])
}

function paeth(a, b, c) {
  const p = a + b - c
  const pa = Math.abs(p - a)
  const pb = Math.abs(p - b)
  const pc = Math.abs(p - c)
  if (pa <= pb && pa <= pc) return a
  return pb <= pc ? b : c
}

/** Encodes RGBA pixels as an 8-bit RGBA PNG, choosing each row's filter by the usual heuristic. */
function encodePng(rgba, size) {
  const stride = size * 4
  const rows = []
  const zero = Buffer.alloc(stride)
  for (let y = 0; y < size; y++) {
    const row = rgba.subarray(y * stride, (y + 1) * stride)
    const above = y > 0 ? rgba.subarray((y - 1) * stride, y * stride) : zero
    let best = null
    let bestScore = Infinity
    for (let filter = 0; filter < 5; filter++) {
      const line = Buffer.alloc(stride + 1)
      line[0] = filter
      let score = 0
      for (let x = 0; x < stride; x++) {
        const left = x >= 4 ? row[x - 4] : 0
        const up = above[x]
        const upLeft = x >= 4 ? above[x - 4] : 0
        const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter]
        const value = (row[x] - predictor) & 0xff
        line[x + 1] = value
        score += value < 128 ? value : 256 - value
      }
      if (score < bestScore) {
        bestScore = score
        best = line
      }
    }
    rows.push(best)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 8 // bit depth
  header[9] = 6 // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

/** A 32-bit ICO bitmap: BITMAPINFOHEADER, bottom-up BGRA pixels, then the 1-bit AND mask. */
function encodeIcoBitmap(rgba, size) {
  const header = Buffer.alloc(40)
  header.writeUInt32LE(40, 0)
  header.writeInt32LE(size, 4)
  header.writeInt32LE(size * 2, 8) // the height counts the colour and mask halves
  header.writeUInt16LE(1, 12)
  header.writeUInt16LE(32, 14)
  const pixels = Buffer.alloc(size * size * 4)
  const maskStride = Math.ceil(size / 32) * 4
  const mask = Buffer.alloc(maskStride * size)
  for (let y = 0; y < size; y++) {
    const target = size - 1 - y
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4
      const to = (target * size + x) * 4
      pixels[to] = rgba[from + 2]
      pixels[to + 1] = rgba[from + 1]
      pixels[to + 2] = rgba[from]
      pixels[to + 3] = rgba[from + 3]
      if (rgba[from + 3] === 0) mask[target * maskStride + (x >> 3)] |= 0x80 >> (x & 7)
    }
  }
  header.writeUInt32LE(pixels.length + mask.length, 20)
  return Buffer.concat([header, pixels, mask])
}

/** An ICO file from `[size, image bytes]` entries. */
function encodeIco(entries) {
  const directory = Buffer.alloc(6 + 16 * entries.length)
  directory.writeUInt16LE(0, 0)
  directory.writeUInt16LE(1, 2)
  directory.writeUInt16LE(entries.length, 4)
  let offset = directory.length
  entries.forEach(([size, image], index) => {
    const at = 6 + 16 * index
    directory[at] = size >= 256 ? 0 : size
    directory[at + 1] = size >= 256 ? 0 : size
    directory.writeUInt16LE(1, at + 4)
    directory.writeUInt16LE(32, at + 6)
    directory.writeUInt32LE(image.length, at + 8)
    directory.writeUInt32LE(offset, at + 12)
    offset += image.length
  })
  return Buffer.concat([directory, ...entries.map(([, image]) => image)])
}

/** An ICNS file from `[type, PNG bytes]` chunks. */
function encodeIcns(chunks) {
  const parts = chunks.map(([type, png]) => {
    const head = Buffer.alloc(8)
    head.write(type, 0, 'ascii')
    head.writeUInt32BE(png.length + 8, 4)
    return Buffer.concat([head, png])
  })
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'ascii')
  head.writeUInt32BE(8 + parts.reduce((sum, part) => sum + part.length, 0), 4)
  return Buffer.concat([head, ...parts])
}

const svg = await readFile(SOURCE, 'utf8')
const windowsSvg = svg.replace('viewBox="0 0 1024 1024"', `viewBox="${WINDOWS_VIEW_BOX}"`)
if (windowsSvg === svg) throw new Error('icons: build/icon.svg must have viewBox="0 0 1024 1024"')

const squareSizes = [...new Set([...LINUX_SIZES, ...MAC_CHUNKS.map(([, size]) => size)])]
const square = await rasterize(svg, squareSizes)
const windows = await rasterize(windowsSvg, WINDOWS_SIZES)
const png = new Map([...square].map(([size, rgba]) => [size, encodePng(rgba, size)]))

await mkdir(join(BUILD_DIR, 'icons'), { recursive: true })
await writeFile(join(BUILD_DIR, 'icon.png'), png.get(1024))
for (const size of LINUX_SIZES) {
  await writeFile(join(BUILD_DIR, 'icons', `${size}x${size}.png`), png.get(size))
}
await writeFile(
  join(BUILD_DIR, 'icon.icns'),
  encodeIcns(MAC_CHUNKS.map(([type, size]) => [type, png.get(size)])),
)
await writeFile(
  join(BUILD_DIR, 'icon.ico'),
  encodeIco(
    WINDOWS_SIZES.map((size) => {
      const rgba = windows.get(size)
      return [size, size >= 256 ? encodePng(rgba, size) : encodeIcoBitmap(rgba, size)]
    }),
  ),
)
console.log(
  `icons: wrote build/icon.png, build/icon.icns, build/icon.ico and ${LINUX_SIZES.length} Linux sizes`,
)
