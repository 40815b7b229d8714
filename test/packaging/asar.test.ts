import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { extractFile, getRawHeader, listPackage } from '@electron/asar'
import { Arch, build, Platform } from 'electron-builder'
import { existsSync } from 'node:fs'
import { access, constants, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readFuseWire, STOCK_FUSES, writeStandInElectron, type FuseWire } from './stand-in-electron'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/**
 * Largest app.asar we accept. Today's is about 4.3 MB, minified (`npm run build:dist`): 0.85 MB
 * of main (zod is most of it), 0.8 MB of renderer, the seeds, and 2.5 MB of readers for web
 * pages, Word files and PDFs (pdf.js, mammoth, linkedom, Readability), loaded only on import.
 * Unminified it was 6.7 MB; before that 9.1 MB, while each of the three readers carried its own
 * copy of zod (pulled in by the date check of `shared/import/publication-date.ts`, now zod-free).
 */
const ASAR_BUDGET_BYTES = 4.75 * 1024 * 1024

/** Largest share of the three readers together (2.5 MB minified today: pdf.js alone is 1.6 MB). */
const READERS_BUDGET_BYTES = 2.9 * 1024 * 1024

/**
 * Fewest bytes per line a shipped bundle may average: minified ones hold a few thousand (long
 * lines of code, broken only inside template strings), readable ones about forty.
 */
const MINIFIED_BYTES_PER_LINE = 500

/**
 * How long electron-builder may take to lay out the app: well under a minute on an idle machine,
 * two or more on a busy one (load 40 on two cores); this leaves 4x room over that.
 */
const PACKAGING_TIMEOUT_MS = 8 * 60 * 1000

/** The import worker: main starts it on the first import (see scripts/build.mjs). */
const IMPORT_WORKER = 'out/main/import-worker.cjs'

/** The readers the import worker loads on the first import that needs them. */
const READER_BUNDLES = ['read-html', 'read-docx', 'read-pdf'].map(
  (name) => `out/main/readers/${name}.cjs`,
)

/** The fuses electron-builder.yml asks for; the rest must keep Electron's stock value. */
const EXPECTED_FUSES: FuseWire = {
  ...STOCK_FUSES,
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
}

/** Every path the archive may hold; anything else (sources, tests, modules, maps) is a leak. */
const ALLOWED_ENTRIES: readonly RegExp[] = [
  /^\/package\.json$/,
  /^\/seeds$/,
  /^\/seeds\/[^/]+\.txt$/,
  /^\/seeds\/sources\.json$/,
  /^\/seeds\/reviews$/,
  /^\/seeds\/reviews\/[^/]+\.json$/,
  /^\/out$/,
  /^\/out\/(main|preload)$/,
  /^\/out\/(main|preload)\/index\.cjs$/,
  /^\/out\/main\/import-worker\.cjs$/,
  /^\/out\/main\/readers$/,
  /^\/out\/main\/readers\/read-(html|docx|pdf)\.cjs$/,
  /^\/out\/renderer(\/[^/]+)*$/,
]

/** Module names a main-process bundle may require at run time: Electron and Node's built-ins. */
const RUNTIME_MODULES = new Set(['electron', ...builtinModules])

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
}

