import { Node } from 'prosemirror-model'
import { createPackage, type FactmarkPackage } from '../../../shared/exchange/package'
import { ExchangeError } from '../../../shared/exchange/exchange-error'
import { articleSchema } from '../../../shared/editor/schema'
import type { AnnotationImportSummary } from '../../../shared/import/import-report'
import { parseAnnotationFile } from '../../../shared/import/w3c-annotations'
import {
  placeAnnotations,
  type Placement,
  type PlacementArticle,
} from '../../../shared/import/w3c-placement'
import { FactmarkError } from '../../../shared/ipc/result'
import type { Annotation, EditorRef } from '../../../shared/model/annotation'
import type { Review } from '../../../shared/model/review'
import { withoutMark } from '../../../shared/store/unverified-marks'
import { articleText } from '../../../shared/text/article-text'
import type { LibraryStore } from '../store/library-store'

/** How many orphans and skipped annotations a summary lists by name (the counts are complete). */
export const MAX_LISTED = 50

/**
 * Imports an annotation file (W3C Web Annotation JSON-LD: Factmark's own W3C export, or what the
 * Hypothesis API returns) into the library's articles: parses it (`parseAnnotationFile`), places
 * each tag in the article it belongs to (`placeAnnotations`: by address, else by its quote) and
 * stores the tags and reviews as each author's work, through the same merge as a package from
 * that author (one atomic write per article and author, each change in the audit log). Tags and
 * reviews the library already holds at the same or a newer version are skipped, so importing a
 * file twice changes nothing. Everything is checked before anything is written: a file that
 * cannot be read, or work that does not pass the store's checks, writes nothing.
 *
 * The unverified mark (work taken from an unsigned package: nothing proves its author made it)
 * survives the trip: what the file marks `authorUnverified` is stored unverified, and so is a
 * newer version of anything the library holds unverified, whatever the file says. A file is not
 * signed, so it proves nothing: it can add the mark, never clear it.
 *
 * @throws FactmarkError `unsupported-file` for a file that is not annotations.
 */
export async function importAnnotationFile(
  store: LibraryStore,
  raw: string,
  file: string,
): Promise<AnnotationImportSummary> {
  let parsed
  try {
    parsed = parseAnnotationFile(raw, new Date().toISOString())
  } catch (error) {
    throw new FactmarkError('unsupported-file', plainMessage(error))
  }
  const articles: PlacementArticle[] = []
  const libraryTags = new Map<string, { articleId: string; authorId: string }>()
  const known = new Map<string, LibraryWork>()
  for (const meta of store.list()) {
    const article = await store.get(meta.id)
    const doc = Node.fromJSON(articleSchema, article.body)
    articles.push({
      id: meta.id,
      url: meta.url,
      sourceName: meta.sourceName,
      text: articleText(doc),
    })
    const tags = await store.tags(meta.id)
    const reviews = await store.reviews(meta.id)
    for (const tag of tags) libraryTags.set(tag.id, { articleId: meta.id, authorId: tag.author.id })
    known.set(meta.id, {
      tags: new Map(tags.map((tag) => [tag.id, tag.modified])),
      reviews: new Map(reviews.map((review) => [review.id, review.modified])),
      marked: new Set(
        [...tags, ...reviews].filter((record) => record.unverified).map((record) => record.id),
      ),
    })
  }
  const placement = placeAnnotations(parsed, articles, libraryTags)
  const skipped = [...placement.skipped]
  const packages = packagesOf(placement, store, known, skipped)
  for (const { pkg, unverified } of packages) {
    await store.importPackage(pkg, null, unverified ? { status: 'unverified' } : undefined)
  }
  const stored = [...placement.articles.values()]
  return {
    file,
    placed: placement.placed - countAlready(skipped, 'tag-placed'),
    orphaned: placement.orphans.length - countAlready(skipped, 'tag-orphan'),
    skipped: skipped.length,
    reviews:
      stored.reduce((sum, entry) => sum + entry.reviews.length, 0) -
      countAlready(skipped, 'review'),
    articleIds: [...new Set(packages.flatMap(({ pkg }) => pkg.articles.map((a) => a.articleId)))],
    orphans: placement.orphans.slice(0, MAX_LISTED).map((orphan) => ({
      quote: orphan.quote,
      source: orphan.source,
      kept: orphan.articleId !== null,
    })),
    skippedReasons: skipped
      .slice(0, MAX_LISTED)
      .map((entry) => ({ id: entry.id, reason: entry.reason })),
  }
}

