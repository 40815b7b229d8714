import { randomUUID } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { ExchangeError, type ExchangeRefusal } from '../../../shared/exchange/exchange-error'
import {
  MAX_PACKAGE_CHARS,
  parsePackage,
  type FactmarkPackage,
} from '../../../shared/exchange/package'
import { safeFileName } from '../../../shared/export/file-name'
import type { ExportReport } from '../../../shared/export/export-request'
import type { PackageImportOutcome } from '../../../shared/exchange/package-import-outcome'
import { FactmarkError, type ErrorCode } from '../../../shared/ipc/result'
import type { EditorRef } from '../../../shared/model/annotation'
import { writeExportFile } from '../export/write-export'
import type { LibraryStore } from '../store/library-store'
import { errorCode } from '../store/store-fs'
import { importCheckedPackage } from './checked-import'
import type { ExchangeDialogs } from './exchange-dialogs'
import { exportSignedPackage } from './signed-export'

/** Unsigned packages waiting for the editor's confirmation, by token. */
export type PendingPackages = Map<string, { fileName: string; pkg: FactmarkPackage }>

/** What package exchange works with. */
export interface PackageExchangeContext {
  store: LibraryStore
  dialogs: ExchangeDialogs
  /** The acting editor now. */
  editor: () => EditorRef
  /** Unsigned packages waiting for the editor's confirmation, by token. */
  pending?: PendingPackages
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
  'other-key': 'forbidden',
  unsigned: 'forbidden',
  'needs-confirmation': 'forbidden',
}

/** The name offered in the save dialog: "<editor-id> – <title or Library>.factmark.json". */
export function packageFileName(editor: EditorRef, title: string | null): string {
  return safeFileName(`${editor.id} – ${title ?? 'Library'}`, '.factmark.json')
}

/**
 * Exports the acting editor's tags on one article (or every article they tagged, for null) as a
 * package file where they choose, signed with their key; refuses when there is nothing of
 * theirs to export.
 */
export async function exportPackageFile(
  context: PackageExchangeContext,
  articleId: string | null,
): Promise<ExportReport> {
  const { store, dialogs } = context
  const editor = context.editor()
  const pkg = await exportSignedPackage(store, editor, articleId === null ? 'all' : [articleId])
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

/** The most unsigned packages kept waiting for a confirmation at once (the oldest go first). */
const MAX_PENDING = 4

async function importOrAsk(
  context: PackageExchangeContext,
  fileName: string,
  pkg: FactmarkPackage,
  allowUnsigned: boolean,
): Promise<PackageImportOutcome> {
  try {
    const report = await importCheckedPackage(context.store, pkg, context.editor(), allowUnsigned)
    return { canceled: false, fileName, report }
  } catch (error) {
    if (
      error instanceof ExchangeError &&
      error.reason === 'needs-confirmation' &&
      context.pending
    ) {
      const token = randomUUID()
      context.pending.set(token, { fileName, pkg })
      while (context.pending.size > MAX_PENDING) {
        const oldest = context.pending.keys().next().value
        if (oldest === undefined) break
        context.pending.delete(oldest)
      }
      return {
        canceled: false,
        fileName,
        report: null,
        unsigned: { token, author: pkg.author, message: error.message },
      }
    }
    if (error instanceof ExchangeError) {
      throw new FactmarkError(REFUSAL_CODES[error.reason], `${fileName}: ${error.message}`)
    }
    throw error
  }
}

/**
 * Asks for another editor's package file and imports it after checking its signature and its
 * author's key (see `importCheckedPackage`). A stale, damaged, forged, wrongly signed or own
 * package is refused with a FactmarkError whose message names the file and says why; nothing is
 * changed then. An unsigned package from an editor whose key the library does not know is kept
 * waiting and the outcome asks the editor (`unsigned`): `confirmUnsignedPackage` imports it.
 */
export async function importPackageFile(
  context: PackageExchangeContext,
): Promise<PackageImportOutcome> {
  const path = await context.dialogs.choosePackageFile()
  if (path === null) return { canceled: true }
  const fileName = basename(path)
  let pkg: FactmarkPackage
  try {
    pkg = parsePackage(await readPackageText(path))
  } catch (error) {
    if (error instanceof ExchangeError) {
      throw new FactmarkError(REFUSAL_CODES[error.reason], `${fileName}: ${error.message}`)
    }
    throw error
  }
  return importOrAsk(context, fileName, pkg, false)
}

/**
 * Imports the unsigned package kept waiting under `token`, now that the editor confirmed it: its
 * records are marked unverified. A token that is unknown (or was already used) is refused.
 */
export async function confirmUnsignedPackage(
  context: PackageExchangeContext,
  token: string,
): Promise<PackageImportOutcome> {
  const waiting = context.pending?.get(token)
  if (!waiting) {
    throw new FactmarkError(
      'not-found',
      'That unsigned package is no longer waiting: choose Import Tags again.',
    )
  }
  context.pending?.delete(token)
  return importOrAsk(context, waiting.fileName, waiting.pkg, true)
}
