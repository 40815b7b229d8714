import type { Annotation } from '../model/annotation'
import type { Article } from '../model/article'
import type { Review } from '../model/review'
import { claimReviewExport, type ClaimReviewInput } from './claimreview'
import { csvExport } from './csv'
import { docxExport } from './docx'
import { htmlExport } from './html'
import { jsonlExport } from './jsonl'
import { markdownExport } from './markdown'
import { placeTags } from './placed-tags'
import {
  EXPORT_FORMATS,
  type ExportContext,
  type ExportedDocument,
  type ExportFormat,
  type ExportOptions,
} from './types'
import { w3cExport } from './w3c'

/** What an export reads besides the article and its tags. */
export interface ExportExtras {
  /** The article's reviews (every reviewer's): each tag's review outcome comes from them. */
  reviews?: readonly Review[]
  /** The fact-check settings and appearances a ClaimReview export needs. */
  claimReview?: ClaimReviewInput
}

/**
 * Exports an article with its tags in `format`, keeping the tags `options` asks for (editors,
 * kinds, with or without notes). Tags that cannot be placed in the current text are listed apart
 * in every format, never dropped. Pure: the same input gives the same output.
 *
 * Every format carries each tag's review outcome from `extras.reviews` (see `reviewOutcomes`),
 * and the options' `rejected` and `preset` leave out rejected or unpublishable tags.
 * 'claimreview' writes schema.org ClaimReviews of the claims with a verdict (see
 * `claimReviewExport`), and throws a `ClaimReviewMissingError` listing missing required fields.
 *
 * 'pdf' returns the same standalone HTML as 'html' (extension 'html', media type 'text/html'),
 * whose print stylesheet lays it out for paper; the caller prints it to PDF (with backgrounds on).
 *
 * `extras.reviews` (the article’s, every reviewer’s) also go out as annotations of their own where the format
 * carries them (W3C).
 *
 * @throws RangeError (message starting 'exportArticle:' or 'placeTags:') for an unknown format,
 *   an article body that is not a valid document, a tag of another article or an unknown kind.
 */
export function exportArticle(
  format: ExportFormat,
  article: Article,
  annotations: Annotation[],
  options: ExportOptions,
  context: ExportContext,
  extras: ExportExtras = {},
): ExportedDocument {
  if (!EXPORT_FORMATS.includes(format)) {
    throw new RangeError(`exportArticle: unknown format ${JSON.stringify(format)}`)
  }
  const tagged = placeTags(article, annotations, options, extras.reviews)
  switch (format) {
    case 'html':
    case 'pdf':
      return {
        extension: 'html',
        mediaType: 'text/html;charset=utf-8',
        data: htmlExport(tagged, context),
      }
    case 'md':
      return {
        extension: 'md',
        mediaType: 'text/markdown;charset=utf-8;variant=CommonMark',
        data: markdownExport(tagged, context),
      }
    case 'w3c':
      return {
        extension: 'jsonld',
        mediaType: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"',
        data: w3cExport(tagged, context, extras.reviews ?? []),
      }
    case 'csv':
      return {
        extension: 'csv',
        mediaType: 'text/csv;charset=utf-8;header=present',
        data: csvExport(tagged),
      }
    case 'jsonl':
      return { extension: 'jsonl', mediaType: 'application/jsonl', data: jsonlExport(tagged) }
    case 'docx':
      return {
        extension: 'docx',
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        data: docxExport(tagged, context),
      }
    case 'claimreview':
      return {
        extension: 'claims.jsonld',
        mediaType: 'application/ld+json',
        data: claimReviewExport(
          tagged,
          extras.claimReview ?? { settings: {}, appearances: new Map() },
        ),
      }
  }
}
