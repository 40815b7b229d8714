import { useEffect, useId, useState, type KeyboardEvent } from 'react'
import {
  applyFactCheckChange,
  statusAllowsVerdict,
  type FactCheckEdit,
} from '../../../shared/fact-check/apply-fact-check-change'
import type { Annotation } from '../../../shared/model/annotation'
import {
  CLAIM_STATUS_SPECS,
  SUMMARY_SOFT_LIMIT,
  factCheckSchema,
  ratingById,
  type ClaimStatus,
  type EvidencePassage,
  type FactCheck,
  type RatingScale,
} from '../../../shared/model/fact-check'
import { PassageList } from './PassageList'
import './fact-check.css'

/** Props of {@link FactCheckFields}. */
export interface FactCheckFieldsProps {
  /** The claim or disputed tag. */
  annotation: Annotation
  /** The library's rating scale. */
  scale: RatingScale
  /** People offered as the claimant (the story's speakers); any name can be typed. */
  claimants: readonly string[]
  /** Saves the new fact-check through the tag update path (undoable, autosaved). */
  onChange: (factCheck: FactCheck) => void
  /** The current time as an ISO string (stamps a new verdict). */
  now: () => string
  /** Opens the article of an evidence passage at the passage. */
  onOpenPassage: (passage: EvidencePassage) => void
  /** Opens the story view to pick evidence for this claim; absent when the article is in no story. */
  onPickEvidence?: ((annotation: Annotation) => void) | undefined
  /** The title of an article of the library, by id. */
  articleTitle: (id: string) => string
  /** Commits and puts the focus back in the text (Escape, Ctrl+Enter). */
  onReturnToText: () => void
}

/**
 * The fact-check of a claim or disputed tag: who made the claim (offered from the story's
 * speakers), the status of the check, the verdict on the library's scale (from status "Verdict"
 * on), a one-line summary with a counter that warns past {@link SUMMARY_SOFT_LIMIT} characters,
 * the published fact-check's address, and the evidence passages from other articles. Selects save
 * at once; text fields when left or with Ctrl+Enter, like the note.
 */
