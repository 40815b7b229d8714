import type { ArticleMeta } from '../model/article'
import { ownTagCount } from '../model/editor-tag-counts'

/** Where an article stands: nobody has tagged it, tagging is under way, or it was reviewed. */
export type ArticleStatus = 'untagged' | 'in-progress' | 'reviewed'

/** The statuses in the order the library offers them. */
export const ARTICLE_STATUSES: readonly ArticleStatus[] = ['untagged', 'in-progress', 'reviewed']

/** How each status reads in the library. */
export const STATUS_LABELS: Readonly<Record<ArticleStatus, string>> = {
  untagged: 'Untagged',
  'in-progress': 'In progress',
  reviewed: 'Reviewed',
}

/**
 * An article's status for the acting editor `editorId`: reviewed once an editor marked it so
 * (whatever its tags), otherwise in progress when the acting editor has tagged it (other editors'
 * tags, such as the first run's sample review, are not their progress), otherwise untagged.
 * Without an editor, or for metadata without per-editor counts, any tag counts.
 */
export function articleStatus(
  meta: Pick<ArticleMeta, 'tagCount' | 'reviewedAt' | 'tagsByEditor'>,
  editorId?: string | null,
): ArticleStatus {
  if (meta.reviewedAt) return 'reviewed'
  return ownTagCount(meta, editorId) > 0 ? 'in-progress' : 'untagged'
}
