import { useId, type KeyboardEvent as ReactKeyboardEvent, type Ref } from 'react'
import { REVIEW_STATES, REVIEW_STATE_NAMES, CLAIM_KINDS } from '../../../shared/claims/claim-row'
import { MAX_CLAIMS_QUERY, NONE, type ClaimsView } from '../../../shared/claims/claims-view'
import type { EditorRef } from '../../../shared/model/annotation'
import { CLAIM_STATUS_SPECS, type RatingScale } from '../../../shared/model/fact-check'
import { TAG_KIND_SPECS } from '../../../shared/model/tag-kinds'

/** Props of {@link ClaimsFilters}. */
export interface ClaimsFiltersProps {
  view: ClaimsView
  scale: RatingScale
  /** The editors who tagged claims, by name. */
  editors: readonly EditorRef[]
  onChange: (view: ClaimsView) => void
  /** ↓ in the search box: to the first row. */
  onToRows: () => void
  /** The search box, for the board to focus. */
  searchRef?: Ref<HTMLInputElement>
}

interface Choice {
  value: string
  label: string
}

function FilterSelect({
  label,
  value,
  choices,
  onChange,
}: {
  label: string
  value: readonly string[]
  choices: readonly Choice[]
  onChange: (values: string[]) => void
}) {
  const id = useId()
  return (
    <div className="claims-filter">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value[0] ?? ''}
        onChange={(event) => onChange(event.target.value === '' ? [] : [event.target.value])}
      >
        <option value="">All</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/** Whether the view filters or searches anything (what “Clear filters” undoes). */
export function isFiltered(view: ClaimsView): boolean {
  return (
    view.query.trim() !== '' ||
    view.statuses.length > 0 ||
    view.verdicts.length > 0 ||
    view.editors.length > 0 ||
    view.kinds.length > 0 ||
    view.reviews.length > 0
  )
}

/**
 * The claims board's search box (case and accents ignored) and filters: status, verdict, review
 * state, editor and kind (one choice each, or all), and grouping by story.
 */
export function ClaimsFilters({
  view,
  scale,
  editors,
  onChange,
  onToRows,
  searchRef,
}: ClaimsFiltersProps) {
  const kindName = (kind: (typeof CLAIM_KINDS)[number]) => TAG_KIND_SPECS[kind].name
  const onSearchKey = (event: ReactKeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      onToRows()
    } else if (event.key === 'Escape' && view.query !== '') {
      // The first Esc clears the search; the next goes back to the library.
      event.preventDefault()
      event.stopPropagation()
      onChange({ ...view, query: '' })
    }
  }
  return (
    <div className="claims-tools">
      <label className="claims-search">
        <span className="visually-hidden">Search the claims</span>
        <input
          ref={searchRef}
          type="search"
          value={view.query}
          maxLength={MAX_CLAIMS_QUERY}
          placeholder="Search text, claimant, article, outlet, editor"
          aria-describedby="claims-results"
          onChange={(event) => onChange({ ...view, query: event.target.value })}
          onKeyDown={onSearchKey}
        />
      </label>
      <div className="claims-filters" role="group" aria-label="Filter the claims">
        <FilterSelect
          label="Status"
          value={view.statuses}
          choices={[
            ...CLAIM_STATUS_SPECS.map((spec) => ({ value: spec.status, label: spec.name })),
            { value: NONE, label: 'No status' },
          ]}
          onChange={(values) => onChange({ ...view, statuses: values as ClaimsView['statuses'] })}
        />
        <FilterSelect
          label="Verdict"
          value={view.verdicts}
          choices={[
            ...scale.ratings.map((rating) => ({ value: rating.id, label: rating.name })),
            { value: NONE, label: 'No verdict' },
          ]}
          onChange={(values) => onChange({ ...view, verdicts: values })}
        />
        <FilterSelect
          label="Review"
          value={view.reviews}
          choices={REVIEW_STATES.map((state) => ({
            value: state,
            label: REVIEW_STATE_NAMES[state],
          }))}
          onChange={(values) => onChange({ ...view, reviews: values as ClaimsView['reviews'] })}
        />
        <FilterSelect
          label="Editor"
          value={view.editors}
          choices={editors.map((editor) => ({ value: editor.id, label: editor.name }))}
          onChange={(values) => onChange({ ...view, editors: values })}
        />
        <FilterSelect
          label="Kind"
          value={view.kinds}
          choices={CLAIM_KINDS.map((kind) => ({ value: kind, label: kindName(kind) }))}
          onChange={(values) => onChange({ ...view, kinds: values as ClaimsView['kinds'] })}
        />
        <label className="claims-group-toggle">
          <input
            type="checkbox"
            checked={view.groupByStory}
            onChange={(event) => onChange({ ...view, groupByStory: event.target.checked })}
          />
          Group by story
        </label>
      </div>
    </div>
  )
}
