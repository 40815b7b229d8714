// Every test file's set-up: the importer's worker runs the script the global set-up bundled once
// for the whole run (build-import-worker.ts), so that a test's first import does not bundle it.
import { inject } from 'vitest'
import { useImportWorkerScript } from '../../electron/core/import/import-worker-script'

useImportWorkerScript(inject('importWorkerScript'))