export function FactCheckFields(props: FactCheckFieldsProps) {
  const { annotation, scale } = props
  const current = annotation.factCheck
  const status: ClaimStatus = current?.status ?? 'to-check'
  const [claimant, setClaimant] = useState(current?.claimant ?? '')
  const [summary, setSummary] = useState(current?.summary ?? '')
  const [reviewUrl, setReviewUrl] = useState(current?.reviewUrl ?? '')
  const [error, setError] = useState<string | null>(null)
  const ids = useId()

  // Undo, redo and the keys change the fact-check under the fields: show what it holds now.
  useEffect(() => setClaimant(current?.claimant ?? ''), [current?.claimant])
  useEffect(() => setSummary(current?.summary ?? ''), [current?.summary])
  useEffect(() => setReviewUrl(current?.reviewUrl ?? ''), [current?.reviewUrl])

  const change = (edit: FactCheckEdit): boolean => {
    const next = applyFactCheckChange(current, edit, props.now())
    const parsed = factCheckSchema.safeParse(next)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      setError(
        issue?.path[0] === 'reviewUrl'
          ? `“${next.reviewUrl ?? ''}” is not a web address: it must start with http:// or https://.`
          : `The fact-check cannot be saved: ${issue?.message ?? 'a field is not valid'}.`,
      )
      return false
    }
    setError(null)
    if (JSON.stringify(parsed.data) !== JSON.stringify(current)) props.onChange(parsed.data)
    return true
  }

  const commitText = (): boolean => {
    const edit: FactCheckEdit = {}
    if (claimant.trim() !== (current?.claimant ?? '')) edit.claimant = claimant.trim()
    if (summary !== (current?.summary ?? '')) edit.summary = summary
    if (reviewUrl.trim() !== (current?.reviewUrl ?? '')) edit.reviewUrl = reviewUrl.trim()
    return Object.keys(edit).length === 0 ? true : change(edit)
  }

  const keys = (event: KeyboardEvent) => {
    if (event.key === 'Escape' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey))) {
      event.preventDefault()
      commitText()
      props.onReturnToText()
    } else if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
      event.preventDefault()
      commitText()
    }
  }

  const verdictAllowed = statusAllowsVerdict(status)
  const verdict = current?.verdict
  const knownVerdict = verdict ? ratingById(scale, verdict) : null
  const over = summary.length > SUMMARY_SOFT_LIMIT
  const passages = current?.passages ?? []

  return (
    <fieldset className="fact-check" aria-label="Fact-check">
      <legend className="fact-check-legend">Fact-check</legend>
      <label className="field">
        <span>Claimant</span>
        <input
          value={claimant}
          list={props.claimants.length > 0 ? `${ids}-claimants` : undefined}
          placeholder="Who made the claim?"
          autoComplete="off"
          onChange={(event) => setClaimant(event.target.value)}
          onBlur={commitText}
          onKeyDown={keys}
        />
      </label>
      {props.claimants.length > 0 && (
        <datalist id={`${ids}-claimants`}>
          {props.claimants.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      )}
      <div className="fact-check-row">
        <label className="field">
          <span id={`${ids}-status`}>Status</span>
          <select
            aria-labelledby={`${ids}-status`}
            value={status}
            onChange={(event) => change({ status: event.target.value as ClaimStatus })}
            onKeyDown={keys}
          >
            {CLAIM_STATUS_SPECS.map((spec) => (
              <option key={spec.status} value={spec.status}>
                {spec.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span id={`${ids}-verdict`}>Verdict</span>
          <select
            aria-labelledby={`${ids}-verdict`}
            value={verdict ?? ''}
            disabled={!verdictAllowed}
            aria-describedby={`${ids}-verdict-hint`}
            onChange={(event) =>
              change(event.target.value ? { verdict: event.target.value } : { clearVerdict: true })
            }
            onKeyDown={keys}
          >
            <option value="">No verdict</option>
            {verdict && !knownVerdict && (
              <option value={verdict}>{verdict} (not on the scale)</option>
            )}
            {scale.ratings.map((rating) => (
              <option key={rating.id} value={rating.id}>
                {rating.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="fact-check-hint" id={`${ids}-verdict-hint`}>
        {verdictAllowed
          ? 'Keys in the text: S then 1–4 or 0 for the status, V then a rating’s key.'
          : 'A verdict comes with the status “Verdict”: choose it, or press V and a rating’s key in the text.'}
      </p>
      <label className="field">
        <span>Summary (one line)</span>
        <input
          value={summary}
          placeholder="The claim in one line"
          maxLength={factCheckSchema.shape.summary.unwrap().maxLength ?? 500}
          aria-invalid={over || undefined}
          aria-describedby={`${ids}-counter`}
          onChange={(event) => setSummary(event.target.value)}
          onBlur={commitText}
          onKeyDown={keys}
        />
      </label>
      <span
        id={`${ids}-counter`}
        className={`fact-check-counter${over ? ' is-over' : ''}`}
        aria-live="polite"
        data-testid="summary-counter"
      >
        {over
          ? `${summary.length} / ${SUMMARY_SOFT_LIMIT} characters: long for one line`
          : `${summary.length} / ${SUMMARY_SOFT_LIMIT} characters`}
      </span>
      <label className="field">
        <span>Fact-check address (optional)</span>
        <input
          value={reviewUrl}
          type="url"
          placeholder="https://… (else the library’s pattern)"
          onChange={(event) => setReviewUrl(event.target.value)}
          onBlur={commitText}
          onKeyDown={keys}
        />
      </label>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <PassageList
        passages={passages}
        articleTitle={props.articleTitle}
        onOpen={props.onOpenPassage}
        onPick={props.onPickEvidence ? () => props.onPickEvidence?.(annotation) : undefined}
        onRemove={(index) =>
          props.onChange({
            ...(current ?? { status }),
            passages: passages.filter((_, at) => at !== index),
          })
        }
      />
    </fieldset>
  )
}
