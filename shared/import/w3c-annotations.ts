import { z } from 'zod'
import { jsonDepthExceeds } from '../exchange/json-depth'
import {
  acceptedFromSchema,
  editorRefSchema,
  evidenceLinkSchema,
  tagIdSchema,
  type AcceptedFrom,
  type EditorRef,
  type TagKind,
} from '../model/annotation'
import { factCheckSchema, type FactCheck } from '../model/fact-check'
import { REVIEW_SUBJECTS, type ReviewSubject, type ReviewVerdict } from '../model/review'
import { TAG_KIND_TABLE } from '../model/tag-kinds'
import { textHash } from '../text/hash'

/**
 * Reads W3C Web Annotation JSON-LD: Factmark's own W3C export (an AnnotationCollection whose
 * tags carry Factmark's terms and whose reviews target the tags' annotations) and what the
 * Hypothesis API returns (a search result's `rows`, or one annotation, with `uri`, `user`,
 * `text`, `tags` and `target[].selector`). Pure: the file's text in, tags and reviews out, each
 * still to be matched to an article (see `placeAnnotations`). Every annotation is read on its
 * own: one that cannot be read is listed as skipped with the reason, never half-read.
 */

/** The longest annotation file read, in UTF-16 code units (as large as an article import). */
export const MAX_ANNOTATION_FILE_CHARS = 20 * 1024 * 1024

/** The most annotations one file may hold. */
export const MAX_ANNOTATIONS_PER_FILE = 100_000

/** The deepest nesting of arrays and objects an annotation file may have. */
export const MAX_ANNOTATION_DEPTH = 24

/** A tag read from an annotation file, not yet matched to an article. */
export interface ImportedTag {
  /** The annotation's id in the file (reviews and replies name it). */
  sourceId: string
  /** The Factmark tag id it gets: its own for Factmark's export, else one derived from `sourceId`. */
  id: string
  /** The address of the annotated document (`target.source`, or Hypothesis's `uri`), if any. */
  source: string | null
  /** The TextQuoteSelector's quote and context, if the target has one. */
  quote: { exact: string; prefix: string; suffix: string } | null
  /** The TextPositionSelector's offsets, if the target has one. */
  position: { start: number; end: number } | null
  kind: TagKind
  note: string
  speaker?: string
  reason?: string
  evidence?: string[]
  author: EditorRef
  created: string
  modified: string
  acceptedFrom?: AcceptedFrom
  changedFrom?: string
  factCheck?: FactCheck
  /** Set when the file marks the tag `authorUnverified` (see {@link readUnverified}). */
  unverified?: true
}

/** A review read from an annotation file: an annotation that assesses or replies to a tag's. */
export interface ImportedReview {
  sourceId: string
  /** The Factmark review id it gets. */
  id: string
  /** The `sourceId` (or Factmark IRI) of the annotation it reviews. */
  target: string
  author: EditorRef
  verdict: ReviewVerdict
  subject?: ReviewSubject
  text: string
  created: string
  modified: string
  /** Set when the file marks the review `authorUnverified` (see {@link readUnverified}). */
  unverified?: true
}

/** An annotation left out, and why (in plain words). */
export interface SkippedAnnotation {
  id: string
  reason: string
}

/** What an annotation file holds. */
export interface ParsedAnnotations {
  tags: ImportedTag[]
  reviews: ImportedReview[]
  skipped: SkippedAnnotation[]
}

const TAG_PREFIX = 'urn:factmark:tag:'
const REVIEW_PREFIX = 'urn:factmark:review:'
const EDITOR_PREFIX = 'urn:factmark:editor:'

/** A JSON object, as read. */
type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? value : [value]
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

/** Thrown for one annotation that cannot be read; becomes a skipped entry. */
class Unreadable extends Error {}

/**
 * Reads an annotation file's text. Refuses the whole file (a RangeError whose message starts
 * `parseAnnotationFile:` and says why) when it is too large or deeply nested, not JSON, or holds
 * no Web Annotations in any known shape; a single annotation that cannot be read is skipped.
 * `now` stands in for missing or unreadable times.
 */
