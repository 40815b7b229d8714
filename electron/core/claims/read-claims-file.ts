import { readFile } from 'node:fs/promises'
import type { Annotation } from '../../../shared/model/annotation'
import { CLAIM_STATUSES } from '../../../shared/model/fact-check'
import { REVIEW_SUBJECTS, REVIEW_VERDICTS, type Review } from '../../../shared/model/review'
import { STORE_VERSION } from '../../../shared/model/store-files'
import { TAG_KINDS } from '../../../shared/model/tag-kinds'

/** The tags and reviews of one article file, as the claims board reads them. */
export interface ClaimsFile {
  annotations: Annotation[]
  reviews: Review[]
}

type Shape = Record<string, unknown>

const KINDS: ReadonlySet<unknown> = new Set(TAG_KINDS)
const STATUSES: ReadonlySet<unknown> = new Set(CLAIM_STATUSES)
const VERDICTS: ReadonlySet<unknown> = new Set(REVIEW_VERDICTS)
const SUBJECTS: ReadonlySet<unknown> = new Set(REVIEW_SUBJECTS)

function isObject(value: unknown): value is Shape {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isString(value: unknown): value is string {
  return typeof value === 'string'
}

function optionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string'
}

function isEditor(value: unknown): boolean {
  return isObject(value) && isString(value.id) && isString(value.name)
}

/** Whether a tag has every field the board reads, of the right type. */
function isTag(value: unknown): boolean {
  if (!isObject(value)) return false
  const { target, factCheck } = value
  if (
    !isString(value.id) ||
    !KINDS.has(value.kind) ||
    !isEditor(value.author) ||
    !isString(value.created) ||
    !isString(value.modified) ||
    !isObject(target) ||
    !isObject(target.quote) ||
    !isString(target.quote.exact) ||
    !isObject(target.position) ||
    typeof target.position.start !== 'number'
  ) {
    return false
  }
  if (factCheck === undefined) return true
  return (
    isObject(factCheck) &&
    STATUSES.has(factCheck.status) &&
    optionalString(factCheck.claimant) &&
    optionalString(factCheck.verdict) &&
    optionalString(factCheck.summary)
  )
}

/** Whether a review has every field the board reads, of the right type. */
function isReview(value: unknown): boolean {
  return (
    isObject(value) &&
    isString(value.id) &&
    isString(value.annotationId) &&
    isEditor(value.author) &&
    VERDICTS.has(value.verdict) &&
    (value.subject === undefined || SUBJECTS.has(value.subject)) &&
    isString(value.created) &&
    isString(value.modified)
  )
}

/**
 * The tags and reviews of the article file at `path`, read for the claims board: parsed, and
 * checked only for the fields the board reads (the store's full validation of a 50,000-tag
 * library costs more than reading it). Null when the file is not plainly a well-formed article
 * file of a known format, or cannot be read: the caller then reads it the store's way, which
 * validates it fully and reports or recovers a damaged file.
 */
export async function readClaimsFile(path: string): Promise<ClaimsFile | null> {
  let data: unknown
  try {
    data = JSON.parse(await readFile(path, 'utf8'))
  } catch {
    return null
  }
  if (!isObject(data) || (data.version !== STORE_VERSION && data.version !== 1)) return null
  const annotations = data.annotations ?? []
  const reviews = data.reviews ?? []
  if (!Array.isArray(annotations) || !Array.isArray(reviews)) return null
  if (!annotations.every(isTag) || !reviews.every(isReview)) return null
  return { annotations: annotations as Annotation[], reviews: reviews as Review[] }
}
