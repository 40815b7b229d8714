import { z } from 'zod'
import { docSchema } from './doc-json'
import { ISO_DATE_PATTERN, isIsoDate } from './iso-date'
import { editorTagCountsSchema } from './editor-tag-counts'

/** A calendar date as `YYYY-MM-DD`, checked to be a real date. */
export const isoDateSchema = z
  .string()
  .regex(ISO_DATE_PATTERN, 'a date must look like YYYY-MM-DD')
  .refine(isIsoDate, 'not a real calendar date')

/**
 * The keys (see `debrisKey` in shared/import/debris.ts) of the possible web debris an editor chose
 * to keep in an article, so that it is not flagged again.
 */
export const debrisKeptSchema = z.array(z.string().regex(/^[0-9a-f]{16}$/)).max(10_000)

/** Article ids are lowercase hex digests (see `articleIdFor`). */
export const articleIdSchema = z.string().regex(/^[0-9a-f]{16}$/, 'not a Factmark article id')

/** The editable metadata of an article. */
export const articleMetaEditSchema = z.strictObject({
  title: z.string().trim().min(1, 'a title cannot be empty').max(500).optional(),
  outlet: z.string().trim().max(200).optional(),
  url: z.string().trim().max(2048).optional(),
  published: isoDateSchema.nullable().optional(),
  /** When the article was marked reviewed (an ISO datetime), or null to clear the mark. */
  reviewedAt: z.iso.datetime().nullable().optional(),
  /** The whole list of web-debris pieces the editor chose to keep (see `debrisKeptSchema`). */
  debrisKept: debrisKeptSchema.optional(),
})

/** A change to an article's metadata, as the editor makes it. */
export type ArticleMetaEdit = z.infer<typeof articleMetaEditSchema>

/** Everything the library knows of an article without loading its text. */
export const articleMetaSchema = z.strictObject({
  id: articleIdSchema,
  title: z.string().max(500),
  outlet: z.string().max(200),
  url: z.string().max(2048),
  published: isoDateSchema.nullable(),
  language: z.string().max(35),
  sourceName: z.string().max(260),
  textHash: z.string().regex(/^[0-9a-f]{64}$/),
  sentenceCount: z.number().int().nonnegative(),
  tagCount: z.number().int().nonnegative(),
  /**
   * The tags counted per editor, most first (see `countTagsByEditor`); absent in metadata
   * written before it existed, which is migrated when the library opens.
   */
  tagsByEditor: editorTagCountsSchema.optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** When an editor marked the article reviewed; absent or null while it is not (older files). */
  reviewedAt: z.iso.datetime().nullable().optional(),
  /** Web debris the editor kept, so it is not flagged again; absent in older files. */
  debrisKept: debrisKeptSchema.optional(),
})

/** Library-level metadata of one article. */
export type ArticleMeta = z.infer<typeof articleMetaSchema>

/** An article in full: its metadata and its body as a ProseMirror document (JSON). */
export const articleSchema = articleMetaSchema.extend({ body: docSchema })

/** An article in full: its metadata and its body as a ProseMirror document (JSON). */
export type Article = z.infer<typeof articleSchema>
