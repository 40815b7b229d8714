import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import type { ClaimRow } from '../../../shared/claims/claim-row'
import { showClaims, type ClaimsIndex, type ClaimsShown } from '../../../shared/claims/claims-model'
import { defaultClaimsView, type ClaimSortKey } from '../../../shared/claims/claims-view'
import type { EditorRef } from '../../../shared/model/annotation'
import { useAppState, useServices } from '../../app/service-context'
import { ClaimsFilters, isFiltered } from './ClaimsFilters'
import { ClaimsTable } from './ClaimsTable'
import './claims-board.css'

/** Props of {@link ClaimsBoard}. */
export interface ClaimsBoardProps {
  /** Esc or the Back button: to the library. */
  onBack: () => void
  /** Enter on a claim: its article, with the cursor on the tag. */
  onOpen: (row: ClaimRow) => void
}

type Message = { kind: 'info' | 'error'; text: string }

/**
 * Every claim and disputed tag of the library on one screen: search (case and accents ignored),
 * filters, sort by any column, grouping by story, and a CSV of what is shown. Works from the
 * keyboard alone: the search box has the focus first (↓ goes to the rows), the rows move with
 * the arrows, Page Up/Down, Home and End, Enter opens a claim and Esc goes back.
 */
export function ClaimsBoard({ onBack, onOpen }: ClaimsBoardProps) {
  const { claims } = useServices()
  const { index, loading, error, view, focusedId } = useAppState((state) => state.claims)
  // Filtering 50,000 rows takes a few dozen ms: typing stays responsive while it catches up.
  const deferred = useDeferredValue(view)
  // While the editor types on, each keystroke filters only the rows the last one showed.
  const previous = useRef<{ index: ClaimsIndex; shown: ClaimsShown } | null>(null)
  const shown = useMemo(() => {
    if (!index) return null
    const before = previous.current?.index === index ? previous.current.shown : undefined
    const next = showClaims(index, deferred, before)
    previous.current = { index, shown: next }
    return next
  }, [index, deferred])
  const [message, setMessage] = useState<Message | null>(null)
  const [now] = useState(() => Date.now())
  const search = useRef<HTMLInputElement | null>(null)
  const focusFirst = useRef<() => void>(() => undefined)
  // Coming back from a claim's article, the focus returns to its row; else the search box has it.
  const [returning] = useState(() => focusedId !== null)

  const ready = index !== null
  useEffect(() => {
    if (ready && !returning) search.current?.focus()
  }, [ready, returning])

  // Ctrl/Cmd+F: the search box.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return
      if (event.key.toLowerCase() !== 'f' || document.querySelector('dialog[open]')) return
      event.preventDefault()
      search.current?.focus()
      search.current?.select()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const editors = useMemo(() => {
    const byId = new Map<string, EditorRef>()
    for (const row of index?.list.rows ?? []) byId.set(row.editor.id, row.editor)
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name))
  }, [index])

  const onSort = (key: ClaimSortKey) =>
    claims.setView({
      ...view,
      sort: {
        key,
        direction:
          view.sort.key === key && view.sort.direction === 'ascending' ? 'descending' : 'ascending',
      },
    })

  const exportCsv = async () => {
    setMessage(null)
    try {
      const report = await claims.exportCsv(deferred)
      if (!report.canceled) {
        const count = shown?.rows.length ?? 0
        setMessage({
          kind: 'info',
          text: `Saved ${count} ${count === 1 ? 'claim' : 'claims'} to ${report.paths[0] ?? 'the file'}.`,
        })
      }
    } catch (failure) {
      setMessage({ kind: 'error', text: (failure as Error).message })
    }
  }

  const total = index?.list.rows.length ?? 0
  const count = shown?.rows.length ?? 0
  return (
    <section
      className="claims-board"
      aria-labelledby="claims-heading"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return
        if ((event.target as HTMLElement).tagName === 'SELECT') return
        event.preventDefault()
        onBack()
      }}
    >
      <div className="claims-head">
        <h1 id="claims-heading">Claims</h1>
        <span className="claims-count">
          {index ? `${total} ${total === 1 ? 'claim' : 'claims'} in the library` : ''}
        </span>
        <button
          type="button"
          className="button"
          onClick={() => void exportCsv()}
          disabled={count === 0}
        >
          Export CSV…
        </button>
        <button type="button" className="button" onClick={onBack} aria-keyshortcuts="Escape">
          Back to the library
        </button>
      </div>
      {message && (
        <div className={`claims-message claims-message-${message.kind}`} role="status">
          <span>{message.text}</span>
          <button type="button" className="notice-dismiss" onClick={() => setMessage(null)}>
            Dismiss
          </button>
        </div>
      )}
      {error && (
        <div className="claims-message claims-message-error" role="alert">
          <span>The claims could not be listed: {error}</span>
          <button type="button" className="button" onClick={() => void claims.load()}>
            Try again
          </button>
        </div>
      )}
      {!index && loading && <p className="loading">Listing the library’s claims…</p>}
      {index && (
        <>
          <ClaimsFilters
            view={view}
            scale={index.list.scale}
            editors={editors}
            onChange={(next) => claims.setView(next)}
            onToRows={() => focusFirst.current()}
            searchRef={search}
          />
          <p id="claims-results" className="claims-results" role="status">
            {total === 0
              ? ''
              : count === total
                ? `Showing all ${total} ${total === 1 ? 'claim' : 'claims'}.`
                : `Showing ${count} of ${total} claims.`}
            {isFiltered(view) && (
              <button
                type="button"
                className="link-button"
                onClick={() =>
                  claims.setView({
                    ...defaultClaimsView(),
                    sort: view.sort,
                    groupByStory: view.groupByStory,
                  })
                }
              >
                Clear search and filters
              </button>
            )}
          </p>
          {total === 0 ? (
            <p className="empty">
              No claims yet. Tag a sentence as a claim (C) or disputed (D) in an article, and it is
              listed here.
            </p>
          ) : count === 0 ? (
            <p className="empty">No claim matches. Clear the search or the filters.</p>
          ) : (
            shown && (
              <ClaimsTable
                index={index}
                shown={shown}
                sort={view.sort}
                onSort={onSort}
                onOpen={onOpen}
                initialId={focusedId}
                focusInitially={returning}
                onFocusRow={(row) => claims.focus(row.id)}
                now={now}
                bindFocusFirst={(focus) => {
                  focusFirst.current = focus
                }}
              />
            )
          )}
        </>
      )}
    </section>
  )
}
