import type { Annotation } from '../model/annotation'
import {
  DEFAULT_RATING_SCALE,
  carriesFactCheck,
  ratingById,
  type FactCheckSettings,
} from '../model/fact-check'
import type { TaggedArticle } from './placed-tags'
import { claimantType } from './claimant-type'
import { excerpt } from './excerpt'
import { markedName, outcomeOf } from './review-outcome'
import { safeLink } from './safe-link'

/** Another article's version of a claim (or the claim's own article), as ClaimReview's `appearance`. */
export interface ClaimAppearance {
  url: string
  /** The article's headline. */
  title: string
  /** The outlet that published it ('' when unknown). */
  outlet: string
  /** Its publication date (`YYYY-MM-DD`) or null. */
  published: string | null
}

/** What a ClaimReview export needs besides the tagged article. */
export interface ClaimReviewInput {
  /** The library's fact-check settings (rating scale, publisher, address pattern), with any overrides. */
  settings: FactCheckSettings
  /**
   * Per tag id, the other outlets' versions of the same claim found by the story view (the
   * article's own address is added here, first).
   */
  appearances: ReadonlyMap<string, readonly ClaimAppearance[]>
}

/** One thing a ClaimReview lacks: which claim, which field, and what to do, in plain words. */
export interface ClaimReviewProblem {
  /** The tag's id, or null for a problem of the whole export. */
  tagId: string | null
  /** The ClaimReview property concerned (`url`, `author`, `itemReviewed.author`…). */
  field: string
  message: string
}

/** The ClaimReviews of an article, and what is missing or only recommended. */
export interface ClaimReviewReport {
  /** One schema.org ClaimReview per claim with a verdict, in document order. */
  reviews: Record<string, unknown>[]
  /** Required fields that are missing: the export is refused while any remain. */
  missing: ClaimReviewProblem[]
  /** Recommended fields that are missing: the export goes ahead, and says so. */
  warnings: ClaimReviewProblem[]
}

/** The error of a ClaimReview export refused for missing required fields; lists them all. */
export class ClaimReviewMissingError extends RangeError {
  /** Creates the error from the missing fields. */
  constructor(readonly missing: readonly ClaimReviewProblem[]) {
    super(
      `claimReviewExport: required fields are missing:\n${missing.map((problem) => `- ${problem.message}`).join('\n')}`,
    )
    this.name = 'ClaimReviewMissingError'
  }
}

/** A claim as its problems name it: its number and the start of its text. */
function claimName(number: number, text: string): string {
  return `Claim ${number} (“${excerpt(text, 60)}”)`
}

/** The fact-check page of a tag: its own address, else the settings' pattern with its id. */
function reviewUrl(annotation: Annotation, settings: FactCheckSettings): string | null {
  const own = annotation.factCheck?.reviewUrl
  if (own) return own
  const pattern = settings.reviewUrlPattern
  return pattern ? pattern.split('{id}').join(encodeURIComponent(annotation.id)) : null
}

/** The tags a ClaimReview export covers: claim and disputed tags with a verdict, placed or not. */
function reviewedClaims(
  tagged: TaggedArticle,
): { annotation: Annotation; number: number; text: string }[] {
  return [
    ...tagged.placed.map((tag) => ({
      annotation: tag.annotation,
      number: tag.number,
      text: tag.exact,
    })),
    ...tagged.unplaced.map((tag) => ({
      annotation: tag.annotation,
      number: tag.number,
      text: tag.annotation.target.quote.exact,
    })),
  ].filter(
    ({ annotation }) =>
      carriesFactCheck(annotation.kind) && annotation.factCheck?.verdict !== undefined,
  )
}

function creativeWork(appearance: ClaimAppearance): Record<string, unknown> {
  return {
    '@type': 'CreativeWork',
    url: appearance.url,
    ...(appearance.title.trim() ? { headline: appearance.title.trim() } : {}),
    ...(appearance.outlet.trim()
      ? { publisher: { '@type': 'Organization', name: appearance.outlet.trim() } }
      : {}),
    ...(appearance.published ? { datePublished: appearance.published } : {}),
  }
}

/**
 * The schema.org ClaimReviews of an article: one per claim or disputed tag with a verdict, with
 * `claimReviewed` (the summary, else the tagged sentence), `reviewRating` (a Rating whose
 * `ratingValue`, `bestRating`, `worstRating` and `alternateName` come from the library's scale),
 * `itemReviewed` (a Claim with its claimant as `author`, a Person or an Organization, the
 * article's date as `datePublished`, and as `appearance` the article's address and every other
 * outlet's version of the claim), `author` (the publisher from the settings), `datePublished`
 * (when the verdict was given) and `url` (the claim's own fact-check address, else the settings'
 * pattern with `{id}`). Lists what is missing: required (claimReviewed, reviewRating, author, url,
 * and at least one claim with a verdict) and recommended (the claimant, the dates, an appearance);
 * a verdict a reviewer rejected is warned about too.
 *
 * A verdict on a tag taken from an unsigned package (`unverified`) is refused as missing: a
 * ClaimReview states the verdict as the publisher's, publicly and for search engines, and nothing
 * proves the editor named on the tag gave it. Leaving that editor out of the export (its editor
 * filter), or importing their work from a signed package, lets the export go ahead.
 */
