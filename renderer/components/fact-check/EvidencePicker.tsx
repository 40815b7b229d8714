import { useEffect, useMemo, useRef, useState } from 'react'
import { evidenceCandidates } from '../../../shared/fact-check/evidence-candidates'
import type { EvidencePassage } from '../../../shared/model/fact-check'
import type { StoryAnalysis } from '../../../shared/story/story-analysis'
import type { EvidenceTarget } from '../../app/store/modules/fact-check'
import './fact-check.css'

/** Props of {@link EvidencePicker}. */
export interface EvidencePickerProps {
  /** The claim evidence is picked for. */
  target: EvidenceTarget
  view: Pick<StoryAnalysis, 'articles' | 'quotes'>
  letters: ReadonlyMap<string, string>
  onAdd: (passage: EvidencePassage) => void
  onCancel: () => void
}

function excerpt(text: string, length = 100): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text
}

/**
 * Picking evidence in the story view: which claim it is for, a search box, and the quotations of
 * the story's other articles, each with a button that adds it to the claim (the claim's article
 * opens again, with the passage in its details). The search box has the focus first.
 */
export function EvidencePicker({ target, view, letters, onAdd, onCancel }: EvidencePickerProps) {
  const [query, setQuery] = useState('')
  const search = useRef<HTMLInputElement>(null)
  useEffect(() => search.current?.focus(), [])
  const candidates = useMemo(
    () => evidenceCandidates(view, target.articleId, query),
    [view, target.articleId, query],
  )
  const titles = new Map(view.articles.map((article) => [article.id, article]))
  return (
    <section className="evidence-picker" aria-label="Pick evidence">
      <div className="evidence-picker-head">
        <h2>Evidence for “{excerpt(target.exact, 80)}”</h2>
        <button type="button" className="button" onClick={onCancel}>
          Stop Picking
        </button>
      </div>
      <label className="field">
        <span>Find a passage in the other articles</span>
        <input
          ref={search}
          type="search"
          value={query}
          placeholder="Words or speaker"
          onChange={(event) => setQuery(event.target.value)}
        />
      </label>
      {candidates.length === 0 ? (
        <p className="fact-check-hint">
          {query ? 'No passage of the other articles matches.' : 'The other articles quote nobody.'}
        </p>
      ) : (
        <ul className="evidence-candidates">
          {candidates.map(({ passage, speaker }) => {
            const article = titles.get(passage.articleId)
            return (
              <li key={`${passage.articleId}:${passage.start}`}>
                <span className="story-letter" aria-hidden="true">
                  {letters.get(passage.articleId)}
                </span>
                <span className="evidence-candidate-text">
                  <q>{excerpt(passage.exact, 240)}</q>
                  <span className="muted">
                    {speaker ? `${speaker} · ` : ''}
                    {article?.outlet || article?.title}
                  </span>
                </span>
                <button
                  type="button"
                  className="button"
                  aria-label={`Add “${excerpt(passage.exact, 50)}” as evidence`}
                  onClick={() => onAdd(passage)}
                >
                  Add as Evidence
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
