import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import {
  checkFormat,
  formatForExtension,
  type ImportFormat,
} from '../../../shared/import/file-format'
import { plainError } from '../../../shared/ipc/plain-error'
import { FactmarkError } from '../../../shared/ipc/result'
import { messageOf } from './import-message'

/** The largest file an import reads; checked with fstat before a byte is read. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024

/** A file that could be read, and what it is. */
export interface ImportFile {
  format: ImportFormat
  bytes: Uint8Array
}

/**
 * Reads an article file's bytes, refusing anything that is not a regular file, is empty or too
 * large (checked with fstat before a byte is read), has an ending the importer does not read, or
 * whose content is not what its ending says (binary in a text file, a PNG called .docx).
 */
export async function readImportFile(path: string): Promise<ImportFile> {
  const extension = extname(path).toLowerCase()
  const format = formatForExtension(extension)
  if (!format) {
    throw new FactmarkError(
      'unsupported-file',
      `Factmark cannot read ${extension || 'files without an extension'}; import web pages (.html), Word documents (.docx), PDFs, .txt and .md files, or annotation files (.jsonld, .json).`,
    )
  }
  // Non-blocking: opening a FIFO for reading would otherwise wait for a writer, forever.
  const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)
  const handle = await open(path, flags).catch((error: NodeJS.ErrnoException) => {
    const words = plainError(error, `open the file “${basename(path)}”`)
    throw new FactmarkError('not-found', words.message, words.details ?? undefined)
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
    // At most the size fstat gave: a file that grows meanwhile cannot make this read more.
    const buffer = new Uint8Array(stats.size)
    let filled = 0
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled)
      if (bytesRead === 0) break
      filled += bytesRead
    }
    const bytes = buffer.subarray(0, filled)
    try {
      checkFormat(format, bytes)
    } catch (error) {
      throw new FactmarkError('unsupported-file', messageOf(error))
    }
    return { format, bytes }
  } finally {
    await handle.close()
  }
}