export function parseAnnotationFile(raw: string, now: string): ParsedAnnotations {
  if (raw.length > MAX_ANNOTATION_FILE_CHARS) {
    throw new RangeError(
      `parseAnnotationFile: the file is larger than ${MAX_ANNOTATION_FILE_CHARS / 1024 / 1024} MB`,
    )
  }
  if (jsonDepthExceeds(raw, MAX_ANNOTATION_DEPTH)) {
    throw new RangeError('parseAnnotationFile: the file nests too deeply to be annotations')
  }
  let data: unknown
  try {
    data = JSON.parse(raw.replace(/^\uFEFF/, ''))
  } catch {
    throw new RangeError('parseAnnotationFile: the file is not JSON')
  }
  const items = annotationItems(data)
  if (items.length === 0) {
    throw new RangeError(
      'parseAnnotationFile: the file holds no Web Annotations (expected an annotation, a collection, a page or a Hypothesis search result)',
    )
  }
  if (items.length > MAX_ANNOTATIONS_PER_FILE) {
    throw new RangeError(
      `parseAnnotationFile: the file holds ${items.length} annotations; the limit is ${MAX_ANNOTATIONS_PER_FILE}`,
    )
  }
  const result: ParsedAnnotations = { tags: [], reviews: [], skipped: [] }
  const tagIds = new Set<string>()
  const reviewIds = new Set<string>()
  for (const [index, item] of items.entries()) {
    const id = isObject(item) ? (text(item.id) ?? `#${index + 1}`) : `#${index + 1}`
    try {
      if (!isObject(item)) throw new Unreadable('it is not an object')
      const read = readAnnotation(item, id, now)
      if ('verdict' in read) {
        if (reviewIds.has(read.id)) throw new Unreadable('another annotation has the same id')
        reviewIds.add(read.id)
        result.reviews.push(read)
      } else {
        if (tagIds.has(read.id)) throw new Unreadable('another annotation has the same id')
        tagIds.add(read.id)
        result.tags.push(read)
      }
    } catch (error) {
      if (!(error instanceof Unreadable)) throw error
      result.skipped.push({ id: id.slice(0, 200), reason: error.message })
    }
  }
  return result
}

/** The annotations of any shape the importer knows, as a list (possibly empty). */
function annotationItems(data: unknown): unknown[] {
  if (Array.isArray(data)) return data
  if (!isObject(data)) return []
  if (Array.isArray(data.rows)) return data.rows
  if (Array.isArray(data.items)) return data.items
  if (isObject(data.first) && Array.isArray(data.first.items)) return data.first.items
  if (data.type === 'Annotation' || data.target !== undefined || data.uri !== undefined) {
    return [data]
  }
  return []
}

function readAnnotation(item: Json, id: string, now: string): ImportedTag | ImportedReview {
  const author = readAuthor(item)
  const created = readTime(item.created, now)
  const modified = readTime(item.modified ?? item.updated, created)
  const bodies = asList(item.body).filter(isObject)
  const references = asList(item.references).filter(
    (reference): reference is string => typeof reference === 'string',
  )
  const reviewTarget = reviewTargetOf(item, references)
  if (reviewTarget !== null) {
    return readReview(item, id, reviewTarget, bodies, author, created, modified)
  }
  return readTag(item, id, bodies, author, created, modified)
}

/** The annotation a review or reply is about, or null when the annotation is on a document. */
function reviewTargetOf(item: Json, references: string[]): string | null {
  if (typeof item.reviewVerdict === 'string' || item.motivation === 'replying') {
    const target = typeof item.target === 'string' ? item.target : null
    const source = asList(item.target).find(isObject)?.source
    return target ?? (typeof source === 'string' ? source : null) ?? references[0] ?? null
  }
  if (references.length > 0) return references[0] ?? null
  if (typeof item.target === 'string' && item.target.startsWith(TAG_PREFIX)) return item.target
  return null
}

function readReview(
  item: Json,
  id: string,
  target: string,
  bodies: Json[],
  author: EditorRef,
  created: string,
  modified: string,
): ImportedReview {
  const purpose = (wanted: string) =>
    bodies.find((body) => body.purpose === wanted && typeof body.value === 'string')?.value as
      string | undefined
  let verdict: ReviewVerdict = 'comment'
  const stated = item.reviewVerdict
  if (stated === 'accept' || stated === 'reject' || stated === 'comment') verdict = stated
  else if (purpose('assessing') === 'accepted') verdict = 'accept'
  else if (purpose('assessing') === 'rejected') verdict = 'reject'
  const body =
    verdict === 'comment'
      ? (purpose('replying') ?? purpose('commenting') ?? text(item.text) ?? '')
      : (purpose('commenting') ?? text(item.text) ?? '')
  if (verdict !== 'accept' && body.trim() === '') {
    throw new Unreadable(verdict === 'reject' ? 'a reject without a reason' : 'an empty reply')
  }
  if (body.length > 20_000) throw new Unreadable('its text is longer than 20,000 characters')
  const subject = item.reviewSubject
  if (subject !== undefined && !(REVIEW_SUBJECTS as readonly unknown[]).includes(subject)) {
    throw new Unreadable('its review subject is not “tag” or “verdict”')
  }
  return {
    sourceId: id,
    id: factmarkId(id, REVIEW_PREFIX, 'w3c-review-'),
    target,
    author,
    verdict,
    ...(subject !== undefined ? { subject: subject as ReviewSubject } : {}),
    text: body,
    created,
    modified,
    ...(readUnverified(item) ? { unverified: true as const } : {}),
  }
}

