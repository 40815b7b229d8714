import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import { z } from 'zod'
import { editorRefSchema, tagIdSchema, type EditorRef } from '../model/annotation'
import { articleIdSchema } from '../model/article'
import { MAX_REVIEWS_PER_ARTICLE, reviewListSchema } from '../model/review'
import { annotationListSchema, MAX_TAGS_PER_ARTICLE } from '../model/store-files'
import { canonicalJson } from './canonical-json'
import { ExchangeError } from './exchange-error'
import { jsonDepthExceeds } from './json-depth'
import { packageSignatureSchema } from './package-signature'

/** The value of every package's `format` field. */
export const PACKAGE_FORMAT = 'factmark-package'

/**
 * The package format version this code writes. Version 2 added reviews and their deletions,
 * version 3 the author's signature; version 1 packages (tags only) and unsigned ones are still
 * read (an unsigned one only after the editor confirms it).
 */
export const PACKAGE_VERSION = 3

/** The oldest package format version this code reads. */
export const OLDEST_PACKAGE_VERSION = 1

/** The longest package text {@link parsePackage} reads, in UTF-16 code units (64 Mi). */
export const MAX_PACKAGE_CHARS = 64 * 1024 * 1024

/** The deepest nesting of arrays and objects a package may have (a valid one needs 7). */
export const MAX_PACKAGE_DEPTH = 16

/** The most articles one package may carry. */
export const MAX_PACKAGE_ARTICLES = 10_000

/** An authored deletion: the package author removed their tag (or review) `id` at `deletedAt`. */
export const tombstoneSchema = z.strictObject({
  id: tagIdSchema,
  deletedAt: z.iso.datetime(),
})

/** An authored deletion: the package author removed their tag (or review) `id` at `deletedAt`. */
export type Tombstone = z.infer<typeof tombstoneSchema>

/**
 * One article's share of a package: the author's tags and reviews on it and the ones they
 * deleted. A version-1 package has no `reviews` or `deletedReviews`: they read as none.
 */
export const packageArticleSchema = z.strictObject({
  articleId: articleIdSchema,
  /** The revision hash of the text the tags were made on (informative: tags anchor by quote). */
  textHash: z.string().regex(/^[0-9a-f]{64}$/, 'not a text hash'),
  title: z.string().max(500),
  annotations: annotationListSchema,
  deleted: z.array(tombstoneSchema).max(MAX_TAGS_PER_ARTICLE),
  reviews: reviewListSchema.default([]),
  deletedReviews: z.array(tombstoneSchema).max(MAX_REVIEWS_PER_ARTICLE).default([]),
})

/** One article's share of a package: the author's tags and reviews, and their deletions. */
export type PackageArticle = z.infer<typeof packageArticleSchema>

/** A package as it is written to a file: one editor's work on some articles, checksummed. */
export const packageSchema = z.strictObject({
  format: z.literal(PACKAGE_FORMAT),
  version: z.int().min(OLDEST_PACKAGE_VERSION).max(PACKAGE_VERSION),
  author: editorRefSchema,
  createdAt: z.iso.datetime(),
  articles: z.array(packageArticleSchema).max(MAX_PACKAGE_ARTICLES),
  /**
   * The author's ed25519 signature over everything but the checksum (see `packageSigningText`):
   * what proves who made the package. Missing on packages of Factmark before version 3.
   */
  signature: packageSignatureSchema.optional(),
  /** SHA-256 (hex) of the canonical JSON of every other field: see {@link packageChecksum}. */
  checksum: z.string().regex(/^[0-9a-f]{64}$/, 'not a SHA-256 checksum'),
})

/** A package as it is written to a file: one editor's work on some articles, checksummed. */
export type FactmarkPackage = z.infer<typeof packageSchema>

/**
 * The package `pkg` with `signature` (made over `packageSigningText`) and its checksum
 * recomputed to cover it.
 */
export function withPackageSignature(
  pkg: FactmarkPackage,
  signature: NonNullable<FactmarkPackage['signature']>,
): FactmarkPackage {
  const { checksum: _checksum, ...content } = pkg
  const signed = { ...content, signature }
  return { ...signed, checksum: packageChecksum(signed) }
}

/** A package's content, everything but its checksum. */
export type PackageContent = Omit<FactmarkPackage, 'checksum'>

/** A package's content as written, where a version-1 article has no reviews: what is checksummed. */
export type WrittenPackageContent = Omit<z.input<typeof packageSchema>, 'checksum'>

/** The fields of an article's share that {@link createPackage} fills in when left out. */
type OptionalArticleFields = 'deleted' | 'reviews' | 'deletedReviews'

/**
 * The checksum of a package's content: SHA-256, in lowercase hex, of its canonical JSON (keys
 * sorted, no whitespace), the signature included. It detects damage; it is not a signature
 * (anyone can recompute it), so it does not prove who made the package: the signature does.
 */
export function packageChecksum(content: WrittenPackageContent): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(content))))
}

function describeEditor(editor: EditorRef): string {
  return `${editor.name} (${editor.id})`
}

