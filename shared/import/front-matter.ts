import { parsePublicationDate } from './publication-date'

/** What a text article's front matter says about it (each field when given and readable). */
export interface FrontMatter {
  title?: string
  outlet?: string
  /** `YYYY-MM-DD`. */
  published?: string
  url?: string
}

/** The keys read, by field (lowercase; others are ignored). */
const KEYS: Record<string, keyof FrontMatter> = {
  title: 'title',
  headline: 'title',
  outlet: 'outlet',
  publisher: 'outlet',
  publication: 'outlet',
  source: 'outlet',
  date: 'published',
  published: 'published',
  'published-at': 'published',
  published_at: 'published',
  url: 'url',
  link: 'url',
  canonical: 'url',
}

/** The most lines front matter may have before it is taken for text. */
const MAX_LINES = 40

/**
 * Splits YAML-style front matter off a text article: a first line `---`, lines `key: value`
 * (values may be quoted), and a closing `---` (or `...`). Reads `title`, `outlet` (or `publisher`,
 * `source`), `date` (or `published`) and `url`; other keys are ignored. Returns the fields and the
 * text after the block, or null when the text does not open with front matter (a `---` rule that
 * does not close, or holds lines that are not `key: value`, is text).
 */
export function splitFrontMatter(text: string): { fields: FrontMatter; body: string } | null {
  const lines = text.replace(/^\uFEFF/, '').split('\n')
  if (lines[0]?.trim() !== '---') return null
  const fields: FrontMatter = {}
  for (let index = 1; index < Math.min(lines.length, MAX_LINES + 2); index += 1) {
    const line = (lines[index] ?? '').trim()
    if (line === '---' || line === '...') {
      return { fields, body: lines.slice(index + 1).join('\n') }
    }
    if (line === '' || line.startsWith('#')) continue
    const pair = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line)
    if (!pair) return null
    const field = KEYS[(pair[1] ?? '').toLowerCase()]
    const value = unquote(pair[2] ?? '')
    if (!field || value === '') continue
    if (field === 'published') {
      const date = parsePublicationDate(value)
      if (date) fields.published = date
    } else if (field === 'url') {
      if (/^https?:\/\/\S+$/i.test(value)) fields.url = value.slice(0, 2048)
    } else {
      fields[field] = value.slice(0, field === 'title' ? 500 : 200)
    }
  }
  return null
}

function unquote(raw: string): string {
  const value = raw.trim()
  const quoted = /^(["'])(.*)\1$/.exec(value)
  return (quoted ? (quoted[2] ?? '') : value).trim()
}
