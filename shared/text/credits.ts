import type { Token } from './tokens'
import { isCreditEnding } from './vocabulary'

/** A photographer's surname against an agency: "McNamee/Getty", "Santiago/Pixelnews/Future". */
const creditNamePattern = /^\p{Lu}\p{L}*\p{Ll}\/(?:\p{Lu}|dpa$)/u
const capitalisedPattern = /^\p{Lu}/u
const givenNamePattern = /^\p{Lu}\p{Ll}+$/u
const creditConnectors = new Set(['via', 'for', 'and', 'of', 'the', 'de', 'da', 'van', 'von', '&'])

/** The longest photo credit looked for, in tokens. */
const maximumCreditLength = 12

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

const handlePattern = /^\(@\w{1,30}\)$/
const monthPattern = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?$/
const yearPattern = /^\d{4}$/
const dayPattern = /^\d{1,2},?$/

/**
 * The signature of an embedded post ends its unit: "… pic.twitter.com/AbCd — Jane Roe (@jroe)
 * June 1, 2023 Drivers cheered." breaks before "Drivers". The signature is recognised by its
 * handle in brackets followed by a date ("June 1, 2023", "1 June 2023"); the link and the
 * signature themselves stay with the post's words.
 */
export function markEmbedSignatureEnd(text: string, tokens: Token[]): void {
  for (let index = 0; index + 3 < tokens.length; index++) {
    const handle = tokens[index] as Token
    if (
      handle.end - handle.start > 40 ||
      !handlePattern.test(text.slice(handle.start, handle.end))
    ) {
      continue
    }
    const words = [1, 2, 3].map((offset) => {
      const token = tokens[index + offset] as Token | undefined
      return token ? text.slice(token.start, token.end) : ''
    })
    const [first = '', second = '', third = ''] = words
    const monthFirst = monthPattern.test(first) && dayPattern.test(second)
    const dayFirst = dayPattern.test(first) && monthPattern.test(second)
    if ((!monthFirst && !dayFirst) || !yearPattern.test(third)) continue
    const after = tokens[index + 4]
    if (after && capitalisedPattern.test(text.slice(after.coreStart, after.coreStart + 1))) {
      after.forcedBreakBefore = true
    }
  }
}
