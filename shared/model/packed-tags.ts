import { describe } from '../anchoring/describe'
import type { Annotation, EditorRef, Target } from './annotation'
import type { TagKind } from './tag-kinds'

/**
 * What a packed tag carries beyond its place, kind, id, author and creation time: only what the
 * text and the defaults do not give back. `target` is there when the stored selectors are not
 * those `describe` makes of the tag's position in the text as it is (the text changed since, or
 * the tag is an orphan), so that the renderer anchors it as before; `note` when it is not empty;
 * `modified` when it is not the creation time; and any other field the tag has.
 */
export type PackedRest = Partial<
  Omit<Annotation, 'id' | 'articleId' | 'author' | 'kind' | 'created'>
>

/**
 * One tag as opening an article sends it: its stored position in the article's plain text, its
 * kind, id, author (an index into {@link PackedTags.authors}) and creation time, then the rest
 * when there is any. About a fifth of the annotation's JSON for a tag whose text is unchanged.
 */
export type PackedTag = readonly [
  start: number,
  end: number,
  kind: TagKind,
  id: string,
  author: number,
  created: string,
  rest?: PackedRest,
]

/** An article's tags packed for the renderer: each author once, then one row per tag. */
export interface PackedTags {
  authors: EditorRef[]
  tags: PackedTag[]
}

/** Whether `target` is exactly what `describe` makes of its own position in `text`. */
function describesItself(text: string, target: Target): boolean {
  const { start, end } = target.position
  if (start >= end || end > text.length) return false
  const { quote } = describe(text, start, end)
  return (
    quote.exact === target.quote.exact &&
    quote.prefix === target.quote.prefix &&
    quote.suffix === target.quote.suffix
  )
}

/**
 * Packs one article's tags for sending, against `text`, the article's plain text (see
 * `articleText`). Lossless: {@link unpackTags} over the same text gives back equal annotations.
 */
export function packTags(text: string, annotations: readonly Annotation[]): PackedTags {
  const authors: EditorRef[] = []
  const authorIndex = new Map<string, number>()
  const tags = annotations.map((annotation): PackedTag => {
    // `articleId` is the opened article's own; the fields named here travel in the row.
    const {
      id,
      articleId: _articleId,
      author,
      kind,
      target,
      note,
      created,
      modified,
      ...rest
    } = annotation
    const key = `${author.id}\n${author.name}`
    let index = authorIndex.get(key)
    if (index === undefined) {
      index = authors.length
      authorIndex.set(key, index)
      authors.push(author)
    }
    const extra: PackedRest = rest
    if (!describesItself(text, target)) extra.target = target
    if (note !== '') extra.note = note
    if (modified !== created) extra.modified = modified
    const { start, end } = target.position
    return Object.keys(extra).length === 0
      ? [start, end, kind, id, index, created]
      : [start, end, kind, id, index, created, extra]
  })
  return { authors, tags }
}

/**
 * The annotations of article `articleId` from its packed tags and its plain text `text` (the
 * text they were packed against). Throws a RangeError when a row names an author not listed.
 */
export function unpackTags(text: string, articleId: string, packed: PackedTags): Annotation[] {
  return packed.tags.map((row) => {
    const [start, end, kind, id, authorIndex, created, rest] = row
    const author = packed.authors[authorIndex]
    if (!author) throw new RangeError(`unpackTags: tag ${id} names no known author`)
    const { target, note, modified, ...optional } = rest ?? {}
    return {
      id,
      articleId,
      author,
      kind,
      target: target ?? describe(text, start, end),
      note: note ?? '',
      ...optional,
      created,
      modified: modified ?? created,
    }
  })
}
