// Builds the app into out/: main, preload and CLI bundles with esbuild, the renderer with Vite.
import { build as esbuild } from 'esbuild'
import { build as viteBuild } from 'vite'
import { readFile, rm } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const production = process.env.NODE_ENV === 'production'
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

await Promise.all([
  esbuild({
    ...common,
    entryPoints: ['electron/main/index.ts'],
    outfile: 'out/main/index.cjs',
    external: ['electron'],
  }),
  esbuild({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: 'out/preload/index.cjs',
    external: ['electron'],
    platform: 'browser',
    target: 'chrome130',
  }),
  esbuild({
    ...common,
    entryPoints: ['electron/cli/index.ts'],
    outfile: 'out/cli/index.cjs',
    define: { 'process.env.FACTMARK_VERSION': JSON.stringify(version) },
    banner: { js: '#!/usr/bin/env node' },
  }),
])

await viteBuild({
  configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
  logLevel: 'warn',
})