/** Refuses a package whose records are not all its author's, or whose articles disagree. */
function checkConsistency(content: PackageContent): void {
  const seenArticles = new Set<string>()
  for (const article of content.articles) {
    if (seenArticles.has(article.articleId)) {
      throw new ExchangeError('invalid', `The package lists article ${article.articleId} twice.`)
    }
    seenArticles.add(article.articleId)
    const records = [
      ...article.annotations.map((record) => ({ what: 'tag', record })),
      ...article.reviews.map((record) => ({ what: 'review', record })),
    ]
    for (const { what, record } of records) {
      if (record.author.id !== content.author.id) {
        throw new ExchangeError(
          'forged',
          `The package claims to be by ${describeEditor(content.author)} but holds records by ${describeEditor(record.author)} (${what} ${record.id}): refused, a package may only carry its author's own tags and reviews.`,
        )
      }
      if (record.articleId !== article.articleId) {
        throw new ExchangeError(
          'invalid',
          `${what === 'tag' ? 'Tag' : 'Review'} ${record.id} is filed under article ${article.articleId} but belongs to article ${record.articleId}.`,
        )
      }
    }
    checkDeletions('Tag', article.articleId, article.annotations, article.deleted)
    checkDeletions('Review', article.articleId, article.reviews, article.deletedReviews)
  }
}

/** Refuses a record that is both kept and deleted, or deleted twice. */
function checkDeletions(
  what: string,
  articleId: string,
  kept: readonly { id: string }[],
  tombstones: readonly Tombstone[],
): void {
  const live = new Set(kept.map((record) => record.id))
  const deleted = new Set<string>()
  for (const tombstone of tombstones) {
    if (live.has(tombstone.id) || deleted.has(tombstone.id)) {
      throw new ExchangeError(
        'invalid',
        `${what} ${tombstone.id} of article ${articleId} is both kept and deleted, or deleted twice.`,
      )
    }
    deleted.add(tombstone.id)
  }
}

/** One article's share as {@link createPackage} takes it: deletions and reviews may be left out. */
export type PackageArticleInput = Omit<PackageArticle, OptionalArticleFields> &
  Partial<{ readonly [K in OptionalArticleFields]: readonly PackageArticle[K][number][] }>

/**
 * Makes a package of `author`'s work: their tags, reviews and deletions on each of `articles`.
 * Throws an {@link ExchangeError} if a record is someone else's or the content is not valid.
 */
export function createPackage(
  author: EditorRef,
  articles: readonly PackageArticleInput[],
  createdAt: string = new Date().toISOString(),
): FactmarkPackage {
  const content: PackageContent = {
    format: PACKAGE_FORMAT,
    version: PACKAGE_VERSION,
    author,
    createdAt,
    articles: articles.map((article) => ({
      articleId: article.articleId,
      textHash: article.textHash,
      title: article.title,
      annotations: [...article.annotations],
      deleted: [...(article.deleted ?? [])],
      reviews: [...(article.reviews ?? [])],
      deletedReviews: [...(article.deletedReviews ?? [])],
    })),
  }
  const parsed = packageSchema.omit({ checksum: true }).safeParse(content)
  if (!parsed.success) {
    throw new ExchangeError('invalid', `createPackage: ${describeIssues(parsed.error)}`)
  }
  checkConsistency(parsed.data)
  return { ...parsed.data, checksum: packageChecksum(parsed.data) }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`)
    .join('; ')
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Reads a package file's text, refusing (with an {@link ExchangeError} whose message says why)
 * one that is too large or too deeply nested, not JSON, not a Factmark package, from a newer
 * Factmark, not valid, damaged or altered (its checksum does not match), or forged (it holds
 * records of someone other than its author). Keys such as `__proto__` are refused by the
 * schema's strict objects and never reach a prototype.
 */
export function parsePackage(json: string): FactmarkPackage {
  if (json.length > MAX_PACKAGE_CHARS) {
    throw new ExchangeError(
      'too-large',
      `The package is too large (${json.length} characters; at most ${MAX_PACKAGE_CHARS}).`,
    )
  }
  if (jsonDepthExceeds(json, MAX_PACKAGE_DEPTH)) {
    throw new ExchangeError(
      'too-deep',
      `The package nests more than ${MAX_PACKAGE_DEPTH} levels deep: it is not a Factmark package.`,
    )
  }
  let raw: unknown
  try {
    raw = JSON.parse(json.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new ExchangeError(
      'not-json',
      `The package is not valid JSON (${(error as Error).message}).`,
    )
  }
  if (!isRecord(raw) || raw.format !== PACKAGE_FORMAT) {
    throw new ExchangeError(
      'not-a-package',
      `This is not a Factmark package (its "format" is not "${PACKAGE_FORMAT}").`,
    )
  }
  if (typeof raw.version === 'number' && raw.version > PACKAGE_VERSION) {
    throw new ExchangeError(
      'newer-version',
      `The package was written by a newer Factmark (package version ${raw.version}); this version reads versions ${OLDEST_PACKAGE_VERSION} to ${PACKAGE_VERSION}.`,
    )
  }
  const parsed = packageSchema.safeParse(raw)
  if (!parsed.success) {
    throw new ExchangeError('invalid', `The package is not valid: ${describeIssues(parsed.error)}.`)
  }
  const { checksum, ...content } = raw
  if (packageChecksum(content as PackageContent) !== checksum) {
    throw new ExchangeError(
      'damaged',
      'The package is damaged or altered: its checksum does not match its contents. Ask its author to export it again.',
    )
  }
  checkConsistency(parsed.data)
  return parsed.data
}
