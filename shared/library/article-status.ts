import type { ArticleMeta } from '../model/article'

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
 * An article's status: reviewed once an editor marked it so (whatever its tags), otherwise in
 * progress when anyone has tagged it, otherwise untagged.
 */
export function articleStatus(meta: Pick<ArticleMeta, 'tagCount' | 'reviewedAt'>): ArticleStatus {
  if (meta.reviewedAt) return 'reviewed'
  return meta.tagCount > 0 ? 'in-progress' : 'untagged'
}
