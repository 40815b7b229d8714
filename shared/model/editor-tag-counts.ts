import { z } from 'zod'

/** How many of an article's tags one editor wrote, with the editor's name as on their tags. */
export const editorTagCountSchema = z.strictObject({
  id: z.string().min(1).max(64),
  name: z.string().max(100),
  count: z.number().int().positive(),
})

/** How many of an article's tags one editor wrote. */
export type EditorTagCount = z.infer<typeof editorTagCountSchema>

/** The per-editor counts of one article: at most one entry per editor who has a tag in it. */
export const editorTagCountsSchema = z.array(editorTagCountSchema).max(10_000)

/**
 * The tags of an article counted per author, most first (then by id, so the order is stable).
 * Takes anything with an author, so that the model does not depend on the annotation's schema.
 * The name is the one on the author's latest tag in the list.
 */
export function countTagsByEditor(
  tags: readonly { author: { id: string; name: string } }[],
): EditorTagCount[] {
  const counts = new Map<string, EditorTagCount>()
  for (const { author } of tags) {
    const entry = counts.get(author.id)
    if (entry) {
      entry.count += 1
      entry.name = author.name
    } else {
      counts.set(author.id, { id: author.id, name: author.name, count: 1 })
    }
  }
  return [...counts.values()].sort(
    (a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
}

/**
 * How many of the article's tags `editorId` wrote. Metadata written before the per-editor counts
 * existed (and not yet migrated) has only the total: it is all counted as the editor's, so that
 * nothing seems lost.
 */
export function ownTagCount(
  meta: { tagCount: number; tagsByEditor?: readonly EditorTagCount[] | undefined },
  editorId: string | null | undefined,
): number {
  if (!meta.tagsByEditor || editorId == null) return meta.tagCount
  return meta.tagsByEditor.find((entry) => entry.id === editorId)?.count ?? 0
}

/** The article's tags by editors other than `editorId` (see {@link ownTagCount}). */
export function otherEditorsTags(
  meta: { tagCount: number; tagsByEditor?: readonly EditorTagCount[] | undefined },
  editorId: string | null | undefined,
): EditorTagCount[] {
  if (!meta.tagsByEditor || editorId == null) return []
  return meta.tagsByEditor.filter((entry) => entry.id !== editorId)
}
