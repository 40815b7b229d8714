import { FactmarkError } from '../ipc/result'
import type { Annotation, EditorRef } from '../model/annotation'
import { reviewListSchema, type Review } from '../model/review'
import { annotationListSchema } from '../model/store-files'

/**
 * Checks the tags an editor saves on article `articleId` before anything is written: valid
 * records with no two sharing an id, all by `editor` (a renderer cannot write as someone else:
 * `forbidden`), and on this article. Tags in `valid` (the stored ones an autosave sends again,
 * unchanged: see `reuseUnchanged`) were checked when they were saved and are not parsed again.
 * Throws a {@link FactmarkError}.
 */
export function checkOwnTags(
  tags: readonly Annotation[],
  articleId: string,
  editor: EditorRef,
  valid: ReadonlySet<Annotation> = new Set(),
): void {
  const fresh = valid.size === 0 ? tags : tags.filter((tag) => !valid.has(tag))
  parseTags(tags, fresh)
  // The stored tags were not parsed with the others: no id may come twice in the whole set.
  if (fresh !== tags && new Set(tags.map((tag) => tag.id)).size !== tags.length) {
    throw new FactmarkError('invalid-argument', 'A tag is not valid: two tags share an id.')
  }
  for (const tag of tags) {
    if (tag.author.id !== editor.id) {
      throw new FactmarkError(
        'forbidden',
        `Tag ${tag.id} belongs to ${tag.author.name}, not to ${editor.name}.`,
      )
    }
    if (tag.articleId !== articleId) {
      throw new FactmarkError('invalid-argument', `Tag ${tag.id} belongs to another article.`)
    }
  }
}

/** How many tags {@link validTagsInSlices} parses between two pauses. */
const TAGS_PER_SLICE = 100

/**
 * Parses the tags of `tags` not in `valid` as {@link checkOwnTags} does, {@link TAGS_PER_SLICE}
 * at a time, awaiting `pause` between slices (which gives the event loop a turn when the work
 * has held it long enough): checking 2,000 changed tags never holds it for long. Resolves with
 * every tag of `tags`, now known to be valid records, for `checkOwnTags`'s `valid`, which then
 * checks the rest (ids, owners, article); throws its errors.
 */
export async function validTagsInSlices(
  tags: readonly Annotation[],
  valid: ReadonlySet<Annotation>,
  pause: () => Promise<void>,
): Promise<ReadonlySet<Annotation>> {
  const fresh = valid.size === 0 ? tags : tags.filter((tag) => !valid.has(tag))
  for (let start = 0; start < fresh.length; start += TAGS_PER_SLICE) {
    parseTags(tags, fresh.slice(start, start + TAGS_PER_SLICE))
    await pause()
  }
  return new Set(tags)
}

/** Parses `fresh`, some of `tags`, as tag records; an error names the tag by its place in `tags`. */
function parseTags(tags: readonly Annotation[], fresh: readonly Annotation[]): void {
  const checked = annotationListSchema.safeParse(fresh)
  if (!checked.success) {
    const issue = checked.error.issues[0]
    const path = [...(issue?.path ?? [])]
    // Named by its place in the whole set, not among the tags parsed.
    if (typeof path[0] === 'number') path[0] = tags.indexOf(fresh[path[0]] as Annotation)
    throw new FactmarkError(
      'invalid-argument',
      `A tag is not valid: ${path.join('.')} ${issue?.message}`,
    )
  }
}

/**
 * Checks the reviews an editor saves on article `articleId` before anything is written: valid
 * records, all by `editor` (a renderer cannot write as someone else: `forbidden`), on this
 * article, and at most one verdict (accept or reject) per tag. Returns the parsed reviews; throws
 * a {@link FactmarkError}.
 */
export function checkOwnReviews(
  reviews: readonly unknown[],
  articleId: string,
  editor: EditorRef,
): Review[] {
  const checked = reviewListSchema.safeParse(reviews)
  if (!checked.success) {
    const issue = checked.error.issues[0]
    throw new FactmarkError(
      'invalid-argument',
      `A review is not valid: ${issue?.path.join('.')} ${issue?.message}`,
    )
  }
  const verdicts = new Set<string>()
  for (const review of checked.data) {
    if (review.author.id !== editor.id) {
      throw new FactmarkError(
        'forbidden',
        `Review ${review.id} belongs to ${review.author.name}, not to ${editor.name}.`,
      )
    }
    if (review.articleId !== articleId) {
      throw new FactmarkError('invalid-argument', `Review ${review.id} belongs to another article.`)
    }
    if (review.verdict === 'comment') continue
    // One verdict per reviewer on a tag, and one on its fact-check's verdict.
    const key = `${review.annotationId}:${review.subject ?? 'tag'}`
    if (verdicts.has(key)) {
      throw new FactmarkError(
        'invalid-argument',
        `Tag ${review.annotationId} has two verdicts of ${editor.name}; a reviewer gives one.`,
      )
    }
    verdicts.add(key)
  }
  return checked.data
}
