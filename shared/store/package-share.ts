import type { PackageArticleInput } from '../exchange/package'
import type { RecordTombstone } from '../model/tombstone'
import type { ArticleFile } from '../model/store-files'
import { withoutMark } from './unverified-marks'

/** One editor's share of one article, as a package carries it. */
export interface EditorShare {
  share: PackageArticleInput
  /** Whether the editor has nothing on the article: no tag, review or deletion. */
  empty: boolean
}

/**
 * One editor's share of an article file as a package carries it: their tags and reviews, and the
 * tombstones of the tags and reviews they deleted. Unverified marks are this library's, never
 * sent.
 */
export function editorShare(file: ArticleFile, editorId: string): EditorShare {
  const { article, annotations, reviews, tombstones } = file
  const mine = annotations.filter((tag) => tag.author.id === editorId).map(withoutMark)
  const myReviews = reviews.filter((review) => review.author.id === editorId).map(withoutMark)
  const deletions = (record: RecordTombstone['record']) =>
    tombstones
      .filter((stone) => stone.record === record && stone.authorId === editorId)
      .map((stone) => ({ id: stone.id, deletedAt: stone.deletedAt }))
  const deleted = deletions('tag')
  const deletedReviews = deletions('review')
  return {
    share: {
      articleId: article.id,
      textHash: article.textHash,
      title: article.title,
      annotations: mine,
      deleted,
      reviews: myReviews,
      deletedReviews,
    },
    empty: mine.length + myReviews.length + deleted.length + deletedReviews.length === 0,
  }
}
