import { z } from 'zod'
import { editorRefSchema, tagIdSchema } from './annotation'

/** The kinds of record a tombstone can stand for. */
export const TOMBSTONE_RECORDS = ['tag', 'review'] as const

/** The most tombstones one article file may hold. */
export const MAX_TOMBSTONES_PER_ARTICLE = 200_000

/**
 * A deleted record, kept so that the deletion travels: editor `authorId` deleted their tag or
 * review `id` at `deletedAt`. A tombstone removes only its author's record, and only a version of
 * it older than the deletion; an older copy arriving later (a stale package) stays deleted.
 */
export const recordTombstoneSchema = z.strictObject({
  record: z.enum(TOMBSTONE_RECORDS),
  authorId: editorRefSchema.shape.id,
  id: tagIdSchema,
  deletedAt: z.iso.datetime(),
})

/** A deleted record of one author, kept so that the deletion travels. */
export type RecordTombstone = z.infer<typeof recordTombstoneSchema>

/** Tombstones, at most one per record kind, author and id. */
export const tombstoneListSchema = z
  .array(recordTombstoneSchema)
  .max(MAX_TOMBSTONES_PER_ARTICLE)
  .refine(
    (stones) =>
      new Set(stones.map((stone) => `${stone.record}\u0000${stone.authorId}\u0000${stone.id}`))
        .size === stones.length,
    'two tombstones stand for the same record',
  )
