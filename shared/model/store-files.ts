import { z } from 'zod'
import { annotationSchema } from './annotation'
import { articleMetaSchema, articleSchema } from './article'
import { countTagsByEditor } from './editor-tag-counts'
import { reviewListSchema } from './review'
import { tombstoneListSchema } from './tombstone'

/**
 * The version of the store's file format that this code writes. Format 2 added reviews and
 * tombstones to the article files; format 1 files are read and migrated in memory, and written
 * as format 2 by the next save.
 */
export const STORE_VERSION = 2

/** The library index: a small file listing every article's metadata. */
export const libraryFileSchema = z.strictObject({
  version: z.literal(STORE_VERSION),
  seeded: z.boolean(),
  articles: z.array(articleMetaSchema),
})

/** The library index: a small file listing every article's metadata. */
export type LibraryFile = z.infer<typeof libraryFileSchema>

/** The most tags one article file may hold (every editor's together). */
export const MAX_TAGS_PER_ARTICLE = 100_000

/** A list of tags with no two sharing an id. */
export const annotationListSchema = z
  .array(annotationSchema)
  .max(MAX_TAGS_PER_ARTICLE)
  .refine((tags) => new Set(tags.map((tag) => tag.id)).size === tags.length, 'two tags share an id')

/**
 * One article's document: its text, every editor's tags and reviews, and the tombstones of
 * deleted tags and reviews (so that a deletion travels to other editors through packages).
 */
export const articleFileSchema = z.strictObject({
  version: z.literal(STORE_VERSION),
  article: articleSchema,
  annotations: annotationListSchema.default([]),
  reviews: reviewListSchema.default([]),
  tombstones: tombstoneListSchema.default([]),
})

/** One article's document: its text, every editor's tags and reviews, and tombstones. */
export type ArticleFile = z.infer<typeof articleFileSchema>

/** An empty library index. */
export function emptyLibrary(): LibraryFile {
  return { version: STORE_VERSION, seeded: false, articles: [] }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`)
    .join('; ')
}

function versionOf(data: unknown): unknown {
  return typeof data === 'object' && data !== null ? (data as { version?: unknown }).version : null
}

/**
 * A store file written by a newer Factmark, in a format this version cannot read. Not damage:
 * the file must be left as it is (not moved aside, not replaced by a backup).
 */
export class NewerFormatError extends RangeError {
  /** `version` is the file's format number. */
  constructor(
    message: string,
    readonly version: number,
  ) {
    super(message)
    this.name = 'NewerFormatError'
  }
}

/**
 * Format 1 differs from format 2 only in what it lacks (reviews and tombstones, which default to
 * none): a format-1 object is read as format 2. Anything else is left for the schema to refuse.
 */
function upgraded(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data
  return versionOf(data) === 1 ? { ...data, version: STORE_VERSION } : data
}

function migrator<T>(schema: z.ZodType<T>, caller: string, what: string): (data: unknown) => T {
  return (data) => {
    const version = versionOf(data)
    if (typeof version === 'number' && version > STORE_VERSION) {
      throw new NewerFormatError(
        `${caller}: the ${what} was written by a newer Factmark (format ${version})`,
        version,
      )
    }
    const parsed = schema.safeParse(upgraded(data))
    if (!parsed.success) {
      throw new RangeError(`${caller}: not ${what} (${describeIssues(parsed.error)})`)
    }
    return parsed.data
  }
}

/**
 * Brings a parsed library index of any known version up to {@link STORE_VERSION} and validates
 * it. Throws a RangeError naming the first problems when the data is not a library index, a
 * {@link NewerFormatError} when a newer Factmark wrote it.
 */
export const migrateLibraryFile: (data: unknown) => LibraryFile = migrator(
  libraryFileSchema,
  'migrateLibraryFile',
  'a library index',
)

const readArticleFile = migrator(articleFileSchema, 'migrateArticleFile', 'an article file')

/**
 * A file written before the per-editor tag counts existed gets them from its tags (in memory; the
 * next save writes them), so that its metadata says whose the tags are.
 */
function withEditorCounts(file: ArticleFile): ArticleFile {
  if (file.article.tagsByEditor) return file
  const tagsByEditor = countTagsByEditor(file.annotations)
  return { ...file, article: { ...file.article, tagCount: file.annotations.length, tagsByEditor } }
}

/**
 * Brings a parsed article file of any known version up to {@link STORE_VERSION} and validates it,
 * filling in the per-editor tag counts that older files lack. Throws a RangeError naming the first
 * problems when the data is not an article file, a {@link NewerFormatError} when a newer Factmark
 * wrote it.
 */
export const migrateArticleFile: (data: unknown) => ArticleFile = (data) =>
  withEditorCounts(readArticleFile(data))
