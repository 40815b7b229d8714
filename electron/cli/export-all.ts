import type { ArticleMeta } from '../../shared/model/article'
import type { CliIo } from './cli-io'

/** One article that `export --all` could not export, and why. */
export interface ExportFailure {
  meta: ArticleMeta
  message: string
}

/**
 * Exports each of `articles` with `exportOne` (which returns the path written), printing each
 * path as it goes, and goes on past an article that fails: a very large or damaged article
 * must not cost the ones after it. Every failure is reported on stderr at the end, one line
 * each with the article's title and id, then a count. Returns the exit code: 0, or 1 when any
 * article failed.
 */
export async function exportEach(
  articles: readonly ArticleMeta[],
  exportOne: (meta: ArticleMeta) => Promise<string>,
  io: CliIo,
): Promise<number> {
  const failures: ExportFailure[] = []
  for (const meta of articles) {
    try {
      io.stdout(`${await exportOne(meta)}\n`)
    } catch (error) {
      failures.push({ meta, message: (error as Error).message })
    }
  }
  if (failures.length === 0) return 0
  for (const { meta, message } of failures) {
    const [first = '', ...details] = message.split('\n')
    io.stderr(`factmark: “${meta.title}” (${meta.id}) was not exported: ${first}\n`)
    for (const detail of details) io.stderr(`  ${detail}\n`)
  }
  const exported = articles.length - failures.length
  io.stderr(
    `factmark: ${failures.length} of ${articles.length} articles could not be exported; the other ${exported} were written.\n`,
  )
  return 1
}
