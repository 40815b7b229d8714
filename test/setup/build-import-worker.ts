import { build } from 'esbuild'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  /** What the global set-up hands every test file. */
  export interface ProvidedContext {
    /** The import worker's script, bundled once for the whole run. */
    importWorkerScript: string
  }
}

/** The worker's TypeScript entry. */
const ENTRY = fileURLToPath(new URL('../../electron/core/import/import-worker.ts', import.meta.url))

/**
 * Vitest's global set-up: bundles the import worker (its readers inside) once per run, before any
 * test file starts, into a temporary folder, and hands its path to the test files
 * (`use-import-worker.ts` points the importer at it). Bundling takes seconds on a busy machine:
 * done here, no test waits for it within its own timeout. Returns the teardown, which removes it.
 */
export default async function buildImportWorker(
  project: TestProject,
): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'factmark-test-worker-'))
  const outfile = join(dir, 'import-worker.cjs')
  await build({
    entryPoints: [ENTRY],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    // linkedom's optional `canvas` stays out, as in the app's readers (scripts/build.mjs).
    external: ['canvas'],
  })
  project.provide('importWorkerScript', outfile)
  return () => rm(dir, { recursive: true, force: true })
}
