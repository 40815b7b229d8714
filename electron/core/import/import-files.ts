import { basename } from 'node:path'
import { findDuplicate } from '../../../shared/import/duplicates'
import { ALL_IMPORT_EXTENSIONS } from '../../../shared/import/file-format'
import { emptyImportReport } from '../../../shared/import/import-report'
import type {
  ImportOfferAction,
  ImportProgress,
  ImportReport,
} from '../../../shared/import/import-report'
import { FactmarkError } from '../../../shared/ipc/result'
import type { PreparedDraft } from '../../../shared/store/prepared-article'
import type { LibraryStore } from '../store/library-store'
import { importAnnotationFile } from './annotation-import'
import type { FileParser } from './file-parser'
import { MAX_IMPORT_BYTES } from './import-file'
import { messageOf } from './import-message'
import { ImportOffers } from './import-offers'
import { sharedImportWorker } from './import-worker-client'
import type { Decoding } from './parse-article'

export { MAX_IMPORT_BYTES }

/** Every file ending the importer reads (text, web pages, Word documents, PDFs). */
export const IMPORT_FILE_EXTENSIONS = [...ALL_IMPORT_EXTENSIONS]

/** Options of {@link importFiles}. */
export interface ImportOptions {
  /** Where offers wait for the editor's answer (a new, private registry by default). */
  offers?: ImportOffers
  /** Read files that are not valid UTF-8 as Windows-1252 rather than offering it (CLI). */
  windows1252?: boolean
  /** Update an article a file is a newer version of rather than offering it (CLI). */
  update?: boolean
  /** Who reads and parses the files: the process's import worker by default. */
  parser?: FileParser
  /** Hears how far the import has come: files done, and the part of the current one. */
  onProgress?: (progress: ImportProgress) => void
  /**
   * Stops the import: the files already added stay, the one being read is dropped (nothing of
   * it is written), and it and the files not begun are listed as `cancelled` in the report.
   */
  signal?: AbortSignal
}

/** The options every file of one import shares, defaults filled in. */
type FileOptions = ImportOptions & { offers: ImportOffers; parser: FileParser }

/** A failed file's message for the editor, and its technical details when it has some. */
function importFailure(error: unknown): { message: string; details?: string } {
  if (error instanceof FactmarkError) {
    return error.details === undefined
      ? { message: error.message }
      : { message: error.message, details: error.details }
  }
  return { message: messageOf(error) }
}

/**
 * Adds `draft` to the library unless it is there already: the same text is reported as already
 * in the library; a newer version of an article (same canonical address, or same headline and
 * outlet, with another text) is updated with `update`, else offered to the editor.
 */
async function addDraft(
  store: LibraryStore,
  prepared: PreparedDraft,
  file: string,
  options: FileOptions,
  report: Required<ImportReport>,
): Promise<void> {
  const { draft } = prepared
  const duplicate = findDuplicate(
    { textHash: prepared.textHash, title: draft.title, outlet: draft.outlet, url: draft.url },
    store.list(),
  )
  if (duplicate?.reason === 'same-text') {
    report.alreadyInLibrary.push({ file, title: duplicate.existing.title })
    return
  }
  if (duplicate) {
    if (options.update) {
      report.updated.push(await store.replaceArticle(duplicate.existing.id, prepared, file))
      return
    }
    const { existing } = duplicate
    const token = options.offers.add({
      kind: 'newer-version',
      file,
      prepared,
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
  await addNew(store, prepared, file, report)
}

/** Adds `prepared` as a new article; one whose id is taken (its text's) is already there. */
async function addNew(
  store: LibraryStore,
  prepared: PreparedDraft,
  file: string,
  report: Required<ImportReport>,
): Promise<void> {
  try {
    report.imported.push(await store.addPrepared(prepared, file))
  } catch (error) {
    if (!(error instanceof FactmarkError) || error.code !== 'duplicate') throw error
    report.alreadyInLibrary.push({ file, title: prepared.draft.title })
  }
}

/**
 * Imports one file into `report`: the parser reads and prepares it (off the main thread), the
 * store adds it here. Its failure is recorded there, never thrown; a cancel is thrown.
 */
async function importOne(
  store: LibraryStore,
  path: string,
  decoding: Decoding,
  options: FileOptions,
  report: Required<ImportReport>,
  onPart?: (part: number) => void,
): Promise<void> {
  const file = basename(path)
  try {
    const outcome = await options.parser.prepare(path, decoding, {
      ...(onPart ? { onPart } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    })
    // Stopped while the file was read: nothing of it is written.
    if (options.signal?.aborted) throw new FactmarkError('cancelled', 'The import was cancelled.')
    switch (outcome.kind) {
      case 'failure':
        report.failures.push({
          file,
          message: outcome.message,
          ...(outcome.details === undefined ? {} : { details: outcome.details }),
        })
        return
      case 'annotations':
        report.annotations.push(await importAnnotationFile(store, outcome.text, file))
        return
      case 'encoding': {
        const token = options.offers.add({ kind: 'encoding', path, file })
        report.offers.push({ kind: 'encoding', token, file, preview: outcome.preview })
        return
      }
      case 'article':
        await addDraft(store, outcome.prepared, file, options, report)
    }
  } catch (error) {
    if (error instanceof FactmarkError && error.code === 'cancelled') throw error
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
  const withDefaults: FileOptions = {
    ...options,
    offers: options.offers ?? new ImportOffers(),
    parser: options.parser ?? sharedImportWorker(),
  }
  const decoding: Decoding = options.windows1252 ? 'windows-1252' : 'strict'
  const total = paths.length
  for (const [done, path] of paths.entries()) {
    const file = basename(path)
    const tell = options.onProgress
    const onPart = tell ? (part: number) => tell({ done, total, file, part }) : undefined
    onPart?.(0)
    try {
      if (options.signal?.aborted) throw new FactmarkError('cancelled', 'cancelled')
      await importOne(store, path, decoding, withDefaults, report, onPart)
    } catch (error) {
      if (!(error instanceof FactmarkError && error.code === 'cancelled')) throw error
      report.cancelled.push(...paths.slice(done).map((rest) => basename(rest)))
      break
    }
  }
  options.onProgress?.({ done: total, total })
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
    const fileOptions = { offers, parser: sharedImportWorker() }
    await importOne(store, pending.path, 'windows-1252', fileOptions, report)
    return report
  }
  try {
    if (action === 'update') {
      report.updated.push(
        await store.replaceArticle(pending.existingId, pending.prepared, pending.file),
      )
    } else {
      await addNew(store, pending.prepared, pending.file, report)
    }
  } catch (error) {
    report.failures.push({ file: pending.file, ...importFailure(error) })
  }
  return report
}
