import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { ARTICLE_STATUSES, STATUS_LABELS } from '../../../shared/library/article-status'
import { foldQuery, matchesFolded, type SearchHit } from '../../../shared/library/search-text'
import type { ArticleMeta } from '../../../shared/model/article'
import { useAppState, useServices } from '../../app/service-context'
import { filterByStatus, nextSort, sortArticles, statusCounts, type SortKey } from './library-rows'
import type { LibraryRowActions } from './LibraryRow'
import { LibraryTable } from './LibraryTable'
import { MetaDialog } from './MetaDialog'
import { RecentStrip } from './RecentStrip'
import './library.css'

/** How long typing must pause before the text is searched, in milliseconds. */
export const SEARCH_DELAY_MS = 200
/** Queries shorter than this (folded) search titles and outlets only, not the text. */
const MIN_TEXT_QUERY = 2

/** Props of {@link LibraryView}. */
export interface LibraryViewProps {
  articles: ArticleMeta[] | null
  onOpen: (id: string) => void
  onImport: () => void
}

type TextSearch =
  | { state: 'idle' }
  | { state: 'searching'; query: string }
  | { state: 'done'; query: string; hits: ReadonlyMap<string, SearchHit> }

const NO_HITS: ReadonlyMap<string, SearchHit> = new Map()

function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.matches('input, textarea, select'))
  )
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/**
 * The library: recent articles, a search over titles, outlets and the full text (Ctrl/Cmd+F;
 * Escape clears it), a status filter, and the table of articles, sortable by its headers, with
 * each row's actions (open, edit details, mark reviewed, delete). A deleted article can be put
 * back from the notice, or with Ctrl/Cmd+Z while the library is shown.
 */
