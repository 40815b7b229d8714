import { describe } from '../anchoring/describe'
import type { AcceptedFrom, Annotation } from '../model/annotation'
import type { FactCheck } from '../model/fact-check'
import type { Review, ReviewSubject, ReviewVerdict } from '../model/review'
import { TAG_KIND_TABLE, type TagKind } from '../model/tag-kinds'
import type { TaggedArticle } from './placed-tags'
import { safeLink } from './safe-link'
import type { ExportContext } from './types'

/** The JSON-LD context of the W3C Web Annotation Data Model. */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

/** The namespace of Factmark's own terms (fact-checks, credits, review verdicts) in its W3C exports. */
export const FACTMARK_NAMESPACE = 'https://factmark.app/ns#'

/**
 * The JSON-LD context of Factmark's W3C exports: the Web Annotation context, then Factmark's
 * terms. `factCheck` and `acceptedFrom` are JSON literals (JSON-LD 1.1 `@json`), so a JSON-LD
 * processor keeps them whole; the review terms are plain strings. `authorUnverified` (`true`, a
 * native JSON-LD boolean, on a tag or review annotation) marks work taken from an unsigned package
 * on the importer's confirmation: nothing proves that its `creator` made it.
 */
export const EXPORT_CONTEXT = [
  ANNOTATION_CONTEXT,
  {
    fm: FACTMARK_NAMESPACE,
    factCheck: { '@id': 'fm:factCheck', '@type': '@json' },
    acceptedFrom: { '@id': 'fm:acceptedFrom', '@type': '@json' },
    changedFrom: { '@id': 'fm:changedFrom' },
    reviewVerdict: { '@id': 'fm:reviewVerdict' },
    reviewSubject: { '@id': 'fm:reviewSubject' },
    authorUnverified: { '@id': 'fm:authorUnverified' },
  },
] as const

/** The IRI of a tag's annotation in a W3C export (reviews target it). */
export function tagIri(tagId: string): string {
  return `urn:factmark:tag:${tagId}`
}

/** The IRI of a review's annotation in a W3C export. */
export function reviewIri(reviewId: string): string {
  return `urn:factmark:review:${reviewId}`
}

/** The IRI of an editor in a W3C export. */
export function editorIri(editorId: string): string {
  return `urn:factmark:editor:${editorId}`
}

/** Why each kind of tag was made, as a W3C motivation (from the table of tag kinds). */
export const KIND_MOTIVATIONS: Readonly<Record<TagKind, string>> = Object.fromEntries(
  TAG_KIND_TABLE.map((spec) => [spec.kind, spec.motivation]),
) as Record<TagKind, string>

/** A W3C TextualBody. */
interface TextualBody {
  type: 'TextualBody'
  purpose: string
  value: string
  format: 'text/plain'
}

/** A W3C SpecificResource body pointing at an external resource (evidence). */
interface LinkBody {
  type: 'SpecificResource'
  purpose: 'linking'
  source: string
}

/** A W3C creator: an editor. */
interface Creator {
  id: string
  type: 'Person'
  name: string
}

/**
 * One tag as a W3C Annotation, in the key order it is written. `authorUnverified` (see
 * `EXPORT_CONTEXT`), `acceptedFrom` (the credit of the tag an accept copied), `changedFrom` and
 * `factCheck` are Factmark's terms, written when set.
 */
export interface W3cAnnotation {
  id: string
  type: 'Annotation'
  motivation: string
  creator: Creator
  authorUnverified?: true
  created: string
  modified: string
  body: (TextualBody | LinkBody)[]
  acceptedFrom?: AcceptedFrom
  changedFrom?: string
  factCheck?: FactCheck
  target: {
    source: string
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ]
  }
}

/**
 * One review as a W3C Annotation targeting the reviewed tag's annotation: motivation `assessing`
 * for an accept or a reject (the verdict in a body with purpose `assessing`, the reviewer's text in
 * one with purpose `commenting`), `replying` for a comment (its text in a body with purpose
 * `replying`). `reviewVerdict` and `reviewSubject` keep what Factmark needs to restore it.
 */
