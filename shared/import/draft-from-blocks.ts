import type { DocNodeJson } from '../model/doc-json'
import { allowedHref } from '../model/link-href'
import { titleFromText, type ArticleDraft } from './plain-text'

/** The longest title, outlet and web address the library keeps (see `articleMetaSchema`). */
const MAX_TITLE = 500
const MAX_OUTLET = 200
const MAX_URL = 2048

/** What a web page or a document says about itself, each part possibly missing. */
export interface FoundMetadata {
  title?: string | null | undefined
  outlet?: string | null | undefined
  url?: string | null | undefined
  published?: string | null | undefined
  language?: string | null | undefined
}

/** Separators sites put between a headline and their name in a page title. */
const TITLE_SEPARATOR = String.raw`\s*[|\-–—:·•»]\s*`

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function clean(text: string | null | undefined, max: number): string {
  const collapsed = (text ?? '').replace(/\s+/g, ' ').trim().normalize('NFC')
  return collapsed.length > max ? `${collapsed.slice(0, max - 1)}…` : collapsed
}

/** A page title without the site's name before or after it (`Headline | The Ledger`). */
export function withoutSiteName(title: string, site: string): string {
  if (!site) return title
  const name = escapeRegExp(site)
  const stripped = title
    .replace(new RegExp(`${TITLE_SEPARATOR}${name}$`, 'i'), '')
    .replace(new RegExp(`^${name}${TITLE_SEPARATOR}`, 'i'), '')
  return stripped.length > 0 ? stripped : title
}

/**
 * A publication date as `YYYY-MM-DD` from what pages put in `article:published_time` and the
 * like (`2025-11-17T08:00:00Z`, `2025-11-17`, a date a JavaScript Date reads); null when it is no
 * real date. A date with a time keeps the calendar day it names, whatever its zone.
 */
export function isoDate(value: string | null | undefined): string | null {
  const text = (value ?? '').trim()
  const leading = /^(\d{4})-(\d{2})-(\d{2})/.exec(text)
  const candidate = leading
    ? `${leading[1]}-${leading[2]}-${leading[3]}`
    : (() => {
        const time = Date.parse(text)
        return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10)
      })()
  if (!candidate) return null
  const date = new Date(`${candidate}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(candidate)
    ? candidate
    : null
}

/** A language tag (`en`, `en-GB`, `pt_BR` as `pt-BR`), or null when it does not look like one. */
export function languageTag(value: string | null | undefined): string | null {
  const text = (value ?? '').trim().replace(/_/g, '-')
  return /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}$/.test(text) && text.length <= 35 ? text : null
}

/** The article's web address if it is an absolute http(s) one the library can keep; else ''. */
export function webAddress(value: string | null | undefined): string {
  const text = (value ?? '').trim()
  const allowed = allowedHref(text)
  return allowed && /^https?:/i.test(allowed) && allowed.length <= MAX_URL ? allowed : ''
}

function blockText(block: DocNodeJson | undefined): string {
  if (!block) return ''
  if (typeof block.text === 'string') return block.text
  return (block.content ?? []).map(blockText).join('')
}

function words(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim()
}

function sameWords(left: string, right: string): boolean {
  return words(left) === words(right)
}

function startsWithWords(text: string, start: string): boolean {
  return words(text).startsWith(words(start))
}

/**
 * An article draft from converted blocks and what the source said about itself. The headline is
 * the document's first block when that is a heading (a page title that merely adds the site's
 * name to it is not preferred); else the page's title, without the site's name, is put first as a
 * heading (an editor tags headlines too); else the opening words of the text. Throws a RangeError
 * when there is no text at all.
 */
export function draftFromBlocks(
  blocks: readonly DocNodeJson[],
  found: FoundMetadata,
): ArticleDraft {
  if (!blocks.some((block) => blockText(block).trim().length > 0)) {
    throw new RangeError('draftFromBlocks: the file holds no article text')
  }
  const outlet = clean(found.outlet, MAX_OUTLET)
  const pageTitle = withoutSiteName(clean(found.title, MAX_TITLE), outlet)
  const first = blocks[0]
  const firstText = clean(blockText(first), MAX_TITLE)
  let body = [...blocks]
  let title: string
  const headingFirst = first?.type === 'heading' && firstText.length > 0
  if (headingFirst && (!pageTitle || startsWithWords(pageTitle, firstText))) {
    title = firstText
    body = [{ ...first, attrs: { ...first.attrs, level: 1 } }, ...blocks.slice(1)]
  } else if (headingFirst) {
    // The page's headline is not the first heading (a section's): it goes first.
    title = pageTitle
    body = [headline(pageTitle), ...blocks]
  } else if (pageTitle) {
    title = pageTitle
    body = sameWords(firstText, pageTitle) ? blocks.slice() : [headline(pageTitle), ...blocks]
  } else {
    title = clean(titleFromText(firstText), MAX_TITLE)
  }
  return {
    title,
    outlet,
    url: webAddress(found.url),
    published: isoDate(found.published),
    language: languageTag(found.language) ?? 'en',
    body: { type: 'doc', content: body },
  }
}

function headline(text: string): DocNodeJson {
  return { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text }] }
}
