import { isWhitespaceCode } from '../text/characters'
import { excerpt } from './debris-credits'
import type { BlockDebris } from './debris-kinds'

/** The longest address or file name read as image residue. */
const LONGEST_ADDRESS = 2048
/** How far back from "](" the "[" of a Markdown link or image is looked for. */
const LONGEST_ALT_TEXT = 300

const imageExtensions = new Set([
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  'svg',
  'avif',
  'bmp',
  'tif',
  'tiff',
  'heic',
])

/** Whether `address` (a URL or file name) names an image file, ignoring its query and fragment. */
export function isImageAddress(address: string): boolean {
  let end = address.length
  const query = address.search(/[?#]/)
  if (query >= 0) end = query
  const path = address.slice(0, end)
  const dot = path.lastIndexOf('.')
  if (dot < 0 || path.length - dot > 6) return false
  return imageExtensions.has(path.slice(dot + 1).toLowerCase())
}

/** `word` without the brackets, quotes and punctuation scraping leaves around an address. */
function bareAddress(word: string): string {
  let start = 0
  let end = word.length
  while (start < end && '[(<"\'!'.includes(word[start] ?? '')) start += 1
  while (end > start && ')]>"\'.,;'.includes(word[end - 1] ?? '')) end -= 1
  return word.slice(start, end)
}

function hasWhitespace(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    if (isWhitespaceCode(text.charCodeAt(index))) return true
  }
  return false
}

/**
 * Markdown image and link syntax around an image address, as copying a page through a Markdown
 * converter leaves it: "![A protest](https://…/photo.jpg)", "](https://…/photo.jpg)". Returns the
 * spans in order; "](" never occurs in prose, and the address must name an image file (or the
 * syntax be an image's, "![…](…)").
 */
function markdownImages(text: string): BlockDebris[] {
  const found: BlockDebris[] = []
  let searchFrom = 0
  while (searchFrom < text.length) {
    const bracket = text.indexOf('](', searchFrom)
    if (bracket < 0) break
    let close = bracket + 2
    const limit = Math.min(text.length, close + LONGEST_ADDRESS)
    while (close < limit && text[close] !== ')' && !isWhitespaceCode(text.charCodeAt(close))) {
      close += 1
    }
    searchFrom = close
    if (text[close] !== ')') continue
    const address = text.slice(bracket + 2, close)
    let open = bracket - 1
    const lowest = Math.max(0, bracket - LONGEST_ALT_TEXT)
    while (open >= lowest && text[open] !== '[' && text[open] !== ']') open -= 1
    const hasOpen = open >= lowest && text[open] === '['
    const isImage = hasOpen && open > 0 && text[open - 1] === '!'
    if (!isImage && !isImageAddress(address)) continue
    let from = hasOpen ? (isImage ? open - 1 : open) : bracket
    if (!hasOpen) {
      // "…1234.jpg](https://…)": the text before "](" back to a space is residue too.
      while (from > 0 && !isWhitespaceCode(text.charCodeAt(from - 1))) from -= 1
    }
    const last = found[found.length - 1]
    if (last && from < last.to) continue
    found.push({
      from,
      to: close + 1,
      kind: 'image-residue',
      reason: `Markdown left from an image: “${excerpt(text.slice(from, close + 1))}”.`,
    })
  }
  return found
}

/**
 * What a copied page leaves of its images: a block that is nothing but an image's file name or
 * address (".png)", "photo-1234.jpg", "https://…/a.jpg?w=300"), or Markdown image syntax
 * anywhere in a block. A file name mentioned in a sentence is not residue: the block must be that
 * one word, or the name must sit in Markdown's "](…)".
 */
export function findImageResidue(text: string): BlockDebris[] {
  const trimmed = text.trim()
  if (trimmed.length === 0) return []
  const from = text.length - text.trimStart().length
  if (trimmed.length <= LONGEST_ADDRESS && !hasWhitespace(trimmed)) {
    if (isImageAddress(bareAddress(trimmed))) {
      return [
        {
          from,
          to: from + trimmed.length,
          kind: 'image-residue',
          reason: `An image’s file name or address: “${excerpt(trimmed)}”.`,
        },
      ]
    }
  }
  return markdownImages(text)
}