/** What the library holds of an article's work: versions by id, and the ids marked unverified. */
interface LibraryWork {
  tags: Map<string, string>
  reviews: Map<string, string>
  marked: Set<string>
}

/** A package of one author's work from the file, and whether it is to be stored unverified. */
interface FilePackage {
  pkg: FactmarkPackage
  unverified: boolean
}

/** A skipped entry for a record the library already holds, tagged with what it was. */
interface AlreadyThere {
  id: string
  reason: string
  already?: 'tag-placed' | 'tag-orphan' | 'review'
}

function countAlready(skipped: readonly AlreadyThere[], what: AlreadyThere['already']): number {
  return skipped.filter((entry) => entry.already === what).length
}

const ALREADY = 'already in the library (the same or a newer version)'

/**
 * Per author of the placed work, one package of what is to be stored unverified (what the file
 * marks so, and newer versions of what the library holds so) and one of the rest, leaving out
 * what the library already holds at the same or a newer version (recorded in `skipped`). The
 * records go without their marks, as in every package: the import's trust puts them back. Every
 * package is made (and so checked) before any is imported.
 */
function packagesOf(
  placement: Placement,
  store: LibraryStore,
  known: ReadonlyMap<string, LibraryWork>,
  skipped: AlreadyThere[],
): FilePackage[] {
  const orphanIds = new Set(placement.orphans.map((orphan) => orphan.tagId))
  const byAuthor = new Map<
    string,
    {
      author: EditorRef
      unverified: boolean
      articles: Map<string, { tags: Annotation[]; reviews: Review[] }>
    }
  >()
  const share = (author: EditorRef, articleId: string, unverified: boolean) => {
    const key = `${author.id}\u0000${unverified ? 'unverified' : 'as-is'}`
    let entry = byAuthor.get(key)
    if (!entry) {
      entry = { author, unverified, articles: new Map() }
      byAuthor.set(key, entry)
    }
    let article = entry.articles.get(articleId)
    if (!article) {
      article = { tags: [], reviews: [] }
      entry.articles.set(articleId, article)
    }
    return article
  }
  for (const [articleId, work] of placement.articles) {
    const library = known.get(articleId)
    for (const tag of work.tags) {
      const had = library?.tags.get(tag.id)
      if (had !== undefined && had >= tag.modified) {
        skipped.push({ id: tag.id, reason: ALREADY, already: orphanKind(tag, orphanIds) })
        continue
      }
      const unverified = tag.unverified === true || library?.marked.has(tag.id) === true
      share(tag.author, articleId, unverified).tags.push(withoutMark(tag))
    }
    for (const review of work.reviews) {
      const had = library?.reviews.get(review.id)
      if (had !== undefined && had >= review.modified) {
        skipped.push({ id: review.id, reason: ALREADY, already: 'review' })
        continue
      }
      const unverified = review.unverified === true || library?.marked.has(review.id) === true
      share(review.author, articleId, unverified).reviews.push(withoutMark(review))
    }
  }
  try {
    return [...byAuthor.values()].map(({ author, unverified, articles }) => ({
      unverified,
      pkg: createPackage(
        author,
        [...articles].map(([articleId, work]) => {
          const meta = store.meta(articleId)
          return {
            articleId,
            textHash: meta.textHash,
            title: meta.title,
            annotations: work.tags,
            reviews: work.reviews,
          }
        }),
      ),
    }))
  } catch (error) {
    if (error instanceof ExchangeError) {
      throw new FactmarkError(
        'invalid-argument',
        `The annotations cannot be stored: ${error.message}`,
      )
    }
    throw error
  }
}

function orphanKind(tag: Annotation, orphanIds: ReadonlySet<string>): AlreadyThere['already'] {
  return orphanIds.has(tag.id) ? 'tag-orphan' : 'tag-placed'
}

function plainMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const plain = message.replace(/^\w+: /, '')
  return plain.charAt(0).toUpperCase() + plain.slice(1) + (/[.!?]$/.test(plain) ? '' : '.')
}