/**
 * Whether the file marks an annotation's author unverified (Factmark's `authorUnverified`, on work
 * it took from an unsigned package). Any value but `false` (or none) counts as the mark: a mark
 * that cannot be read is kept, never read as proof. `false` only means the file claims nothing;
 * it cannot clear a mark the library holds (see `importAnnotationFile`).
 */
export function readUnverified(item: Record<string, unknown>): boolean {
  return item.authorUnverified !== undefined && item.authorUnverified !== false
}

function readTag(
  item: Json,
  id: string,
  bodies: Json[],
  author: EditorRef,
  created: string,
  modified: string,
): ImportedTag {
  const targets = asList(item.target)
  const target = targets.find(isObject)
  const source =
    text(target?.source) ??
    (typeof item.target === 'string' ? item.target : null) ??
    text(item.uri) ??
    null
  const selectors = asList(target?.selector).filter(isObject)
  const quote = readQuote(selectors)
  const position = readPosition(selectors)
  if (quote === null && position === null) {
    throw new Unreadable('it marks no passage (a page note, or a selector Factmark does not read)')
  }
  if (quote !== null && position !== null && position.end - position.start !== quote.exact.length) {
    // The two selectors disagree (a page whose text differs from ours): trust the quote.
    return tagOf(item, id, bodies, author, created, modified, source, quote, null)
  }
  return tagOf(item, id, bodies, author, created, modified, source, quote, position)
}

function tagOf(
  item: Json,
  id: string,
  bodies: Json[],
  author: EditorRef,
  created: string,
  modified: string,
  source: string | null,
  quote: ImportedTag['quote'],
  position: ImportedTag['position'],
): ImportedTag {
  const purpose = (wanted: string) =>
    bodies.find((body) => body.purpose === wanted && typeof body.value === 'string')?.value as
      string | undefined
  const kind = readKind(item, bodies)
  const note = purpose('commenting') ?? text(item.text) ?? ''
  const speaker = purpose('identifying')
  const reason = purpose('assessing')
  const evidence = bodies
    .filter((body) => body.purpose === 'linking' && typeof body.source === 'string')
    .map((body) => body.source as string)
  if (note.length > 20_000) throw new Unreadable('its note is longer than 20,000 characters')
  if (speaker !== undefined && speaker.length > 200) throw new Unreadable('its speaker is too long')
  if (reason !== undefined && reason.length > 5_000) throw new Unreadable('its reason is too long')
  const links = z.array(evidenceLinkSchema).max(20).safeParse(evidence)
  if (!links.success) throw new Unreadable('its evidence is not up to 20 http(s) or mailto links')
  const tag: ImportedTag = {
    sourceId: id,
    id: factmarkId(id, TAG_PREFIX, 'w3c-'),
    source,
    quote,
    position,
    kind,
    note,
    author,
    created,
    modified,
  }
  if (readUnverified(item)) tag.unverified = true
  if (speaker !== undefined) tag.speaker = speaker
  if (reason !== undefined) tag.reason = reason
  if (links.data.length > 0) tag.evidence = links.data
  if (item.acceptedFrom !== undefined) {
    const credit = acceptedFromSchema.safeParse(item.acceptedFrom)
    if (!credit.success) throw new Unreadable('its acceptedFrom credit is not valid')
    tag.acceptedFrom = credit.data
  }
  if (item.changedFrom !== undefined) {
    if (typeof item.changedFrom !== 'string' || item.changedFrom.length > 100_000) {
      throw new Unreadable('its changedFrom text is not valid')
    }
    tag.changedFrom = item.changedFrom
  }
  if (item.factCheck !== undefined) {
    const factCheck = factCheckSchema.safeParse(item.factCheck)
    if (!factCheck.success) {
      const issue = factCheck.error.issues[0]
      throw new Unreadable(
        `its fact-check is not valid (${issue ? `${issue.path.join('.') || 'factCheck'}: ${issue.message}` : 'unknown'})`,
      )
    }
    if (kind !== 'claim' && kind !== 'disputed') {
      throw new Unreadable(`a ${kind} tag cannot carry a fact-check`)
    }
    tag.factCheck = factCheck.data
  }
  return tag
}