export interface W3cReviewAnnotation {
  id: string
  type: 'Annotation'
  motivation: 'assessing' | 'replying'
  creator: Creator
  authorUnverified?: true
  created: string
  modified: string
  body: TextualBody[]
  reviewVerdict: ReviewVerdict
  reviewSubject?: ReviewSubject
  target: string
}

/**
 * A W3C AnnotationCollection holding every exported tag on its first (only) page, then the
 * reviews of those tags.
 */
export interface W3cCollection {
  '@context': typeof EXPORT_CONTEXT
  id: string
  type: 'AnnotationCollection'
  label: string
  total: number
  generator: { id: string; type: 'Software'; name: string }
  generated: string
  first: {
    id: string
    type: 'AnnotationPage'
    startIndex: 0
    items: (W3cAnnotation | W3cReviewAnnotation)[]
  }
}

/** The IRI an article's annotations target: its web address when it has one, else a URN. */
export function articleSource(article: TaggedArticle['article']): string {
  const link = safeLink(article.url)
  return link !== null && /^https?:/i.test(link) ? link : `urn:factmark:article:${article.id}`
}

/**
 * The tags as a W3C Web Annotation Data Model AnnotationCollection in JSON-LD, with every
 * annotation on its first page: creator (the editor), created and modified times, a motivation
 * (`KIND_MOTIVATIONS`), a TextualBody with purpose `tagging` holding the kind, and with `notes`
 * one with purpose `commenting` for the note, `identifying` for a quote's speaker, `assessing` for
 * why a sentence is disputed, and a SpecificResource with purpose `linking` per evidence link.
 * The target is the article (`articleSource`) with a TextQuoteSelector and a TextPositionSelector
 * describing where the tag is in the current text; a tag that could not be placed keeps the
 * selectors it was made with (a reader anchors them or lists them apart, as Factmark does).
 *
 * Factmark's own terms (see `EXPORT_CONTEXT`) carry the fact-check (claimant, status, verdict,
 * summary, passages, fact-check address), the credit of an accepted tag and a changed tag's old
 * text. Each review of an exported tag follows the tags as an annotation targeting the tag's (see
 * `W3cReviewAnnotation`), by creation time. A tag or review taken from an unsigned package carries
 * `authorUnverified: true` beside its creator, as the other exports mark it. Keys are written in a fixed order, so the same input
 * gives the same bytes.
 */
export function w3cExport(
  tagged: TaggedArticle,
  context: ExportContext,
  reviews: readonly Review[] = [],
): string {
  const { article } = tagged
  const source = articleSource(article)
  const exported = new Set([...tagged.placed, ...tagged.unplaced].map((tag) => tag.annotation.id))
  const items: (W3cAnnotation | W3cReviewAnnotation)[] = [
    ...tagged.placed.map((tag) =>
      annotationJson(tagged, tag.annotation, source, describe(tagged.text, tag.start, tag.end)),
    ),
    ...tagged.unplaced.map((tag) =>
      annotationJson(tagged, tag.annotation, source, tag.annotation.target),
    ),
    ...reviews
      .filter((review) => exported.has(review.annotationId))
      .sort(
        (left, right) =>
          compareStrings(left.created, right.created) || compareStrings(left.id, right.id),
      )
      .map(reviewJson),
  ]
  const collectionId = `urn:factmark:article:${article.id}:annotations`
  const collection: W3cCollection = {
    '@context': EXPORT_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label: `Factmark tags on “${article.title}”`,
    total: items.length,
    generator: {
      id: 'urn:factmark:app',
      type: 'Software',
      name: `Factmark ${context.appVersion}`,
    },
    generated: context.exportedAt,
    first: { id: `${collectionId}:page-1`, type: 'AnnotationPage', startIndex: 0, items },
  }
  return `${JSON.stringify(collection, null, 2)}\n`
}

