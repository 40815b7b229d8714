import { resolve } from 'node:path'
import type { AnnotationImportSummary, ImportOffer } from '../../shared/import/import-report'
import { importFiles } from '../core/import/import-files'
import type { CliIo } from './cli-io'
import { UsageError } from './usage-error'
import { withLibrary } from './with-library'
import { paint } from './cli-colour'

/** Options of the `import` command. */
export interface ImportCommandOptions {
  json: boolean
  /** `--encoding`: only `windows-1252` (or `cp1252`), for files that are not valid UTF-8. */
  encoding: string | undefined
  /** `--update`: replace an article a file is a newer version of, keeping its tags. */
  update: boolean
}

const REASONS = { 'same-url': 'the same web address', 'same-title': 'the same headline and outlet' }

/** What the CLI says about an offer it was not told to take. */
function offerMessage(offer: ImportOffer): string {
  if (offer.kind === 'encoding') {
    return (
      'not valid UTF-8 text; run again with --encoding windows-1252 to read it as Windows-1252 (it begins: “' +
      offer.preview.slice(0, 60) +
      '”)'
    )
  }
  const tags = offer.existing.tagCount === 1 ? '1 tag' : `${offer.existing.tagCount} tags`
  return `looks like a newer version of “${offer.existing.title}” (${offer.existing.id}, ${REASONS[offer.reason]}); run again with --update to replace its text, keeping its ${tags}`
}

/** What the CLI prints for an annotation file: its counts, then each orphan and skip. */
function annotationLines(summary: AnnotationImportSummary): string[] {
  const lines = [
    `${summary.file}: placed ${summary.placed}, orphaned ${summary.orphaned}, skipped ${summary.skipped}` +
      (summary.reviews > 0
        ? `; ${summary.reviews} review${summary.reviews === 1 ? '' : 's'} restored`
        : ''),
  ]
  for (const orphan of summary.orphans) {
    const where = orphan.kept ? 'kept as an orphan in its article' : 'no article in the library'
    lines.push(
      `  orphan (${where}): “${orphan.quote}”${orphan.source ? ` from ${orphan.source}` : ''}`,
    )
  }
  for (const skipped of summary.skippedReasons)
    lines.push(`  skipped ${skipped.id}: ${skipped.reason}`)
  return lines
}

/**
 * `factmark import <file>...`: adds web pages, Word documents, PDFs and text files to the
 * library and prints the new (and updated) articles' ids; places the tags and reviews of
 * annotation files (W3C JSON-LD, `.jsonld` or `.json`: Factmark's W3C export or a Hypothesis API
 * result) in the library's articles and prints how many were placed, orphaned and skipped (with
 * `--json`, an object `{ articles, annotations }` once an annotation file is among the files). A
 * file already in the library is noted and skipped. A file that is not valid UTF-8, or a newer version of an article, is not imported
 * unless `--encoding windows-1252` or `--update` says what to do; the command then exits 1.
 */
export async function importCommand(
  dataDir: string,
  files: string[],
  options: ImportCommandOptions,
  io: CliIo,
): Promise<number> {
  if (files.length === 0) throw new UsageError('import needs at least one file')
  const encoding = options.encoding?.toLowerCase()
  if (encoding !== undefined && encoding !== 'windows-1252' && encoding !== 'cp1252') {
    throw new UsageError(`--encoding takes windows-1252, not “${options.encoding}”`)
  }
  const report = await withLibrary(dataDir, io, (store) =>
    importFiles(
      store,
      files.map((file) => resolve(io.cwd, file)),
      { windows1252: encoding !== undefined, update: options.update },
    ),
  )
  if (options.json) {
    const listed = [
      ...report.imported.map(({ id, title }) => ({ id, title })),
      ...report.updated.map(({ id, title }) => ({ id, title, updated: true })),
    ]
    const output =
      report.annotations.length > 0 ? { articles: listed, annotations: report.annotations } : listed
    io.stdout(`${JSON.stringify(output, null, 2)}\n`)
  } else {
    for (const article of [...report.imported, ...report.updated]) io.stdout(`${article.id}\n`)
    for (const summary of report.annotations) {
      for (const line of annotationLines(summary)) io.stdout(`${line}\n`)
    }
  }
  for (const article of report.updated) {
    io.stderr(`factmark: updated “${article.title}”; its tags are anchored again in the new text\n`)
  }
  for (const same of report.alreadyInLibrary) {
    io.stderr(`factmark: ${same.file}: already in the library as “${same.title}”; skipped\n`)
  }
  for (const offer of report.offers) io.stderr(`factmark: ${offer.file}: ${offerMessage(offer)}\n`)
  for (const failure of report.failures) {
    io.stderr(`factmark: ${failure.file}: ${failure.message}\n`)
    if (failure.details) io.stderr(`${paint(io, 'dim', `  (${failure.details})`)}\n`)
  }
  return report.failures.length > 0 || report.offers.length > 0 ? 1 : 0
}
