import type { ArticleMeta } from '../model/article'

/** What an imported article has in common with one already in the library. */
export type DuplicateReason = 'same-text' | 'same-url' | 'same-title'

/** An article of the library that an imported one duplicates, and why. */
export interface Duplicate {
  existing: ArticleMeta
  reason: DuplicateReason
}

/** What of an imported article is compared with the library. */
export interface DuplicateProbe {
  textHash: string
  title: string
  outlet: string
  url: string
}

/**
 * A web address as compared for duplicates: scheme and host in lowercase, without a fragment,
 * a trailing slash, `www.`, or the query parameters that only track where a reader came from.
 */
export function comparableUrl(url: string): string {
  const match = /^(https?):\/\/([^/?#]+)([^?#]*)(\?[^#]*)?/i.exec(url.trim())
  if (!match) return ''
  const host = (match[2] ?? '').toLowerCase().replace(/^www\./, '')
  const path = (match[3] ?? '').replace(/\/+$/, '')
  const query = (match[4] ?? '')
    .slice(1)
    .split('&')
    .filter((pair) => pair && !/^(?:utm_[a-z]+|fbclid|gclid|mc_[a-z]+)=/i.test(pair))
    .join('&')
  return `${host}${path}${query ? `?${query}` : ''}`
}

function comparableWords(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()
}

/**
 * The article of `library` that `probe` duplicates, if any: the same text (the very same
 * article); else the same canonical web address, or the same headline from the same outlet,
 * with a different text (a newer version of it). Null when the article is new.
 */
export function findDuplicate(
  probe: DuplicateProbe,
  library: readonly ArticleMeta[],
): Duplicate | null {
  const sameText = library.find((meta) => meta.textHash === probe.textHash)
  if (sameText) return { existing: sameText, reason: 'same-text' }
  const url = comparableUrl(probe.url)
  if (url) {
    const sameUrl = library.find((meta) => comparableUrl(meta.url) === url)
    if (sameUrl) return { existing: sameUrl, reason: 'same-url' }
  }
  const title = comparableWords(probe.title)
  const outlet = comparableWords(probe.outlet)
  if (title) {
    const sameTitle = library.find(
      (meta) => comparableWords(meta.title) === title && comparableWords(meta.outlet) === outlet,
    )
    if (sameTitle) return { existing: sameTitle, reason: 'same-title' }
  }
  return null
}
