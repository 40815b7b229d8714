import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import { Node } from 'prosemirror-model'
import { articleSchema } from '../../../shared/editor/schema'
import { declaresWindows1252 } from '../../../shared/import/declared-charset'
import { findDuplicate } from '../../../shared/import/duplicates'
import {
  ALL_IMPORT_EXTENSIONS,
  checkFormat,
  formatForExtension,
  type ImportFormat,
} from '../../../shared/import/file-format'
import { emptyImportReport } from '../../../shared/import/import-report'
import { parsePlainText, type ArticleDraft } from '../../../shared/import/plain-text'
import { decodeText, InvalidEncodingError } from '../../../shared/import/sniff'
import { decodeWindows1252 } from '../../../shared/import/windows-1252'
import type { ImportOfferAction, ImportReport } from '../../../shared/import/import-report'
import { plainError } from '../../../shared/ipc/plain-error'
import { FactmarkError } from '../../../shared/ipc/result'
import { articleText } from '../../../shared/text/article-text'
import { textHash } from '../../../shared/text/hash'
import type { LibraryStore } from '../store/library-store'
import { importAnnotationFile } from './annotation-import'
import { ImportOffers } from './import-offers'

/** The largest file an import reads; checked with fstat before a byte is read. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024

/** Every file ending the importer reads (text, web pages, Word documents, PDFs). */
export const IMPORT_FILE_EXTENSIONS = [...ALL_IMPORT_EXTENSIONS]

/** How many characters of a file an encoding offer shows, read as Windows-1252. */
const PREVIEW_LENGTH = 160

/** How a file's text is decoded: strictly (UTF-8/UTF-16), or as Windows-1252 when it is not. */
type Decoding = 'strict' | 'windows-1252'

/** Options of {@link importFiles}. */
export interface ImportOptions {
  /** Where offers wait for the editor's answer (a new, private registry by default). */
  offers?: ImportOffers
  /** Read files that are not valid UTF-8 as Windows-1252 rather than offering it (CLI). */
  windows1252?: boolean
  /** Update an article a file is a newer version of rather than offering it (CLI). */
  update?: boolean
}

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

function decodeStrict(bytes: Uint8Array): string {
  try {
    return decodeText(bytes)
  } catch (error) {
    if (error instanceof InvalidEncodingError) throw error
    throw new FactmarkError('unsupported-file', messageOf(error))
  }
}

/** Decodes a text file or web page; throws {@link InvalidEncodingError} for strict decoding. */
function decodeFile(file: ImportFile, decoding: Decoding): string {
  try {
    return decodeStrict(file.bytes)
  } catch (error) {
    const declared = file.format === 'html' && declaresWindows1252(file.bytes)
    if (error instanceof InvalidEncodingError && (decoding === 'windows-1252' || declared)) {
      return decodeWindows1252(file.bytes)
    }
    throw error
  }
}

/**
 * The article a file holds, parsed by its format. The readers of web pages, Word documents and
 * PDFs (Readability, mammoth, pdf.js: megabytes of code) are loaded the first time they are
 * needed, not when the app or the CLI starts.
 */
export async function parseArticle(file: ImportFile, decoding: Decoding): Promise<ArticleDraft> {
  try {
    switch (file.format) {
      case 'text':
        return parsePlainText(decodeFile(file, decoding))
      case 'html': {
        const text = decodeFile(file, decoding)
        return (await import('./read-html')).readHtml(text)
      }
      case 'docx':
        return await (await import('./read-docx')).readDocx(file.bytes)
      case 'pdf':
        return await (await import('./read-pdf')).readPdf(file.bytes)
      case 'annotations':
        throw new FactmarkError(
          'unsupported-file',
          'This is an annotation file: its tags are placed in the library’s articles, it is not an article.',
        )
    }
  } catch (error) {
    if (error instanceof FactmarkError || error instanceof InvalidEncodingError) throw error
    throw new FactmarkError('unsupported-file', messageOf(error))
  }
}

/** A failed file's message for the editor, and its technical details when it has some. */
function importFailure(error: unknown): { message: string; details?: string } {
  if (error instanceof FactmarkError) {
    return error.details === undefined
      ? { message: error.message }
      : { message: error.message, details: error.details }
  }
  return { message: messageOf(error) }
}

/** An error's message for the editor, without the `function:` prefix of internal errors. */
function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const plain = message.replace(/^\w+: /, '')
  return plain.charAt(0).toUpperCase() + plain.slice(1) + (/[.!?]$/.test(plain) ? '' : '.')
}

/** The hash of the text the library would store for `draft`. */
function draftTextHash(draft: ArticleDraft): string {
  try {
    const doc = Node.fromJSON(articleSchema, draft.body)
    doc.check()
    return textHash(articleText(doc))
  } catch (error) {
    throw new FactmarkError('invalid-argument', `The article is not valid: ${messageOf(error)}`)
  }
}

/**
 * Adds `draft` to the library unless it is there already: the same text is reported as already
 * in the library; a newer version of an article (same canonical address, or same headline and
 * outlet, with another text) is updated with `update`, else offered to the editor.
 */
