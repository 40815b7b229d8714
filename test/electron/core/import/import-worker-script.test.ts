import { existsSync } from 'node:fs'
import { describe, expect, inject, it } from 'vitest'
import {
  importWorkerSource,
  useImportWorkerScript,
} from '../../../../electron/core/import/import-worker-script'

describe('importWorkerSource', () => {
  it('gives the tests the worker bundled once for the whole run, never a bundle of their own', async () => {
    const script = inject('importWorkerScript')
    expect(existsSync(script)).toBe(true)
    expect(await importWorkerSource()).toEqual({ path: script })
  })

  it('says in plain words that the worker is missing when it has no script to run', async () => {
    useImportWorkerScript(null)
    try {
      await expect(importWorkerSource()).rejects.toMatchObject({
        code: 'internal',
        message: expect.stringMatching(/^The importer could not start: .*import-worker\.cjs.*\.$/),
      })
    } finally {
      useImportWorkerScript(inject('importWorkerScript'))
    }
  })
})