function annotationJson(
  tagged: TaggedArticle,
  annotation: Annotation,
  source: string,
  selectors: Annotation['target'],
): W3cAnnotation {
  const text = (purpose: string, value: string): TextualBody => ({
    type: 'TextualBody',
    purpose,
    value,
    format: 'text/plain',
  })
  const body: (TextualBody | LinkBody)[] = [text('tagging', annotation.kind)]
  if (tagged.notes) {
    if (annotation.note.trim()) body.push(text('commenting', annotation.note))
    if (annotation.speaker?.trim()) body.push(text('identifying', annotation.speaker))
    if (annotation.reason?.trim()) body.push(text('assessing', annotation.reason))
    for (const url of annotation.evidence ?? []) {
      const link = safeLink(url)
      if (link !== null) body.push({ type: 'SpecificResource', purpose: 'linking', source: link })
    }
  }
  return {
    id: tagIri(annotation.id),
    type: 'Annotation',
    motivation: KIND_MOTIVATIONS[annotation.kind],
    creator: creatorJson(annotation.author),
    ...(annotation.unverified ? { authorUnverified: true as const } : {}),
    created: annotation.created,
    modified: annotation.modified,
    body,
    ...(annotation.acceptedFrom
      ? {
          acceptedFrom: {
            annotationId: annotation.acceptedFrom.annotationId,
            author: {
              id: annotation.acceptedFrom.author.id,
              name: annotation.acceptedFrom.author.name,
            },
          },
        }
      : {}),
    ...(annotation.changedFrom !== undefined ? { changedFrom: annotation.changedFrom } : {}),
    ...(annotation.factCheck ? { factCheck: factCheckJson(annotation.factCheck) } : {}),
    target: {
      source,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: selectors.quote.exact,
          prefix: selectors.quote.prefix,
          suffix: selectors.quote.suffix,
        },
        {
          type: 'TextPositionSelector',
          start: selectors.position.start,
          end: selectors.position.end,
        },
      ],
    },
  }
}

function creatorJson(author: Annotation['author']): Creator {
  return { id: editorIri(author.id), type: 'Person', name: author.name }
}

/** The fact-check with its keys in one fixed order (those set only). */
function factCheckJson(factCheck: FactCheck): FactCheck {
  const ordered: FactCheck = { status: factCheck.status }
  if (factCheck.claimant !== undefined) ordered.claimant = factCheck.claimant
  if (factCheck.verdict !== undefined) ordered.verdict = factCheck.verdict
  if (factCheck.summary !== undefined) ordered.summary = factCheck.summary
  if (factCheck.passages !== undefined) {
    ordered.passages = factCheck.passages.map((passage) => ({
      articleId: passage.articleId,
      start: passage.start,
      end: passage.end,
      exact: passage.exact,
    }))
  }
  if (factCheck.reviewUrl !== undefined) ordered.reviewUrl = factCheck.reviewUrl
  if (factCheck.verdictAt !== undefined) ordered.verdictAt = factCheck.verdictAt
  return ordered
}

function reviewJson(review: Review): W3cReviewAnnotation {
  const text = (purpose: string, value: string): TextualBody => ({
    type: 'TextualBody',
    purpose,
    value,
    format: 'text/plain',
  })
  const comment = review.verdict === 'comment'
  const body = comment
    ? [text('replying', review.text)]
    : [
        text('assessing', review.verdict === 'accept' ? 'accepted' : 'rejected'),
        ...(review.text.trim() ? [text('commenting', review.text)] : []),
      ]
  return {
    id: reviewIri(review.id),
    type: 'Annotation',
    motivation: comment ? 'replying' : 'assessing',
    creator: creatorJson(review.author),
    ...(review.unverified ? { authorUnverified: true as const } : {}),
    created: review.created,
    modified: review.modified,
    body,
    reviewVerdict: review.verdict,
    ...(review.subject !== undefined ? { reviewSubject: review.subject } : {}),
    target: tagIri(review.annotationId),
  }
}

/** Code-unit order, the same on every machine and locale. */
function compareStrings(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0
}