async function addDraft(
  store: LibraryStore,
  draft: ArticleDraft,
  file: string,
  options: ImportOptions & { offers: ImportOffers },
  report: Required<ImportReport>,
): Promise<void> {
  const duplicate = findDuplicate(
    { textHash: draftTextHash(draft), title: draft.title, outlet: draft.outlet, url: draft.url },
    store.list(),
  )
  if (duplicate?.reason === 'same-text') {
    report.alreadyInLibrary.push({ file, title: duplicate.existing.title })
    return
  }
  if (duplicate) {
    if (options.update) {
      report.updated.push(await store.replaceArticle(duplicate.existing.id, draft, file))
      return
    }
    const { existing } = duplicate
    const token = options.offers.add({
      kind: 'newer-version',
      file,
      draft,
      existingId: existing.id,
    })
    report.offers.push({
      kind: 'newer-version',
      token,
      file,
      title: draft.title,
      existing: { id: existing.id, title: existing.title, tagCount: existing.tagCount },
      reason: duplicate.reason,
    })
    return
  }
  await addNew(store, draft, file, report)
}

/** Adds `draft` as a new article; one whose id is taken (its text's) is already there. */
async function addNew(
  store: LibraryStore,
  draft: ArticleDraft,
  file: string,
  report: Required<ImportReport>,
): Promise<void> {
  try {
    report.imported.push(await store.add(draft, file))
  } catch (error) {
    if (!(error instanceof FactmarkError) || error.code !== 'duplicate') throw error
    report.alreadyInLibrary.push({ file, title: draft.title })
  }
}

/** Imports one file into `report`; its failure is recorded there, never thrown. */
async function importOne(
  store: LibraryStore,
  path: string,
  decoding: Decoding,
  options: ImportOptions & { offers: ImportOffers },
  report: Required<ImportReport>,
): Promise<void> {
  const file = basename(path)
  try {
    const read = await readImportFile(path)
    if (read.format === 'annotations') {
      report.annotations.push(await importAnnotationFile(store, decodeStrict(read.bytes), file))
      return
    }
    let draft: ArticleDraft
    try {
      draft = await parseArticle(read, decoding)
    } catch (error) {
      if (!(error instanceof InvalidEncodingError)) throw error
      const token = options.offers.add({ kind: 'encoding', path, file })
      const preview = decodeWindows1252(read.bytes.subarray(0, PREVIEW_LENGTH * 2))
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, PREVIEW_LENGTH)
      report.offers.push({ kind: 'encoding', token, file, preview })
      return
    }
    await addDraft(store, draft, file, options, report)
  } catch (error) {
    report.failures.push({ file, ...importFailure(error) })
  }
}

/**
 * Imports each file into the library, one by one; a failure is reported and the rest go on.
 * A file that is not valid UTF-8, and one that looks like a newer version of an article in the
 * library, are not failures: the report carries an offer for each (see `resolveImportOffer`),
 * unless `options` says what to do (the CLI's `--encoding` and `--update`). A file whose text is
 * already in the library is reported as such.
 */
export async function importFiles(
  store: LibraryStore,
  paths: readonly string[],
  options: ImportOptions = {},
): Promise<Required<ImportReport>> {
  const report = emptyImportReport()
  const withOffers = { ...options, offers: options.offers ?? new ImportOffers() }
  const decoding: Decoding = options.windows1252 ? 'windows-1252' : 'strict'
  for (const path of paths) await importOne(store, path, decoding, withOffers, report)
  return report
}

/** The message for a token that stands for no waiting offer. */
const EXPIRED = 'This import question was already answered or has expired; import the file again.'

/**
 * Carries out the editor's answer to an offer: reads the file again as Windows-1252 (it may
 * then bring a newer-version offer), updates the existing article (tags kept), imports the file
 * as a new article, or skips it. An unknown or used token, or an answer that does not fit the
 * offer, is refused.
 */
export async function resolveImportOffer(
  store: LibraryStore,
  offers: ImportOffers,
  token: string,
  action: ImportOfferAction,
): Promise<Required<ImportReport>> {
  const pending = offers.peek(token)
  if (!pending) throw new FactmarkError('not-found', EXPIRED)
  const fits =
    action === 'skip' ||
    (pending.kind === 'encoding' ? action === 'windows-1252' : action !== 'windows-1252')
  if (!fits) {
    throw new FactmarkError('invalid-argument', `“${action}” is not an answer to this question.`)
  }
  offers.take(token)
  const report = emptyImportReport()
  if (action === 'skip') return report
  if (pending.kind === 'encoding') {
    await importOne(store, pending.path, 'windows-1252', { offers }, report)
    return report
  }
  try {
    if (action === 'update') {
      report.updated.push(
        await store.replaceArticle(pending.existingId, pending.draft, pending.file),
      )
    } else {
      await addNew(store, pending.draft, pending.file, report)
    }
  } catch (error) {
    report.failures.push({ file: pending.file, ...importFailure(error) })
  }
  return report
}
