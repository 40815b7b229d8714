import { useState, type FormEvent } from 'react'
import type { ArticleMeta, ArticleMetaEdit } from '../../../shared/model/article'
import { useServices } from '../../app/service-context'
import { ReviewToggle } from './ReviewToggle'

/** Props of {@link MetaForm}. */
export interface MetaFormProps {
  article: ArticleMeta
  /** Told after each save (the library's copy is updated by the service). */
  onSaved?: (meta: ArticleMeta) => void
}

type Field = 'title' | 'outlet' | 'published'

/** The article's title, outlet and date, each editable in place; saved on Enter or leaving it. */
export function MetaForm({ article, onSaved }: MetaFormProps) {
  const { library } = useServices()
  const [draft, setDraft] = useState({
    title: article.title,
    outlet: article.outlet,
    published: article.published ?? '',
  })
  const [status, setStatus] = useState<{
    kind: 'idle' | 'saving' | 'saved' | 'error'
    text: string
  }>({ kind: 'idle', text: '' })

  const save = async (field: Field) => {
    const value = draft[field].trim()
    const currentValue = field === 'published' ? (article.published ?? '') : article[field]
    if (value === currentValue) return
    const changes: ArticleMetaEdit =
      field === 'published' ? { published: value || null } : { [field]: value }
    setStatus({ kind: 'saving', text: 'Saving…' })
    try {
      const meta = await library.updateMeta(article.id, changes)
      onSaved?.(meta)
      setStatus({ kind: 'saved', text: 'Saved' })
    } catch (error) {
      setStatus({ kind: 'error', text: (error as Error).message })
      setDraft((current) => ({ ...current, [field]: currentValue }))
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const input = document.activeElement
    if (input instanceof HTMLInputElement) input.blur()
  }

  const field = (name: Field, label: string, type = 'text') => (
    <label className="meta-field">
      <span className="meta-label">{label}</span>
      <input
        type={type}
        name={name}
        value={draft[name]}
        placeholder={name === 'outlet' ? 'Unknown outlet' : undefined}
        onChange={(event) => setDraft((current) => ({ ...current, [name]: event.target.value }))}
        onBlur={() => void save(name)}
      />
    </label>
  )

  return (
    <form className="meta-form" onSubmit={submit} aria-label="Article details">
      <label className="meta-field meta-title">
        <span className="meta-label">Title</span>
        <textarea
          name="title"
          rows={1}
          value={draft.title}
          onChange={(event) => setDraft((current) => ({ ...current, title: event.target.value }))}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault()
              event.currentTarget.blur()
            }
          }}
          onBlur={() => void save('title')}
        />
      </label>
      <div className="meta-row">
        {field('outlet', 'Outlet')}
        {field('published', 'Published', 'date')}
        <ReviewToggle
          article={article}
          onSaved={onSaved}
          onError={(text) => setStatus({ kind: 'error', text })}
        />
        <span className={`meta-status meta-status-${status.kind}`} role="status">
          {status.text}
        </span>
      </div>
      <button type="submit" hidden>
        Save
      </button>
    </form>
  )
}
