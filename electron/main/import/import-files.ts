import { open } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import { parsePlainText } from '../../../shared/import/plain-text'
import { decodeText } from '../../../shared/import/sniff'
import type { ImportReport } from '../../../shared/ipc/contract'
import { FactmarkError } from '../../../shared/ipc/result'
import type { LibraryStore } from '../store/library-store'

/** The largest file an import reads; checked with fstat before a byte is read. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024

/** File endings the importer reads as plain text. */
export const PLAIN_TEXT_EXTENSIONS = ['.txt', '.text', '.md', '.markdown']

/**
 * Reads an article file as text, refusing anything that is not a regular file, is empty or too
 * large (checked before reading), is binary by content, or is not valid UTF-8/UTF-16.
 */
export async function readArticleFile(path: string): Promise<string> {
  const extension = extname(path).toLowerCase()
  if (!PLAIN_TEXT_EXTENSIONS.includes(extension)) {
    throw new FactmarkError(
      'unsupported-file',
      `Factmark cannot read ${extension || 'files without an extension'} yet; import .txt or .md files.`,
    )
  }
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new FactmarkError('not-found', `Cannot open the file: ${error.code ?? error.message}.`)
  })
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) throw new FactmarkError('unsupported-file', 'This is not a regular file.')
    if (stats.size === 0) throw new FactmarkError('unsupported-file', 'The file is empty.')
    if (stats.size > MAX_IMPORT_BYTES) {
      throw new FactmarkError(
        'too-large',
        `The file is ${(stats.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`,
      )
    }
    const bytes = await handle.readFile()
    try {
      return decodeText(bytes)
    } catch (error) {
      throw new FactmarkError(
        'unsupported-file',
        (error as Error).message.replace(/^decodeText: /, ''),
      )
    }
  } finally {
    await handle.close()
  }
}

/** Imports each file into the library, one by one; a failure is reported and the rest go on. */
export async function importFiles(
  store: LibraryStore,
  paths: readonly string[],
): Promise<ImportReport> {
  const report: ImportReport = { imported: [], failures: [] }
  for (const path of paths) {
    try {
      const draft = parsePlainText(await readArticleFile(path))
      report.imported.push(await store.add(draft, basename(path)))
    } catch (error) {
      const message =
        error instanceof FactmarkError
          ? error.message
          : (error as Error).message.replace(/^\w+: /, '')
      report.failures.push({ file: basename(path), message })
    }
  }
  return report
}