describe('the packaged app (electron-builder --linux dir over a stand-in Electron)', () => {
  let work: string
  let appDir: string
  let asarPath: string
  let entries: string[]

  beforeAll(async () => {
    for (const file of ['out/main/index.cjs', 'out/preload/index.cjs', 'out/renderer/index.html']) {
      if (!existsSync(join(ROOT, file))) {
        throw new Error(`packaging: ${file} is missing; run \`npm run build:dist\` first`)
      }
    }
    if (
      (await readFile(join(ROOT, 'out/main/index.cjs'), 'utf8')).includes('//# sourceMappingURL=')
    ) {
      throw new Error(
        'packaging: out/ holds a development build (`npm run build`); the app ships what `npm run build:dist` makes (`npm run test:packaging` runs it)',
      )
    }
    work = await mkdtemp(join(tmpdir(), 'factmark-package-'))
    const electronDist = join(work, 'electron-dist')
    const electronVersion = JSON.parse(
      await readFile(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8'),
    ).version as string
    await writeStandInElectron(electronDist, electronVersion)
    await build({
      projectDir: ROOT,
      targets: Platform.LINUX.createTarget('dir', Arch.x64),
      publish: 'never',
      // Merged over electron-builder.yml: only where Electron comes from and where output goes.
      config: {
        electronDist,
        electronVersion,
        npmRebuild: false,
        directories: { output: join(work, 'dist') },
      },
    })
    appDir = join(work, 'dist', 'linux-unpacked')
    asarPath = join(appDir, 'resources', 'app.asar')
    entries = listPackage(asarPath, { isPack: false }).map((entry) => entry.split(sep).join('/'))
  }, PACKAGING_TIMEOUT_MS)

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true })
  })

  it('holds nothing but the built app, the seeds and package.json', () => {
    const strays = entries.filter((entry) => !ALLOWED_ENTRIES.some((rule) => rule.test(entry)))
    expect(strays).toEqual([])
    expect(entries.filter((entry) => /\.(ts|tsx|mts|cts|map)$/.test(entry))).toEqual([])
    expect(entries.filter((entry) => /(^|\/)(node_modules|test|src)(\/|$)/.test(entry))).toEqual([])
  })

  it('holds the main and preload bundles, and every renderer file but source maps', async () => {
    expect(entries).toContain('/out/main/index.cjs')
    expect(entries).toContain('/out/preload/index.cjs')
    const renderer = (await listFiles(join(ROOT, 'out', 'renderer'))).filter(
      (file) => !file.endsWith('.map'),
    )
    expect(renderer).toContain('index.html')
    for (const file of renderer) expect(entries).toContain(`/out/renderer/${file}`)
    const html = extractFile(asarPath, 'out/renderer/index.html').toString('utf8')
    const referenced = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((match) => match[1])
    expect(referenced.length).toBeGreaterThanOrEqual(2)
    for (const asset of referenced) expect(entries).toContain(`/out/renderer/${asset}`)
  })

  it('holds every sample article and the sample reviewer’s tags', async () => {
    const seeds = (await readdir(join(ROOT, 'seeds'))).filter((name) => name.endsWith('.txt'))
    const reviews = (await readdir(join(ROOT, 'seeds', 'reviews'))).filter((name) =>
      name.endsWith('.json'),
    )
    expect(seeds.length).toBeGreaterThan(0)
    expect(reviews.length).toBeGreaterThanOrEqual(2)
    expect(entries.filter((entry) => /^\/seeds\/.+\.(txt|json)$/.test(entry)).sort()).toEqual(
      [
        ...seeds.map((name) => `/seeds/${name}`),
        ...reviews.map((name) => `/seeds/reviews/${name}`),
        // The sample articles' outlets, addresses and dates.
        '/seeds/sources.json',
      ].sort(),
    )
  })

  it('ships a package.json whose main is in the archive and that lists no dependencies', () => {
    const manifest = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8')) as Record<
      string,
      unknown
    >
    expect(manifest.name).toBe('factmark')
    expect(entries).toContain(`/${String(manifest.main)}`)
    expect(manifest.devDependencies).toBeUndefined()
    expect(manifest.dependencies ?? {}).toEqual({})
    expect(manifest.scripts).toBeUndefined()
  })

  it('bundles everything main needs: it requires only electron, Node built-ins and its readers', () => {
    const bundles = [
      'out/main/index.cjs',
      'out/preload/index.cjs',
      IMPORT_WORKER,
      ...READER_BUNDLES,
    ]
    for (const bundle of bundles) {
      const source = extractFile(asarPath, bundle).toString('utf8')
      const required = new Set(
        [...source.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]),
      )
      const foreign = [...required].filter(
        (name) =>
          name &&
          !RUNTIME_MODULES.has(name.replace(/^node:/, '')) &&
          !(bundle === IMPORT_WORKER && READER_BUNDLES.includes(`out/main/${name.slice(2)}`)),
      )
      expect(foreign, `${bundle} requires modules that are not packaged`).toEqual([])
    }
    // Main finds the import worker beside it; the worker loads the readers lazily, and each
    // one it asks for is in the archive.
    const main = extractFile(asarPath, 'out/main/index.cjs').toString('utf8')
    expect(main).toContain('"import-worker.cjs"')
    expect(entries).toContain(`/${IMPORT_WORKER}`)
    const worker = extractFile(asarPath, IMPORT_WORKER).toString('utf8')
    for (const reader of READER_BUNDLES) {
      expect(worker).toContain(`require("./${reader.slice('out/main/'.length)}")`)
      expect(entries).toContain(`/${reader}`)
    }
  })

  it('ships minified bundles, without source maps', () => {
    for (const bundle of [
      'out/main/index.cjs',
      'out/preload/index.cjs',
      IMPORT_WORKER,
      ...READER_BUNDLES,
    ]) {
      const source = extractFile(asarPath, bundle).toString('utf8')
      const lines = source.split('\n').length
      expect(source, `${bundle} points at a source map`).not.toContain('//# sourceMappingURL=')
      expect(
        Buffer.byteLength(source) / lines,
        `${bundle} is not minified (${lines} lines)`,
      ).toBeGreaterThan(MINIFIED_BYTES_PER_LINE)
    }
  })

  it(`stays within the size budget of ${ASAR_BUDGET_BYTES / 1024 / 1024} MB`, async () => {
    const size = (await stat(asarPath)).size
    expect(size, `app.asar is ${size} bytes`).toBeLessThan(ASAR_BUDGET_BYTES)
    expect(getRawHeader(asarPath).header.files).toBeDefined()
  })

  it(`keeps the readers within ${READERS_BUDGET_BYTES / 1024 / 1024} MB, and them and the import worker without a copy of zod each`, () => {
    let total = 0
    for (const bundle of [...READER_BUNDLES, IMPORT_WORKER]) {
      const source = extractFile(asarPath, bundle).toString('utf8')
      if (bundle !== IMPORT_WORKER) total += Buffer.byteLength(source)
      // zod's error class is named by this string, minified or not: main has zod, the import
      // worker and the readers need not.
      expect(source.includes('$ZodError'), `${bundle} bundles zod`).toBe(false)
    }
    expect(total, `the readers are ${total} bytes`).toBeLessThan(READERS_BUDGET_BYTES)
  })

  it('packs everything into app.asar, with nothing unpacked beside it', async () => {
    expect(await readdir(join(appDir, 'resources'))).toEqual(['app.asar'])
  })

  it('renames the Electron binary after the app and flips its fuses as electron-builder.yml says', async () => {
    const binary = join(appDir, 'factmark')
    await access(binary, constants.X_OK)
    expect(existsSync(join(appDir, 'electron'))).toBe(false)
    expect(await readFuseWire(binary)).toEqual(EXPECTED_FUSES)
  })
})
