import { isLinkLike } from './links'
import type { Token } from './tokens'
import { isCreditEnding } from './vocabulary'

/** A photographer's surname against an agency: "McNamee/Getty", "Santiago/Pixelnews/Future". */
const creditNamePattern = /^\p{Lu}\p{L}*\p{Ll}\/\p{Lu}/u
const capitalisedPattern = /^\p{Lu}/u
const givenNamePattern = /^\p{Lu}\p{Ll}+$/u
const creditConnectors = new Set(['via', 'for', 'and', 'of', 'the', 'de', 'da', 'van', 'von', '&'])

/** The longest photo credit looked for, in tokens. */
const maximumCreditLength = 12

/**
 * A photo credit run into its caption, as scraped news copy often has it: "Mexican President
 * Claudia Sheinbaum Carlos Santiago/Pixelnews/Future Publishing via Getty Images". The credit is
 * recognised only at the end of a line, ending in an agency word ("Images", "AP", "Reuters"…), with
 * a "Surname/Agency" token; it starts at that token or at the given name before it. A caption
 * ending in a capitalised word before it is cut off with a forced sentence break.
 */
export function markPhotoCredit(text: string, tokens: Token[]): void {
  const creditStart = photoCreditStart(text, tokens)
  if (creditStart < 0) return
  const captionEnd = tokens[creditStart - 1]
  if (!captionEnd) return
  const captionWord = text.slice(captionEnd.start, captionEnd.end)
  if (captionEnd.terminal !== 'none' || capitalisedPattern.test(captionWord)) {
    if (!captionWord.endsWith(':')) (tokens[creditStart] as Token).forcedBreakBefore = true
  }
}

/**
 * Where a photo credit at the end of a line starts, as an index into `tokens` (the line's tokens,
 * see `tokenizeLine`), or -1 when the line does not end in one. The credit ends in an agency word
 * ("Images", "AP", "Reuters"…) and holds a "Surname/Agency" token; it starts at that token or at
 * the given name before it, which may be the line's first token (a credit standing alone). Only
 * the last few tokens are read.
 */
export function photoCreditStart(text: string, tokens: readonly Token[]): number {
  const last = tokens[tokens.length - 1]
  if (!last || last.end - last.start > 100) return -1
  const lastWord = text.slice(last.start, last.end)
  const lastSegment = lastWord.slice(lastWord.lastIndexOf('/') + 1)
  if (!isCreditEnding(lastWord) && !isCreditEnding(lastSegment)) return -1

  let nameIndex = -1
  const lowest = Math.max(0, tokens.length - maximumCreditLength)
  for (let index = tokens.length - 1; index >= lowest; index--) {
    const token = tokens[index] as Token
    if (token.terminal !== 'none' || token.end - token.start > 100) break
    const word = text.slice(token.start, token.end)
    if (creditNamePattern.test(word)) nameIndex = index
    else if (!capitalisedPattern.test(word) && !creditConnectors.has(word)) break
  }
  if (nameIndex < 0) return -1

  const givenName = tokens[nameIndex - 1]
  if (givenName && givenNamePattern.test(text.slice(givenName.start, givenName.end))) {
    return nameIndex - 1
  }
  return nameIndex
}

/**
 * The attribution line of an embedded tweet, run into the tweet after its link: "… and…
 * pic.twitter.com/ocUoGzwwDO — Secretary of War Pete Hegseth (@SecWar) November 10, 2025". A dash
 * after a link and before a capitalised word starts a new unit.
 */
export function markEmbedAttribution(text: string, tokens: Token[]): void {
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index] as Token
    if (text[token.start] !== '—') continue
    const previous = tokens[index - 1] as Token
    if (previous.end - previous.start > 2000) continue
    if (!isLinkLike(text.slice(previous.coreStart, previous.end))) continue
    const name = token.end - token.start > 1 ? token : tokens[index + 1]
    const head = name === token ? text[token.start + 1] : name && text[name.coreStart]
    if (head !== undefined && capitalisedPattern.test(head)) token.forcedBreakBefore = true
  }
}
