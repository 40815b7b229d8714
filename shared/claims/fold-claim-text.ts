/**
 * Folding for the claims board's search: lower case, accents stripped, typographic quotes and a
 * few letters without a combining accent (ł, ø, đ, ı, ħ) made plain; the same for the rows and
 * the query. One `normalize` per string rather than one per character (as the library's
 * full-text fold does, which must also map offsets back): 50,000 rows fold several times faster.
 */

import { PLAIN_LETTERS } from '../library/search-text'

const ASCII = /^[\0-\x7f]*$/
const MARKS = /\p{M}/gu
const PLAIN = /[łøđıħ\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u00a0]/g

/** `text` folded for the claims search (see the module's comment). */
export function foldClaimText(text: string): string {
  const lower = text.toLowerCase()
  if (ASCII.test(lower)) return lower
  return lower
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(PLAIN, (char) => PLAIN_LETTERS[char] ?? char)
}

/** A search query folded like the rows, trimmed, its runs of white space made single. */
export function foldClaimQuery(query: string): string {
  return foldClaimText(query.trim().replace(/\s+/g, ' '))
}
