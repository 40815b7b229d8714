import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { upToDate, type PackageArticleReport } from '../../shared/exchange/import-report'
import { ExchangeError } from '../../shared/exchange/exchange-error'
import { parsePackage } from '../../shared/exchange/package'
import type { PackageTrust } from '../../shared/exchange/signer-trust'
import { importCheckedPackage } from '../core/exchange/checked-import'
import { exportSignedPackage } from '../core/exchange/signed-export'
import { FactmarkError } from '../../shared/ipc/result'
import { keyFingerprint } from '../core/team/key-fingerprint'
import { actingEditor } from './acting-editor'
import type { CliIo } from './cli-io'
import { UsageError } from './usage-error'
import { withLibrary } from './with-library'

/** The options `package` reads, as `parseArgs` returns them. */
export interface PackageOptions {
  all: boolean
  out?: string | undefined
  editor?: string | undefined
  force: boolean
  /** `export`: the SSH private key to sign with (default: the editor's, see `editorSigningKey`). */
  key?: string | undefined
  /** `import`: take unsigned packages of editors whose key is unknown, marked unverified. */
  allowUnsigned?: boolean | undefined
}

function summary(article: PackageArticleReport): string {
  if (article.status === 'skipped') {
    return `${article.articleId} ${article.title}: skipped (not in this library)`
  }
  const counts = upToDate(article)
    ? `already up to date (${article.unchanged} unchanged)`
    : `${article.added} added, ${article.updated} updated, ${article.deleted} deleted, ${article.unchanged} unchanged`
  const { reviews } = article
  const reviewCounts =
    reviews.added + reviews.updated + reviews.deleted > 0
      ? `reviews: ${reviews.added} added, ${reviews.updated} updated, ${reviews.deleted} deleted`
      : ''
  const notes = [
    reviewCounts,
    article.clashes > 0 ? `${article.clashes} left alone (id used by another editor)` : '',
    article.textChanged ? 'text differs from the package’s: tags anchor by their quotes' : '',
  ].filter(Boolean)
  return `${article.articleId} ${article.title}: ${counts}${notes.length > 0 ? `; ${notes.join('; ')}` : ''}`
}

/** How the package's author was checked, in words. */
function trustLine(trust: PackageTrust | undefined): string {
  if (trust?.status === 'first-use') {
    return `signed by a key new to this library, now remembered for this editor: ${trust.fingerprint}`
  }
  if (trust?.status === 'known') {
    return `signed by their known key ${trust.fingerprint} (since ${trust.since.slice(0, 10)})`
  }
  return 'NOT SIGNED: imported as unverified'
}

async function exportPackageFile(
  dataDir: string,
  ids: readonly string[],
  options: PackageOptions,
  io: CliIo,
): Promise<number> {
  if (options.all ? ids.length !== 0 : ids.length === 0) {
    throw new UsageError('package export takes article ids, or --all')
  }
  if (!options.out) throw new UsageError('package export needs --out FILE')
  const out = resolve(io.cwd, options.out)
  const editor = await actingEditor(dataDir, options.editor)
  if (options.allowUnsigned) throw new UsageError('package export does not take --allow-unsigned')
  const key = options.key === undefined ? undefined : resolve(io.cwd, options.key)
  const pkg = await withLibrary(dataDir, io, (store) =>
    exportSignedPackage(store, editor, options.all ? 'all' : ids, key),
  )
  try {
    await writeFile(out, `${JSON.stringify(pkg, null, 2)}\n`, { flag: options.force ? 'w' : 'wx' })
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST') {
      throw new FactmarkError('duplicate', `${out} already exists; add --force to replace it.`)
    }
    throw error
  }
  const tags = pkg.articles.reduce((sum, article) => sum + article.annotations.length, 0)
  io.stdout(
    `${out}: ${tags} tags by ${editor.name} on ${pkg.articles.length} article${pkg.articles.length === 1 ? '' : 's'}, signed with ${keyFingerprint(pkg.signature?.publicKey ?? '')}\n`,
  )
  return 0
}

async function importPackageFiles(
  dataDir: string,
  files: readonly string[],
  options: PackageOptions,
  io: CliIo,
): Promise<number> {
  if (files.length === 0) throw new UsageError('package import needs at least one file')
  if (options.all || options.out || options.force || options.key !== undefined) {
    throw new UsageError('package import takes only files (and --editor, --allow-unsigned)')
  }
  const editor = await actingEditor(dataDir, options.editor)
  let failed = false
  await withLibrary(dataDir, io, async (store) => {
    for (const file of files) {
      const path = resolve(io.cwd, file)
      try {
        const pkg = parsePackage(await readFile(path, 'utf8'))
        const report = await importCheckedPackage(
          store,
          pkg,
          editor,
          options.allowUnsigned === true,
        )
        io.stdout(`${file}: ${pkg.author.name}'s package, ${trustLine(report.trust)}\n`)
        for (const article of report.articles) io.stdout(`  ${summary(article)}\n`)
      } catch (error) {
        if (!(error instanceof ExchangeError) && !(error instanceof FactmarkError)) {
          const code = (error as { code?: string }).code
          if (code !== 'ENOENT' && code !== 'EISDIR' && code !== 'EACCES') throw error
        }
        failed = true
        const hint =
          error instanceof ExchangeError && error.reason === 'needs-confirmation'
            ? ' Add --allow-unsigned to import it anyway.'
            : ''
        const message = (error as Error).message.replace(/\n/g, '\n  ')
        io.stderr(`factmark: ${file}: ${message}${hint}\n`)
      }
    }
  })
  return failed ? 1 : 0
}

/**
 * `factmark package export [--all | <id>...] --out FILE [--editor NAME] [--force]` writes an
 * editor's tags as a package; `factmark package import FILE... [--editor NAME]` merges other
 * editors' packages, printing per article what changed, and exits 1 if a package was refused.
 */
export async function packageCommand(
  dataDir: string,
  positionals: readonly string[],
  options: PackageOptions,
  io: CliIo,
): Promise<number> {
  const [action, ...rest] = positionals
  if (action === 'export') return exportPackageFile(dataDir, rest, options, io)
  if (action === 'import') return importPackageFiles(dataDir, rest, options, io)
  throw new UsageError('package takes export or import')
}
