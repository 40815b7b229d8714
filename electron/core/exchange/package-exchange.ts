import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { ExchangeError, type ExchangeRefusal } from '../../../shared/exchange/exchange-error'
import { MAX_PACKAGE_CHARS, parsePackage } from '../../../shared/exchange/package'
import { safeFileName } from '../../../shared/export/file-name'
import type { ExportReport } from '../../../shared/export/export-request'
import type { PackageImportOutcome } from '../../../shared/exchange/package-import-outcome'
import { FactmarkError, type ErrorCode } from '../../../shared/ipc/result'
import type { EditorRef } from '../../../shared/model/annotation'
import { writeExportFile } from '../export/write-export'
import type { LibraryStore } from '../store/library-store'
import { errorCode } from '../store/store-fs'
import type { ExchangeDialogs } from './exchange-dialogs'

/** What package exchange works with. */
export interface PackageExchangeContext {
  store: LibraryStore
  dialogs: ExchangeDialogs
  /** The acting editor now. */
  editor: () => EditorRef
}

const REFUSAL_CODES: { readonly [R in ExchangeRefusal]: ErrorCode } = {
  'too-large': 'too-large',
  'too-deep': 'unsupported-file',
  'not-json': 'unsupported-file',
  'not-a-package': 'unsupported-file',
  'newer-version': 'unsupported-file',
  invalid: 'unsupported-file',
  damaged: 'unsupported-file',
  forged: 'forbidden',
  'own-package': 'forbidden',
}

/** The name offered in the save dialog: "<editor-id> – <title or Library>.factmark.json". */
export function packageFileName(editor: EditorRef, title: string | null): string {
  return safeFileName(`${editor.id} – ${title ?? 'Library'}`, '.factmark.json')
}

/**
 * Exports the acting editor's tags on one article (or every article they tagged, for null) as a
 * package file where they choose; refuses when there is nothing of theirs to export.
 */
export async function exportPackageFile(
  context: PackageExchangeContext,
  articleId: string | null,
): Promise<ExportReport> {
  const { store, dialogs } = context
  const editor = context.editor()
  const pkg = await store.exportPackage(editor, articleId === null ? 'all' : [articleId])
  const tags = pkg.articles.reduce((sum, article) => sum + article.annotations.length, 0)
  if (tags === 0) {
    throw new FactmarkError(
      'invalid-argument',
      articleId === null
        ? `${editor.name} has no tags in the library yet: there is nothing to export.`
        : `${editor.name} has no tags on this article yet: there is nothing to export.`,
    )
  }
  const title = articleId === null ? null : store.meta(articleId).title
  const path = await dialogs.choosePackageSaveFile(packageFileName(editor, title))
  if (path === null) return { canceled: true, paths: [] }
  const written = await writeExportFile(
    path,
    new TextEncoder().encode(`${JSON.stringify(pkg, null, 2)}\n`),
  )
  return { canceled: false, paths: [written] }
}

async function readPackageText(path: string): Promise<string> {
  const name = basename(path)
  try {
    // Bytes ≥ characters for UTF-8: a file this large cannot be a package parsePackage reads.
    if ((await stat(path)).size > MAX_PACKAGE_CHARS * 3) {
      throw new ExchangeError('too-large', 'The package is too large.')
    }
    return await readFile(path, 'utf8')
  } catch (error) {
    if (error instanceof ExchangeError) throw error
    const code = errorCode(error)
    const why =
      code === 'ENOENT'
        ? 'it does not exist'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES' || code === 'EPERM'
            ? 'Factmark may not read it'
            : ((error as Error).message ?? String(error))
    throw new FactmarkError('unsupported-file', `${name} could not be read: ${why}.`)
  }
}

/**
 * Asks for another editor's package file and merges it into the library (see
 * `LibraryStore.importPackage`). A stale, damaged, forged or own package is refused with a
 * FactmarkError whose message names the file and says why; nothing is changed then.
 */
export async function importPackageFile(
  context: PackageExchangeContext,
): Promise<PackageImportOutcome> {
  const path = await context.dialogs.choosePackageFile()
  if (path === null) return { canceled: true }
  const fileName = basename(path)
  try {
    const pkg = parsePackage(await readPackageText(path))
    const report = await context.store.importPackage(pkg, context.editor())
    return { canceled: false, fileName, report }
  } catch (error) {
    if (error instanceof ExchangeError) {
      throw new FactmarkError(REFUSAL_CODES[error.reason], `${fileName}: ${error.message}`)
    }
    throw error
  }
}