/**
 * The tag's kind: Factmark's `tagging` body, else a Hypothesis tag naming a kind (`claim`,
 * `Disputed`…), else `disputed` for an `assessing` annotation and `context` for any other.
 */
function readKind(item: Json, bodies: Json[]): TagKind {
  const names = new Map<string, TagKind>()
  for (const spec of TAG_KIND_TABLE) {
    names.set(spec.kind.toLowerCase(), spec.kind)
    names.set(spec.name.toLowerCase(), spec.kind)
  }
  const tagging = bodies
    .filter((body) => body.purpose === 'tagging' && typeof body.value === 'string')
    .map((body) => body.value as string)
  const labels = [...tagging, ...asList(item.tags).filter((tag) => typeof tag === 'string')]
  for (const label of labels) {
    const kind = names.get((label as string).trim().toLowerCase())
    if (kind) return kind
  }
  return item.motivation === 'assessing' ? 'disputed' : 'context'
}

function readQuote(selectors: Json[]): ImportedTag['quote'] {
  const selector = selectors.find((entry) => entry.type === 'TextQuoteSelector')
  if (!selector) return null
  const exact = text(selector.exact)
  if (exact === null || exact.length === 0) throw new Unreadable('its quote is empty')
  if (exact.length > 100_000) throw new Unreadable('its quote is longer than 100,000 characters')
  return {
    exact,
    prefix: (text(selector.prefix) ?? '').slice(-64),
    suffix: (text(selector.suffix) ?? '').slice(0, 64),
  }
}

function readPosition(selectors: Json[]): ImportedTag['position'] {
  const selector = selectors.find((entry) => entry.type === 'TextPositionSelector')
  if (!selector) return null
  const { start, end } = selector
  if (
    !Number.isSafeInteger(start) ||
    !Number.isSafeInteger(end) ||
    (start as number) < 0 ||
    (end as number) <= (start as number) ||
    (end as number) > 1_000_000_000
  ) {
    throw new Unreadable('its TextPositionSelector is not a span')
  }
  return { start: start as number, end: end as number }
}

/**
 * The tag's author: Factmark's creator (`urn:factmark:editor:<id>` and a name), a Hypothesis
 * user (`acct:jane_doe@hypothes.is`, named by `user_info.display_name`), or a creator's name or
 * nickname; an annotation by nobody named is by "Unknown".
 */
function readAuthor(item: Json): EditorRef {
  const creator = asList(item.creator)[0]
  const userInfo = isObject(item.user_info) ? item.user_info : {}
  let id: string | null = null
  let name: string | null = null
  if (typeof creator === 'string') id = creator
  else if (isObject(creator)) {
    id = text(creator.id)
    name = text(creator.name) ?? text(creator.nickname)
  }
  const user = text(item.user)
  if (id === null && user !== null) id = user
  name = text(userInfo.display_name) ?? name
  let editorId: string
  if (id?.startsWith(EDITOR_PREFIX)) editorId = id.slice(EDITOR_PREFIX.length)
  else {
    const account = /^acct:([^@]+)@/.exec(id ?? '')?.[1]
    const handle = account ?? (id !== null && !/^\w+:/.test(id) ? id : null) ?? name ?? 'unknown'
    editorId = slug(handle)
    name ??= account ?? (handle === 'unknown' ? 'Unknown' : handle)
  }
  const parsed = editorRefSchema.safeParse({ id: editorId, name: (name ?? editorId).slice(0, 100) })
  if (!parsed.success) throw new Unreadable('its author cannot be read')
  return parsed.data
}

/** An editor id from a handle or name: lowercase letters, digits and hyphens. */
function slug(handle: string): string {
  const plain = handle
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '')
  return plain || `editor-${textHash(handle).slice(0, 8)}`
}

/** A time as `toISOString` writes it, or `fallback` when it is missing or unreadable. */
function readTime(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || value.length > 64) return fallback
  const time = Date.parse(value)
  return Number.isNaN(time) ? fallback : new Date(time).toISOString()
}

/**
 * The Factmark id of an annotation with `id` in the file: its own when it is a Factmark IRI with
 * a valid id, else `prefix` and the first 24 hex digits of the id's hash (the same file imported
 * twice gives the same ids, so a second import adds nothing).
 */
function factmarkId(id: string, iri: string, prefix: string): string {
  if (id.startsWith(iri)) {
    const own = id.slice(iri.length)
    if (tagIdSchema.safeParse(own).success) return own
  }
  return `${prefix}${textHash(id).slice(0, 24)}`
}
