import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { upToDate, type PackageArticleReport } from '../../shared/exchange/import-report'
import { ExchangeError } from '../../shared/exchange/exchange-error'
import { parsePackage } from '../../shared/exchange/package'
import { FactmarkError } from '../../shared/ipc/result'
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
  const pkg = await withLibrary(dataDir, io, (store) =>
    store.exportPackage(editor, options.all ? 'all' : ids),
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
    `${out}: ${tags} tags by ${editor.name} on ${pkg.articles.length} article${pkg.articles.length === 1 ? '' : 's'}\n`,
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
  if (options.all || options.out || options.force) {
    throw new UsageError('package import takes only files (and --editor)')
  }
  const editor = await actingEditor(dataDir, options.editor)
  let failed = false
  await withLibrary(dataDir, io, async (store) => {
    for (const file of files) {
      const path = resolve(io.cwd, file)
      try {
        const pkg = parsePackage(await readFile(path, 'utf8'))
        const report = await store.importPackage(pkg, editor)
        io.stdout(`${file}: ${pkg.author.name}'s package\n`)
        for (const article of report.articles) io.stdout(`  ${summary(article)}\n`)
      } catch (error) {
        if (!(error instanceof ExchangeError) && !(error instanceof FactmarkError)) {
          const code = (error as { code?: string }).code
          if (code !== 'ENOENT' && code !== 'EISDIR' && code !== 'EACCES') throw error
        }
        failed = true
        io.stderr(`factmark: ${file}: ${(error as Error).message}\n`)
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