export function LibraryView({ articles, onOpen, onImport }: LibraryViewProps) {
  const { library } = useServices()
  const session = useAppState((state) => state.library)
  const editorId = useAppState((state) => state.identity.settings?.editor.id ?? null)
  const [query, setQuery] = useState('')
  const [textSearch, setTextSearch] = useState<TextSearch>({ state: 'idle' })
  const [editing, setEditing] = useState<string | null>(null)
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null)
  const [undoHidden, setUndoHidden] = useState(false)
  const searchRef = useRef<HTMLInputElement>(null)
  const searchSequence = useRef(0)
  const foldedQuery = foldQuery(query)

  // The full-text search, a moment after typing stops; a late answer to an old query is dropped.
  useEffect(() => {
    const sequence = (searchSequence.current += 1)
    if (foldedQuery.length < MIN_TEXT_QUERY) {
      setTextSearch({ state: 'idle' })
      return
    }
    setTextSearch((current) =>
      current.state === 'done' && current.query === foldedQuery
        ? current
        : { state: 'searching', query: foldedQuery },
    )
    const timer = setTimeout(() => {
      library.search(foldedQuery).then(
        (hits) => {
          if (searchSequence.current !== sequence) return
          setTextSearch({
            state: 'done',
            query: foldedQuery,
            hits: new Map(hits.map((hit) => [hit.id, hit])),
          })
        },
        (error: unknown) => {
          if (searchSequence.current !== sequence) return
          setTextSearch({ state: 'idle' })
          setMessage({ kind: 'error', text: (error as Error).message })
        },
      )
    }, SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
    // `articles` changes after a save or delete: search again so the hits follow.
  }, [foldedQuery, articles, library])

  const hits = textSearch.state === 'done' ? textSearch.hits : NO_HITS
  const all = useMemo(() => articles ?? [], [articles])
  const counts = useMemo(() => statusCounts(all, editorId), [all, editorId])
  const rows = useMemo(() => {
    const byStatus = filterByStatus(all, session.filter, editorId)
    const found =
      foldedQuery === ''
        ? byStatus
        : byStatus.filter(
            (meta) =>
              hits.has(meta.id) ||
              matchesFolded(meta.title, foldedQuery) ||
              matchesFolded(meta.outlet, foldedQuery),
          )
    return sortArticles(found, session.sort, editorId)
  }, [all, session.filter, session.sort, foldedQuery, hits, editorId])

  const undo = useCallback(async () => {
    try {
      const meta = await library.restoreLast()
      if (!meta) return
      setUndoHidden(false)
      setMessage({ kind: 'info', text: `Restored “${meta.title}”.` })
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message })
    }
  }, [library])

  // Ctrl/Cmd+F finds, Ctrl/Cmd+Z undoes the last delete (not while typing in a field).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return
      if (document.querySelector('dialog[open]')) return
      const key = event.key.toLowerCase()
      if (key === 'f' && !event.shiftKey) {
        event.preventDefault()
        searchRef.current?.focus()
        searchRef.current?.select()
      } else if (key === 'z' && !event.shiftKey && !isTextField(event.target)) {
        if (session.deleted.length === 0) return
        event.preventDefault()
        void undo()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [undo, session.deleted.length])

  const actions: LibraryRowActions = useMemo(
    () => ({
      onOpen,
      onEdit: setEditing,
      onError: (text) => setMessage({ kind: 'error', text }),
      onDelete: (article) => {
        library.delete(article).then(
          () => {
            setUndoHidden(false)
            setMessage(null)
          },
          (error: unknown) => setMessage({ kind: 'error', text: (error as Error).message }),
        )
      },
    }),
    [onOpen, library],
  )

  const lastDeleted = session.deleted.at(-1)
  const editingArticle = editing ? all.find((meta) => meta.id === editing) : undefined
  const filtered = session.filter !== 'all' || foldedQuery !== ''

  return (
    <section className="library" aria-labelledby="library-heading">
      <div className="library-head">
        <h1 id="library-heading">Library</h1>
        <span className="library-count">
          {articles ? plural(articles.length, 'article') : 'Loading…'}
        </span>
        <button type="button" className="button primary" onClick={onImport}>
          Import articles…
        </button>
      </div>
      {lastDeleted && !undoHidden && (
        <div className="library-undo" role="status">
          <span>Deleted “{lastDeleted.title}”. Its file is in the library’s trash folder.</span>
          <button
            type="button"
            className="button"
            onClick={() => void undo()}
            aria-keyshortcuts="Control+Z Meta+Z"
          >
            Undo
          </button>
          <button type="button" className="notice-dismiss" onClick={() => setUndoHidden(true)}>
            Dismiss
          </button>
        </div>
      )}
      {message && (
        <div
          className={`library-message library-message-${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          <span>{message.text}</span>
          <button type="button" className="notice-dismiss" onClick={() => setMessage(null)}>
            Dismiss
          </button>
        </div>
      )}
      {articles && articles.length === 0 && (
        <p className="empty">
          The library is empty. Import web pages, Word documents, PDFs, .txt or .md articles with{' '}
          <kbd>Ctrl</kbd>+<kbd>O</kbd>.
        </p>
      )}
      {articles && articles.length > 0 && (
        <>
          <RecentStrip articles={all} onOpen={onOpen} />
          <div className="library-tools">
            <label className="library-search">
              <span className="visually-hidden">Search the library</span>
              <input
                ref={searchRef}
                type="search"
                value={query}
                placeholder="Search titles, outlets and text"
                aria-keyshortcuts="Control+F Meta+F"
                aria-describedby="library-results"
                onChange={(event) => setQuery(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Escape' && query !== '') {
                    event.preventDefault()
                    setQuery('')
                  }
                }}
              />
              <kbd className="search-key" aria-hidden="true">
                Ctrl F
              </kbd>
            </label>
            <div className="status-filter" role="group" aria-label="Show articles by status">
              {(['all', ...ARTICLE_STATUSES] as const).map((filter) => (
                <button
                  key={filter}
                  type="button"
                  className="filter-button"
                  aria-pressed={session.filter === filter}
                  onClick={() => library.filterBy(filter)}
                >
                  {filter === 'all' ? 'All' : STATUS_LABELS[filter]}
                  <span className="filter-count">{counts[filter]}</span>
                </button>
              ))}
            </div>
          </div>
          <p id="library-results" className="library-results" role="status">
            {filtered
              ? `${rows.length} of ${plural(all.length, 'article')} shown${
                  foldedQuery ? ` for “${query.trim()}”` : ''
                }${textSearch.state === 'searching' ? ' · searching the text…' : ''}`
              : ''}
          </p>
          {rows.length > 0 ? (
            <LibraryTable
              rows={rows}
              hits={hits}
              foldedQuery={foldedQuery}
              sort={session.sort}
              onSort={(key: SortKey) => library.sortBy(nextSort(session.sort, key))}
              editorId={editorId}
              actions={actions}
            />
          ) : (
            <p className="empty">No article matches. Clear the search or show all statuses.</p>
          )}
        </>
      )}
      {editingArticle && <MetaDialog article={editingArticle} onClose={() => setEditing(null)} />}
    </section>
  )
}
