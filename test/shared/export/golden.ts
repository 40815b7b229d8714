/**
 * Golden files for exports: `test/fixtures/export/<name>`, compared byte for byte, rewritten only
 * when the tests run with `UPDATE_GOLDEN=1`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { expect } from 'vitest'

const folder = new URL('../../fixtures/export/', import.meta.url)

/** Whether this run rewrites the golden files instead of checking them. */
export const UPDATING_GOLDEN = process.env.UPDATE_GOLDEN === '1'

/** Checks `actual` against the golden file `name` (or writes it when `UPDATE_GOLDEN=1`). */
export function expectGolden(name: string, actual: string): void {
  const file = new URL(name, folder)
  if (UPDATING_GOLDEN) {
    mkdirSync(folder, { recursive: true })
    writeFileSync(file, actual, 'utf8')
    return
  }
  if (!existsSync(file)) {
    throw new Error(
      `golden file ${name} is missing: run the tests with UPDATE_GOLDEN=1 to write it`,
    )
  }
  const expected = readFileSync(file, 'utf8')
  expect(actual, `${name} differs from its golden file (UPDATE_GOLDEN=1 rewrites it)`).toBe(
    expected,
  )
}
