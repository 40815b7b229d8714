import { describe } from '../anchoring/describe'
import type { Annotation } from '../model/annotation'
import { TAG_KIND_TABLE, type TagKind } from '../model/tag-kinds'
import type { TaggedArticle } from './placed-tags'
import { safeLink } from './safe-link'
import type { ExportContext } from './types'

/** The JSON-LD context of the W3C Web Annotation Data Model. */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

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

/** One W3C Annotation, in the key order it is written. */
export interface W3cAnnotation {
  id: string
  type: 'Annotation'
  motivation: string
  creator: { id: string; type: 'Person'; name: string }
  created: string
  modified: string
  body: (TextualBody | LinkBody)[]
  target: {
    source: string
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ]
  }
}

/** A W3C AnnotationCollection holding every exported tag on its first (only) page. */
export interface W3cCollection {
  '@context': typeof ANNOTATION_CONTEXT
  id: string
  type: 'AnnotationCollection'
  label: string
  total: number
  generator: { id: string; type: 'Software'; name: string }
  generated: string
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: W3cAnnotation[] }
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
 * Keys are written in a fixed order, so the same input gives the same bytes.
 */
export function w3cExport(tagged: TaggedArticle, context: ExportContext): string {
  const { article } = tagged
  const source = articleSource(article)
  const items: W3cAnnotation[] = [
    ...tagged.placed.map((tag) =>
      annotationJson(tagged, tag.annotation, source, describe(tagged.text, tag.start, tag.end)),
    ),
    ...tagged.unplaced.map((tag) =>
      annotationJson(tagged, tag.annotation, source, tag.annotation.target),
    ),
  ]
  const collectionId = `urn:factmark:article:${article.id}:annotations`
  const collection: W3cCollection = {
    '@context': ANNOTATION_CONTEXT,
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
    id: `urn:factmark:tag:${annotation.id}`,
    type: 'Annotation',
    motivation: KIND_MOTIVATIONS[annotation.kind],
    creator: {
      id: `urn:factmark:editor:${annotation.author.id}`,
      type: 'Person',
      name: annotation.author.name,
    },
    created: annotation.created,
    modified: annotation.modified,
    body,
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
