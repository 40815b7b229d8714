import { useEffect, useId, useState, type MutableRefObject } from 'react'
import {
  draftOf,
  settingsFromDraft,
  type FactCheckDraft,
  type RatingDraft,
} from '../../../shared/fact-check/rating-scale-draft'
import type { FactCheckSettings } from '../../../shared/model/fact-check'
import './fact-check.css'

/** Props of {@link FactCheckSettingsSection}. */
export interface FactCheckSettingsSectionProps {
  /** The library's settings (null before they are read: the default scale is shown). */
  settings: FactCheckSettings | null
  /** Saves checked settings; rejects with a message to show. */
  onSave: (settings: FactCheckSettings) => Promise<unknown>
  /**
   * Set to a function the dialog's Save calls: it checks and saves the section when it changed,
   * and resolves false (with the error shown here) when it cannot.
   */
  commitRef: MutableRefObject<(() => Promise<boolean>) | null>
}

/**
 * The Settings dialog's fact-check section: the library's rating scale (add, rename, renumber,
 * reorder, remove ratings; each rating's key after V; the best and worst numbers of ClaimReview),
 * the publishing organisation and the fact-check address pattern. Checked by the scale's schema
 * with errors in plain words; renaming a rating keeps its id, so verdicts already given keep it.
 */
export function FactCheckSettingsSection({
  settings,
  onSave,
  commitRef,
}: FactCheckSettingsSectionProps) {
  const [draft, setDraft] = useState<FactCheckDraft>(() => draftOf(settings))
  const [dirty, setDirty] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const ids = useId()

  useEffect(() => {
    if (!dirty) setDraft(draftOf(settings))
  }, [settings, dirty])

  useEffect(() => {
    commitRef.current = async () => {
      if (!dirty) return true
      const checked = settingsFromDraft(draft)
      if (!checked.ok) {
        setError(checked.message)
        return false
      }
      try {
        await onSave(checked.value)
        setError(null)
        setDirty(false)
        return true
      } catch (failure) {
        setError((failure as Error).message)
        return false
      }
    }
    return () => {
      commitRef.current = null
    }
  }, [commitRef, dirty, draft, onSave])

  const edit = (next: Partial<FactCheckDraft>) => {
    setDraft((current) => ({ ...current, ...next }))
    setDirty(true)
    setError(null)
  }
  const editRating = (index: number, next: Partial<RatingDraft>) =>
    edit({
      ratings: draft.ratings.map((rating, at) => (at === index ? { ...rating, ...next } : rating)),
    })
  const move = (index: number, by: number) => {
    const ratings = [...draft.ratings]
    const [rating] = ratings.splice(index, 1)
    if (!rating) return
    ratings.splice(index + by, 0, rating)
    edit({ ratings })
  }

  return (
    <fieldset className="fact-check-settings" aria-label="Fact-checks">
      <legend>Fact-checks</legend>
      <p className="identity-hint">
        The verdicts this library gives, with the numbers ClaimReview publishes. Press V and a
        rating’s key to give it to the claim under the cursor.
      </p>
      <table className="rating-table">
        <caption className="visually-hidden">Rating scale</caption>
        <thead>
          <tr>
            <th scope="col">Rating</th>
            <th scope="col">Number</th>
            <th scope="col">Key</th>
            <th scope="col">
              <span className="visually-hidden">Order and removal</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {draft.ratings.map((rating, index) => {
            const label = rating.name.trim() || `rating ${index + 1}`
            return (
              <tr key={`${rating.id}:${index}`}>
                <td>
                  <input
                    type="text"
                    aria-label={`Name of rating ${index + 1}`}
                    value={rating.name}
                    maxLength={60}
                    onChange={(event) => editRating(index, { name: event.target.value })}
                  />
                </td>
                <td>
                  <input
                    type="number"
                    step={1}
                    className="rating-number"
                    aria-label={`Number of ${label}`}
                    value={rating.value}
                    onChange={(event) => editRating(index, { value: event.target.value })}
                  />
                </td>
                <td>
                  <input
                    type="text"
                    className="rating-key"
                    aria-label={`Key of ${label}`}
                    value={rating.key}
                    maxLength={1}
                    onChange={(event) => editRating(index, { key: event.target.value })}
                  />
                </td>
                <td className="rating-actions">
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Move ${label} up`}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Move ${label} down`}
                    disabled={index === draft.ratings.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Remove ${label}`}
                    disabled={draft.ratings.length === 1}
                    onClick={() => edit({ ratings: draft.ratings.filter((_, at) => at !== index) })}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <div className="rating-scale-row">
        <button
          type="button"
          className="button"
          onClick={() =>
            edit({
              ratings: [...draft.ratings, { id: '', name: '', value: draft.worst, key: '' }],
            })
          }
        >
          Add Rating
        </button>
        <label>
          Best
          <input
            type="number"
            step={1}
            className="rating-number"
            value={draft.best}
            onChange={(event) => edit({ best: event.target.value })}
          />
        </label>
        <label>
          Worst
          <input
            type="number"
            step={1}
            className="rating-number"
            value={draft.worst}
            onChange={(event) => edit({ worst: event.target.value })}
          />
        </label>
      </div>
      <label className="identity-field">
        Publisher
        <input
          type="text"
          value={draft.publisherName}
          placeholder="The organisation that publishes the fact-checks"
          onChange={(event) => edit({ publisherName: event.target.value })}
        />
      </label>
      <label className="identity-field">
        Publisher’s address
        <input
          type="text"
          value={draft.publisherUrl}
          placeholder="https://…"
          onChange={(event) => edit({ publisherUrl: event.target.value })}
        />
      </label>
      <label className="identity-field">
        Fact-check address pattern
        <input
          type="text"
          value={draft.reviewUrlPattern}
          placeholder="https://example.org/checks/{id}"
          aria-describedby={`${ids}-pattern`}
          onChange={(event) => edit({ reviewUrlPattern: event.target.value })}
        />
        <span className="identity-hint" id={`${ids}-pattern`}>
          {'{id}'} stands for the tag’s id; a claim can give its own address instead.
        </span>
      </label>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  )
}
