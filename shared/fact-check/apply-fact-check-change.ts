import type { ClaimStatus, FactCheck } from '../model/fact-check'
import type { FactCheckChange } from './parse-fact-check-flags'

/**
 * The one rule by which a tag's fact-check changes, for the fields, the keys and the CLI alike:
 * a verdict exists only from status "verdict" on (a verdict given earlier moves the status to
 * "verdict"; a status moved back before "verdict" drops the verdict), and a new verdict stamps
 * `verdictAt`. A claimant, summary or address of only spaces clears the field; others are kept
 * as typed (the fields are edited a keystroke at a time).
 */

/** The statuses at which a claim carries a verdict. */
export const VERDICT_STATUSES: readonly ClaimStatus[] = ['verdict', 'published']

/** Whether a claim at this status may carry a verdict. */
export function statusAllowsVerdict(status: ClaimStatus): boolean {
  return VERDICT_STATUSES.includes(status)
}

/** A change with the address too, as the tag details make it. */
export interface FactCheckEdit extends FactCheckChange {
  /** The published fact-check's address; empty clears it. */
  reviewUrl?: string
  /** Removes the verdict (the fields' "no verdict"). */
  clearVerdict?: boolean
}

/**
 * The fact-check after a change. `now` is the ISO time stamped on a new verdict. Fails (an Error
 * naming the module) when the change sets a verdict together with a status that cannot carry one.
 */
export function applyFactCheckChange(
  previous: FactCheck | undefined,
  change: FactCheckEdit,
  now: string,
): FactCheck {
  const next: FactCheck = { ...(previous ?? { status: 'to-check' }) }
  if (change.status !== undefined) {
    if (change.verdict !== undefined && !statusAllowsVerdict(change.status)) {
      throw new Error(
        `fact-check: a verdict needs the status “verdict” or “published”, not “${change.status}”`,
      )
    }
    next.status = change.status
  }
  if (change.verdict !== undefined) {
    if (!statusAllowsVerdict(next.status)) next.status = 'verdict'
    if (next.verdict !== change.verdict) {
      next.verdict = change.verdict
      next.verdictAt = now
    }
  }
  if (change.clearVerdict || !statusAllowsVerdict(next.status)) {
    delete next.verdict
    delete next.verdictAt
  }
  for (const field of ['claimant', 'summary', 'reviewUrl'] as const) {
    const value = change[field]
    if (value === undefined) continue
    if (value.trim()) next[field] = value
    else delete next[field]
  }
  return next
}
