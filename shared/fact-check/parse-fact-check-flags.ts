import {
  CLAIM_STATUS_SPECS,
  factCheckSchema,
  type ClaimStatus,
  type RatingScale,
} from '../model/fact-check'

/**
 * The parsing of claim statuses and verdicts as people type them (command-line flags, a search
 * box): by id (`mostly-false`), by name in any case (`Mostly false`), with spaces or underscores
 * for hyphens. Shared by the `verdict` and `tag` commands so that both accept and refuse the same
 * names, and both list the valid ones.
 */

/** A parsed value, or a message in plain words saying what was wrong and what is valid. */
export type FlagOutcome<T> = { ok: true; value: T } | { ok: false; message: string }

/** The fact-check fields given as flags: each absent when its flag was not given. */
export interface FactCheckFlagValues {
  claimant?: string | undefined
  status?: string | undefined
  verdict?: string | undefined
  summary?: string | undefined
}

/** A change to a tag's fact-check: only the fields given are set. */
export interface FactCheckChange {
  claimant?: string
  status?: ClaimStatus
  /** A rating id of the library's scale. */
  verdict?: string
  summary?: string
}

/** Lower case, with spaces and underscores as hyphens: how names are compared. */
function normalise(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
}

/** The valid statuses, as a list to print: `to-check, researching, …`. */
export function claimStatusList(): string {
  return CLAIM_STATUS_SPECS.map((spec) => spec.status).join(', ')
}

/** The valid verdicts of a scale, as a list to print: `true, mostly-true, …`. */
export function ratingList(scale: RatingScale): string {
  return scale.ratings.map((rating) => rating.id).join(', ')
}

/** A claim status by its id or name; otherwise a message listing the valid ones. */
export function parseClaimStatus(text: string): FlagOutcome<ClaimStatus> {
  const wanted = normalise(text)
  const spec = CLAIM_STATUS_SPECS.find(
    (row) => row.status === wanted || normalise(row.name) === wanted,
  )
  if (spec) return { ok: true, value: spec.status as ClaimStatus }
  return { ok: false, message: `unknown status “${text}”: use one of ${claimStatusList()}` }
}

/** A rating id of the scale, by the rating's id or name; otherwise a message listing the valid ones. */
export function parseRating(scale: RatingScale, text: string): FlagOutcome<string> {
  const wanted = normalise(text)
  const rating = scale.ratings.find((row) => row.id === wanted || normalise(row.name) === wanted)
  if (rating) return { ok: true, value: rating.id }
  return { ok: false, message: `unknown verdict “${text}”: use one of ${ratingList(scale)}` }
}

/**
 * Parses the fact-check flags against the library's rating scale. Claimant and summary are
 * trimmed and checked against the fact-check schema's limits; an empty one clears the field.
 */
export function parseFactCheckFlags(
  values: FactCheckFlagValues,
  scale: RatingScale,
): FlagOutcome<FactCheckChange> {
  const change: FactCheckChange = {}
  if (values.status !== undefined) {
    const status = parseClaimStatus(values.status)
    if (!status.ok) return status
    change.status = status.value
  }
  if (values.verdict !== undefined) {
    const verdict = parseRating(scale, values.verdict)
    if (!verdict.ok) return verdict
    change.verdict = verdict.value
  }
  if (values.claimant !== undefined) {
    const claimant = factCheckSchema.shape.claimant.safeParse(values.claimant.trim())
    if (!claimant.success) {
      return { ok: false, message: '--claimant is too long: at most 200 characters' }
    }
    change.claimant = claimant.data ?? ''
  }
  if (values.summary !== undefined) {
    const summary = factCheckSchema.shape.summary.safeParse(values.summary.trim())
    if (!summary.success) {
      return { ok: false, message: '--summary is too long: at most 500 characters' }
    }
    change.summary = summary.data ?? ''
  }
  return { ok: true, value: change }
}