export function claimReviews(tagged: TaggedArticle, input: ClaimReviewInput): ClaimReviewReport {
  const { article } = tagged
  const { settings } = input
  const scale = settings.ratingScale ?? DEFAULT_RATING_SCALE
  const missing: ClaimReviewProblem[] = []
  const warnings: ClaimReviewProblem[] = []
  const claims = reviewedClaims(tagged)
  const publisher = settings.publisher
  if (claims.length === 0) {
    missing.push({
      tagId: null,
      field: 'reviewRating',
      message:
        'No claim or disputed tag in this export has a verdict: give a verdict to at least one claim.',
    })
  }
  if (claims.length > 0 && !publisher) {
    missing.push({
      tagId: null,
      field: 'author',
      message:
        'The publisher (ClaimReview author) is not set: name the publishing organisation in the fact-check settings (--publisher NAME on the command line).',
    })
  }
  const ownUrl = safeLink(article.url)
  const reviews = claims.map(({ annotation, number, text }) => {
    const check = annotation.factCheck
    const name = claimName(number, text)
    const problem = (list: ClaimReviewProblem[], field: string, message: string) =>
      list.push({ tagId: annotation.id, field, message: `${name}: ${message}` })
    const claimReviewed = check?.summary?.trim() || text.trim()
    if (!claimReviewed) problem(missing, 'claimReviewed', 'has no summary and no text.')
    const rating = check?.verdict ? ratingById(scale, check.verdict) : null
    if (!rating) {
      problem(
        missing,
        'reviewRating',
        `its verdict “${check?.verdict ?? ''}” is not on the library’s rating scale: pick a verdict again.`,
      )
    }
    if (annotation.unverified) {
      problem(
        missing,
        'reviewRating',
        `its verdict is ${annotation.author.name}’s, taken from an unsigned package: nothing proves they gave it, and a ClaimReview would publish it as the publisher’s. Leave ${annotation.author.name}’s tags out of this export, or import their work again from a signed package.`,
      )
    }
    const url = reviewUrl(annotation, settings)
    if (!url) {
      problem(
        missing,
        'url',
        'has no fact-check address: give the claim its own address, or set an address pattern with {id} in the fact-check settings (--review-url on the command line).',
      )
    }
    const verdictRejections = outcomeOf(tagged.outcomes, annotation.id).verdictReviews.filter(
      (review) => review.verdict === 'reject',
    )
    if (verdictRejections.length > 0) {
      problem(
        warnings,
        'reviewRating',
        `its verdict was rejected in review by ${verdictRejections.map((review) => `${markedName(review.reviewer.name, review.unverified)}${review.text.trim() ? ` (“${review.text.trim()}”)` : ''}`).join(', ')}.`,
      )
    }
    const claimant = check?.claimant?.trim()
    if (!claimant) problem(warnings, 'itemReviewed.author', 'has no claimant (who made the claim).')
    if (!article.published) {
      problem(warnings, 'itemReviewed.datePublished', 'its article has no publication date.')
    }
    if (!check?.verdictAt) {
      problem(warnings, 'datePublished', 'has no date of verdict.')
    }
    const appearances = [
      ...(ownUrl
        ? [
            {
              url: ownUrl,
              title: article.title,
              outlet: article.outlet,
              published: article.published,
            },
          ]
        : []),
      ...(input.appearances.get(annotation.id) ?? []).filter(
        (appearance) => appearance.url !== ownUrl && safeLink(appearance.url) !== null,
      ),
    ]
    if (appearances.length === 0) {
      problem(
        warnings,
        'itemReviewed.appearance',
        'has no appearance: its article has no web address, and no other outlet’s version was found.',
      )
    }
    const claim: Record<string, unknown> = {
      '@type': 'Claim',
      ...(claimant ? { author: { '@type': claimantType(claimant), name: claimant } } : {}),
      ...(article.published ? { datePublished: article.published } : {}),
      ...(appearances.length > 0 ? { appearance: appearances.map(creativeWork) } : {}),
    }
    return {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      ...(url ? { url } : {}),
      claimReviewed,
      itemReviewed: claim,
      ...(publisher
        ? {
            author: {
              '@type': 'Organization',
              name: publisher.name,
              ...(publisher.url ? { url: publisher.url } : {}),
            },
          }
        : {}),
      ...(check?.verdictAt ? { datePublished: check.verdictAt } : {}),
      ...(rating
        ? {
            reviewRating: {
              '@type': 'Rating',
              ratingValue: rating.value,
              bestRating: scale.best,
              worstRating: scale.worst,
              alternateName: rating.name,
            },
          }
        : {}),
    }
  })
  return { reviews, missing, warnings }
}

/**
 * The ClaimReview export of an article: a JSON-LD array of schema.org ClaimReviews (see
 * {@link claimReviews}), two-space indented, ending with a newline.
 *
 * @throws ClaimReviewMissingError when a required field is missing, listing every one.
 */
export function claimReviewExport(tagged: TaggedArticle, input: ClaimReviewInput): string {
  const report = claimReviews(tagged, input)
  if (report.missing.length > 0) throw new ClaimReviewMissingError(report.missing)
  return `${JSON.stringify(report.reviews, null, 2)}\n`
}
