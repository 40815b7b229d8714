import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type * as Esbuild from 'esbuild'
import { FactmarkError } from '../../../shared/ipc/result'

/** How to start the import worker: a script file, or a script's code (run with `eval`). */
export type WorkerSource = { path: string } | { code: string }

/** The built worker's file name, beside the bundle that starts it (scripts/build.mjs). */
const BUILT_NAME = 'import-worker.cjs'

/** The built worker beside this bundle, found through the bundle's own `require`; or null. */
function builtWorker(): string | null {
  try {
    // The main bundle's CommonJS `require`, the CLI's from its banner (scripts/build.mjs); in
    // the TypeScript sources (tests) there is no built worker beside this file.
    return typeof require === 'function' ? require.resolve(`./${BUILT_NAME}`) : null
  } catch {
    return null
  }
}

/** The worker's TypeScript entry beside this file, when this runs from the sources; or null. */
function sourceEntry(): string | null {
  if (typeof __filename !== 'string' || !__filename.endsWith('.ts')) return null
  const entry = join(dirname(__filename), 'import-worker.ts')
  return existsSync(entry) ? entry : null
}

/** The sources' worker bundled once per process (tests run the TypeScript sources). */
let bundled: Promise<WorkerSource> | null = null

/** Bundles the worker's TypeScript entry with esbuild, a development dependency. */
async function bundleSources(entry: string): Promise<WorkerSource> {
  // A name in a variable: the app's bundles must not take esbuild in.
  const name = 'esbuild'
  const esbuild = (await import(name)) as typeof Esbuild
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    // linkedom's optional `canvas` stays out, as in the app's readers (scripts/build.mjs).
    external: ['canvas'],
  })
  const code = result.outputFiles[0]?.text
  if (code === undefined) throw new Error('import-worker-script: esbuild wrote no worker')
  return { code }
}

/**
 * Where the import worker's script is: the built `import-worker.cjs` beside the app's or the
 * CLI's bundle (inside app.asar too: Electron reads archives in workers), else, running from the
 * TypeScript sources (tests), the sources bundled once in memory. A clear error when neither is
 * there.
 */
export async function importWorkerSource(): Promise<WorkerSource> {
  const built = builtWorker()
  if (built) return { path: built }
  const entry = sourceEntry()
  if (entry) {
    bundled ??= bundleSources(entry).catch((error: unknown) => {
      bundled = null
      throw error
    })
    return bundled
  }
  throw new FactmarkError(
    'internal',
    `The importer could not start: its worker script (${BUILT_NAME}) is missing beside the app.`,
  )
}
