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

/** The worker script named by {@link useImportWorkerScript}, or null. */
let chosen: string | null = null

/**
 * Makes the process's import workers run the script at `path` (null: the built one again). The
 * tests run the TypeScript sources, with no built worker beside them: their set-up builds the
 * worker once per run and points every test file at it (test/setup/), so that no test pays for
 * bundling it.
 */
export function useImportWorkerScript(path: string | null): void {
  chosen = path
}

/**
 * Where the import worker's script is: the built `import-worker.cjs` beside the app's or the
 * CLI's bundle (inside app.asar too: Electron reads archives in workers), else the script given
 * to {@link useImportWorkerScript}. A clear error when neither is there.
 */
export async function importWorkerSource(): Promise<WorkerSource> {
  const built = builtWorker()
  if (built) return { path: built }
  if (chosen !== null) return { path: chosen }
  throw new FactmarkError(
    'internal',
    `The importer could not start: its worker script (${BUILT_NAME}) is missing beside the app.`,
    'Running from the TypeScript sources, call useImportWorkerScript with a bundle of electron/core/import/import-worker.ts.',
  )
}
