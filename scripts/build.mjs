// Builds the app into out/: main, preload and CLI bundles with esbuild, the renderer with Vite.
import { build as esbuild } from 'esbuild'
import { build as viteBuild } from 'vite'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
/**
 * A production build (`--production`, or NODE_ENV=production), as `npm run dist` and the packaging
 * test make it: minified, without source maps. Otherwise the bundles stay readable, with linked
 * source maps, for tests and debugging.
 */
const production = process.argv.includes('--production') || process.env.NODE_ENV === 'production'
const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'))

await rm(new URL('../out', import.meta.url), { recursive: true, force: true })

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
}

/**
 * The readers of web pages, Word files and PDFs carry pdf.js, mammoth, linkedom and Readability
 * (several megabytes): they are bundled on their own and loaded on the first import that needs
 * them (`import('./read-…')` in parse-article.ts, run by the import worker), so that starting
 * the app or the CLI does not parse them.
 */
const READERS = ['read-html', 'read-docx', 'read-pdf']
const lazyReaders = {
  name: 'lazy-readers',
  setup(build) {
    build.onResolve({ filter: /^\.\/read-(html|docx|pdf)$/ }, (args) =>
      args.importer.replace(/\\/g, '/').endsWith('electron/core/import/parse-article.ts')
        ? { path: `./readers/${basename(args.path)}.cjs`, external: true }
        : undefined,
    )
  },
}
/**
 * linkedom tries `require('canvas')`, a native module we do not ship, and falls back to its shim.
 * The readers get the shim outright: a `require('canvas')` left in a bundle would search every
 * `node_modules` folder above the app and load whatever it found there.
 */
const canvasShim = {
  name: 'canvas-shim',
  setup(build) {
    build.onResolve({ filter: /^canvas$/ }, () => ({
      path: fileURLToPath(
        new URL('../node_modules/linkedom/commonjs/canvas-shim.cjs', import.meta.url),
      ),
    }))
  },
}
const readerBundles = ['out/main', 'out/cli'].flatMap((dir) =>
  READERS.map((name) =>
    esbuild({
      ...common,
      entryPoints: [`electron/core/import/${name}.ts`],
      outfile: `${dir}/readers/${name}.cjs`,
      external: ['electron'],
      plugins: [canvasShim],
    }),
  ),
)

/**
 * The import worker (a worker_threads script that reads and parses files off the main thread),
 * beside each bundle that starts it: `import-worker-script.ts` finds it there with `require`.
 */
const importWorkers = ['out/main', 'out/cli'].map((dir) =>
  esbuild({
    ...common,
    entryPoints: ['electron/core/import/import-worker.ts'],
    outfile: `${dir}/import-worker.cjs`,
    external: ['electron'],
    plugins: [lazyReaders],
  }),
)

await Promise.all([
  ...readerBundles,
  ...importWorkers,
  esbuild({
    ...common,
    entryPoints: ['electron/main/index.ts'],
    outfile: 'out/main/index.cjs',
    external: ['electron'],
    plugins: [lazyReaders],
  }),
  esbuild({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: 'out/preload/index.cjs',
    external: ['electron'],
    platform: 'browser',
    target: 'chrome130',
  }),
  // The CLI is split along its commands' `import()`s (run-cli.ts): `factmark --help` parses only
  // the entry chunk, and each command loads its own code and the chunks it shares. Splitting
  // needs ES modules; the `require` the banner makes serves the bundled CommonJS packages and
  // the readers. out/cli/index.cjs (package.json's bin) only imports the entry.
  esbuild({
    ...common,
    entryPoints: { index: 'electron/cli/index.ts' },
    outdir: 'out/cli',
    format: 'esm',
    splitting: true,
    outExtension: { '.js': '.mjs' },
    plugins: [lazyReaders],
    define: { 'process.env.FACTMARK_VERSION': JSON.stringify(version) },
    banner: {
      js: "import { createRequire as __factmarkCreateRequire } from 'node:module';\nconst require = __factmarkCreateRequire(import.meta.url);",
    },
  }).then(() =>
    writeFile(
      new URL('../out/cli/index.cjs', import.meta.url),
      [
        '#!/usr/bin/env node',
        '// The `factmark` command: the CLI is ES module chunks (see scripts/build.mjs).',
        "import('./index.mjs').catch((error) => {",
        '  process.stderr.write(`factmark: ${String(error)}\\n`)',
        '  process.exitCode = 1',
        '})',
        '',
      ].join('\n'),
      { mode: 0o755 },
    ),
  ),
])

// esbuild keeps `import()` of an external file as it is; Node's ESM loader would then load the
// reader, which inside an asar archive is less sure than `require`, so the bundles require it.
for (const bundles of [['out/main/import-worker.cjs'], ['out/cli/import-worker.cjs']]) {
  const lazy = /\bimport\(("\.\/readers\/read-\w+\.cjs")\)/g
  let found = 0
  for (const bundle of bundles) {
    const file = new URL(`../${bundle}`, import.meta.url)
    const code = await readFile(file, 'utf8')
    const count = (code.match(lazy) ?? []).length
    found += count
    if (count > 0) {
      await writeFile(file, code.replace(lazy, 'Promise.resolve().then(() => require($1))'))
    }
  }
  if (found !== READERS.length) {
    throw new Error(`build: ${bundles[0]} does not load the ${READERS.length} readers lazily`)
  }
}

await viteBuild({
  configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
  logLevel: 'warn',
})
